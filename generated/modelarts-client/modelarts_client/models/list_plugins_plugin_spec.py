from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_plugins_template import ListPluginsTemplate


T = TypeVar("T", bound="ListPluginsPluginSpec")


@_attrs_define
class ListPluginsPluginSpec:
    """
    Attributes:
        template (ListPluginsTemplate | Unset):
    """

    template: ListPluginsTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_template = d.pop("template", UNSET)
        try:
            _template = _raw_template
            template: ListPluginsTemplate | Unset
            if isinstance(_template, Unset):
                template = UNSET
            else:
                template = ListPluginsTemplate.from_dict(_template)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "template", exc)
            d["template"] = _raw_template
            template = UNSET

        list_plugins_plugin_spec = cls(
            template=template,
        )

        list_plugins_plugin_spec.additional_properties = d
        return list_plugins_plugin_spec

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


from ..models.list_plugins_template import ListPluginsTemplate  # noqa: E402
