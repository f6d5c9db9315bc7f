from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_metadata_update import NetworkMetadataUpdate
    from ..models.network_spec_update import NetworkSpecUpdate


T = TypeVar("T", bound="PatchNetworkRequest")


@_attrs_define
class PatchNetworkRequest:
    """
    Attributes:
        metadata (NetworkMetadataUpdate | Unset):
        spec (NetworkSpecUpdate | Unset):
    """

    metadata: NetworkMetadataUpdate | Unset = UNSET
    spec: NetworkSpecUpdate | Unset = UNSET
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
            metadata: NetworkMetadataUpdate | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = NetworkMetadataUpdate.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: NetworkSpecUpdate | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = NetworkSpecUpdate.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        patch_network_request = cls(
            metadata=metadata,
            spec=spec,
        )

        patch_network_request.additional_properties = d
        return patch_network_request

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


from ..models.network_metadata_update import NetworkMetadataUpdate  # noqa: E402
from ..models.network_spec_update import NetworkSpecUpdate  # noqa: E402
