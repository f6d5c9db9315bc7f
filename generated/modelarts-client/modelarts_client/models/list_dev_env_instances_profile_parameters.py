from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_dev_env_instances_profile_parameters_labels import ListDevEnvInstancesProfileParametersLabels
    from ..models.list_dev_env_instances_provision_parameters import ListDevEnvInstancesProvisionParameters


T = TypeVar("T", bound="ListDevEnvInstancesProfileParameters")


@_attrs_define
class ListDevEnvInstancesProfileParameters:
    """
    Attributes:
        id (str | Unset): Configuration ID
        name (str | Unset): Configuration name
        description (str | Unset): Configuration description
        de_type (str | Unset): Development environment type. Only **Notebook** is supported.
        provision (ListDevEnvInstancesProvisionParameters | Unset):
        labels (ListDevEnvInstancesProfileParametersLabels | Unset): Label information, which can be extended
        flavor_type (str | Unset): Hardware, which can be CPU or GPU.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    de_type: str | Unset = UNSET
    provision: ListDevEnvInstancesProvisionParameters | Unset = UNSET
    labels: ListDevEnvInstancesProfileParametersLabels | Unset = UNSET
    flavor_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        de_type = self.de_type

        provision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provision, Unset):
            provision = self.provision.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        flavor_type = self.flavor_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if de_type is not UNSET:
            field_dict["de_type"] = de_type
        if provision is not UNSET:
            field_dict["provision"] = provision
        if labels is not UNSET:
            field_dict["labels"] = labels
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        de_type = d.pop("de_type", UNSET)
        if not isinstance(de_type, (str, Unset)):
            deviate(src_dict, "de_type", TypeError("expected a string"))
            d["de_type"] = de_type
            de_type = UNSET

        _raw_provision = d.pop("provision", UNSET)
        try:
            _provision = _raw_provision
            provision: ListDevEnvInstancesProvisionParameters | Unset
            if isinstance(_provision, Unset):
                provision = UNSET
            else:
                provision = ListDevEnvInstancesProvisionParameters.from_dict(_provision)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "provision", exc)
            d["provision"] = _raw_provision
            provision = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: ListDevEnvInstancesProfileParametersLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = ListDevEnvInstancesProfileParametersLabels.from_dict(_labels)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        flavor_type = d.pop("flavor_type", UNSET)
        if not isinstance(flavor_type, (str, Unset)):
            deviate(src_dict, "flavor_type", TypeError("expected a string"))
            d["flavor_type"] = flavor_type
            flavor_type = UNSET

        list_dev_env_instances_profile_parameters = cls(
            id=id,
            name=name,
            description=description,
            de_type=de_type,
            provision=provision,
            labels=labels,
            flavor_type=flavor_type,
        )

        list_dev_env_instances_profile_parameters.additional_properties = d
        return list_dev_env_instances_profile_parameters

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


from ..models.list_dev_env_instances_profile_parameters_labels import ListDevEnvInstancesProfileParametersLabels  # noqa: E402
from ..models.list_dev_env_instances_provision_parameters import ListDevEnvInstancesProvisionParameters  # noqa: E402
