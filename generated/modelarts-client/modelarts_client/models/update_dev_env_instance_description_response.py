from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_project_parameters import AIProjectParameters
    from ..models.profile_parameters import ProfileParameters
    from ..models.spec_parameters import SpecParameters
    from ..models.update_dev_env_instance_description_flavor_details_parameters import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParameters,
    )
    from ..models.update_dev_env_instance_description_pool_parameters import (
        UpdateDevEnvInstanceDescriptionPoolParameters,
    )
    from ..models.update_dev_env_instance_description_queuing_info_parameters import (
        UpdateDevEnvInstanceDescriptionQueuingInfoParameters,
    )
    from ..models.update_dev_env_instance_description_repository_parameters import (
        UpdateDevEnvInstanceDescriptionRepositoryParameters,
    )
    from ..models.user_parameters import UserParameters
    from ..models.workspace_parameters import WorkspaceParameters


T = TypeVar("T", bound="UpdateDevEnvInstanceDescriptionResponse")


@_attrs_define
class UpdateDevEnvInstanceDescriptionResponse:
    """
    Attributes:
        id (str | Unset): Instance ID
        name (str | Unset): Instance name
        description (str | Unset): Instance description
        status (str | Unset): Instance status
        creation_timestamp (str | Unset): Time when an instance is created
        latest_update_timestamp (str | Unset): Time when an instance is modified
        profile (ProfileParameters | Unset):
        flavor (str | Unset): Instance flavor
        flavor_details (UpdateDevEnvInstanceDescriptionFlavorDetailsParameters | Unset):
        pool (UpdateDevEnvInstanceDescriptionPoolParameters | Unset):
        spec (SpecParameters | Unset):
        workspace (WorkspaceParameters | Unset):
        ai_project (AIProjectParameters | Unset):
        error_code (str | Unset): Error code. For details, see Error Codes.
        queuing_info (UpdateDevEnvInstanceDescriptionQueuingInfoParameters | Unset):
        user (UserParameters | Unset):
        repository (UpdateDevEnvInstanceDescriptionRepositoryParameters | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    creation_timestamp: str | Unset = UNSET
    latest_update_timestamp: str | Unset = UNSET
    profile: ProfileParameters | Unset = UNSET
    flavor: str | Unset = UNSET
    flavor_details: UpdateDevEnvInstanceDescriptionFlavorDetailsParameters | Unset = UNSET
    pool: UpdateDevEnvInstanceDescriptionPoolParameters | Unset = UNSET
    spec: SpecParameters | Unset = UNSET
    workspace: WorkspaceParameters | Unset = UNSET
    ai_project: AIProjectParameters | Unset = UNSET
    error_code: str | Unset = UNSET
    queuing_info: UpdateDevEnvInstanceDescriptionQueuingInfoParameters | Unset = UNSET
    user: UserParameters | Unset = UNSET
    repository: UpdateDevEnvInstanceDescriptionRepositoryParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        creation_timestamp = self.creation_timestamp

        latest_update_timestamp = self.latest_update_timestamp

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        flavor = self.flavor

        flavor_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_details, Unset):
            flavor_details = self.flavor_details.to_dict()

        pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pool, Unset):
            pool = self.pool.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        ai_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_project, Unset):
            ai_project = self.ai_project.to_dict()

        error_code = self.error_code

        queuing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queuing_info, Unset):
            queuing_info = self.queuing_info.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if creation_timestamp is not UNSET:
            field_dict["creation_timestamp"] = creation_timestamp
        if latest_update_timestamp is not UNSET:
            field_dict["latest_update_timestamp"] = latest_update_timestamp
        if profile is not UNSET:
            field_dict["profile"] = profile
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if flavor_details is not UNSET:
            field_dict["flavor_details"] = flavor_details
        if pool is not UNSET:
            field_dict["pool"] = pool
        if spec is not UNSET:
            field_dict["spec"] = spec
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if queuing_info is not UNSET:
            field_dict["queuing_info"] = queuing_info
        if user is not UNSET:
            field_dict["user"] = user
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            deviate(src_dict, "id", TypeError("expected a string"))
            d["id"] = id
            id = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            deviate(src_dict, "status", TypeError("expected a string"))
            d["status"] = status
            status = UNSET

        creation_timestamp = d.pop("creation_timestamp", UNSET)
        if not isinstance(creation_timestamp, (str, Unset)):
            deviate(src_dict, "creation_timestamp", TypeError("expected a string"))
            d["creation_timestamp"] = creation_timestamp
            creation_timestamp = UNSET

        latest_update_timestamp = d.pop("latest_update_timestamp", UNSET)
        if not isinstance(latest_update_timestamp, (str, Unset)):
            deviate(src_dict, "latest_update_timestamp", TypeError("expected a string"))
            d["latest_update_timestamp"] = latest_update_timestamp
            latest_update_timestamp = UNSET

        _raw_profile = d.pop("profile", UNSET)
        try:
            _profile = _raw_profile
            profile: ProfileParameters | Unset
            if isinstance(_profile, Unset):
                profile = UNSET
            else:
                profile = ProfileParameters.from_dict(_profile)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "profile", exc)
            d["profile"] = _raw_profile
            profile = UNSET

        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str, Unset)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            d["flavor"] = flavor
            flavor = UNSET

        _raw_flavor_details = d.pop("flavor_details", UNSET)
        try:
            _flavor_details = _raw_flavor_details
            flavor_details: UpdateDevEnvInstanceDescriptionFlavorDetailsParameters | Unset
            if isinstance(_flavor_details, Unset):
                flavor_details = UNSET
            else:
                flavor_details = UpdateDevEnvInstanceDescriptionFlavorDetailsParameters.from_dict(_flavor_details)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor_details", exc)
            d["flavor_details"] = _raw_flavor_details
            flavor_details = UNSET

        _raw_pool = d.pop("pool", UNSET)
        try:
            _pool = _raw_pool
            pool: UpdateDevEnvInstanceDescriptionPoolParameters | Unset
            if isinstance(_pool, Unset):
                pool = UNSET
            else:
                pool = UpdateDevEnvInstanceDescriptionPoolParameters.from_dict(_pool)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pool", exc)
            d["pool"] = _raw_pool
            pool = UNSET

        _raw_spec = d.pop("spec", UNSET)
        try:
            _spec = _raw_spec
            spec: SpecParameters | Unset
            if isinstance(_spec, Unset):
                spec = UNSET
            else:
                spec = SpecParameters.from_dict(_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            d["spec"] = _raw_spec
            spec = UNSET

        _raw_workspace = d.pop("workspace", UNSET)
        try:
            _workspace = _raw_workspace
            workspace: WorkspaceParameters | Unset
            if isinstance(_workspace, Unset):
                workspace = UNSET
            else:
                workspace = WorkspaceParameters.from_dict(_workspace)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "workspace", exc)
            d["workspace"] = _raw_workspace
            workspace = UNSET

        _raw_ai_project = d.pop("ai_project", UNSET)
        try:
            _ai_project = _raw_ai_project
            ai_project: AIProjectParameters | Unset
            if isinstance(_ai_project, Unset):
                ai_project = UNSET
            else:
                ai_project = AIProjectParameters.from_dict(_ai_project)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "ai_project", exc)
            d["ai_project"] = _raw_ai_project
            ai_project = UNSET

        error_code = d.pop("error_code", UNSET)
        if not isinstance(error_code, (str, Unset)):
            deviate(src_dict, "error_code", TypeError("expected a string"))
            d["error_code"] = error_code
            error_code = UNSET

        _raw_queuing_info = d.pop("queuing_info", UNSET)
        try:
            _queuing_info = _raw_queuing_info
            queuing_info: UpdateDevEnvInstanceDescriptionQueuingInfoParameters | Unset
            if isinstance(_queuing_info, Unset):
                queuing_info = UNSET
            else:
                queuing_info = UpdateDevEnvInstanceDescriptionQueuingInfoParameters.from_dict(_queuing_info)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "queuing_info", exc)
            d["queuing_info"] = _raw_queuing_info
            queuing_info = UNSET

        _raw_user = d.pop("user", UNSET)
        try:
            _user = _raw_user
            user: UserParameters | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = UserParameters.from_dict(_user)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "user", exc)
            d["user"] = _raw_user
            user = UNSET

        _raw_repository = d.pop("repository", UNSET)
        try:
            _repository = _raw_repository
            repository: UpdateDevEnvInstanceDescriptionRepositoryParameters | Unset
            if isinstance(_repository, Unset):
                repository = UNSET
            else:
                repository = UpdateDevEnvInstanceDescriptionRepositoryParameters.from_dict(_repository)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "repository", exc)
            d["repository"] = _raw_repository
            repository = UNSET

        update_dev_env_instance_description_response = cls(
            id=id,
            name=name,
            description=description,
            status=status,
            creation_timestamp=creation_timestamp,
            latest_update_timestamp=latest_update_timestamp,
            profile=profile,
            flavor=flavor,
            flavor_details=flavor_details,
            pool=pool,
            spec=spec,
            workspace=workspace,
            ai_project=ai_project,
            error_code=error_code,
            queuing_info=queuing_info,
            user=user,
            repository=repository,
        )

        update_dev_env_instance_description_response.additional_properties = d
        return update_dev_env_instance_description_response

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


from ..models.ai_project_parameters import AIProjectParameters  # noqa: E402
from ..models.profile_parameters import ProfileParameters  # noqa: E402
from ..models.spec_parameters import SpecParameters  # noqa: E402
from ..models.update_dev_env_instance_description_flavor_details_parameters import (
    UpdateDevEnvInstanceDescriptionFlavorDetailsParameters,  # noqa: E402
)
from ..models.update_dev_env_instance_description_pool_parameters import UpdateDevEnvInstanceDescriptionPoolParameters  # noqa: E402
from ..models.update_dev_env_instance_description_queuing_info_parameters import (
    UpdateDevEnvInstanceDescriptionQueuingInfoParameters,  # noqa: E402
)
from ..models.update_dev_env_instance_description_repository_parameters import (
    UpdateDevEnvInstanceDescriptionRepositoryParameters,  # noqa: E402
)
from ..models.user_parameters import UserParameters  # noqa: E402
from ..models.workspace_parameters import WorkspaceParameters  # noqa: E402
