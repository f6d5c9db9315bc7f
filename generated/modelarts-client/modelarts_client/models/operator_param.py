from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_param_params import OperatorParamParams


T = TypeVar("T", bound="OperatorParam")


@_attrs_define
class OperatorParam:
    """
    Attributes:
        advanced_params_switch (bool | Unset): Advanced parameter switch.
        id (str | Unset): ID of an operator.
        name (str | Unset): Name of an operator.
        params (OperatorParamParams | Unset): Operator parameter. The parameter type is map<string,object>. Currently,
            object only supports the types of Boolean, Integer, Long, String,
            List[/topic/body/section/table/tgroup/tbody/row/entry/p/br {""}) (br] and Map<String,String>. For two special
            scenarios of object detection and image classification in a data preprocessing task, the value of **task_type**
            is **object_detection** or **image_classification**.
    """

    advanced_params_switch: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    params: OperatorParamParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_params_switch = self.advanced_params_switch

        id = self.id

        name = self.name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if advanced_params_switch is not UNSET:
            field_dict["advanced_params_switch"] = advanced_params_switch
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        advanced_params_switch = d.pop("advanced_params_switch", UNSET)
        if not isinstance(advanced_params_switch, (bool, Unset)):
            deviate(src_dict, "advanced_params_switch", TypeError("expected a boolean"))
            d["advanced_params_switch"] = advanced_params_switch
            advanced_params_switch = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_params = d.pop("params", UNSET)
        try:
            _params = _raw_params
            params: OperatorParamParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = OperatorParamParams.from_dict(_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "params", exc)
            d["params"] = _raw_params
            params = UNSET

        operator_param = cls(
            advanced_params_switch=advanced_params_switch,
            id=id,
            name=name,
            params=params,
        )

        operator_param.additional_properties = d
        return operator_param

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


from ..models.operator_param_params import OperatorParamParams  # noqa: E402
