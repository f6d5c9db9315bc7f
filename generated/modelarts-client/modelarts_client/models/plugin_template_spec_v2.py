from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.plugin_template_spec_v2_type import PluginTemplateSpecV2Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_version_v2 import PluginTemplateVersionV2


T = TypeVar("T", bound="PluginTemplateSpecV2")


@_attrs_define
class PluginTemplateSpecV2:
    """
    Attributes:
        optional (bool | Unset): Controls whether the plug-in is mandatory.
        type_ (PluginTemplateSpecV2Type | Unset): Plug-in template type. Options: - **helm**: Helm type - **ccePlugin**:
            CCE type
        logo_url (str | Unset): URL of the logo image.
        description (str | Unset): Plug-in template description.
        versions (list[PluginTemplateVersionV2] | Unset): Details about the plug-in template version.
    """

    optional: bool | Unset = UNSET
    type_: PluginTemplateSpecV2Type | Unset = UNSET
    logo_url: str | Unset = UNSET
    description: str | Unset = UNSET
    versions: list[PluginTemplateVersionV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        optional = self.optional

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        logo_url = self.logo_url

        description = self.description

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if optional is not UNSET:
            field_dict["optional"] = optional
        if type_ is not UNSET:
            field_dict["type"] = type_
        if logo_url is not UNSET:
            field_dict["logoURL"] = logo_url
        if description is not UNSET:
            field_dict["description"] = description
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        optional = d.pop("optional", UNSET)
        if not isinstance(optional, (bool, Unset)):
            deviate(src_dict, "optional", TypeError("expected a boolean"))
            d["optional"] = optional
            optional = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: PluginTemplateSpecV2Type | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(PluginTemplateSpecV2Type, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        logo_url = d.pop("logoURL", UNSET)
        if not isinstance(logo_url, (str, Unset)):
            deviate(src_dict, "logoURL", TypeError("expected a string"))
            d["logoURL"] = logo_url
            logo_url = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_versions = d.pop("versions", UNSET)
        try:
            _versions = _raw_versions
            versions: list[PluginTemplateVersionV2] | Unset = UNSET
            if _versions is not UNSET:
                versions = []
                for versions_item_data in _versions:
                    versions_item = PluginTemplateVersionV2.from_dict(versions_item_data)

                    versions.append(versions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "versions", exc)
            d["versions"] = _raw_versions
            versions = UNSET

        plugin_template_spec_v2 = cls(
            optional=optional,
            type_=type_,
            logo_url=logo_url,
            description=description,
            versions=versions,
        )

        plugin_template_spec_v2.additional_properties = d
        return plugin_template_spec_v2

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


from ..models.plugin_template_version_v2 import PluginTemplateVersionV2  # noqa: E402
