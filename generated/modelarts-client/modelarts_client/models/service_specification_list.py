from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.specification import Specification


T = TypeVar("T", bound="ServiceSpecificationList")


@_attrs_define
class ServiceSpecificationList:
    """A page of service deployment specifications.

    Attributes:
        specifications (list[Specification]): The deployment specifications.
        total_count (int | Unset): Total number of deployment specifications.
        count (int | Unset): Number of specifications in this page.
    """

    specifications: list[Specification]
    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.specifications is not UNREAD:
            specifications = []
            for specifications_item_data in self.specifications:
                specifications_item = specifications_item_data.to_dict()
                specifications.append(specifications_item)

            field_dict["specifications"] = specifications
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_specifications = d.pop("specifications", UNSET)
        try:
            if isinstance(_raw_specifications, Unset):
                raise KeyError("specifications")
            specifications = []
            _specifications = _raw_specifications
            for specifications_item_data in _specifications:
                specifications_item = Specification.from_dict(specifications_item_data)

                specifications.append(specifications_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "specifications", exc)
            if not isinstance(_raw_specifications, Unset):
                d["specifications"] = _raw_specifications
            specifications = UNREAD

        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        service_specification_list = cls(
            specifications=specifications,
            total_count=total_count,
            count=count,
        )

        service_specification_list.additional_properties = d
        return service_specification_list

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


from ..models.specification import Specification  # noqa: E402
