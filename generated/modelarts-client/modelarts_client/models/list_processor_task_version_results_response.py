from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.desc_processor_task_version_results_resp import DescProcessorTaskVersionResultsResp


T = TypeVar("T", bound="ListProcessorTaskVersionResultsResponse")


@_attrs_define
class ListProcessorTaskVersionResultsResponse:
    """
    Attributes:
        count (int | Unset): Total number of results.
        has_more (bool | Unset): Whether all results are returned.
        results (list[DescProcessorTaskVersionResultsResp] | Unset): Result displayed by page.
    """

    count: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    results: list[DescProcessorTaskVersionResultsResp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        has_more = self.has_more

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count is not UNSET:
            field_dict["count"] = count
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        has_more = d.pop("has_more", UNSET)
        if not isinstance(has_more, (bool, Unset)):
            deviate(src_dict, "has_more", TypeError("expected a boolean"))
            d["has_more"] = has_more
            has_more = UNSET

        _raw_results = d.pop("results", UNSET)
        try:
            _results = _raw_results
            results: list[DescProcessorTaskVersionResultsResp] | Unset = UNSET
            if _results is not UNSET:
                results = []
                for results_item_data in _results:
                    results_item = DescProcessorTaskVersionResultsResp.from_dict(results_item_data)

                    results.append(results_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "results", exc)
            d["results"] = _raw_results
            results = UNSET

        list_processor_task_version_results_response = cls(
            count=count,
            has_more=has_more,
            results=results,
        )

        list_processor_task_version_results_response.additional_properties = d
        return list_processor_task_version_results_response

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


from ..models.desc_processor_task_version_results_resp import DescProcessorTaskVersionResultsResp  # noqa: E402
