from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_spec import PluginSpec


T = TypeVar("T", bound="CreatePluginRequest")


@_attrs_define
class CreatePluginRequest:
    """
    Attributes:
        api_version (str): API resource type. The value is fixed at **Plugin** and cannot be changed.
        kind (str): API version. The value is fixed at **v2** and cannot be changed.
        spec (PluginSpec):
    """

    api_version: str
    kind: str
    spec: PluginSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api_version is not UNREAD:
            api_version = self.api_version
            field_dict["apiVersion"] = api_version
        if self.kind is not UNREAD:
            kind = self.kind
            field_dict["kind"] = kind
        if self.spec is not UNREAD:
            spec = self.spec.to_dict()
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        api_version = d.pop("apiVersion", UNSET)
        if not isinstance(api_version, (str)):
            deviate(src_dict, "apiVersion", TypeError("expected a string"))
            if not isinstance(api_version, Unset):
                d["apiVersion"] = api_version
            api_version = UNREAD

        kind = d.pop("kind", UNSET)
        if not isinstance(kind, (str)):
            deviate(src_dict, "kind", TypeError("expected a string"))
            if not isinstance(kind, Unset):
                d["kind"] = kind
            kind = UNREAD

        _raw_spec = d.pop("spec", UNSET)
        try:
            if isinstance(_raw_spec, Unset):
                raise KeyError("spec")
            spec = PluginSpec.from_dict(_raw_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            if not isinstance(_raw_spec, Unset):
                d["spec"] = _raw_spec
            spec = UNREAD

        create_plugin_request = cls(
            api_version=api_version,
            kind=kind,
            spec=spec,
        )

        create_plugin_request.additional_properties = d
        return create_plugin_request

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


from ..models.plugin_spec import PluginSpec  # noqa: E402
