from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inf_config_envs import InfConfigEnvs


T = TypeVar("T", bound="InfConfig")


@_attrs_define
class InfConfig:
    """
    Attributes:
        envs (InfConfigEnvs | Unset): Environment variable key-value pair required for running a model. This parameter
            is optional. By default, it is left blank. To ensure data security, do not enter sensitive information in
            environment variables.
        instance_count (int | Unset): Number of instances (compute nodes) for deploying a model
        model_id (str | Unset): Model ID
        specification (str | Unset): Resource specifications of real-time services. For details, see Deploying a
            Service.
        weight (int | Unset): Traffic weight allocated to a model. This parameter is mandatory only when **infer_type**
            is set to **real-time**. The sum of the weights must be 100.
    """

    envs: InfConfigEnvs | Unset = UNSET
    instance_count: int | Unset = UNSET
    model_id: str | Unset = UNSET
    specification: str | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        instance_count = self.instance_count

        model_id = self.model_id

        specification = self.specification

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if envs is not UNSET:
            field_dict["envs"] = envs
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if specification is not UNSET:
            field_dict["specification"] = specification
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_envs = d.pop("envs", UNSET)
        try:
            _envs = _raw_envs
            envs: InfConfigEnvs | Unset
            if isinstance(_envs, Unset):
                envs = UNSET
            else:
                envs = InfConfigEnvs.from_dict(_envs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "envs", exc)
            d["envs"] = _raw_envs
            envs = UNSET

        instance_count = d.pop("instance_count", UNSET)
        if isinstance(instance_count, bool) or not isinstance(instance_count, (int, Unset)):
            deviate(src_dict, "instance_count", TypeError("expected an integer"))
            d["instance_count"] = instance_count
            instance_count = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        specification = d.pop("specification", UNSET)
        if not isinstance(specification, (str, Unset)):
            deviate(src_dict, "specification", TypeError("expected a string"))
            d["specification"] = specification
            specification = UNSET

        weight = d.pop("weight", UNSET)
        if isinstance(weight, bool) or not isinstance(weight, (int, Unset)):
            deviate(src_dict, "weight", TypeError("expected an integer"))
            d["weight"] = weight
            weight = UNSET

        inf_config = cls(
            envs=envs,
            instance_count=instance_count,
            model_id=model_id,
            specification=specification,
            weight=weight,
        )

        inf_config.additional_properties = d
        return inf_config

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


from ..models.inf_config_envs import InfConfigEnvs  # noqa: E402
