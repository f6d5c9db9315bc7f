from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.list_auto_annotation_samples_describe_sample_resp_sample_type import (
    ListAutoAnnotationSamplesDescribeSampleRespSampleType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_auto_annotation_samples_describe_sample_resp_hard_details import (
        ListAutoAnnotationSamplesDescribeSampleRespHardDetails,
    )
    from ..models.sample_label import SampleLabel
    from ..models.sample_metadata import SampleMetadata
    from ..models.worker import Worker


T = TypeVar("T", bound="ListAutoAnnotationSamplesDescribeSampleResp")


@_attrs_define
class ListAutoAnnotationSamplesDescribeSampleResp:
    """
    Attributes:
        check_accept (bool | Unset): Whether the acceptance is passed, which is used for team labeling. Options: -
            **true**: The acceptance is passed. - **false**: The acceptance is not passed.
        check_comment (str | Unset): Acceptance comment, which is used for team labeling.
        check_score (str | Unset): Acceptance score, which is used for team labeling.
        deletion_reasons (list[str] | Unset): Reason for deleting a sample, which is used for healthcare.
        hard_details (ListAutoAnnotationSamplesDescribeSampleRespHardDetails | Unset): Difficult problem details,
            including description, causes, and suggestions of difficult problems.
        labelers (list[Worker] | Unset): Labeling personnel list of sample allocation. The list records the team members
            receiving the samples, which is used for team labeling.
        labels (list[SampleLabel] | Unset): List of sample labels
        metadata (SampleMetadata | Unset):
        review_accept (bool | Unset): Whether to accept the review, which is used for team labeling. Options: -
            **true**: The review is accepted. - **false**: The review is rejected.
        review_comment (str | Unset): Review comment, which is used for team labeling.
        review_score (str | Unset): Review score, which is used for team labeling.
        sample_data (list[str] | Unset): List of sample data
        sample_dir (str | Unset): Path for storing a sample
        sample_id (str | Unset): Sample ID
        sample_name (str | Unset): Sample name
        sample_size (int | Unset): Sample size or text length, in bytes
        sample_status (str | Unset): Sample status. Options: - **\\__ALL_\\_**: labeled - **\\__NONE_\\_**: unlabeled -
            **\\__UNCHECK_\\_**: to be accepted - **\\__ACCEPTED_\\_**: accepted - **\\__REJECTED_\\_**: rejected -
            **\\__UNREVIEWED_\\_**: to be reviewed - **\\__REVIEWED_\\_**: reviewed - **\\__WORKFORCE_SAMPLED_\\_**: sampled
            - **\\__WORKFORCE_SAMPLED_UNCHECK_\\_**: sampling pending check - **\\__WORKFORCE_SAMPLED_CHECKED_\\_**:
            sampling checked - **\\__WORKFORCE_SAMPLED_ACCEPTED_\\_**: sampling accepted -
            **\\__WORKFORCE_SAMPLED_REJECTED_\\_**: sampling rejected - **\\__AUTO_ANNOTATION_\\_**: to be confirmed
        sample_time (int | Unset): Sample time, when OBS is last modified.
        sample_type (ListAutoAnnotationSamplesDescribeSampleRespSampleType | Unset): Sample type. Options: - **0**:
            image - **1**: text - **2**: audio - **4**: table - **6**: video - **9**: free format
        score (str | Unset): Comprehensive score, which is used for team labeling.
        source (str | Unset): Source address of sample data
        sub_sample_url (str | Unset): Subsample URL, which is used for healthcare.
        worker_id (str | Unset): ID of a labeling team member, which is used for team labeling.
    """

    check_accept: bool | Unset = UNSET
    check_comment: str | Unset = UNSET
    check_score: str | Unset = UNSET
    deletion_reasons: list[str] | Unset = UNSET
    hard_details: ListAutoAnnotationSamplesDescribeSampleRespHardDetails | Unset = UNSET
    labelers: list[Worker] | Unset = UNSET
    labels: list[SampleLabel] | Unset = UNSET
    metadata: SampleMetadata | Unset = UNSET
    review_accept: bool | Unset = UNSET
    review_comment: str | Unset = UNSET
    review_score: str | Unset = UNSET
    sample_data: list[str] | Unset = UNSET
    sample_dir: str | Unset = UNSET
    sample_id: str | Unset = UNSET
    sample_name: str | Unset = UNSET
    sample_size: int | Unset = UNSET
    sample_status: str | Unset = UNSET
    sample_time: int | Unset = UNSET
    sample_type: ListAutoAnnotationSamplesDescribeSampleRespSampleType | Unset = UNSET
    score: str | Unset = UNSET
    source: str | Unset = UNSET
    sub_sample_url: str | Unset = UNSET
    worker_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_accept = self.check_accept

        check_comment = self.check_comment

        check_score = self.check_score

        deletion_reasons: list[str] | Unset = UNSET
        if not isinstance(self.deletion_reasons, Unset):
            deletion_reasons = self.deletion_reasons

        hard_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_details, Unset):
            hard_details = self.hard_details.to_dict()

        labelers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labelers, Unset):
            labelers = []
            for labelers_item_data in self.labelers:
                labelers_item = labelers_item_data.to_dict()
                labelers.append(labelers_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        review_accept = self.review_accept

        review_comment = self.review_comment

        review_score = self.review_score

        sample_data: list[str] | Unset = UNSET
        if not isinstance(self.sample_data, Unset):
            sample_data = self.sample_data

        sample_dir = self.sample_dir

        sample_id = self.sample_id

        sample_name = self.sample_name

        sample_size = self.sample_size

        sample_status = self.sample_status

        sample_time = self.sample_time

        sample_type: int | Unset = UNSET
        if not isinstance(self.sample_type, Unset):
            sample_type = self.sample_type.value

        score = self.score

        source = self.source

        sub_sample_url = self.sub_sample_url

        worker_id = self.worker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if check_accept is not UNSET:
            field_dict["check_accept"] = check_accept
        if check_comment is not UNSET:
            field_dict["check_comment"] = check_comment
        if check_score is not UNSET:
            field_dict["check_score"] = check_score
        if deletion_reasons is not UNSET:
            field_dict["deletion_reasons"] = deletion_reasons
        if hard_details is not UNSET:
            field_dict["hard_details"] = hard_details
        if labelers is not UNSET:
            field_dict["labelers"] = labelers
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if review_accept is not UNSET:
            field_dict["review_accept"] = review_accept
        if review_comment is not UNSET:
            field_dict["review_comment"] = review_comment
        if review_score is not UNSET:
            field_dict["review_score"] = review_score
        if sample_data is not UNSET:
            field_dict["sample_data"] = sample_data
        if sample_dir is not UNSET:
            field_dict["sample_dir"] = sample_dir
        if sample_id is not UNSET:
            field_dict["sample_id"] = sample_id
        if sample_name is not UNSET:
            field_dict["sample_name"] = sample_name
        if sample_size is not UNSET:
            field_dict["sample_size"] = sample_size
        if sample_status is not UNSET:
            field_dict["sample_status"] = sample_status
        if sample_time is not UNSET:
            field_dict["sample_time"] = sample_time
        if sample_type is not UNSET:
            field_dict["sample_type"] = sample_type
        if score is not UNSET:
            field_dict["score"] = score
        if source is not UNSET:
            field_dict["source"] = source
        if sub_sample_url is not UNSET:
            field_dict["sub_sample_url"] = sub_sample_url
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        check_accept = d.pop("check_accept", UNSET)
        if not isinstance(check_accept, (bool, Unset)):
            deviate(src_dict, "check_accept", TypeError("expected a boolean"))
            d["check_accept"] = check_accept
            check_accept = UNSET

        check_comment = d.pop("check_comment", UNSET)
        if not isinstance(check_comment, (str, Unset)):
            deviate(src_dict, "check_comment", TypeError("expected a string"))
            d["check_comment"] = check_comment
            check_comment = UNSET

        check_score = d.pop("check_score", UNSET)
        if not isinstance(check_score, (str, Unset)):
            deviate(src_dict, "check_score", TypeError("expected a string"))
            d["check_score"] = check_score
            check_score = UNSET

        deletion_reasons = d.pop("deletion_reasons", UNSET)
        if deletion_reasons is not UNSET and (_misfit := list_misfit(deletion_reasons, (str), False, "a string")):
            deviate(src_dict, "deletion_reasons", _misfit)
            d["deletion_reasons"] = deletion_reasons
            deletion_reasons = UNSET

        _raw_hard_details = d.pop("hard_details", UNSET)
        try:
            _hard_details = _raw_hard_details
            hard_details: ListAutoAnnotationSamplesDescribeSampleRespHardDetails | Unset
            if isinstance(_hard_details, Unset):
                hard_details = UNSET
            else:
                hard_details = ListAutoAnnotationSamplesDescribeSampleRespHardDetails.from_dict(_hard_details)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "hard_details", exc)
            d["hard_details"] = _raw_hard_details
            hard_details = UNSET

        _raw_labelers = d.pop("labelers", UNSET)
        try:
            _labelers = _raw_labelers
            labelers: list[Worker] | Unset = UNSET
            if _labelers is not UNSET:
                labelers = []
                for labelers_item_data in _labelers:
                    labelers_item = Worker.from_dict(labelers_item_data)

                    labelers.append(labelers_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labelers", exc)
            d["labelers"] = _raw_labelers
            labelers = UNSET

        _raw_labels = d.pop("labels", UNSET)
        try:
            _labels = _raw_labels
            labels: list[SampleLabel] | Unset = UNSET
            if _labels is not UNSET:
                labels = []
                for labels_item_data in _labels:
                    labels_item = SampleLabel.from_dict(labels_item_data)

                    labels.append(labels_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels", exc)
            d["labels"] = _raw_labels
            labels = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: SampleMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SampleMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        review_accept = d.pop("review_accept", UNSET)
        if not isinstance(review_accept, (bool, Unset)):
            deviate(src_dict, "review_accept", TypeError("expected a boolean"))
            d["review_accept"] = review_accept
            review_accept = UNSET

        review_comment = d.pop("review_comment", UNSET)
        if not isinstance(review_comment, (str, Unset)):
            deviate(src_dict, "review_comment", TypeError("expected a string"))
            d["review_comment"] = review_comment
            review_comment = UNSET

        review_score = d.pop("review_score", UNSET)
        if not isinstance(review_score, (str, Unset)):
            deviate(src_dict, "review_score", TypeError("expected a string"))
            d["review_score"] = review_score
            review_score = UNSET

        sample_data = d.pop("sample_data", UNSET)
        if sample_data is not UNSET and (_misfit := list_misfit(sample_data, (str), False, "a string")):
            deviate(src_dict, "sample_data", _misfit)
            d["sample_data"] = sample_data
            sample_data = UNSET

        sample_dir = d.pop("sample_dir", UNSET)
        if not isinstance(sample_dir, (str, Unset)):
            deviate(src_dict, "sample_dir", TypeError("expected a string"))
            d["sample_dir"] = sample_dir
            sample_dir = UNSET

        sample_id = d.pop("sample_id", UNSET)
        if not isinstance(sample_id, (str, Unset)):
            deviate(src_dict, "sample_id", TypeError("expected a string"))
            d["sample_id"] = sample_id
            sample_id = UNSET

        sample_name = d.pop("sample_name", UNSET)
        if not isinstance(sample_name, (str, Unset)):
            deviate(src_dict, "sample_name", TypeError("expected a string"))
            d["sample_name"] = sample_name
            sample_name = UNSET

        sample_size = d.pop("sample_size", UNSET)
        if isinstance(sample_size, bool) or not isinstance(sample_size, (int, Unset)):
            deviate(src_dict, "sample_size", TypeError("expected an integer"))
            d["sample_size"] = sample_size
            sample_size = UNSET

        sample_status = d.pop("sample_status", UNSET)
        if not isinstance(sample_status, (str, Unset)):
            deviate(src_dict, "sample_status", TypeError("expected a string"))
            d["sample_status"] = sample_status
            sample_status = UNSET

        sample_time = d.pop("sample_time", UNSET)
        if isinstance(sample_time, bool) or not isinstance(sample_time, (int, Unset)):
            deviate(src_dict, "sample_time", TypeError("expected an integer"))
            d["sample_time"] = sample_time
            sample_time = UNSET

        _raw_sample_type = d.pop("sample_type", UNSET)
        try:
            _sample_type = _raw_sample_type
            sample_type: ListAutoAnnotationSamplesDescribeSampleRespSampleType | Unset
            if isinstance(_sample_type, Unset):
                sample_type = UNSET
            else:
                sample_type = member_of(ListAutoAnnotationSamplesDescribeSampleRespSampleType, _sample_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "sample_type", exc)
            d["sample_type"] = _raw_sample_type
            sample_type = UNSET

        score = d.pop("score", UNSET)
        if not isinstance(score, (str, Unset)):
            deviate(src_dict, "score", TypeError("expected a string"))
            d["score"] = score
            score = UNSET

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            deviate(src_dict, "source", TypeError("expected a string"))
            d["source"] = source
            source = UNSET

        sub_sample_url = d.pop("sub_sample_url", UNSET)
        if not isinstance(sub_sample_url, (str, Unset)):
            deviate(src_dict, "sub_sample_url", TypeError("expected a string"))
            d["sub_sample_url"] = sub_sample_url
            sub_sample_url = UNSET

        worker_id = d.pop("worker_id", UNSET)
        if not isinstance(worker_id, (str, Unset)):
            deviate(src_dict, "worker_id", TypeError("expected a string"))
            d["worker_id"] = worker_id
            worker_id = UNSET

        list_auto_annotation_samples_describe_sample_resp = cls(
            check_accept=check_accept,
            check_comment=check_comment,
            check_score=check_score,
            deletion_reasons=deletion_reasons,
            hard_details=hard_details,
            labelers=labelers,
            labels=labels,
            metadata=metadata,
            review_accept=review_accept,
            review_comment=review_comment,
            review_score=review_score,
            sample_data=sample_data,
            sample_dir=sample_dir,
            sample_id=sample_id,
            sample_name=sample_name,
            sample_size=sample_size,
            sample_status=sample_status,
            sample_time=sample_time,
            sample_type=sample_type,
            score=score,
            source=source,
            sub_sample_url=sub_sample_url,
            worker_id=worker_id,
        )

        list_auto_annotation_samples_describe_sample_resp.additional_properties = d
        return list_auto_annotation_samples_describe_sample_resp

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


from ..models.list_auto_annotation_samples_describe_sample_resp_hard_details import (
    ListAutoAnnotationSamplesDescribeSampleRespHardDetails,  # noqa: E402
)
from ..models.sample_label import SampleLabel  # noqa: E402
from ..models.sample_metadata import SampleMetadata  # noqa: E402
from ..models.worker import Worker  # noqa: E402
