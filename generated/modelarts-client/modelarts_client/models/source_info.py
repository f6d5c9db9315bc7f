from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.source_info_cluster_mode import SourceInfoClusterMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceInfo")


@_attrs_define
class SourceInfo:
    """
    Attributes:
        cluster_id (str | Unset): MRS cluster ID. You can log in to the MRS console to view the information.
        cluster_mode (SourceInfoClusterMode | Unset): Running mode of an MRS cluster. Options: - **0**: normal cluster -
            **1**: security cluster
        cluster_name (str | Unset): MRS cluster name You can log in to the MRS console to view the information.
        database_name (str | Unset): Name of the database to which the table dataset is imported.
        input_ (str | Unset): HDFS path of the table data set. For example, /datasets/demo.
        ip (str | Unset): IP address of your GaussDB(DWS) cluster.
        port (str | Unset): Port number of your GaussDB(DWS) cluster.
        queue_name (str | Unset): DLI queue name of a table dataset.
        subnet_id (str | Unset): Subnet ID of an MRS cluster.
        table_name (str | Unset): Name of the table to which a table dataset is imported.
        user_name (str | Unset): Username, which is mandatory for GaussDB(DWS) data.
        user_password (str | Unset): User password, which is mandatory for GaussDB(DWS) data.
        vpc_id (str | Unset): ID of the VPC where an MRS cluster resides.
    """

    cluster_id: str | Unset = UNSET
    cluster_mode: SourceInfoClusterMode | Unset = UNSET
    cluster_name: str | Unset = UNSET
    database_name: str | Unset = UNSET
    input_: str | Unset = UNSET
    ip: str | Unset = UNSET
    port: str | Unset = UNSET
    queue_name: str | Unset = UNSET
    subnet_id: str | Unset = UNSET
    table_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_password: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cluster_mode: str | Unset = UNSET
        if not isinstance(self.cluster_mode, Unset):
            cluster_mode = self.cluster_mode.value

        cluster_name = self.cluster_name

        database_name = self.database_name

        input_ = self.input_

        ip = self.ip

        port = self.port

        queue_name = self.queue_name

        subnet_id = self.subnet_id

        table_name = self.table_name

        user_name = self.user_name

        user_password = self.user_password

        vpc_id = self.vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if cluster_mode is not UNSET:
            field_dict["cluster_mode"] = cluster_mode
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if ip is not UNSET:
            field_dict["ip"] = ip
        if port is not UNSET:
            field_dict["port"] = port
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id
        if table_name is not UNSET:
            field_dict["table_name"] = table_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_password is not UNSET:
            field_dict["user_password"] = user_password
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        _raw_cluster_mode = d.pop("cluster_mode", UNSET)
        try:
            _cluster_mode = _raw_cluster_mode
            cluster_mode: SourceInfoClusterMode | Unset
            if isinstance(_cluster_mode, Unset):
                cluster_mode = UNSET
            else:
                cluster_mode = member_of(SourceInfoClusterMode, _cluster_mode)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "cluster_mode", exc)
            d["cluster_mode"] = _raw_cluster_mode
            cluster_mode = UNSET

        cluster_name = d.pop("cluster_name", UNSET)
        if not isinstance(cluster_name, (str, Unset)):
            deviate(src_dict, "cluster_name", TypeError("expected a string"))
            d["cluster_name"] = cluster_name
            cluster_name = UNSET

        database_name = d.pop("database_name", UNSET)
        if not isinstance(database_name, (str, Unset)):
            deviate(src_dict, "database_name", TypeError("expected a string"))
            d["database_name"] = database_name
            database_name = UNSET

        input_ = d.pop("input", UNSET)
        if not isinstance(input_, (str, Unset)):
            deviate(src_dict, "input", TypeError("expected a string"))
            d["input"] = input_
            input_ = UNSET

        ip = d.pop("ip", UNSET)
        if not isinstance(ip, (str, Unset)):
            deviate(src_dict, "ip", TypeError("expected a string"))
            d["ip"] = ip
            ip = UNSET

        port = d.pop("port", UNSET)
        if not isinstance(port, (str, Unset)):
            deviate(src_dict, "port", TypeError("expected a string"))
            d["port"] = port
            port = UNSET

        queue_name = d.pop("queue_name", UNSET)
        if not isinstance(queue_name, (str, Unset)):
            deviate(src_dict, "queue_name", TypeError("expected a string"))
            d["queue_name"] = queue_name
            queue_name = UNSET

        subnet_id = d.pop("subnet_id", UNSET)
        if not isinstance(subnet_id, (str, Unset)):
            deviate(src_dict, "subnet_id", TypeError("expected a string"))
            d["subnet_id"] = subnet_id
            subnet_id = UNSET

        table_name = d.pop("table_name", UNSET)
        if not isinstance(table_name, (str, Unset)):
            deviate(src_dict, "table_name", TypeError("expected a string"))
            d["table_name"] = table_name
            table_name = UNSET

        user_name = d.pop("user_name", UNSET)
        if not isinstance(user_name, (str, Unset)):
            deviate(src_dict, "user_name", TypeError("expected a string"))
            d["user_name"] = user_name
            user_name = UNSET

        user_password = d.pop("user_password", UNSET)
        if not isinstance(user_password, (str, Unset)):
            deviate(src_dict, "user_password", TypeError("expected a string"))
            d["user_password"] = user_password
            user_password = UNSET

        vpc_id = d.pop("vpc_id", UNSET)
        if not isinstance(vpc_id, (str, Unset)):
            deviate(src_dict, "vpc_id", TypeError("expected a string"))
            d["vpc_id"] = vpc_id
            vpc_id = UNSET

        source_info = cls(
            cluster_id=cluster_id,
            cluster_mode=cluster_mode,
            cluster_name=cluster_name,
            database_name=database_name,
            input_=input_,
            ip=ip,
            port=port,
            queue_name=queue_name,
            subnet_id=subnet_id,
            table_name=table_name,
            user_name=user_name,
            user_password=user_password,
            vpc_id=vpc_id,
        )

        source_info.additional_properties = d
        return source_info

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
