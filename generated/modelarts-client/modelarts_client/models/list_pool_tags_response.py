from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_pool_tags_tag import ListPoolTagsTag


T = TypeVar("T", bound="ListPoolTagsResponse")


@_attrs_define
class ListPoolTagsResponse:
    """
    Attributes:
        tags (list[ListPoolTagsTag] | ListPoolTagsTag | Unset):
    """

    tags: list[ListPoolTagsTag] | ListPoolTagsTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, ListPoolTagsTag):
            tags = self.tags.to_dict()
        else:
            tags = []
            for tags_type_1_item_data in self.tags:
                tags_type_1_item = tags_type_1_item_data.to_dict()
                tags.append(tags_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_tags = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> list[ListPoolTagsTag] | ListPoolTagsTag | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tags_type_0 = ListPoolTagsTag.from_dict(data)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_1 = []
                _tags_type_1 = data
                for tags_type_1_item_data in _tags_type_1:
                    tags_type_1_item = ListPoolTagsTag.from_dict(tags_type_1_item_data)

                    tags_type_1.append(tags_type_1_item)

                return tags_type_1

            tags = _parse_tags(_raw_tags)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            d["tags"] = _raw_tags
            tags = UNSET

        list_pool_tags_response = cls(
            tags=tags,
        )

        list_pool_tags_response.additional_properties = d
        return list_pool_tags_response

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


from ..models.list_pool_tags_tag import ListPoolTagsTag  # noqa: E402
