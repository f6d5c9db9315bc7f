from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_metadata_update import PoolMetadataUpdate
    from ..models.pool_spec_update import PoolSpecUpdate


T = TypeVar("T", bound="PatchPoolRequest")


@_attrs_define
class PatchPoolRequest:
    """
    Attributes:
        metadata (PoolMetadataUpdate | Unset):
        spec (PoolSpecUpdate | Unset):
    """

    metadata: PoolMetadataUpdate | Unset = UNSET
    spec: PoolSpecUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: PoolMetadataUpdate | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PoolMetadataUpdate.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: PoolSpecUpdate | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = PoolSpecUpdate.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        patch_pool_request = cls(
            metadata=metadata,
            spec=spec,
        )

        patch_pool_request.additional_properties = d
        return patch_pool_request

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


from ..models.pool_metadata_update import PoolMetadataUpdate  # noqa: E402
from ..models.pool_spec_update import PoolSpecUpdate  # noqa: E402
