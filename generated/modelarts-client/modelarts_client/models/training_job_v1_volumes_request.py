from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v1_host_path_request import TrainingJobV1HostPathRequest
    from ..models.training_job_v1_nfs_request import TrainingJobV1NfsRequest


T = TypeVar("T", bound="TrainingJobV1VolumesRequest")


@_attrs_define
class TrainingJobV1VolumesRequest:
    """
    Attributes:
        nfs (TrainingJobV1NfsRequest | Unset):
        host_path (TrainingJobV1HostPathRequest | Unset):
    """

    nfs: TrainingJobV1NfsRequest | Unset = UNSET
    host_path: TrainingJobV1HostPathRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = self.nfs.to_dict()

        host_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_path, Unset):
            host_path = self.host_path.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if nfs is not UNSET:
            field_dict["nfs"] = nfs
        if host_path is not UNSET:
            field_dict["host_path"] = host_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_nfs = d.pop("nfs", UNSET)
        try:
            _nfs = _raw_nfs
            nfs: TrainingJobV1NfsRequest | Unset
            if isinstance(_nfs, Unset):
                nfs = UNSET
            else:
                nfs = TrainingJobV1NfsRequest.from_dict(_nfs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nfs", exc)
            d["nfs"] = _raw_nfs
            nfs = UNSET

        _raw_host_path = d.pop("host_path", UNSET)
        try:
            _host_path = _raw_host_path
            host_path: TrainingJobV1HostPathRequest | Unset
            if isinstance(_host_path, Unset):
                host_path = UNSET
            else:
                host_path = TrainingJobV1HostPathRequest.from_dict(_host_path)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "host_path", exc)
            d["host_path"] = _raw_host_path
            host_path = UNSET

        training_job_v1_volumes_request = cls(
            nfs=nfs,
            host_path=host_path,
        )

        training_job_v1_volumes_request.additional_properties = d
        return training_job_v1_volumes_request

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


from ..models.training_job_v1_host_path_request import TrainingJobV1HostPathRequest  # noqa: E402
from ..models.training_job_v1_nfs_request import TrainingJobV1NfsRequest  # noqa: E402
