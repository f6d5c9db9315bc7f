from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_reasons_parameters_type_0 import FailedReasonsParametersType0
    from ..models.list_dev_env_instances_auto_stop_parameters import ListDevEnvInstancesAutoStopParameters
    from ..models.list_dev_env_instances_notebook_parameters_annotations import (
        ListDevEnvInstancesNotebookParametersAnnotations,
    )
    from ..models.list_dev_env_instances_notebook_parameters_extend_params import (
        ListDevEnvInstancesNotebookParametersExtendParams,
    )


T = TypeVar("T", bound="ListDevEnvInstancesNotebookParameters")


@_attrs_define
class ListDevEnvInstancesNotebookParameters:
    """
    Attributes:
        auto_stop (ListDevEnvInstancesAutoStopParameters | Unset):
        annotations (ListDevEnvInstancesNotebookParametersAnnotations | Unset): Annotations The generated URL cannot be
            directly accessed.
        failed_reasons (FailedReasonsParametersType0 | None | Unset):
        extend_params (ListDevEnvInstancesNotebookParametersExtendParams | Unset): Extended parameter
    """

    auto_stop: ListDevEnvInstancesAutoStopParameters | Unset = UNSET
    annotations: ListDevEnvInstancesNotebookParametersAnnotations | Unset = UNSET
    failed_reasons: FailedReasonsParametersType0 | None | Unset = UNSET
    extend_params: ListDevEnvInstancesNotebookParametersExtendParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        failed_reasons: dict[str, Any] | None | Unset
        if isinstance(self.failed_reasons, Unset):
            failed_reasons = UNSET
        elif isinstance(self.failed_reasons, FailedReasonsParametersType0):
            failed_reasons = self.failed_reasons.to_dict()
        else:
            failed_reasons = self.failed_reasons

        extend_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extend_params, Unset):
            extend_params = self.extend_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if failed_reasons is not UNSET:
            field_dict["failed_reasons"] = failed_reasons
        if extend_params is not UNSET:
            field_dict["extend_params"] = extend_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_auto_stop = d.pop("auto_stop", UNSET)
        try:
            _auto_stop = _raw_auto_stop
            auto_stop: ListDevEnvInstancesAutoStopParameters | Unset
            if isinstance(_auto_stop, Unset):
                auto_stop = UNSET
            else:
                auto_stop = ListDevEnvInstancesAutoStopParameters.from_dict(_auto_stop)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "auto_stop", exc)
            d["auto_stop"] = _raw_auto_stop
            auto_stop = UNSET

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: ListDevEnvInstancesNotebookParametersAnnotations | Unset
            if isinstance(_annotations, Unset):
                annotations = UNSET
            else:
                annotations = ListDevEnvInstancesNotebookParametersAnnotations.from_dict(_annotations)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "annotations", exc)
            d["annotations"] = _raw_annotations
            annotations = UNSET

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

        _raw_extend_params = d.pop("extend_params", UNSET)
        try:
            _extend_params = _raw_extend_params
            extend_params: ListDevEnvInstancesNotebookParametersExtendParams | Unset
            if isinstance(_extend_params, Unset):
                extend_params = UNSET
            else:
                extend_params = ListDevEnvInstancesNotebookParametersExtendParams.from_dict(_extend_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "extend_params", exc)
            d["extend_params"] = _raw_extend_params
            extend_params = UNSET

        list_dev_env_instances_notebook_parameters = cls(
            auto_stop=auto_stop,
            annotations=annotations,
            failed_reasons=failed_reasons,
            extend_params=extend_params,
        )

        list_dev_env_instances_notebook_parameters.additional_properties = d
        return list_dev_env_instances_notebook_parameters

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


from ..models.failed_reasons_parameters_type_0 import FailedReasonsParametersType0  # noqa: E402
from ..models.list_dev_env_instances_auto_stop_parameters import ListDevEnvInstancesAutoStopParameters  # noqa: E402
from ..models.list_dev_env_instances_notebook_parameters_annotations import (
    ListDevEnvInstancesNotebookParametersAnnotations,  # noqa: E402
)
from ..models.list_dev_env_instances_notebook_parameters_extend_params import (
    ListDevEnvInstancesNotebookParametersExtendParams,  # noqa: E402
)
