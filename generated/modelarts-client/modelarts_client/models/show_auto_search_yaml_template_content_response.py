from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowAutoSearchYamlTemplateContentResponse")


@_attrs_define
class ShowAutoSearchYamlTemplateContentResponse:
    """
    Attributes:
        file_name (str | Unset): YAML file name.
        content (str | Unset): YAML file content.
    """

    file_name: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        file_name = d.pop("file_name", UNSET)
        if not isinstance(file_name, (str, Unset)):
            deviate(src_dict, "file_name", TypeError("expected a string"))
            d["file_name"] = file_name
            file_name = UNSET

        content = d.pop("content", UNSET)
        if not isinstance(content, (str, Unset)):
            deviate(src_dict, "content", TypeError("expected a string"))
            d["content"] = content
            content = UNSET

        show_auto_search_yaml_template_content_response = cls(
            file_name=file_name,
            content=content,
        )

        show_auto_search_yaml_template_content_response.additional_properties = d
        return show_auto_search_yaml_template_content_response

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
