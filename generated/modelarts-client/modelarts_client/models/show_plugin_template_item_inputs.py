from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.show_plugin_template_item_inputs_additional_property import (
        ShowPluginTemplateItemInputsAdditionalProperty,
    )


T = TypeVar("T", bound="ShowPluginTemplateItemInputs")


@_attrs_define
class ShowPluginTemplateItemInputs:
    """Plug-in template installation parameters (varying depending on the plug-in). During the plug-in upgrade, you need to
    specify all the installation parameters. If the parameters are not specified, the default values in the plug-in
    template are used. The current plug-in installation parameters can be obtained through the API for querying plug-in
    instances.

    """

    additional_properties: dict[str, ShowPluginTemplateItemInputsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        show_plugin_template_item_inputs = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ShowPluginTemplateItemInputsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        show_plugin_template_item_inputs.additional_properties = additional_properties
        return show_plugin_template_item_inputs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ShowPluginTemplateItemInputsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ShowPluginTemplateItemInputsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.show_plugin_template_item_inputs_additional_property import ShowPluginTemplateItemInputsAdditionalProperty  # noqa: E402
