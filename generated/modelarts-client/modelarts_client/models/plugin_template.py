from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plugin_template_api_version import PluginTemplateApiVersion
from ..models.plugin_template_kind import PluginTemplateKind
from ..runtime.reading import member_of  # removed by ruff where unused

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
        api_version = self.api_version.value

        kind = self.kind.value

        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "metadata": metadata,
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = member_of(PluginTemplateApiVersion, d.pop("apiVersion"))

        kind = member_of(PluginTemplateKind, d.pop("kind"))

        metadata = PluginTemplateMetadata.from_dict(d.pop("metadata"))

        spec = PluginTemplateSpec.from_dict(d.pop("spec"))

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
