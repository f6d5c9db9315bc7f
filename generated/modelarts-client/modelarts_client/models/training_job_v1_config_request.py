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


T = TypeVar("T", bound="TrainingJobV1ConfigRequest")


@_attrs_define
class TrainingJobV1ConfigRequest:
    """
    Attributes:
        worker_server_num (int): Number of workers in a training job. Obtain the maximum value from Querying Job
            Resource Specifications.
        app_url (str): Code directory of a training job, for example, **/usr/app/**. This parameter must be used
            together with **boot_file_url**. After setting **model_id**, you do not need to set **app_url** or
            **boot_file_url**, and **engine_id**.
        boot_file_url (str): Boot file of a training job, which needs to be stored in the code directory. Example value:
            **/usr/app/boot.py** This parameter must be used together with **app_url**. After setting **model_id**, you do
            not need to set **app_url** or **boot_file_url**, and **engine_id**.
        spec_id (int): ID of the resource specifications selected for a training job. Obtain the ID by calling the API
            described in Querying Job Resource Specifications. When creating a public pool job, ensure that **spec_id** is
            mandatory and cannot be used with **pool_id**.
        pool_id (str): ID of a dedicated resource pool. To obtain the ID, do as follows: Log in to the ModelArts
            management console, choose **Dedicated Resource Pools** in the navigation pane on the left, and view the
            resource pool ID in the dedicated resource pool list. When creating a dedicated pool job, ensure that
            **pool_id** is mandatory and cannot be used with **spec_id**.
        engine_id (int): ID of the engine selected for a training job. The default value is **1**. After setting
            **model_id**, you do not need to set **app_url** or **boot_file_url**, and **engine_id**. Obtain the ID by
            calling the API described in Querying Job Engine Specifications. Default: 1.
        model_id (int): ID of the built-in model of a training job. After setting **model_id**, you do not need to set
            **app_url** or **boot_file_url**, and **engine_id**.
        train_url (str): OBS URL of the output file of a training job. By default, this parameter is left blank. Example
            value: **/bucket/trainUrl/**
        pre_version_id (int): ID of the previous version of a training job. You can obtain the value of **version_id**
            by calling the API described in Obtaining Training Job Versions.
        parameter (list[ParameterParameters] | Unset): Running parameters of a training job. It is a collection of
            label-value pairs. For details, see the sample request. This parameter is a container environment variable when
            a training job uses a custom image. For details, see Table 5.
        data_url (str | Unset): OBS URL of the dataset required by a training job. By default, this parameter is left
            blank. For example, **/usr/data/**. This parameter cannot be used together with **data_source** or
            **dataset_id** and **dataset_version_id**. However, one of the parameters must exist.
        dataset_id (str | Unset): Dataset ID of a training job. This parameter must be used together with
            **dataset_version_id**, but cannot be used together with **data_url** or **data_source**.
        dataset_version_id (str | Unset): Dataset version ID of a training job. This parameter must be used together
            with **dataset_id**, but cannot be used together with **data_url** or **data_source**.
        data_source (list[DataSourceParameters] | Unset): Dataset of a training job. This parameter cannot be used with
            **data_url**, **dataset_id**, or **dataset_version_id**. For details, see Table 4.
        log_url (str | Unset): OBS URL of the logs of a training job. By default, this parameter is left blank. Example
            value: **/usr/train/**
        user_image_url (str | Unset): SWR URL of a custom image used by a training job. Example value:
            **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
        user_command (str | Unset): Boot command used to start the container of a custom image of a training job. The
            format is **bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py {python_file_parameter}**.
    """

    worker_server_num: int
    app_url: str
    boot_file_url: str
    spec_id: int
    pool_id: str
    model_id: int
    train_url: str
    pre_version_id: int
    engine_id: int = 1
    parameter: list[ParameterParameters] | Unset = UNSET
    data_url: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    data_source: list[DataSourceParameters] | Unset = UNSET
    log_url: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        log_url = self.log_url

        user_image_url = self.user_image_url

        user_command = self.user_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.worker_server_num is not UNREAD:
            worker_server_num = self.worker_server_num
            field_dict["worker_server_num"] = worker_server_num
        if self.app_url is not UNREAD:
            app_url = self.app_url
            field_dict["app_url"] = app_url
        if self.boot_file_url is not UNREAD:
            boot_file_url = self.boot_file_url
            field_dict["boot_file_url"] = boot_file_url
        if self.spec_id is not UNREAD:
            spec_id = self.spec_id
            field_dict["spec_id"] = spec_id
        if self.pool_id is not UNREAD:
            pool_id = self.pool_id
            field_dict["pool_id"] = pool_id
        if self.engine_id is not UNREAD:
            engine_id = self.engine_id
            field_dict["engine_id"] = engine_id
        if self.model_id is not UNREAD:
            model_id = self.model_id
            field_dict["model_id"] = model_id
        if self.train_url is not UNREAD:
            train_url = self.train_url
            field_dict["train_url"] = train_url
        if self.pre_version_id is not UNREAD:
            pre_version_id = self.pre_version_id
            field_dict["pre_version_id"] = pre_version_id
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

        spec_id = d.pop("spec_id", UNSET)
        if isinstance(spec_id, bool) or not isinstance(spec_id, (int)):
            deviate(src_dict, "spec_id", TypeError("expected an integer"))
            if not isinstance(spec_id, Unset):
                d["spec_id"] = spec_id
            spec_id = UNREAD

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            if not isinstance(pool_id, Unset):
                d["pool_id"] = pool_id
            pool_id = UNREAD

        engine_id = d.pop("engine_id", UNSET)
        if isinstance(engine_id, bool) or not isinstance(engine_id, (int)):
            deviate(src_dict, "engine_id", TypeError("expected an integer"))
            if not isinstance(engine_id, Unset):
                d["engine_id"] = engine_id
            engine_id = UNREAD

        model_id = d.pop("model_id", UNSET)
        if isinstance(model_id, bool) or not isinstance(model_id, (int)):
            deviate(src_dict, "model_id", TypeError("expected an integer"))
            if not isinstance(model_id, Unset):
                d["model_id"] = model_id
            model_id = UNREAD

        train_url = d.pop("train_url", UNSET)
        if not isinstance(train_url, (str)):
            deviate(src_dict, "train_url", TypeError("expected a string"))
            if not isinstance(train_url, Unset):
                d["train_url"] = train_url
            train_url = UNREAD

        pre_version_id = d.pop("pre_version_id", UNSET)
        if isinstance(pre_version_id, bool) or not isinstance(pre_version_id, (int)):
            deviate(src_dict, "pre_version_id", TypeError("expected an integer"))
            if not isinstance(pre_version_id, Unset):
                d["pre_version_id"] = pre_version_id
            pre_version_id = UNREAD

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

        training_job_v1_config_request = cls(
            worker_server_num=worker_server_num,
            app_url=app_url,
            boot_file_url=boot_file_url,
            spec_id=spec_id,
            pool_id=pool_id,
            engine_id=engine_id,
            model_id=model_id,
            train_url=train_url,
            pre_version_id=pre_version_id,
            parameter=parameter,
            data_url=data_url,
            dataset_id=dataset_id,
            dataset_version_id=dataset_version_id,
            data_source=data_source,
            log_url=log_url,
            user_image_url=user_image_url,
            user_command=user_command,
        )

        training_job_v1_config_request.additional_properties = d
        return training_job_v1_config_request

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
