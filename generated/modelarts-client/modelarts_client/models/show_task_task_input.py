from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_task_task_input_vcn import ShowTaskTaskInputVcn
    from ..models.task_input_data import TaskInputData


T = TypeVar("T", bound="ShowTaskTaskInput")


@_attrs_define
class ShowTaskTaskInput:
    """
    Attributes:
        type_ (str | Unset): Input type of a task. This parameter is mandatory. ModelArts Edge supports the following
            types: **restful** (obtains the stream request URL from the custom streaming media server through the RESTful
            API), **url** (specified file address or stream request URL), **edgecamera** (edge camera bound to IEF), and
            **vcn** (VCN device). IEF supports the following types: **restful**, **url**, **edgecamera**, **vcn**, **obs**
            (files stored in OBS), and **vis** (video streams of VIS)
        data (list[TaskInputData] | Unset): Input details of a task. This parameter is mandatory. The configuration
            varies according to the input type. Multiple inputs are allowed during creation, but only one input is allowed
            for update.
        vcn (ShowTaskTaskInputVcn | Unset):
    """

    type_: str | Unset = UNSET
    data: list[TaskInputData] | Unset = UNSET
    vcn: ShowTaskTaskInputVcn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        vcn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vcn, Unset):
            vcn = self.vcn.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if vcn is not UNSET:
            field_dict["vcn"] = vcn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: list[TaskInputData] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = TaskInputData.from_dict(data_item_data)

                    data.append(data_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data", exc)
            d["data"] = _raw_data
            data = UNSET

        _raw_vcn = d.pop("vcn", UNSET)
        try:
            _vcn = _raw_vcn
            vcn: ShowTaskTaskInputVcn | Unset
            if isinstance(_vcn, Unset):
                vcn = UNSET
            else:
                vcn = ShowTaskTaskInputVcn.from_dict(_vcn)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "vcn", exc)
            d["vcn"] = _raw_vcn
            vcn = UNSET

        show_task_task_input = cls(
            type_=type_,
            data=data,
            vcn=vcn,
        )

        show_task_task_input.additional_properties = d
        return show_task_task_input

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


from ..models.show_task_task_input_vcn import ShowTaskTaskInputVcn  # noqa: E402
from ..models.task_input_data import TaskInputData  # noqa: E402
