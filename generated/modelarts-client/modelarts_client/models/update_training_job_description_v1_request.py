from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTrainingJobDescriptionV1Request")


@_attrs_define
class UpdateTrainingJobDescriptionV1Request:
    """
    Attributes:
        job_desc (str): Description of a training job. The value must contain 0 to 256 characters.
    """

    job_desc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.job_desc is not UNREAD:
            job_desc = self.job_desc
            field_dict["job_desc"] = job_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        job_desc = d.pop("job_desc", UNSET)
        if not isinstance(job_desc, (str)):
            deviate(src_dict, "job_desc", TypeError("expected a string"))
            if not isinstance(job_desc, Unset):
                d["job_desc"] = job_desc
            job_desc = UNREAD

        update_training_job_description_v1_request = cls(
            job_desc=job_desc,
        )

        update_training_job_description_v1_request.additional_properties = d
        return update_training_job_description_v1_request

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
