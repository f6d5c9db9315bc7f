from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_volumes_res import DataVolumesRes


T = TypeVar("T", bound="ListAttachableObSsResponse")


@_attrs_define
class ListAttachableObSsResponse:
    """
    Attributes:
        current (int | Unset): Current page
        data (list[DataVolumesRes] | Unset): Data
        pages (int | Unset): Total pages
        size (int | Unset): Number of records on each page
        total (int | Unset): Total records
    """

    current: int | Unset = UNSET
    data: list[DataVolumesRes] | Unset = UNSET
    pages: int | Unset = UNSET
    size: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pages = self.pages

        size = self.size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current is not UNSET:
            field_dict["current"] = current
        if data is not UNSET:
            field_dict["data"] = data
        if pages is not UNSET:
            field_dict["pages"] = pages
        if size is not UNSET:
            field_dict["size"] = size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        current = d.pop("current", UNSET)
        if isinstance(current, bool) or not isinstance(current, (int, Unset)):
            deviate(src_dict, "current", TypeError("expected an integer"))
            d["current"] = current
            current = UNSET

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: list[DataVolumesRes] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = DataVolumesRes.from_dict(data_item_data)

                    data.append(data_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data", exc)
            d["data"] = _raw_data
            data = UNSET

        pages = d.pop("pages", UNSET)
        if isinstance(pages, bool) or not isinstance(pages, (int, Unset)):
            deviate(src_dict, "pages", TypeError("expected an integer"))
            d["pages"] = pages
            pages = UNSET

        size = d.pop("size", UNSET)
        if isinstance(size, bool) or not isinstance(size, (int, Unset)):
            deviate(src_dict, "size", TypeError("expected an integer"))
            d["size"] = size
            size = UNSET

        total = d.pop("total", UNSET)
        if isinstance(total, bool) or not isinstance(total, (int, Unset)):
            deviate(src_dict, "total", TypeError("expected an integer"))
            d["total"] = total
            total = UNSET

        list_attachable_ob_ss_response = cls(
            current=current,
            data=data,
            pages=pages,
            size=size,
            total=total,
        )

        list_attachable_ob_ss_response.additional_properties = d
        return list_attachable_ob_ss_response

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


from ..models.data_volumes_res import DataVolumesRes  # noqa: E402
