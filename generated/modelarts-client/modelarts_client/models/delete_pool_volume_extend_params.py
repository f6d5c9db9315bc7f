from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.delete_pool_volume_extend_params_volume_group import DeletePoolVolumeExtendParamsVolumeGroup
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeletePoolVolumeExtendParams")


@_attrs_define
class DeletePoolVolumeExtendParams:
    """
    Attributes:
        volume_group (DeletePoolVolumeExtendParamsVolumeGroup | Unset): Name of a disk group, which is used to divide
            storage space. The options are as follows: - **vgpaas**: container disk. - **default**: common data disk, which
            is mounted in default mode. - **vguser{num}**: common data disk, which is mounted to a specified path. The group
            name varies depending on the path, for example, **vguser1** and **vguser2**. - **vg-everest-localvolume-
            persistent**: common data disk, which is used as the persistent storage volume. - **vg-everest-localvolume-
            ephemeral**: common data disk, which is used as a temporary storage volume.
    """

    volume_group: DeletePoolVolumeExtendParamsVolumeGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_group: str | Unset = UNSET
        if not isinstance(self.volume_group, Unset):
            volume_group = self.volume_group.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if volume_group is not UNSET:
            field_dict["volumeGroup"] = volume_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_volume_group = d.pop("volumeGroup", UNSET)
        try:
            _volume_group = _raw_volume_group
            volume_group: DeletePoolVolumeExtendParamsVolumeGroup | Unset
            if isinstance(_volume_group, Unset):
                volume_group = UNSET
            else:
                volume_group = member_of(DeletePoolVolumeExtendParamsVolumeGroup, _volume_group)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volumeGroup", exc)
            d["volumeGroup"] = _raw_volume_group
            volume_group = UNSET

        delete_pool_volume_extend_params = cls(
            volume_group=volume_group,
        )

        delete_pool_volume_extend_params.additional_properties = d
        return delete_pool_volume_extend_params

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
