from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_response import BatchResponse


T = TypeVar("T", bound="CreateLabelsResponse")


@_attrs_define
class CreateLabelsResponse:
    """
    Attributes:
        error_code (str | Unset): Error code.
        error_msg (str | Unset): Error message.
        results (list[BatchResponse] | Unset): Response body for creating a label.
        success (bool | Unset): Check whether the operation is successful. Options: - **true**: The operation is
            successful. - **false**: The operation is failed.
    """

    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    results: list[BatchResponse] | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if results is not UNSET:
            field_dict["results"] = results
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        _raw_results = d.pop("results", UNSET)
        try:
            _results = _raw_results
            results: list[BatchResponse] | Unset = UNSET
            if _results is not UNSET:
                results = []
                for results_item_data in _results:
                    results_item = BatchResponse.from_dict(results_item_data)

                    results.append(results_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "results", exc)
            d["results"] = _raw_results
            results = UNSET

        success = d.pop("success", UNSET)
        if not isinstance(success, (bool, Unset)):
            deviate(src_dict, "success", TypeError("expected a boolean"))
            d["success"] = success
            success = UNSET

        create_labels_response = cls(
            error_code=error_code,
            error_msg=error_msg,
            results=results,
            success=success,
        )

        create_labels_response.additional_properties = d
        return create_labels_response

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


from ..models.batch_response import BatchResponse  # noqa: E402
