from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.create_pool_response_api_version import CreatePoolResponseApiVersion
from ..models.create_pool_response_kind import CreatePoolResponseKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_metadata import PoolMetadata
    from ..models.pool_spec import PoolSpec
    from ..models.pool_status import PoolStatus


T = TypeVar("T", bound="CreatePoolResponse")


@_attrs_define
class CreatePoolResponse:
    """
    Attributes:
        api_version (CreatePoolResponseApiVersion | Unset): API version. Options: - **v2**
        kind (CreatePoolResponseKind | Unset): Resource type. Options: - **Pool**: resource pool
        metadata (PoolMetadata | Unset): Metadata of a resource pool.
        spec (PoolSpec | Unset):
        status (PoolStatus | Unset): Observed state of a resource pool.
    """

    api_version: CreatePoolResponseApiVersion | Unset = UNSET
    kind: CreatePoolResponseKind | Unset = UNSET
    metadata: PoolMetadata | Unset = UNSET
    spec: PoolSpec | Unset = UNSET
    status: PoolStatus | Unset = UNSET
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
            api_version: CreatePoolResponseApiVersion | Unset
            if isinstance(_api_version, Unset):
                api_version = UNSET
            else:
                api_version = member_of(CreatePoolResponseApiVersion, _api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            d["apiVersion"] = _raw_api_version
            api_version = UNSET

        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: CreatePoolResponseKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(CreatePoolResponseKind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            _metadata = _raw_metadata
            metadata: PoolMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PoolMetadata.from_dict(_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            d["metadata"] = _raw_metadata
            metadata = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: PoolSpec | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = PoolSpec.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: PoolStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PoolStatus.from_dict(_status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        create_pool_response = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
            status=status,
        )

        create_pool_response.additional_properties = d
        return create_pool_response

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


from ..models.pool_metadata import PoolMetadata  # noqa: E402
from ..models.pool_spec import PoolSpec  # noqa: E402
from ..models.pool_status import PoolStatus  # noqa: E402
