from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_plugin_plugin_spec import PatchPluginPluginSpec


T = TypeVar("T", bound="PatchPluginResponse")


@_attrs_define
class PatchPluginResponse:
    """
    Attributes:
        spec (PatchPluginPluginSpec | Unset):
    """

    spec: PatchPluginPluginSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: PatchPluginPluginSpec | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = PatchPluginPluginSpec.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        patch_plugin_response = cls(
            spec=spec,
        )

        patch_plugin_response.additional_properties = d
        return patch_plugin_response

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


from ..models.patch_plugin_plugin_spec import PatchPluginPluginSpec  # noqa: E402
