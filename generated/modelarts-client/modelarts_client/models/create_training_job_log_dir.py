from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_training_job_pfs_summary import CreateTrainingJobPFSSummary


T = TypeVar("T", bound="CreateTrainingJobLogDir")


@_attrs_define
class CreateTrainingJobLogDir:
    """
    Attributes:
        pfs (CreateTrainingJobPFSSummary | Unset):
    """

    pfs: CreateTrainingJobPFSSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pfs, Unset):
            pfs = self.pfs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if pfs is not UNSET:
            field_dict["pfs"] = pfs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_pfs = d.pop("pfs", UNSET)
        try:
            _pfs = _raw_pfs
            pfs: CreateTrainingJobPFSSummary | Unset
            if isinstance(_pfs, Unset):
                pfs = UNSET
            else:
                pfs = CreateTrainingJobPFSSummary.from_dict(_pfs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pfs", exc)
            d["pfs"] = _raw_pfs
            pfs = UNSET

        create_training_job_log_dir = cls(
            pfs=pfs,
        )

        create_training_job_log_dir.additional_properties = d
        return create_training_job_log_dir

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


from ..models.create_training_job_pfs_summary import CreateTrainingJobPFSSummary  # noqa: E402
