from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_version_v2_inputs import PluginTemplateVersionV2Inputs
    from ..models.plugin_template_version_v2_translate import PluginTemplateVersionV2Translate


T = TypeVar("T", bound="PluginTemplateVersionV2")


@_attrs_define
class PluginTemplateVersionV2:
    """
    Attributes:
        version (str | Unset): Version number of the plug-in template.
        creation_timestamp (str | Unset): Creation time.
        inputs (PluginTemplateVersionV2Inputs | Unset): Plug-in installation parameters.
        translate (PluginTemplateVersionV2Translate | Unset): Translation information used by the GUI.
        description (str | Unset): Version description.
        detail (str | Unset): Version description.
    """

    version: str | Unset = UNSET
    creation_timestamp: str | Unset = UNSET
    inputs: PluginTemplateVersionV2Inputs | Unset = UNSET
    translate: PluginTemplateVersionV2Translate | Unset = UNSET
    description: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        creation_timestamp = self.creation_timestamp

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        translate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.translate, Unset):
            translate = self.translate.to_dict()

        description = self.description

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not UNSET:
            field_dict["version"] = version
        if creation_timestamp is not UNSET:
            field_dict["creationTimestamp"] = creation_timestamp
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if translate is not UNSET:
            field_dict["translate"] = translate
        if description is not UNSET:
            field_dict["description"] = description
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            deviate(src_dict, "version", TypeError("expected a string"))
            d["version"] = version
            version = UNSET

        creation_timestamp = d.pop("creationTimestamp", UNSET)
        if not isinstance(creation_timestamp, (str, Unset)):
            deviate(src_dict, "creationTimestamp", TypeError("expected a string"))
            d["creationTimestamp"] = creation_timestamp
            creation_timestamp = UNSET

        _raw_inputs = d.pop("inputs", UNSET)
        try:
            _inputs = _raw_inputs
            inputs: PluginTemplateVersionV2Inputs | Unset
            if isinstance(_inputs, Unset):
                inputs = UNSET
            else:
                inputs = PluginTemplateVersionV2Inputs.from_dict(_inputs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inputs", exc)
            d["inputs"] = _raw_inputs
            inputs = UNSET

        _raw_translate = d.pop("translate", UNSET)
        try:
            _translate = _raw_translate
            translate: PluginTemplateVersionV2Translate | Unset
            if isinstance(_translate, Unset):
                translate = UNSET
            else:
                translate = PluginTemplateVersionV2Translate.from_dict(_translate)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "translate", exc)
            d["translate"] = _raw_translate
            translate = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        detail = d.pop("detail", UNSET)
        if not isinstance(detail, (str, Unset)):
            deviate(src_dict, "detail", TypeError("expected a string"))
            d["detail"] = detail
            detail = UNSET

        plugin_template_version_v2 = cls(
            version=version,
            creation_timestamp=creation_timestamp,
            inputs=inputs,
            translate=translate,
            description=description,
            detail=detail,
        )

        plugin_template_version_v2.additional_properties = d
        return plugin_template_version_v2

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


from ..models.plugin_template_version_v2_inputs import PluginTemplateVersionV2Inputs  # noqa: E402
from ..models.plugin_template_version_v2_translate import PluginTemplateVersionV2Translate  # noqa: E402
