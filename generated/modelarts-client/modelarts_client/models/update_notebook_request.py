from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_hooks import CustomHooks
    from ..models.endpoints_req import EndpointsReq


T = TypeVar("T", bound="UpdateNotebookRequest")


@_attrs_define
class UpdateNotebookRequest:
    """
    Attributes:
        description (str | Unset): Instance description. The value can contain a maximum of 512 characters and cannot
            contain the following special characters: &<>"/.
        endpoints (list[EndpointsReq] | Unset): This section describes how to configure the local IDE (such as PyCharm
            and VS Code) or SSH client to remotely access a notebook instance through SSH.
        flavor (str | Unset): Instance flavor. For details, see Querying Flavors Available for a Notebook Instance.
        image_id (str | Unset): Image ID. For details, see Querying Supported Images.
        name (str | Unset): Instance name that can be updated, which contains a maximum of 128 characters, including
            letters, digits, hyphens (-), and underscores (_).
        storage_new_size (int | Unset): EVS instance capacity that can be expanded, in GB. The maximum value is 4,096
            GB.
        hooks (CustomHooks | Unset):
    """

    description: str | Unset = UNSET
    endpoints: list[EndpointsReq] | Unset = UNSET
    flavor: str | Unset = UNSET
    image_id: str | Unset = UNSET
    name: str | Unset = UNSET
    storage_new_size: int | Unset = UNSET
    hooks: CustomHooks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        flavor = self.flavor

        image_id = self.image_id

        name = self.name

        storage_new_size = self.storage_new_size

        hooks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hooks, Unset):
            hooks = self.hooks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if name is not UNSET:
            field_dict["name"] = name
        if storage_new_size is not UNSET:
            field_dict["storage_new_size"] = storage_new_size
        if hooks is not UNSET:
            field_dict["hooks"] = hooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_endpoints = d.pop("endpoints", UNSET)
        try:
            _endpoints = _raw_endpoints
            endpoints: list[EndpointsReq] | Unset = UNSET
            if _endpoints is not UNSET:
                endpoints = []
                for endpoints_item_data in _endpoints:
                    endpoints_item = EndpointsReq.from_dict(endpoints_item_data)

                    endpoints.append(endpoints_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "endpoints", exc)
            d["endpoints"] = _raw_endpoints
            endpoints = UNSET

        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str, Unset)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            d["flavor"] = flavor
            flavor = UNSET

        image_id = d.pop("image_id", UNSET)
        if not isinstance(image_id, (str, Unset)):
            deviate(src_dict, "image_id", TypeError("expected a string"))
            d["image_id"] = image_id
            image_id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        storage_new_size = d.pop("storage_new_size", UNSET)
        if isinstance(storage_new_size, bool) or not isinstance(storage_new_size, (int, Unset)):
            deviate(src_dict, "storage_new_size", TypeError("expected an integer"))
            d["storage_new_size"] = storage_new_size
            storage_new_size = UNSET

        _raw_hooks = d.pop("hooks", UNSET)
        try:
            _hooks = _raw_hooks
            hooks: CustomHooks | Unset
            if isinstance(_hooks, Unset):
                hooks = UNSET
            else:
                hooks = CustomHooks.from_dict(_hooks)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "hooks", exc)
            d["hooks"] = _raw_hooks
            hooks = UNSET

        update_notebook_request = cls(
            description=description,
            endpoints=endpoints,
            flavor=flavor,
            image_id=image_id,
            name=name,
            storage_new_size=storage_new_size,
            hooks=hooks,
        )

        update_notebook_request.additional_properties = d
        return update_notebook_request

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


from ..models.custom_hooks import CustomHooks  # noqa: E402
from ..models.endpoints_req import EndpointsReq  # noqa: E402
