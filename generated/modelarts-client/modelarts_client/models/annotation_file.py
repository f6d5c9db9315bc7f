from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_file_tags import AnnotationFileTags


T = TypeVar("T", bound="AnnotationFile")


@_attrs_define
class AnnotationFile:
    """
    Attributes:
        create_time (int | Unset): Time when a sample is created.
        dataset_id (str | Unset): Dataset ID.
        depth (int | Unset): Number of image sample channels.
        file_name (str | Unset): Sample name.
        file_id (str | Unset): Sample ID.
        file_type (str | Unset): File type.
        height (int | Unset): Image sample height.
        size (int | Unset): Image sample size.
        tags (AnnotationFileTags | Unset): Label information of a sample.
        url (str | Unset): OBS address of the preview sample.
        width (int | Unset): Image sample width.
    """

    create_time: int | Unset = UNSET
    dataset_id: str | Unset = UNSET
    depth: int | Unset = UNSET
    file_name: str | Unset = UNSET
    file_id: str | Unset = UNSET
    file_type: str | Unset = UNSET
    height: int | Unset = UNSET
    size: int | Unset = UNSET
    tags: AnnotationFileTags | Unset = UNSET
    url: str | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        dataset_id = self.dataset_id

        depth = self.depth

        file_name = self.file_name

        file_id = self.file_id

        file_type = self.file_type

        height = self.height

        size = self.size

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        url = self.url

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if depth is not UNSET:
            field_dict["depth"] = depth
        if file_name is not UNSET:
            field_dict["file_Name"] = file_name
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if height is not UNSET:
            field_dict["height"] = height
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        dataset_id = d.pop("dataset_id", UNSET)
        if not isinstance(dataset_id, (str, Unset)):
            deviate(src_dict, "dataset_id", TypeError("expected a string"))
            d["dataset_id"] = dataset_id
            dataset_id = UNSET

        depth = d.pop("depth", UNSET)
        if isinstance(depth, bool) or not isinstance(depth, (int, Unset)):
            deviate(src_dict, "depth", TypeError("expected an integer"))
            d["depth"] = depth
            depth = UNSET

        file_name = d.pop("file_Name", UNSET)
        if not isinstance(file_name, (str, Unset)):
            deviate(src_dict, "file_Name", TypeError("expected a string"))
            d["file_Name"] = file_name
            file_name = UNSET

        file_id = d.pop("file_id", UNSET)
        if not isinstance(file_id, (str, Unset)):
            deviate(src_dict, "file_id", TypeError("expected a string"))
            d["file_id"] = file_id
            file_id = UNSET

        file_type = d.pop("file_type", UNSET)
        if not isinstance(file_type, (str, Unset)):
            deviate(src_dict, "file_type", TypeError("expected a string"))
            d["file_type"] = file_type
            file_type = UNSET

        height = d.pop("height", UNSET)
        if isinstance(height, bool) or not isinstance(height, (int, Unset)):
            deviate(src_dict, "height", TypeError("expected an integer"))
            d["height"] = height
            height = UNSET

        size = d.pop("size", UNSET)
        if isinstance(size, bool) or not isinstance(size, (int, Unset)):
            deviate(src_dict, "size", TypeError("expected an integer"))
            d["size"] = size
            size = UNSET

        _raw_tags = d.pop("tags", UNSET)
        try:
            _tags = _raw_tags
            tags: AnnotationFileTags | Unset
            if isinstance(_tags, Unset):
                tags = UNSET
            else:
                tags = AnnotationFileTags.from_dict(_tags)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "tags", exc)
            d["tags"] = _raw_tags
            tags = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        width = d.pop("width", UNSET)
        if isinstance(width, bool) or not isinstance(width, (int, Unset)):
            deviate(src_dict, "width", TypeError("expected an integer"))
            d["width"] = width
            width = UNSET

        annotation_file = cls(
            create_time=create_time,
            dataset_id=dataset_id,
            depth=depth,
            file_name=file_name,
            file_id=file_id,
            file_type=file_type,
            height=height,
            size=size,
            tags=tags,
            url=url,
            width=width,
        )

        annotation_file.additional_properties = d
        return annotation_file

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


from ..models.annotation_file_tags import AnnotationFileTags  # noqa: E402
