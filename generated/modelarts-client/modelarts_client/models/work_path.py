from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.work_path_path import WorkPathPath
from ..models.work_path_type import WorkPathType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkPath")


@_attrs_define
class WorkPath:
    """
    Attributes:
        name (str | Unset): Dataset name.
        output_path (str | Unset): Output path, for example, /datasets/demo.
        path (WorkPathPath | Unset): Working path. Options: - If **type** is set to **OBS**, **source** is an OBS path.
            - If **type** is set to **DATASET**, **source** is a dataset ID.
        type_ (WorkPathType | Unset): Type of a working path. Options: - **OBS**: OBS path - **DATASET**: dataset
        version_id (str | Unset): Version of a dataset.
        version_name (str | Unset): Name of a dataset version. The value can contain 0 to 32 characters. Only digits,
            letters, underscores (_), and hyphens (-) are allowed.
    """

    name: str | Unset = UNSET
    output_path: str | Unset = UNSET
    path: WorkPathPath | Unset = UNSET
    type_: WorkPathType | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        output_path = self.output_path

        path: str | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = self.path.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version_id = self.version_id

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if output_path is not UNSET:
            field_dict["output_path"] = output_path
        if path is not UNSET:
            field_dict["path"] = path
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        output_path = d.pop("output_path", UNSET)
        if not isinstance(output_path, (str, Unset)):
            deviate(src_dict, "output_path", TypeError("expected a string"))
            d["output_path"] = output_path
            output_path = UNSET

        _raw_path = d.pop("path", UNSET)
        try:
            _path = _raw_path
            path: WorkPathPath | Unset
            if isinstance(_path, Unset):
                path = UNSET
            else:
                path = member_of(WorkPathPath, _path)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "path", exc)
            d["path"] = _raw_path
            path = UNSET

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: WorkPathType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = member_of(WorkPathType, _type_)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "type", exc)
            d["type"] = _raw_type_
            type_ = UNSET

        version_id = d.pop("version_id", UNSET)
        if not isinstance(version_id, (str, Unset)):
            deviate(src_dict, "version_id", TypeError("expected a string"))
            d["version_id"] = version_id
            version_id = UNSET

        version_name = d.pop("version_name", UNSET)
        if not isinstance(version_name, (str, Unset)):
            deviate(src_dict, "version_name", TypeError("expected a string"))
            d["version_name"] = version_name
            version_name = UNSET

        work_path = cls(
            name=name,
            output_path=output_path,
            path=path,
            type_=type_,
            version_id=version_id,
            version_name=version_name,
        )

        work_path.additional_properties = d
        return work_path

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
