from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.reading import deviate, list_misfit  # removed by ruff where unused
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceEdgeNode")


@_attrs_define
class ServiceEdgeNode:
    """An edge node running the model (not in the manual's excerpt; the English edition's `Nodes`).

    Attributes:
        id (str | Unset): Node id.
        name (str | Unset): Node name.
        host_name (str | Unset): Host name of the node.
        state (str | Unset): Node state.
        instance_status (str | Unset): State of the model instance on the node.
        predict_url (str | Unset): Inference URL of the node.
        host_ips (list[str] | Unset): Host IP addresses.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    host_name: str | Unset = UNSET
    state: str | Unset = UNSET
    instance_status: str | Unset = UNSET
    predict_url: str | Unset = UNSET
    host_ips: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        host_name = self.host_name

        state = self.state

        instance_status = self.instance_status

        predict_url = self.predict_url

        host_ips: list[str] | Unset = UNSET
        if not isinstance(self.host_ips, Unset):
            host_ips = self.host_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if host_name is not UNSET:
            field_dict["host_name"] = host_name
        if state is not UNSET:
            field_dict["state"] = state
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status
        if predict_url is not UNSET:
            field_dict["predict_url"] = predict_url
        if host_ips is not UNSET:
            field_dict["host_ips"] = host_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        host_name = d.pop("host_name", UNSET)
        if not isinstance(host_name, (str, Unset)):
            deviate(src_dict, "host_name", TypeError("expected a string"))
            d["host_name"] = host_name
            host_name = UNSET

        state = d.pop("state", UNSET)
        if not isinstance(state, (str, Unset)):
            deviate(src_dict, "state", TypeError("expected a string"))
            d["state"] = state
            state = UNSET

        instance_status = d.pop("instance_status", UNSET)
        if not isinstance(instance_status, (str, Unset)):
            deviate(src_dict, "instance_status", TypeError("expected a string"))
            d["instance_status"] = instance_status
            instance_status = UNSET

        predict_url = d.pop("predict_url", UNSET)
        if not isinstance(predict_url, (str, Unset)):
            deviate(src_dict, "predict_url", TypeError("expected a string"))
            d["predict_url"] = predict_url
            predict_url = UNSET

        host_ips = d.pop("host_ips", UNSET)
        if host_ips is not UNSET and (_misfit := list_misfit(host_ips, (str), False, "a string")):
            deviate(src_dict, "host_ips", _misfit)
            d["host_ips"] = host_ips
            host_ips = UNSET

        service_edge_node = cls(
            id=id,
            name=name,
            host_name=host_name,
            state=state,
            instance_status=instance_status,
            predict_url=predict_url,
            host_ips=host_ips,
        )

        service_edge_node.additional_properties = d
        return service_edge_node

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
