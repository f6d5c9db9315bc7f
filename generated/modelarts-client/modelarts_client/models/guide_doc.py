from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuideDoc")


@_attrs_define
class GuideDoc:
    """
    Attributes:
        doc_url (str | Unset): HTTP(S) link of the document
        doc_name (str | Unset): Document name, which must start with a letter.
    """

    doc_url: str | Unset = UNSET
    doc_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_url = self.doc_url

        doc_name = self.doc_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url
        if doc_name is not UNSET:
            field_dict["doc_name"] = doc_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        doc_url = d.pop("doc_url", UNSET)
        if not isinstance(doc_url, (str, Unset)):
            deviate(src_dict, "doc_url", TypeError("expected a string"))
            d["doc_url"] = doc_url
            doc_url = UNSET

        doc_name = d.pop("doc_name", UNSET)
        if not isinstance(doc_name, (str, Unset)):
            deviate(src_dict, "doc_name", TypeError("expected a string"))
            d["doc_name"] = doc_name
            doc_name = UNSET

        guide_doc = cls(
            doc_url=doc_url,
            doc_name=doc_name,
        )

        guide_doc.additional_properties = d
        return guide_doc

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
