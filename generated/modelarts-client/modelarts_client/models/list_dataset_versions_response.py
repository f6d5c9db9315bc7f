from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_version import DatasetVersion


T = TypeVar("T", bound="ListDatasetVersionsResponse")


@_attrs_define
class ListDatasetVersionsResponse:
    """
    Attributes:
        total_number (int | Unset): Total number of dataset versions.
        versions (list[DatasetVersion] | Unset): Dataset version list.
    """

    total_number: int | Unset = UNSET
    versions: list[DatasetVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_number = self.total_number

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_number is not UNSET:
            field_dict["total_number"] = total_number
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total_number = d.pop("total_number", UNSET)
        if isinstance(total_number, bool) or not isinstance(total_number, (int, Unset)):
            deviate(src_dict, "total_number", TypeError("expected an integer"))
            d["total_number"] = total_number
            total_number = UNSET

        _raw_versions = d.pop("versions", UNSET)
        try:
            _versions = _raw_versions
            versions: list[DatasetVersion] | Unset = UNSET
            if _versions is not UNSET:
                versions = []
                for versions_item_data in _versions:
                    versions_item = DatasetVersion.from_dict(versions_item_data)

                    versions.append(versions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "versions", exc)
            d["versions"] = _raw_versions
            versions = UNSET

        list_dataset_versions_response = cls(
            total_number=total_number,
            versions=versions,
        )

        list_dataset_versions_response.additional_properties = d
        return list_dataset_versions_response

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


from ..models.dataset_version import DatasetVersion  # noqa: E402
