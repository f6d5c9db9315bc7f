from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit, member_of  # removed by ruff where unused

from ..models.model_list_item_model_source import ModelListItemModelSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_specification import ModelSpecification


T = TypeVar("T", bound="ModelListItem")


@_attrs_define
class ModelListItem:
    """
    Attributes:
        owner (str | Unset): User ID of the tenant to which a model belongs
        model_version (str | Unset): Model version
        model_type (str | Unset): Model type
        description (str | Unset): Model description
        project (str | Unset): Project ID of the tenant to which a model belongs
        source_type (str | Unset): Model source type. This parameter is valid and its value is **auto** only if the
            model is deployed using ExeML.
        model_id (str | Unset): Model ID
        model_source (ModelListItemModelSource | Unset): Model source. Options: - **auto**: ExeML - **algos**: built-in
            algorithm - **custom**: custom model
        install_type (list[str] | Unset): Deployment types supported by a model
        model_size (int | Unset): Model size, in bytes
        workspace_id (str | Unset): Workspace ID If no workspace is created, the default value is 0. If a workspace is
            created and used, the actual value prevails.
        model_status (str | Unset): Model status
        market_flag (bool | Unset): Whether a model is subscribed from AI Gallery
        tunable (bool | Unset): Whether a model can be tuned. **true** indicates that the model can be tuned, and
            **false** indicates not.
        model_name (str | Unset): Model name
        create_at (int | Unset): Time when a model is created, in milliseconds calculated from 1970.1.1 0:0:0 UTC.
        publishable_flag (bool | Unset): Whether a model can be published to AI Gallery
        source_copy (str | Unset): Whether to enable image replication. This parameter is valid only when **model_type**
            is set to **Image**. - **true**: Image replication is enabled. After this function is enabled, AI applications
            cannot be rapidly created, and modifying or deleting an image in the SWR source directory will not affect
            service deployment. - **false**: Image replication is not enabled. After this function is disabled, AI
            applications can be rapidly created, but modifying or deleting an image in the SWR source directory will affect
            service deployment. If this parameter is not configured, image replication is enabled by default.
        tenant (str | Unset): Account ID of the tenant to which a model belongs
        subscription_id (str | Unset): Model subscription ID
        extra (str | Unset): Extended parameter
        specification (ModelSpecification | Unset):
    """

    owner: str | Unset = UNSET
    model_version: str | Unset = UNSET
    model_type: str | Unset = UNSET
    description: str | Unset = UNSET
    project: str | Unset = UNSET
    source_type: str | Unset = UNSET
    model_id: str | Unset = UNSET
    model_source: ModelListItemModelSource | Unset = UNSET
    install_type: list[str] | Unset = UNSET
    model_size: int | Unset = UNSET
    workspace_id: str | Unset = UNSET
    model_status: str | Unset = UNSET
    market_flag: bool | Unset = UNSET
    tunable: bool | Unset = UNSET
    model_name: str | Unset = UNSET
    create_at: int | Unset = UNSET
    publishable_flag: bool | Unset = UNSET
    source_copy: str | Unset = UNSET
    tenant: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    extra: str | Unset = UNSET
    specification: ModelSpecification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        model_version = self.model_version

        model_type = self.model_type

        description = self.description

        project = self.project

        source_type = self.source_type

        model_id = self.model_id

        model_source: str | Unset = UNSET
        if not isinstance(self.model_source, Unset):
            model_source = self.model_source.value

        install_type: list[str] | Unset = UNSET
        if not isinstance(self.install_type, Unset):
            install_type = self.install_type

        model_size = self.model_size

        workspace_id = self.workspace_id

        model_status = self.model_status

        market_flag = self.market_flag

        tunable = self.tunable

        model_name = self.model_name

        create_at = self.create_at

        publishable_flag = self.publishable_flag

        source_copy = self.source_copy

        tenant = self.tenant

        subscription_id = self.subscription_id

        extra = self.extra

        specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification, Unset):
            specification = self.specification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if owner is not UNSET:
            field_dict["owner"] = owner
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if description is not UNSET:
            field_dict["description"] = description
        if project is not UNSET:
            field_dict["project"] = project
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_source is not UNSET:
            field_dict["model_source"] = model_source
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if model_status is not UNSET:
            field_dict["model_status"] = model_status
        if market_flag is not UNSET:
            field_dict["market_flag"] = market_flag
        if tunable is not UNSET:
            field_dict["tunable"] = tunable
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if publishable_flag is not UNSET:
            field_dict["publishable_flag"] = publishable_flag
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if extra is not UNSET:
            field_dict["extra"] = extra
        if specification is not UNSET:
            field_dict["specification"] = specification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        owner = d.pop("owner", UNSET)
        if not isinstance(owner, (str, Unset)):
            deviate(src_dict, "owner", TypeError("expected a string"))
            d["owner"] = owner
            owner = UNSET

        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        model_type = d.pop("model_type", UNSET)
        if not isinstance(model_type, (str, Unset)):
            deviate(src_dict, "model_type", TypeError("expected a string"))
            d["model_type"] = model_type
            model_type = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        project = d.pop("project", UNSET)
        if not isinstance(project, (str, Unset)):
            deviate(src_dict, "project", TypeError("expected a string"))
            d["project"] = project
            project = UNSET

        source_type = d.pop("source_type", UNSET)
        if not isinstance(source_type, (str, Unset)):
            deviate(src_dict, "source_type", TypeError("expected a string"))
            d["source_type"] = source_type
            source_type = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        _raw_model_source = d.pop("model_source", UNSET)
        try:
            _model_source = _raw_model_source
            model_source: ModelListItemModelSource | Unset
            if isinstance(_model_source, Unset):
                model_source = UNSET
            else:
                model_source = member_of(ModelListItemModelSource, _model_source)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "model_source", exc)
            d["model_source"] = _raw_model_source
            model_source = UNSET

        install_type = d.pop("install_type", UNSET)
        if install_type is not UNSET and (_misfit := list_misfit(install_type, (str), False, "a string")):
            deviate(src_dict, "install_type", _misfit)
            d["install_type"] = install_type
            install_type = UNSET

        model_size = d.pop("model_size", UNSET)
        if isinstance(model_size, bool) or not isinstance(model_size, (int, Unset)):
            deviate(src_dict, "model_size", TypeError("expected an integer"))
            d["model_size"] = model_size
            model_size = UNSET

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        model_status = d.pop("model_status", UNSET)
        if not isinstance(model_status, (str, Unset)):
            deviate(src_dict, "model_status", TypeError("expected a string"))
            d["model_status"] = model_status
            model_status = UNSET

        market_flag = d.pop("market_flag", UNSET)
        if not isinstance(market_flag, (bool, Unset)):
            deviate(src_dict, "market_flag", TypeError("expected a boolean"))
            d["market_flag"] = market_flag
            market_flag = UNSET

        tunable = d.pop("tunable", UNSET)
        if not isinstance(tunable, (bool, Unset)):
            deviate(src_dict, "tunable", TypeError("expected a boolean"))
            d["tunable"] = tunable
            tunable = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        create_at = d.pop("create_at", UNSET)
        if isinstance(create_at, bool) or not isinstance(create_at, (int, Unset)):
            deviate(src_dict, "create_at", TypeError("expected an integer"))
            d["create_at"] = create_at
            create_at = UNSET

        publishable_flag = d.pop("publishable_flag", UNSET)
        if not isinstance(publishable_flag, (bool, Unset)):
            deviate(src_dict, "publishable_flag", TypeError("expected a boolean"))
            d["publishable_flag"] = publishable_flag
            publishable_flag = UNSET

        source_copy = d.pop("source_copy", UNSET)
        if not isinstance(source_copy, (str, Unset)):
            deviate(src_dict, "source_copy", TypeError("expected a string"))
            d["source_copy"] = source_copy
            source_copy = UNSET

        tenant = d.pop("tenant", UNSET)
        if not isinstance(tenant, (str, Unset)):
            deviate(src_dict, "tenant", TypeError("expected a string"))
            d["tenant"] = tenant
            tenant = UNSET

        subscription_id = d.pop("subscription_id", UNSET)
        if not isinstance(subscription_id, (str, Unset)):
            deviate(src_dict, "subscription_id", TypeError("expected a string"))
            d["subscription_id"] = subscription_id
            subscription_id = UNSET

        extra = d.pop("extra", UNSET)
        if not isinstance(extra, (str, Unset)):
            deviate(src_dict, "extra", TypeError("expected a string"))
            d["extra"] = extra
            extra = UNSET

        _raw_specification = d.pop("specification", UNSET)
        try:
            _specification = _raw_specification
            specification: ModelSpecification | Unset
            if isinstance(_specification, Unset):
                specification = UNSET
            else:
                specification = ModelSpecification.from_dict(_specification)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "specification", exc)
            d["specification"] = _raw_specification
            specification = UNSET

        model_list_item = cls(
            owner=owner,
            model_version=model_version,
            model_type=model_type,
            description=description,
            project=project,
            source_type=source_type,
            model_id=model_id,
            model_source=model_source,
            install_type=install_type,
            model_size=model_size,
            workspace_id=workspace_id,
            model_status=model_status,
            market_flag=market_flag,
            tunable=tunable,
            model_name=model_name,
            create_at=create_at,
            publishable_flag=publishable_flag,
            source_copy=source_copy,
            tenant=tenant,
            subscription_id=subscription_id,
            extra=extra,
            specification=specification,
        )

        model_list_item.additional_properties = d
        return model_list_item

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


from ..models.model_specification import ModelSpecification  # noqa: E402
