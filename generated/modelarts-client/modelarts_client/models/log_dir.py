from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pfs_summary import PFSSummary


T = TypeVar("T", bound="LogDir")


@_attrs_define
class LogDir:
    """
    Attributes:
        pfs (PFSSummary):
    """

    pfs: PFSSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.pfs is not UNREAD:
            pfs = self.pfs.to_dict()
            field_dict["pfs"] = pfs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_pfs = d.pop("pfs", UNSET)
        try:
            if isinstance(_raw_pfs, Unset):
                raise KeyError("pfs")
            pfs = PFSSummary.from_dict(_raw_pfs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pfs", exc)
            if not isinstance(_raw_pfs, Unset):
                d["pfs"] = _raw_pfs
            pfs = UNREAD

        log_dir = cls(
            pfs=pfs,
        )

        log_dir.additional_properties = d
        return log_dir

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


from ..models.pfs_summary import PFSSummary  # noqa: E402
