from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result import Result
    from ..models.smart_task_config import SmartTaskConfig


T = TypeVar("T", bound="RunningTask")


@_attrs_define
class RunningTask:
    """
    Attributes:
        annotated_sample_count (int | Unset): Number of labeled samples
        code (str | Unset): Error code
        config (SmartTaskConfig | Unset):
        create_time (str | Unset): Task creation time
        dataset_id (str | Unset): Dataset ID
        elapsed_time (int | Unset): Task execution time
        error_code (str | Unset): Error code
        error_detail (str | Unset): Error details
        error_msg (str | Unset): Error message
        message (str | Unset): Error message
        model_id (str | Unset): Model ID
        model_name (str | Unset): Model name
        model_version (str | Unset): Model version
        progress (float | Unset): Current task progress
        result (Result | Unset):
        status (int | Unset): Task status
        task_id (str | Unset): Task ID
        task_name (str | Unset): Task name
        total_sample_count (int | Unset): Total number of samples
        type_ (int | Unset): Task type
        unconfirmed_sample_count (int | Unset): Number of samples to be confirmed
    """

    annotated_sample_count: int | Unset = UNSET
    code: str | Unset = UNSET
    config: SmartTaskConfig | Unset = UNSET
    create_time: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    elapsed_time: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_detail: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    message: str | Unset = UNSET
    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    progress: float | Unset = UNSET
    result: Result | Unset = UNSET
    status: int | Unset = UNSET
    task_id: str | Unset = UNSET
    task_name: str | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    type_: int | Unset = UNSET
    unconfirmed_sample_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_sample_count = self.annotated_sample_count

        code = self.code

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        create_time = self.create_time

        dataset_id = self.dataset_id

        elapsed_time = self.elapsed_time

        error_code = self.error_code

        error_detail = self.error_detail

        error_msg = self.error_msg

        message = self.message

        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        progress = self.progress

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        status = self.status

        task_id = self.task_id

        task_name = self.task_name

        total_sample_count = self.total_sample_count

        type_ = self.type_

        unconfirmed_sample_count = self.unconfirmed_sample_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if code is not UNSET:
            field_dict["code"] = code
        if config is not UNSET:
            field_dict["config"] = config
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_detail is not UNSET:
            field_dict["error_detail"] = error_detail
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if message is not UNSET:
            field_dict["message"] = message
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unconfirmed_sample_count is not UNSET:
            field_dict["unconfirmed_sample_count"] = unconfirmed_sample_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        annotated_sample_count = d.pop("annotated_sample_count", UNSET)
        if isinstance(annotated_sample_count, bool) or not isinstance(annotated_sample_count, (int, Unset)):
            deviate(src_dict, "annotated_sample_count", TypeError("expected an integer"))
            d["annotated_sample_count"] = annotated_sample_count
            annotated_sample_count = UNSET

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            deviate(src_dict, "code", TypeError("expected a string"))
            d["code"] = code
            code = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: SmartTaskConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = SmartTaskConfig.from_dict(_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        create_time = d.pop("create_time", UNSET)
        if not isinstance(create_time, (str, Unset)):
            deviate(src_dict, "create_time", TypeError("expected a string"))
            d["create_time"] = create_time
            create_time = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        elapsed_time = d.pop("elapsed_time", UNSET)
        if isinstance(elapsed_time, bool) or not isinstance(elapsed_time, (int, Unset)):
            deviate(src_dict, "elapsed_time", TypeError("expected an integer"))
            d["elapsed_time"] = elapsed_time
            elapsed_time = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        error_detail = d.pop("error_detail", UNSET)
        if not isinstance(error_detail, (str, Unset)):
            deviate(src_dict, "error_detail", TypeError("expected a string"))
            d["error_detail"] = error_detail
            error_detail = UNSET

        error_msg = d.pop("error_msg", UNSET)
        if not isinstance(error_msg, (str, Unset)):
            deviate(src_dict, "error_msg", TypeError("expected a string"))
            d["error_msg"] = error_msg
            error_msg = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        progress = d.pop("progress", UNSET)
        if isinstance(progress, bool) or not isinstance(progress, (int, float, Unset)):
            deviate(src_dict, "progress", TypeError("expected a number"))
            d["progress"] = progress
            progress = UNSET

        _raw_result = d.pop("result", UNSET)
        try:
            _result = _raw_result
            result: Result | Unset
            if isinstance(_result, Unset):
                result = UNSET
            else:
                result = Result.from_dict(_result)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "result", exc)
            d["result"] = _raw_result
            result = UNSET

        status = d.pop("status", UNSET)
        if isinstance(status, bool) or not isinstance(status, (int, Unset)):
            deviate(src_dict, "status", TypeError("expected an integer"))
            d["status"] = status
            status = UNSET

        task_id = d.pop("task_id", UNSET)
        if not isinstance(task_id, (str, Unset)):
            deviate(src_dict, "task_id", TypeError("expected a string"))
            d["task_id"] = task_id
            task_id = UNSET

        task_name = d.pop("task_name", UNSET)
        if not isinstance(task_name, (str, Unset)):
            deviate(src_dict, "task_name", TypeError("expected a string"))
            d["task_name"] = task_name
            task_name = UNSET

        total_sample_count = d.pop("total_sample_count", UNSET)
        if isinstance(total_sample_count, bool) or not isinstance(total_sample_count, (int, Unset)):
            deviate(src_dict, "total_sample_count", TypeError("expected an integer"))
            d["total_sample_count"] = total_sample_count
            total_sample_count = UNSET

        type_ = d.pop("type", UNSET)
        if isinstance(type_, bool) or not isinstance(type_, (int, Unset)):
            deviate(src_dict, "type", TypeError("expected an integer"))
            d["type"] = type_
            type_ = UNSET

        unconfirmed_sample_count = d.pop("unconfirmed_sample_count", UNSET)
        if isinstance(unconfirmed_sample_count, bool) or not isinstance(unconfirmed_sample_count, (int, Unset)):
            deviate(src_dict, "unconfirmed_sample_count", TypeError("expected an integer"))
            d["unconfirmed_sample_count"] = unconfirmed_sample_count
            unconfirmed_sample_count = UNSET

        running_task = cls(
            annotated_sample_count=annotated_sample_count,
            code=code,
            config=config,
            create_time=create_time,
            dataset_id=dataset_id,
            elapsed_time=elapsed_time,
            error_code=error_code,
            error_detail=error_detail,
            error_msg=error_msg,
            message=message,
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            progress=progress,
            result=result,
            status=status,
            task_id=task_id,
            task_name=task_name,
            total_sample_count=total_sample_count,
            type_=type_,
            unconfirmed_sample_count=unconfirmed_sample_count,
        )

        running_task.additional_properties = d
        return running_task

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


from ..models.result import Result  # noqa: E402
from ..models.smart_task_config import SmartTaskConfig  # noqa: E402
