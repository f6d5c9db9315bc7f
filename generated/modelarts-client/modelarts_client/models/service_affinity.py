from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_affinity import NodeAffinity


T = TypeVar("T", bound="ServiceAffinity")


@_attrs_define
class ServiceAffinity:
    """Where the service's instances may be scheduled (not in the manual's excerpt; from the English edition).

    Attributes:
        node_affinity (NodeAffinity | Unset): Node affinity of a service (the English edition).
    """

    node_affinity: NodeAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_affinity, Unset):
            node_affinity = self.node_affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if node_affinity is not UNSET:
            field_dict["node_affinity"] = node_affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_node_affinity = d.pop("node_affinity", UNSET)
        try:
            _node_affinity = _raw_node_affinity
            node_affinity: NodeAffinity | Unset
            if isinstance(_node_affinity, Unset):
                node_affinity = UNSET
            else:
                node_affinity = NodeAffinity.from_dict(_node_affinity)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "node_affinity", exc)
            d["node_affinity"] = _raw_node_affinity
            node_affinity = UNSET

        service_affinity = cls(
            node_affinity=node_affinity,
        )

        service_affinity.additional_properties = d
        return service_affinity

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


from ..models.node_affinity import NodeAffinity  # noqa: E402
