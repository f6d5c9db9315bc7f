from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_dataset_stats_response_grouped_label_stats import GetDatasetStatsResponseGroupedLabelStats
    from ..models.get_dataset_stats_response_hard_detail_stats import GetDatasetStatsResponseHardDetailStats
    from ..models.get_dataset_stats_response_key_sample_stats import GetDatasetStatsResponseKeySampleStats
    from ..models.get_dataset_stats_response_metadata_stats import GetDatasetStatsResponseMetadataStats
    from ..models.get_dataset_stats_response_sample_stats import GetDatasetStatsResponseSampleStats
    from ..models.label_stats import LabelStats


T = TypeVar("T", bound="GetDatasetStatsResponse")


@_attrs_define
class GetDatasetStatsResponse:
    """
    Attributes:
        data_path (str | Unset): Path for storing data of a dataset
        data_spliting_enable (bool | Unset): Whether the dataset can be split into training set and validation set based
            on the sample labeling statistics. Options: - **true**: The dataset can be split into training and validation
            sets. - **false**: The dataset cannot be split into training and validation sets.
        grouped_label_stats (GetDatasetStatsResponseGroupedLabelStats | Unset): Label statistics grouped by labeling
            type
        hard_detail_stats (GetDatasetStatsResponseHardDetailStats | Unset): Statistics on hard example reasons. The type
            is *Map***<Integer,** *Pair***<Integer, HardDetail>>**. The key of **Map** indicates the ID of the hard example
            reason, the key of **Pair** indicates how many times has the hard example reason occurred, and the value of
            **Pair** indicates the hard example reason.
        key_sample_stats (GetDatasetStatsResponseKeySampleStats | Unset): Statistics on hard examples
        label_stats (list[LabelStats] | Unset): List of label statistics
        metadata_stats (GetDatasetStatsResponseMetadataStats | Unset): Statistics on sample metadata in JSON format.
        sample_stats (GetDatasetStatsResponseSampleStats | Unset): Statistics on sample status
    """

    data_path: str | Unset = UNSET
    data_spliting_enable: bool | Unset = UNSET
    grouped_label_stats: GetDatasetStatsResponseGroupedLabelStats | Unset = UNSET
    hard_detail_stats: GetDatasetStatsResponseHardDetailStats | Unset = UNSET
    key_sample_stats: GetDatasetStatsResponseKeySampleStats | Unset = UNSET
    label_stats: list[LabelStats] | Unset = UNSET
    metadata_stats: GetDatasetStatsResponseMetadataStats | Unset = UNSET
    sample_stats: GetDatasetStatsResponseSampleStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_path = self.data_path

        data_spliting_enable = self.data_spliting_enable

        grouped_label_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grouped_label_stats, Unset):
            grouped_label_stats = self.grouped_label_stats.to_dict()

        hard_detail_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_detail_stats, Unset):
            hard_detail_stats = self.hard_detail_stats.to_dict()

        key_sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_sample_stats, Unset):
            key_sample_stats = self.key_sample_stats.to_dict()

        label_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_stats, Unset):
            label_stats = []
            for label_stats_item_data in self.label_stats:
                label_stats_item = label_stats_item_data.to_dict()
                label_stats.append(label_stats_item)

        metadata_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_stats, Unset):
            metadata_stats = self.metadata_stats.to_dict()

        sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_stats, Unset):
            sample_stats = self.sample_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data_path is not UNSET:
            field_dict["data_path"] = data_path
        if data_spliting_enable is not UNSET:
            field_dict["data_spliting_enable"] = data_spliting_enable
        if grouped_label_stats is not UNSET:
            field_dict["grouped_label_stats"] = grouped_label_stats
        if hard_detail_stats is not UNSET:
            field_dict["hard_detail_stats"] = hard_detail_stats
        if key_sample_stats is not UNSET:
            field_dict["key_sample_stats"] = key_sample_stats
        if label_stats is not UNSET:
            field_dict["label_stats"] = label_stats
        if metadata_stats is not UNSET:
            field_dict["metadata_stats"] = metadata_stats
        if sample_stats is not UNSET:
            field_dict["sample_stats"] = sample_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        data_path = d.pop("data_path", UNSET)
        if not isinstance(data_path, (str, Unset)):
            deviate(src_dict, "data_path", TypeError("expected a string"))
            d["data_path"] = data_path
            data_path = UNSET

        data_spliting_enable = d.pop("data_spliting_enable", UNSET)
        if not isinstance(data_spliting_enable, (bool, Unset)):
            deviate(src_dict, "data_spliting_enable", TypeError("expected a boolean"))
            d["data_spliting_enable"] = data_spliting_enable
            data_spliting_enable = UNSET

        _raw_grouped_label_stats = d.pop("grouped_label_stats", UNSET)
        try:
            _grouped_label_stats = _raw_grouped_label_stats
            grouped_label_stats: GetDatasetStatsResponseGroupedLabelStats | Unset
            if isinstance(_grouped_label_stats, Unset):
                grouped_label_stats = UNSET
            else:
                grouped_label_stats = GetDatasetStatsResponseGroupedLabelStats.from_dict(_grouped_label_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "grouped_label_stats", exc)
            d["grouped_label_stats"] = _raw_grouped_label_stats
            grouped_label_stats = UNSET

        _raw_hard_detail_stats = d.pop("hard_detail_stats", UNSET)
        try:
            _hard_detail_stats = _raw_hard_detail_stats
            hard_detail_stats: GetDatasetStatsResponseHardDetailStats | Unset
            if isinstance(_hard_detail_stats, Unset):
                hard_detail_stats = UNSET
            else:
                hard_detail_stats = GetDatasetStatsResponseHardDetailStats.from_dict(_hard_detail_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "hard_detail_stats", exc)
            d["hard_detail_stats"] = _raw_hard_detail_stats
            hard_detail_stats = UNSET

        _raw_key_sample_stats = d.pop("key_sample_stats", UNSET)
        try:
            _key_sample_stats = _raw_key_sample_stats
            key_sample_stats: GetDatasetStatsResponseKeySampleStats | Unset
            if isinstance(_key_sample_stats, Unset):
                key_sample_stats = UNSET
            else:
                key_sample_stats = GetDatasetStatsResponseKeySampleStats.from_dict(_key_sample_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "key_sample_stats", exc)
            d["key_sample_stats"] = _raw_key_sample_stats
            key_sample_stats = UNSET

        _raw_label_stats = d.pop("label_stats", UNSET)
        try:
            _label_stats = _raw_label_stats
            label_stats: list[LabelStats] | Unset = UNSET
            if _label_stats is not UNSET:
                label_stats = []
                for label_stats_item_data in _label_stats:
                    label_stats_item = LabelStats.from_dict(label_stats_item_data)

                    label_stats.append(label_stats_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_stats", exc)
            d["label_stats"] = _raw_label_stats
            label_stats = UNSET

        _raw_metadata_stats = d.pop("metadata_stats", UNSET)
        try:
            _metadata_stats = _raw_metadata_stats
            metadata_stats: GetDatasetStatsResponseMetadataStats | Unset
            if isinstance(_metadata_stats, Unset):
                metadata_stats = UNSET
            else:
                metadata_stats = GetDatasetStatsResponseMetadataStats.from_dict(_metadata_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata_stats", exc)
            d["metadata_stats"] = _raw_metadata_stats
            metadata_stats = UNSET

        _raw_sample_stats = d.pop("sample_stats", UNSET)
        try:
            _sample_stats = _raw_sample_stats
            sample_stats: GetDatasetStatsResponseSampleStats | Unset
            if isinstance(_sample_stats, Unset):
                sample_stats = UNSET
            else:
                sample_stats = GetDatasetStatsResponseSampleStats.from_dict(_sample_stats)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_stats", exc)
            d["sample_stats"] = _raw_sample_stats
            sample_stats = UNSET

        get_dataset_stats_response = cls(
            data_path=data_path,
            data_spliting_enable=data_spliting_enable,
            grouped_label_stats=grouped_label_stats,
            hard_detail_stats=hard_detail_stats,
            key_sample_stats=key_sample_stats,
            label_stats=label_stats,
            metadata_stats=metadata_stats,
            sample_stats=sample_stats,
        )

        get_dataset_stats_response.additional_properties = d
        return get_dataset_stats_response

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


from ..models.get_dataset_stats_response_grouped_label_stats import GetDatasetStatsResponseGroupedLabelStats  # noqa: E402
from ..models.get_dataset_stats_response_hard_detail_stats import GetDatasetStatsResponseHardDetailStats  # noqa: E402
from ..models.get_dataset_stats_response_key_sample_stats import GetDatasetStatsResponseKeySampleStats  # noqa: E402
from ..models.get_dataset_stats_response_metadata_stats import GetDatasetStatsResponseMetadataStats  # noqa: E402
from ..models.get_dataset_stats_response_sample_stats import GetDatasetStatsResponseSampleStats  # noqa: E402
from ..models.label_stats import LabelStats  # noqa: E402
