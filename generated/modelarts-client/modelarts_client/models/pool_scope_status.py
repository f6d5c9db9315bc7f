from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.pool_scope_status_scope_type import PoolScopeStatusScopeType
from ..models.pool_scope_status_state import PoolScopeStatusState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_scope_plugin_phase import PoolScopePluginPhase


T = TypeVar("T", bound="PoolScopeStatus")


@_attrs_define
class PoolScopeStatus:
    """State of one job type of the pool.

    Attributes:
        scope_type (PoolScopeStatusScopeType): Job type: `Train` training, `Infer` inference, `Notebook` notebooks.
        state (PoolScopeStatusState | Unset): State: `Enabling`, `Enabled`, `EnableFailed`, `Disabling`, `Disabled`.
        plugins (list[PoolScopePluginPhase] | Unset): State of the job type's plug-ins (not in the manual's excerpt;
            from the English edition).
        message (str | Unset): Why enabling or disabling the job type failed (not in the manual's excerpt; from the
            English edition).
    """

    scope_type: PoolScopeStatusScopeType
    state: PoolScopeStatusState | Unset = UNSET
    plugins: list[PoolScopePluginPhase] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item = plugins_item_data.to_dict()
                plugins.append(plugins_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.scope_type is not UNREAD:
            scope_type = self.scope_type.value
            field_dict["scopeType"] = scope_type
        if state is not UNSET:
            field_dict["state"] = state
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_scope_type = d.pop("scopeType", UNSET)
        try:
            if isinstance(_raw_scope_type, Unset):
                raise KeyError("scopeType")
            scope_type = member_of(PoolScopeStatusScopeType, _raw_scope_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "scopeType", exc)
            if not isinstance(_raw_scope_type, Unset):
                d["scopeType"] = _raw_scope_type
            scope_type = UNREAD

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: PoolScopeStatusState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = member_of(PoolScopeStatusState, _state)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "state", exc)
            d["state"] = _raw_state
            state = UNSET

        _raw_plugins = d.pop("plugins", UNSET)
        try:
            _plugins = _raw_plugins
            plugins: list[PoolScopePluginPhase] | Unset = UNSET
            if _plugins is not UNSET:
                plugins = []
                for plugins_item_data in _plugins:
                    plugins_item = PoolScopePluginPhase.from_dict(plugins_item_data)

                    plugins.append(plugins_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "plugins", exc)
            d["plugins"] = _raw_plugins
            plugins = UNSET

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            deviate(src_dict, "message", TypeError("expected a string"))
            d["message"] = message
            message = UNSET

        pool_scope_status = cls(
            scope_type=scope_type,
            state=state,
            plugins=plugins,
            message=message,
        )

        pool_scope_status.additional_properties = d
        return pool_scope_status

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


from ..models.pool_scope_plugin_phase import PoolScopePluginPhase  # noqa: E402
