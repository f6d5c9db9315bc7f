from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_network import NodeNetwork


T = TypeVar("T", bound="NodeSpec")


@_attrs_define
class NodeSpec:
    """
    Attributes:
        flavor (str | Unset): Node specifications
        host_network (NodeNetwork | Unset):
    """

    flavor: str | Unset = UNSET
    host_network: NodeNetwork | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor = self.flavor

        host_network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_network, Unset):
            host_network = self.host_network.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if host_network is not UNSET:
            field_dict["hostNetwork"] = host_network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str, Unset)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            d["flavor"] = flavor
            flavor = UNSET

        _raw_host_network = d.pop("hostNetwork", UNSET)
        try:
            _host_network = _raw_host_network
            host_network: NodeNetwork | Unset
            if isinstance(_host_network, Unset):
                host_network = UNSET
            else:
                host_network = NodeNetwork.from_dict(_host_network)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "hostNetwork", exc)
            d["hostNetwork"] = _raw_host_network
            host_network = UNSET

        node_spec = cls(
            flavor=flavor,
            host_network=host_network,
        )

        node_spec.additional_properties = d
        return node_spec

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


from ..models.node_network import NodeNetwork  # noqa: E402
