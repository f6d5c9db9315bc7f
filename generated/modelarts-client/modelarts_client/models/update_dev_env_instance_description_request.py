from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v1_spec_request import TrainingJobV1SpecRequest


T = TypeVar("T", bound="UpdateDevEnvInstanceDescriptionRequest")


@_attrs_define
class UpdateDevEnvInstanceDescriptionRequest:
    """
    Attributes:
        description (str | Unset): Configuration description. The value contains a maximum of 512 characters and cannot
            contain the following special characters: &<>"'/.
        spec (TrainingJobV1SpecRequest | Unset):
    """

    description: str | Unset = UNSET
    spec: TrainingJobV1SpecRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: TrainingJobV1SpecRequest | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = TrainingJobV1SpecRequest.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        update_dev_env_instance_description_request = cls(
            description=description,
            spec=spec,
        )

        update_dev_env_instance_description_request.additional_properties = d
        return update_dev_env_instance_description_request

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


from ..models.training_job_v1_spec_request import TrainingJobV1SpecRequest  # noqa: E402
