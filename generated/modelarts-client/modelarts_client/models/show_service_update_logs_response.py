from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log import Log


T = TypeVar("T", bound="ShowServiceUpdateLogsResponse")


@_attrs_define
class ShowServiceUpdateLogsResponse:
    """
    Attributes:
        service_name (str | Unset): Service name
        service_id (str | Unset): Service ID
        logs (list[Log] | Unset): Service update records
    """

    service_name: str | Unset = UNSET
    service_id: str | Unset = UNSET
    logs: list[Log] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        service_id = self.service_id

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        service_name = d.pop("service_name", UNSET)
        if not isinstance(service_name, (str, Unset)):
            deviate(src_dict, "service_name", TypeError("expected a string"))
            d["service_name"] = service_name
            service_name = UNSET

        service_id = d.pop("service_id", UNSET)
        if not isinstance(service_id, (str, Unset)):
            deviate(src_dict, "service_id", TypeError("expected a string"))
            d["service_id"] = service_id
            service_id = UNSET

        _raw_logs = d.pop("logs", UNSET)
        try:
            _logs = _raw_logs
            logs: list[Log] | Unset = UNSET
            if _logs is not UNSET:
                logs = []
                for logs_item_data in _logs:
                    logs_item = Log.from_dict(logs_item_data)

                    logs.append(logs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "logs", exc)
            d["logs"] = _raw_logs
            logs = UNSET

        show_service_update_logs_response = cls(
            service_name=service_name,
            service_id=service_id,
            logs=logs,
        )

        show_service_update_logs_response.additional_properties = d
        return show_service_update_logs_response

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


from ..models.log import Log  # noqa: E402
