from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_driver_status_state import PoolDriverStatusState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolDriverStatus")


@_attrs_define
class PoolDriverStatus:
    """State of one accelerator driver.

    Attributes:
        version (str | Unset): Current driver version.
        state (PoolDriverStatusState | Unset): Driver state: `Creating`, `Upgrading`, `Running`, `Abnormal`.
    """

    version: str | Unset = UNSET
    state: PoolDriverStatusState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not UNSET:
            field_dict["version"] = version
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            deviate(src_dict, "version", TypeError("expected a string"))
            d["version"] = version
            version = UNSET

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: PoolDriverStatusState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = member_of(PoolDriverStatusState, _state)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "state", exc)
            d["state"] = _raw_state
            state = UNSET

        pool_driver_status = cls(
            version=version,
            state=state,
        )

        pool_driver_status.additional_properties = d
        return pool_driver_status

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
