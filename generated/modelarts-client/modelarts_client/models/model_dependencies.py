from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.packages import Packages


T = TypeVar("T", bound="ModelDependencies")


@_attrs_define
class ModelDependencies:
    """
    Attributes:
        installer (str | Unset): Installation mode. Only pip is supported.
        packages (list[Packages] | Unset): Collection of dependency packages
    """

    installer: str | Unset = UNSET
    packages: list[Packages] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installer = self.installer

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if installer is not UNSET:
            field_dict["installer"] = installer
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        installer = d.pop("installer", UNSET)
        if not isinstance(installer, (str, Unset)):
            deviate(src_dict, "installer", TypeError("expected a string"))
            d["installer"] = installer
            installer = UNSET

        _raw_packages = d.pop("packages", UNSET)
        try:
            _packages = _raw_packages
            packages: list[Packages] | Unset = UNSET
            if _packages is not UNSET:
                packages = []
                for packages_item_data in _packages:
                    packages_item = Packages.from_dict(packages_item_data)

                    packages.append(packages_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "packages", exc)
            d["packages"] = _raw_packages
            packages = UNSET

        model_dependencies = cls(
            installer=installer,
            packages=packages,
        )

        model_dependencies.additional_properties = d
        return model_dependencies

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


from ..models.packages import Packages  # noqa: E402
