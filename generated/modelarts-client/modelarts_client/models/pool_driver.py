from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_driver_update_strategy import PoolDriverUpdateStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolDriver")


@_attrs_define
class PoolDriver:
    """Desired accelerator drivers of the pool.

    Attributes:
        gpu_version (str | Unset): GPU driver version, for pools with GPU flavors, e.g. `440.33`.
        npu_version (str | Unset): NPU driver version, for pools with Ascend flavors, e.g. `C78`.
        update_strategy (PoolDriverUpdateStrategy | Unset): Driver upgrade strategy: `force` upgrades nodes immediately
            and may disturb running jobs; `idle` upgrades a node once no job runs on it.
    """

    gpu_version: str | Unset = UNSET
    npu_version: str | Unset = UNSET
    update_strategy: PoolDriverUpdateStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_version = self.gpu_version

        npu_version = self.npu_version

        update_strategy: str | Unset = UNSET
        if not isinstance(self.update_strategy, Unset):
            update_strategy = self.update_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gpu_version is not UNSET:
            field_dict["gpuVersion"] = gpu_version
        if npu_version is not UNSET:
            field_dict["npuVersion"] = npu_version
        if update_strategy is not UNSET:
            field_dict["updateStrategy"] = update_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        gpu_version = d.pop("gpuVersion", UNSET)
        if not isinstance(gpu_version, (str, Unset)):
            deviate(src_dict, "gpuVersion", TypeError("expected a string"))
            d["gpuVersion"] = gpu_version
            gpu_version = UNSET

        npu_version = d.pop("npuVersion", UNSET)
        if not isinstance(npu_version, (str, Unset)):
            deviate(src_dict, "npuVersion", TypeError("expected a string"))
            d["npuVersion"] = npu_version
            npu_version = UNSET

        _raw_update_strategy = d.pop("updateStrategy", UNSET)
        try:
            _update_strategy = _raw_update_strategy
            update_strategy: PoolDriverUpdateStrategy | Unset
            if isinstance(_update_strategy, Unset):
                update_strategy = UNSET
            else:
                update_strategy = member_of(PoolDriverUpdateStrategy, _update_strategy)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "updateStrategy", exc)
            d["updateStrategy"] = _raw_update_strategy
            update_strategy = UNSET

        pool_driver = cls(
            gpu_version=gpu_version,
            npu_version=npu_version,
            update_strategy=update_strategy,
        )

        pool_driver.additional_properties = d
        return pool_driver

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
