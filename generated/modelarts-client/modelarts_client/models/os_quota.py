from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quota import Quota


T = TypeVar("T", bound="OsQuota")


@_attrs_define
class OsQuota:
    """The account's resource quotas.

    Attributes:
        quotas (Quota): Resource quotas.
    """

    quotas: Quota
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.quotas is not UNREAD:
            quotas = self.quotas.to_dict()
            field_dict["quotas"] = quotas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_quotas = d.pop("quotas", UNSET)
        try:
            if isinstance(_raw_quotas, Unset):
                raise KeyError("quotas")
            quotas = Quota.from_dict(_raw_quotas)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "quotas", exc)
            if not isinstance(_raw_quotas, Unset):
                d["quotas"] = _raw_quotas
            quotas = UNREAD

        os_quota = cls(
            quotas=quotas,
        )

        os_quota.additional_properties = d
        return os_quota

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


from ..models.quota import Quota  # noqa: E402
