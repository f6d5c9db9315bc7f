from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.sample_comment_score import SampleCommentScore
from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleComment")


@_attrs_define
class SampleComment:
    """
    Attributes:
        accept (bool): Whether the submitted sample review comments are passed. Options: - **true**: passed - **false**:
            not passed
        comment (str | Unset): Review comment, which contains 0 to 256 characters, excluding special characters
            ``(!<>=&"'').``
        sample_id (str | Unset): Sample ID, which can be obtained by invoking the API for querying the sample list.
        score (SampleCommentScore | Unset): Review score, whose value can be **A**, **B**, **C**, or **D**, in
            descending order.
        worker_id (str | Unset): Annotation member ID, which can be obtained by invoking the annotation member list
            interface.
    """

    accept: bool
    comment: str | Unset = UNSET
    sample_id: str | Unset = UNSET
    score: SampleCommentScore | Unset = UNSET
    worker_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        sample_id = self.sample_id

        score: str | Unset = UNSET
        if not isinstance(self.score, Unset):
            score = self.score.value

        worker_id = self.worker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.accept is not UNREAD:
            accept = self.accept
            field_dict["accept"] = accept
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sample_id is not UNSET:
            field_dict["sample_id"] = sample_id
        if score is not UNSET:
            field_dict["score"] = score
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        accept = d.pop("accept", UNSET)
        if not isinstance(accept, (bool)):
            deviate(src_dict, "accept", TypeError("expected a boolean"))
            if not isinstance(accept, Unset):
                d["accept"] = accept
            accept = UNREAD

        comment = d.pop("comment", UNSET)
        if not isinstance(comment, (str, Unset)):
            deviate(src_dict, "comment", TypeError("expected a string"))
            d["comment"] = comment
            comment = UNSET

        sample_id = d.pop("sample_id", UNSET)
        if not isinstance(sample_id, (str, Unset)):
            deviate(src_dict, "sample_id", TypeError("expected a string"))
            d["sample_id"] = sample_id
            sample_id = UNSET

        _raw_score = d.pop("score", UNSET)
        try:
            _score = _raw_score
            score: SampleCommentScore | Unset
            if isinstance(_score, Unset):
                score = UNSET
            else:
                score = member_of(SampleCommentScore, _score)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "score", exc)
            d["score"] = _raw_score
            score = UNSET

        worker_id = d.pop("worker_id", UNSET)
        if not isinstance(worker_id, (str, Unset)):
            deviate(src_dict, "worker_id", TypeError("expected a string"))
            d["worker_id"] = worker_id
            worker_id = UNSET

        sample_comment = cls(
            accept=accept,
            comment=comment,
            sample_id=sample_id,
            score=score,
            worker_id=worker_id,
        )

        sample_comment.additional_properties = d
        return sample_comment

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
