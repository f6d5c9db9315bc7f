from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.resource_flavor_id import ResourceFlavorId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_detail import FlavorDetail


T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """
    Attributes:
        policy (str | Unset): Resource specification mode of a training job. The value can be regular, indicating the
            standard mode.
        flavor_id (ResourceFlavorId | Unset): ID of the resource flavor selected for a training job. **flavor_id**
            cannot be specified for dedicated resource pools with CPU specifications. The options for dedicated resource
            pools with GPU specifications are as follows: - **modelarts.pool.visual.xlarge** (1 card) -
            **modelarts.pool.visual.2xlarge** (2 cards) - **modelarts.pool.visual.4xlarge** (4 cards) -
            **modelarts.pool.visual.8xlarge** (8 cards)
        flavor_name (str | Unset): Read-only flavor name returned by ModelArts when **flavor_id** is used.
        node_count (int | Unset): Number of resource replicas selected for a training job.
        pool_id (str | Unset): Resource pool ID selected for a training job.
        flavor_detail (FlavorDetail | Unset):
    """

    policy: str | Unset = UNSET
    flavor_id: ResourceFlavorId | Unset = UNSET
    flavor_name: str | Unset = UNSET
    node_count: int | Unset = UNSET
    pool_id: str | Unset = UNSET
    flavor_detail: FlavorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy

        flavor_id: str | Unset = UNSET
        if not isinstance(self.flavor_id, Unset):
            flavor_id = self.flavor_id.value

        flavor_name = self.flavor_name

        node_count = self.node_count

        pool_id = self.pool_id

        flavor_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_detail, Unset):
            flavor_detail = self.flavor_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if policy is not UNSET:
            field_dict["policy"] = policy
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if flavor_name is not UNSET:
            field_dict["flavor_name"] = flavor_name
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if flavor_detail is not UNSET:
            field_dict["flavor_detail"] = flavor_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        policy = d.pop("policy", UNSET)
        if not isinstance(policy, (str, Unset)):
            deviate(src_dict, "policy", TypeError("expected a string"))
            d["policy"] = policy
            policy = UNSET

        _raw_flavor_id = d.pop("flavor_id", UNSET)
        try:
            _flavor_id = _raw_flavor_id
            flavor_id: ResourceFlavorId | Unset
            if isinstance(_flavor_id, Unset):
                flavor_id = UNSET
            else:
                flavor_id = member_of(ResourceFlavorId, _flavor_id)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor_id", exc)
            d["flavor_id"] = _raw_flavor_id
            flavor_id = UNSET

        flavor_name = d.pop("flavor_name", UNSET)
        if not isinstance(flavor_name, (str, Unset)):
            deviate(src_dict, "flavor_name", TypeError("expected a string"))
            d["flavor_name"] = flavor_name
            flavor_name = UNSET

        node_count = d.pop("node_count", UNSET)
        if isinstance(node_count, bool) or not isinstance(node_count, (int, Unset)):
            deviate(src_dict, "node_count", TypeError("expected an integer"))
            d["node_count"] = node_count
            node_count = UNSET

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str, Unset)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            d["pool_id"] = pool_id
            pool_id = UNSET

        _raw_flavor_detail = d.pop("flavor_detail", UNSET)
        try:
            _flavor_detail = _raw_flavor_detail
            flavor_detail: FlavorDetail | Unset
            if isinstance(_flavor_detail, Unset):
                flavor_detail = UNSET
            else:
                flavor_detail = FlavorDetail.from_dict(_flavor_detail)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor_detail", exc)
            d["flavor_detail"] = _raw_flavor_detail
            flavor_detail = UNSET

        resource = cls(
            policy=policy,
            flavor_id=flavor_id,
            flavor_name=flavor_name,
            node_count=node_count,
            pool_id=pool_id,
            flavor_detail=flavor_detail,
        )

        resource.additional_properties = d
        return resource

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


from ..models.flavor_detail import FlavorDetail  # noqa: E402
