from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.resource_flavor_spec_cpu_arch import ResourceFlavorSpecCpuArch
from ..models.resource_flavor_spec_flavor_boot_type import ResourceFlavorSpecFlavorBootType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_creating_step_vo import FlavorCreatingStepVO
    from ..models.list_resource_flavors_data_volume_item import ListResourceFlavorsDataVolumeItem
    from ..models.list_resource_flavors_root_volume import ListResourceFlavorsRootVolume
    from ..models.resource_flavor_xpu import ResourceFlavorXpu


T = TypeVar("T", bound="ResourceFlavorSpec")


@_attrs_define
class ResourceFlavorSpec:
    """
    Attributes:
        type_ (str | Unset): Resource specification type.
        cpu_arch (ResourceFlavorSpecCpuArch | Unset): Computer architecture. Options: - **x86** - **arm64**
        cpu (str | Unset): Number of CPU cores.
        memory (str | Unset): Memory size in GiB.
        gpu (ResourceFlavorXpu | Unset):
        npu (ResourceFlavorXpu | Unset):
        data_volumes (list[ListResourceFlavorsDataVolumeItem] | Unset): Data disks
        root_volume (ListResourceFlavorsRootVolume | Unset):
        job_flavors (list[str] | Unset): Training job types supported by resource specifications.
        node_config_template (str | Unset): Node configuration template used by resource flavor
        creating_steps (list[FlavorCreatingStepVO] | Unset): Information about the resource flavor for creating nodes by
            step.
        flavor_boot_type (ResourceFlavorSpecFlavorBootType | Unset): Boot type of a BMS. The options are as follows: -
            **LocalDisk**: local disk - **Volume**: cloud hard disk (quick provisioning)
        local_disk_detail (str | Unset): Physical disk specifications.
    """

    type_: str | Unset = UNSET
    cpu_arch: ResourceFlavorSpecCpuArch | Unset = UNSET
    cpu: str | Unset = UNSET
    memory: str | Unset = UNSET
    gpu: ResourceFlavorXpu | Unset = UNSET
    npu: ResourceFlavorXpu | Unset = UNSET
    data_volumes: list[ListResourceFlavorsDataVolumeItem] | Unset = UNSET
    root_volume: ListResourceFlavorsRootVolume | Unset = UNSET
    job_flavors: list[str] | Unset = UNSET
    node_config_template: str | Unset = UNSET
    creating_steps: list[FlavorCreatingStepVO] | Unset = UNSET
    flavor_boot_type: ResourceFlavorSpecFlavorBootType | Unset = UNSET
    local_disk_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        cpu_arch: str | Unset = UNSET
        if not isinstance(self.cpu_arch, Unset):
            cpu_arch = self.cpu_arch.value

        cpu = self.cpu

        memory = self.memory

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        npu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu, Unset):
            npu = self.npu.to_dict()

        data_volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_volumes, Unset):
            data_volumes = []
            for data_volumes_item_data in self.data_volumes:
                data_volumes_item = data_volumes_item_data.to_dict()
                data_volumes.append(data_volumes_item)

        root_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_volume, Unset):
            root_volume = self.root_volume.to_dict()

        job_flavors: list[str] | Unset = UNSET
        if not isinstance(self.job_flavors, Unset):
            job_flavors = self.job_flavors

        node_config_template = self.node_config_template

        creating_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creating_steps, Unset):
            creating_steps = []
            for creating_steps_item_data in self.creating_steps:
                creating_steps_item = creating_steps_item_data.to_dict()
                creating_steps.append(creating_steps_item)

        flavor_boot_type: str | Unset = UNSET
        if not isinstance(self.flavor_boot_type, Unset):
            flavor_boot_type = self.flavor_boot_type.value

        local_disk_detail = self.local_disk_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cpu_arch is not UNSET:
            field_dict["cpuArch"] = cpu_arch
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if npu is not UNSET:
            field_dict["npu"] = npu
        if data_volumes is not UNSET:
            field_dict["dataVolumes"] = data_volumes
        if root_volume is not UNSET:
            field_dict["rootVolume"] = root_volume
        if job_flavors is not UNSET:
            field_dict["jobFlavors"] = job_flavors
        if node_config_template is not UNSET:
            field_dict["nodeConfigTemplate"] = node_config_template
        if creating_steps is not UNSET:
            field_dict["creatingSteps"] = creating_steps
        if flavor_boot_type is not UNSET:
            field_dict["flavorBootType"] = flavor_boot_type
        if local_disk_detail is not UNSET:
            field_dict["localDiskDetail"] = local_disk_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_cpu_arch = d.pop("cpuArch", UNSET)
        try:
            _cpu_arch = _raw_cpu_arch
            cpu_arch: ResourceFlavorSpecCpuArch | Unset
            if isinstance(_cpu_arch, Unset):
                cpu_arch = UNSET
            else:
                cpu_arch = member_of(ResourceFlavorSpecCpuArch, _cpu_arch)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "cpuArch", exc)
            d["cpuArch"] = _raw_cpu_arch
            cpu_arch = UNSET

        cpu = d.pop("cpu", UNSET)
        if not isinstance(cpu, (str, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a string"))
            d["cpu"] = cpu
            cpu = UNSET

        memory = d.pop("memory", UNSET)
        if not isinstance(memory, (str, Unset)):
            deviate(src_dict, "memory", TypeError("expected a string"))
            d["memory"] = memory
            memory = UNSET

        _raw_gpu = d.pop("gpu", UNSET)
        try:
            _gpu = _raw_gpu
            gpu: ResourceFlavorXpu | Unset
            if isinstance(_gpu, Unset):
                gpu = UNSET
            else:
                gpu = ResourceFlavorXpu.from_dict(_gpu)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "gpu", exc)
            d["gpu"] = _raw_gpu
            gpu = UNSET

        _raw_npu = d.pop("npu", UNSET)
        try:
            _npu = _raw_npu
            npu: ResourceFlavorXpu | Unset
            if isinstance(_npu, Unset):
                npu = UNSET
            else:
                npu = ResourceFlavorXpu.from_dict(_npu)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "npu", exc)
            d["npu"] = _raw_npu
            npu = UNSET

        _raw_data_volumes = d.pop("dataVolumes", UNSET)
        try:
            _data_volumes = _raw_data_volumes
            data_volumes: list[ListResourceFlavorsDataVolumeItem] | Unset = UNSET
            if _data_volumes is not UNSET:
                data_volumes = []
                for data_volumes_item_data in _data_volumes:
                    data_volumes_item = ListResourceFlavorsDataVolumeItem.from_dict(data_volumes_item_data)

                    data_volumes.append(data_volumes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dataVolumes", exc)
            d["dataVolumes"] = _raw_data_volumes
            data_volumes = UNSET

        _raw_root_volume = d.pop("rootVolume", UNSET)
        try:
            _root_volume = _raw_root_volume
            root_volume: ListResourceFlavorsRootVolume | Unset
            if isinstance(_root_volume, Unset):
                root_volume = UNSET
            else:
                root_volume = ListResourceFlavorsRootVolume.from_dict(_root_volume)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "rootVolume", exc)
            d["rootVolume"] = _raw_root_volume
            root_volume = UNSET

        job_flavors = d.pop("jobFlavors", UNSET)
        if job_flavors is not UNSET and (_misfit := list_misfit(job_flavors, (str), False, "a string")):
            deviate(src_dict, "jobFlavors", _misfit)
            d["jobFlavors"] = job_flavors
            job_flavors = UNSET

        node_config_template = d.pop("nodeConfigTemplate", UNSET)
        if not isinstance(node_config_template, (str, Unset)):
            deviate(src_dict, "nodeConfigTemplate", TypeError("expected a string"))
            d["nodeConfigTemplate"] = node_config_template
            node_config_template = UNSET

        _raw_creating_steps = d.pop("creatingSteps", UNSET)
        try:
            _creating_steps = _raw_creating_steps
            creating_steps: list[FlavorCreatingStepVO] | Unset = UNSET
            if _creating_steps is not UNSET:
                creating_steps = []
                for creating_steps_item_data in _creating_steps:
                    creating_steps_item = FlavorCreatingStepVO.from_dict(creating_steps_item_data)

                    creating_steps.append(creating_steps_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "creatingSteps", exc)
            d["creatingSteps"] = _raw_creating_steps
            creating_steps = UNSET

        _raw_flavor_boot_type = d.pop("flavorBootType", UNSET)
        try:
            _flavor_boot_type = _raw_flavor_boot_type
            flavor_boot_type: ResourceFlavorSpecFlavorBootType | Unset
            if isinstance(_flavor_boot_type, Unset):
                flavor_boot_type = UNSET
            else:
                flavor_boot_type = member_of(ResourceFlavorSpecFlavorBootType, _flavor_boot_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavorBootType", exc)
            d["flavorBootType"] = _raw_flavor_boot_type
            flavor_boot_type = UNSET

        local_disk_detail = d.pop("localDiskDetail", UNSET)
        if not isinstance(local_disk_detail, (str, Unset)):
            deviate(src_dict, "localDiskDetail", TypeError("expected a string"))
            d["localDiskDetail"] = local_disk_detail
            local_disk_detail = UNSET

        resource_flavor_spec = cls(
            type_=type_,
            cpu_arch=cpu_arch,
            cpu=cpu,
            memory=memory,
            gpu=gpu,
            npu=npu,
            data_volumes=data_volumes,
            root_volume=root_volume,
            job_flavors=job_flavors,
            node_config_template=node_config_template,
            creating_steps=creating_steps,
            flavor_boot_type=flavor_boot_type,
            local_disk_detail=local_disk_detail,
        )

        resource_flavor_spec.additional_properties = d
        return resource_flavor_spec

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


from ..models.flavor_creating_step_vo import FlavorCreatingStepVO  # noqa: E402
from ..models.list_resource_flavors_data_volume_item import ListResourceFlavorsDataVolumeItem  # noqa: E402
from ..models.list_resource_flavors_root_volume import ListResourceFlavorsRootVolume  # noqa: E402
from ..models.resource_flavor_xpu import ResourceFlavorXpu  # noqa: E402
