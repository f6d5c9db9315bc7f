from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v1_config_request import TrainingJobV1ConfigRequest


T = TypeVar("T", bound="CreateTrainingJobVersionV1Request")


@_attrs_define
class CreateTrainingJobVersionV1Request:
    """
    Attributes:
        config (TrainingJobV1ConfigRequest):
        job_desc (str | Unset): Description of a training job. The value must contain 0 to 256 characters. By default,
            this parameter is left blank.
    """

    config: TrainingJobV1ConfigRequest
    job_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_desc = self.job_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.config is not UNREAD:
            config = self.config.to_dict()
            field_dict["config"] = config
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_config = d.pop("config", UNSET)
        try:
            if isinstance(_raw_config, Unset):
                raise KeyError("config")
            config = TrainingJobV1ConfigRequest.from_dict(_raw_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "config", exc)
            if not isinstance(_raw_config, Unset):
                d["config"] = _raw_config
            config = UNREAD

        job_desc = d.pop("job_desc", UNSET)
        if not isinstance(job_desc, (str, Unset)):
            deviate(src_dict, "job_desc", TypeError("expected a string"))
            d["job_desc"] = job_desc
            job_desc = UNSET

        create_training_job_version_v1_request = cls(
            config=config,
            job_desc=job_desc,
        )

        create_training_job_version_v1_request.additional_properties = d
        return create_training_job_version_v1_request

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


from ..models.training_job_v1_config_request import TrainingJobV1ConfigRequest  # noqa: E402
