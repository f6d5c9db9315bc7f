from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_table import MetricsTable
    from ..models.resource_metrics_metadata import ResourceMetricsMetadata


T = TypeVar("T", bound="MetricsItem")


@_attrs_define
class MetricsItem:
    """Real-time metrics of one pool.

    Attributes:
        metadata (ResourceMetricsMetadata): Metadata of a pool's metrics.
        table (MetricsTable | Unset): Allocated and total resources of a pool.
    """

    metadata: ResourceMetricsMetadata
    table: MetricsTable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table, Unset):
            table = self.table.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.metadata is not UNREAD:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metadata = d.pop("metadata", UNSET)
        try:
            if isinstance(_raw_metadata, Unset):
                raise KeyError("metadata")
            metadata = ResourceMetricsMetadata.from_dict(_raw_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            if not isinstance(_raw_metadata, Unset):
                d["metadata"] = _raw_metadata
            metadata = UNREAD

        _raw_table = d.pop("table", UNSET)
        try:
            _table = _raw_table
            table: MetricsTable | Unset
            if isinstance(_table, Unset):
                table = UNSET
            else:
                table = MetricsTable.from_dict(_table)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "table", exc)
            d["table"] = _raw_table
            table = UNSET

        metrics_item = cls(
            metadata=metadata,
            table=table,
        )

        metrics_item.additional_properties = d
        return metrics_item

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


from ..models.metrics_table import MetricsTable  # noqa: E402
from ..models.resource_metrics_metadata import ResourceMetricsMetadata  # noqa: E402
