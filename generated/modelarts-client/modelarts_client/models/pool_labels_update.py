from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.pool_labels_update_os_modelartssharing import PoolLabelsUpdateOsModelartssharing
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolLabelsUpdate")


@_attrs_define
class PoolLabelsUpdate:
    """
    Attributes:
        os_modelartsworkspace_id (str | Unset): Target workspace ID. The workspace ID cannot be changed at the same time
            as other resource pool modification operations (such as scaling).
        os_modelartssharing (PoolLabelsUpdateOsModelartssharing | Unset): Whether the resource pool can be shared. The
            options are as follows: - **unshared**: It cannot be shared. - **shared**: It can be shared.
    """

    os_modelartsworkspace_id: str | Unset = UNSET
    os_modelartssharing: PoolLabelsUpdateOsModelartssharing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os_modelartsworkspace_id = self.os_modelartsworkspace_id

        os_modelartssharing: str | Unset = UNSET
        if not isinstance(self.os_modelartssharing, Unset):
            os_modelartssharing = self.os_modelartssharing.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if os_modelartsworkspace_id is not UNSET:
            field_dict["os.modelarts/workspace.id"] = os_modelartsworkspace_id
        if os_modelartssharing is not UNSET:
            field_dict["os.modelarts/sharing"] = os_modelartssharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        os_modelartsworkspace_id = d.pop("os.modelarts/workspace.id", UNSET)
        if not isinstance(os_modelartsworkspace_id, (str, Unset)):
            deviate(src_dict, "os.modelarts/workspace.id", TypeError("expected a string"))
            d["os.modelarts/workspace.id"] = os_modelartsworkspace_id
            os_modelartsworkspace_id = UNSET

        _raw_os_modelartssharing = d.pop("os.modelarts/sharing", UNSET)
        try:
            _os_modelartssharing = _raw_os_modelartssharing
            os_modelartssharing: PoolLabelsUpdateOsModelartssharing | Unset
            if isinstance(_os_modelartssharing, Unset):
                os_modelartssharing = UNSET
            else:
                os_modelartssharing = member_of(PoolLabelsUpdateOsModelartssharing, _os_modelartssharing)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "os.modelarts/sharing", exc)
            d["os.modelarts/sharing"] = _raw_os_modelartssharing
            os_modelartssharing = UNSET

        pool_labels_update = cls(
            os_modelartsworkspace_id=os_modelartsworkspace_id,
            os_modelartssharing=os_modelartssharing,
        )

        pool_labels_update.additional_properties = d
        return pool_labels_update

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
