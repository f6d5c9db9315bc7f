from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.auto_annotation_progress_export_params_export_dest import AutoAnnotationProgressExportParamsExportDest
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_annotation_progress_search_condition import AutoAnnotationProgressSearchCondition


T = TypeVar("T", bound="AutoAnnotationProgressExportParams")


@_attrs_define
class AutoAnnotationProgressExportParams:
    """
    Attributes:
        clear_hard_property (bool | Unset): Whether to clear hard example attributes. Options: - **true**: Hard example
            attributes are cleared. (Default) - **false**: Hard example attributes are not cleared.
        export_dataset_version_format (str | Unset): Format of the dataset version to be exported
        export_dataset_version_name (str | Unset): Name of the dataset version to be exported
        export_dest (AutoAnnotationProgressExportParamsExportDest | Unset): Dataset export type. Options: - **DIR**:
            Export to OBS. (default) - **NEW_DATASET**: Export to a new dataset.
        export_new_dataset_name (str | Unset): Name of the new dataset to which data is exported
        export_new_dataset_work_path (str | Unset): Working directory of the new dataset to which data is exported
        ratio_sample_usage (bool | Unset): Whether to randomly allocate data to the training and validation datasets
            based on the specified ratio. Options: - **true**: The data is randomly allocated to the training and validation
            datasets. - **false**: The data is not randomly allocated to the training and validation datasets. (Default)
        sample_state (str | Unset): Sample status. Options: - **\\__ALL_\\_**: labeled - **\\__NONE_\\_**: unlabeled -
            **\\__UNCHECK_\\_**: to be accepted - **\\__ACCEPTED_\\_**: accepted - **\\__REJECTED_\\_**: rejected -
            **\\__UNREVIEWED_\\_**: to be reviewed - **\\__REVIEWED_\\_**: reviewed - **\\__WORKFORCE_SAMPLED_\\_**: sampled
            - **\\__WORKFORCE_SAMPLED_UNCHECK_\\_**: sampling pending check - **\\__WORKFORCE_SAMPLED_CHECKED_\\_**:
            sampling checked - **\\__WORKFORCE_SAMPLED_ACCEPTED_\\_**: sampling accepted -
            **\\__WORKFORCE_SAMPLED_REJECTED_\\_**: sampling rejected - **\\__AUTO_ANNOTATION_\\_**: to be confirmed
        samples (list[str] | Unset): ID list of exported samples
        search_conditions (list[AutoAnnotationProgressSearchCondition] | Unset): Exported search criteria. Multiple
            search criteria are in the OR relationship.
        train_sample_ratio (str | Unset): Split ratio of training and validation datasets for specified version release.
            The default value is **1.00**, indicating that all data is allocated to the training dataset. Default: '1.00'.
    """

    clear_hard_property: bool | Unset = UNSET
    export_dataset_version_format: str | Unset = UNSET
    export_dataset_version_name: str | Unset = UNSET
    export_dest: AutoAnnotationProgressExportParamsExportDest | Unset = UNSET
    export_new_dataset_name: str | Unset = UNSET
    export_new_dataset_work_path: str | Unset = UNSET
    ratio_sample_usage: bool | Unset = UNSET
    sample_state: str | Unset = UNSET
    samples: list[str] | Unset = UNSET
    search_conditions: list[AutoAnnotationProgressSearchCondition] | Unset = UNSET
    train_sample_ratio: str | Unset = "1.00"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clear_hard_property = self.clear_hard_property

        export_dataset_version_format = self.export_dataset_version_format

        export_dataset_version_name = self.export_dataset_version_name

        export_dest: str | Unset = UNSET
        if not isinstance(self.export_dest, Unset):
            export_dest = self.export_dest.value

        export_new_dataset_name = self.export_new_dataset_name

        export_new_dataset_work_path = self.export_new_dataset_work_path

        ratio_sample_usage = self.ratio_sample_usage

        sample_state = self.sample_state

        samples: list[str] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples

        search_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_conditions, Unset):
            search_conditions = []
            for search_conditions_item_data in self.search_conditions:
                search_conditions_item = search_conditions_item_data.to_dict()
                search_conditions.append(search_conditions_item)

        train_sample_ratio = self.train_sample_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if export_dataset_version_format is not UNSET:
            field_dict["export_dataset_version_format"] = export_dataset_version_format
        if export_dataset_version_name is not UNSET:
            field_dict["export_dataset_version_name"] = export_dataset_version_name
        if export_dest is not UNSET:
            field_dict["export_dest"] = export_dest
        if export_new_dataset_name is not UNSET:
            field_dict["export_new_dataset_name"] = export_new_dataset_name
        if export_new_dataset_work_path is not UNSET:
            field_dict["export_new_dataset_work_path"] = export_new_dataset_work_path
        if ratio_sample_usage is not UNSET:
            field_dict["ratio_sample_usage"] = ratio_sample_usage
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if samples is not UNSET:
            field_dict["samples"] = samples
        if search_conditions is not UNSET:
            field_dict["search_conditions"] = search_conditions
        if train_sample_ratio is not UNSET:
            field_dict["train_sample_ratio"] = train_sample_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        clear_hard_property = d.pop("clear_hard_property", UNSET)
        if not isinstance(clear_hard_property, (bool, Unset)):
            deviate(src_dict, "clear_hard_property", TypeError("expected a boolean"))
            d["clear_hard_property"] = clear_hard_property
            clear_hard_property = UNSET

        export_dataset_version_format = d.pop("export_dataset_version_format", UNSET)
        if not isinstance(export_dataset_version_format, (str, Unset)):
            deviate(src_dict, "export_dataset_version_format", TypeError("expected a string"))
            d["export_dataset_version_format"] = export_dataset_version_format
            export_dataset_version_format = UNSET

        export_dataset_version_name = d.pop("export_dataset_version_name", UNSET)
        if not isinstance(export_dataset_version_name, (str, Unset)):
            deviate(src_dict, "export_dataset_version_name", TypeError("expected a string"))
            d["export_dataset_version_name"] = export_dataset_version_name
            export_dataset_version_name = UNSET

        _raw_export_dest = d.pop("export_dest", UNSET)
        try:
            _export_dest = _raw_export_dest
            export_dest: AutoAnnotationProgressExportParamsExportDest | Unset
            if isinstance(_export_dest, Unset):
                export_dest = UNSET
            else:
                export_dest = member_of(AutoAnnotationProgressExportParamsExportDest, _export_dest)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_dest", exc)
            d["export_dest"] = _raw_export_dest
            export_dest = UNSET

        export_new_dataset_name = d.pop("export_new_dataset_name", UNSET)
        if not isinstance(export_new_dataset_name, (str, Unset)):
            deviate(src_dict, "export_new_dataset_name", TypeError("expected a string"))
            d["export_new_dataset_name"] = export_new_dataset_name
            export_new_dataset_name = UNSET

        export_new_dataset_work_path = d.pop("export_new_dataset_work_path", UNSET)
        if not isinstance(export_new_dataset_work_path, (str, Unset)):
            deviate(src_dict, "export_new_dataset_work_path", TypeError("expected a string"))
            d["export_new_dataset_work_path"] = export_new_dataset_work_path
            export_new_dataset_work_path = UNSET

        ratio_sample_usage = d.pop("ratio_sample_usage", UNSET)
        if not isinstance(ratio_sample_usage, (bool, Unset)):
            deviate(src_dict, "ratio_sample_usage", TypeError("expected a boolean"))
            d["ratio_sample_usage"] = ratio_sample_usage
            ratio_sample_usage = UNSET

        sample_state = d.pop("sample_state", UNSET)
        if not isinstance(sample_state, (str, Unset)):
            deviate(src_dict, "sample_state", TypeError("expected a string"))
            d["sample_state"] = sample_state
            sample_state = UNSET

        samples = d.pop("samples", UNSET)
        if samples is not UNSET and (_misfit := list_misfit(samples, (str), False, "a string")):
            deviate(src_dict, "samples", _misfit)
            d["samples"] = samples
            samples = UNSET

        _raw_search_conditions = d.pop("search_conditions", UNSET)
        try:
            _search_conditions = _raw_search_conditions
            search_conditions: list[AutoAnnotationProgressSearchCondition] | Unset = UNSET
            if _search_conditions is not UNSET:
                search_conditions = []
                for search_conditions_item_data in _search_conditions:
                    search_conditions_item = AutoAnnotationProgressSearchCondition.from_dict(
                        search_conditions_item_data
                    )

                    search_conditions.append(search_conditions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "search_conditions", exc)
            d["search_conditions"] = _raw_search_conditions
            search_conditions = UNSET

        train_sample_ratio = d.pop("train_sample_ratio", UNSET)
        if not isinstance(train_sample_ratio, (str, Unset)):
            deviate(src_dict, "train_sample_ratio", TypeError("expected a string"))
            d["train_sample_ratio"] = train_sample_ratio
            train_sample_ratio = UNSET

        auto_annotation_progress_export_params = cls(
            clear_hard_property=clear_hard_property,
            export_dataset_version_format=export_dataset_version_format,
            export_dataset_version_name=export_dataset_version_name,
            export_dest=export_dest,
            export_new_dataset_name=export_new_dataset_name,
            export_new_dataset_work_path=export_new_dataset_work_path,
            ratio_sample_usage=ratio_sample_usage,
            sample_state=sample_state,
            samples=samples,
            search_conditions=search_conditions,
            train_sample_ratio=train_sample_ratio,
        )

        auto_annotation_progress_export_params.additional_properties = d
        return auto_annotation_progress_export_params

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


from ..models.auto_annotation_progress_search_condition import AutoAnnotationProgressSearchCondition  # noqa: E402
