from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_services_item import ListServicesItem


T = TypeVar("T", bound="ListServicesResponse")


@_attrs_define
class ListServicesResponse:
    """
    Attributes:
        total_count (int | Unset): Total number of services that meet the search criteria when no paging is performed
        count (int | Unset): Number of services in the query result. If **offset** and **limit** are not configured, the
            values of **count** and **total** are the same.
        services (list[ListServicesItem] | Unset): Collection of obtained services
    """

    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    services: list[ListServicesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
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

        _raw_services = d.pop("services", UNSET)
        try:
            _services = _raw_services
            services: list[ListServicesItem] | Unset = UNSET
            if _services is not UNSET:
                services = []
                for services_item_data in _services:
                    services_item = ListServicesItem.from_dict(services_item_data)

                    services.append(services_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "services", exc)
            d["services"] = _raw_services
            services = UNSET

        list_services_response = cls(
            total_count=total_count,
            count=count,
            services=services,
        )

        list_services_response.additional_properties = d
        return list_services_response

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


from ..models.list_services_item import ListServicesItem  # noqa: E402
