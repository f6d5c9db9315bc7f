from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.delete_notebook_response_feature import DeleteNotebookResponseFeature
from ..models.delete_notebook_response_status import DeleteNotebookResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delete_notebook_pool import DeleteNotebookPool
    from ..models.endpoints_res import EndpointsRes
    from ..models.image import Image
    from ..models.job_progress import JobProgress
    from ..models.lease import Lease
    from ..models.user import User
    from ..models.volume_res import VolumeRes


T = TypeVar("T", bound="DeleteNotebookResponse")


@_attrs_define
class DeleteNotebookResponse:
    """
    Attributes:
        action_progress (list[JobProgress] | Unset): Instance initialization progress.
        description (str | Unset): Instance description
        endpoints (list[EndpointsRes] | Unset): This section describes how to configure the local IDE (such as PyCharm
            and VS Code) or SSH client to remotely access a notebook instance through SSH.
        fail_reason (str | Unset): Instance failure cause
        flavor (str | Unset): Instance flavor
        id (str | Unset): Instance ID.
        image (Image | Unset):
        lease (Lease | Unset):
        name (str | Unset): Instance name
        pool (DeleteNotebookPool | Unset):
        status (DeleteNotebookResponseStatus | Unset): Instance status. Options: - **INIT**: The instance is being
            initialized. - **CREATING**: The instance is being created. - **STARTING**: The instance is starting. -
            **STOPPING**: The instance is being stopped. - **DELETING**: The instance is being deleted. - **RUNNING**: The
            instance is running. - **STOPPED**: The instance has been stopped. - **SNAPSHOTTING**: The image of the instance
            is being saved. - **CREATE_FAILED**: Creating the instance failed. - **START_FAILED**: Starting the instance
            failed. - **DELETE_FAILED**: Deleting the instance failed. - **ERROR**: An error occurred. - **DELETED**: The
            instance has been deleted. - **FROZEN**: The instance is frozen.
        token (str | Unset): Token information used for notebook authentication.
        url (str | Unset): URL for accessing the notebook instance
        volume (VolumeRes | Unset):
        workspace_id (str | Unset): Workspace ID. If no workspaces are available, the default value is **0**. Default:
            '0'.
        feature (DeleteNotebookResponseFeature | Unset): Instance type. Options: - **DEFAULT**: free CodeLab instance.
            You can create only one. - **NOTEBOOK**: billed instance.
        billing_items (list[str] | Unset): Type of a charging resource. Options: STORAGE: Storage resources are charged.
            COMPUTE: Computing resources are charged. ALL: all charging types
        user (User | Unset):
    """

    action_progress: list[JobProgress] | Unset = UNSET
    description: str | Unset = UNSET
    endpoints: list[EndpointsRes] | Unset = UNSET
    fail_reason: str | Unset = UNSET
    flavor: str | Unset = UNSET
    id: str | Unset = UNSET
    image: Image | Unset = UNSET
    lease: Lease | Unset = UNSET
    name: str | Unset = UNSET
    pool: DeleteNotebookPool | Unset = UNSET
    status: DeleteNotebookResponseStatus | Unset = UNSET
    token: str | Unset = UNSET
    url: str | Unset = UNSET
    volume: VolumeRes | Unset = UNSET
    workspace_id: str | Unset = "0"
    feature: DeleteNotebookResponseFeature | Unset = UNSET
    billing_items: list[str] | Unset = UNSET
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_progress: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_progress, Unset):
            action_progress = []
            for action_progress_item_data in self.action_progress:
                action_progress_item = action_progress_item_data.to_dict()
                action_progress.append(action_progress_item)

        description = self.description

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        fail_reason = self.fail_reason

        flavor = self.flavor

        id = self.id

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        lease: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lease, Unset):
            lease = self.lease.to_dict()

        name = self.name

        pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pool, Unset):
            pool = self.pool.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        token = self.token

        url = self.url

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        workspace_id = self.workspace_id

        feature: str | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.value

        billing_items: list[str] | Unset = UNSET
        if not isinstance(self.billing_items, Unset):
            billing_items = self.billing_items

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action_progress is not UNSET:
            field_dict["action_progress"] = action_progress
        if description is not UNSET:
            field_dict["description"] = description
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if id is not UNSET:
            field_dict["id"] = id
        if image is not UNSET:
            field_dict["image"] = image
        if lease is not UNSET:
            field_dict["lease"] = lease
        if name is not UNSET:
            field_dict["name"] = name
        if pool is not UNSET:
            field_dict["pool"] = pool
        if status is not UNSET:
            field_dict["status"] = status
        if token is not UNSET:
            field_dict["token"] = token
        if url is not UNSET:
            field_dict["url"] = url
        if volume is not UNSET:
            field_dict["volume"] = volume
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if feature is not UNSET:
            field_dict["feature"] = feature
        if billing_items is not UNSET:
            field_dict["billing_items"] = billing_items
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_action_progress = d.pop("action_progress", UNSET)
        try:
            _action_progress = _raw_action_progress
            action_progress: list[JobProgress] | Unset = UNSET
            if _action_progress is not UNSET:
                action_progress = []
                for action_progress_item_data in _action_progress:
                    action_progress_item = JobProgress.from_dict(action_progress_item_data)

                    action_progress.append(action_progress_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "action_progress", exc)
            d["action_progress"] = _raw_action_progress
            action_progress = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        _raw_endpoints = d.pop("endpoints", UNSET)
        try:
            _endpoints = _raw_endpoints
            endpoints: list[EndpointsRes] | Unset = UNSET
            if _endpoints is not UNSET:
                endpoints = []
                for endpoints_item_data in _endpoints:
                    endpoints_item = EndpointsRes.from_dict(endpoints_item_data)

                    endpoints.append(endpoints_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "endpoints", exc)
            d["endpoints"] = _raw_endpoints
            endpoints = UNSET

        fail_reason = d.pop("fail_reason", UNSET)
        if not isinstance(fail_reason, (str, Unset)):
            deviate(src_dict, "fail_reason", TypeError("expected a string"))
            d["fail_reason"] = fail_reason
            fail_reason = UNSET

        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str, Unset)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            d["flavor"] = flavor
            flavor = UNSET

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        _raw_image = d.pop("image", UNSET)
        try:
            _image = _raw_image
            image: Image | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = Image.from_dict(_image)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "image", exc)
            d["image"] = _raw_image
            image = UNSET

        _raw_lease = d.pop("lease", UNSET)
        try:
            _lease = _raw_lease
            lease: Lease | Unset
            if isinstance(_lease, Unset):
                lease = UNSET
            else:
                lease = Lease.from_dict(_lease)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "lease", exc)
            d["lease"] = _raw_lease
            lease = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        _raw_pool = d.pop("pool", UNSET)
        try:
            _pool = _raw_pool
            pool: DeleteNotebookPool | Unset
            if isinstance(_pool, Unset):
                pool = UNSET
            else:
                pool = DeleteNotebookPool.from_dict(_pool)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pool", exc)
            d["pool"] = _raw_pool
            pool = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: DeleteNotebookResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(DeleteNotebookResponseStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        token = d.pop("token", UNSET)
        if not isinstance(token, (str, Unset)):
            deviate(src_dict, "token", TypeError("expected a string"))
            d["token"] = token
            token = UNSET

        url = d.pop("url", UNSET)
        if not isinstance(url, (str, Unset)):
            deviate(src_dict, "url", TypeError("expected a string"))
            d["url"] = url
            url = UNSET

        _raw_volume = d.pop("volume", UNSET)
        try:
            _volume = _raw_volume
            volume: VolumeRes | Unset
            if isinstance(_volume, Unset):
                volume = UNSET
            else:
                volume = VolumeRes.from_dict(_volume)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "volume", exc)
            d["volume"] = _raw_volume
            volume = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        _raw_feature = d.pop("feature", UNSET)
        try:
            _feature = _raw_feature
            feature: DeleteNotebookResponseFeature | Unset
            if isinstance(_feature, Unset):
                feature = UNSET
            else:
                feature = member_of(DeleteNotebookResponseFeature, _feature)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "feature", exc)
            d["feature"] = _raw_feature
            feature = UNSET

        billing_items = d.pop("billing_items", UNSET)
        if billing_items is not UNSET and (_misfit := list_misfit(billing_items, (str), False, "a string")):
            deviate(src_dict, "billing_items", _misfit)
            d["billing_items"] = billing_items
            billing_items = UNSET

        _raw_user = d.pop("user", UNSET)
        try:
            _user = _raw_user
            user: User | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = User.from_dict(_user)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "user", exc)
            d["user"] = _raw_user
            user = UNSET

        delete_notebook_response = cls(
            action_progress=action_progress,
            description=description,
            endpoints=endpoints,
            fail_reason=fail_reason,
            flavor=flavor,
            id=id,
            image=image,
            lease=lease,
            name=name,
            pool=pool,
            status=status,
            token=token,
            url=url,
            volume=volume,
            workspace_id=workspace_id,
            feature=feature,
            billing_items=billing_items,
            user=user,
        )

        delete_notebook_response.additional_properties = d
        return delete_notebook_response

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


from ..models.delete_notebook_pool import DeleteNotebookPool  # noqa: E402
from ..models.endpoints_res import EndpointsRes  # noqa: E402
from ..models.image import Image  # noqa: E402
from ..models.job_progress import JobProgress  # noqa: E402
from ..models.lease import Lease  # noqa: E402
from ..models.user import User  # noqa: E402
from ..models.volume_res import VolumeRes  # noqa: E402
