from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.create_pool_request_api_version import CreatePoolRequestApiVersion
from ..models.create_pool_request_kind import CreatePoolRequestKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_metadata_creation import PoolMetadataCreation
    from ..models.pool_spec_creation import PoolSpecCreation


T = TypeVar("T", bound="CreatePoolRequest")


@_attrs_define
class CreatePoolRequest:
    """
    Attributes:
        api_version (CreatePoolRequestApiVersion): API version. Options: - **v2**
        kind (CreatePoolRequestKind): Resource type. Options: - **Pool**: resource pool
        metadata (PoolMetadataCreation):
        spec (PoolSpecCreation | Unset):
    """

    api_version: CreatePoolRequestApiVersion
    kind: CreatePoolRequestKind
    metadata: PoolMetadataCreation
    spec: PoolSpecCreation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api_version is not UNREAD:
            api_version = self.api_version.value
            field_dict["apiVersion"] = api_version
        if self.kind is not UNREAD:
            kind = self.kind.value
            field_dict["kind"] = kind
        if self.metadata is not UNREAD:
            metadata = self.metadata.to_dict()
            field_dict["metadata"] = metadata
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            if isinstance(_raw_api_version, Unset):
                raise KeyError("apiVersion")
            api_version = member_of(CreatePoolRequestApiVersion, _raw_api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            if not isinstance(_raw_api_version, Unset):
                d["apiVersion"] = _raw_api_version
            api_version = UNREAD

        _raw_kind = d.pop("kind", UNSET)
        try:
            if isinstance(_raw_kind, Unset):
                raise KeyError("kind")
            kind = member_of(CreatePoolRequestKind, _raw_kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            if not isinstance(_raw_kind, Unset):
                d["kind"] = _raw_kind
            kind = UNREAD

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            if isinstance(_raw_metadata, Unset):
                raise KeyError("metadata")
            metadata = PoolMetadataCreation.from_dict(_raw_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            if not isinstance(_raw_metadata, Unset):
                d["metadata"] = _raw_metadata
            metadata = UNREAD

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: PoolSpecCreation | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = PoolSpecCreation.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        create_pool_request = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        create_pool_request.additional_properties = d
        return create_pool_request

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


from ..models.pool_metadata_creation import PoolMetadataCreation  # noqa: E402
from ..models.pool_spec_creation import PoolSpecCreation  # noqa: E402
