from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.pool_labels_creation_os_modelartssharing import PoolLabelsCreationOsModelartssharing
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolLabelsCreation")


@_attrs_define
class PoolLabelsCreation:
    """
    Attributes:
        os_modelartsname (str): Specified resource pool name. The value contains 4 to 25 characters, including lowercase
            letters, hyphens (-), and digits.
        os_modelartsworkspace_id (str | Unset): Workspace ID. The default value is **0**. Default: '0'.
        os_modelartssharing (PoolLabelsCreationOsModelartssharing | Unset): Whether the resource pool can be shared. The
            value can be **unshared** or **shared**.
        os_modelartsnode_prefix (str | Unset): Customized node prefix. This parameter is optional.
    """

    os_modelartsname: str
    os_modelartsworkspace_id: str | Unset = "0"
    os_modelartssharing: PoolLabelsCreationOsModelartssharing | Unset = UNSET
    os_modelartsnode_prefix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsworkspace_id = self.os_modelartsworkspace_id

        os_modelartssharing: str | Unset = UNSET
        if not isinstance(self.os_modelartssharing, Unset):
            os_modelartssharing = self.os_modelartssharing.value

        os_modelartsnode_prefix = self.os_modelartsnode_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.os_modelartsname is not UNREAD:
            os_modelartsname = self.os_modelartsname
            field_dict["os.modelarts/name"] = os_modelartsname
        if os_modelartsworkspace_id is not UNSET:
            field_dict["os.modelarts/workspace.id"] = os_modelartsworkspace_id
        if os_modelartssharing is not UNSET:
            field_dict["os.modelarts/sharing"] = os_modelartssharing
        if os_modelartsnode_prefix is not UNSET:
            field_dict["os.modelarts/node.prefix"] = os_modelartsnode_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        os_modelartsname = d.pop("os.modelarts/name", UNSET)
        if not isinstance(os_modelartsname, (str)):
            deviate(src_dict, "os.modelarts/name", TypeError("expected a string"))
            if not isinstance(os_modelartsname, Unset):
                d["os.modelarts/name"] = os_modelartsname
            os_modelartsname = UNREAD

        os_modelartsworkspace_id = d.pop("os.modelarts/workspace.id", UNSET)
        if not isinstance(os_modelartsworkspace_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/workspace.id", TypeError("expected a string"))
            d["os.modelarts/workspace.id"] = os_modelartsworkspace_id
            os_modelartsworkspace_id = UNSET

        _raw_os_modelartssharing = d.pop("os.modelarts/sharing", UNSET)
        try:
            _os_modelartssharing = _raw_os_modelartssharing
            os_modelartssharing: PoolLabelsCreationOsModelartssharing | Unset
            if isinstance(_os_modelartssharing, Unset):
                os_modelartssharing = UNSET
            else:
                os_modelartssharing = member_of(PoolLabelsCreationOsModelartssharing, _os_modelartssharing)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "os.modelarts/sharing", exc)
            d["os.modelarts/sharing"] = _raw_os_modelartssharing
            os_modelartssharing = UNSET

        os_modelartsnode_prefix = d.pop("os.modelarts/node.prefix", UNSET)
        if not isinstance(os_modelartsnode_prefix, (str, Unset)):
            deviate(src_dict, "os.modelarts/node.prefix", TypeError("expected a string"))
            d["os.modelarts/node.prefix"] = os_modelartsnode_prefix
            os_modelartsnode_prefix = UNSET

        pool_labels_creation = cls(
            os_modelartsname=os_modelartsname,
            os_modelartsworkspace_id=os_modelartsworkspace_id,
            os_modelartssharing=os_modelartssharing,
            os_modelartsnode_prefix=os_modelartsnode_prefix,
        )

        pool_labels_creation.additional_properties = d
        return pool_labels_creation

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
