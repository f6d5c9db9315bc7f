from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_metadata_annotations import PluginTemplateMetadataAnnotations


T = TypeVar("T", bound="PluginTemplateMetadata")


@_attrs_define
class PluginTemplateMetadata:
    """Metadata of a plugin template (the manual prints only the example; fields from the CN page and the PY SDK).

    Attributes:
        name (str): Template name, e.g. `npu-driver` or `gpu-driver`.
        annotations (PluginTemplateMetadataAnnotations | Unset): Annotations of the template, string to string (not in
            the manual's example).
    """

    name: str
    annotations: PluginTemplateMetadataAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: PluginTemplateMetadataAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = PluginTemplateMetadataAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        plugin_template_metadata = cls(
            name=name,
            annotations=annotations,
        )

        plugin_template_metadata.additional_properties = d
        return plugin_template_metadata

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


from ..models.plugin_template_metadata_annotations import PluginTemplateMetadataAnnotations  # noqa: E402
