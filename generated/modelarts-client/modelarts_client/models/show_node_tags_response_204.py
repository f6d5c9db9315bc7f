from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_node_tags_tag import ShowNodeTagsTag


T = TypeVar("T", bound="ShowNodeTagsResponse204")


@_attrs_define
class ShowNodeTagsResponse204:
    """
    Attributes:
        tags (list[ShowNodeTagsTag] | ShowNodeTagsTag | Unset):
    """

    tags: list[ShowNodeTagsTag] | ShowNodeTagsTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, ShowNodeTagsTag):
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

            def _parse_tags(data: object) -> list[ShowNodeTagsTag] | ShowNodeTagsTag | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tags_type_0 = ShowNodeTagsTag.from_dict(data)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_1 = []
                _tags_type_1 = data
                for tags_type_1_item_data in _tags_type_1:
                    tags_type_1_item = ShowNodeTagsTag.from_dict(tags_type_1_item_data)

                    tags_type_1.append(tags_type_1_item)

                return tags_type_1

            tags = _parse_tags(_raw_tags)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            d["tags"] = _raw_tags
            tags = UNSET

        show_node_tags_response_204 = cls(
            tags=tags,
        )

        show_node_tags_response_204.additional_properties = d
        return show_node_tags_response_204

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


from ..models.show_node_tags_tag import ShowNodeTagsTag  # noqa: E402
