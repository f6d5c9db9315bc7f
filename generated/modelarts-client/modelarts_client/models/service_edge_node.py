from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceEdgeNode")


@_attrs_define
class ServiceEdgeNode:
    """An edge node running the model (not in the manual's excerpt; the English edition's `Nodes`).

    Attributes:
        id (str | Unset): Node id.
        name (str | Unset): Node name.
        host_name (str | Unset): Host name of the node.
        state (str | Unset): Node state.
        instance_status (str | Unset): State of the model instance on the node.
        predict_url (str | Unset): Inference URL of the node.
        host_ips (list[str] | Unset): Host IP addresses.
        memory (int | Unset): Memory size, in MB.
        os_version (str | Unset): OS version of the node.
        cpu (int | Unset): Number of CPU cores.
        created_at (str | Unset): Creation time, `YYYY-MM-DDThh:mm:ss` (UTC).
        description (str | Unset): Node description.
        message (str | Unset): Why `instance_status` is failed or notReady.
        enable_gpu (bool | Unset): Whether GPUs are enabled.
        gpu_num (int | Unset): Number of GPUs.
        updated_at (str | Unset): Update time, `YYYY-MM-DDThh:mm:ss` (UTC).
        node_label (str | Unset): Node label.
        os_type (str | Unset): OS type of the node.
        os_name (str | Unset): OS name of the node.
        arch (str | Unset): CPU architecture of the node.
        deployment_num (int | Unset): Number of application instances deployed on the node.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    host_name: str | Unset = UNSET
    state: str | Unset = UNSET
    instance_status: str | Unset = UNSET
    predict_url: str | Unset = UNSET
    host_ips: list[str] | Unset = UNSET
    memory: int | Unset = UNSET
    os_version: str | Unset = UNSET
    cpu: int | Unset = UNSET
    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    message: str | Unset = UNSET
    enable_gpu: bool | Unset = UNSET
    gpu_num: int | Unset = UNSET
    updated_at: str | Unset = UNSET
    node_label: str | Unset = UNSET
    os_type: str | Unset = UNSET
    os_name: str | Unset = UNSET
    arch: str | Unset = UNSET
    deployment_num: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        host_name = self.host_name

        state = self.state

        instance_status = self.instance_status

        predict_url = self.predict_url

        host_ips: list[str] | Unset = UNSET
        if not isinstance(self.host_ips, Unset):
            host_ips = self.host_ips

        memory = self.memory

        os_version = self.os_version

        cpu = self.cpu

        created_at = self.created_at

        description = self.description

        message = self.message

        enable_gpu = self.enable_gpu

        gpu_num = self.gpu_num

        updated_at = self.updated_at

        node_label = self.node_label

        os_type = self.os_type

        os_name = self.os_name

        arch = self.arch

        deployment_num = self.deployment_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if host_name is not UNSET:
            field_dict["host_name"] = host_name
        if state is not UNSET:
            field_dict["state"] = state
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status
        if predict_url is not UNSET:
            field_dict["predict_url"] = predict_url
        if host_ips is not UNSET:
            field_dict["host_ips"] = host_ips
        if memory is not UNSET:
            field_dict["memory"] = memory
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if message is not UNSET:
            field_dict["message"] = message
        if enable_gpu is not UNSET:
            field_dict["enable_gpu"] = enable_gpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if node_label is not UNSET:
            field_dict["node_label"] = node_label
        if os_type is not UNSET:
            field_dict["os_type"] = os_type
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if arch is not UNSET:
            field_dict["arch"] = arch
        if deployment_num is not UNSET:
            field_dict["deployment_num"] = deployment_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        host_name = d.pop("host_name", UNSET)
        if not isinstance(host_name, (str, Unset)):
            deviate(src_dict, "host_name", TypeError("expected a string"))
            d["host_name"] = host_name
            host_name = UNSET

        state = d.pop("state", UNSET)
        if not isinstance(state, (str, Unset)):
            deviate(src_dict, "state", TypeError("expected a string"))
            d["state"] = state
            state = UNSET

        instance_status = d.pop("instance_status", UNSET)
        if not isinstance(instance_status, (str, Unset)):
            deviate(src_dict, "instance_status", TypeError("expected a string"))
            d["instance_status"] = instance_status
            instance_status = UNSET

        predict_url = d.pop("predict_url", UNSET)
        if not isinstance(predict_url, (str, Unset)):
            deviate(src_dict, "predict_url", TypeError("expected a string"))
            d["predict_url"] = predict_url
            predict_url = UNSET

        host_ips = d.pop("host_ips", UNSET)
        if host_ips is not UNSET and (_misfit := list_misfit(host_ips, (str), False, "a string")):
            deviate(src_dict, "host_ips", _misfit)
            d["host_ips"] = host_ips
            host_ips = UNSET

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int, Unset)):
            deviate(src_dict, "memory", TypeError("expected an integer"))
            d["memory"] = memory
            memory = UNSET

        os_version = d.pop("os_version", UNSET)
        if not isinstance(os_version, (str, Unset)):
            deviate(src_dict, "os_version", TypeError("expected a string"))
            d["os_version"] = os_version
            os_version = UNSET

        cpu = d.pop("cpu", UNSET)
        if isinstance(cpu, bool) or not isinstance(cpu, (int, Unset)):
            deviate(src_dict, "cpu", TypeError("expected an integer"))
            d["cpu"] = cpu
            cpu = UNSET

        created_at = d.pop("created_at", UNSET)
        if not isinstance(created_at, (str, Unset)):
            deviate(src_dict, "created_at", TypeError("expected a string"))
            d["created_at"] = created_at
            created_at = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        enable_gpu = d.pop("enable_gpu", UNSET)
        if not isinstance(enable_gpu, (bool, Unset)):
            deviate(src_dict, "enable_gpu", TypeError("expected a boolean"))
            d["enable_gpu"] = enable_gpu
            enable_gpu = UNSET

        gpu_num = d.pop("gpu_num", UNSET)
        if isinstance(gpu_num, bool) or not isinstance(gpu_num, (int, Unset)):
            deviate(src_dict, "gpu_num", TypeError("expected an integer"))
            d["gpu_num"] = gpu_num
            gpu_num = UNSET

        updated_at = d.pop("updated_at", UNSET)
        if not isinstance(updated_at, (str, Unset)):
            deviate(src_dict, "updated_at", TypeError("expected a string"))
            d["updated_at"] = updated_at
            updated_at = UNSET

        node_label = d.pop("node_label", UNSET)
        if not isinstance(node_label, (str, Unset)):
            deviate(src_dict, "node_label", TypeError("expected a string"))
            d["node_label"] = node_label
            node_label = UNSET

        os_type = d.pop("os_type", UNSET)
        if not isinstance(os_type, (str, Unset)):
            deviate(src_dict, "os_type", TypeError("expected a string"))
            d["os_type"] = os_type
            os_type = UNSET

        os_name = d.pop("os_name", UNSET)
        if not isinstance(os_name, (str, Unset)):
            deviate(src_dict, "os_name", TypeError("expected a string"))
            d["os_name"] = os_name
            os_name = UNSET

        arch = d.pop("arch", UNSET)
        if not isinstance(arch, (str, Unset)):
            deviate(src_dict, "arch", TypeError("expected a string"))
            d["arch"] = arch
            arch = UNSET

        deployment_num = d.pop("deployment_num", UNSET)
        if isinstance(deployment_num, bool) or not isinstance(deployment_num, (int, Unset)):
            deviate(src_dict, "deployment_num", TypeError("expected an integer"))
            d["deployment_num"] = deployment_num
            deployment_num = UNSET

        service_edge_node = cls(
            id=id,
            name=name,
            host_name=host_name,
            state=state,
            instance_status=instance_status,
            predict_url=predict_url,
            host_ips=host_ips,
            memory=memory,
            os_version=os_version,
            cpu=cpu,
            created_at=created_at,
            description=description,
            message=message,
            enable_gpu=enable_gpu,
            gpu_num=gpu_num,
            updated_at=updated_at,
            node_label=node_label,
            os_type=os_type,
            os_name=os_name,
            arch=arch,
            deployment_num=deployment_num,
        )

        service_edge_node.additional_properties = d
        return service_edge_node

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
