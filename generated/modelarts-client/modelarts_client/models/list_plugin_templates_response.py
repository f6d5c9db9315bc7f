from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_template_v2 import PluginTemplateV2


T = TypeVar("T", bound="ListPluginTemplatesResponse")


@_attrs_define
class ListPluginTemplatesResponse:
    """
    Attributes:
        kind (str | Unset): API type. The value is fixed at **PluginTemplateList** and cannot be changed.
        api_version (str | Unset): API version. The value is fixed at **v2** and cannot be changed.
        items (list[PluginTemplateV2] | Unset): List of plug-in templates.
    """

    kind: str | Unset = UNSET
    api_version: str | Unset = UNSET
    items: list[PluginTemplateV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        api_version = self.api_version

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kind is not UNSET:
            field_dict["kind"] = kind
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        kind = d.pop("kind", UNSET)
        if not isinstance(kind, (str, Unset)):
            deviate(src_dict, "kind", TypeError("expected a string"))
            d["kind"] = kind
            kind = UNSET

        api_version = d.pop("apiVersion", UNSET)
        if not isinstance(api_version, (str, Unset)):
            deviate(src_dict, "apiVersion", TypeError("expected a string"))
            d["apiVersion"] = api_version
            api_version = UNSET

        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: list[PluginTemplateV2] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = PluginTemplateV2.from_dict(items_item_data)

                    items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        list_plugin_templates_response = cls(
            kind=kind,
            api_version=api_version,
            items=items,
        )

        list_plugin_templates_response.additional_properties = d
        return list_plugin_templates_response

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


from ..models.plugin_template_v2 import PluginTemplateV2  # noqa: E402
