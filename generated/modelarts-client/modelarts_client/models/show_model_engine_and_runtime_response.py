from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine_and_runtimes_response import EngineAndRuntimesResponse


T = TypeVar("T", bound="ShowModelEngineAndRuntimeResponse")


@_attrs_define
class ShowModelEngineAndRuntimeResponse:
    """
    Attributes:
        count (int | Unset): Total number of records that meet the search criteria when no pagination is performed
        total_count (int | Unset): Number of records in the query result. If **offset** and **limit** are not
            configured, the values of **count** and **total** are the same.
        engine_runtimes (list[EngineAndRuntimesResponse] | Unset): Engine runtime environment
    """

    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    engine_runtimes: list[EngineAndRuntimesResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total_count = self.total_count

        engine_runtimes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.engine_runtimes, Unset):
            engine_runtimes = []
            for engine_runtimes_item_data in self.engine_runtimes:
                engine_runtimes_item = engine_runtimes_item_data.to_dict()
                engine_runtimes.append(engine_runtimes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if engine_runtimes is not UNSET:
            field_dict["engine_runtimes"] = engine_runtimes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        count = d.pop("count", UNSET)
        if isinstance(count, bool) or not isinstance(count, (int, Unset)):
            deviate(src_dict, "count", TypeError("expected an integer"))
            d["count"] = count
            count = UNSET

        total_count = d.pop("total_count", UNSET)
        if isinstance(total_count, bool) or not isinstance(total_count, (int, Unset)):
            deviate(src_dict, "total_count", TypeError("expected an integer"))
            d["total_count"] = total_count
            total_count = UNSET

        _raw_engine_runtimes = d.pop("engine_runtimes", UNSET)
        try:
            _engine_runtimes = _raw_engine_runtimes
            engine_runtimes: list[EngineAndRuntimesResponse] | Unset = UNSET
            if _engine_runtimes is not UNSET:
                engine_runtimes = []
                for engine_runtimes_item_data in _engine_runtimes:
                    engine_runtimes_item = EngineAndRuntimesResponse.from_dict(engine_runtimes_item_data)

                    engine_runtimes.append(engine_runtimes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "engine_runtimes", exc)
            d["engine_runtimes"] = _raw_engine_runtimes
            engine_runtimes = UNSET

        show_model_engine_and_runtime_response = cls(
            count=count,
            total_count=total_count,
            engine_runtimes=engine_runtimes,
        )

        show_model_engine_and_runtime_response.additional_properties = d
        return show_model_engine_and_runtime_response

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


from ..models.engine_and_runtimes_response import EngineAndRuntimesResponse  # noqa: E402
