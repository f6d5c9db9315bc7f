from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i18n_description_type_0 import I18NDescriptionType0
    from ..models.parameters_constraint import ParametersConstraint


T = TypeVar("T", bound="Parameters")


@_attrs_define
class Parameters:
    """
    Attributes:
        name (str | Unset): Parameter name.
        value (str | Unset): Parameter value.
        description (str | Unset): Parameter description.
        constraint (ParametersConstraint | Unset):
        i18n_description (I18NDescriptionType0 | None | Unset):
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    constraint: ParametersConstraint | Unset = UNSET
    i18n_description: I18NDescriptionType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        description = self.description

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

        i18n_description: dict[str, Any] | None | Unset
        if isinstance(self.i18n_description, Unset):
            i18n_description = UNSET
        elif isinstance(self.i18n_description, I18NDescriptionType0):
            i18n_description = self.i18n_description.to_dict()
        else:
            i18n_description = self.i18n_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if i18n_description is not UNSET:
            field_dict["i18n_description"] = i18n_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        value = d.pop("value", UNSET)
        if not isinstance(value, (str, Unset)):
            deviate(src_dict, "value", TypeError("expected a string"))
            d["value"] = value
            value = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_constraint = d.pop("constraint", UNSET)
        try:
            _constraint = _raw_constraint
            constraint: ParametersConstraint | Unset
            if isinstance(_constraint, Unset):
                constraint = UNSET
            else:
                constraint = ParametersConstraint.from_dict(_constraint)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "constraint", exc)
            d["constraint"] = _raw_constraint
            constraint = UNSET

        _raw_i18n_description = d.pop("i18n_description", UNSET)
        try:

            def _parse_i18n_description(data: object) -> I18NDescriptionType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_i18_n_description_type_0 = I18NDescriptionType0.from_dict(data)

                    return componentsschemas_i18_n_description_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(I18NDescriptionType0 | None | Unset, data)

            i18n_description = _parse_i18n_description(_raw_i18n_description)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "i18n_description", exc)
            d["i18n_description"] = _raw_i18n_description
            i18n_description = UNSET

        parameters = cls(
            name=name,
            value=value,
            description=description,
            constraint=constraint,
            i18n_description=i18n_description,
        )

        parameters.additional_properties = d
        return parameters

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


from ..models.i18n_description_type_0 import I18NDescriptionType0  # noqa: E402
from ..models.parameters_constraint import ParametersConstraint  # noqa: E402
