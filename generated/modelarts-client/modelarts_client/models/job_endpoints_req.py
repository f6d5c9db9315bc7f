from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ssh_req import SSHReq


T = TypeVar("T", bound="JobEndpointsReq")


@_attrs_define
class JobEndpointsReq:
    """
    Attributes:
        ssh (SSHReq | Unset):
    """

    ssh: SSHReq | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssh, Unset):
            ssh = self.ssh.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ssh is not UNSET:
            field_dict["ssh"] = ssh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_ssh = d.pop("ssh", UNSET)
        try:
            _ssh = _raw_ssh
            ssh: SSHReq | Unset
            if isinstance(_ssh, Unset):
                ssh = UNSET
            else:
                ssh = SSHReq.from_dict(_ssh)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "ssh", exc)
            d["ssh"] = _raw_ssh
            ssh = UNSET

        job_endpoints_req = cls(
            ssh=ssh,
        )

        job_endpoints_req.additional_properties = d
        return job_endpoints_req

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


from ..models.ssh_req import SSHReq  # noqa: E402
