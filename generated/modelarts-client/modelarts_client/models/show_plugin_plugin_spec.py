from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_plugin_template_item import ShowPluginTemplateItem


T = TypeVar("T", bound="ShowPluginPluginSpec")


@_attrs_define
class ShowPluginPluginSpec:
    """
    Attributes:
        template (ShowPluginTemplateItem | Unset):
    """

    template: ShowPluginTemplateItem | Unset = UNSET
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
            template: ShowPluginTemplateItem | Unset
            if isinstance(_template, Unset):
                template = UNSET
            else:
                template = ShowPluginTemplateItem.from_dict(_template)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "template", exc)
            d["template"] = _raw_template
            template = UNSET

        show_plugin_plugin_spec = cls(
            template=template,
        )

        show_plugin_plugin_spec.additional_properties = d
        return show_plugin_plugin_spec

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


from ..models.show_plugin_template_item import ShowPluginTemplateItem  # noqa: E402
