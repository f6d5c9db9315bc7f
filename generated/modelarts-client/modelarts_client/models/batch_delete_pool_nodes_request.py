from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDeletePoolNodesRequest")


@_attrs_define
class BatchDeletePoolNodesRequest:
    """
    Attributes:
        delete_node_names (list[str]): Names of the nodes to be deleted
    """

    delete_node_names: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.delete_node_names is not UNREAD:
            delete_node_names = self.delete_node_names

            field_dict["deleteNodeNames"] = delete_node_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        delete_node_names = d.pop("deleteNodeNames", UNSET)
        if _misfit := list_misfit(delete_node_names, (str), False, "a string"):
            deviate(src_dict, "deleteNodeNames", _misfit)
            if not isinstance(delete_node_names, Unset):
                d["deleteNodeNames"] = delete_node_names
            delete_node_names = UNREAD

        batch_delete_pool_nodes_request = cls(
            delete_node_names=delete_node_names,
        )

        batch_delete_pool_nodes_request.additional_properties = d
        return batch_delete_pool_nodes_request

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
