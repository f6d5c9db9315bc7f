from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.peer_connection_status import PeerConnectionStatus
    from ..models.sfs_turbo_connection_status import SfsTurboConnectionStatus


T = TypeVar("T", bound="NetworkConnectionStatus")


@_attrs_define
class NetworkConnectionStatus:
    """
    Attributes:
        peer_connection_status (list[PeerConnectionStatus] | Unset): Peering connection status
        sfs_turbo_status (list[SfsTurboConnectionStatus] | Unset): Status of SFS Turbo accessible to the network
    """

    peer_connection_status: list[PeerConnectionStatus] | Unset = UNSET
    sfs_turbo_status: list[SfsTurboConnectionStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        peer_connection_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.peer_connection_status, Unset):
            peer_connection_status = []
            for peer_connection_status_item_data in self.peer_connection_status:
                peer_connection_status_item = peer_connection_status_item_data.to_dict()
                peer_connection_status.append(peer_connection_status_item)

        sfs_turbo_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sfs_turbo_status, Unset):
            sfs_turbo_status = []
            for sfs_turbo_status_item_data in self.sfs_turbo_status:
                sfs_turbo_status_item = sfs_turbo_status_item_data.to_dict()
                sfs_turbo_status.append(sfs_turbo_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if peer_connection_status is not UNSET:
            field_dict["peerConnectionStatus"] = peer_connection_status
        if sfs_turbo_status is not UNSET:
            field_dict["sfsTurboStatus"] = sfs_turbo_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_peer_connection_status = d.pop("peerConnectionStatus", UNSET)
        try:
            _peer_connection_status = _raw_peer_connection_status
            peer_connection_status: list[PeerConnectionStatus] | Unset = UNSET
            if _peer_connection_status is not UNSET:
                peer_connection_status = []
                for peer_connection_status_item_data in _peer_connection_status:
                    peer_connection_status_item = PeerConnectionStatus.from_dict(peer_connection_status_item_data)

                    peer_connection_status.append(peer_connection_status_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "peerConnectionStatus", exc)
            d["peerConnectionStatus"] = _raw_peer_connection_status
            peer_connection_status = UNSET

        _raw_sfs_turbo_status = d.pop("sfsTurboStatus", UNSET)
        try:
            _sfs_turbo_status = _raw_sfs_turbo_status
            sfs_turbo_status: list[SfsTurboConnectionStatus] | Unset = UNSET
            if _sfs_turbo_status is not UNSET:
                sfs_turbo_status = []
                for sfs_turbo_status_item_data in _sfs_turbo_status:
                    sfs_turbo_status_item = SfsTurboConnectionStatus.from_dict(sfs_turbo_status_item_data)

                    sfs_turbo_status.append(sfs_turbo_status_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sfsTurboStatus", exc)
            d["sfsTurboStatus"] = _raw_sfs_turbo_status
            sfs_turbo_status = UNSET

        network_connection_status = cls(
            peer_connection_status=peer_connection_status,
            sfs_turbo_status=sfs_turbo_status,
        )

        network_connection_status.additional_properties = d
        return network_connection_status

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


from ..models.peer_connection_status import PeerConnectionStatus  # noqa: E402
from ..models.sfs_turbo_connection_status import SfsTurboConnectionStatus  # noqa: E402
