from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.plugin_template_api_version import PluginTemplateApiVersion
from ..models.plugin_template_kind import PluginTemplateKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_metadata import PluginTemplateMetadata
    from ..models.plugin_template_spec import PluginTemplateSpec


T = TypeVar("T", bound="PluginTemplate")


@_attrs_define
class PluginTemplate:
    """A driver plugin template that can be installed on resource pools.

    Attributes:
        api_version (PluginTemplateApiVersion): API version of the resource; always `v1`.
        kind (PluginTemplateKind): Resource kind; always `PluginTemplate`.
        metadata (PluginTemplateMetadata): Metadata of a plugin template (the manual prints only the example; fields
            from the CN page and the PY SDK).
        spec (PluginTemplateSpec): Description of a plugin template (the manual prints only the example; fields from the
            CN page and the PY SDK).
    """

    api_version: PluginTemplateApiVersion
    kind: PluginTemplateKind
    metadata: PluginTemplateMetadata
    spec: PluginTemplateSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api_version is not UNREAD:
            api_version = self.api_version.value
            field_dict["apiVersion"] = api_version
        if self.kind is not UNREAD:
            kind = self.kind.value
            field_dict["kind"] = kind
        if self.metadata is not UNREAD:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        if self.spec is not UNREAD:
            spec = self.spec.to_dict()
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            if isinstance(_raw_api_version, Unset):
                raise KeyError("apiVersion")
            api_version = member_of(PluginTemplateApiVersion, _raw_api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            if not isinstance(_raw_api_version, Unset):
                d["apiVersion"] = _raw_api_version
            api_version = UNREAD

        _raw_kind = d.pop("kind", UNSET)
        try:
            if isinstance(_raw_kind, Unset):
                raise KeyError("kind")
            kind = member_of(PluginTemplateKind, _raw_kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            if not isinstance(_raw_kind, Unset):
                d["kind"] = _raw_kind
            kind = UNREAD

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            if isinstance(_raw_metadata, Unset):
                raise KeyError("metadata")
            metadata = PluginTemplateMetadata.from_dict(_raw_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            if not isinstance(_raw_metadata, Unset):
                d["metadata"] = _raw_metadata
            metadata = UNREAD

        _raw_spec = d.pop("spec", UNSET)
        try:
            if isinstance(_raw_spec, Unset):
                raise KeyError("spec")
            spec = PluginTemplateSpec.from_dict(_raw_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            if not isinstance(_raw_spec, Unset):
                d["spec"] = _raw_spec
            spec = UNREAD

        plugin_template = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        plugin_template.additional_properties = d
        return plugin_template

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


from ..models.plugin_template_metadata import PluginTemplateMetadata  # noqa: E402
from ..models.plugin_template_spec import PluginTemplateSpec  # noqa: E402
