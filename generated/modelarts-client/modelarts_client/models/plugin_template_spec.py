from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_spec_versions import PluginTemplateSpecVersions


T = TypeVar("T", bound="PluginTemplateSpec")


@_attrs_define
class PluginTemplateSpec:
    """Description of a plugin template (the manual prints only the example; fields from the CN page and the PY SDK).

    Attributes:
        type_ (str): Template type. Values seen: `npuDriver` (NPU driver, in the manual's example), `gpuDriver`; the
            2024 EU edition also lists `ccePlugin`, `helm` and `icAgent`; the current CN page and PY SDK list `npu-river`
            (sic) and `gpu-driver`.
        versions (PluginTemplateSpecVersions): Versions the template offers, keyed by version string. The manual's
            example has an empty map.
        description (str | Unset): Template description.
    """

    type_: str
    versions: PluginTemplateSpecVersions
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_
        if self.versions is not UNREAD:
            versions = self.versions.to_dict()
            field_dict["versions"] = versions
        if description is not UNSET:
            field_dict["description"] = description

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

        _raw_versions = d.pop("versions", UNSET)
        try:
            if isinstance(_raw_versions, Unset):
                raise KeyError("versions")
            versions = PluginTemplateSpecVersions.from_dict(_raw_versions)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "versions", exc)
            if not isinstance(_raw_versions, Unset):
                d["versions"] = _raw_versions
            versions = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        plugin_template_spec = cls(
            type_=type_,
            versions=versions,
            description=description,
        )

        plugin_template_spec.additional_properties = d
        return plugin_template_spec

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


from ..models.plugin_template_spec_versions import PluginTemplateSpecVersions  # noqa: E402
