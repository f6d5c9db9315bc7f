from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchUpdatePoolNodesResponse")


@_attrs_define
class BatchUpdatePoolNodesResponse:
    """
    Attributes:
        success_node_names (list[str] | Unset): Names of nodes that are successfully updated.
        fail_node_names (list[str] | Unset): Names of nodes that fail to be updated.
    """

    success_node_names: list[str] | Unset = UNSET
    fail_node_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_node_names: list[str] | Unset = UNSET
        if not isinstance(self.success_node_names, Unset):
            success_node_names = self.success_node_names

        fail_node_names: list[str] | Unset = UNSET
        if not isinstance(self.fail_node_names, Unset):
            fail_node_names = self.fail_node_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success_node_names is not UNSET:
            field_dict["successNodeNames"] = success_node_names
        if fail_node_names is not UNSET:
            field_dict["failNodeNames"] = fail_node_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        success_node_names = d.pop("successNodeNames", UNSET)
        if success_node_names is not UNSET and (_misfit := list_misfit(success_node_names, (str), False, "a string")):
            deviate(src_dict, "successNodeNames", _misfit)
            d["successNodeNames"] = success_node_names
            success_node_names = UNSET

        fail_node_names = d.pop("failNodeNames", UNSET)
        if fail_node_names is not UNSET and (_misfit := list_misfit(fail_node_names, (str), False, "a string")):
            deviate(src_dict, "failNodeNames", _misfit)
            d["failNodeNames"] = fail_node_names
            fail_node_names = UNSET

        batch_update_pool_nodes_response = cls(
            success_node_names=success_node_names,
            fail_node_names=fail_node_names,
        )

        batch_update_pool_nodes_response.additional_properties = d
        return batch_update_pool_nodes_response

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
