from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.resource_requirements import ResourceRequirements
    from ..models.show_algorithm_by_uuid_advanced_config import ShowAlgorithmByUuidAdvancedConfig
    from ..models.show_algorithm_by_uuid_job_config import ShowAlgorithmByUuidJobConfig


T = TypeVar("T", bound="ShowAlgorithmByUuidResponse")


@_attrs_define
class ShowAlgorithmByUuidResponse:
    """
    Attributes:
        metadata (Metadata | Unset):
        job_config (ShowAlgorithmByUuidJobConfig | Unset):
        resource_requirements (list[ResourceRequirements] | None | Unset): Algorithm resource constraint. This parameter
            is optional. After this parameter is set, the console filters available public resource pools when the algorithm
            is used in training jobs.
        advanced_config (ShowAlgorithmByUuidAdvancedConfig | Unset):
    """

    metadata: Metadata | Unset = UNSET
    job_config: ShowAlgorithmByUuidJobConfig | Unset = UNSET
    resource_requirements: list[ResourceRequirements] | None | Unset = UNSET
    advanced_config: ShowAlgorithmByUuidAdvancedConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        resource_requirements: list[dict[str, Any]] | None | Unset
        if isinstance(self.resource_requirements, Unset):
            resource_requirements = UNSET
        elif isinstance(self.resource_requirements, list):
            resource_requirements = []
            for resource_requirements_type_0_item_data in self.resource_requirements:
                resource_requirements_type_0_item = resource_requirements_type_0_item_data.to_dict()
                resource_requirements.append(resource_requirements_type_0_item)

        else:
            resource_requirements = self.resource_requirements

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
            metadata: Metadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = Metadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_job_config = d.pop("job_config", UNSET)
        try:
            _job_config = _raw_job_config
            job_config: ShowAlgorithmByUuidJobConfig | Unset
            if isinstance(_job_config, Unset):
                job_config = UNSET
            else:
                job_config = ShowAlgorithmByUuidJobConfig.from_dict(_job_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "job_config", exc)
            d["job_config"] = _raw_job_config
            job_config = UNSET

        _raw_resource_requirements = d.pop("resource_requirements", UNSET)
        try:

            def _parse_resource_requirements(data: object) -> list[ResourceRequirements] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    resource_requirements_type_0 = []
                    _resource_requirements_type_0 = data
                    for resource_requirements_type_0_item_data in _resource_requirements_type_0:
                        resource_requirements_type_0_item = ResourceRequirements.from_dict(
                            resource_requirements_type_0_item_data
                        )

                        resource_requirements_type_0.append(resource_requirements_type_0_item)

                    return resource_requirements_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ResourceRequirements] | None | Unset, data)

            resource_requirements = _parse_resource_requirements(_raw_resource_requirements)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "resource_requirements", exc)
            d["resource_requirements"] = _raw_resource_requirements
            resource_requirements = UNSET

        _raw_advanced_config = d.pop("advanced_config", UNSET)
        try:
            _advanced_config = _raw_advanced_config
            advanced_config: ShowAlgorithmByUuidAdvancedConfig | Unset
            if isinstance(_advanced_config, Unset):
                advanced_config = UNSET
            else:
                advanced_config = ShowAlgorithmByUuidAdvancedConfig.from_dict(_advanced_config)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "advanced_config", exc)
            d["advanced_config"] = _raw_advanced_config
            advanced_config = UNSET

        show_algorithm_by_uuid_response = cls(
            metadata=metadata,
            job_config=job_config,
            resource_requirements=resource_requirements,
            advanced_config=advanced_config,
        )

        show_algorithm_by_uuid_response.additional_properties = d
        return show_algorithm_by_uuid_response

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


from ..models.metadata import Metadata  # noqa: E402
from ..models.resource_requirements import ResourceRequirements  # noqa: E402
from ..models.show_algorithm_by_uuid_advanced_config import ShowAlgorithmByUuidAdvancedConfig  # noqa: E402
from ..models.show_algorithm_by_uuid_job_config import ShowAlgorithmByUuidJobConfig  # noqa: E402
