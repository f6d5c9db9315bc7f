from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_report_pipeline import LogReportPipeline
    from ..models.service_additional_properties_smn_notification import ServiceAdditionalPropertiesSmnNotification


T = TypeVar("T", bound="ServiceAdditionalProperties")


@_attrs_define
class ServiceAdditionalProperties:
    """
    Attributes:
        smn_notification (ServiceAdditionalPropertiesSmnNotification): SMN message notification structure, which is used
            to notify the user of the service status change
        log_report_channels (list[LogReportPipeline] | Unset): Log channel group. If this parameter is not specified or
            the array length is 0, LTS log interconnection is disabled. This function cannot be modified after being
            enabled.
        websocket_upgrade (bool | Unset): Whether the service interface is upgraded to WebSocket. During service
            deployment, the default value is **false**. During service configuration update, the default value is the value
            set last time. - **false**: Do not upgrade to WebSocket. - **true**: Upgrade to WebSocket. This parameter cannot
            be modified after WebSocket is enabled. WebSocket cannot be enabled together with **Traffic Limit**. Default:
            False.
    """

    smn_notification: ServiceAdditionalPropertiesSmnNotification
    log_report_channels: list[LogReportPipeline] | Unset = UNSET
    websocket_upgrade: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_report_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_report_channels, Unset):
            log_report_channels = []
            for log_report_channels_item_data in self.log_report_channels:
                log_report_channels_item = log_report_channels_item_data.to_dict()
                log_report_channels.append(log_report_channels_item)

        websocket_upgrade = self.websocket_upgrade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.smn_notification is not UNREAD:
            smn_notification = self.smn_notification.to_dict()
            field_dict["smn_notification"] = smn_notification
        if log_report_channels is not UNSET:
            field_dict["log_report_channels"] = log_report_channels
        if websocket_upgrade is not UNSET:
            field_dict["websocket_upgrade"] = websocket_upgrade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_smn_notification = d.pop("smn_notification", UNSET)
        try:
            if isinstance(_raw_smn_notification, Unset):
                raise KeyError("smn_notification")
            smn_notification = ServiceAdditionalPropertiesSmnNotification.from_dict(_raw_smn_notification)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "smn_notification", exc)
            if not isinstance(_raw_smn_notification, Unset):
                d["smn_notification"] = _raw_smn_notification
            smn_notification = UNREAD

        _raw_log_report_channels = d.pop("log_report_channels", UNSET)
        try:
            _log_report_channels = _raw_log_report_channels
            log_report_channels: list[LogReportPipeline] | Unset = UNSET
            if _log_report_channels is not UNSET:
                log_report_channels = []
                for log_report_channels_item_data in _log_report_channels:
                    log_report_channels_item = LogReportPipeline.from_dict(log_report_channels_item_data)

                    log_report_channels.append(log_report_channels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "log_report_channels", exc)
            d["log_report_channels"] = _raw_log_report_channels
            log_report_channels = UNSET

        websocket_upgrade = d.pop("websocket_upgrade", UNSET)
        if not isinstance(websocket_upgrade, (bool, Unset)):
            deviate(src_dict, "websocket_upgrade", TypeError("expected a boolean"))
            d["websocket_upgrade"] = websocket_upgrade
            websocket_upgrade = UNSET

        service_additional_properties = cls(
            smn_notification=smn_notification,
            log_report_channels=log_report_channels,
            websocket_upgrade=websocket_upgrade,
        )

        service_additional_properties.additional_properties = d
        return service_additional_properties

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


from ..models.log_report_pipeline import LogReportPipeline  # noqa: E402
from ..models.service_additional_properties_smn_notification import ServiceAdditionalPropertiesSmnNotification  # noqa: E402
