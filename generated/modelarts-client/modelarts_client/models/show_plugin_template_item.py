from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_plugin_template_item_inputs import ShowPluginTemplateItemInputs


T = TypeVar("T", bound="ShowPluginTemplateItem")


@_attrs_define
class ShowPluginTemplateItem:
    """
    Attributes:
        name (str | Unset): Name of the plug-in template to be installed, for example, **log-agent**.
        version (str | Unset): Version of the plug-in to be installed or upgraded.
        inputs (ShowPluginTemplateItemInputs | Unset): Plug-in template installation parameters (varying depending on
            the plug-in). During the plug-in upgrade, you need to specify all the installation parameters. If the parameters
            are not specified, the default values in the plug-in template are used. The current plug-in installation
            parameters can be obtained through the API for querying plug-in instances.
    """

    name: str | Unset = UNSET
    version: str | Unset = UNSET
    inputs: ShowPluginTemplateItemInputs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if inputs is not UNSET:
            field_dict["inputs"] = inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            deviate(src_dict, "version", TypeError("expected a string"))
            d["version"] = version
            version = UNSET

        _raw_inputs = d.pop("inputs", UNSET)
        try:
            _inputs = _raw_inputs
            inputs: ShowPluginTemplateItemInputs | Unset
            if isinstance(_inputs, Unset):
                inputs = UNSET
            else:
                inputs = ShowPluginTemplateItemInputs.from_dict(_inputs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        show_plugin_template_item = cls(
            name=name,
            version=version,
            inputs=inputs,
        )

        show_plugin_template_item.additional_properties = d
        return show_plugin_template_item

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


from ..models.show_plugin_template_item_inputs import ShowPluginTemplateItemInputs  # noqa: E402
