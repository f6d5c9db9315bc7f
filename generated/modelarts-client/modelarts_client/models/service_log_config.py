from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_log_config_additional_properties import ServiceLogConfigAdditionalProperties
    from ..models.service_log_config_envs import ServiceLogConfigEnvs
    from ..models.show_service_update_logs_custom_spec import ShowServiceUpdateLogsCustomSpec


T = TypeVar("T", bound="ServiceLogConfig")


@_attrs_define
class ServiceLogConfig:
    """
    Attributes:
        model_id (str | Unset): Common parameters Model ID You can obtain the value by calling the API for querying the
            AI application list.
        model_name (str | Unset): Model name
        model_version (str | Unset): Model version
        weight (int | Unset): This parameter is mandatory for the real-time type. Traffic weight allocated to the model.
            This parameter is mandatory only when infer_type is set to real-time. The sum of multiple weights must be 100.
            When multiple model versions are configured in a real-time service and different traffic weight ratios are set,
            ModelArts forwards prediction requests to the corresponding model version instance based on the weight ratio
            when the prediction API of the service is continuously accessed.
        specification (str | Unset): Resource specifications. This parameter is returned when infer_type is set to real-
            time or edge.
        custom_spec (ShowServiceUpdateLogsCustomSpec | Unset):
        envs (ServiceLogConfigEnvs | Unset): Environment variable key-value pair required for running a model
        cluster_id (str | Unset): ID of a dedicated resource pool
        instance_count (int | Unset): Number of instances deployed in a model. This parameter is returned when
            infer_type is set to real-time.
        field_additional_properties (ServiceLogConfigAdditionalProperties | Unset): Additional properties for model
            deployment, facilitating service instance management.
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    weight: int | Unset = UNSET
    specification: str | Unset = UNSET
    custom_spec: ShowServiceUpdateLogsCustomSpec | Unset = UNSET
    envs: ServiceLogConfigEnvs | Unset = UNSET
    cluster_id: str | Unset = UNSET
    instance_count: int | Unset = UNSET
    field_additional_properties: ServiceLogConfigAdditionalProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        weight = self.weight

        specification = self.specification

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        cluster_id = self.cluster_id

        instance_count = self.instance_count

        field_additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_additional_properties, Unset):
            field_additional_properties = self.field_additional_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if weight is not UNSET:
            field_dict["weight"] = weight
        if specification is not UNSET:
            field_dict["specification"] = specification
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if field_additional_properties is not UNSET:
            field_dict["additional_properties"] = field_additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
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

        weight = d.pop("weight", UNSET)
        if isinstance(weight, bool) or not isinstance(weight, (int, Unset)):
            deviate(src_dict, "weight", TypeError("expected an integer"))
            d["weight"] = weight
            weight = UNSET

        specification = d.pop("specification", UNSET)
        if not isinstance(specification, (str, Unset)):
            deviate(src_dict, "specification", TypeError("expected a string"))
            d["specification"] = specification
            specification = UNSET

        _raw_custom_spec = d.pop("custom_spec", UNSET)
        try:
            _custom_spec = _raw_custom_spec
            custom_spec: ShowServiceUpdateLogsCustomSpec | Unset
            if isinstance(_custom_spec, Unset):
                custom_spec = UNSET
            else:
                custom_spec = ShowServiceUpdateLogsCustomSpec.from_dict(_custom_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "custom_spec", exc)
            d["custom_spec"] = _raw_custom_spec
            custom_spec = UNSET

        _raw_envs = d.pop("envs", UNSET)
        try:
            _envs = _raw_envs
            envs: ServiceLogConfigEnvs | Unset
            if isinstance(_envs, Unset):
                envs = UNSET
            else:
                envs = ServiceLogConfigEnvs.from_dict(_envs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "envs", exc)
            d["envs"] = _raw_envs
            envs = UNSET

        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        instance_count = d.pop("instance_count", UNSET)
        if isinstance(instance_count, bool) or not isinstance(instance_count, (int, Unset)):
            deviate(src_dict, "instance_count", TypeError("expected an integer"))
            d["instance_count"] = instance_count
            instance_count = UNSET

        _raw_field_additional_properties = d.pop("additional_properties", UNSET)
        try:
            _field_additional_properties = _raw_field_additional_properties
            field_additional_properties: ServiceLogConfigAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = ServiceLogConfigAdditionalProperties.from_dict(
                    _field_additional_properties
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        service_log_config = cls(
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            weight=weight,
            specification=specification,
            custom_spec=custom_spec,
            envs=envs,
            cluster_id=cluster_id,
            instance_count=instance_count,
            field_additional_properties=field_additional_properties,
        )

        service_log_config.additional_properties = d
        return service_log_config

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


from ..models.service_log_config_additional_properties import ServiceLogConfigAdditionalProperties  # noqa: E402
from ..models.service_log_config_envs import ServiceLogConfigEnvs  # noqa: E402
from ..models.show_service_update_logs_custom_spec import ShowServiceUpdateLogsCustomSpec  # noqa: E402
