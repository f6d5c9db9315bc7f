from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="Value")


@_attrs_define
class Value:
    """Resource quantities by resource name, as Kubernetes quantities (`15548Mi`, `64Gi`, `1073m`) or plain numbers.
    `maxValue` of Capacity is the maximum elastic amount. `allValue` and `allMaxValue` come from the official SDK, not
    the manual's table. Keys other than cpu, memory and tnt004 appear for other accelerator flavors.

        Attributes:
            cpu (float | str | Unset): CPU amount (compute resources).
            memory (float | str | Unset): Memory amount, e.g. `64Gi`.
            tnt004 (float | str | Unset): Number of GPU cards of flavor tnt004 (e.g. `2` or `1073m`).
    """

    cpu: float | str | Unset = UNSET
    memory: float | str | Unset = UNSET
    tnt004: float | str | Unset = UNSET
    additional_properties: dict[str, float | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: float | str | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        else:
            cpu = self.cpu

        memory: float | str | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        tnt004: float | str | Unset
        if isinstance(self.tnt004, Unset):
            tnt004 = UNSET
        else:
            tnt004 = self.tnt004

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if tnt004 is not UNSET:
            field_dict["tnt004"] = tnt004

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        cpu = d.pop("cpu", UNSET)
        if isinstance(cpu, bool) or not isinstance(cpu, (int, float, str, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a number or a string"))
            _kept["cpu"] = cpu
            cpu = UNSET

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int, float, str, Unset)):
            deviate(src_dict, "memory", TypeError("expected a number or a string"))
            _kept["memory"] = memory
            memory = UNSET

        tnt004 = d.pop("tnt004", UNSET)
        if isinstance(tnt004, bool) or not isinstance(tnt004, (int, float, str, Unset)):
            deviate(src_dict, "tnt004", TypeError("expected a number or a string"))
            _kept["tnt004"] = tnt004
            tnt004 = UNSET

        value = cls(
            cpu=cpu,
            memory=memory,
            tnt004=tnt004,
        )

        for _name, _value in d.items():
            if isinstance(_value, bool) or not isinstance(_value, (int, float, str)):
                deviate(src_dict, _name, TypeError("expected a number or a string"))
        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> float | str:
                return cast(float | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        value.additional_properties = additional_properties
        value.additional_properties.update(_kept)
        return value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
