from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_task_request_task_type import CreateTaskRequestTaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smart_task_config_request import SmartTaskConfigRequest


T = TypeVar("T", bound="CreateTaskRequest")


@_attrs_define
class CreateTaskRequest:
    """
    Attributes:
        collect_key_sample (bool | Unset): Whether to collect key samples. Options: - **true**: Collect key samples. -
            **false**: Do not collect key samples. (Default value)
        config (SmartTaskConfigRequest | Unset):
        model_id (str | Unset): Model ID.
        task_type (CreateTaskRequestTaskType | Unset): Task type. The options are as follows: - **auto-label**: active
            learning - **pre-label**: pre-labeling - **auto-grouping**: auto grouping
    """

    collect_key_sample: bool | Unset = UNSET
    config: SmartTaskConfigRequest | Unset = UNSET
    model_id: str | Unset = UNSET
    task_type: CreateTaskRequestTaskType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collect_key_sample = self.collect_key_sample

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        model_id = self.model_id

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if collect_key_sample is not UNSET:
            field_dict["collect_key_sample"] = collect_key_sample
        if config is not UNSET:
            field_dict["config"] = config
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if task_type is not UNSET:
            field_dict["task_type"] = task_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        collect_key_sample = d.pop("collect_key_sample", UNSET)
        if not isinstance(collect_key_sample, (bool, Unset)):
            deviate(src_dict, "collect_key_sample", TypeError("expected a boolean"))
            d["collect_key_sample"] = collect_key_sample
            collect_key_sample = UNSET

        _raw_config = d.pop("config", UNSET)
        try:
            _config = _raw_config
            config: SmartTaskConfigRequest | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = SmartTaskConfigRequest.from_dict(_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            d["config"] = _raw_config
            config = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        _raw_task_type = d.pop("task_type", UNSET)
        try:
            _task_type = _raw_task_type
            task_type: CreateTaskRequestTaskType | Unset
            if isinstance(_task_type, Unset):
                task_type = UNSET
            else:
                task_type = member_of(CreateTaskRequestTaskType, _task_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "task_type", exc)
            d["task_type"] = _raw_task_type
            task_type = UNSET

        create_task_request = cls(
            collect_key_sample=collect_key_sample,
            config=config,
            model_id=model_id,
            task_type=task_type,
        )

        create_task_request.additional_properties = d
        return create_task_request

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


from ..models.smart_task_config_request import SmartTaskConfigRequest  # noqa: E402
