from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guide_doc import GuideDoc
    from ..models.model_dependencies import ModelDependencies
    from ..models.model_health import ModelHealth
    from ..models.model_params_info import ModelParamsInfo
    from ..models.model_specification import ModelSpecification
    from ..models.show_model_response_labels_map import ShowModelResponseLabelsMap


T = TypeVar("T", bound="ShowModelResponse")


@_attrs_define
class ShowModelResponse:
    """
    Attributes:
        model_version (str | Unset): Model version
        source_job_version (str | Unset): Version of the source training job
        source_location (str | Unset): OBS path where the model is located or the template address of the SWR image
        source_job_id (str | Unset): ID of the source training job
        source_copy (str | Unset): Whether to enable image replication. This parameter is valid only when **model_type**
            is set to **Image**. - **true**: Default value, indicating that image replication is enabled. After this
            function is enabled, AI applications cannot be rapidly created, and modifying or deleting an image in the SWR
            source directory will not affect service deployment. - **false**: Image replication is not enabled. After this
            function is disabled, AI applications can be rapidly created, but modifying or deleting an image in the SWR
            source directory will affect service deployment.
        description (str | Unset): Model description
        project (str | Unset): Project ID of the tenant to which a model belongs
        workspace_id (str | Unset): Workspace ID If no workspace is created, the default value is 0. If a workspace is
            created and used, the actual value prevails.
        model_algorithm (str | Unset): Model algorithm type, which can be **predict_analysis**, **object_detection**, or
            **image_classification**
        model_name (str | Unset): Model name
        tenant (str | Unset): Account ID of the tenant to which a model belongs
        model_docs (list[GuideDoc] | Unset): List of template documents
        owner (str | Unset): ID of the tenant to which a model belongs
        execution_code (str | Unset): OBS path for storing the execution code. The name of the execution code file is
            consistently to be **customize_service.py**.
        schema_doc (str | Unset): Download address of the model schema file
        image_address (str | Unset): Image path generated after model packaging
        output_params (list[ModelParamsInfo] | Unset): Collection of output parameters of a model
        health (ModelHealth | Unset):
        runtime (str | Unset): Model runtime environment
        model_metrics (str | Unset): Model precision
        source_type (str | Unset): Model source type. This parameter is valid and its value is **auto** only if the
            model is deployed using ExeML.
        model_type (str | Unset): Model type. The value is TensorFlow/Image/PyTorch/Template/MindSpore.
        model_id (str | Unset): Model ID
        dependencies (list[ModelDependencies] | Unset): Package required for running the code and model
        model_size (int | Unset): Model size, in bytes
        model_status (str | Unset): Model status
        apis (str | Unset): All input and output apis parameter information of a model, which is obtained from the model
            preview
        model_source (str | Unset): Model source. Options: - auto: ExeML - algos: preset algorithm - custom: customized
        tunable (bool | Unset): Whether a model can be tuned. Options: - true: Supported. - false: Not supported.
        market_flag (bool | Unset): Whether a model is subscribed from the marketplace. Options: - true: from the market
            - false: no
        publishable_flag (bool | Unset): Whether a model can be published to the marketplace. Options: - true: The
            product can be released to the market. - false: The product cannot be released to the marketplace.
        model_labels (list[str] | Unset): Model label array
        labels_map (ShowModelResponseLabelsMap | Unset): Model label map. The key is consistently to be **labels**, and
            the value is the model label array.
        install_type (list[str] | Unset): Supported service type for deployment
        config (str | Unset): Model configurations. Probe configurations include health, readiness_health, and
            startup_health.
        specification (ModelSpecification | Unset):
        input_params (list[ModelParamsInfo] | Unset): Collection of input parameters of a model
        create_at (int | Unset): Time when a model is created, in milliseconds calculated from 1970.1.1 0:0:0 UTC.
        cmd (str | Unset): Image startup command.
    """

    model_version: str | Unset = UNSET
    source_job_version: str | Unset = UNSET
    source_location: str | Unset = UNSET
    source_job_id: str | Unset = UNSET
    source_copy: str | Unset = UNSET
    description: str | Unset = UNSET
    project: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    model_algorithm: str | Unset = UNSET
    model_name: str | Unset = UNSET
    tenant: str | Unset = UNSET
    model_docs: list[GuideDoc] | Unset = UNSET
    owner: str | Unset = UNSET
    execution_code: str | Unset = UNSET
    schema_doc: str | Unset = UNSET
    image_address: str | Unset = UNSET
    output_params: list[ModelParamsInfo] | Unset = UNSET
    health: ModelHealth | Unset = UNSET
    runtime: str | Unset = UNSET
    model_metrics: str | Unset = UNSET
    source_type: str | Unset = UNSET
    model_type: str | Unset = UNSET
    model_id: str | Unset = UNSET
    dependencies: list[ModelDependencies] | Unset = UNSET
    model_size: int | Unset = UNSET
    model_status: str | Unset = UNSET
    apis: str | Unset = UNSET
    model_source: str | Unset = UNSET
    tunable: bool | Unset = UNSET
    market_flag: bool | Unset = UNSET
    publishable_flag: bool | Unset = UNSET
    model_labels: list[str] | Unset = UNSET
    labels_map: ShowModelResponseLabelsMap | Unset = UNSET
    install_type: list[str] | Unset = UNSET
    config: str | Unset = UNSET
    specification: ModelSpecification | Unset = UNSET
    input_params: list[ModelParamsInfo] | Unset = UNSET
    create_at: int | Unset = UNSET
    cmd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_version = self.model_version

        source_job_version = self.source_job_version

        source_location = self.source_location

        source_job_id = self.source_job_id

        source_copy = self.source_copy

        description = self.description

        project = self.project

        workspace_id = self.workspace_id

        model_algorithm = self.model_algorithm

        model_name = self.model_name

        tenant = self.tenant

        model_docs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_docs, Unset):
            model_docs = []
            for model_docs_item_data in self.model_docs:
                model_docs_item = model_docs_item_data.to_dict()
                model_docs.append(model_docs_item)

        owner = self.owner

        execution_code = self.execution_code

        schema_doc = self.schema_doc

        image_address = self.image_address

        output_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = []
            for output_params_item_data in self.output_params:
                output_params_item = output_params_item_data.to_dict()
                output_params.append(output_params_item)

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        runtime = self.runtime

        model_metrics = self.model_metrics

        source_type = self.source_type

        model_type = self.model_type

        model_id = self.model_id

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        model_size = self.model_size

        model_status = self.model_status

        apis = self.apis

        model_source = self.model_source

        tunable = self.tunable

        market_flag = self.market_flag

        publishable_flag = self.publishable_flag

        model_labels: list[str] | Unset = UNSET
        if not isinstance(self.model_labels, Unset):
            model_labels = self.model_labels

        labels_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels_map, Unset):
            labels_map = self.labels_map.to_dict()

        install_type: list[str] | Unset = UNSET
        if not isinstance(self.install_type, Unset):
            install_type = self.install_type

        config = self.config

        specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification, Unset):
            specification = self.specification.to_dict()

        input_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = []
            for input_params_item_data in self.input_params:
                input_params_item = input_params_item_data.to_dict()
                input_params.append(input_params_item)

        create_at = self.create_at

        cmd = self.cmd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if source_job_version is not UNSET:
            field_dict["source_job_version"] = source_job_version
        if source_location is not UNSET:
            field_dict["source_location"] = source_location
        if source_job_id is not UNSET:
            field_dict["source_job_id"] = source_job_id
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy
        if description is not UNSET:
            field_dict["description"] = description
        if project is not UNSET:
            field_dict["project"] = project
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if model_algorithm is not UNSET:
            field_dict["model_algorithm"] = model_algorithm
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if model_docs is not UNSET:
            field_dict["model_docs"] = model_docs
        if owner is not UNSET:
            field_dict["owner"] = owner
        if execution_code is not UNSET:
            field_dict["execution_code"] = execution_code
        if schema_doc is not UNSET:
            field_dict["schema_doc"] = schema_doc
        if image_address is not UNSET:
            field_dict["image_address"] = image_address
        if output_params is not UNSET:
            field_dict["output_params"] = output_params
        if health is not UNSET:
            field_dict["health"] = health
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if model_metrics is not UNSET:
            field_dict["model_metrics"] = model_metrics
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if model_status is not UNSET:
            field_dict["model_status"] = model_status
        if apis is not UNSET:
            field_dict["apis"] = apis
        if model_source is not UNSET:
            field_dict["model_source"] = model_source
        if tunable is not UNSET:
            field_dict["tunable"] = tunable
        if market_flag is not UNSET:
            field_dict["market_flag"] = market_flag
        if publishable_flag is not UNSET:
            field_dict["publishable_flag"] = publishable_flag
        if model_labels is not UNSET:
            field_dict["model_labels"] = model_labels
        if labels_map is not UNSET:
            field_dict["labels_map"] = labels_map
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if config is not UNSET:
            field_dict["config"] = config
        if specification is not UNSET:
            field_dict["specification"] = specification
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if cmd is not UNSET:
            field_dict["cmd"] = cmd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        source_job_version = d.pop("source_job_version", UNSET)
        if not isinstance(source_job_version, (str, Unset)):
            deviate(src_dict, "source_job_version", TypeError("expected a string"))
            d["source_job_version"] = source_job_version
            source_job_version = UNSET

        source_location = d.pop("source_location", UNSET)
        if not isinstance(source_location, (str, Unset)):
            deviate(src_dict, "source_location", TypeError("expected a string"))
            d["source_location"] = source_location
            source_location = UNSET

        source_job_id = d.pop("source_job_id", UNSET)
        if not isinstance(source_job_id, (str, Unset)):
            deviate(src_dict, "source_job_id", TypeError("expected a string"))
            d["source_job_id"] = source_job_id
            source_job_id = UNSET

        source_copy = d.pop("source_copy", UNSET)
        if not isinstance(source_copy, (str, Unset)):
            deviate(src_dict, "source_copy", TypeError("expected a string"))
            d["source_copy"] = source_copy
            source_copy = UNSET

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

        workspace_id = d.pop("workspace_id", UNSET)
        if not isinstance(workspace_id, (str, Unset)):
            deviate(src_dict, "workspace_id", TypeError("expected a string"))
            d["workspace_id"] = workspace_id
            workspace_id = UNSET

        model_algorithm = d.pop("model_algorithm", UNSET)
        if not isinstance(model_algorithm, (str, Unset)):
            deviate(src_dict, "model_algorithm", TypeError("expected a string"))
            d["model_algorithm"] = model_algorithm
            model_algorithm = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        tenant = d.pop("tenant", UNSET)
        if not isinstance(tenant, (str, Unset)):
            deviate(src_dict, "tenant", TypeError("expected a string"))
            d["tenant"] = tenant
            tenant = UNSET

        _raw_model_docs = d.pop("model_docs", UNSET)
        try:
            _model_docs = _raw_model_docs
            model_docs: list[GuideDoc] | Unset = UNSET
            if _model_docs is not UNSET:
                model_docs = []
                for model_docs_item_data in _model_docs:
                    model_docs_item = GuideDoc.from_dict(model_docs_item_data)

                    model_docs.append(model_docs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "model_docs", exc)
            d["model_docs"] = _raw_model_docs
            model_docs = UNSET

        owner = d.pop("owner", UNSET)
        if not isinstance(owner, (str, Unset)):
            deviate(src_dict, "owner", TypeError("expected a string"))
            d["owner"] = owner
            owner = UNSET

        execution_code = d.pop("execution_code", UNSET)
        if not isinstance(execution_code, (str, Unset)):
            deviate(src_dict, "execution_code", TypeError("expected a string"))
            d["execution_code"] = execution_code
            execution_code = UNSET

        schema_doc = d.pop("schema_doc", UNSET)
        if not isinstance(schema_doc, (str, Unset)):
            deviate(src_dict, "schema_doc", TypeError("expected a string"))
            d["schema_doc"] = schema_doc
            schema_doc = UNSET

        image_address = d.pop("image_address", UNSET)
        if not isinstance(image_address, (str, Unset)):
            deviate(src_dict, "image_address", TypeError("expected a string"))
            d["image_address"] = image_address
            image_address = UNSET

        _raw_output_params = d.pop("output_params", UNSET)
        try:
            _output_params = _raw_output_params
            output_params: list[ModelParamsInfo] | Unset = UNSET
            if _output_params is not UNSET:
                output_params = []
                for output_params_item_data in _output_params:
                    output_params_item = ModelParamsInfo.from_dict(output_params_item_data)

                    output_params.append(output_params_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "output_params", exc)
            d["output_params"] = _raw_output_params
            output_params = UNSET

        _raw_health = d.pop("health", UNSET)
        try:
            _health = _raw_health
            health: ModelHealth | Unset
            if isinstance(_health, Unset):
                health = UNSET
            else:
                health = ModelHealth.from_dict(_health)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "health", exc)
            d["health"] = _raw_health
            health = UNSET

        runtime = d.pop("runtime", UNSET)
        if not isinstance(runtime, (str, Unset)):
            deviate(src_dict, "runtime", TypeError("expected a string"))
            d["runtime"] = runtime
            runtime = UNSET

        model_metrics = d.pop("model_metrics", UNSET)
        if not isinstance(model_metrics, (str, Unset)):
            deviate(src_dict, "model_metrics", TypeError("expected a string"))
            d["model_metrics"] = model_metrics
            model_metrics = UNSET

        source_type = d.pop("source_type", UNSET)
        if not isinstance(source_type, (str, Unset)):
            deviate(src_dict, "source_type", TypeError("expected a string"))
            d["source_type"] = source_type
            source_type = UNSET

        model_type = d.pop("model_type", UNSET)
        if not isinstance(model_type, (str, Unset)):
            deviate(src_dict, "model_type", TypeError("expected a string"))
            d["model_type"] = model_type
            model_type = UNSET

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        _raw_dependencies = d.pop("dependencies", UNSET)
        try:
            _dependencies = _raw_dependencies
            dependencies: list[ModelDependencies] | Unset = UNSET
            if _dependencies is not UNSET:
                dependencies = []
                for dependencies_item_data in _dependencies:
                    dependencies_item = ModelDependencies.from_dict(dependencies_item_data)

                    dependencies.append(dependencies_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "dependencies", exc)
            d["dependencies"] = _raw_dependencies
            dependencies = UNSET

        model_size = d.pop("model_size", UNSET)
        if isinstance(model_size, bool) or not isinstance(model_size, (int, Unset)):
            deviate(src_dict, "model_size", TypeError("expected an integer"))
            d["model_size"] = model_size
            model_size = UNSET

        model_status = d.pop("model_status", UNSET)
        if not isinstance(model_status, (str, Unset)):
            deviate(src_dict, "model_status", TypeError("expected a string"))
            d["model_status"] = model_status
            model_status = UNSET

        apis = d.pop("apis", UNSET)
        if not isinstance(apis, (str, Unset)):
            deviate(src_dict, "apis", TypeError("expected a string"))
            d["apis"] = apis
            apis = UNSET

        model_source = d.pop("model_source", UNSET)
        if not isinstance(model_source, (str, Unset)):
            deviate(src_dict, "model_source", TypeError("expected a string"))
            d["model_source"] = model_source
            model_source = UNSET

        tunable = d.pop("tunable", UNSET)
        if not isinstance(tunable, (bool, Unset)):
            deviate(src_dict, "tunable", TypeError("expected a boolean"))
            d["tunable"] = tunable
            tunable = UNSET

        market_flag = d.pop("market_flag", UNSET)
        if not isinstance(market_flag, (bool, Unset)):
            deviate(src_dict, "market_flag", TypeError("expected a boolean"))
            d["market_flag"] = market_flag
            market_flag = UNSET

        publishable_flag = d.pop("publishable_flag", UNSET)
        if not isinstance(publishable_flag, (bool, Unset)):
            deviate(src_dict, "publishable_flag", TypeError("expected a boolean"))
            d["publishable_flag"] = publishable_flag
            publishable_flag = UNSET

        model_labels = d.pop("model_labels", UNSET)
        if model_labels is not UNSET and (_misfit := list_misfit(model_labels, (str), False, "a string")):
            deviate(src_dict, "model_labels", _misfit)
            d["model_labels"] = model_labels
            model_labels = UNSET

        _raw_labels_map = d.pop("labels_map", UNSET)
        try:
            _labels_map = _raw_labels_map
            labels_map: ShowModelResponseLabelsMap | Unset
            if isinstance(_labels_map, Unset):
                labels_map = UNSET
            else:
                labels_map = ShowModelResponseLabelsMap.from_dict(_labels_map)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "labels_map", exc)
            d["labels_map"] = _raw_labels_map
            labels_map = UNSET

        install_type = d.pop("install_type", UNSET)
        if install_type is not UNSET and (_misfit := list_misfit(install_type, (str), False, "a string")):
            deviate(src_dict, "install_type", _misfit)
            d["install_type"] = install_type
            install_type = UNSET

        config = d.pop("config", UNSET)
        if not isinstance(config, (str, Unset)):
            deviate(src_dict, "config", TypeError("expected a string"))
            d["config"] = config
            config = UNSET

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

        _raw_input_params = d.pop("input_params", UNSET)
        try:
            _input_params = _raw_input_params
            input_params: list[ModelParamsInfo] | Unset = UNSET
            if _input_params is not UNSET:
                input_params = []
                for input_params_item_data in _input_params:
                    input_params_item = ModelParamsInfo.from_dict(input_params_item_data)

                    input_params.append(input_params_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "input_params", exc)
            d["input_params"] = _raw_input_params
            input_params = UNSET

        create_at = d.pop("create_at", UNSET)
        if isinstance(create_at, bool) or not isinstance(create_at, (int, Unset)):
            deviate(src_dict, "create_at", TypeError("expected an integer"))
            d["create_at"] = create_at
            create_at = UNSET

        cmd = d.pop("cmd", UNSET)
        if not isinstance(cmd, (str, Unset)):
            deviate(src_dict, "cmd", TypeError("expected a string"))
            d["cmd"] = cmd
            cmd = UNSET

        show_model_response = cls(
            model_version=model_version,
            source_job_version=source_job_version,
            source_location=source_location,
            source_job_id=source_job_id,
            source_copy=source_copy,
            description=description,
            project=project,
            workspace_id=workspace_id,
            model_algorithm=model_algorithm,
            model_name=model_name,
            tenant=tenant,
            model_docs=model_docs,
            owner=owner,
            execution_code=execution_code,
            schema_doc=schema_doc,
            image_address=image_address,
            output_params=output_params,
            health=health,
            runtime=runtime,
            model_metrics=model_metrics,
            source_type=source_type,
            model_type=model_type,
            model_id=model_id,
            dependencies=dependencies,
            model_size=model_size,
            model_status=model_status,
            apis=apis,
            model_source=model_source,
            tunable=tunable,
            market_flag=market_flag,
            publishable_flag=publishable_flag,
            model_labels=model_labels,
            labels_map=labels_map,
            install_type=install_type,
            config=config,
            specification=specification,
            input_params=input_params,
            create_at=create_at,
            cmd=cmd,
        )

        show_model_response.additional_properties = d
        return show_model_response

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


from ..models.guide_doc import GuideDoc  # noqa: E402
from ..models.model_dependencies import ModelDependencies  # noqa: E402
from ..models.model_health import ModelHealth  # noqa: E402
from ..models.model_params_info import ModelParamsInfo  # noqa: E402
from ..models.model_specification import ModelSpecification  # noqa: E402
from ..models.show_model_response_labels_map import ShowModelResponseLabelsMap  # noqa: E402
