from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskUrls")


@_attrs_define
class TaskUrls:
    """
    Attributes:
        task (str | Unset): ID of a training job.
        url (str | Unset): SSH connection address of a training job.
    """

    task: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if task is not UNSET:
            field_dict["task"] = task
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        task = d.pop("task", UNSET)
        if not isinstance(task, (str, Unset)):
            deviate(src_dict, "task", TypeError("expected a string"))
            d["task"] = task
            task = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        task_urls = cls(
            task=task,
            url=url,
        )

        task_urls.additional_properties = d
        return task_urls

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
