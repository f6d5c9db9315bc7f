from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_reference import ObjectReference
    from ..models.plugin_resources_limits import PluginResourcesLimits
    from ..models.plugin_resources_requests import PluginResourcesRequests


T = TypeVar("T", bound="PluginResources")


@_attrs_define
class PluginResources:
    """
    Attributes:
        involved_object (ObjectReference | Unset):
        replicas (int | Unset): Number of replicas of the resource object.
        limits (PluginResourcesLimits | Unset): Limit on requested resources.
        requests (PluginResourcesRequests | Unset): Requested resources.
    """

    involved_object: ObjectReference | Unset = UNSET
    replicas: int | Unset = UNSET
    limits: PluginResourcesLimits | Unset = UNSET
    requests: PluginResourcesRequests | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        involved_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.involved_object, Unset):
            involved_object = self.involved_object.to_dict()

        replicas = self.replicas

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = self.requests.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if involved_object is not UNSET:
            field_dict["involvedObject"] = involved_object
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if limits is not UNSET:
            field_dict["limits"] = limits
        if requests is not UNSET:
            field_dict["requests"] = requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_involved_object = d.pop("involvedObject", UNSET)
        try:
            _involved_object = _raw_involved_object
            involved_object: ObjectReference | Unset
            if isinstance(_involved_object, Unset):
                involved_object = UNSET
            else:
                involved_object = ObjectReference.from_dict(_involved_object)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "involvedObject", exc)
            d["involvedObject"] = _raw_involved_object
            involved_object = UNSET

        replicas = d.pop("replicas", UNSET)
        if isinstance(replicas, bool) or not isinstance(replicas, (int, Unset)):
            deviate(src_dict, "replicas", TypeError("expected an integer"))
            d["replicas"] = replicas
            replicas = UNSET

        _raw_limits = d.pop("limits", UNSET)
        try:
            _limits = _raw_limits
            limits: PluginResourcesLimits | Unset
            if isinstance(_limits, Unset):
                limits = UNSET
            else:
                limits = PluginResourcesLimits.from_dict(_limits)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "limits", exc)
            d["limits"] = _raw_limits
            limits = UNSET

        _raw_requests = d.pop("requests", UNSET)
        try:
            _requests = _raw_requests
            requests: PluginResourcesRequests | Unset
            if isinstance(_requests, Unset):
                requests = UNSET
            else:
                requests = PluginResourcesRequests.from_dict(_requests)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "requests", exc)
            d["requests"] = _raw_requests
            requests = UNSET

        plugin_resources = cls(
            involved_object=involved_object,
            replicas=replicas,
            limits=limits,
            requests=requests,
        )

        plugin_resources.additional_properties = d
        return plugin_resources

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


from ..models.object_reference import ObjectReference  # noqa: E402
from ..models.plugin_resources_limits import PluginResourcesLimits  # noqa: E402
from ..models.plugin_resources_requests import PluginResourcesRequests  # noqa: E402
