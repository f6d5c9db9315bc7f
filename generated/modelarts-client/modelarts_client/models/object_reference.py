from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectReference")


@_attrs_define
class ObjectReference:
    """
    Attributes:
        kind (str | Unset): API type of the resource object, for example, **DaemonSet** and **Deployment**.
        api_version (str | Unset): API version of the resource object.
        namespace (str | Unset): Namespace of the resource object.
        name (str | Unset): Name of the resource object.
        uid (str | Unset): Unique ID of the resource object.
        resource_version (str | Unset): Current version of the resource object.
    """

    kind: str | Unset = UNSET
    api_version: str | Unset = UNSET
    namespace: str | Unset = UNSET
    name: str | Unset = UNSET
    uid: str | Unset = UNSET
    resource_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        api_version = self.api_version

        namespace = self.namespace

        name = self.name

        uid = self.uid

        resource_version = self.resource_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kind is not UNSET:
            field_dict["kind"] = kind
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if name is not UNSET:
            field_dict["name"] = name
        if uid is not UNSET:
            field_dict["uid"] = uid
        if resource_version is not UNSET:
            field_dict["resourceVersion"] = resource_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        kind = d.pop("kind", UNSET)
        if not isinstance(kind, (str, Unset)):
            deviate(src_dict, "kind", TypeError("expected a string"))
            d["kind"] = kind
            kind = UNSET

        api_version = d.pop("apiVersion", UNSET)
        if not isinstance(api_version, (str, Unset)):
            deviate(src_dict, "apiVersion", TypeError("expected a string"))
            d["apiVersion"] = api_version
            api_version = UNSET

        namespace = d.pop("namespace", UNSET)
        if not isinstance(namespace, (str, Unset)):
            deviate(src_dict, "namespace", TypeError("expected a string"))
            d["namespace"] = namespace
            namespace = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        uid = d.pop("uid", UNSET)
        if not isinstance(uid, (str, Unset)):
            deviate(src_dict, "uid", TypeError("expected a string"))
            d["uid"] = uid
            uid = UNSET

        resource_version = d.pop("resourceVersion", UNSET)
        if not isinstance(resource_version, (str, Unset)):
            deviate(src_dict, "resourceVersion", TypeError("expected a string"))
            d["resourceVersion"] = resource_version
            resource_version = UNSET

        object_reference = cls(
            kind=kind,
            api_version=api_version,
            namespace=namespace,
            name=name,
            uid=uid,
            resource_version=resource_version,
        )

        object_reference.additional_properties = d
        return object_reference

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
