from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pair_ofint_and_hard_detail import PairOfintAndHardDetail


T = TypeVar("T", bound="GetDatasetStatsResponseHardDetailStats")


@_attrs_define
class GetDatasetStatsResponseHardDetailStats:
    """Statistics on hard example reasons. The type is *Map***<Integer,** *Pair***<Integer, HardDetail>>**. The key of
    **Map** indicates the ID of the hard example reason, the key of **Pair** indicates how many times has the hard
    example reason occurred, and the value of **Pair** indicates the hard example reason.

    """

    additional_properties: dict[str, PairOfintAndHardDetail] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        get_dataset_stats_response_hard_detail_stats = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PairOfintAndHardDetail.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        get_dataset_stats_response_hard_detail_stats.additional_properties = additional_properties
        return get_dataset_stats_response_hard_detail_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PairOfintAndHardDetail:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PairOfintAndHardDetail) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.pair_ofint_and_hard_detail import PairOfintAndHardDetail  # noqa: E402
