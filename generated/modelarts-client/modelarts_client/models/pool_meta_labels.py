from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolMetaLabels")


@_attrs_define
class PoolMetaLabels:
    """Labels of a resource pool; all values are strings.

    Attributes:
        os_modelartsworkspace_id (str | Unset): Workspace id. "0" when no workspace has been created; otherwise the id
            of the workspace in use.
        os_modelartsname (str | Unset): Pool name chosen by the user (display name).
        os_modelartsresource_id (str | Unset): Main resource id of the pool, used by the billing system (CBC).
        os_modelartstenant_domain_id (str | Unset): Id of the tenant account the pool was created under.
        os_modelartsnode_prefix (str | Unset): Custom prefix of node names (from the official SDK; not in the manual's
            table).
        os_modelartstenant_project_id (str | Unset): Tenant project the pool belongs to (from the official SDK; not in
            the manual's table).
        os_modelartsenterprise_project_id (str | Unset): Enterprise project the pool belongs to (from the official SDK;
            not in the manual's table).
        os_modelarts_poolbiz (str | Unset): Business type of the pool, `public` (shared) or `private` (dedicated to one
            user) (from the official SDK; not in the manual's table).
        os_modelartscreate_from (str | Unset): Where the pool was created from, e.g. `admin-console` or `console` (from
            the official SDK; not in the manual's table).
        os_modelartsnobilling (str | Unset): Whether the pool is exempt from billing (from the official SDK; not in the
            manual's table).
        os_modelartsorder_name (str | Unset): Last order job of the pool (from the official SDK; not in the manual's
            table).
        os_modelartsregion (str | Unset): Region of the pool (from the official SDK; not in the manual's table).
        os_modelartssharing (str | Unset): Whether the pool can be shared with other users (not in the manual's excerpt;
            from the English edition).
    """

    os_modelartsworkspace_id: str | Unset = UNSET
    os_modelartsname: str | Unset = UNSET
    os_modelartsresource_id: str | Unset = UNSET
    os_modelartstenant_domain_id: str | Unset = UNSET
    os_modelartsnode_prefix: str | Unset = UNSET
    os_modelartstenant_project_id: str | Unset = UNSET
    os_modelartsenterprise_project_id: str | Unset = UNSET
    os_modelarts_poolbiz: str | Unset = UNSET
    os_modelartscreate_from: str | Unset = UNSET
    os_modelartsnobilling: str | Unset = UNSET
    os_modelartsorder_name: str | Unset = UNSET
    os_modelartsregion: str | Unset = UNSET
    os_modelartssharing: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsworkspace_id = self.os_modelartsworkspace_id

        os_modelartsname = self.os_modelartsname

        os_modelartsresource_id = self.os_modelartsresource_id

        os_modelartstenant_domain_id = self.os_modelartstenant_domain_id

        os_modelartsnode_prefix = self.os_modelartsnode_prefix

        os_modelartstenant_project_id = self.os_modelartstenant_project_id

        os_modelartsenterprise_project_id = self.os_modelartsenterprise_project_id

        os_modelarts_poolbiz = self.os_modelarts_poolbiz

        os_modelartscreate_from = self.os_modelartscreate_from

        os_modelartsnobilling = self.os_modelartsnobilling

        os_modelartsorder_name = self.os_modelartsorder_name

        os_modelartsregion = self.os_modelartsregion

        os_modelartssharing = self.os_modelartssharing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelartsworkspace_id is not UNSET:
            field_dict["os.modelarts/workspace.id"] = os_modelartsworkspace_id
        if os_modelartsname is not UNSET:
            field_dict["os.modelarts/name"] = os_modelartsname
        if os_modelartsresource_id is not UNSET:
            field_dict["os.modelarts/resource.id"] = os_modelartsresource_id
        if os_modelartstenant_domain_id is not UNSET:
            field_dict["os.modelarts/tenant.domain.id"] = os_modelartstenant_domain_id
        if os_modelartsnode_prefix is not UNSET:
            field_dict["os.modelarts/node.prefix"] = os_modelartsnode_prefix
        if os_modelartstenant_project_id is not UNSET:
            field_dict["os.modelarts/tenant.project.id"] = os_modelartstenant_project_id
        if os_modelartsenterprise_project_id is not UNSET:
            field_dict["os.modelarts/enterprise.project.id"] = os_modelartsenterprise_project_id
        if os_modelarts_poolbiz is not UNSET:
            field_dict["os.modelarts.pool/biz"] = os_modelarts_poolbiz
        if os_modelartscreate_from is not UNSET:
            field_dict["os.modelarts/create-from"] = os_modelartscreate_from
        if os_modelartsnobilling is not UNSET:
            field_dict["os.modelarts/nobilling"] = os_modelartsnobilling
        if os_modelartsorder_name is not UNSET:
            field_dict["os.modelarts/order.name"] = os_modelartsorder_name
        if os_modelartsregion is not UNSET:
            field_dict["os.modelarts/region"] = os_modelartsregion
        if os_modelartssharing is not UNSET:
            field_dict["os.modelarts/sharing"] = os_modelartssharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        os_modelartsworkspace_id = d.pop("os.modelarts/workspace.id", UNSET)
        if not isinstance(os_modelartsworkspace_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/workspace.id", TypeError("expected a string"))
            _kept["os.modelarts/workspace.id"] = os_modelartsworkspace_id
            os_modelartsworkspace_id = UNSET

        os_modelartsname = d.pop("os.modelarts/name", UNSET)
        if not isinstance(os_modelartsname, (str, Unset)):
            deviate(src_dict, "os.modelarts/name", TypeError("expected a string"))
            _kept["os.modelarts/name"] = os_modelartsname
            os_modelartsname = UNSET

        os_modelartsresource_id = d.pop("os.modelarts/resource.id", UNSET)
        if not isinstance(os_modelartsresource_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/resource.id", TypeError("expected a string"))
            _kept["os.modelarts/resource.id"] = os_modelartsresource_id
            os_modelartsresource_id = UNSET

        os_modelartstenant_domain_id = d.pop("os.modelarts/tenant.domain.id", UNSET)
        if not isinstance(os_modelartstenant_domain_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/tenant.domain.id", TypeError("expected a string"))
            _kept["os.modelarts/tenant.domain.id"] = os_modelartstenant_domain_id
            os_modelartstenant_domain_id = UNSET

        os_modelartsnode_prefix = d.pop("os.modelarts/node.prefix", UNSET)
        if not isinstance(os_modelartsnode_prefix, (str, Unset)):
            deviate(src_dict, "os.modelarts/node.prefix", TypeError("expected a string"))
            _kept["os.modelarts/node.prefix"] = os_modelartsnode_prefix
            os_modelartsnode_prefix = UNSET

        os_modelartstenant_project_id = d.pop("os.modelarts/tenant.project.id", UNSET)
        if not isinstance(os_modelartstenant_project_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/tenant.project.id", TypeError("expected a string"))
            _kept["os.modelarts/tenant.project.id"] = os_modelartstenant_project_id
            os_modelartstenant_project_id = UNSET

        os_modelartsenterprise_project_id = d.pop("os.modelarts/enterprise.project.id", UNSET)
        if not isinstance(os_modelartsenterprise_project_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/enterprise.project.id", TypeError("expected a string"))
            _kept["os.modelarts/enterprise.project.id"] = os_modelartsenterprise_project_id
            os_modelartsenterprise_project_id = UNSET

        os_modelarts_poolbiz = d.pop("os.modelarts.pool/biz", UNSET)
        if not isinstance(os_modelarts_poolbiz, (str, Unset)):
            deviate(src_dict, "os.modelarts.pool/biz", TypeError("expected a string"))
            _kept["os.modelarts.pool/biz"] = os_modelarts_poolbiz
            os_modelarts_poolbiz = UNSET

        os_modelartscreate_from = d.pop("os.modelarts/create-from", UNSET)
        if not isinstance(os_modelartscreate_from, (str, Unset)):
            deviate(src_dict, "os.modelarts/create-from", TypeError("expected a string"))
            _kept["os.modelarts/create-from"] = os_modelartscreate_from
            os_modelartscreate_from = UNSET

        os_modelartsnobilling = d.pop("os.modelarts/nobilling", UNSET)
        if not isinstance(os_modelartsnobilling, (str, Unset)):
            deviate(src_dict, "os.modelarts/nobilling", TypeError("expected a string"))
            _kept["os.modelarts/nobilling"] = os_modelartsnobilling
            os_modelartsnobilling = UNSET

        os_modelartsorder_name = d.pop("os.modelarts/order.name", UNSET)
        if not isinstance(os_modelartsorder_name, (str, Unset)):
            deviate(src_dict, "os.modelarts/order.name", TypeError("expected a string"))
            _kept["os.modelarts/order.name"] = os_modelartsorder_name
            os_modelartsorder_name = UNSET

        os_modelartsregion = d.pop("os.modelarts/region", UNSET)
        if not isinstance(os_modelartsregion, (str, Unset)):
            deviate(src_dict, "os.modelarts/region", TypeError("expected a string"))
            _kept["os.modelarts/region"] = os_modelartsregion
            os_modelartsregion = UNSET

        os_modelartssharing = d.pop("os.modelarts/sharing", UNSET)
        if not isinstance(os_modelartssharing, (str, Unset)):
            deviate(src_dict, "os.modelarts/sharing", TypeError("expected a string"))
            _kept["os.modelarts/sharing"] = os_modelartssharing
            os_modelartssharing = UNSET

        pool_meta_labels = cls(
            os_modelartsworkspace_id=os_modelartsworkspace_id,
            os_modelartsname=os_modelartsname,
            os_modelartsresource_id=os_modelartsresource_id,
            os_modelartstenant_domain_id=os_modelartstenant_domain_id,
            os_modelartsnode_prefix=os_modelartsnode_prefix,
            os_modelartstenant_project_id=os_modelartstenant_project_id,
            os_modelartsenterprise_project_id=os_modelartsenterprise_project_id,
            os_modelarts_poolbiz=os_modelarts_poolbiz,
            os_modelartscreate_from=os_modelartscreate_from,
            os_modelartsnobilling=os_modelartsnobilling,
            os_modelartsorder_name=os_modelartsorder_name,
            os_modelartsregion=os_modelartsregion,
            os_modelartssharing=os_modelartssharing,
        )

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        pool_meta_labels.additional_properties = d
        pool_meta_labels.additional_properties.update(_kept)
        return pool_meta_labels

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
