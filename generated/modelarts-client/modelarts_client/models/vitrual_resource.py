from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vitrual_resource_resources import VitrualResourceResources


T = TypeVar("T", bound="VitrualResource")


@_attrs_define
class VitrualResource:
    """
    Attributes:
        name (str | Unset): Name of the virtual resource template.
        resources (VitrualResourceResources | Unset): Resources used by the virtualization template.
        resource_key (str | Unset): Resource key of the virtualization template.
    """

    name: str | Unset = UNSET
    resources: VitrualResourceResources | Unset = UNSET
    resource_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        resource_key = self.resource_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if resources is not UNSET:
            field_dict["resources"] = resources
        if resource_key is not UNSET:
            field_dict["resourceKey"] = resource_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: VitrualResourceResources | Unset
            if isinstance(_resources, Unset):
                resources = UNSET
            else:
                resources = VitrualResourceResources.from_dict(_resources)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

        resource_key = d.pop("resourceKey", UNSET)
        if not isinstance(resource_key, (str, Unset)):
            deviate(src_dict, "resourceKey", TypeError("expected a string"))
            d["resourceKey"] = resource_key
            resource_key = UNSET

        vitrual_resource = cls(
            name=name,
            resources=resources,
            resource_key=resource_key,
        )

        vitrual_resource.additional_properties = d
        return vitrual_resource

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


from ..models.vitrual_resource_resources import VitrualResourceResources  # noqa: E402
