from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolResourceExtendParams")


@_attrs_define
class PoolResourceExtendParams:
    """
    Attributes:
        docker_base_size (str | Unset): Size of the container image space on a node.
        post_install (str | Unset): Post-installation script. The entered value must be encoded using Base64.
    """

    docker_base_size: str | Unset = UNSET
    post_install: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        docker_base_size = self.docker_base_size

        post_install = self.post_install

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if docker_base_size is not UNSET:
            field_dict["dockerBaseSize"] = docker_base_size
        if post_install is not UNSET:
            field_dict["postInstall"] = post_install

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        docker_base_size = d.pop("dockerBaseSize", UNSET)
        if not isinstance(docker_base_size, (str, Unset)):
            deviate(src_dict, "dockerBaseSize", TypeError("expected a string"))
            d["dockerBaseSize"] = docker_base_size
            docker_base_size = UNSET

        post_install = d.pop("postInstall", UNSET)
        if not isinstance(post_install, (str, Unset)):
            deviate(src_dict, "postInstall", TypeError("expected a string"))
            d["postInstall"] = post_install
            post_install = UNSET

        pool_resource_extend_params = cls(
            docker_base_size=docker_base_size,
            post_install=post_install,
        )

        pool_resource_extend_params.additional_properties = d
        return pool_resource_extend_params

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
