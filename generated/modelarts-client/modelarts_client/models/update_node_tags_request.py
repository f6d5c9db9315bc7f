from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.update_node_tags_request_action import UpdateNodeTagsRequestAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="UpdateNodeTagsRequest")


@_attrs_define
class UpdateNodeTagsRequest:
    """
    Attributes:
        action (UpdateNodeTagsRequestAction): Action performed on resource tags. The options are as follows: -
            **create**: Add a specified resource tag. If the tag key already exists, the **value** field of that tag is
            overwritten. - **delete**: Delete a specified resource tag. A resource tag with the same key and value will be
            deleted. - **reset**: Reset the resource tag to a requested value.
        tags (list[Tag]): Resource tag list. The value can be empty only when the value of **action** is **reset**.
    """

    action: UpdateNodeTagsRequestAction
    tags: list[Tag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.action is not UNREAD:
            action = self.action.value
            field_dict["action"] = action
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
        _raw_action = d.pop("action", UNSET)
        try:
            if isinstance(_raw_action, Unset):
                raise KeyError("action")
            action = member_of(UpdateNodeTagsRequestAction, _raw_action)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "action", exc)
            if not isinstance(_raw_action, Unset):
                d["action"] = _raw_action
            action = UNREAD

        _raw_tags = d.pop("tags", UNSET)
        try:
            if isinstance(_raw_tags, Unset):
                raise KeyError("tags")
            tags = []
            _tags = _raw_tags
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            if not isinstance(_raw_tags, Unset):
                d["tags"] = _raw_tags
            tags = UNREAD

        update_node_tags_request = cls(
            action=action,
            tags=tags,
        )

        update_node_tags_request.additional_properties = d
        return update_node_tags_request

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


from ..models.tag import Tag  # noqa: E402
