from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nfs import Nfs
    from ..models.obs_request import ObsRequest
    from ..models.pfs import Pfs


T = TypeVar("T", bound="SpecVolumes")


@_attrs_define
class SpecVolumes:
    """
    Attributes:
        nfs (Nfs | Unset):
        pfs (Pfs | Unset):
        obs (ObsRequest | Unset):
    """

    nfs: Nfs | Unset = UNSET
    pfs: Pfs | Unset = UNSET
    obs: ObsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = self.nfs.to_dict()

        pfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pfs, Unset):
            pfs = self.pfs.to_dict()

        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if nfs is not UNSET:
            field_dict["nfs"] = nfs
        if pfs is not UNSET:
            field_dict["pfs"] = pfs
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_nfs = d.pop("nfs", UNSET)
        try:
            _nfs = _raw_nfs
            nfs: Nfs | Unset
            if isinstance(_nfs, Unset):
                nfs = UNSET
            else:
                nfs = Nfs.from_dict(_nfs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nfs", exc)
            d["nfs"] = _raw_nfs
            nfs = UNSET

        _raw_pfs = d.pop("pfs", UNSET)
        try:
            _pfs = _raw_pfs
            pfs: Pfs | Unset
            if isinstance(_pfs, Unset):
                pfs = UNSET
            else:
                pfs = Pfs.from_dict(_pfs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pfs", exc)
            d["pfs"] = _raw_pfs
            pfs = UNSET

        _raw_obs = d.pop("obs", UNSET)
        try:
            _obs = _raw_obs
            obs: ObsRequest | Unset
            if isinstance(_obs, Unset):
                obs = UNSET
            else:
                obs = ObsRequest.from_dict(_obs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "obs", exc)
            d["obs"] = _raw_obs
            obs = UNSET

        spec_volumes = cls(
            nfs=nfs,
            pfs=pfs,
            obs=obs,
        )

        spec_volumes.additional_properties = d
        return spec_volumes

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


from ..models.nfs import Nfs  # noqa: E402
from ..models.obs_request import ObsRequest  # noqa: E402
from ..models.pfs import Pfs  # noqa: E402
