from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelParamsInfo")


@_attrs_define
class ModelParamsInfo:
    """
    Attributes:
        protocol (str | Unset): Request protocol, for example, **http**.
        url (str | Unset): API URL
        min_ (float | Unset): Minimum value of a numeric parameter.
        method (str | Unset): Request method, for example, **post**.
        max_ (float | Unset): Maximum value of a numeric parameter.
        param_desc (str | Unset): Parameter description.
        param_name (str | Unset): Parameter name.
        param_type (str | Unset): Parameter type.
    """

    protocol: str | Unset = UNSET
    url: str | Unset = UNSET
    min_: float | Unset = UNSET
    method: str | Unset = UNSET
    max_: float | Unset = UNSET
    param_desc: str | Unset = UNSET
    param_name: str | Unset = UNSET
    param_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        url = self.url

        min_ = self.min_

        method = self.method

        max_ = self.max_

        param_desc = self.param_desc

        param_name = self.param_name

        param_type = self.param_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if url is not UNSET:
            field_dict["url"] = url
        if min_ is not UNSET:
            field_dict["min"] = min_
        if method is not UNSET:
            field_dict["method"] = method
        if max_ is not UNSET:
            field_dict["max"] = max_
        if param_desc is not UNSET:
            field_dict["param_desc"] = param_desc
        if param_name is not UNSET:
            field_dict["param_name"] = param_name
        if param_type is not UNSET:
            field_dict["param_type"] = param_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        protocol = d.pop("protocol", UNSET)
        if not isinstance(protocol, (str, Unset)):
            deviate(src_dict, "protocol", TypeError("expected a string"))
            d["protocol"] = protocol
            protocol = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        min_ = d.pop("min", UNSET)
        if isinstance(min_, bool) or not isinstance(min_, (int, float, Unset)):
            deviate(src_dict, "min", TypeError("expected a number"))
            d["min"] = min_
            min_ = UNSET

        method = d.pop("method", UNSET)
        if not isinstance(method, (str, Unset)):
            deviate(src_dict, "method", TypeError("expected a string"))
            d["method"] = method
            method = UNSET

        max_ = d.pop("max", UNSET)
        if isinstance(max_, bool) or not isinstance(max_, (int, float, Unset)):
            deviate(src_dict, "max", TypeError("expected a number"))
            d["max"] = max_
            max_ = UNSET

        param_desc = d.pop("param_desc", UNSET)
        if not isinstance(param_desc, (str, Unset)):
            deviate(src_dict, "param_desc", TypeError("expected a string"))
            d["param_desc"] = param_desc
            param_desc = UNSET

        param_name = d.pop("param_name", UNSET)
        if not isinstance(param_name, (str, Unset)):
            deviate(src_dict, "param_name", TypeError("expected a string"))
            d["param_name"] = param_name
            param_name = UNSET

        param_type = d.pop("param_type", UNSET)
        if not isinstance(param_type, (str, Unset)):
            deviate(src_dict, "param_type", TypeError("expected a string"))
            d["param_type"] = param_type
            param_type = UNSET

        model_params_info = cls(
            protocol=protocol,
            url=url,
            min_=min_,
            method=method,
            max_=max_,
            param_desc=param_desc,
            param_name=param_name,
            param_type=param_type,
        )

        model_params_info.additional_properties = d
        return model_params_info

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
