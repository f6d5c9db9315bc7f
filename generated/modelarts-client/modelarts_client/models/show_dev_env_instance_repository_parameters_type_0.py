from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_dev_env_instance_connection_info_parameters import ShowDevEnvInstanceConnectionInfoParameters


T = TypeVar("T", bound="ShowDevEnvInstanceRepositoryParametersType0")


@_attrs_define
class ShowDevEnvInstanceRepositoryParametersType0:
    """
    Attributes:
        id (str | Unset): Repository ID
        branch (str | Unset): Repository branch
        user_name (str | Unset): Repository username
        user_email (str | Unset): Repository user mailbox
        type_ (str | Unset): Repository type, which can be **CodeClub** or **GitHub**
        connection_info (ShowDevEnvInstanceConnectionInfoParameters | Unset):
    """

    id: str | Unset = UNSET
    branch: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    type_: str | Unset = UNSET
    connection_info: ShowDevEnvInstanceConnectionInfoParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        branch = self.branch

        user_name = self.user_name

        user_email = self.user_email

        type_ = self.type_

        connection_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_info, Unset):
            connection_info = self.connection_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if branch is not UNSET:
            field_dict["branch"] = branch
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if connection_info is not UNSET:
            field_dict["connection_info"] = connection_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        branch = d.pop("branch", UNSET)
        if not isinstance(branch, (str, Unset)):
            deviate(src_dict, "branch", TypeError("expected a string"))
            d["branch"] = branch
            branch = UNSET

        user_name = d.pop("user_name", UNSET)
        if not isinstance(user_name, (str, Unset)):
            deviate(src_dict, "user_name", TypeError("expected a string"))
            d["user_name"] = user_name
            user_name = UNSET

        user_email = d.pop("user_email", UNSET)
        if not isinstance(user_email, (str, Unset)):
            deviate(src_dict, "user_email", TypeError("expected a string"))
            d["user_email"] = user_email
            user_email = UNSET

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            deviate(src_dict, "type", TypeError("expected a string"))
            d["type"] = type_
            type_ = UNSET

        _raw_connection_info = d.pop("connection_info", UNSET)
        try:
            _connection_info = _raw_connection_info
            connection_info: ShowDevEnvInstanceConnectionInfoParameters | Unset
            if isinstance(_connection_info, Unset):
                connection_info = UNSET
            else:
                connection_info = ShowDevEnvInstanceConnectionInfoParameters.from_dict(_connection_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "connection_info", exc)
            d["connection_info"] = _raw_connection_info
            connection_info = UNSET

        show_dev_env_instance_repository_parameters_type_0 = cls(
            id=id,
            branch=branch,
            user_name=user_name,
            user_email=user_email,
            type_=type_,
            connection_info=connection_info,
        )

        show_dev_env_instance_repository_parameters_type_0.additional_properties = d
        return show_dev_env_instance_repository_parameters_type_0

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


from ..models.show_dev_env_instance_connection_info_parameters import ShowDevEnvInstanceConnectionInfoParameters  # noqa: E402
