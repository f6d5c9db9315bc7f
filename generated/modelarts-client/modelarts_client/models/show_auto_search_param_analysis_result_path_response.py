from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowAutoSearchParamAnalysisResultPathResponse")


@_attrs_define
class ShowAutoSearchParamAnalysisResultPathResponse:
    """
    Attributes:
        file_path (str | Unset): Path for storing hyperparameter sensitivity analysis images.
    """

    file_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_path is not UNSET:
            field_dict["file_path"] = file_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        file_path = d.pop("file_path", UNSET)
        if not isinstance(file_path, (str, Unset)):
            deviate(src_dict, "file_path", TypeError("expected a string"))
            d["file_path"] = file_path
            file_path = UNSET

        show_auto_search_param_analysis_result_path_response = cls(
            file_path=file_path,
        )

        show_auto_search_param_analysis_result_path_response.additional_properties = d
        return show_auto_search_param_analysis_result_path_response

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
