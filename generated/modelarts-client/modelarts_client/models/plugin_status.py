from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.plugin_status_phase import PluginStatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_resources import PluginResources


T = TypeVar("T", bound="PluginStatus")


@_attrs_define
class PluginStatus:
    """
    Attributes:
        phase (PluginStatusPhase | Unset): Plug-in instance status. Options: - **Pending**: The plug-in is being
            installed. - **Running**: All of the plug-in instances are running. This specifies that the plug-in runs
            properly. - **Updating**: The plug-in is being updated. - **Abnormal**: The plug-in instances are abnormal and
            the plug-in cannot be used. You can click the status to view the failure cause. - **Deleting**: The plug-in is
            being deleted.
        version (str | Unset): Version of the plug-in instances.
        reason (str | Unset): Details about the plug-in instance installation failure.
        values (str | Unset): Installation parameters of the plug-in instances. The parameters vary depending on the
            plug-in.
        resources (list[PluginResources] | Unset): Resources used by the plug-in instances.
    """

    phase: PluginStatusPhase | Unset = UNSET
    version: str | Unset = UNSET
    reason: str | Unset = UNSET
    values: str | Unset = UNSET
    resources: list[PluginResources] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        version = self.version

        reason = self.reason

        values = self.values

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase
        if version is not UNSET:
            field_dict["version"] = version
        if reason is not UNSET:
            field_dict["reason"] = reason
        if values is not UNSET:
            field_dict["values"] = values
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_phase = d.pop("phase", UNSET)
        try:
            _phase = _raw_phase
            phase: PluginStatusPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = member_of(PluginStatusPhase, _phase)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "phase", exc)
            d["phase"] = _raw_phase
            phase = UNSET

        version = d.pop("version", UNSET)
        if not isinstance(version, (str, Unset)):
            deviate(src_dict, "version", TypeError("expected a string"))
            d["version"] = version
            version = UNSET

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, (str, Unset)):
            deviate(src_dict, "reason", TypeError("expected a string"))
            d["reason"] = reason
            reason = UNSET

        values = d.pop("values", UNSET)
        if not isinstance(values, (str, Unset)):
            deviate(src_dict, "values", TypeError("expected a string"))
            d["values"] = values
            values = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: list[PluginResources] | Unset = UNSET
            if _resources is not UNSET:
                resources = []
                for resources_item_data in _resources:
                    resources_item = PluginResources.from_dict(resources_item_data)

                    resources.append(resources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

        plugin_status = cls(
            phase=phase,
            version=version,
            reason=reason,
            values=values,
            resources=resources,
        )

        plugin_status.additional_properties = d
        return plugin_status

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


from ..models.plugin_resources import PluginResources  # noqa: E402
