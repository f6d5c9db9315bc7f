from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_tasks_search_condition_hard import ListTasksSearchConditionHard
from ..models.list_tasks_search_condition_sample_time import ListTasksSearchConditionSampleTime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_labels import SearchLabels
    from ..models.search_prop import SearchProp


T = TypeVar("T", bound="ListTasksSearchCondition")


@_attrs_define
class ListTasksSearchCondition:
    """
    Attributes:
        coefficient (str | Unset): Filter by difficulty coefficient
        frame_in_video (int | Unset): A frame in the video
        hard (ListTasksSearchConditionHard | Unset): Whether a sample is a hard example. Options: - **0**: The label is
            not a hard example. - **1**: The label is a hard example.
        import_origin (str | Unset): Filter by data source
        kvp (str | Unset): CT dosage, filtered by dosage.
        label_list (SearchLabels | Unset):
        labeler (str | Unset): Annotator
        metadata (SearchProp | Unset):
        parent_sample_id (str | Unset): Parent sample ID
        sample_dir (str | Unset): Directory where samples are stored (the directory must end with a slash (/)). Only
            samples in the specified directory are searched for. Recursive search of directories is not supported.
        sample_name (str | Unset): Search by sample name, including the file name extension
        sample_time (ListTasksSearchConditionSampleTime | Unset): When a sample is added to the dataset, an index is
            created based on the last modification time (accurate to day) of the sample on OBS. You can search for the
            sample based on the time. Options: - **month**: Search for samples added in the last 30 days - **day**: Search
            for samples added from yesterday (one day before) to today. - **yyyyMMdd-yyyyMMdd**: Search for samples added in
            a specified period. The format is *Start date***-***End date*. Maximum number of days for the search: **30**.
            For example, **20190901-2019091501** indicates that samples generated from September 1 to September 15, 2019 are
            searched for.
        score (str | Unset): Search by confidence
        slice_thickness (str | Unset): DICOM layer thickness. Samples are filtered by layer thickness.
        study_date (str | Unset): DICOM scanning time
        time_in_video (str | Unset): A time point in the video
    """

    coefficient: str | Unset = UNSET
    frame_in_video: int | Unset = UNSET
    hard: ListTasksSearchConditionHard | Unset = UNSET
    import_origin: str | Unset = UNSET
    kvp: str | Unset = UNSET
    label_list: SearchLabels | Unset = UNSET
    labeler: str | Unset = UNSET
    metadata: SearchProp | Unset = UNSET
    parent_sample_id: str | Unset = UNSET
    sample_dir: str | Unset = UNSET
    sample_name: str | Unset = UNSET
    sample_time: ListTasksSearchConditionSampleTime | Unset = UNSET
    score: str | Unset = UNSET
    slice_thickness: str | Unset = UNSET
    study_date: str | Unset = UNSET
    time_in_video: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coefficient = self.coefficient

        frame_in_video = self.frame_in_video

        hard: str | Unset = UNSET
        if not isinstance(self.hard, Unset):
            hard = self.hard.value

        import_origin = self.import_origin

        kvp = self.kvp

        label_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_list, Unset):
            label_list = self.label_list.to_dict()

        labeler = self.labeler

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        parent_sample_id = self.parent_sample_id

        sample_dir = self.sample_dir

        sample_name = self.sample_name

        sample_time: str | Unset = UNSET
        if not isinstance(self.sample_time, Unset):
            sample_time = self.sample_time.value

        score = self.score

        slice_thickness = self.slice_thickness

        study_date = self.study_date

        time_in_video = self.time_in_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if coefficient is not UNSET:
            field_dict["coefficient"] = coefficient
        if frame_in_video is not UNSET:
            field_dict["frame_in_video"] = frame_in_video
        if hard is not UNSET:
            field_dict["hard"] = hard
        if import_origin is not UNSET:
            field_dict["import_origin"] = import_origin
        if kvp is not UNSET:
            field_dict["kvp"] = kvp
        if label_list is not UNSET:
            field_dict["label_list"] = label_list
        if labeler is not UNSET:
            field_dict["labeler"] = labeler
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent_sample_id is not UNSET:
            field_dict["parent_sample_id"] = parent_sample_id
        if sample_dir is not UNSET:
            field_dict["sample_dir"] = sample_dir
        if sample_name is not UNSET:
            field_dict["sample_name"] = sample_name
        if sample_time is not UNSET:
            field_dict["sample_time"] = sample_time
        if score is not UNSET:
            field_dict["score"] = score
        if slice_thickness is not UNSET:
            field_dict["slice_thickness"] = slice_thickness
        if study_date is not UNSET:
            field_dict["study_date"] = study_date
        if time_in_video is not UNSET:
            field_dict["time_in_video"] = time_in_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        coefficient = d.pop("coefficient", UNSET)
        if not isinstance(coefficient, (str, Unset)):
            deviate(src_dict, "coefficient", TypeError("expected a string"))
            d["coefficient"] = coefficient
            coefficient = UNSET

        frame_in_video = d.pop("frame_in_video", UNSET)
        if isinstance(frame_in_video, bool) or not isinstance(frame_in_video, (int, Unset)):
            deviate(src_dict, "frame_in_video", TypeError("expected an integer"))
            d["frame_in_video"] = frame_in_video
            frame_in_video = UNSET

        _raw_hard = d.pop("hard", UNSET)
        try:
            _hard = _raw_hard
            hard: ListTasksSearchConditionHard | Unset
            if isinstance(_hard, Unset):
                hard = UNSET
            else:
                hard = member_of(ListTasksSearchConditionHard, _hard)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "hard", exc)
            d["hard"] = _raw_hard
            hard = UNSET

        import_origin = d.pop("import_origin", UNSET)
        if not isinstance(import_origin, (str, Unset)):
            deviate(src_dict, "import_origin", TypeError("expected a string"))
            d["import_origin"] = import_origin
            import_origin = UNSET

        kvp = d.pop("kvp", UNSET)
        if not isinstance(kvp, (str, Unset)):
            deviate(src_dict, "kvp", TypeError("expected a string"))
            d["kvp"] = kvp
            kvp = UNSET

        _raw_label_list = d.pop("label_list", UNSET)
        try:
            _label_list = _raw_label_list
            label_list: SearchLabels | Unset
            if isinstance(_label_list, Unset):
                label_list = UNSET
            else:
                label_list = SearchLabels.from_dict(_label_list)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "label_list", exc)
            d["label_list"] = _raw_label_list
            label_list = UNSET

        labeler = d.pop("labeler", UNSET)
        if not isinstance(labeler, (str, Unset)):
            deviate(src_dict, "labeler", TypeError("expected a string"))
            d["labeler"] = labeler
            labeler = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: SearchProp | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SearchProp.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        parent_sample_id = d.pop("parent_sample_id", UNSET)
        if not isinstance(parent_sample_id, (str, Unset)):
            deviate(src_dict, "parent_sample_id", TypeError("expected a string"))
            d["parent_sample_id"] = parent_sample_id
            parent_sample_id = UNSET

        sample_dir = d.pop("sample_dir", UNSET)
        if not isinstance(sample_dir, (str, Unset)):
            deviate(src_dict, "sample_dir", TypeError("expected a string"))
            d["sample_dir"] = sample_dir
            sample_dir = UNSET

        sample_name = d.pop("sample_name", UNSET)
        if not isinstance(sample_name, (str, Unset)):
            deviate(src_dict, "sample_name", TypeError("expected a string"))
            d["sample_name"] = sample_name
            sample_name = UNSET

        _raw_sample_time = d.pop("sample_time", UNSET)
        try:
            _sample_time = _raw_sample_time
            sample_time: ListTasksSearchConditionSampleTime | Unset
            if isinstance(_sample_time, Unset):
                sample_time = UNSET
            else:
                sample_time = member_of(ListTasksSearchConditionSampleTime, _sample_time)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_time", exc)
            d["sample_time"] = _raw_sample_time
            sample_time = UNSET

        score = d.pop("score", UNSET)
        if not isinstance(score, (str, Unset)):
            deviate(src_dict, "score", TypeError("expected a string"))
            d["score"] = score
            score = UNSET

        slice_thickness = d.pop("slice_thickness", UNSET)
        if not isinstance(slice_thickness, (str, Unset)):
            deviate(src_dict, "slice_thickness", TypeError("expected a string"))
            d["slice_thickness"] = slice_thickness
            slice_thickness = UNSET

        study_date = d.pop("study_date", UNSET)
        if not isinstance(study_date, (str, Unset)):
            deviate(src_dict, "study_date", TypeError("expected a string"))
            d["study_date"] = study_date
            study_date = UNSET

        time_in_video = d.pop("time_in_video", UNSET)
        if not isinstance(time_in_video, (str, Unset)):
            deviate(src_dict, "time_in_video", TypeError("expected a string"))
            d["time_in_video"] = time_in_video
            time_in_video = UNSET

        list_tasks_search_condition = cls(
            coefficient=coefficient,
            frame_in_video=frame_in_video,
            hard=hard,
            import_origin=import_origin,
            kvp=kvp,
            label_list=label_list,
            labeler=labeler,
            metadata=metadata,
            parent_sample_id=parent_sample_id,
            sample_dir=sample_dir,
            sample_name=sample_name,
            sample_time=sample_time,
            score=score,
            slice_thickness=slice_thickness,
            study_date=study_date,
            time_in_video=time_in_video,
        )

        list_tasks_search_condition.additional_properties = d
        return list_tasks_search_condition

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


from ..models.search_labels import SearchLabels  # noqa: E402
from ..models.search_prop import SearchProp  # noqa: E402
