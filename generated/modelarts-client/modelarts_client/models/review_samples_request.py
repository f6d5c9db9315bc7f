from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_comment import SampleComment


T = TypeVar("T", bound="ReviewSamplesRequest")


@_attrs_define
class ReviewSamplesRequest:
    """
    Attributes:
        comments (list[SampleComment] | Unset): Review comment list.
    """

    comments: list[SampleComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_comments = d.pop("comments", UNSET)
        try:
            _comments = _raw_comments
            comments: list[SampleComment] | Unset = UNSET
            if _comments is not UNSET:
                comments = []
                for comments_item_data in _comments:
                    comments_item = SampleComment.from_dict(comments_item_data)

                    comments.append(comments_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "comments", exc)
            d["comments"] = _raw_comments
            comments = UNSET

        review_samples_request = cls(
            comments=comments,
        )

        review_samples_request.additional_properties = d
        return review_samples_request

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


from ..models.sample_comment import SampleComment  # noqa: E402
