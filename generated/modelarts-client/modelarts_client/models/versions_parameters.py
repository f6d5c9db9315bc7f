from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_training_job_versions_v1_data_source_parameters import (
        ListTrainingJobVersionsV1DataSourceParameters,
    )
    from ..models.list_training_job_versions_v1_volumes_parameters import ListTrainingJobVersionsV1VolumesParameters
    from ..models.model_metric_list_parameters import ModelMetricListParameters
    from ..models.parameter_parameters import ParameterParameters
    from ..models.system_metric_list_parameters import SystemMetricListParameters


T = TypeVar("T", bound="VersionsParameters")


@_attrs_define
class VersionsParameters:
    """
    Attributes:
        version_id (int | Unset): Version ID of a training job
        version_name (str | Unset): Version name of a training job
        pre_version_id (int | Unset): ID of the previous version of a training job
        engine_type (int | Unset): Engine type of a training job
        engine_name (str | Unset): Name of the engine selected for a training job
        engine_id (int | Unset): ID of the engine selected for a training job
        engine_version (str | Unset): Version of the engine selected for a training job
        status (int | Unset): Status of a training job
        app_url (str | Unset): Code directory of a training job
        boot_file_url (str | Unset): Boot file of a training job
        create_time (int | Unset): Time when a training job is created
        parameter (list[ParameterParameters] | Unset): Running parameters of a training job. This parameter is a
            container environment variable when a training job uses a custom image. For details, see Table 5.
        duration (int | Unset): Training job running duration, in milliseconds
        spec_id (int | Unset): ID of the resource specifications selected for a training job
        core (int | str | Unset): Number of cores of the resource specifications
        cpu (int | str | Unset): CPU memory of the resource specifications
        gpu (bool | Unset): Whether to use GPUs
        gpu_num (int | Unset): Number of GPUs of the resource specifications
        gpu_type (str | Unset): GPU type of the resource specifications
        worker_server_num (int | Unset): Number of workers in a training job
        data_url (str | Unset): Dataset of a training job
        train_url (str | Unset): OBS path of the training job output file
        log_url (str | Unset): OBS URL of the logs of a training job. By default, this parameter is left blank. Example
            value: **/usr/log/**
        dataset_version_id (str | Unset): Dataset version ID of a training job
        dataset_id (str | Unset): Dataset ID of a training job
        data_source (list[ListTrainingJobVersionsV1DataSourceParameters] | Unset): Dataset of a training job. For
            details, see Table 6.
        model_id (int | Unset): Model ID of a training job
        model_metric_list (ModelMetricListParameters | str | Unset): Model metrics of a training job. For details, see
            Table 7.
        system_metric_list (str | SystemMetricListParameters | Unset): System monitoring metrics of a training job. For
            details, see Table 8.
        user_image_url (str | Unset): SWR URL of a custom image used by a training job
        user_command (str | Unset): Boot command used to start the container of a custom image of a training job
        resource_id (str | Unset): Charged resource ID of a training job
        dataset_name (str | Unset): Dataset of a training job
        start_time (int | Unset): Training start time
        volumes (list[ListTrainingJobVersionsV1VolumesParameters] | Unset): Storage volume that can be used by a
            training job. For details, see Table 13.
        dataset_version_name (str | Unset): Dataset of a training job
        pool_name (str | Unset): Name of a resource pool
        pool_id (str | Unset): ID of a resource pool
        nas_mount_path (str | Unset): Local mount path of SFS Turbo (NAS). Example value: **/home/work/nas**
        nas_share_addr (str | Unset): Shared path of SFS Turbo (NAS). Example value: **192.168.8.150:/**
        nas_type (str | Unset): Only NFS is supported. Example value: **nfs**
    """

    version_id: int | Unset = UNSET
    version_name: str | Unset = UNSET
    pre_version_id: int | Unset = UNSET
    engine_type: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_version: str | Unset = UNSET
    status: int | Unset = UNSET
    app_url: str | Unset = UNSET
    boot_file_url: str | Unset = UNSET
    create_time: int | Unset = UNSET
    parameter: list[ParameterParameters] | Unset = UNSET
    duration: int | Unset = UNSET
    spec_id: int | Unset = UNSET
    core: int | str | Unset = UNSET
    cpu: int | str | Unset = UNSET
    gpu: bool | Unset = UNSET
    gpu_num: int | Unset = UNSET
    gpu_type: str | Unset = UNSET
    worker_server_num: int | Unset = UNSET
    data_url: str | Unset = UNSET
    train_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    data_source: list[ListTrainingJobVersionsV1DataSourceParameters] | Unset = UNSET
    model_id: int | Unset = UNSET
    model_metric_list: ModelMetricListParameters | str | Unset = UNSET
    system_metric_list: str | SystemMetricListParameters | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    start_time: int | Unset = UNSET
    volumes: list[ListTrainingJobVersionsV1VolumesParameters] | Unset = UNSET
    dataset_version_name: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    pool_id: str | Unset = UNSET
    nas_mount_path: str | Unset = UNSET
    nas_share_addr: str | Unset = UNSET
    nas_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        version_name = self.version_name

        pre_version_id = self.pre_version_id

        engine_type = self.engine_type

        engine_name = self.engine_name

        engine_id = self.engine_id

        engine_version = self.engine_version

        status = self.status

        app_url = self.app_url

        boot_file_url = self.boot_file_url

        create_time = self.create_time

        parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = []
            for parameter_item_data in self.parameter:
                parameter_item = parameter_item_data.to_dict()
                parameter.append(parameter_item)

        duration = self.duration

        spec_id = self.spec_id

        core: int | str | Unset
        if isinstance(self.core, Unset):
            core = UNSET
        else:
            core = self.core

        cpu: int | str | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        else:
            cpu = self.cpu

        gpu = self.gpu

        gpu_num = self.gpu_num

        gpu_type = self.gpu_type

        worker_server_num = self.worker_server_num

        data_url = self.data_url

        train_url = self.train_url

        log_url = self.log_url

        dataset_version_id = self.dataset_version_id

        dataset_id = self.dataset_id

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        model_id = self.model_id

        model_metric_list: dict[str, Any] | str | Unset
        if isinstance(self.model_metric_list, Unset):
            model_metric_list = UNSET
        elif isinstance(self.model_metric_list, ModelMetricListParameters):
            model_metric_list = self.model_metric_list.to_dict()
        else:
            model_metric_list = self.model_metric_list

        system_metric_list: dict[str, Any] | str | Unset
        if isinstance(self.system_metric_list, Unset):
            system_metric_list = UNSET
        elif isinstance(self.system_metric_list, SystemMetricListParameters):
            system_metric_list = self.system_metric_list.to_dict()
        else:
            system_metric_list = self.system_metric_list

        user_image_url = self.user_image_url

        user_command = self.user_command

        resource_id = self.resource_id

        dataset_name = self.dataset_name

        start_time = self.start_time

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        dataset_version_name = self.dataset_version_name

        pool_name = self.pool_name

        pool_id = self.pool_id

        nas_mount_path = self.nas_mount_path

        nas_share_addr = self.nas_share_addr

        nas_type = self.nas_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if pre_version_id is not UNSET:
            field_dict["pre_version_id"] = pre_version_id
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if status is not UNSET:
            field_dict["status"] = status
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if boot_file_url is not UNSET:
            field_dict["boot_file_url"] = boot_file_url
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if duration is not UNSET:
            field_dict["duration"] = duration
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id
        if core is not UNSET:
            field_dict["core"] = core
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if worker_server_num is not UNSET:
            field_dict["worker_server_num"] = worker_server_num
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_metric_list is not UNSET:
            field_dict["model_metric_list"] = model_metric_list
        if system_metric_list is not UNSET:
            field_dict["system_metric_list"] = system_metric_list
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if dataset_version_name is not UNSET:
            field_dict["dataset_version_name"] = dataset_version_name
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if nas_mount_path is not UNSET:
            field_dict["nas_mount_path"] = nas_mount_path
        if nas_share_addr is not UNSET:
            field_dict["nas_share_addr"] = nas_share_addr
        if nas_type is not UNSET:
            field_dict["nas_type"] = nas_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        version_id = d.pop("version_id", UNSET)
        if isinstance(version_id, bool) or not isinstance(version_id, (int, Unset)):
            deviate(src_dict, "version_id", TypeError("expected an integer"))
            d["version_id"] = version_id
            version_id = UNSET

        version_name = d.pop("version_name", UNSET)
        if not isinstance(version_name, (str, Unset)):
            deviate(src_dict, "version_name", TypeError("expected a string"))
            d["version_name"] = version_name
            version_name = UNSET

        pre_version_id = d.pop("pre_version_id", UNSET)
        if isinstance(pre_version_id, bool) or not isinstance(pre_version_id, (int, Unset)):
            deviate(src_dict, "pre_version_id", TypeError("expected an integer"))
            d["pre_version_id"] = pre_version_id
            pre_version_id = UNSET

        engine_type = d.pop("engine_type", UNSET)
        if isinstance(engine_type, bool) or not isinstance(engine_type, (int, Unset)):
            deviate(src_dict, "engine_type", TypeError("expected an integer"))
            d["engine_type"] = engine_type
            engine_type = UNSET

        engine_name = d.pop("engine_name", UNSET)
        if not isinstance(engine_name, (str, Unset)):
            deviate(src_dict, "engine_name", TypeError("expected a string"))
            d["engine_name"] = engine_name
            engine_name = UNSET

        engine_id = d.pop("engine_id", UNSET)
        if isinstance(engine_id, bool) or not isinstance(engine_id, (int, Unset)):
            deviate(src_dict, "engine_id", TypeError("expected an integer"))
            d["engine_id"] = engine_id
            engine_id = UNSET

        engine_version = d.pop("engine_version", UNSET)
        if not isinstance(engine_version, (str, Unset)):
            deviate(src_dict, "engine_version", TypeError("expected a string"))
            d["engine_version"] = engine_version
            engine_version = UNSET

        status = d.pop("status", UNSET)
        if isinstance(status, bool) or not isinstance(status, (int, Unset)):
            deviate(src_dict, "status", TypeError("expected an integer"))
            d["status"] = status
            status = UNSET

        app_url = d.pop("app_url", UNSET)
        if not isinstance(app_url, (str, Unset)):
            deviate(src_dict, "app_url", TypeError("expected a string"))
            d["app_url"] = app_url
            app_url = UNSET

        boot_file_url = d.pop("boot_file_url", UNSET)
        if not isinstance(boot_file_url, (str, Unset)):
            deviate(src_dict, "boot_file_url", TypeError("expected a string"))
            d["boot_file_url"] = boot_file_url
            boot_file_url = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        _raw_parameter = d.pop("parameter", UNSET)
        try:
            _parameter = _raw_parameter
            parameter: list[ParameterParameters] | Unset = UNSET
            if _parameter is not UNSET:
                parameter = []
                for parameter_item_data in _parameter:
                    parameter_item = ParameterParameters.from_dict(parameter_item_data)

                    parameter.append(parameter_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "parameter", exc)
            d["parameter"] = _raw_parameter
            parameter = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

        spec_id = d.pop("spec_id", UNSET)
        if isinstance(spec_id, bool) or not isinstance(spec_id, (int, Unset)):
            deviate(src_dict, "spec_id", TypeError("expected an integer"))
            d["spec_id"] = spec_id
            spec_id = UNSET

        core = d.pop("core", UNSET)
        if isinstance(core, bool) or not isinstance(core, (int, str, Unset)):
            deviate(src_dict, "core", TypeError("expected an integer or a string"))
            d["core"] = core
            core = UNSET

        cpu = d.pop("cpu", UNSET)
        if isinstance(cpu, bool) or not isinstance(cpu, (int, str, Unset)):
            deviate(src_dict, "cpu", TypeError("expected an integer or a string"))
            d["cpu"] = cpu
            cpu = UNSET

        gpu = d.pop("gpu", UNSET)
        if not isinstance(gpu, (bool, Unset)):
            deviate(src_dict, "gpu", TypeError("expected a boolean"))
            d["gpu"] = gpu
            gpu = UNSET

        gpu_num = d.pop("gpu_num", UNSET)
        if isinstance(gpu_num, bool) or not isinstance(gpu_num, (int, Unset)):
            deviate(src_dict, "gpu_num", TypeError("expected an integer"))
            d["gpu_num"] = gpu_num
            gpu_num = UNSET

        gpu_type = d.pop("gpu_type", UNSET)
        if not isinstance(gpu_type, (str, Unset)):
            deviate(src_dict, "gpu_type", TypeError("expected a string"))
            d["gpu_type"] = gpu_type
            gpu_type = UNSET

        worker_server_num = d.pop("worker_server_num", UNSET)
        if isinstance(worker_server_num, bool) or not isinstance(worker_server_num, (int, Unset)):
            deviate(src_dict, "worker_server_num", TypeError("expected an integer"))
            d["worker_server_num"] = worker_server_num
            worker_server_num = UNSET

        data_url = d.pop("data_url", UNSET)
        if not isinstance(data_url, (str, Unset)):
            deviate(src_dict, "data_url", TypeError("expected a string"))
            d["data_url"] = data_url
            data_url = UNSET

        train_url = d.pop("train_url", UNSET)
        if not isinstance(train_url, (str, Unset)):
            deviate(src_dict, "train_url", TypeError("expected a string"))
            d["train_url"] = train_url
            train_url = UNSET

        log_url = d.pop("log_url", UNSET)
        if not isinstance(log_url, (str, Unset)):
            deviate(src_dict, "log_url", TypeError("expected a string"))
            d["log_url"] = log_url
            log_url = UNSET

        dataset_version_id = d.pop("dataset_version_id", UNSET)
        if not isinstance(dataset_version_id, (str, Unset)):
            deviate(src_dict, "dataset_version_id", TypeError("expected a string"))
            d["dataset_version_id"] = dataset_version_id
            dataset_version_id = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            _data_source = _raw_data_source
            data_source: list[ListTrainingJobVersionsV1DataSourceParameters] | Unset = UNSET
            if _data_source is not UNSET:
                data_source = []
                for data_source_item_data in _data_source:
                    data_source_item = ListTrainingJobVersionsV1DataSourceParameters.from_dict(data_source_item_data)

                    data_source.append(data_source_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_source", exc)
            d["data_source"] = _raw_data_source
            data_source = UNSET

        model_id = d.pop("model_id", UNSET)
        if isinstance(model_id, bool) or not isinstance(model_id, (int, Unset)):
            deviate(src_dict, "model_id", TypeError("expected an integer"))
            d["model_id"] = model_id
            model_id = UNSET

        _raw_model_metric_list = d.pop("model_metric_list", UNSET)
        try:

            def _parse_model_metric_list(data: object) -> ModelMetricListParameters | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    model_metric_list_type_1 = ModelMetricListParameters.from_dict(data)

                    return model_metric_list_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ModelMetricListParameters | str | Unset, data)

            model_metric_list = _parse_model_metric_list(_raw_model_metric_list)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "model_metric_list", exc)
            d["model_metric_list"] = _raw_model_metric_list
            model_metric_list = UNSET

        _raw_system_metric_list = d.pop("system_metric_list", UNSET)
        try:

            def _parse_system_metric_list(data: object) -> str | SystemMetricListParameters | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    system_metric_list_type_1 = SystemMetricListParameters.from_dict(data)

                    return system_metric_list_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | SystemMetricListParameters | Unset, data)

            system_metric_list = _parse_system_metric_list(_raw_system_metric_list)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "system_metric_list", exc)
            d["system_metric_list"] = _raw_system_metric_list
            system_metric_list = UNSET

        user_image_url = d.pop("user_image_url", UNSET)
        if not isinstance(user_image_url, (str, Unset)):
            deviate(src_dict, "user_image_url", TypeError("expected a string"))
            d["user_image_url"] = user_image_url
            user_image_url = UNSET

        user_command = d.pop("user_command", UNSET)
        if not isinstance(user_command, (str, Unset)):
            deviate(src_dict, "user_command", TypeError("expected a string"))
            d["user_command"] = user_command
            user_command = UNSET

        resource_id = d.pop("resource_id", UNSET)
        if not isinstance(resource_id, (str, Unset)):
            deviate(src_dict, "resource_id", TypeError("expected a string"))
            d["resource_id"] = resource_id
            resource_id = UNSET

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str, Unset)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            d["dataset_name"] = dataset_name
            dataset_name = UNSET

        start_time = d.pop("start_time", UNSET)
        if isinstance(start_time, bool) or not isinstance(start_time, (int, Unset)):
            deviate(src_dict, "start_time", TypeError("expected an integer"))
            d["start_time"] = start_time
            start_time = UNSET

        _raw_volumes = d.pop("volumes", UNSET)
        try:
            _volumes = _raw_volumes
            volumes: list[ListTrainingJobVersionsV1VolumesParameters] | Unset = UNSET
            if _volumes is not UNSET:
                volumes = []
                for volumes_item_data in _volumes:
                    volumes_item = ListTrainingJobVersionsV1VolumesParameters.from_dict(volumes_item_data)

                    volumes.append(volumes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumes", exc)
            d["volumes"] = _raw_volumes
            volumes = UNSET

        dataset_version_name = d.pop("dataset_version_name", UNSET)
        if not isinstance(dataset_version_name, (str, Unset)):
            deviate(src_dict, "dataset_version_name", TypeError("expected a string"))
            d["dataset_version_name"] = dataset_version_name
            dataset_version_name = UNSET

        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str, Unset)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            d["pool_id"] = pool_id
            pool_id = UNSET

        nas_mount_path = d.pop("nas_mount_path", UNSET)
        if not isinstance(nas_mount_path, (str, Unset)):
            deviate(src_dict, "nas_mount_path", TypeError("expected a string"))
            d["nas_mount_path"] = nas_mount_path
            nas_mount_path = UNSET

        nas_share_addr = d.pop("nas_share_addr", UNSET)
        if not isinstance(nas_share_addr, (str, Unset)):
            deviate(src_dict, "nas_share_addr", TypeError("expected a string"))
            d["nas_share_addr"] = nas_share_addr
            nas_share_addr = UNSET

        nas_type = d.pop("nas_type", UNSET)
        if not isinstance(nas_type, (str, Unset)):
            deviate(src_dict, "nas_type", TypeError("expected a string"))
            d["nas_type"] = nas_type
            nas_type = UNSET

        versions_parameters = cls(
            version_id=version_id,
            version_name=version_name,
            pre_version_id=pre_version_id,
            engine_type=engine_type,
            engine_name=engine_name,
            engine_id=engine_id,
            engine_version=engine_version,
            status=status,
            app_url=app_url,
            boot_file_url=boot_file_url,
            create_time=create_time,
            parameter=parameter,
            duration=duration,
            spec_id=spec_id,
            core=core,
            cpu=cpu,
            gpu=gpu,
            gpu_num=gpu_num,
            gpu_type=gpu_type,
            worker_server_num=worker_server_num,
            data_url=data_url,
            train_url=train_url,
            log_url=log_url,
            dataset_version_id=dataset_version_id,
            dataset_id=dataset_id,
            data_source=data_source,
            model_id=model_id,
            model_metric_list=model_metric_list,
            system_metric_list=system_metric_list,
            user_image_url=user_image_url,
            user_command=user_command,
            resource_id=resource_id,
            dataset_name=dataset_name,
            start_time=start_time,
            volumes=volumes,
            dataset_version_name=dataset_version_name,
            pool_name=pool_name,
            pool_id=pool_id,
            nas_mount_path=nas_mount_path,
            nas_share_addr=nas_share_addr,
            nas_type=nas_type,
        )

        versions_parameters.additional_properties = d
        return versions_parameters

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


from ..models.list_training_job_versions_v1_data_source_parameters import ListTrainingJobVersionsV1DataSourceParameters  # noqa: E402
from ..models.list_training_job_versions_v1_volumes_parameters import ListTrainingJobVersionsV1VolumesParameters  # noqa: E402
from ..models.model_metric_list_parameters import ModelMetricListParameters  # noqa: E402
from ..models.parameter_parameters import ParameterParameters  # noqa: E402
from ..models.system_metric_list_parameters import SystemMetricListParameters  # noqa: E402
