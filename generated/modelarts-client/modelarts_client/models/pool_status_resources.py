from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_resource_flavor_count import PoolResourceFlavorCount


T = TypeVar("T", bound="PoolStatusResources")


@_attrs_define
class PoolStatusResources:
    """Resources of the pool by state, each a list of per-flavor counts.

    Attributes:
        creating (list[PoolResourceFlavorCount] | Unset): Resources being created.
        available (list[PoolResourceFlavorCount] | Unset): Resources available.
        abnormal (list[PoolResourceFlavorCount] | Unset): Resources in an abnormal state.
        deleting (list[PoolResourceFlavorCount] | Unset): Resources being deleted.
        creation_failed (list[PoolResourceFlavorCount] | Unset): Resources whose creation failed (not in the manual;
            real clients wait for it to empty).
    """

    creating: list[PoolResourceFlavorCount] | Unset = UNSET
    available: list[PoolResourceFlavorCount] | Unset = UNSET
    abnormal: list[PoolResourceFlavorCount] | Unset = UNSET
    deleting: list[PoolResourceFlavorCount] | Unset = UNSET
    creation_failed: list[PoolResourceFlavorCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creating: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creating, Unset):
            creating = []
            for creating_item_data in self.creating:
                creating_item = creating_item_data.to_dict()
                creating.append(creating_item)

        available: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = []
            for available_item_data in self.available:
                available_item = available_item_data.to_dict()
                available.append(available_item)

        abnormal: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.abnormal, Unset):
            abnormal = []
            for abnormal_item_data in self.abnormal:
                abnormal_item = abnormal_item_data.to_dict()
                abnormal.append(abnormal_item)

        deleting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleting, Unset):
            deleting = []
            for deleting_item_data in self.deleting:
                deleting_item = deleting_item_data.to_dict()
                deleting.append(deleting_item)

        creation_failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creation_failed, Unset):
            creation_failed = []
            for creation_failed_item_data in self.creation_failed:
                creation_failed_item = creation_failed_item_data.to_dict()
                creation_failed.append(creation_failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if creating is not UNSET:
            field_dict["creating"] = creating
        if available is not UNSET:
            field_dict["available"] = available
        if abnormal is not UNSET:
            field_dict["abnormal"] = abnormal
        if deleting is not UNSET:
            field_dict["deleting"] = deleting
        if creation_failed is not UNSET:
            field_dict["creationFailed"] = creation_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_creating = d.pop("creating", UNSET)
        try:
            _creating = _raw_creating
            creating: list[PoolResourceFlavorCount] | Unset = UNSET
            if _creating is not UNSET:
                creating = []
                for creating_item_data in _creating:
                    creating_item = PoolResourceFlavorCount.from_dict(creating_item_data)

                    creating.append(creating_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "creating", exc)
            d["creating"] = _raw_creating
            creating = UNSET

        _raw_available = d.pop("available", UNSET)
        try:
            _available = _raw_available
            available: list[PoolResourceFlavorCount] | Unset = UNSET
            if _available is not UNSET:
                available = []
                for available_item_data in _available:
                    available_item = PoolResourceFlavorCount.from_dict(available_item_data)

                    available.append(available_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "available", exc)
            d["available"] = _raw_available
            available = UNSET

        _raw_abnormal = d.pop("abnormal", UNSET)
        try:
            _abnormal = _raw_abnormal
            abnormal: list[PoolResourceFlavorCount] | Unset = UNSET
            if _abnormal is not UNSET:
                abnormal = []
                for abnormal_item_data in _abnormal:
                    abnormal_item = PoolResourceFlavorCount.from_dict(abnormal_item_data)

                    abnormal.append(abnormal_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "abnormal", exc)
            d["abnormal"] = _raw_abnormal
            abnormal = UNSET

        _raw_deleting = d.pop("deleting", UNSET)
        try:
            _deleting = _raw_deleting
            deleting: list[PoolResourceFlavorCount] | Unset = UNSET
            if _deleting is not UNSET:
                deleting = []
                for deleting_item_data in _deleting:
                    deleting_item = PoolResourceFlavorCount.from_dict(deleting_item_data)

                    deleting.append(deleting_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "deleting", exc)
            d["deleting"] = _raw_deleting
            deleting = UNSET

        _raw_creation_failed = d.pop("creationFailed", UNSET)
        try:
            _creation_failed = _raw_creation_failed
            creation_failed: list[PoolResourceFlavorCount] | Unset = UNSET
            if _creation_failed is not UNSET:
                creation_failed = []
                for creation_failed_item_data in _creation_failed:
                    creation_failed_item = PoolResourceFlavorCount.from_dict(creation_failed_item_data)

                    creation_failed.append(creation_failed_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "creationFailed", exc)
            d["creationFailed"] = _raw_creation_failed
            creation_failed = UNSET

        pool_status_resources = cls(
            creating=creating,
            available=available,
            abnormal=abnormal,
            deleting=deleting,
            creation_failed=creation_failed,
        )

        pool_status_resources.additional_properties = d
        return pool_status_resources

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


from ..models.pool_resource_flavor_count import PoolResourceFlavorCount  # noqa: E402
