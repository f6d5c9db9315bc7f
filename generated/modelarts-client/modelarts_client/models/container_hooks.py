from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config import Config


T = TypeVar("T", bound="ContainerHooks")


@_attrs_define
class ContainerHooks:
    """
    Attributes:
        post_start (Config | Unset):
        pre_start (Config | Unset):
    """

    post_start: Config | Unset = UNSET
    pre_start: Config | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_start, Unset):
            post_start = self.post_start.to_dict()

        pre_start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pre_start, Unset):
            pre_start = self.pre_start.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if post_start is not UNSET:
            field_dict["post_start"] = post_start
        if pre_start is not UNSET:
            field_dict["pre_start"] = pre_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_post_start = d.pop("post_start", UNSET)
        try:
            _post_start = _raw_post_start
            post_start: Config | Unset
            if isinstance(_post_start, Unset):
                post_start = UNSET
            else:
                post_start = Config.from_dict(_post_start)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "post_start", exc)
            d["post_start"] = _raw_post_start
            post_start = UNSET

        _raw_pre_start = d.pop("pre_start", UNSET)
        try:
            _pre_start = _raw_pre_start
            pre_start: Config | Unset
            if isinstance(_pre_start, Unset):
                pre_start = UNSET
            else:
                pre_start = Config.from_dict(_pre_start)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pre_start", exc)
            d["pre_start"] = _raw_pre_start
            pre_start = UNSET

        container_hooks = cls(
            post_start=post_start,
            pre_start=pre_start,
        )

        container_hooks.additional_properties = d
        return container_hooks

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


from ..models.config import Config  # noqa: E402
