from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_quota import ResourceQuota


T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota:
    """Resource quotas.

    Attributes:
        resources (list[ResourceQuota]): Quota of each resource type.
    """

    resources: list[ResourceQuota]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.resources is not UNREAD:
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_resources = d.pop("resources", UNSET)
        try:
            if isinstance(_raw_resources, Unset):
                raise KeyError("resources")
            resources = []
            _resources = _raw_resources
            for resources_item_data in _resources:
                resources_item = ResourceQuota.from_dict(resources_item_data)

                resources.append(resources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            if not isinstance(_raw_resources, Unset):
                d["resources"] = _raw_resources
            resources = UNREAD

        quota = cls(
            resources=resources,
        )

        quota.additional_properties = d
        return quota

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


from ..models.resource_quota import ResourceQuota  # noqa: E402
