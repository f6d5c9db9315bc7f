from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_training_job_configs_request_config_type import ListTrainingJobConfigsRequestConfigType
from ..models.list_training_job_configs_request_order import ListTrainingJobConfigsRequestOrder
from ..models.list_training_job_configs_request_sort_by import ListTrainingJobConfigsRequestSortBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTrainingJobConfigsRequest")


@_attrs_define
class ListTrainingJobConfigsRequest:
    """
    Attributes:
        per_page (int | Unset): Number of job parameters displayed on each page. The value range is [1, 1000]. Default
            value: **10**
        page (int | Unset): Index of the page to be queried. Default value: **1**
        sort_by (ListTrainingJobConfigsRequestSortBy | Unset): Sorting mode of the query. The value can be
            **config_name**, **config_desc**, or **create_time**. The default value is **config_name**. **create_time** is
            not supported for **sample** sorting. Default: ListTrainingJobConfigsRequestSortBy.CONFIG_NAME.
        order (ListTrainingJobConfigsRequestOrder | Unset): Sorting order. Options: - **asc**: ascending order -
            **desc**: descending order. The default value is **desc**. Default: ListTrainingJobConfigsRequestOrder.DESC.
        search_content (str | Unset): Search content, for example, a parameter name. By default, this parameter is left
            blank.
        config_type (ListTrainingJobConfigsRequestConfigType | Unset): Configuration type to be queried. Options: -
            **custom**: Query the custom configurations. - **sample**: Query the sample configurations. The default value is
            **custom**. Default: ListTrainingJobConfigsRequestConfigType.CUSTOM.
    """

    per_page: int | Unset = UNSET
    page: int | Unset = UNSET
    sort_by: ListTrainingJobConfigsRequestSortBy | Unset = ListTrainingJobConfigsRequestSortBy.CONFIG_NAME
    order: ListTrainingJobConfigsRequestOrder | Unset = ListTrainingJobConfigsRequestOrder.DESC
    search_content: str | Unset = UNSET
    config_type: ListTrainingJobConfigsRequestConfigType | Unset = ListTrainingJobConfigsRequestConfigType.CUSTOM
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_page = self.per_page

        page = self.page

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.value

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        search_content = self.search_content

        config_type: str | Unset = UNSET
        if not isinstance(self.config_type, Unset):
            config_type = self.config_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if page is not UNSET:
            field_dict["page"] = page
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if search_content is not UNSET:
            field_dict["search_content"] = search_content
        if config_type is not UNSET:
            field_dict["config_type"] = config_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        per_page = d.pop("per_page", UNSET)
        if isinstance(per_page, bool) or not isinstance(per_page, (int, Unset)):
            deviate(src_dict, "per_page", TypeError("expected an integer"))
            d["per_page"] = per_page
            per_page = UNSET

        page = d.pop("page", UNSET)
        if isinstance(page, bool) or not isinstance(page, (int, Unset)):
            deviate(src_dict, "page", TypeError("expected an integer"))
            d["page"] = page
            page = UNSET

        _raw_sort_by = d.pop("sortBy", UNSET)
        try:
            _sort_by = _raw_sort_by
            sort_by: ListTrainingJobConfigsRequestSortBy | Unset
            if isinstance(_sort_by, Unset):
                sort_by = UNSET
            else:
                sort_by = member_of(ListTrainingJobConfigsRequestSortBy, _sort_by)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sortBy", exc)
            d["sortBy"] = _raw_sort_by
            sort_by = UNSET

        _raw_order = d.pop("order", UNSET)
        try:
            _order = _raw_order
            order: ListTrainingJobConfigsRequestOrder | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = member_of(ListTrainingJobConfigsRequestOrder, _order)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "order", exc)
            d["order"] = _raw_order
            order = UNSET

        search_content = d.pop("search_content", UNSET)
        if not isinstance(search_content, (str, Unset)):
            deviate(src_dict, "search_content", TypeError("expected a string"))
            d["search_content"] = search_content
            search_content = UNSET

        _raw_config_type = d.pop("config_type", UNSET)
        try:
            _config_type = _raw_config_type
            config_type: ListTrainingJobConfigsRequestConfigType | Unset
            if isinstance(_config_type, Unset):
                config_type = UNSET
            else:
                config_type = member_of(ListTrainingJobConfigsRequestConfigType, _config_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config_type", exc)
            d["config_type"] = _raw_config_type
            config_type = UNSET

        list_training_job_configs_request = cls(
            per_page=per_page,
            page=page,
            sort_by=sort_by,
            order=order,
            search_content=search_content,
            config_type=config_type,
        )

        list_training_job_configs_request.additional_properties = d
        return list_training_job_configs_request

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
