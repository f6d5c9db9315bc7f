from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.order_operation import OrderOperation
from ..models.order_phase import OrderPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_resource_flavor_count import PoolResourceFlavorCount


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        creation_timestamp (int | Unset): Time when an order is created, in milliseconds.
        end_timestamp (int | Unset): Time when an order ends, in milliseconds. If the order has not ended, **0** is
            returned.
        begin_timestamp (int | Unset): Time when an order starts to be processed, in milliseconds. If the processing has
            not started, **0** is returned.
        order_name (str | Unset): Order name.
        order_id (str | Unset): Order ID.
        resource_name (str | Unset): Name of the resource associated with an order.
        resource_display_name (str | Unset): Displayed name of the resource associated with an order.
        workspace_id (str | Unset): Workspace ID associated with an order.
        init_count (list[PoolResourceFlavorCount] | Unset): Initial status of the resource pool associated with an
            order. For a new resource pool, this parameter is left empty.
        spec_count (list[PoolResourceFlavorCount] | Unset): Target status of the resource pool associated with an order.
        result_count (list[PoolResourceFlavorCount] | Unset): Final resource status of the resource pool associated with
            an order.
        operation (OrderOperation | Unset): Order operation. The options are as follows: - **apply**: Create an order. -
            **modify**: Modify an order. - **delete**: Delete an order.
        phase (OrderPhase | Unset): Order result. The options are as follows: - **pending**: The order is pending. -
            **processing**: The order is being processed. - **successed**: The order is successful. - **failed**: The order
            failed.
        fail_reason (str | Unset): If the phase is in the failure state, the failure cause is returned.
    """

    creation_timestamp: int | Unset = UNSET
    end_timestamp: int | Unset = UNSET
    begin_timestamp: int | Unset = UNSET
    order_name: str | Unset = UNSET
    order_id: str | Unset = UNSET
    resource_name: str | Unset = UNSET
    resource_display_name: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    init_count: list[PoolResourceFlavorCount] | Unset = UNSET
    spec_count: list[PoolResourceFlavorCount] | Unset = UNSET
    result_count: list[PoolResourceFlavorCount] | Unset = UNSET
    operation: OrderOperation | Unset = UNSET
    phase: OrderPhase | Unset = UNSET
    fail_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_timestamp = self.creation_timestamp

        end_timestamp = self.end_timestamp

        begin_timestamp = self.begin_timestamp

        order_name = self.order_name

        order_id = self.order_id

        resource_name = self.resource_name

        resource_display_name = self.resource_display_name

        workspace_id = self.workspace_id

        init_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.init_count, Unset):
            init_count = []
            for init_count_item_data in self.init_count:
                init_count_item = init_count_item_data.to_dict()
                init_count.append(init_count_item)

        spec_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spec_count, Unset):
            spec_count = []
            for spec_count_item_data in self.spec_count:
                spec_count_item = spec_count_item_data.to_dict()
                spec_count.append(spec_count_item)

        result_count: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result_count, Unset):
            result_count = []
            for result_count_item_data in self.result_count:
                result_count_item = result_count_item_data.to_dict()
                result_count.append(result_count_item)

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        fail_reason = self.fail_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if creation_timestamp is not UNSET:
            field_dict["creationTimestamp"] = creation_timestamp
        if end_timestamp is not UNSET:
            field_dict["endTimestamp"] = end_timestamp
        if begin_timestamp is not UNSET:
            field_dict["beginTimestamp"] = begin_timestamp
        if order_name is not UNSET:
            field_dict["orderName"] = order_name
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if resource_display_name is not UNSET:
            field_dict["resourceDisplayName"] = resource_display_name
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if init_count is not UNSET:
            field_dict["initCount"] = init_count
        if spec_count is not UNSET:
            field_dict["specCount"] = spec_count
        if result_count is not UNSET:
            field_dict["resultCount"] = result_count
        if operation is not UNSET:
            field_dict["operation"] = operation
        if phase is not UNSET:
            field_dict["phase"] = phase
        if fail_reason is not UNSET:
            field_dict["failReason"] = fail_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        creation_timestamp = d.pop("creationTimestamp", UNSET)
        if isinstance(creation_timestamp, bool) or not isinstance(creation_timestamp, (int, Unset)):
            deviate(src_dict, "creationTimestamp", TypeError("expected an integer"))
            d["creationTimestamp"] = creation_timestamp
            creation_timestamp = UNSET

        end_timestamp = d.pop("endTimestamp", UNSET)
        if isinstance(end_timestamp, bool) or not isinstance(end_timestamp, (int, Unset)):
            deviate(src_dict, "endTimestamp", TypeError("expected an integer"))
            d["endTimestamp"] = end_timestamp
            end_timestamp = UNSET

        begin_timestamp = d.pop("beginTimestamp", UNSET)
        if isinstance(begin_timestamp, bool) or not isinstance(begin_timestamp, (int, Unset)):
            deviate(src_dict, "beginTimestamp", TypeError("expected an integer"))
            d["beginTimestamp"] = begin_timestamp
            begin_timestamp = UNSET

        order_name = d.pop("orderName", UNSET)
        if not isinstance(order_name, (str, Unset)):
            deviate(src_dict, "orderName", TypeError("expected a string"))
            d["orderName"] = order_name
            order_name = UNSET

        order_id = d.pop("orderId", UNSET)
        if not isinstance(order_id, (str, Unset)):
            deviate(src_dict, "orderId", TypeError("expected a string"))
            d["orderId"] = order_id
            order_id = UNSET

        resource_name = d.pop("resourceName", UNSET)
        if not isinstance(resource_name, (str, Unset)):
            deviate(src_dict, "resourceName", TypeError("expected a string"))
            d["resourceName"] = resource_name
            resource_name = UNSET

        resource_display_name = d.pop("resourceDisplayName", UNSET)
        if not isinstance(resource_display_name, (str, Unset)):
            deviate(src_dict, "resourceDisplayName", TypeError("expected a string"))
            d["resourceDisplayName"] = resource_display_name
            resource_display_name = UNSET

        workspace_id = d.pop("workspaceId", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspaceId", TypeError("expected a string"))
            d["workspaceId"] = workspace_id
            workspace_id = UNSET

        _raw_init_count = d.pop("initCount", UNSET)
        try:
            _init_count = _raw_init_count
            init_count: list[PoolResourceFlavorCount] | Unset = UNSET
            if _init_count is not UNSET:
                init_count = []
                for init_count_item_data in _init_count:
                    init_count_item = PoolResourceFlavorCount.from_dict(init_count_item_data)

                    init_count.append(init_count_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "initCount", exc)
            d["initCount"] = _raw_init_count
            init_count = UNSET

        _raw_spec_count = d.pop("specCount", UNSET)
        try:
            _spec_count = _raw_spec_count
            spec_count: list[PoolResourceFlavorCount] | Unset = UNSET
            if _spec_count is not UNSET:
                spec_count = []
                for spec_count_item_data in _spec_count:
                    spec_count_item = PoolResourceFlavorCount.from_dict(spec_count_item_data)

                    spec_count.append(spec_count_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "specCount", exc)
            d["specCount"] = _raw_spec_count
            spec_count = UNSET

        _raw_result_count = d.pop("resultCount", UNSET)
        try:
            _result_count = _raw_result_count
            result_count: list[PoolResourceFlavorCount] | Unset = UNSET
            if _result_count is not UNSET:
                result_count = []
                for result_count_item_data in _result_count:
                    result_count_item = PoolResourceFlavorCount.from_dict(result_count_item_data)

                    result_count.append(result_count_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resultCount", exc)
            d["resultCount"] = _raw_result_count
            result_count = UNSET

        _raw_operation = d.pop("operation", UNSET)
        try:
            _operation = _raw_operation
            operation: OrderOperation | Unset
            if isinstance(_operation, Unset):
                operation = UNSET
            else:
                operation = member_of(OrderOperation, _operation)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "operation", exc)
            d["operation"] = _raw_operation
            operation = UNSET

        _raw_phase = d.pop("phase", UNSET)
        try:
            _phase = _raw_phase
            phase: OrderPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = member_of(OrderPhase, _phase)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "phase", exc)
            d["phase"] = _raw_phase
            phase = UNSET

        fail_reason = d.pop("failReason", UNSET)
        if not isinstance(fail_reason, (str, Unset)):
            deviate(src_dict, "failReason", TypeError("expected a string"))
            d["failReason"] = fail_reason
            fail_reason = UNSET

        order = cls(
            creation_timestamp=creation_timestamp,
            end_timestamp=end_timestamp,
            begin_timestamp=begin_timestamp,
            order_name=order_name,
            order_id=order_id,
            resource_name=resource_name,
            resource_display_name=resource_display_name,
            workspace_id=workspace_id,
            init_count=init_count,
            spec_count=spec_count,
            result_count=result_count,
            operation=operation,
            phase=phase,
            fail_reason=fail_reason,
        )

        order.additional_properties = d
        return order

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


from ..models.pool_resource_flavor_count import PoolResourceFlavorCount  # noqa: E402
