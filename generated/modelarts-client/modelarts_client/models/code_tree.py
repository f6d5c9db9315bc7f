from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_tree_children import CodeTreeChildren


T = TypeVar("T", bound="CodeTree")


@_attrs_define
class CodeTree:
    """
    Attributes:
        name (str | Unset): Name of the current directory in the algorithm directory tree.
        children (CodeTreeChildren | Unset): Subfiles and subdirectories in the current directory of the algorithm
            directory tree.
    """

    name: str | Unset = UNSET
    children: CodeTreeChildren | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        children: dict[str, Any] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_children = d.pop("children", UNSET)
        try:
            _children = _raw_children
            children: CodeTreeChildren | Unset
            if isinstance(_children, Unset):
                children = UNSET
            else:
                children = CodeTreeChildren.from_dict(_children)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "children", exc)
            d["children"] = _raw_children
            children = UNSET

        code_tree = cls(
            name=name,
            children=children,
        )

        code_tree.additional_properties = d
        return code_tree

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


from ..models.code_tree_children import CodeTreeChildren  # noqa: E402
