from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_service_update_logs_log_volume import ShowServiceUpdateLogsLogVolume
    from ..models.show_service_update_logs_persistent_volumes import ShowServiceUpdateLogsPersistentVolumes


T = TypeVar("T", bound="ShowServiceUpdateLogsModelAdditionalProperties")


@_attrs_define
class ShowServiceUpdateLogsModelAdditionalProperties:
    """
    Attributes:
        log_volume (list[ShowServiceUpdateLogsLogVolume] | Unset): Host directory mounting. This parameter takes effect
            only if a dedicated resource pool is used. If a public resource pool is used to deploy services, this parameter
            cannot be configured. Otherwise, an error will occur.
        max_surge (float | Unset): The value must be greater than 0. If this parameter is not set, the default value 1
            is used. If the value is less than 1, it indicates the percentage of instances to be added during the rolling
            upgrade. If the value is greater than 1, it indicates the maximum number of instances to be added during the
            rolling upgrade.
        max_unavailable (float | Unset): The value must be greater than 0. If this parameter is not set, the default
            value 0 is used. If the value is less than 1, it indicates the percentage of instances that can be scaled in
            during the rolling upgrade. If the value is greater than 1, it indicates the number of instances that can be
            scaled in during the rolling upgrade.
        termination_grace_period_seconds (int | Unset): Graceful stop period of a container.
        persistent_volumes (list[ShowServiceUpdateLogsPersistentVolumes] | Unset): Persistent storage mounting.
    """

    log_volume: list[ShowServiceUpdateLogsLogVolume] | Unset = UNSET
    max_surge: float | Unset = UNSET
    max_unavailable: float | Unset = UNSET
    termination_grace_period_seconds: int | Unset = UNSET
    persistent_volumes: list[ShowServiceUpdateLogsPersistentVolumes] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_volume: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_volume, Unset):
            log_volume = []
            for log_volume_item_data in self.log_volume:
                log_volume_item = log_volume_item_data.to_dict()
                log_volume.append(log_volume_item)

        max_surge = self.max_surge

        max_unavailable = self.max_unavailable

        termination_grace_period_seconds = self.termination_grace_period_seconds

        persistent_volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persistent_volumes, Unset):
            persistent_volumes = []
            for persistent_volumes_item_data in self.persistent_volumes:
                persistent_volumes_item = persistent_volumes_item_data.to_dict()
                persistent_volumes.append(persistent_volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if log_volume is not UNSET:
            field_dict["log_volume"] = log_volume
        if max_surge is not UNSET:
            field_dict["max_surge"] = max_surge
        if max_unavailable is not UNSET:
            field_dict["max_unavailable"] = max_unavailable
        if termination_grace_period_seconds is not UNSET:
            field_dict["termination_grace_period_seconds"] = termination_grace_period_seconds
        if persistent_volumes is not UNSET:
            field_dict["persistent_volumes"] = persistent_volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_log_volume = d.pop("log_volume", UNSET)
        try:
            _log_volume = _raw_log_volume
            log_volume: list[ShowServiceUpdateLogsLogVolume] | Unset = UNSET
            if _log_volume is not UNSET:
                log_volume = []
                for log_volume_item_data in _log_volume:
                    log_volume_item = ShowServiceUpdateLogsLogVolume.from_dict(log_volume_item_data)

                    log_volume.append(log_volume_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "log_volume", exc)
            d["log_volume"] = _raw_log_volume
            log_volume = UNSET

        max_surge = d.pop("max_surge", UNSET)
        if isinstance(max_surge, bool) or not isinstance(max_surge, (int, float, Unset)):
            deviate(src_dict, "max_surge", TypeError("expected a number"))
            d["max_surge"] = max_surge
            max_surge = UNSET

        max_unavailable = d.pop("max_unavailable", UNSET)
        if isinstance(max_unavailable, bool) or not isinstance(max_unavailable, (int, float, Unset)):
            deviate(src_dict, "max_unavailable", TypeError("expected a number"))
            d["max_unavailable"] = max_unavailable
            max_unavailable = UNSET

        termination_grace_period_seconds = d.pop("termination_grace_period_seconds", UNSET)
        if isinstance(termination_grace_period_seconds, bool) or not isinstance(
            termination_grace_period_seconds, (int, Unset)
        ):
            deviate(src_dict, "termination_grace_period_seconds", TypeError("expected an integer"))
            d["termination_grace_period_seconds"] = termination_grace_period_seconds
            termination_grace_period_seconds = UNSET

        _raw_persistent_volumes = d.pop("persistent_volumes", UNSET)
        try:
            _persistent_volumes = _raw_persistent_volumes
            persistent_volumes: list[ShowServiceUpdateLogsPersistentVolumes] | Unset = UNSET
            if _persistent_volumes is not UNSET:
                persistent_volumes = []
                for persistent_volumes_item_data in _persistent_volumes:
                    persistent_volumes_item = ShowServiceUpdateLogsPersistentVolumes.from_dict(
                        persistent_volumes_item_data
                    )

                    persistent_volumes.append(persistent_volumes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "persistent_volumes", exc)
            d["persistent_volumes"] = _raw_persistent_volumes
            persistent_volumes = UNSET

        show_service_update_logs_model_additional_properties = cls(
            log_volume=log_volume,
            max_surge=max_surge,
            max_unavailable=max_unavailable,
            termination_grace_period_seconds=termination_grace_period_seconds,
            persistent_volumes=persistent_volumes,
        )

        show_service_update_logs_model_additional_properties.additional_properties = d
        return show_service_update_logs_model_additional_properties

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


from ..models.show_service_update_logs_log_volume import ShowServiceUpdateLogsLogVolume  # noqa: E402
from ..models.show_service_update_logs_persistent_volumes import ShowServiceUpdateLogsPersistentVolumes  # noqa: E402
