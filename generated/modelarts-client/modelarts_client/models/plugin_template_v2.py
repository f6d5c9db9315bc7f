from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.plugin_template_v2_api_version import PluginTemplateV2ApiVersion
from ..models.plugin_template_v2_kind import PluginTemplateV2Kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_metadata import PluginTemplateMetadata
    from ..models.plugin_template_spec_v2 import PluginTemplateSpecV2


T = TypeVar("T", bound="PluginTemplateV2")


@_attrs_define
class PluginTemplateV2:
    """
    Attributes:
        api_version (PluginTemplateV2ApiVersion | Unset): API version. Options: - **v2**
        kind (PluginTemplateV2Kind | Unset): Resource type. Options: - **PluginTemplate**: plug-in template
        metadata (PluginTemplateMetadata | Unset): Metadata of a plugin template (the manual prints only the example;
            fields from the CN page and the PY SDK).
        spec (PluginTemplateSpecV2 | Unset):
    """

    api_version: PluginTemplateV2ApiVersion | Unset = UNSET
    kind: PluginTemplateV2Kind | Unset = UNSET
    metadata: PluginTemplateMetadata | Unset = UNSET
    spec: PluginTemplateSpecV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            _api_version = _raw_api_version
            api_version: PluginTemplateV2ApiVersion | Unset
            if isinstance(_api_version, Unset):
                api_version = UNSET
            else:
                api_version = member_of(PluginTemplateV2ApiVersion, _api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            d["apiVersion"] = _raw_api_version
            api_version = UNSET

        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: PluginTemplateV2Kind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(PluginTemplateV2Kind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: PluginTemplateMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PluginTemplateMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: PluginTemplateSpecV2 | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = PluginTemplateSpecV2.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        plugin_template_v2 = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        plugin_template_v2.additional_properties = d
        return plugin_template_v2

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
from ..models.plugin_template_spec_v2 import PluginTemplateSpecV2  # noqa: E402
