from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.list_pools_response_api_version import ListPoolsResponseApiVersion
from ..models.list_pools_response_kind import ListPoolsResponseKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool import Pool


T = TypeVar("T", bound="ListPoolsResponse")


@_attrs_define
class ListPoolsResponse:
    """
    Attributes:
        api_version (ListPoolsResponseApiVersion | Unset): API version. Options: - **v2**
        kind (ListPoolsResponseKind | Unset): Resource type. Options: - **PoolList**: resource pools
        items (list[Pool] | Unset): Resource pools.
    """

    api_version: ListPoolsResponseApiVersion | Unset = UNSET
    kind: ListPoolsResponseKind | Unset = UNSET
    items: list[Pool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_api_version = d.pop("apiVersion", UNSET)
        try:
            _api_version = _raw_api_version
            api_version: ListPoolsResponseApiVersion | Unset
            if isinstance(_api_version, Unset):
                api_version = UNSET
            else:
                api_version = member_of(ListPoolsResponseApiVersion, _api_version)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "apiVersion", exc)
            d["apiVersion"] = _raw_api_version
            api_version = UNSET

        _raw_kind = d.pop("kind", UNSET)
        try:
            _kind = _raw_kind
            kind: ListPoolsResponseKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = member_of(ListPoolsResponseKind, _kind)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "kind", exc)
            d["kind"] = _raw_kind
            kind = UNSET

        _raw_items = d.pop("items", UNSET)
        try:
            _items = _raw_items
            items: list[Pool] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = Pool.from_dict(items_item_data)

                    items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "items", exc)
            d["items"] = _raw_items
            items = UNSET

        list_pools_response = cls(
            api_version=api_version,
            kind=kind,
            items=items,
        )

        list_pools_response.additional_properties = d
        return list_pools_response

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


from ..models.pool import Pool  # noqa: E402
