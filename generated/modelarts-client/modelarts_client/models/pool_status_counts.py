from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolStatusCounts")


@_attrs_define
class PoolStatusCounts:
    """Number of pools in each status.

    Attributes:
        creating (int | Unset): Pools being created.
        created (int | Unset): Pools created successfully.
        failed (int | Unset): Pools whose creation failed in the last three days; at most 500.
        pending (int | Unset): Pools waiting, usually yearly/monthly pools not yet paid.
        deleting (int | Unset): Pools being deleted (not in the manual's tables; the English edition's example sends
            it).
    """

    creating: int | Unset = UNSET
    created: int | Unset = UNSET
    failed: int | Unset = UNSET
    pending: int | Unset = UNSET
    deleting: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creating = self.creating

        created = self.created

        failed = self.failed

        pending = self.pending

        deleting = self.deleting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if creating is not UNSET:
            field_dict["creating"] = creating
        if created is not UNSET:
            field_dict["created"] = created
        if failed is not UNSET:
            field_dict["failed"] = failed
        if pending is not UNSET:
            field_dict["pending"] = pending
        if deleting is not UNSET:
            field_dict["deleting"] = deleting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        creating = d.pop("creating", UNSET)
        if isinstance(creating, bool) or not isinstance(creating, (int, Unset)):
            deviate(src_dict, "creating", TypeError("expected an integer"))
            d["creating"] = creating
            creating = UNSET

        created = d.pop("created", UNSET)
        if isinstance(created, bool) or not isinstance(created, (int, Unset)):
            deviate(src_dict, "created", TypeError("expected an integer"))
            d["created"] = created
            created = UNSET

        failed = d.pop("failed", UNSET)
        if isinstance(failed, bool) or not isinstance(failed, (int, Unset)):
            deviate(src_dict, "failed", TypeError("expected an integer"))
            d["failed"] = failed
            failed = UNSET

        pending = d.pop("pending", UNSET)
        if isinstance(pending, bool) or not isinstance(pending, (int, Unset)):
            deviate(src_dict, "pending", TypeError("expected an integer"))
            d["pending"] = pending
            pending = UNSET

        deleting = d.pop("deleting", UNSET)
        if isinstance(deleting, bool) or not isinstance(deleting, (int, Unset)):
            deviate(src_dict, "deleting", TypeError("expected an integer"))
            d["deleting"] = deleting
            deleting = UNSET

        pool_status_counts = cls(
            creating=creating,
            created=created,
            failed=failed,
            pending=pending,
            deleting=deleting,
        )

        pool_status_counts.additional_properties = d
        return pool_status_counts

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
