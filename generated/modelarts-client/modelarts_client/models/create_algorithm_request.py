from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_advanced_config import AlgorithmAdvancedConfig
    from ..models.algorithm_job_config import AlgorithmJobConfig
    from ..models.algorithm_metadata import AlgorithmMetadata
    from ..models.resource_requirement_request import ResourceRequirementRequest


T = TypeVar("T", bound="CreateAlgorithmRequest")


@_attrs_define
class CreateAlgorithmRequest:
    """
    Attributes:
        metadata (AlgorithmMetadata | Unset):
        job_config (AlgorithmJobConfig | Unset):
        resource_requirements (list[ResourceRequirementRequest] | Unset): Algorithm resource constraints. This parameter
            is optional. After this parameter is set, the console filters available public resource pools when the algorithm
            is used in training jobs.
        advanced_config (AlgorithmAdvancedConfig | Unset):
    """

    metadata: AlgorithmMetadata | Unset = UNSET
    job_config: AlgorithmJobConfig | Unset = UNSET
    resource_requirements: list[ResourceRequirementRequest] | Unset = UNSET
    advanced_config: AlgorithmAdvancedConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        resource_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_requirements, Unset):
            resource_requirements = []
            for resource_requirements_item_data in self.resource_requirements:
                resource_requirements_item = resource_requirements_item_data.to_dict()
                resource_requirements.append(resource_requirements_item)

        advanced_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_config, Unset):
            advanced_config = self.advanced_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if job_config is not UNSET:
            field_dict["job_config"] = job_config
        if resource_requirements is not UNSET:
            field_dict["resource_requirements"] = resource_requirements
        if advanced_config is not UNSET:
            field_dict["advanced_config"] = advanced_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: AlgorithmMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = AlgorithmMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_job_config = d.pop("job_config", UNSET)
        try:
            _job_config = _raw_job_config
            job_config: AlgorithmJobConfig | Unset
            if isinstance(_job_config, Unset):
                job_config = UNSET
            else:
                job_config = AlgorithmJobConfig.from_dict(_job_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "job_config", exc)
            d["job_config"] = _raw_job_config
            job_config = UNSET

        _raw_resource_requirements = d.pop("resource_requirements", UNSET)
        try:
            _resource_requirements = _raw_resource_requirements
            resource_requirements: list[ResourceRequirementRequest] | Unset = UNSET
            if _resource_requirements is not UNSET:
                resource_requirements = []
                for resource_requirements_item_data in _resource_requirements:
                    resource_requirements_item = ResourceRequirementRequest.from_dict(resource_requirements_item_data)

                    resource_requirements.append(resource_requirements_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resource_requirements", exc)
            d["resource_requirements"] = _raw_resource_requirements
            resource_requirements = UNSET

        _raw_advanced_config = d.pop("advanced_config", UNSET)
        try:
            _advanced_config = _raw_advanced_config
            advanced_config: AlgorithmAdvancedConfig | Unset
            if isinstance(_advanced_config, Unset):
                advanced_config = UNSET
            else:
                advanced_config = AlgorithmAdvancedConfig.from_dict(_advanced_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "advanced_config", exc)
            d["advanced_config"] = _raw_advanced_config
            advanced_config = UNSET

        create_algorithm_request = cls(
            metadata=metadata,
            job_config=job_config,
            resource_requirements=resource_requirements,
            advanced_config=advanced_config,
        )

        create_algorithm_request.additional_properties = d
        return create_algorithm_request

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


from ..models.algorithm_advanced_config import AlgorithmAdvancedConfig  # noqa: E402
from ..models.algorithm_job_config import AlgorithmJobConfig  # noqa: E402
from ..models.algorithm_metadata import AlgorithmMetadata  # noqa: E402
from ..models.resource_requirement_request import ResourceRequirementRequest  # noqa: E402
