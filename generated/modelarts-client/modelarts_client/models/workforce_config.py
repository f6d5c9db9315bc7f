from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker import Worker


T = TypeVar("T", bound="WorkforceConfig")


@_attrs_define
class WorkforceConfig:
    """
    Attributes:
        workers (list[Worker] | Unset): List of labeling team members.
        workforce_id (str | Unset): ID of a labeling team.
        workforce_name (str | Unset): Name of a labeling team. The value contains 0 to 1024 characters and does not
            support the following special characters: !<>=&"'
    """

    workers: list[Worker] | Unset = UNSET
    workforce_id: str | Unset = UNSET
    workforce_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        workforce_id = self.workforce_id

        workforce_name = self.workforce_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if workers is not UNSET:
            field_dict["workers"] = workers
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id
        if workforce_name is not UNSET:
            field_dict["workforce_name"] = workforce_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
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

        workforce_id = d.pop("workforce_id", UNSET)
        if not isinstance(workforce_id, (str, Unset)):
            deviate(src_dict, "workforce_id", TypeError("expected a string"))
            d["workforce_id"] = workforce_id
            workforce_id = UNSET

        workforce_name = d.pop("workforce_name", UNSET)
        if not isinstance(workforce_name, (str, Unset)):
            deviate(src_dict, "workforce_name", TypeError("expected a string"))
            d["workforce_name"] = workforce_name
            workforce_name = UNSET

        workforce_config = cls(
            workers=workers,
            workforce_id=workforce_id,
            workforce_name=workforce_name,
        )

        workforce_config.additional_properties = d
        return workforce_config

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
