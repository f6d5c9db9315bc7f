from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_log_report_channel import ServiceLogReportChannel
    from ..models.service_smn_notification import ServiceSmnNotification


T = TypeVar("T", bound="ServiceDetailAdditionalProperties")


@_attrs_define
class ServiceDetailAdditionalProperties:
    """Additional service attributes, e.g. an SMN notification and log report channels.

    Attributes:
        smn_notification (ServiceSmnNotification | Unset): SMN notification of service events (not in the manual; read
            by real clients).
        log_report_channels (list[ServiceLogReportChannel] | Unset): Where the service's logs are reported.
    """

    smn_notification: ServiceSmnNotification | Unset = UNSET
    log_report_channels: list[ServiceLogReportChannel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smn_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smn_notification, Unset):
            smn_notification = self.smn_notification.to_dict()

        log_report_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_report_channels, Unset):
            log_report_channels = []
            for log_report_channels_item_data in self.log_report_channels:
                log_report_channels_item = log_report_channels_item_data.to_dict()
                log_report_channels.append(log_report_channels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if smn_notification is not UNSET:
            field_dict["smn_notification"] = smn_notification
        if log_report_channels is not UNSET:
            field_dict["log_report_channels"] = log_report_channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_smn_notification = d.pop("smn_notification", UNSET)
        try:
            _smn_notification = _raw_smn_notification
            smn_notification: ServiceSmnNotification | Unset
            if isinstance(_smn_notification, Unset):
                smn_notification = UNSET
            else:
                smn_notification = ServiceSmnNotification.from_dict(_smn_notification)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "smn_notification", exc)
            d["smn_notification"] = _raw_smn_notification
            smn_notification = UNSET

        _raw_log_report_channels = d.pop("log_report_channels", UNSET)
        try:
            _log_report_channels = _raw_log_report_channels
            log_report_channels: list[ServiceLogReportChannel] | Unset = UNSET
            if _log_report_channels is not UNSET:
                log_report_channels = []
                for log_report_channels_item_data in _log_report_channels:
                    log_report_channels_item = ServiceLogReportChannel.from_dict(log_report_channels_item_data)

                    log_report_channels.append(log_report_channels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "log_report_channels", exc)
            d["log_report_channels"] = _raw_log_report_channels
            log_report_channels = UNSET

        service_detail_additional_properties = cls(
            smn_notification=smn_notification,
            log_report_channels=log_report_channels,
        )

        service_detail_additional_properties.additional_properties = d
        return service_detail_additional_properties

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


from ..models.service_log_report_channel import ServiceLogReportChannel  # noqa: E402
from ..models.service_smn_notification import ServiceSmnNotification  # noqa: E402
