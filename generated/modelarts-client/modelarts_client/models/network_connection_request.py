from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.peer_connection_item_request import PeerConnectionItemRequest
    from ..models.sfs_turbo_connection_item_request import SfsTurboConnectionItemRequest


T = TypeVar("T", bound="NetworkConnectionRequest")


@_attrs_define
class NetworkConnectionRequest:
    """
    Attributes:
        peer_connection_list (list[PeerConnectionItemRequest] | Unset): Peering connections
        sfs_turbo_connection_list (list[SfsTurboConnectionItemRequest] | Unset): SFS Turbo connections through attached
            NICs
    """

    peer_connection_list: list[PeerConnectionItemRequest] | Unset = UNSET
    sfs_turbo_connection_list: list[SfsTurboConnectionItemRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        peer_connection_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.peer_connection_list, Unset):
            peer_connection_list = []
            for peer_connection_list_item_data in self.peer_connection_list:
                peer_connection_list_item = peer_connection_list_item_data.to_dict()
                peer_connection_list.append(peer_connection_list_item)

        sfs_turbo_connection_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sfs_turbo_connection_list, Unset):
            sfs_turbo_connection_list = []
            for sfs_turbo_connection_list_item_data in self.sfs_turbo_connection_list:
                sfs_turbo_connection_list_item = sfs_turbo_connection_list_item_data.to_dict()
                sfs_turbo_connection_list.append(sfs_turbo_connection_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if peer_connection_list is not UNSET:
            field_dict["peerConnectionList"] = peer_connection_list
        if sfs_turbo_connection_list is not UNSET:
            field_dict["sfsTurboConnectionList"] = sfs_turbo_connection_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_peer_connection_list = d.pop("peerConnectionList", UNSET)
        try:
            _peer_connection_list = _raw_peer_connection_list
            peer_connection_list: list[PeerConnectionItemRequest] | Unset = UNSET
            if _peer_connection_list is not UNSET:
                peer_connection_list = []
                for peer_connection_list_item_data in _peer_connection_list:
                    peer_connection_list_item = PeerConnectionItemRequest.from_dict(peer_connection_list_item_data)

                    peer_connection_list.append(peer_connection_list_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "peerConnectionList", exc)
            d["peerConnectionList"] = _raw_peer_connection_list
            peer_connection_list = UNSET

        _raw_sfs_turbo_connection_list = d.pop("sfsTurboConnectionList", UNSET)
        try:
            _sfs_turbo_connection_list = _raw_sfs_turbo_connection_list
            sfs_turbo_connection_list: list[SfsTurboConnectionItemRequest] | Unset = UNSET
            if _sfs_turbo_connection_list is not UNSET:
                sfs_turbo_connection_list = []
                for sfs_turbo_connection_list_item_data in _sfs_turbo_connection_list:
                    sfs_turbo_connection_list_item = SfsTurboConnectionItemRequest.from_dict(
                        sfs_turbo_connection_list_item_data
                    )

                    sfs_turbo_connection_list.append(sfs_turbo_connection_list_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sfsTurboConnectionList", exc)
            d["sfsTurboConnectionList"] = _raw_sfs_turbo_connection_list
            sfs_turbo_connection_list = UNSET

        network_connection_request = cls(
            peer_connection_list=peer_connection_list,
            sfs_turbo_connection_list=sfs_turbo_connection_list,
        )

        network_connection_request.additional_properties = d
        return network_connection_request

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


from ..models.peer_connection_item_request import PeerConnectionItemRequest  # noqa: E402
from ..models.sfs_turbo_connection_item_request import SfsTurboConnectionItemRequest  # noqa: E402
