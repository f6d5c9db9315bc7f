from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.patch_network_response_api_version import PatchNetworkResponseApiVersion
from ..models.patch_network_response_kind import PatchNetworkResponseKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_spec import NetworkSpec
    from ..models.network_status import NetworkStatus
    from ..models.patch_network_network_metadata import PatchNetworkNetworkMetadata


T = TypeVar("T", bound="PatchNetworkResponse")


@_attrs_define
class PatchNetworkResponse:
    """
    Attributes:
        api_version (PatchNetworkResponseApiVersion | Unset): API version. Options: - **v1**
        kind (PatchNetworkResponseKind | Unset): Resource type. Options: - **Network**
        metadata (PatchNetworkNetworkMetadata | Unset):
        spec (NetworkSpec | Unset):
        status (NetworkStatus | Unset):
    """

    api_version: PatchNetworkResponseApiVersion | Unset = UNSET
    kind: PatchNetworkResponseKind | Unset = UNSET
    metadata: PatchNetworkNetworkMetadata | Unset = UNSET
    spec: NetworkSpec | Unset = UNSET
    status: NetworkStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            _api_version = _raw_api_version
            api_version: PatchNetworkResponseApiVersion | Unset
            if isinstance(_api_version, Unset):
                api_version = UNSET
            else:
                api_version = member_of(PatchNetworkResponseApiVersion, _api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            d["apiVersion"] = _raw_api_version
            api_version = UNSET

        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: PatchNetworkResponseKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(PatchNetworkResponseKind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: PatchNetworkNetworkMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PatchNetworkNetworkMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: NetworkSpec | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = NetworkSpec.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: NetworkStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = NetworkStatus.from_dict(_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        patch_network_response = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
            status=status,
        )

        patch_network_response.additional_properties = d
        return patch_network_response

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


from ..models.network_spec import NetworkSpec  # noqa: E402
from ..models.network_status import NetworkStatus  # noqa: E402
from ..models.patch_network_network_metadata import PatchNetworkNetworkMetadata  # noqa: E402
