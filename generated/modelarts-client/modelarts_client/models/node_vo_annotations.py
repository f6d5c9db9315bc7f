from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeVOAnnotations")


@_attrs_define
class NodeVOAnnotations:
    """
    Attributes:
        os_modelartsnpu_topology_placement (str | Unset): Topology of the 910 card placement. The bits are numbered from
            0 to 15 from right to left. Bit 1 indicates that the card is occupied.
        os_modelarts_nodedrain (str | Unset): Node drainage information.
    """

    os_modelartsnpu_topology_placement: str | Unset = UNSET
    os_modelarts_nodedrain: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsnpu_topology_placement = self.os_modelartsnpu_topology_placement

        os_modelarts_nodedrain = self.os_modelarts_nodedrain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelartsnpu_topology_placement is not UNSET:
            field_dict["os.modelarts/npu-topology-placement"] = os_modelartsnpu_topology_placement
        if os_modelarts_nodedrain is not UNSET:
            field_dict["os.modelarts.node/drain"] = os_modelarts_nodedrain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        os_modelartsnpu_topology_placement = d.pop("os.modelarts/npu-topology-placement", UNSET)
        if not isinstance(os_modelartsnpu_topology_placement, (str, Unset)):
            deviate(src_dict, "os.modelarts/npu-topology-placement", TypeError("expected a string"))
            _kept["os.modelarts/npu-topology-placement"] = os_modelartsnpu_topology_placement
            os_modelartsnpu_topology_placement = UNSET

        os_modelarts_nodedrain = d.pop("os.modelarts.node/drain", UNSET)
        if not isinstance(os_modelarts_nodedrain, (str, Unset)):
            deviate(src_dict, "os.modelarts.node/drain", TypeError("expected a string"))
            _kept["os.modelarts.node/drain"] = os_modelarts_nodedrain
            os_modelarts_nodedrain = UNSET

        node_vo_annotations = cls(
            os_modelartsnpu_topology_placement=os_modelartsnpu_topology_placement,
            os_modelarts_nodedrain=os_modelarts_nodedrain,
        )

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        node_vo_annotations.additional_properties = d
        node_vo_annotations.additional_properties.update(_kept)
        return node_vo_annotations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
