from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_spec import PluginSpec


T = TypeVar("T", bound="PatchPluginRequest")


@_attrs_define
class PatchPluginRequest:
    """
    Attributes:
        spec (PluginSpec):
    """

    spec: PluginSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.spec is not UNREAD:
            spec = self.spec.to_dict()
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
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

        patch_plugin_request = cls(
            spec=spec,
        )

        patch_plugin_request.additional_properties = d
        return patch_plugin_request

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
