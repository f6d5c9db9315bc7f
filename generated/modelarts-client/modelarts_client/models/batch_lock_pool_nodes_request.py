from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.batch_lock_pool_nodes_request_actions_item import BatchLockPoolNodesRequestActionsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchLockPoolNodesRequest")


@_attrs_define
class BatchLockPoolNodesRequest:
    """
    Attributes:
        node_names (list[str]): Names of nodes to be locked.
        actions (list[BatchLockPoolNodesRequestActionsItem]): Action performed for a lock. The options are as follows: -
            **delete**: Delete a lock.
    """

    node_names: list[str]
    actions: list[BatchLockPoolNodesRequestActionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.node_names is not UNREAD:
            node_names = self.node_names

            field_dict["nodeNames"] = node_names
        if self.actions is not UNREAD:
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.value
                actions.append(actions_item)

            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        node_names = d.pop("nodeNames", UNSET)
        if _misfit := list_misfit(node_names, (str), False, "a string"):
            deviate(src_dict, "nodeNames", _misfit)
            if not isinstance(node_names, Unset):
                d["nodeNames"] = node_names
            node_names = UNREAD

        _raw_actions = d.pop("actions", UNSET)
        try:
            if isinstance(_raw_actions, Unset):
                raise KeyError("actions")
            actions = []
            _actions = _raw_actions
            for actions_item_data in _actions:
                actions_item = member_of(BatchLockPoolNodesRequestActionsItem, actions_item_data)

                actions.append(actions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "actions", exc)
            if not isinstance(_raw_actions, Unset):
                d["actions"] = _raw_actions
            actions = UNREAD

        batch_lock_pool_nodes_request = cls(
            node_names=node_names,
            actions=actions,
        )

        batch_lock_pool_nodes_request.additional_properties = d
        return batch_lock_pool_nodes_request

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
