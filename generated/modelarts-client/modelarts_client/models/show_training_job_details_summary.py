from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.show_training_job_details_summary_log_type import ShowTrainingJobDetailsSummaryLogType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_training_job_details_data_source import ShowTrainingJobDetailsDataSource
    from ..models.show_training_job_details_log_dir import ShowTrainingJobDetailsLogDir


T = TypeVar("T", bound="ShowTrainingJobDetailsSummary")


@_attrs_define
class ShowTrainingJobDetailsSummary:
    """
    Attributes:
        log_type (ShowTrainingJobDetailsSummaryLogType | Unset): Visualization log type of a training job. After this
            parameter is configured, the training job can be used as the data source of a visualization job. The options are
            as follows: - **tensorboard** - **mindstudio-insight**
        log_dir (ShowTrainingJobDetailsLogDir | Unset):
        data_sources (list[ShowTrainingJobDetailsDataSource] | Unset): Visualization log input of a visualization job or
            debug training job. This parameter is mandatory when **tensorboard/enable** or **mindstudio-insight/enable** is
            set to **true** for advanced training functions.
    """

    log_type: ShowTrainingJobDetailsSummaryLogType | Unset = UNSET
    log_dir: ShowTrainingJobDetailsLogDir | Unset = UNSET
    data_sources: list[ShowTrainingJobDetailsDataSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_type: str | Unset = UNSET
        if not isinstance(self.log_type, Unset):
            log_type = self.log_type.value

        log_dir: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_dir, Unset):
            log_dir = self.log_dir.to_dict()

        data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.to_dict()
                data_sources.append(data_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if log_type is not UNSET:
            field_dict["log_type"] = log_type
        if log_dir is not UNSET:
            field_dict["log_dir"] = log_dir
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_log_type = d.pop("log_type", UNSET)
        try:
            _log_type = _raw_log_type
            log_type: ShowTrainingJobDetailsSummaryLogType | Unset
            if isinstance(_log_type, Unset):
                log_type = UNSET
            else:
                log_type = member_of(ShowTrainingJobDetailsSummaryLogType, _log_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "log_type", exc)
            d["log_type"] = _raw_log_type
            log_type = UNSET

        _raw_log_dir = d.pop("log_dir", UNSET)
        try:
            _log_dir = _raw_log_dir
            log_dir: ShowTrainingJobDetailsLogDir | Unset
            if isinstance(_log_dir, Unset):
                log_dir = UNSET
            else:
                log_dir = ShowTrainingJobDetailsLogDir.from_dict(_log_dir)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "log_dir", exc)
            d["log_dir"] = _raw_log_dir
            log_dir = UNSET

        _raw_data_sources = d.pop("data_sources", UNSET)
        try:
            _data_sources = _raw_data_sources
            data_sources: list[ShowTrainingJobDetailsDataSource] | Unset = UNSET
            if _data_sources is not UNSET:
                data_sources = []
                for data_sources_item_data in _data_sources:
                    data_sources_item = ShowTrainingJobDetailsDataSource.from_dict(data_sources_item_data)

                    data_sources.append(data_sources_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "data_sources", exc)
            d["data_sources"] = _raw_data_sources
            data_sources = UNSET

        show_training_job_details_summary = cls(
            log_type=log_type,
            log_dir=log_dir,
            data_sources=data_sources,
        )

        show_training_job_details_summary.additional_properties = d
        return show_training_job_details_summary

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


from ..models.show_training_job_details_data_source import ShowTrainingJobDetailsDataSource  # noqa: E402
from ..models.show_training_job_details_log_dir import ShowTrainingJobDetailsLogDir  # noqa: E402
