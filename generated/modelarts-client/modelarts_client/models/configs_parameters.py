from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigsParameters")


@_attrs_define
class ConfigsParameters:
    """
    Attributes:
        config_name (str | Unset): Name of a training job configuration
        config_desc (str | Unset): Description of a training job configuration
        create_time (int | Unset): Time when a training job is created
        engine_type (int | str | Unset): Engine type of a training job
        engine_name (str | Unset): Name of the engine selected for a training job
        engine_id (int | Unset): ID of the engine selected for a training job
        engine_version (str | Unset): Version of the engine selected for a training job
        user_image_url (str | Unset): SWR URL of a custom image used by a training job. Example value:
            **100.125.5.235:20202/jobmng/custom-cpu-base:1.0**
        user_command (str | Unset): Boot command used to start the container of a custom image of a training job. The
            format is **bash /home/work/run_train.sh python /home/work/user-job-dir/app/train.py {python_file_parameter}**.
    """

    config_name: str | Unset = UNSET
    config_desc: str | Unset = UNSET
    create_time: int | Unset = UNSET
    engine_type: int | str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_version: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_name = self.config_name

        config_desc = self.config_desc

        create_time = self.create_time

        engine_type: int | str | Unset
        if isinstance(self.engine_type, Unset):
            engine_type = UNSET
        else:
            engine_type = self.engine_type

        engine_name = self.engine_name

        engine_id = self.engine_id

        engine_version = self.engine_version

        user_image_url = self.user_image_url

        user_command = self.user_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config_name is not UNSET:
            field_dict["config_name"] = config_name
        if config_desc is not UNSET:
            field_dict["config_desc"] = config_desc
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        config_name = d.pop("config_name", UNSET)
        if not isinstance(config_name, (str, Unset)):
            deviate(src_dict, "config_name", TypeError("expected a string"))
            d["config_name"] = config_name
            config_name = UNSET

        config_desc = d.pop("config_desc", UNSET)
        if not isinstance(config_desc, (str, Unset)):
            deviate(src_dict, "config_desc", TypeError("expected a string"))
            d["config_desc"] = config_desc
            config_desc = UNSET

        create_time = d.pop("create_time", UNSET)
        if isinstance(create_time, bool) or not isinstance(create_time, (int, Unset)):
            deviate(src_dict, "create_time", TypeError("expected an integer"))
            d["create_time"] = create_time
            create_time = UNSET

        engine_type = d.pop("engine_type", UNSET)
        if isinstance(engine_type, bool) or not isinstance(engine_type, (int, str, Unset)):
            deviate(src_dict, "engine_type", TypeError("expected an integer or a string"))
            d["engine_type"] = engine_type
            engine_type = UNSET

        engine_name = d.pop("engine_name", UNSET)
        if not isinstance(engine_name, (str, Unset)):
            deviate(src_dict, "engine_name", TypeError("expected a string"))
            d["engine_name"] = engine_name
            engine_name = UNSET

        engine_id = d.pop("engine_id", UNSET)
        if isinstance(engine_id, bool) or not isinstance(engine_id, (int, Unset)):
            deviate(src_dict, "engine_id", TypeError("expected an integer"))
            d["engine_id"] = engine_id
            engine_id = UNSET

        engine_version = d.pop("engine_version", UNSET)
        if not isinstance(engine_version, (str, Unset)):
            deviate(src_dict, "engine_version", TypeError("expected a string"))
            d["engine_version"] = engine_version
            engine_version = UNSET

        user_image_url = d.pop("user_image_url", UNSET)
        if not isinstance(user_image_url, (str, Unset)):
            deviate(src_dict, "user_image_url", TypeError("expected a string"))
            d["user_image_url"] = user_image_url
            user_image_url = UNSET

        user_command = d.pop("user_command", UNSET)
        if not isinstance(user_command, (str, Unset)):
            deviate(src_dict, "user_command", TypeError("expected a string"))
            d["user_command"] = user_command
            user_command = UNSET

        configs_parameters = cls(
            config_name=config_name,
            config_desc=config_desc,
            create_time=create_time,
            engine_type=engine_type,
            engine_name=engine_name,
            engine_id=engine_id,
            engine_version=engine_version,
            user_image_url=user_image_url,
            user_command=user_command,
        )

        configs_parameters.additional_properties = d
        return configs_parameters

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
