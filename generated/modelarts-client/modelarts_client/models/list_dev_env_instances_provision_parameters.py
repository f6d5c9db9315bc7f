from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_dev_env_instances_provision_parameters_annotations import (
        ListDevEnvInstancesProvisionParametersAnnotations,
    )
    from ..models.spec_parameters import SpecParameters


T = TypeVar("T", bound="ListDevEnvInstancesProvisionParameters")


@_attrs_define
class ListDevEnvInstancesProvisionParameters:
    """
    Attributes:
        type_ (str | Unset): Deployment type. Only **Docker** is supported.
        spec (SpecParameters | Unset):
        annotations (ListDevEnvInstancesProvisionParametersAnnotations | Unset): Label information, which can be
            extended. By default, this parameter is left blank.
    """

    type_: str | Unset = UNSET
    spec: SpecParameters | Unset = UNSET
    annotations: ListDevEnvInstancesProvisionParametersAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if spec is not UNSET:
            field_dict["spec"] = spec
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: SpecParameters | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = SpecParameters.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: ListDevEnvInstancesProvisionParametersAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = ListDevEnvInstancesProvisionParametersAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        list_dev_env_instances_provision_parameters = cls(
            type_=type_,
            spec=spec,
            annotations=annotations,
        )

        list_dev_env_instances_provision_parameters.additional_properties = d
        return list_dev_env_instances_provision_parameters

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


from ..models.list_dev_env_instances_provision_parameters_annotations import (
    ListDevEnvInstancesProvisionParametersAnnotations,  # noqa: E402
)
from ..models.spec_parameters import SpecParameters  # noqa: E402
