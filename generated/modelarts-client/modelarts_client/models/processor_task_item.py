from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorTaskItem")


@_attrs_define
class ProcessorTaskItem:
    """
    Attributes:
        label_en (str | Unset): English name of an algorithm type.
        label_zh (str | Unset): Algorithm type name
        template_id (str | Unset): Algorithm type ID.
    """

    label_en: str | Unset = UNSET
    label_zh: str | Unset = UNSET
    template_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_en = self.label_en

        label_zh = self.label_zh

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label_en is not UNSET:
            field_dict["label_en"] = label_en
        if label_zh is not UNSET:
            field_dict["label_zh"] = label_zh
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        label_en = d.pop("label_en", UNSET)
        if not isinstance(label_en, (str, Unset)):
            deviate(src_dict, "label_en", TypeError("expected a string"))
            d["label_en"] = label_en
            label_en = UNSET

        label_zh = d.pop("label_zh", UNSET)
        if not isinstance(label_zh, (str, Unset)):
            deviate(src_dict, "label_zh", TypeError("expected a string"))
            d["label_zh"] = label_zh
            label_zh = UNSET

        template_id = d.pop("template_id", UNSET)
        if not isinstance(template_id, (str, Unset)):
            deviate(src_dict, "template_id", TypeError("expected a string"))
            d["template_id"] = template_id
            template_id = UNSET

        processor_task_item = cls(
            label_en=label_en,
            label_zh=label_zh,
            template_id=template_id,
        )

        processor_task_item.additional_properties = d
        return processor_task_item

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
