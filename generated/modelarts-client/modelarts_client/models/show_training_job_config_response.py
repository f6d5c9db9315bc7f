from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source_parameters import DataSourceParameters
    from ..models.parameter_parameters import ParameterParameters
    from ..models.volumes_parameters import VolumesParameters


T = TypeVar("T", bound="ShowTrainingJobConfigResponse")


@_attrs_define
class ShowTrainingJobConfigResponse:
    """
    Attributes:
        is_success (bool | Unset): Whether the request is successful
        error_message (str | Unset): Error message of a failed API call. This parameter is not included when the API
            call succeeds.
        error_code (str | Unset): Error code of a failed API call. For details, see Error Codes. This parameter is not
            included when the API call succeeds.
        config_name (str | Unset): Name of a training job configuration
        config_desc (str | Unset): Description of a training job configuration
        worker_server_num (int | Unset): Number of workers in a training job
        app_url (str | Unset): Code directory of a training job
        boot_file_url (str | Unset): Boot file of a training job
        model_id (int | Unset): Model ID of a training job
        parameter (list[ParameterParameters] | Unset): Running parameters of a training job. It is a collection of
            label-value pairs. This parameter is a container environment variable when a training job uses a custom image.
            For details, see Table 8.
        spec_id (int | Unset): ID of the resource specifications selected for a training job
        data_url (str | Unset): Dataset of a training job
        dataset_id (str | Unset): Dataset ID of a training job
        dataset_version_id (str | Unset): Dataset version ID of a training job
        data_source (list[DataSourceParameters] | Unset): Dataset of a training job For details, see Table 4.
        engine_type (int | Unset): Engine type of a training job
        engine_name (str | Unset): Name of the engine selected for a training job
        engine_id (int | Unset): ID of the engine selected for a training job
        engine_version (str | Unset): Version of the engine selected for a training job
        train_url (str | Unset): OBS URL of the output file of a training job. By default, this parameter is left blank.
            Example value: **/usr/train/**
        log_url (str | Unset): OBS URL of the logs of a training job. By default, this parameter is left blank. Example
            value: **/usr/train/**
        user_image_url (str | Unset): SWR URL of a custom image used by a training job
        user_command (str | Unset): Boot command used to start the container of a custom image of a training job
        spec_code (str | Unset): Resource specifications selected for a training job
        gpu_type (str | Unset): GPU type of the resource specifications
        create_time (int | Unset): Time when a training job parameter configuration is created
        cpu (str | Unset): CPU memory of the resource specifications
        gpu_num (int | Unset): Number of GPUs of the resource specifications
        core (str | Unset): Number of cores of the resource specifications
        dataset_name (str | Unset): Dataset of a training job
        dataset_version_name (str | Unset): Dataset of a training job
        pool_id (str | Unset): ID of a resource pool
        pool_name (str | Unset): Name of a resource pool
        volumes (list[VolumesParameters] | Unset): Storage volume that can be used by a training job. For details, see
            Table 5.
        nas_mount_path (str | Unset): Local mount path of SFS Turbo (NAS). Example value: **/home/work/nas**
        nas_share_addr (str | Unset): Shared path of SFS Turbo (NAS). Example value: **192.168.8.150:/**
        nas_type (str | Unset): Only NFS is supported. Example value: **nfs**
    """

    is_success: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    config_name: str | Unset = UNSET
    config_desc: str | Unset = UNSET
    worker_server_num: int | Unset = UNSET
    app_url: str | Unset = UNSET
    boot_file_url: str | Unset = UNSET
    model_id: int | Unset = UNSET
    parameter: list[ParameterParameters] | Unset = UNSET
    spec_id: int | Unset = UNSET
    data_url: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    data_source: list[DataSourceParameters] | Unset = UNSET
    engine_type: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_version: str | Unset = UNSET
    train_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    spec_code: str | Unset = UNSET
    gpu_type: str | Unset = UNSET
    create_time: int | Unset = UNSET
    cpu: str | Unset = UNSET
    gpu_num: int | Unset = UNSET
    core: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_version_name: str | Unset = UNSET
    pool_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    volumes: list[VolumesParameters] | Unset = UNSET
    nas_mount_path: str | Unset = UNSET
    nas_share_addr: str | Unset = UNSET
    nas_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        config_name = self.config_name

        config_desc = self.config_desc

        worker_server_num = self.worker_server_num

        app_url = self.app_url

        boot_file_url = self.boot_file_url

        model_id = self.model_id

        parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = []
            for parameter_item_data in self.parameter:
                parameter_item = parameter_item_data.to_dict()
                parameter.append(parameter_item)

        spec_id = self.spec_id

        data_url = self.data_url

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        engine_type = self.engine_type

        engine_name = self.engine_name

        engine_id = self.engine_id

        engine_version = self.engine_version

        train_url = self.train_url

        log_url = self.log_url

        user_image_url = self.user_image_url

        user_command = self.user_command

        spec_code = self.spec_code

        gpu_type = self.gpu_type

        create_time = self.create_time

        cpu = self.cpu

        gpu_num = self.gpu_num

        core = self.core

        dataset_name = self.dataset_name

        dataset_version_name = self.dataset_version_name

        pool_id = self.pool_id

        pool_name = self.pool_name

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        nas_mount_path = self.nas_mount_path

        nas_share_addr = self.nas_share_addr

        nas_type = self.nas_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if config_name is not UNSET:
            field_dict["config_name"] = config_name
        if config_desc is not UNSET:
            field_dict["config_desc"] = config_desc
        if worker_server_num is not UNSET:
            field_dict["worker_server_num"] = worker_server_num
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if boot_file_url is not UNSET:
            field_dict["boot_file_url"] = boot_file_url
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command
        if spec_code is not UNSET:
            field_dict["spec_code"] = spec_code
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if core is not UNSET:
            field_dict["core"] = core
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_version_name is not UNSET:
            field_dict["dataset_version_name"] = dataset_version_name
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
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
        is_success = d.pop("is_success", UNSET)
        if not isinstance(is_success, (bool, Unset)):
            deviate(src_dict, "is_success", TypeError("expected a boolean"))
            d["is_success"] = is_success
            is_success = UNSET

        error_message = d.pop("error_message", UNSET)
        if not isinstance(error_message, (str, Unset)):
            deviate(src_dict, "error_message", TypeError("expected a string"))
            d["error_message"] = error_message
            error_message = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        config_name = d.pop("config_name", UNSET)
        if not isinstance(config_name, (str, Unset)):
            deviate(src_dict, "config_name", TypeError("expected a string"))
            d["config_name"] = config_name
            config_name = UNSET

        config_desc = d.pop("config_desc", UNSET)
        if not isinstance(config_desc, (str, Unset)):
            deviate(src_dict, "config_desc", TypeError("expected a string"))
            d["config_desc"] = config_desc
            config_desc = UNSET

        worker_server_num = d.pop("worker_server_num", UNSET)
        if isinstance(worker_server_num, bool) or not isinstance(worker_server_num, (int, Unset)):
            deviate(src_dict, "worker_server_num", TypeError("expected an integer"))
            d["worker_server_num"] = worker_server_num
            worker_server_num = UNSET

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

        model_id = d.pop("model_id", UNSET)
        if isinstance(model_id, bool) or not isinstance(model_id, (int, Unset)):
            deviate(src_dict, "model_id", TypeError("expected an integer"))
            d["model_id"] = model_id
            model_id = UNSET

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

        spec_id = d.pop("spec_id", UNSET)
        if isinstance(spec_id, bool) or not isinstance(spec_id, (int, Unset)):
            deviate(src_dict, "spec_id", TypeError("expected an integer"))
            d["spec_id"] = spec_id
            spec_id = UNSET

        data_url = d.pop("data_url", UNSET)
        if not isinstance(data_url, (str, Unset)):
            deviate(src_dict, "data_url", TypeError("expected a string"))
            d["data_url"] = data_url
            data_url = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        dataset_version_id = d.pop("dataset_version_id", UNSET)
        if not isinstance(dataset_version_id, (str, Unset)):
            deviate(src_dict, "dataset_version_id", TypeError("expected a string"))
            d["dataset_version_id"] = dataset_version_id
            dataset_version_id = UNSET

        _raw_data_source = d.pop("data_source", UNSET)
        try:
            _data_source = _raw_data_source
            data_source: list[DataSourceParameters] | Unset = UNSET
            if _data_source is not UNSET:
                data_source = []
                for data_source_item_data in _data_source:
                    data_source_item = DataSourceParameters.from_dict(data_source_item_data)

                    data_source.append(data_source_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_source", exc)
            d["data_source"] = _raw_data_source
            data_source = UNSET

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

        spec_code = d.pop("spec_code", UNSET)
        if not isinstance(spec_code, (str, Unset)):
            deviate(src_dict, "spec_code", TypeError("expected a string"))
            d["spec_code"] = spec_code
            spec_code = UNSET

        gpu_type = d.pop("gpu_type", UNSET)
        if not isinstance(gpu_type, (str, Unset)):
            deviate(src_dict, "gpu_type", TypeError("expected a string"))
            d["gpu_type"] = gpu_type
            gpu_type = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        cpu = d.pop("cpu", UNSET)
        if not isinstance(cpu, (str, Unset)):
            deviate(src_dict, "cpu", TypeError("expected a string"))
            d["cpu"] = cpu
            cpu = UNSET

        gpu_num = d.pop("gpu_num", UNSET)
        if isinstance(gpu_num, bool) or not isinstance(gpu_num, (int, Unset)):
            deviate(src_dict, "gpu_num", TypeError("expected an integer"))
            d["gpu_num"] = gpu_num
            gpu_num = UNSET

        core = d.pop("core", UNSET)
        if not isinstance(core, (str, Unset)):
            deviate(src_dict, "core", TypeError("expected a string"))
            d["core"] = core
            core = UNSET

        dataset_name = d.pop("dataset_name", UNSET)
        if not isinstance(dataset_name, (str, Unset)):
            deviate(src_dict, "dataset_name", TypeError("expected a string"))
            d["dataset_name"] = dataset_name
            dataset_name = UNSET

        dataset_version_name = d.pop("dataset_version_name", UNSET)
        if not isinstance(dataset_version_name, (str, Unset)):
            deviate(src_dict, "dataset_version_name", TypeError("expected a string"))
            d["dataset_version_name"] = dataset_version_name
            dataset_version_name = UNSET

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str, Unset)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            d["pool_id"] = pool_id
            pool_id = UNSET

        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        _raw_volumes = d.pop("volumes", UNSET)
        try:
            _volumes = _raw_volumes
            volumes: list[VolumesParameters] | Unset = UNSET
            if _volumes is not UNSET:
                volumes = []
                for volumes_item_data in _volumes:
                    volumes_item = VolumesParameters.from_dict(volumes_item_data)

                    volumes.append(volumes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumes", exc)
            d["volumes"] = _raw_volumes
            volumes = UNSET

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

        show_training_job_config_response = cls(
            is_success=is_success,
            error_message=error_message,
            error_code=error_code,
            config_name=config_name,
            config_desc=config_desc,
            worker_server_num=worker_server_num,
            app_url=app_url,
            boot_file_url=boot_file_url,
            model_id=model_id,
            parameter=parameter,
            spec_id=spec_id,
            data_url=data_url,
            dataset_id=dataset_id,
            dataset_version_id=dataset_version_id,
            data_source=data_source,
            engine_type=engine_type,
            engine_name=engine_name,
            engine_id=engine_id,
            engine_version=engine_version,
            train_url=train_url,
            log_url=log_url,
            user_image_url=user_image_url,
            user_command=user_command,
            spec_code=spec_code,
            gpu_type=gpu_type,
            create_time=create_time,
            cpu=cpu,
            gpu_num=gpu_num,
            core=core,
            dataset_name=dataset_name,
            dataset_version_name=dataset_version_name,
            pool_id=pool_id,
            pool_name=pool_name,
            volumes=volumes,
            nas_mount_path=nas_mount_path,
            nas_share_addr=nas_share_addr,
            nas_type=nas_type,
        )

        show_training_job_config_response.additional_properties = d
        return show_training_job_config_response

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


from ..models.data_source_parameters import DataSourceParameters  # noqa: E402
from ..models.parameter_parameters import ParameterParameters  # noqa: E402
from ..models.volumes_parameters import VolumesParameters  # noqa: E402
