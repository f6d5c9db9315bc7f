from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notebook_flavor import NotebookFlavor


T = TypeVar("T", bound="ShowSwitchableFlavorsResponse")


@_attrs_define
class ShowSwitchableFlavorsResponse:
    """
    Attributes:
        current (int | Unset): Current page
        data (list[NotebookFlavor] | Unset): Pagination data
        flavors (list[NotebookFlavor] | Unset): List of specifications that can be switched.
        pages (int | Unset): Total number of pages
        size (int | Unset): Number of records on each page
        total (int | Unset): Total number of records
    """

    current: int | Unset = UNSET
    data: list[NotebookFlavor] | Unset = UNSET
    flavors: list[NotebookFlavor] | Unset = UNSET
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

        flavors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flavors, Unset):
            flavors = []
            for flavors_item_data in self.flavors:
                flavors_item = flavors_item_data.to_dict()
                flavors.append(flavors_item)

        pages = self.pages

        size = self.size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current is not UNSET:
            field_dict["current"] = current
        if data is not UNSET:
            field_dict["data"] = data
        if flavors is not UNSET:
            field_dict["flavors"] = flavors
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
            data: list[NotebookFlavor] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = NotebookFlavor.from_dict(data_item_data)

                    data.append(data_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data", exc)
            d["data"] = _raw_data
            data = UNSET

        _raw_flavors = d.pop("flavors", UNSET)
        try:
            _flavors = _raw_flavors
            flavors: list[NotebookFlavor] | Unset = UNSET
            if _flavors is not UNSET:
                flavors = []
                for flavors_item_data in _flavors:
                    flavors_item = NotebookFlavor.from_dict(flavors_item_data)

                    flavors.append(flavors_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavors", exc)
            d["flavors"] = _raw_flavors
            flavors = UNSET

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

        show_switchable_flavors_response = cls(
            current=current,
            data=data,
            flavors=flavors,
            pages=pages,
            size=size,
            total=total,
        )

        show_switchable_flavors_response.additional_properties = d
        return show_switchable_flavors_response

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


from ..models.notebook_flavor import NotebookFlavor  # noqa: E402
