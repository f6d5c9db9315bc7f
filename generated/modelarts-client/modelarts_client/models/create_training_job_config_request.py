from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source_parameters import DataSourceParameters
    from ..models.parameter_parameters import ParameterParameters


T = TypeVar("T", bound="CreateTrainingJobConfigRequest")


@_attrs_define
class CreateTrainingJobConfigRequest:
    """
    Attributes:
        config_name (str): Name of a training job configuration. The value must contain 1 to 64 characters consisting of
            only digits, letters, underscores (_), and hyphens (-).
        worker_server_num (int): Number of workers in a training job. Obtain the maximum value from Querying Job
            Resource Specifications.
        app_url (str): Code directory of a training job, for example, **/usr/app/**. This parameter must be used
            together with **boot_file_url**. After setting **model_id**, you do not need to set **app_url** or
            **boot_file_url**, and **engine_id**.
        boot_file_url (str): Boot file of a training job, which needs to be stored in the code directory, for example,
            **/usr/app/boot.py**. This parameter must be used together with **app_url**. After setting **model_id**, you do
            not need to set **app_url** or **boot_file_url**, and **engine_id**.
        model_id (int): Model ID of a training job. After setting **model_id**, you do not need to set **app_url** or
            **boot_file_url**, and **engine_id**.
        spec_id (int): ID of the resource specifications selected for a training job. Obtain the ID by calling the API
            described in Querying Job Resource Specifications.
        engine_id (int): ID of the engine selected for a training job. The default value is **1**. After setting
            **model_id**, you do not need to set **app_url** or **boot_file_url**, and **engine_id**. Obtain the ID by
            calling the API described in Querying Job Engine Specifications. Default: 1.
        config_desc (str | Unset): Description of a training job configuration. The value must contain 0 to 256
            characters. By default, this parameter is left blank.
        parameter (list[ParameterParameters] | Unset): Running parameters of a training job. It is a collection of
            label-value pairs. For details, see the sample request. This parameter is a container environment variable when
            a training job uses a custom image. For details, see Table 4.
        data_url (str | Unset): OBS URL of the dataset required by a training job, for example, **/usr/data/**. This
            parameter cannot be used together with **data_source** or **dataset_id** and **dataset_version_id**. However,
            one of the parameters must exist.
        dataset_id (str | Unset): Dataset ID of a training job. This parameter must be used together with
            **dataset_version_id**, but cannot be used together with **data_url** or **data_source**.
        dataset_version_id (str | Unset): Dataset version ID of a training job. This parameter must be used together
            with **dataset_id**, but cannot be used together with **data_url** or **data_source**.
        data_source (list[DataSourceParameters] | Unset): Dataset of a training job. This parameter cannot be used
            together with **data_url** or **dataset_id** and **dataset_version_id**. For details, see Table 3.
        train_url (str | Unset): OBS URL of the output file of a training job. By default, this parameter is left blank.
            Example value: **/usr/train/**
        log_url (str | Unset): OBS URL of the logs of a training job. By default, this parameter is left blank. Example
            value: **/usr/train/**
        user_image_url (str | Unset): SWR URL of a custom image used by a training job. Example value:
            **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
        user_command (str | Unset): Boot command used to start the container of a custom image of a training job. The
            format is **bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py {python_file_parameter}**.
            The boot script **run_train.sh** must be invoked to initialize variables, such as the AK/SK. The
            **run_train.sh** script is followed by **python** to ensure that the Python files can be executed in the
            initialized variable environment. **run_train.sh** is used to start Python.
    """

    config_name: str
    worker_server_num: int
    app_url: str
    boot_file_url: str
    model_id: int
    spec_id: int
    engine_id: int = 1
    config_desc: str | Unset = UNSET
    parameter: list[ParameterParameters] | Unset = UNSET
    data_url: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    data_source: list[DataSourceParameters] | Unset = UNSET
    train_url: str | Unset = UNSET
    log_url: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_desc = self.config_desc

        parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = []
            for parameter_item_data in self.parameter:
                parameter_item = parameter_item_data.to_dict()
                parameter.append(parameter_item)

        data_url = self.data_url

        dataset_id = self.dataset_id

        dataset_version_id = self.dataset_version_id

        data_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = []
            for data_source_item_data in self.data_source:
                data_source_item = data_source_item_data.to_dict()
                data_source.append(data_source_item)

        train_url = self.train_url

        log_url = self.log_url

        user_image_url = self.user_image_url

        user_command = self.user_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.config_name is not UNREAD:
            config_name = self.config_name
            field_dict["config_name"] = config_name
        if self.worker_server_num is not UNREAD:
            worker_server_num = self.worker_server_num
            field_dict["worker_server_num"] = worker_server_num
        if self.app_url is not UNREAD:
            app_url = self.app_url
            field_dict["app_url"] = app_url
        if self.boot_file_url is not UNREAD:
            boot_file_url = self.boot_file_url
            field_dict["boot_file_url"] = boot_file_url
        if self.model_id is not UNREAD:
            model_id = self.model_id
            field_dict["model_id"] = model_id
        if self.spec_id is not UNREAD:
            spec_id = self.spec_id
            field_dict["spec_id"] = spec_id
        if self.engine_id is not UNREAD:
            engine_id = self.engine_id
            field_dict["engine_id"] = engine_id
        if config_desc is not UNSET:
            field_dict["config_desc"] = config_desc
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        config_name = d.pop("config_name", UNSET)
        if not isinstance(config_name, (str)):
            deviate(src_dict, "config_name", TypeError("expected a string"))
            if not isinstance(config_name, Unset):
                d["config_name"] = config_name
            config_name = UNREAD

        worker_server_num = d.pop("worker_server_num", UNSET)
        if isinstance(worker_server_num, bool) or not isinstance(worker_server_num, (int)):
            deviate(src_dict, "worker_server_num", TypeError("expected an integer"))
            if not isinstance(worker_server_num, Unset):
                d["worker_server_num"] = worker_server_num
            worker_server_num = UNREAD

        app_url = d.pop("app_url", UNSET)
        if not isinstance(app_url, (str)):
            deviate(src_dict, "app_url", TypeError("expected a string"))
            if not isinstance(app_url, Unset):
                d["app_url"] = app_url
            app_url = UNREAD

        boot_file_url = d.pop("boot_file_url", UNSET)
        if not isinstance(boot_file_url, (str)):
            deviate(src_dict, "boot_file_url", TypeError("expected a string"))
            if not isinstance(boot_file_url, Unset):
                d["boot_file_url"] = boot_file_url
            boot_file_url = UNREAD

        model_id = d.pop("model_id", UNSET)
        if isinstance(model_id, bool) or not isinstance(model_id, (int)):
            deviate(src_dict, "model_id", TypeError("expected an integer"))
            if not isinstance(model_id, Unset):
                d["model_id"] = model_id
            model_id = UNREAD

        spec_id = d.pop("spec_id", UNSET)
        if isinstance(spec_id, bool) or not isinstance(spec_id, (int)):
            deviate(src_dict, "spec_id", TypeError("expected an integer"))
            if not isinstance(spec_id, Unset):
                d["spec_id"] = spec_id
            spec_id = UNREAD

        engine_id = d.pop("engine_id", UNSET)
        if isinstance(engine_id, bool) or not isinstance(engine_id, (int)):
            deviate(src_dict, "engine_id", TypeError("expected an integer"))
            if not isinstance(engine_id, Unset):
                d["engine_id"] = engine_id
            engine_id = UNREAD

        config_desc = d.pop("config_desc", UNSET)
        if not isinstance(config_desc, (str, Unset)):
            deviate(src_dict, "config_desc", TypeError("expected a string"))
            d["config_desc"] = config_desc
            config_desc = UNSET

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

        create_training_job_config_request = cls(
            config_name=config_name,
            worker_server_num=worker_server_num,
            app_url=app_url,
            boot_file_url=boot_file_url,
            model_id=model_id,
            spec_id=spec_id,
            engine_id=engine_id,
            config_desc=config_desc,
            parameter=parameter,
            data_url=data_url,
            dataset_id=dataset_id,
            dataset_version_id=dataset_version_id,
            data_source=data_source,
            train_url=train_url,
            log_url=log_url,
            user_image_url=user_image_url,
            user_command=user_command,
        )

        create_training_job_config_request.additional_properties = d
        return create_training_job_config_request

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
