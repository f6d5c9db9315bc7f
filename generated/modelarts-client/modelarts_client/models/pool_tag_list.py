from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_tag import PoolTag


T = TypeVar("T", bound="PoolTagList")


@_attrs_define
class PoolTagList:
    """Tags of a resource pool.

    Attributes:
        tags (list[PoolTag]): Tags of the pool.
    """

    tags: list[PoolTag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.tags is not UNREAD:
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_tags = d.pop("tags", UNSET)
        try:
            if isinstance(_raw_tags, Unset):
                raise KeyError("tags")
            tags = []
            _tags = _raw_tags
            for tags_item_data in _tags:
                tags_item = PoolTag.from_dict(tags_item_data)

                tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            if not isinstance(_raw_tags, Unset):
                d["tags"] = _raw_tags
            tags = UNREAD

        pool_tag_list = cls(
            tags=tags,
        )

        pool_tag_list.additional_properties = d
        return pool_tag_list

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


from ..models.pool_tag import PoolTag  # noqa: E402
