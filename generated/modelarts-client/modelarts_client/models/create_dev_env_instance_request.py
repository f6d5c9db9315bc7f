from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_project_parameters import AIProjectParameters
    from ..models.notebook_parameters import NotebookParameters
    from ..models.pool_spec_parameters import PoolSpecParameters
    from ..models.workspace_parameters import WorkspaceParameters


T = TypeVar("T", bound="CreateDevEnvInstanceRequest")


@_attrs_define
class CreateDevEnvInstanceRequest:
    """
    Attributes:
        name (str): Instance name, which contains a maximum of 64 characters. The value can contain letters, digits,
            hyphens (-), and underscores (_).
        profile_id (str): Configuration ID. Options:
        flavor (str): Instance flavor. The actual flavors depend on the region. To use other flavors, contact the system
            administrator to change the flavors.
        spec (NotebookParameters):
        description (str | Unset): Instance description. The value contains a maximum of 512 characters and cannot
            contain the following special characters: &<>"'/. By default, this parameter is left blank.
        workspace (WorkspaceParameters | Unset):
        pool (PoolSpecParameters | Unset):
        ai_project (AIProjectParameters | Unset):
    """

    name: str
    profile_id: str
    flavor: str
    spec: NotebookParameters
    description: str | Unset = UNSET
    workspace: WorkspaceParameters | Unset = UNSET
    pool: PoolSpecParameters | Unset = UNSET
    ai_project: AIProjectParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pool, Unset):
            pool = self.pool.to_dict()

        ai_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_project, Unset):
            ai_project = self.ai_project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNREAD:
            name = self.name
            field_dict["name"] = name
        if self.profile_id is not UNREAD:
            profile_id = self.profile_id
            field_dict["profile_id"] = profile_id
        if self.flavor is not UNREAD:
            flavor = self.flavor
            field_dict["flavor"] = flavor
        if self.spec is not UNREAD:
            spec = self.spec.to_dict()
            field_dict["spec"] = spec
        if description is not UNSET:
            field_dict["description"] = description
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if pool is not UNSET:
            field_dict["pool"] = pool
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        name = d.pop("name", UNSET)
        if not isinstance(name, (str)):
            deviate(src_dict, "name", TypeError("expected a string"))
            if not isinstance(name, Unset):
                d["name"] = name
            name = UNREAD

        profile_id = d.pop("profile_id", UNSET)
        if not isinstance(profile_id, (str)):
            deviate(src_dict, "profile_id", TypeError("expected a string"))
            if not isinstance(profile_id, Unset):
                d["profile_id"] = profile_id
            profile_id = UNREAD

        flavor = d.pop("flavor", UNSET)
        if not isinstance(flavor, (str)):
            deviate(src_dict, "flavor", TypeError("expected a string"))
            if not isinstance(flavor, Unset):
                d["flavor"] = flavor
            flavor = UNREAD

        _raw_spec = d.pop("spec", UNSET)
        try:
            if isinstance(_raw_spec, Unset):
                raise KeyError("spec")
            spec = NotebookParameters.from_dict(_raw_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "spec", exc)
            if not isinstance(_raw_spec, Unset):
                d["spec"] = _raw_spec
            spec = UNREAD

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

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

        _raw_pool = d.pop("pool", UNSET)
        try:
            _pool = _raw_pool
            pool: PoolSpecParameters | Unset
            if isinstance(_pool, Unset):
                pool = UNSET
            else:
                pool = PoolSpecParameters.from_dict(_pool)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "pool", exc)
            d["pool"] = _raw_pool
            pool = UNSET

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

        create_dev_env_instance_request = cls(
            name=name,
            profile_id=profile_id,
            flavor=flavor,
            spec=spec,
            description=description,
            workspace=workspace,
            pool=pool,
            ai_project=ai_project,
        )

        create_dev_env_instance_request.additional_properties = d
        return create_dev_env_instance_request

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
from ..models.notebook_parameters import NotebookParameters  # noqa: E402
from ..models.pool_spec_parameters import PoolSpecParameters  # noqa: E402
from ..models.workspace_parameters import WorkspaceParameters  # noqa: E402
