from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.update_result_operation import UpdateResultOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateResult")


@_attrs_define
class UpdateResult:
    """
    Attributes:
        result (bool | Unset): Operation result. **true** indicates that the operation is successful, and **false**
            indicates that the operation failed.
        node_name (str | Unset): Name of an edge node
        operation (UpdateResultOperation | Unset): Operation. Options: - **deploy** - **delete**
        node_id (str | Unset): Edge node ID You can obtain the value after creating an edge node on IEF.
    """

    result: bool | Unset = UNSET
    node_name: str | Unset = UNSET
    operation: UpdateResultOperation | Unset = UNSET
    node_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        node_name = self.node_name

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result is not UNSET:
            field_dict["result"] = result
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if operation is not UNSET:
            field_dict["operation"] = operation
        if node_id is not UNSET:
            field_dict["node_id"] = node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        result = d.pop("result", UNSET)
        if not isinstance(result, (bool, Unset)):
            deviate(src_dict, "result", TypeError("expected a boolean"))
            d["result"] = result
            result = UNSET

        node_name = d.pop("node_name", UNSET)
        if not isinstance(node_name, (str, Unset)):
            deviate(src_dict, "node_name", TypeError("expected a string"))
            d["node_name"] = node_name
            node_name = UNSET

        _raw_operation = d.pop("operation", UNSET)
        try:
            _operation = _raw_operation
            operation: UpdateResultOperation | Unset
            if isinstance(_operation, Unset):
                operation = UNSET
            else:
                operation = member_of(UpdateResultOperation, _operation)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "operation", exc)
            d["operation"] = _raw_operation
            operation = UNSET

        node_id = d.pop("node_id", UNSET)
        if not isinstance(node_id, (str, Unset)):
            deviate(src_dict, "node_id", TypeError("expected a string"))
            d["node_id"] = node_id
            node_id = UNSET

        update_result = cls(
            result=result,
            node_name=node_name,
            operation=operation,
            node_id=node_id,
        )

        update_result.additional_properties = d
        return update_result

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
