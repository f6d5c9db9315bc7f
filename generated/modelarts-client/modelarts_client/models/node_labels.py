from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeLabels")


@_attrs_define
class NodeLabels:
    """
    Attributes:
        os_modelarts_nodecluster (str | Unset): Name of the cluster where the node is located
        os_modelarts_nodebatch_uid (str | Unset): ID of a batch creation.
        os_modelarts_nodebatch_name (str | Unset): Name of a batch creation.
        os_modelarts_nodevolcano_scheduler_cabinet_exclusive (str | Unset): Whether the node is exclusively occupied by
            the job of the entire cabinet. If yes, the label exists and its value is the ID of the exclusive training job.
        cce_kubectl_kubernetes_iocabinet (str | Unset): IP address of the TOR switch where the node is located. Use
            hyphens (-) to separate multiple IP addresses.
    """

    os_modelarts_nodecluster: str | Unset = UNSET
    os_modelarts_nodebatch_uid: str | Unset = UNSET
    os_modelarts_nodebatch_name: str | Unset = UNSET
    os_modelarts_nodevolcano_scheduler_cabinet_exclusive: str | Unset = UNSET
    cce_kubectl_kubernetes_iocabinet: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelarts_nodecluster = self.os_modelarts_nodecluster

        os_modelarts_nodebatch_uid = self.os_modelarts_nodebatch_uid

        os_modelarts_nodebatch_name = self.os_modelarts_nodebatch_name

        os_modelarts_nodevolcano_scheduler_cabinet_exclusive = self.os_modelarts_nodevolcano_scheduler_cabinet_exclusive

        cce_kubectl_kubernetes_iocabinet = self.cce_kubectl_kubernetes_iocabinet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelarts_nodecluster is not UNSET:
            field_dict["os.modelarts.node/cluster"] = os_modelarts_nodecluster
        if os_modelarts_nodebatch_uid is not UNSET:
            field_dict["os.modelarts.node/batch.uid"] = os_modelarts_nodebatch_uid
        if os_modelarts_nodebatch_name is not UNSET:
            field_dict["os.modelarts.node/batch.name"] = os_modelarts_nodebatch_name
        if os_modelarts_nodevolcano_scheduler_cabinet_exclusive is not UNSET:
            field_dict["os.modelarts.node/volcano.scheduler.cabinet-exclusive"] = (
                os_modelarts_nodevolcano_scheduler_cabinet_exclusive
            )
        if cce_kubectl_kubernetes_iocabinet is not UNSET:
            field_dict["cce.kubectl.kubernetes.io/cabinet"] = cce_kubectl_kubernetes_iocabinet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _kept: dict[str, Any] = {}
        os_modelarts_nodecluster = d.pop("os.modelarts.node/cluster", UNSET)
        if not isinstance(os_modelarts_nodecluster, (str, Unset)):
            deviate(src_dict, "os.modelarts.node/cluster", TypeError("expected a string"))
            _kept["os.modelarts.node/cluster"] = os_modelarts_nodecluster
            os_modelarts_nodecluster = UNSET

        os_modelarts_nodebatch_uid = d.pop("os.modelarts.node/batch.uid", UNSET)
        if not isinstance(os_modelarts_nodebatch_uid, (str, Unset)):
            deviate(src_dict, "os.modelarts.node/batch.uid", TypeError("expected a string"))
            _kept["os.modelarts.node/batch.uid"] = os_modelarts_nodebatch_uid
            os_modelarts_nodebatch_uid = UNSET

        os_modelarts_nodebatch_name = d.pop("os.modelarts.node/batch.name", UNSET)
        if not isinstance(os_modelarts_nodebatch_name, (str, Unset)):
            deviate(src_dict, "os.modelarts.node/batch.name", TypeError("expected a string"))
            _kept["os.modelarts.node/batch.name"] = os_modelarts_nodebatch_name
            os_modelarts_nodebatch_name = UNSET

        os_modelarts_nodevolcano_scheduler_cabinet_exclusive = d.pop(
            "os.modelarts.node/volcano.scheduler.cabinet-exclusive", UNSET
        )
        if not isinstance(os_modelarts_nodevolcano_scheduler_cabinet_exclusive, (str, Unset)):
            deviate(src_dict, "os.modelarts.node/volcano.scheduler.cabinet-exclusive", TypeError("expected a string"))
            _kept["os.modelarts.node/volcano.scheduler.cabinet-exclusive"] = (
                os_modelarts_nodevolcano_scheduler_cabinet_exclusive
            )
            os_modelarts_nodevolcano_scheduler_cabinet_exclusive = UNSET

        cce_kubectl_kubernetes_iocabinet = d.pop("cce.kubectl.kubernetes.io/cabinet", UNSET)
        if not isinstance(cce_kubectl_kubernetes_iocabinet, (str, Unset)):
            deviate(src_dict, "cce.kubectl.kubernetes.io/cabinet", TypeError("expected a string"))
            _kept["cce.kubectl.kubernetes.io/cabinet"] = cce_kubectl_kubernetes_iocabinet
            cce_kubectl_kubernetes_iocabinet = UNSET

        node_labels = cls(
            os_modelarts_nodecluster=os_modelarts_nodecluster,
            os_modelarts_nodebatch_uid=os_modelarts_nodebatch_uid,
            os_modelarts_nodebatch_name=os_modelarts_nodebatch_name,
            os_modelarts_nodevolcano_scheduler_cabinet_exclusive=os_modelarts_nodevolcano_scheduler_cabinet_exclusive,
            cce_kubectl_kubernetes_iocabinet=cce_kubectl_kubernetes_iocabinet,
        )

        for _name, _value in d.items():
            if not isinstance(_value, (str)):
                deviate(src_dict, _name, TypeError("expected a string"))
        node_labels.additional_properties = d
        node_labels.additional_properties.update(_kept)
        return node_labels

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
