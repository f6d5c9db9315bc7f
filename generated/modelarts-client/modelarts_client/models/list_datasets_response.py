from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_and_file_preview import DatasetAndFilePreview


T = TypeVar("T", bound="ListDatasetsResponse")


@_attrs_define
class ListDatasetsResponse:
    """
    Attributes:
        datasets (list[DatasetAndFilePreview] | Unset): Dataset list queried by page.
        total_number (int | Unset): Total number of datasets. The value cannot exceed 100.
    """

    datasets: list[DatasetAndFilePreview] | Unset = UNSET
    total_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        total_number = self.total_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if total_number is not UNSET:
            field_dict["total_number"] = total_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_datasets = d.pop("datasets", UNSET)
        try:
            _datasets = _raw_datasets
            datasets: list[DatasetAndFilePreview] | Unset = UNSET
            if _datasets is not UNSET:
                datasets = []
                for datasets_item_data in _datasets:
                    datasets_item = DatasetAndFilePreview.from_dict(datasets_item_data)

                    datasets.append(datasets_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "datasets", exc)
            d["datasets"] = _raw_datasets
            datasets = UNSET

        total_number = d.pop("total_number", UNSET)
        if isinstance(total_number, bool) or not isinstance(total_number, (int, Unset)):
            deviate(src_dict, "total_number", TypeError("expected an integer"))
            d["total_number"] = total_number
            total_number = UNSET

        list_datasets_response = cls(
            datasets=datasets,
            total_number=total_number,
        )

        list_datasets_response.additional_properties = d
        return list_datasets_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.dataset_and_file_preview import DatasetAndFilePreview  # noqa: E402
