from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSamplesRequest")


@_attrs_define
class DeleteSamplesRequest:
    """
    Attributes:
        delete_source (bool | Unset): Whether to delete the source file. This field is valid for non-text datasets. (A
            text dataset is the entire text file. Therefore, deleting a piece of data from the text file does not affect the
            source text.) Options: - **false**: Do not delete the source file. (Default value) - **true**: Delete the source
            file. (Note: This operation may affect the dataset versions or other datasets that have used these files. As a
            result, the page display, training, or inference is abnormal.)
        samples (list[str] | Unset): Sample ID list.
    """

    delete_source: bool | Unset = UNSET
    samples: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_source = self.delete_source

        samples: list[str] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if delete_source is not UNSET:
            field_dict["delete_source"] = delete_source
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        delete_source = d.pop("delete_source", UNSET)
        if not isinstance(delete_source, (bool, Unset)):
            deviate(src_dict, "delete_source", TypeError("expected a boolean"))
            d["delete_source"] = delete_source
            delete_source = UNSET

        samples = d.pop("samples", UNSET)
        if samples is not UNSET and (_misfit := list_misfit(samples, (str), False, "a string")):
            deviate(src_dict, "samples", _misfit)
            d["samples"] = samples
            samples = UNSET

        delete_samples_request = cls(
            delete_source=delete_source,
            samples=samples,
        )

        delete_samples_request.additional_properties = d
        return delete_samples_request

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
