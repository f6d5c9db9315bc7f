from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_metrics_list_kind import PoolMetricsListKind
from ..runtime.reading import deviate, member_of  # removed by ruff where unused

if TYPE_CHECKING:
    from ..models.metrics_item import MetricsItem


T = TypeVar("T", bound="PoolMetricsList")


@_attrs_define
class PoolMetricsList:
    """Real-time metrics of the project's resource pools.

    Attributes:
        api_version (str): API version, `v2` in the manual's example.
        kind (PoolMetricsListKind): Resource kind, always `PoolMetricsList`.
        items (list[MetricsItem]): Metrics, one entry per pool.
    """

    api_version: str
    kind: PoolMetricsListKind
    items: list[MetricsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        kind = self.kind.value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = d.pop("apiVersion")
        if not isinstance(api_version, (str)):
            deviate(src_dict, "apiVersion", TypeError("expected a string"))

        kind = member_of(PoolMetricsListKind, d.pop("kind"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MetricsItem.from_dict(items_item_data)

            items.append(items_item)

        pool_metrics_list = cls(
            api_version=api_version,
            kind=kind,
            items=items,
        )

        pool_metrics_list.additional_properties = d
        return pool_metrics_list

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


from ..models.metrics_item import MetricsItem  # noqa: E402
