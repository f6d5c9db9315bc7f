from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.label_format_label_type import LabelFormatLabelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelFormat")


@_attrs_define
class LabelFormat:
    """
    Attributes:
        label_type (LabelFormatLabelType | Unset): Label type of text classification. Options: - **0**: The label is
            separated from the text, and they are distinguished by the fixed suffix **\\_result**. For example, the text
            file is **abc.txt**, and the label file is **abc_result.txt**. - **1**: Default value. Labels and texts are
            stored in the same file and separated by separators. You can use **text_sample_separator** to specify the
            separator between the text and label and **text_label_separator** to specify the separator between labels.
        text_label_separator (str | Unset): Separator between labels. By default, a comma (,) is used as the separator.
            The separator needs to be escaped. The separator can contain only one character, such as a letter, a digit, or
            any of the following special characters: ``!@#$%^&*_=|?/':.;,``
        text_sample_separator (str | Unset): Separator between the text and label. By default, the **Tab** key is used
            as the separator. The separator needs to be escaped. The separator can contain only one character, such as a
            letter, a digit, or any of the following special characters: ``!@#$%^&*_=|?/':.;,``
    """

    label_type: LabelFormatLabelType | Unset = UNSET
    text_label_separator: str | Unset = UNSET
    text_sample_separator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_type: str | Unset = UNSET
        if not isinstance(self.label_type, Unset):
            label_type = self.label_type.value

        text_label_separator = self.text_label_separator

        text_sample_separator = self.text_sample_separator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label_type is not UNSET:
            field_dict["label_type"] = label_type
        if text_label_separator is not UNSET:
            field_dict["text_label_separator"] = text_label_separator
        if text_sample_separator is not UNSET:
            field_dict["text_sample_separator"] = text_sample_separator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_label_type = d.pop("label_type", UNSET)
        try:
            _label_type = _raw_label_type
            label_type: LabelFormatLabelType | Unset
            if isinstance(_label_type, Unset):
                label_type = UNSET
            else:
                label_type = member_of(LabelFormatLabelType, _label_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_type", exc)
            d["label_type"] = _raw_label_type
            label_type = UNSET

        text_label_separator = d.pop("text_label_separator", UNSET)
        if not isinstance(text_label_separator, (str, Unset)):
            deviate(src_dict, "text_label_separator", TypeError("expected a string"))
            d["text_label_separator"] = text_label_separator
            text_label_separator = UNSET

        text_sample_separator = d.pop("text_sample_separator", UNSET)
        if not isinstance(text_sample_separator, (str, Unset)):
            deviate(src_dict, "text_sample_separator", TypeError("expected a string"))
            d["text_sample_separator"] = text_sample_separator
            text_sample_separator = UNSET

        label_format = cls(
            label_type=label_type,
            text_label_separator=text_label_separator,
            text_sample_separator=text_sample_separator,
        )

        label_format.additional_properties = d
        return label_format

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
