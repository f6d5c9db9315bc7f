from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_labels import SampleLabels


T = TypeVar("T", bound="UpdateSamplesRequest")


@_attrs_define
class UpdateSamplesRequest:
    """
    Attributes:
        email (str | Unset): Email address of a labeling team member.
        samples (list[SampleLabels] | Unset): Updated sample list.
    """

    email: str | Unset = UNSET
    samples: list[SampleLabels] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not UNSET:
            field_dict["email"] = email
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        email = d.pop("email", UNSET)
        if not isinstance(email, (str, Unset)):
            deviate(src_dict, "email", TypeError("expected a string"))
            d["email"] = email
            email = UNSET

        _raw_samples = d.pop("samples", UNSET)
        try:
            _samples = _raw_samples
            samples: list[SampleLabels] | Unset = UNSET
            if _samples is not UNSET:
                samples = []
                for samples_item_data in _samples:
                    samples_item = SampleLabels.from_dict(samples_item_data)

                    samples.append(samples_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "samples", exc)
            d["samples"] = _raw_samples
            samples = UNSET

        update_samples_request = cls(
            email=email,
            samples=samples,
        )

        update_samples_request.additional_properties = d
        return update_samples_request

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


from ..models.sample_labels import SampleLabels  # noqa: E402
