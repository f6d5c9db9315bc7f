from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_task_task_output_webhook_headers import ShowTaskTaskOutputWebhookHeaders


T = TypeVar("T", bound="ShowTaskTaskOutputWebhook")


@_attrs_define
class ShowTaskTaskOutputWebhook:
    """
    Attributes:
        url (str | Unset): Result callback address. This parameter is mandatory when the output type is **webhook**.
        headers (ShowTaskTaskOutputWebhookHeaders | Unset): Headers carried in the result callback. This parameter is
            mandatory when the output type is **webhook**. The value is key-value pairs in JSON format. A maximum of 10 key-
            value pairs are allowed, and a minimum of 1 key-value pair is allowed.
        data_category (list[str] | Unset): List of task output types. This parameter is optional and is required only
            for some services. The output contains data in the **dataCategory** list.
    """

    url: str | Unset = UNSET
    headers: ShowTaskTaskOutputWebhookHeaders | Unset = UNSET
    data_category: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        data_category: list[str] | Unset = UNSET
        if not isinstance(self.data_category, Unset):
            data_category = self.data_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if data_category is not UNSET:
            field_dict["data_category"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        _raw_headers = d.pop("headers", UNSET)
        try:
            _headers = _raw_headers
            headers: ShowTaskTaskOutputWebhookHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = ShowTaskTaskOutputWebhookHeaders.from_dict(_headers)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "headers", exc)
            d["headers"] = _raw_headers
            headers = UNSET

        data_category = d.pop("data_category", UNSET)
        if data_category is not UNSET and (_misfit := list_misfit(data_category, (str), False, "a string")):
            deviate(src_dict, "data_category", _misfit)
            d["data_category"] = data_category
            data_category = UNSET

        show_task_task_output_webhook = cls(
            url=url,
            headers=headers,
            data_category=data_category,
        )

        show_task_task_output_webhook.additional_properties = d
        return show_task_task_output_webhook

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


from ..models.show_task_task_output_webhook_headers import ShowTaskTaskOutputWebhookHeaders  # noqa: E402
