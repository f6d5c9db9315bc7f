from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affinity_node_info import AffinityNodeInfo


T = TypeVar("T", bound="AffinityPoolInfo")


@_attrs_define
class AffinityPoolInfo:
    """One pool of a node affinity, and its nodes.

    Attributes:
        pool_name (str | Unset): Pool name; the pool must be the service's own `pool_name`.
        nodes (list[AffinityNodeInfo] | Unset): Nodes of the pool.
    """

    pool_name: str | Unset = UNSET
    nodes: list[AffinityNodeInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_name = self.pool_name

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        _raw_nodes = d.pop("nodes", UNSET)
        try:
            _nodes = _raw_nodes
            nodes: list[AffinityNodeInfo] | Unset = UNSET
            if _nodes is not UNSET:
                nodes = []
                for nodes_item_data in _nodes:
                    nodes_item = AffinityNodeInfo.from_dict(nodes_item_data)

                    nodes.append(nodes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nodes", exc)
            d["nodes"] = _raw_nodes
            nodes = UNSET

        affinity_pool_info = cls(
            pool_name=pool_name,
            nodes=nodes,
        )

        affinity_pool_info.additional_properties = d
        return affinity_pool_info

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


from ..models.affinity_node_info import AffinityNodeInfo  # noqa: E402
