from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.pool_api_version import PoolApiVersion
from ..models.pool_kind import PoolKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_metadata import PoolMetadata
    from ..models.pool_spec_model import PoolSpecModel
    from ..models.pool_status import PoolStatus


T = TypeVar("T", bound="Pool")


@_attrs_define
class Pool:
    """A dedicated resource pool.

    Attributes:
        api_version (PoolApiVersion): API version, always `v2`.
        kind (PoolKind): Resource kind, always `Pool`.
        metadata (PoolMetadata): Metadata of a resource pool.
        spec (PoolSpecModel | Unset): Desired state of a resource pool.
        status (PoolStatus | Unset): Observed state of a resource pool.
    """

    api_version: PoolApiVersion
    kind: PoolKind
    metadata: PoolMetadata
    spec: PoolSpecModel | Unset = UNSET
    status: PoolStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            if isinstance(_raw_api_version, Unset):
                raise KeyError("apiVersion")
            api_version = member_of(PoolApiVersion, _raw_api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            if not isinstance(_raw_api_version, Unset):
                d["apiVersion"] = _raw_api_version
            api_version = UNREAD

        _raw_kind = d.pop("kind", UNSET)
        try:
            if isinstance(_raw_kind, Unset):
                raise KeyError("kind")
            kind = member_of(PoolKind, _raw_kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            if not isinstance(_raw_kind, Unset):
                d["kind"] = _raw_kind
            kind = UNREAD

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            if isinstance(_raw_metadata, Unset):
                raise KeyError("metadata")
            metadata = PoolMetadata.from_dict(_raw_metadata)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "metadata", exc)
            if not isinstance(_raw_metadata, Unset):
                d["metadata"] = _raw_metadata
            metadata = UNREAD

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: PoolSpecModel | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = PoolSpecModel.from_dict(_spec)

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

        pool = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
            status=status,
        )

        pool.additional_properties = d
        return pool

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
from ..models.pool_spec_model import PoolSpecModel  # noqa: E402
from ..models.pool_status import PoolStatus  # noqa: E402
