from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_input_data import TaskInputData
    from ..models.task_input_vcn import TaskInputVcn


T = TypeVar("T", bound="TaskInput")


@_attrs_define
class TaskInput:
    """
    Attributes:
        type_ (str): Input type of a task. This parameter is mandatory. ModelArts Edge supports the following types:
            **restful** (obtains the stream request URL from the custom streaming media server through the RESTful API),
            **url** (specified file address or stream request URL), **edgecamera** (edge camera bound to IEF), and **vcn**
            (VCN device). IEF supports the following types: **restful**, **url**, **edgecamera**, **vcn**, **obs** (files
            stored in OBS), and **vis** (video streams of VIS)
        data (list[TaskInputData]): Input details of a task. This parameter is mandatory. The configuration varies
            according to the input type. Multiple inputs are allowed during creation, but only one input is allowed for
            update.
        vcn (TaskInputVcn | Unset):
    """

    type_: str
    data: list[TaskInputData]
    vcn: TaskInputVcn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vcn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vcn, Unset):
            vcn = self.vcn.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNREAD:
            type_ = self.type_
            field_dict["type"] = type_
        if self.data is not UNREAD:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

            field_dict["data"] = data
        if vcn is not UNSET:
            field_dict["vcn"] = vcn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str)):
            deviate(src_dict, "type", TypeError("expected a string"))
            if not isinstance(type_, Unset):
                d["type"] = type_
            type_ = UNREAD

        _raw_data = d.pop("data", UNSET)
        try:
            if isinstance(_raw_data, Unset):
                raise KeyError("data")
            data = []
            _data = _raw_data
            for data_item_data in _data:
                data_item = TaskInputData.from_dict(data_item_data)

                data.append(data_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data", exc)
            if not isinstance(_raw_data, Unset):
                d["data"] = _raw_data
            data = UNREAD

        _raw_vcn = d.pop("vcn", UNSET)
        try:
            _vcn = _raw_vcn
            vcn: TaskInputVcn | Unset
            if isinstance(_vcn, Unset):
                vcn = UNSET
            else:
                vcn = TaskInputVcn.from_dict(_vcn)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "vcn", exc)
            d["vcn"] = _raw_vcn
            vcn = UNSET

        task_input = cls(
            type_=type_,
            data=data,
            vcn=vcn,
        )

        task_input.additional_properties = d
        return task_input

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


from ..models.task_input_data import TaskInputData  # noqa: E402
from ..models.task_input_vcn import TaskInputVcn  # noqa: E402
