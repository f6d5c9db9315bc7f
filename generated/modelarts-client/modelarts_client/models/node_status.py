from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.node_status_phase import NodeStatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_resource import NodeResource
    from ..models.taint import Taint


T = TypeVar("T", bound="NodeStatus")


@_attrs_define
class NodeStatus:
    """
    Attributes:
        phase (NodeStatusPhase | Unset): Node status. Options: - **Available**: The node is available. - **Creating**:
            The node is being created. - **Deleting**: The node is being deleted. - **Abnormal**: The node is not running
            properly.
        az (str | Unset): AZ to which the node belongs
        private_ip (str | Unset): IP address of a node
        resources (NodeResource | Unset):
        available_resources (NodeResource | Unset):
        taints (list[Taint] | Unset): Node taints.
    """

    phase: NodeStatusPhase | Unset = UNSET
    az: str | Unset = UNSET
    private_ip: str | Unset = UNSET
    resources: NodeResource | Unset = UNSET
    available_resources: NodeResource | Unset = UNSET
    taints: list[Taint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        az = self.az

        private_ip = self.private_ip

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        available_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_resources, Unset):
            available_resources = self.available_resources.to_dict()

        taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taints, Unset):
            taints = []
            for taints_item_data in self.taints:
                taints_item = taints_item_data.to_dict()
                taints.append(taints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phase is not UNSET:
            field_dict["phase"] = phase
        if az is not UNSET:
            field_dict["az"] = az
        if private_ip is not UNSET:
            field_dict["privateIp"] = private_ip
        if resources is not UNSET:
            field_dict["resources"] = resources
        if available_resources is not UNSET:
            field_dict["availableResources"] = available_resources
        if taints is not UNSET:
            field_dict["taints"] = taints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_phase = d.pop("phase", UNSET)
        try:
            _phase = _raw_phase
            phase: NodeStatusPhase | Unset
            if isinstance(_phase, Unset):
                phase = UNSET
            else:
                phase = member_of(NodeStatusPhase, _phase)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "phase", exc)
            d["phase"] = _raw_phase
            phase = UNSET

        az = d.pop("az", UNSET)
        if not isinstance(az, (str, Unset)):
            deviate(src_dict, "az", TypeError("expected a string"))
            d["az"] = az
            az = UNSET

        private_ip = d.pop("privateIp", UNSET)
        if not isinstance(private_ip, (str, Unset)):
            deviate(src_dict, "privateIp", TypeError("expected a string"))
            d["privateIp"] = private_ip
            private_ip = UNSET

        _raw_resources = d.pop("resources", UNSET)
        try:
            _resources = _raw_resources
            resources: NodeResource | Unset
            if isinstance(_resources, Unset):
                resources = UNSET
            else:
                resources = NodeResource.from_dict(_resources)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resources", exc)
            d["resources"] = _raw_resources
            resources = UNSET

        _raw_available_resources = d.pop("availableResources", UNSET)
        try:
            _available_resources = _raw_available_resources
            available_resources: NodeResource | Unset
            if isinstance(_available_resources, Unset):
                available_resources = UNSET
            else:
                available_resources = NodeResource.from_dict(_available_resources)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "availableResources", exc)
            d["availableResources"] = _raw_available_resources
            available_resources = UNSET

        _raw_taints = d.pop("taints", UNSET)
        try:
            _taints = _raw_taints
            taints: list[Taint] | Unset = UNSET
            if _taints is not UNSET:
                taints = []
                for taints_item_data in _taints:
                    taints_item = Taint.from_dict(taints_item_data)

                    taints.append(taints_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "taints", exc)
            d["taints"] = _raw_taints
            taints = UNSET

        node_status = cls(
            phase=phase,
            az=az,
            private_ip=private_ip,
            resources=resources,
            available_resources=available_resources,
            taints=taints,
        )

        node_status.additional_properties = d
        return node_status

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


from ..models.node_resource import NodeResource  # noqa: E402
from ..models.taint import Taint  # noqa: E402
