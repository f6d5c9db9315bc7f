from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.network_status_phase import NetworkStatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_connection_status import NetworkConnectionStatus


T = TypeVar("T", bound="NetworkStatus")


@_attrs_define
class NetworkStatus:
    """
    Attributes:
        phase (NetworkStatusPhase | Unset): Current network status. Options: - **Creating**: The network is being
            created. - **Active**: The network is functional. - **Abnormal**: The network malfunctions.
        connection_status (NetworkConnectionStatus | Unset):
    """

    phase: NetworkStatusPhase | Unset = UNSET
    connection_status: NetworkConnectionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        connection_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_phase = d.pop("phase", UNSET)
        try:
            _phase = _raw_phase
            phase: NetworkStatusPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = member_of(NetworkStatusPhase, _phase)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "phase", exc)
            d["phase"] = _raw_phase
            phase = UNSET

        _raw_connection_status = d.pop("connectionStatus", UNSET)
        try:
            _connection_status = _raw_connection_status
            connection_status: NetworkConnectionStatus | Unset
            if isinstance(_connection_status, Unset):
                connection_status = UNSET
            else:
                connection_status = NetworkConnectionStatus.from_dict(_connection_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "connectionStatus", exc)
            d["connectionStatus"] = _raw_connection_status
            connection_status = UNSET

        network_status = cls(
            phase=phase,
            connection_status=connection_status,
        )

        network_status.additional_properties = d
        return network_status

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


from ..models.network_connection_status import NetworkConnectionStatus  # noqa: E402
