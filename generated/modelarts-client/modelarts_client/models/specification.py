from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.specification_source_type import SpecificationSourceType
from ..models.specification_spec_status import SpecificationSpecStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_info import CpuInfo
    from ..models.gpu_info import GpuInfo
    from ..models.memory_info import MemoryInfo
    from ..models.npu_info import NpuInfo


T = TypeVar("T", bound="Specification")


@_attrs_define
class Specification:
    """A resource flavor a service can be deployed with.

    Attributes:
        specification (str): Unique ID of the flavor, e.g. `modelarts.vm.cpu.2u`.
        is_open (bool | Unset): Whether the flavor is open to everyone (default true); when false, a service ticket is
            needed to use it. Default: True.
        spec_status (SpecificationSpecStatus | Unset): Sale status: `normal` (available) or `sellout` (sold out;
            services cannot be deployed with it).
        billing_spec (str | Unset): Unique ID of the flavor used for billing.
        category (str | Unset): Flavor category.
        cpu_info (CpuInfo | Unset): CPU of a flavor.
        memory_info (MemoryInfo | Unset): Memory of a flavor.
        gpu_info (GpuInfo | Unset): GPUs of a flavor.
        npu_info (NpuInfo | Unset): NPUs of a flavor.
        source_type (SpecificationSourceType | Unset): Kind of model the flavor applies to: empty (the default, models
            built by the user) or `auto` (models trained by ExeML, billed differently).
        is_free (bool | Unset): Whether the flavor is free of charge.
        over_quota (bool | Unset): Whether the flavor exceeds the available quota.
        extend_params (int | Unset): Billing factor.
        display_en (str | Unset): English description of the flavor.
        display_cn (str | Unset): Chinese description of the flavor.
    """

    specification: str
    is_open: bool | Unset = True
    spec_status: SpecificationSpecStatus | Unset = UNSET
    billing_spec: str | Unset = UNSET
    category: str | Unset = UNSET
    cpu_info: CpuInfo | Unset = UNSET
    memory_info: MemoryInfo | Unset = UNSET
    gpu_info: GpuInfo | Unset = UNSET
    npu_info: NpuInfo | Unset = UNSET
    source_type: SpecificationSourceType | Unset = UNSET
    is_free: bool | Unset = UNSET
    over_quota: bool | Unset = UNSET
    extend_params: int | Unset = UNSET
    display_en: str | Unset = UNSET
    display_cn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_open = self.is_open

        spec_status: str | Unset = UNSET
        if not isinstance(self.spec_status, Unset):
            spec_status = self.spec_status.value

        billing_spec = self.billing_spec

        category = self.category

        cpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_info, Unset):
            cpu_info = self.cpu_info.to_dict()

        memory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_info, Unset):
            memory_info = self.memory_info.to_dict()

        gpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_info, Unset):
            gpu_info = self.gpu_info.to_dict()

        npu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu_info, Unset):
            npu_info = self.npu_info.to_dict()

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        is_free = self.is_free

        over_quota = self.over_quota

        extend_params = self.extend_params

        display_en = self.display_en

        display_cn = self.display_cn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.specification is not UNREAD:
            specification = self.specification
            field_dict["specification"] = specification
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if spec_status is not UNSET:
            field_dict["spec_status"] = spec_status
        if billing_spec is not UNSET:
            field_dict["billing_spec"] = billing_spec
        if category is not UNSET:
            field_dict["category"] = category
        if cpu_info is not UNSET:
            field_dict["cpu_info"] = cpu_info
        if memory_info is not UNSET:
            field_dict["memory_info"] = memory_info
        if gpu_info is not UNSET:
            field_dict["gpu_info"] = gpu_info
        if npu_info is not UNSET:
            field_dict["npu_info"] = npu_info
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if over_quota is not UNSET:
            field_dict["over_quota"] = over_quota
        if extend_params is not UNSET:
            field_dict["extend_params"] = extend_params
        if display_en is not UNSET:
            field_dict["display_en"] = display_en
        if display_cn is not UNSET:
            field_dict["display_cn"] = display_cn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        specification = d.pop("specification", UNSET)
        if not isinstance(specification, (str)):
            deviate(src_dict, "specification", TypeError("expected a string"))
            if not isinstance(specification, Unset):
                d["specification"] = specification
            specification = UNREAD

        is_open = d.pop("is_open", UNSET)
        if not isinstance(is_open, (bool, Unset)):
            deviate(src_dict, "is_open", TypeError("expected a boolean"))
            d["is_open"] = is_open
            is_open = UNSET

        _raw_spec_status = d.pop("spec_status", UNSET)
        try:
            _spec_status = _raw_spec_status
            spec_status: SpecificationSpecStatus | Unset
            if isinstance(_spec_status, Unset):
                spec_status = UNSET
            else:
                spec_status = member_of(SpecificationSpecStatus, _spec_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec_status", exc)
            d["spec_status"] = _raw_spec_status
            spec_status = UNSET

        billing_spec = d.pop("billing_spec", UNSET)
        if not isinstance(billing_spec, (str, Unset)):
            deviate(src_dict, "billing_spec", TypeError("expected a string"))
            d["billing_spec"] = billing_spec
            billing_spec = UNSET

        category = d.pop("category", UNSET)
        if not isinstance(category, (str, Unset)):
            deviate(src_dict, "category", TypeError("expected a string"))
            d["category"] = category
            category = UNSET

        _raw_cpu_info = d.pop("cpu_info", UNSET)
        try:
            _cpu_info = _raw_cpu_info
            cpu_info: CpuInfo | Unset
            if isinstance(_cpu_info, Unset):
                cpu_info = UNSET
            else:
                cpu_info = CpuInfo.from_dict(_cpu_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "cpu_info", exc)
            d["cpu_info"] = _raw_cpu_info
            cpu_info = UNSET

        _raw_memory_info = d.pop("memory_info", UNSET)
        try:
            _memory_info = _raw_memory_info
            memory_info: MemoryInfo | Unset
            if isinstance(_memory_info, Unset):
                memory_info = UNSET
            else:
                memory_info = MemoryInfo.from_dict(_memory_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "memory_info", exc)
            d["memory_info"] = _raw_memory_info
            memory_info = UNSET

        _raw_gpu_info = d.pop("gpu_info", UNSET)
        try:
            _gpu_info = _raw_gpu_info
            gpu_info: GpuInfo | Unset
            if isinstance(_gpu_info, Unset):
                gpu_info = UNSET
            else:
                gpu_info = GpuInfo.from_dict(_gpu_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "gpu_info", exc)
            d["gpu_info"] = _raw_gpu_info
            gpu_info = UNSET

        _raw_npu_info = d.pop("npu_info", UNSET)
        try:
            _npu_info = _raw_npu_info
            npu_info: NpuInfo | Unset
            if isinstance(_npu_info, Unset):
                npu_info = UNSET
            else:
                npu_info = NpuInfo.from_dict(_npu_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "npu_info", exc)
            d["npu_info"] = _raw_npu_info
            npu_info = UNSET

        _raw_source_type = d.pop("source_type", UNSET)
        try:
            _source_type = _raw_source_type
            source_type: SpecificationSourceType | Unset
            if isinstance(_source_type, Unset):
                source_type = UNSET
            else:
                source_type = member_of(SpecificationSourceType, _source_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "source_type", exc)
            d["source_type"] = _raw_source_type
            source_type = UNSET

        is_free = d.pop("is_free", UNSET)
        if not isinstance(is_free, (bool, Unset)):
            deviate(src_dict, "is_free", TypeError("expected a boolean"))
            d["is_free"] = is_free
            is_free = UNSET

        over_quota = d.pop("over_quota", UNSET)
        if not isinstance(over_quota, (bool, Unset)):
            deviate(src_dict, "over_quota", TypeError("expected a boolean"))
            d["over_quota"] = over_quota
            over_quota = UNSET

        extend_params = d.pop("extend_params", UNSET)
        if isinstance(extend_params, bool) or not isinstance(extend_params, (int, Unset)):
            deviate(src_dict, "extend_params", TypeError("expected an integer"))
            d["extend_params"] = extend_params
            extend_params = UNSET

        display_en = d.pop("display_en", UNSET)
        if not isinstance(display_en, (str, Unset)):
            deviate(src_dict, "display_en", TypeError("expected a string"))
            d["display_en"] = display_en
            display_en = UNSET

        display_cn = d.pop("display_cn", UNSET)
        if not isinstance(display_cn, (str, Unset)):
            deviate(src_dict, "display_cn", TypeError("expected a string"))
            d["display_cn"] = display_cn
            display_cn = UNSET

        specification = cls(
            specification=specification,
            is_open=is_open,
            spec_status=spec_status,
            billing_spec=billing_spec,
            category=category,
            cpu_info=cpu_info,
            memory_info=memory_info,
            gpu_info=gpu_info,
            npu_info=npu_info,
            source_type=source_type,
            is_free=is_free,
            over_quota=over_quota,
            extend_params=extend_params,
            display_en=display_en,
            display_cn=display_cn,
        )

        specification.additional_properties = d
        return specification

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


from ..models.cpu_info import CpuInfo  # noqa: E402
from ..models.gpu_info import GpuInfo  # noqa: E402
from ..models.memory_info import MemoryInfo  # noqa: E402
from ..models.npu_info import NpuInfo  # noqa: E402
