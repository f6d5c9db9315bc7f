from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.affinity_pool_info import AffinityPoolInfo


T = TypeVar("T", bound="NodeAffinity")


@_attrs_define
class NodeAffinity:
    """Node affinity of a service (the English edition).

    Attributes:
        mode (str | Unset): Affinity mode: `required` (strong: instances run only on the given nodes and fail to
            schedule when none is available) or `preferred`.
        pool_infos (list[AffinityPoolInfo] | Unset): The dedicated pools, and their nodes, the instances are scheduled
            to.
    """

    mode: str | Unset = UNSET
    pool_infos: list[AffinityPoolInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        pool_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pool_infos, Unset):
            pool_infos = []
            for pool_infos_item_data in self.pool_infos:
                pool_infos_item = pool_infos_item_data.to_dict()
                pool_infos.append(pool_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mode is not UNSET:
            field_dict["mode"] = mode
        if pool_infos is not UNSET:
            field_dict["pool_infos"] = pool_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        mode = d.pop("mode", UNSET)
        if not isinstance(mode, (str, Unset)):
            deviate(src_dict, "mode", TypeError("expected a string"))
            d["mode"] = mode
            mode = UNSET

        _raw_pool_infos = d.pop("pool_infos", UNSET)
        try:
            _pool_infos = _raw_pool_infos
            pool_infos: list[AffinityPoolInfo] | Unset = UNSET
            if _pool_infos is not UNSET:
                pool_infos = []
                for pool_infos_item_data in _pool_infos:
                    pool_infos_item = AffinityPoolInfo.from_dict(pool_infos_item_data)

                    pool_infos.append(pool_infos_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pool_infos", exc)
            d["pool_infos"] = _raw_pool_infos
            pool_infos = UNSET

        node_affinity = cls(
            mode=mode,
            pool_infos=pool_infos,
        )

        node_affinity.additional_properties = d
        return node_affinity

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


from ..models.affinity_pool_info import AffinityPoolInfo  # noqa: E402
