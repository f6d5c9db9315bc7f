from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, member_of  # removed by ruff where unused

from ..models.create_notebook_request_feature import CreateNotebookRequestFeature
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_hooks import CustomHooks
    from ..models.endpoints_req import EndpointsReq
    from ..models.lease_req import LeaseReq
    from ..models.volume_req import VolumeReq


T = TypeVar("T", bound="CreateNotebookRequest")


@_attrs_define
class CreateNotebookRequest:
    """
    Attributes:
        flavor (str): Instance flavor. The following flavors are for reference only. Obtain the flavors displayed on the
            console in the target region. - **modelarts.vm.cpu.2u**: General-purpose Intel CPU flavor, ideal for rapid data
            exploration and experiments - **modelarts.vm.cpu.8u**: General computing-plus Intel CPU flavors, ideal for
            compute-intensive applications
        image_id (str): Specifies the image ID of the notebook instance to be created. The image ID is in the
            Universally Unique Identifier (UUID) format. You can obtain the image ID by calling the ListImage.xml interface.
        name (str): Instance name, which contains a maximum of 128 characters, including letters, digits, hyphens (-),
            and underscores (_). Instance names can be duplicate.
        volume (VolumeReq):
        description (str | Unset): Instance description. The value contains a maximum of 512 characters and cannot
            contain the following characters: &<>"'/.
        duration (int | Unset): Running duration starting from the current time. It is recommended that this attribute
            be configured in leaseReq. If this attribute has a value, the value of leaseReq is ignored and the automatic
            instance stop type is scheduled stop. Unit: ms.
        endpoints (list[EndpointsReq] | Unset): This section describes how to configure the local IDE (such as PyCharm
            and VS Code) or SSH client to remotely access a notebook instance through SSH.
        feature (CreateNotebookRequestFeature | Unset): Instance type. The default value is **NOTEBOOK**. Options: -
            **DEFAULT**: free CodeLab instance. You can create only one. - **NOTEBOOK**: billed instance. Default:
            CreateNotebookRequestFeature.NOTEBOOK.
        pool_id (str | Unset): ID of a dedicated resource pool, for example, **pool41664192**. This parameter is
            mandatory if a dedicated resource pool needs to be specified for creating an instance.
        workspace_id (str | Unset): Workspace ID. If no workspaces are available, the default value is **0**. Default:
            '0'.
        hooks (CustomHooks | Unset):
        lease (LeaseReq | Unset):
    """

    flavor: str
    image_id: str
    name: str
    volume: VolumeReq
    description: str | Unset = UNSET
    duration: int | Unset = UNSET
    endpoints: list[EndpointsReq] | Unset = UNSET
    feature: CreateNotebookRequestFeature | Unset = CreateNotebookRequestFeature.NOTEBOOK
    pool_id: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    hooks: CustomHooks | Unset = UNSET
    lease: LeaseReq | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        duration = self.duration

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        feature: str | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.value

        pool_id = self.pool_id

        workspace_id = self.workspace_id

        hooks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hooks, Unset):
            hooks = self.hooks.to_dict()

        lease: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lease, Unset):
            lease = self.lease.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.flavor is not UNREAD:
            flavor = self.flavor
            field_dict["flavor"] = flavor
        if self.image_id is not UNREAD:
            image_id = self.image_id
            field_dict["image_id"] = image_id
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.volume is not UNREAD:
            volume = self.volume.to_dict()
            field_dict["volume"] = volume
        if description is not UNSET:
            field_dict["description"] = description
        if duration is not UNSET:
            field_dict["duration"] = duration
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if feature is not UNSET:
            field_dict["feature"] = feature
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if hooks is not UNSET:
            field_dict["hooks"] = hooks
        if lease is not UNSET:
            field_dict["lease"] = lease

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            if not isinstance(flavor, Unset):
                d["flavor"] = flavor
            flavor = UNREAD

        image_id = d.pop("image_id", UNSET)
        if not isinstance(image_id, (str)):
            deviate(src_dict, "image_id", TypeError("expected a string"))
            if not isinstance(image_id, Unset):
                d["image_id"] = image_id
            image_id = UNREAD

        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        _raw_volume = d.pop("volume", UNSET)
        try:
            if isinstance(_raw_volume, Unset):
                raise KeyError("volume")
            volume = VolumeReq.from_dict(_raw_volume)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volume", exc)
            if not isinstance(_raw_volume, Unset):
                d["volume"] = _raw_volume
            volume = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        duration = d.pop("duration", UNSET)
        if isinstance(duration, bool) or not isinstance(duration, (int, Unset)):
            deviate(src_dict, "duration", TypeError("expected an integer"))
            d["duration"] = duration
            duration = UNSET

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

        _raw_feature = d.pop("feature", UNSET)
        try:
            _feature = _raw_feature
            feature: CreateNotebookRequestFeature | Unset
            if isinstance(_feature, Unset):
                feature = UNSET
            else:
                feature = member_of(CreateNotebookRequestFeature, _feature)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "feature", exc)
            d["feature"] = _raw_feature
            feature = UNSET

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str, Unset)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            d["pool_id"] = pool_id
            pool_id = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

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

        _raw_lease = d.pop("lease", UNSET)
        try:
            _lease = _raw_lease
            lease: LeaseReq | Unset
            if isinstance(_lease, Unset):
                lease = UNSET
            else:
                lease = LeaseReq.from_dict(_lease)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "lease", exc)
            d["lease"] = _raw_lease
            lease = UNSET

        create_notebook_request = cls(
            flavor=flavor,
            image_id=image_id,
            name=name,
            volume=volume,
            description=description,
            duration=duration,
            endpoints=endpoints,
            feature=feature,
            pool_id=pool_id,
            workspace_id=workspace_id,
            hooks=hooks,
            lease=lease,
        )

        create_notebook_request.additional_properties = d
        return create_notebook_request

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
from ..models.lease_req import LeaseReq  # noqa: E402
from ..models.volume_req import VolumeReq  # noqa: E402
