from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_parameters import CredentialParameters
    from ..models.failed_reasons_parameters_type_0 import FailedReasonsParametersType0
    from ..models.show_dev_env_instance_auto_stop_parameters import ShowDevEnvInstanceAutoStopParameters
    from ..models.show_dev_env_instance_notebook_parameters_annotations import (
        ShowDevEnvInstanceNotebookParametersAnnotations,
    )
    from ..models.show_dev_env_instance_notebook_parameters_extend_params_type_0 import (
        ShowDevEnvInstanceNotebookParametersExtendParamsType0,
    )
    from ..models.show_dev_env_instance_repository_parameters_type_0 import ShowDevEnvInstanceRepositoryParametersType0
    from ..models.show_dev_env_instance_storage_parameters import ShowDevEnvInstanceStorageParameters


T = TypeVar("T", bound="ShowDevEnvInstanceNotebookParameters")


@_attrs_define
class ShowDevEnvInstanceNotebookParameters:
    """
    Attributes:
        log_path (str | Unset): Path for storing custom image logs
        custom_script_path (str | Unset): Path for storing custom initialization scripts used when a notebook instance
            is started
        storage (ShowDevEnvInstanceStorageParameters | Unset):
        credential (CredentialParameters | Unset):
        repository (None | ShowDevEnvInstanceRepositoryParametersType0 | Unset):
        resource_reserved_timestamp (int | Unset): Time when the resource is reserved
        auto_stop (ShowDevEnvInstanceAutoStopParameters | Unset):
        failed_reasons (FailedReasonsParametersType0 | None | Unset):
        annotations (ShowDevEnvInstanceNotebookParametersAnnotations | Unset): Annotations The generated URL cannot be
            directly accessed.
        extend_params (None | ShowDevEnvInstanceNotebookParametersExtendParamsType0 | Unset): Extended parameters
    """

    log_path: str | Unset = UNSET
    custom_script_path: str | Unset = UNSET
    storage: ShowDevEnvInstanceStorageParameters | Unset = UNSET
    credential: CredentialParameters | Unset = UNSET
    repository: None | ShowDevEnvInstanceRepositoryParametersType0 | Unset = UNSET
    resource_reserved_timestamp: int | Unset = UNSET
    auto_stop: ShowDevEnvInstanceAutoStopParameters | Unset = UNSET
    failed_reasons: FailedReasonsParametersType0 | None | Unset = UNSET
    annotations: ShowDevEnvInstanceNotebookParametersAnnotations | Unset = UNSET
    extend_params: None | ShowDevEnvInstanceNotebookParametersExtendParamsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_path = self.log_path

        custom_script_path = self.custom_script_path

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        repository: dict[str, Any] | None | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        elif isinstance(self.repository, ShowDevEnvInstanceRepositoryParametersType0):
            repository = self.repository.to_dict()
        else:
            repository = self.repository

        resource_reserved_timestamp = self.resource_reserved_timestamp

        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        failed_reasons: dict[str, Any] | None | Unset
        if isinstance(self.failed_reasons, Unset):
            failed_reasons = UNSET
        elif isinstance(self.failed_reasons, FailedReasonsParametersType0):
            failed_reasons = self.failed_reasons.to_dict()
        else:
            failed_reasons = self.failed_reasons

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        extend_params: dict[str, Any] | None | Unset
        if isinstance(self.extend_params, Unset):
            extend_params = UNSET
        elif isinstance(self.extend_params, ShowDevEnvInstanceNotebookParametersExtendParamsType0):
            extend_params = self.extend_params.to_dict()
        else:
            extend_params = self.extend_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if log_path is not UNSET:
            field_dict["log_path"] = log_path
        if custom_script_path is not UNSET:
            field_dict["custom_script_path"] = custom_script_path
        if storage is not UNSET:
            field_dict["storage"] = storage
        if credential is not UNSET:
            field_dict["credential"] = credential
        if repository is not UNSET:
            field_dict["repository"] = repository
        if resource_reserved_timestamp is not UNSET:
            field_dict["resource_reserved_timestamp"] = resource_reserved_timestamp
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if failed_reasons is not UNSET:
            field_dict["failed_reasons"] = failed_reasons
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if extend_params is not UNSET:
            field_dict["extend_params"] = extend_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        log_path = d.pop("log_path", UNSET)
        if not isinstance(log_path, (str, Unset)):
            deviate(src_dict, "log_path", TypeError("expected a string"))
            d["log_path"] = log_path
            log_path = UNSET

        custom_script_path = d.pop("custom_script_path", UNSET)
        if not isinstance(custom_script_path, (str, Unset)):
            deviate(src_dict, "custom_script_path", TypeError("expected a string"))
            d["custom_script_path"] = custom_script_path
            custom_script_path = UNSET

        _raw_storage = d.pop("storage", UNSET)
        try:
            _storage = _raw_storage
            storage: ShowDevEnvInstanceStorageParameters | Unset
            if isinstance(_storage, Unset):
                storage = UNSET
            else:
                storage = ShowDevEnvInstanceStorageParameters.from_dict(_storage)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "storage", exc)
            d["storage"] = _raw_storage
            storage = UNSET

        _raw_credential = d.pop("credential", UNSET)
        try:
            _credential = _raw_credential
            credential: CredentialParameters | Unset
            if isinstance(_credential, Unset):
                credential = UNSET
            else:
                credential = CredentialParameters.from_dict(_credential)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "credential", exc)
            d["credential"] = _raw_credential
            credential = UNSET

        _raw_repository = d.pop("repository", UNSET)
        try:

            def _parse_repository(data: object) -> None | ShowDevEnvInstanceRepositoryParametersType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_show_dev_env_instance_repository_parameters_type_0 = (
                        ShowDevEnvInstanceRepositoryParametersType0.from_dict(data)
                    )

                    return componentsschemas_show_dev_env_instance_repository_parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ShowDevEnvInstanceRepositoryParametersType0 | Unset, data)

            repository = _parse_repository(_raw_repository)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "repository", exc)
            d["repository"] = _raw_repository
            repository = UNSET

        resource_reserved_timestamp = d.pop("resource_reserved_timestamp", UNSET)
        if isinstance(resource_reserved_timestamp, bool) or not isinstance(resource_reserved_timestamp, (int, Unset)):
            deviate(src_dict, "resource_reserved_timestamp", TypeError("expected an integer"))
            d["resource_reserved_timestamp"] = resource_reserved_timestamp
            resource_reserved_timestamp = UNSET

        _raw_auto_stop = d.pop("auto_stop", UNSET)
        try:
            _auto_stop = _raw_auto_stop
            auto_stop: ShowDevEnvInstanceAutoStopParameters | Unset
            if isinstance(_auto_stop, Unset):
                auto_stop = UNSET
            else:
                auto_stop = ShowDevEnvInstanceAutoStopParameters.from_dict(_auto_stop)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auto_stop", exc)
            d["auto_stop"] = _raw_auto_stop
            auto_stop = UNSET

        _raw_failed_reasons = d.pop("failed_reasons", UNSET)
        try:

            def _parse_failed_reasons(data: object) -> FailedReasonsParametersType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_failed_reasons_parameters_type_0 = FailedReasonsParametersType0.from_dict(data)

                    return componentsschemas_failed_reasons_parameters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FailedReasonsParametersType0 | None | Unset, data)

            failed_reasons = _parse_failed_reasons(_raw_failed_reasons)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "failed_reasons", exc)
            d["failed_reasons"] = _raw_failed_reasons
            failed_reasons = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: ShowDevEnvInstanceNotebookParametersAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = ShowDevEnvInstanceNotebookParametersAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

        _raw_extend_params = d.pop("extend_params", UNSET)
        try:

            def _parse_extend_params(
                data: object,
            ) -> None | ShowDevEnvInstanceNotebookParametersExtendParamsType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    extend_params_type_0 = ShowDevEnvInstanceNotebookParametersExtendParamsType0.from_dict(data)

                    return extend_params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ShowDevEnvInstanceNotebookParametersExtendParamsType0 | Unset, data)

            extend_params = _parse_extend_params(_raw_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extend_params", exc)
            d["extend_params"] = _raw_extend_params
            extend_params = UNSET

        show_dev_env_instance_notebook_parameters = cls(
            log_path=log_path,
            custom_script_path=custom_script_path,
            storage=storage,
            credential=credential,
            repository=repository,
            resource_reserved_timestamp=resource_reserved_timestamp,
            auto_stop=auto_stop,
            failed_reasons=failed_reasons,
            annotations=annotations,
            extend_params=extend_params,
        )

        show_dev_env_instance_notebook_parameters.additional_properties = d
        return show_dev_env_instance_notebook_parameters

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


from ..models.credential_parameters import CredentialParameters  # noqa: E402
from ..models.failed_reasons_parameters_type_0 import FailedReasonsParametersType0  # noqa: E402
from ..models.show_dev_env_instance_auto_stop_parameters import ShowDevEnvInstanceAutoStopParameters  # noqa: E402
from ..models.show_dev_env_instance_notebook_parameters_annotations import (
    ShowDevEnvInstanceNotebookParametersAnnotations,  # noqa: E402
)
from ..models.show_dev_env_instance_notebook_parameters_extend_params_type_0 import (
    ShowDevEnvInstanceNotebookParametersExtendParamsType0,  # noqa: E402
)
from ..models.show_dev_env_instance_repository_parameters_type_0 import ShowDevEnvInstanceRepositoryParametersType0  # noqa: E402
from ..models.show_dev_env_instance_storage_parameters import ShowDevEnvInstanceStorageParameters  # noqa: E402
