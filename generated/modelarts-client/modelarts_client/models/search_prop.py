from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.search_prop_op import SearchPropOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_prop_props import SearchPropProps


T = TypeVar("T", bound="SearchProp")


@_attrs_define
class SearchProp:
    """
    Attributes:
        op (SearchPropOp | Unset): Relationship between attribute values. Options: - **AND**: AND relationship - **OR**:
            OR relationship
        props (SearchPropProps | Unset): Search criteria of an attribute. Multiple search criteria can be set.
    """

    op: SearchPropOp | Unset = UNSET
    props: SearchPropProps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = self.props.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if op is not UNSET:
            field_dict["op"] = op
        if props is not UNSET:
            field_dict["props"] = props

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_op = d.pop("op", UNSET)
        try:
            _op = _raw_op
            op: SearchPropOp | Unset
            if isinstance(_op, Unset):
                op = UNSET
            else:
                op = member_of(SearchPropOp, _op)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "op", exc)
            d["op"] = _raw_op
            op = UNSET

        _raw_props = d.pop("props", UNSET)
        try:
            _props = _raw_props
            props: SearchPropProps | Unset
            if isinstance(_props, Unset):
                props = UNSET
            else:
                props = SearchPropProps.from_dict(_props)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "props", exc)
            d["props"] = _raw_props
            props = UNSET

        search_prop = cls(
            op=op,
            props=props,
        )

        search_prop.additional_properties = d
        return search_prop

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


from ..models.search_prop_props import SearchPropProps  # noqa: E402
