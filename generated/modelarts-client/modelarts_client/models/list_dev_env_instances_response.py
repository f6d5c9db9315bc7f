from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instances_parameters import InstancesParameters


T = TypeVar("T", bound="ListDevEnvInstancesResponse")


@_attrs_define
class ListDevEnvInstancesResponse:
    """
    Attributes:
        total_count (int | Unset): Total number of development environments.
        instances (list[InstancesParameters] | Unset): Configuration list. For details, see Table 4.
    """

    total_count: int | Unset = UNSET
    instances: list[InstancesParameters] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        _raw_instances = d.pop("instances", UNSET)
        try:
            _instances = _raw_instances
            instances: list[InstancesParameters] | Unset = UNSET
            if _instances is not UNSET:
                instances = []
                for instances_item_data in _instances:
                    instances_item = InstancesParameters.from_dict(instances_item_data)

                    instances.append(instances_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "instances", exc)
            d["instances"] = _raw_instances
            instances = UNSET

        list_dev_env_instances_response = cls(
            total_count=total_count,
            instances=instances,
        )

        list_dev_env_instances_response.additional_properties = d
        return list_dev_env_instances_response

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


from ..models.instances_parameters import InstancesParameters  # noqa: E402
