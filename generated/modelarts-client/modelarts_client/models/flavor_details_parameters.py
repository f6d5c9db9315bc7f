from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.flavor_details_parameters_status import FlavorDetailsParametersStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_details_parameters_params import FlavorDetailsParametersParams


T = TypeVar("T", bound="FlavorDetailsParameters")


@_attrs_define
class FlavorDetailsParameters:
    """
    Attributes:
        name (str | Unset): Flavor name
        status (FlavorDetailsParametersStatus | Unset): Flavor sales status. Options: - **onSale** - **soldOut**
        queuing_num (int | Unset): This parameter is mandatory when **promo_type** is set to **Free** and **status** is
            set to **soldOut**.
        queue_left_time (int | Unset): Left queuing time, in seconds This parameter is mandatory when **promo_type** is
            set to **Free** and **status** is set to **soldOut**.
        storage_list (list[Any] | Unset): Supported storage type. Options: - **obs**
        is_permitted (bool | Unset): Whether the current user has the permission to use this flavor
        type_ (str | Unset): Flavor type. Options:
        params (FlavorDetailsParametersParams | Unset): Parameters that describing flavor
        promo_type (str | Unset): Promotion type. Options: - Free - NoDiscount
        instance_num (int | Unset): Number of instances of this flavor the current created
        duration (int | Unset): Auto stop time after startup, in seconds
        store_time (int | Unset): Maximum retention period of an inactive instance of this flavor in the database, in
            hours The default value is **-1**, indicating that the instance can be permanently saved. Default: -1.
        billing_flavor (str | Unset): Billing specifications. If this field is left blank, the specifications name is
            used for billing.
        billing_params (int | Unset): Billing ratio This parameter is mandatory when **billing_flavor** is specified.
    """

    name: str | Unset = UNSET
    status: FlavorDetailsParametersStatus | Unset = UNSET
    queuing_num: int | Unset = UNSET
    queue_left_time: int | Unset = UNSET
    storage_list: list[Any] | Unset = UNSET
    is_permitted: bool | Unset = UNSET
    type_: str | Unset = UNSET
    params: FlavorDetailsParametersParams | Unset = UNSET
    promo_type: str | Unset = UNSET
    instance_num: int | Unset = UNSET
    duration: int | Unset = UNSET
    store_time: int | Unset = -1
    billing_flavor: str | Unset = UNSET
    billing_params: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        queuing_num = self.queuing_num

        queue_left_time = self.queue_left_time

        storage_list: list[Any] | Unset = UNSET
        if not isinstance(self.storage_list, Unset):
            storage_list = self.storage_list

        is_permitted = self.is_permitted

        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        promo_type = self.promo_type

        instance_num = self.instance_num

        duration = self.duration

        store_time = self.store_time

        billing_flavor = self.billing_flavor

        billing_params = self.billing_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if queuing_num is not UNSET:
            field_dict["queuing_num"] = queuing_num
        if queue_left_time is not UNSET:
            field_dict["queue_left_time"] = queue_left_time
        if storage_list is not UNSET:
            field_dict["storage_list"] = storage_list
        if is_permitted is not UNSET:
            field_dict["is_permitted"] = is_permitted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params
        if promo_type is not UNSET:
            field_dict["promo_type"] = promo_type
        if instance_num is not UNSET:
            field_dict["instance_num"] = instance_num
        if duration is not UNSET:
            field_dict["duration"] = duration
        if store_time is not UNSET:
            field_dict["store_time"] = store_time
        if billing_flavor is not UNSET:
            field_dict["billing_flavor"] = billing_flavor
        if billing_params is not UNSET:
            field_dict["billing_params"] = billing_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: FlavorDetailsParametersStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(FlavorDetailsParametersStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        queuing_num = d.pop("queuing_num", UNSET)
        if isinstance(queuing_num, bool) or not isinstance(queuing_num, (int, Unset)):
            deviate(src_dict, "queuing_num", TypeError("expected an integer"))
            d["queuing_num"] = queuing_num
            queuing_num = UNSET

        queue_left_time = d.pop("queue_left_time", UNSET)
        if isinstance(queue_left_time, bool) or not isinstance(queue_left_time, (int, Unset)):
            deviate(src_dict, "queue_left_time", TypeError("expected an integer"))
            d["queue_left_time"] = queue_left_time
            queue_left_time = UNSET

        storage_list = d.pop("storage_list", UNSET)
        if storage_list is not UNSET and (_misfit := list_misfit(storage_list, (object), False, "any value")):
            deviate(src_dict, "storage_list", _misfit)
            d["storage_list"] = storage_list
            storage_list = UNSET

        is_permitted = d.pop("is_permitted", UNSET)
        if not isinstance(is_permitted, (bool, Unset)):
            deviate(src_dict, "is_permitted", TypeError("expected a boolean"))
            d["is_permitted"] = is_permitted
            is_permitted = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_params = d.pop("params", UNSET)
        try:
            _params = _raw_params
            params: FlavorDetailsParametersParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = FlavorDetailsParametersParams.from_dict(_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "params", exc)
            d["params"] = _raw_params
            params = UNSET

        promo_type = d.pop("promo_type", UNSET)
        if not isinstance(promo_type, (str, Unset)):
            deviate(src_dict, "promo_type", TypeError("expected a string"))
            d["promo_type"] = promo_type
            promo_type = UNSET

        instance_num = d.pop("instance_num", UNSET)
        if isinstance(instance_num, bool) or not isinstance(instance_num, (int, Unset)):
            deviate(src_dict, "instance_num", TypeError("expected an integer"))
            d["instance_num"] = instance_num
            instance_num = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        store_time = d.pop("store_time", UNSET)
        if isinstance(store_time, bool) or not isinstance(store_time, (int, Unset)):
            deviate(src_dict, "store_time", TypeError("expected an integer"))
            d["store_time"] = store_time
            store_time = UNSET

        billing_flavor = d.pop("billing_flavor", UNSET)
        if not isinstance(billing_flavor, (str, Unset)):
            deviate(src_dict, "billing_flavor", TypeError("expected a string"))
            d["billing_flavor"] = billing_flavor
            billing_flavor = UNSET

        billing_params = d.pop("billing_params", UNSET)
        if isinstance(billing_params, bool) or not isinstance(billing_params, (int, Unset)):
            deviate(src_dict, "billing_params", TypeError("expected an integer"))
            d["billing_params"] = billing_params
            billing_params = UNSET

        flavor_details_parameters = cls(
            name=name,
            status=status,
            queuing_num=queuing_num,
            queue_left_time=queue_left_time,
            storage_list=storage_list,
            is_permitted=is_permitted,
            type_=type_,
            params=params,
            promo_type=promo_type,
            instance_num=instance_num,
            duration=duration,
            store_time=store_time,
            billing_flavor=billing_flavor,
            billing_params=billing_params,
        )

        flavor_details_parameters.additional_properties = d
        return flavor_details_parameters

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


from ..models.flavor_details_parameters_params import FlavorDetailsParametersParams  # noqa: E402
