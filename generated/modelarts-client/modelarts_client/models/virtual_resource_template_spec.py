from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.virtual_resource_template_spec_resources_type_1 import VirtualResourceTemplateSpecResourcesType1
    from ..models.vitrual_resource import VitrualResource


T = TypeVar("T", bound="VirtualResourceTemplateSpec")


@_attrs_define
class VirtualResourceTemplateSpec:
    """
    Attributes:
        resources (str | Unset | VirtualResourceTemplateSpecResourcesType1): Physical resource information of the
            flavor.
        resource_key (str | Unset): Resource key of the NPU.
        virtual_resources (list[VitrualResource] | Unset): Virtual resource list.
    """

    resources: str | Unset | VirtualResourceTemplateSpecResourcesType1 = UNSET
    resource_key: str | Unset = UNSET
    virtual_resources: list[VitrualResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources: dict[str, Any] | str | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, VirtualResourceTemplateSpecResourcesType1):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        resource_key = self.resource_key

        virtual_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.virtual_resources, Unset):
            virtual_resources = []
            for virtual_resources_item_data in self.virtual_resources:
                virtual_resources_item = virtual_resources_item_data.to_dict()
                virtual_resources.append(virtual_resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resources is not UNSET:
            field_dict["resources"] = resources
        if resource_key is not UNSET:
            field_dict["resourceKey"] = resource_key
        if virtual_resources is not UNSET:
            field_dict["virtualResources"] = virtual_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_resources = d.pop("resources", UNSET)
        try:

            def _parse_resources(data: object) -> str | Unset | VirtualResourceTemplateSpecResourcesType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    resources_type_1 = VirtualResourceTemplateSpecResourcesType1.from_dict(data)

                    return resources_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | VirtualResourceTemplateSpecResourcesType1, data)

            resources = _parse_resources(_raw_resources)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

        resource_key = d.pop("resourceKey", UNSET)
        if not isinstance(resource_key, (str, Unset)):
            deviate(src_dict, "resourceKey", TypeError("expected a string"))
            d["resourceKey"] = resource_key
            resource_key = UNSET

        _raw_virtual_resources = d.pop("virtualResources", UNSET)
        try:
            _virtual_resources = _raw_virtual_resources
            virtual_resources: list[VitrualResource] | Unset = UNSET
            if _virtual_resources is not UNSET:
                virtual_resources = []
                for virtual_resources_item_data in _virtual_resources:
                    virtual_resources_item = VitrualResource.from_dict(virtual_resources_item_data)

                    virtual_resources.append(virtual_resources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "virtualResources", exc)
            d["virtualResources"] = _raw_virtual_resources
            virtual_resources = UNSET

        virtual_resource_template_spec = cls(
            resources=resources,
            resource_key=resource_key,
            virtual_resources=virtual_resources,
        )

        virtual_resource_template_spec.additional_properties = d
        return virtual_resource_template_spec

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


from ..models.virtual_resource_template_spec_resources_type_1 import VirtualResourceTemplateSpecResourcesType1  # noqa: E402
from ..models.vitrual_resource import VitrualResource  # noqa: E402
