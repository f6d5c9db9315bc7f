from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lts_configuration import LtsConfiguration


T = TypeVar("T", bound="LogReportPipeline")


@_attrs_define
class LogReportPipeline:
    """
    Attributes:
        type_ (str): Log pipeline type. Currently, only **LTS** is supported.
        configuration (LtsConfiguration | Unset):
    """

    type_: str
    configuration: LtsConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str)):
            deviate(src_dict, "type", TypeError("expected a string"))
            if not isinstance(type_, Unset):
                d["type"] = type_
            type_ = UNREAD

        _raw_configuration = d.pop("configuration", UNSET)
        try:
            _configuration = _raw_configuration
            configuration: LtsConfiguration | Unset
            if isinstance(_configuration, Unset):
                configuration = UNSET
            else:
                configuration = LtsConfiguration.from_dict(_configuration)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "configuration", exc)
            d["configuration"] = _raw_configuration
            configuration = UNSET

        log_report_pipeline = cls(
            type_=type_,
            configuration=configuration,
        )

        log_report_pipeline.additional_properties = d
        return log_report_pipeline

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


from ..models.lts_configuration import LtsConfiguration  # noqa: E402
