from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.notebook_flavor_category import NotebookFlavorCategory
from ..models.notebook_flavor_storages_item import NotebookFlavorStoragesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_info import BillingInfo
    from ..models.notebook_gpu_info import NotebookGpuInfo


T = TypeVar("T", bound="NotebookFlavor")


@_attrs_define
class NotebookFlavor:
    """
    Attributes:
        arch (str | Unset): Architecture type. - **X86_64** - **AARCH64**
        billing (BillingInfo | Unset):
        category (NotebookFlavorCategory | Unset): Processor type. Options: - **CPU** - **GPU**
        description (str | Unset): Specification description
        feature (str | Unset): Specification type. The options are as follows: - DEFAULT: CodeLab specification. -
            NOTEBOOK: Notebook specifications.
        free (bool | Unset): Specifies whether the flavor is free of charge.
        gpu (NotebookGpuInfo | Unset):
        id (str | Unset): Flavor ID
        memory (int | Unset): Memory size
        name (str | Unset): Flavor name
        sold_out (bool | Unset): Whether resources are sufficient. - **true**: Resources are insufficient. - **false**:
            Resources are sufficient.
        storages (list[NotebookFlavorStoragesItem] | Unset): Storage type. Options: - **EFS** - **EVS**
        vcpus (int | Unset): Number of vCPUs
    """

    arch: str | Unset = UNSET
    billing: BillingInfo | Unset = UNSET
    category: NotebookFlavorCategory | Unset = UNSET
    description: str | Unset = UNSET
    feature: str | Unset = UNSET
    free: bool | Unset = UNSET
    gpu: NotebookGpuInfo | Unset = UNSET
    id: str | Unset = UNSET
    memory: int | Unset = UNSET
    name: str | Unset = UNSET
    sold_out: bool | Unset = UNSET
    storages: list[NotebookFlavorStoragesItem] | Unset = UNSET
    vcpus: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch = self.arch

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        description = self.description

        feature = self.feature

        free = self.free

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        id = self.id

        memory = self.memory

        name = self.name

        sold_out = self.sold_out

        storages: list[str] | Unset = UNSET
        if not isinstance(self.storages, Unset):
            storages = []
            for storages_item_data in self.storages:
                storages_item = storages_item_data.value
                storages.append(storages_item)

        vcpus = self.vcpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if arch is not UNSET:
            field_dict["arch"] = arch
        if billing is not UNSET:
            field_dict["billing"] = billing
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if feature is not UNSET:
            field_dict["feature"] = feature
        if free is not UNSET:
            field_dict["free"] = free
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if id is not UNSET:
            field_dict["id"] = id
        if memory is not UNSET:
            field_dict["memory"] = memory
        if name is not UNSET:
            field_dict["name"] = name
        if sold_out is not UNSET:
            field_dict["sold_out"] = sold_out
        if storages is not UNSET:
            field_dict["storages"] = storages
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        arch = d.pop("arch", UNSET)
        if not isinstance(arch, (str, Unset)):
            deviate(src_dict, "arch", TypeError("expected a string"))
            d["arch"] = arch
            arch = UNSET

        _raw_billing = d.pop("billing", UNSET)
        try:
            _billing = _raw_billing
            billing: BillingInfo | Unset
            if isinstance(_billing, Unset):
                billing = UNSET
            else:
                billing = BillingInfo.from_dict(_billing)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "billing", exc)
            d["billing"] = _raw_billing
            billing = UNSET

        _raw_category = d.pop("category", UNSET)
        try:
            _category = _raw_category
            category: NotebookFlavorCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = member_of(NotebookFlavorCategory, _category)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "category", exc)
            d["category"] = _raw_category
            category = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        feature = d.pop("feature", UNSET)
        if not isinstance(feature, (str, Unset)):
            deviate(src_dict, "feature", TypeError("expected a string"))
            d["feature"] = feature
            feature = UNSET

        free = d.pop("free", UNSET)
        if not isinstance(free, (bool, Unset)):
            deviate(src_dict, "free", TypeError("expected a boolean"))
            d["free"] = free
            free = UNSET

        _raw_gpu = d.pop("gpu", UNSET)
        try:
            _gpu = _raw_gpu
            gpu: NotebookGpuInfo | Unset
            if isinstance(_gpu, Unset):
                gpu = UNSET
            else:
                gpu = NotebookGpuInfo.from_dict(_gpu)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "gpu", exc)
            d["gpu"] = _raw_gpu
            gpu = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        memory = d.pop("memory", UNSET)
        if isinstance(memory, bool) or not isinstance(memory, (int, Unset)):
            deviate(src_dict, "memory", TypeError("expected an integer"))
            d["memory"] = memory
            memory = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        sold_out = d.pop("sold_out", UNSET)
        if not isinstance(sold_out, (bool, Unset)):
            deviate(src_dict, "sold_out", TypeError("expected a boolean"))
            d["sold_out"] = sold_out
            sold_out = UNSET

        _raw_storages = d.pop("storages", UNSET)
        try:
            _storages = _raw_storages
            storages: list[NotebookFlavorStoragesItem] | Unset = UNSET
            if _storages is not UNSET:
                storages = []
                for storages_item_data in _storages:
                    storages_item = member_of(NotebookFlavorStoragesItem, storages_item_data)

                    storages.append(storages_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "storages", exc)
            d["storages"] = _raw_storages
            storages = UNSET

        vcpus = d.pop("vcpus", UNSET)
        if isinstance(vcpus, bool) or not isinstance(vcpus, (int, Unset)):
            deviate(src_dict, "vcpus", TypeError("expected an integer"))
            d["vcpus"] = vcpus
            vcpus = UNSET

        notebook_flavor = cls(
            arch=arch,
            billing=billing,
            category=category,
            description=description,
            feature=feature,
            free=free,
            gpu=gpu,
            id=id,
            memory=memory,
            name=name,
            sold_out=sold_out,
            storages=storages,
            vcpus=vcpus,
        )

        notebook_flavor.additional_properties = d
        return notebook_flavor

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


from ..models.billing_info import BillingInfo  # noqa: E402
from ..models.notebook_gpu_info import NotebookGpuInfo  # noqa: E402
