from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker import Worker


T = TypeVar("T", bound="ListAllWorkersResponse")


@_attrs_define
class ListAllWorkersResponse:
    """
    Attributes:
        total_number (int | Unset): Total number of labeling team members.
        workers (list[Worker] | Unset): Labeling team members list queried by page.
    """

    total_number: int | Unset = UNSET
    workers: list[Worker] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_number = self.total_number

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_number is not UNSET:
            field_dict["total_number"] = total_number
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total_number = d.pop("total_number", UNSET)
        if isinstance(total_number, bool) or not isinstance(total_number, (int, Unset)):
            deviate(src_dict, "total_number", TypeError("expected an integer"))
            d["total_number"] = total_number
            total_number = UNSET

        _raw_workers = d.pop("workers", UNSET)
        try:
            _workers = _raw_workers
            workers: list[Worker] | Unset = UNSET
            if _workers is not UNSET:
                workers = []
                for workers_item_data in _workers:
                    workers_item = Worker.from_dict(workers_item_data)

                    workers.append(workers_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workers", exc)
            d["workers"] = _raw_workers
            workers = UNSET

        list_all_workers_response = cls(
            total_number=total_number,
            workers=workers,
        )

        list_all_workers_response.additional_properties = d
        return list_all_workers_response

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


from ..models.worker import Worker  # noqa: E402
