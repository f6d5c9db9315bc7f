from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template import Template


T = TypeVar("T", bound="PluginSpec")


@_attrs_define
class PluginSpec:
    """
    Attributes:
        template (Template):
    """

    template: Template
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.template is not UNREAD:
            template = self.template.to_dict()
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_template = d.pop("template", UNSET)
        try:
            if isinstance(_raw_template, Unset):
                raise KeyError("template")
            template = Template.from_dict(_raw_template)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "template", exc)
            if not isinstance(_raw_template, Unset):
                d["template"] = _raw_template
            template = UNREAD

        plugin_spec = cls(
            template=template,
        )

        plugin_spec.additional_properties = d
        return plugin_spec

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


from ..models.template import Template  # noqa: E402
