from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_unlock_pool_nodes_response_nodes_item_type_1 import BatchUnlockPoolNodesResponseNodesItemType1


T = TypeVar("T", bound="BatchUnlockPoolNodesResponse")


@_attrs_define
class BatchUnlockPoolNodesResponse:
    """
    Attributes:
        nodes (list[BatchUnlockPoolNodesResponseNodesItemType1 | str] | Unset): Names of nodes that are successfully
            updated.
    """

    nodes: list[BatchUnlockPoolNodesResponseNodesItemType1 | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item: dict[str, Any] | str
                if isinstance(nodes_item_data, BatchUnlockPoolNodesResponseNodesItemType1):
                    nodes_item = nodes_item_data.to_dict()
                else:
                    nodes_item = nodes_item_data
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_nodes = d.pop("nodes", UNSET)
        try:
            _nodes = _raw_nodes
            nodes: list[BatchUnlockPoolNodesResponseNodesItemType1 | str] | Unset = UNSET
            if _nodes is not UNSET:
                nodes = []
                for nodes_item_data in _nodes:

                    def _parse_nodes_item(data: object) -> BatchUnlockPoolNodesResponseNodesItemType1 | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            nodes_item_type_1 = BatchUnlockPoolNodesResponseNodesItemType1.from_dict(data)

                            return nodes_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(BatchUnlockPoolNodesResponseNodesItemType1 | str, data)

                    nodes_item = _parse_nodes_item(nodes_item_data)

                    nodes.append(nodes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nodes", exc)
            d["nodes"] = _raw_nodes
            nodes = UNSET

        batch_unlock_pool_nodes_response = cls(
            nodes=nodes,
        )

        batch_unlock_pool_nodes_response.additional_properties = d
        return batch_unlock_pool_nodes_response

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


from ..models.batch_unlock_pool_nodes_response_nodes_item_type_1 import BatchUnlockPoolNodesResponseNodesItemType1  # noqa: E402
