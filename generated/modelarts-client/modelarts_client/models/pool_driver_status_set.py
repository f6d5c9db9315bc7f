from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_driver_status import PoolDriverStatus


T = TypeVar("T", bound="PoolDriverStatusSet")


@_attrs_define
class PoolDriverStatusSet:
    """Driver state of the pool, per accelerator kind.

    Attributes:
        gpu (PoolDriverStatus | Unset): State of one accelerator driver.
        npu (PoolDriverStatus | Unset): State of one accelerator driver.
    """

    gpu: PoolDriverStatus | Unset = UNSET
    npu: PoolDriverStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        npu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu, Unset):
            npu = self.npu.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if npu is not UNSET:
            field_dict["npu"] = npu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_gpu = d.pop("gpu", UNSET)
        try:
            _gpu = _raw_gpu
            gpu: PoolDriverStatus | Unset
            if isinstance(_gpu, Unset):
                gpu = UNSET
            else:
                gpu = PoolDriverStatus.from_dict(_gpu)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "gpu", exc)
            d["gpu"] = _raw_gpu
            gpu = UNSET

        _raw_npu = d.pop("npu", UNSET)
        try:
            _npu = _raw_npu
            npu: PoolDriverStatus | Unset
            if isinstance(_npu, Unset):
                npu = UNSET
            else:
                npu = PoolDriverStatus.from_dict(_npu)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "npu", exc)
            d["npu"] = _raw_npu
            npu = UNSET

        pool_driver_status_set = cls(
            gpu=gpu,
            npu=npu,
        )

        pool_driver_status_set.additional_properties = d
        return pool_driver_status_set

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


from ..models.pool_driver_status import PoolDriverStatus  # noqa: E402
