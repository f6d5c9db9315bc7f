from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.pool_metrics_list_api_version import PoolMetricsListApiVersion
from ..models.pool_metrics_list_kind import PoolMetricsListKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_item import MetricsItem


T = TypeVar("T", bound="PoolMetricsList")


@_attrs_define
class PoolMetricsList:
    """Real-time metrics of the project's resource pools.

    Attributes:
        api_version (PoolMetricsListApiVersion): API version, `v2` in the manual's example.
        kind (PoolMetricsListKind): Resource kind, always `PoolMetricsList`.
        items (list[MetricsItem]): Metrics, one entry per pool.
    """

    api_version: PoolMetricsListApiVersion
    kind: PoolMetricsListKind
    items: list[MetricsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api_version is not UNREAD:
            api_version = self.api_version.value
            field_dict["apiVersion"] = api_version
        if self.kind is not UNREAD:
            kind = self.kind.value
            field_dict["kind"] = kind
        if self.items is not UNREAD:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            if isinstance(_raw_api_version, Unset):
                raise KeyError("apiVersion")
            api_version = member_of(PoolMetricsListApiVersion, _raw_api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            if not isinstance(_raw_api_version, Unset):
                d["apiVersion"] = _raw_api_version
            api_version = UNREAD

        _raw_kind = d.pop("kind", UNSET)
        try:
            if isinstance(_raw_kind, Unset):
                raise KeyError("kind")
            kind = member_of(PoolMetricsListKind, _raw_kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            if not isinstance(_raw_kind, Unset):
                d["kind"] = _raw_kind
            kind = UNREAD

        _raw_items = d.pop("items", UNSET)
        try:
            if isinstance(_raw_items, Unset):
                raise KeyError("items")
            items = []
            _items = _raw_items
            for items_item_data in _items:
                items_item = MetricsItem.from_dict(items_item_data)

                items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            if not isinstance(_raw_items, Unset):
                d["items"] = _raw_items
            items = UNREAD

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
