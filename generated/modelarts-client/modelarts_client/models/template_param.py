from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.template_param_id import TemplateParamId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_param import OperatorParam


T = TypeVar("T", bound="TemplateParam")


@_attrs_define
class TemplateParam:
    """
    Attributes:
        id (TemplateParamId | Unset): Task type, which is the ID of a data processing template. Options: -
            **sys_data_analyse**: feature analysis - **sys_data_cleaning**: data cleansing - **sys_data_augmentation**: data
            augmentation - **sys_data_validation**: data validation - **sys_data_selection**: data filtering
        name (str | Unset): Template name.
        operator_params (list[OperatorParam] | Unset): Operator parameter list.
    """

    id: TemplateParamId | Unset = UNSET
    name: str | Unset = UNSET
    operator_params: list[OperatorParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        name = self.name

        operator_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operator_params, Unset):
            operator_params = []
            for operator_params_item_data in self.operator_params:
                operator_params_item = operator_params_item_data.to_dict()
                operator_params.append(operator_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if operator_params is not UNSET:
            field_dict["operator_params"] = operator_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_id = d.pop("id", UNSET)
        try:
            _id = _raw_id
            id: TemplateParamId | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = member_of(TemplateParamId, _id)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "id", exc)
            d["id"] = _raw_id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_operator_params = d.pop("operator_params", UNSET)
        try:
            _operator_params = _raw_operator_params
            operator_params: list[OperatorParam] | Unset = UNSET
            if _operator_params is not UNSET:
                operator_params = []
                for operator_params_item_data in _operator_params:
                    operator_params_item = OperatorParam.from_dict(operator_params_item_data)

                    operator_params.append(operator_params_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "operator_params", exc)
            d["operator_params"] = _raw_operator_params
            operator_params = UNSET

        template_param = cls(
            id=id,
            name=name,
            operator_params=operator_params,
        )

        template_param.additional_properties = d
        return template_param

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


from ..models.operator_param import OperatorParam  # noqa: E402
