from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_tags_type_0_item import MetadataTagsType0Item


T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """
    Attributes:
        id (int | str | Unset): Algorithm UUID. You do not need to set this parameter when creating an algorithm.
        name (str | Unset): Algorithm name. The value must contain 1 to 64 characters consisting of only digits,
            letters, underscores (_), and hyphens (-).
        description (str | Unset): Description of the algorithm. The value is a string of [0, 256] characters. The
            default value is NULL.
        workspace_id (str | Unset): Workspace where a specified algorithm is located. The default value is **0**. The
            value 0 indicates the default workspace. Default: '0'.
        ai_project (str | Unset): AI project to which a specified algorithm belongs. The default value is **default-ai-
            project**. The AI project has been brought offline. Ignore it. Default: 'default-ai-project'.
        user_name (str | Unset): Username.
        domain_id (str | Unset): Domain ID of a user.
        source (str | Unset): Algorithm source.
        api_version (str | Unset): Algorithm API version, which identifies the old and new ones.
        is_valid (bool | str | Unset): Algorithm availability.
        state (str | Unset): Algorithm state.
        tags (list[MetadataTagsType0Item] | None | Unset): Algorithm tags.
        attr_list (list[str] | None | Unset): Algorithm attribute list.
        version_num (int | Unset): Number of algorithm versions. The default value is **0**. Default: 0.
        size (int | Unset): Algorithm size.
        create_time (int | Unset): Timestamp when the algorithm is created.
        update_time (int | Unset): Timestamp when the algorithm is updated.
    """

    id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    ai_project: str | Unset = "default-ai-project"
    user_name: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    source: str | Unset = UNSET
    api_version: str | Unset = UNSET
    is_valid: bool | str | Unset = UNSET
    state: str | Unset = UNSET
    tags: list[MetadataTagsType0Item] | None | Unset = UNSET
    attr_list: list[str] | None | Unset = UNSET
    version_num: int | Unset = 0
    size: int | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        description = self.description

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        user_name = self.user_name

        domain_id = self.domain_id

        source = self.source

        api_version = self.api_version

        is_valid: bool | str | Unset
        if isinstance(self.is_valid, Unset):
            is_valid = UNSET
        else:
            is_valid = self.is_valid

        state = self.state

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        attr_list: list[str] | None | Unset
        if isinstance(self.attr_list, Unset):
            attr_list = UNSET
        elif isinstance(self.attr_list, list):
            attr_list = self.attr_list

        else:
            attr_list = self.attr_list

        version_num = self.version_num

        size = self.size

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if source is not UNSET:
            field_dict["source"] = source
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if attr_list is not UNSET:
            field_dict["attr_list"] = attr_list
        if version_num is not UNSET:
            field_dict["version_num"] = version_num
        if size is not UNSET:
            field_dict["size"] = size
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if isinstance(id, bool) or not isinstance(id, (int, str, Unset)):
            deviate(src_dict, "id", TypeError("expected an integer or a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        ai_project = d.pop("ai_project", UNSET)
        if not isinstance(ai_project, (str, Unset)):
            deviate(src_dict, "ai_project", TypeError("expected a string"))
            d["ai_project"] = ai_project
            ai_project = UNSET

        user_name = d.pop("user_name", UNSET)
        if not isinstance(user_name, (str, Unset)):
            deviate(src_dict, "user_name", TypeError("expected a string"))
            d["user_name"] = user_name
            user_name = UNSET

        domain_id = d.pop("domain_id", UNSET)
        if not isinstance(domain_id, (str, Unset)):
            deviate(src_dict, "domain_id", TypeError("expected a string"))
            d["domain_id"] = domain_id
            domain_id = UNSET

        source = d.pop("source", UNSET)
        if not isinstance(source, (str, Unset)):
            deviate(src_dict, "source", TypeError("expected a string"))
            d["source"] = source
            source = UNSET

        api_version = d.pop("api_version", UNSET)
        if not isinstance(api_version, (str, Unset)):
            deviate(src_dict, "api_version", TypeError("expected a string"))
            d["api_version"] = api_version
            api_version = UNSET

        is_valid = d.pop("is_valid", UNSET)
        if not isinstance(is_valid, (bool, str, Unset)):
            deviate(src_dict, "is_valid", TypeError("expected a boolean or a string"))
            d["is_valid"] = is_valid
            is_valid = UNSET

        state = d.pop("state", UNSET)
        if not isinstance(state, (str, Unset)):
            deviate(src_dict, "state", TypeError("expected a string"))
            d["state"] = state
            state = UNSET

        _raw_tags = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> list[MetadataTagsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tags_type_0 = []
                    _tags_type_0 = data
                    for tags_type_0_item_data in _tags_type_0:
                        tags_type_0_item = MetadataTagsType0Item.from_dict(tags_type_0_item_data)

                        tags_type_0.append(tags_type_0_item)

                    return tags_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[MetadataTagsType0Item] | None | Unset, data)

            tags = _parse_tags(_raw_tags)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            d["tags"] = _raw_tags
            tags = UNSET

        _raw_attr_list = d.pop("attr_list", UNSET)
        try:

            def _parse_attr_list(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    attr_list_type_0 = cast(list[str], data)

                    return attr_list_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            attr_list = _parse_attr_list(_raw_attr_list)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "attr_list", exc)
            d["attr_list"] = _raw_attr_list
            attr_list = UNSET

        version_num = d.pop("version_num", UNSET)
        if isinstance(version_num, bool) or not isinstance(version_num, (int, Unset)):
            deviate(src_dict, "version_num", TypeError("expected an integer"))
            d["version_num"] = version_num
            version_num = UNSET

        size = d.pop("size", UNSET)
        if isinstance(size, bool) or not isinstance(size, (int, Unset)):
            deviate(src_dict, "size", TypeError("expected an integer"))
            d["size"] = size
            size = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        update_time = d.pop("update_time", UNSET)
        if isinstance(update_time, bool) or not isinstance(update_time, (int, Unset)):
            deviate(src_dict, "update_time", TypeError("expected an integer"))
            d["update_time"] = update_time
            update_time = UNSET

        metadata = cls(
            id=id,
            name=name,
            description=description,
            workspace_id=workspace_id,
            ai_project=ai_project,
            user_name=user_name,
            domain_id=domain_id,
            source=source,
            api_version=api_version,
            is_valid=is_valid,
            state=state,
            tags=tags,
            attr_list=attr_list,
            version_num=version_num,
            size=size,
            create_time=create_time,
            update_time=update_time,
        )

        metadata.additional_properties = d
        return metadata

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


from ..models.metadata_tags_type_0_item import MetadataTagsType0Item  # noqa: E402
