from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import UNREAD, deviate, list_misfit  # removed by ruff where unused

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_spec import CustomSpec
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_config_request_additional_properties import ServiceConfigRequestAdditionalProperties
    from ..models.service_config_request_envs import ServiceConfigRequestEnvs
    from ..models.service_config_request_mapping_rule import ServiceConfigRequestMappingRule


T = TypeVar("T", bound="ServiceConfigRequest")


@_attrs_define
class ServiceConfigRequest:
    """
    Attributes:
        specification (str): Common parameter. Resource flavor. You can query the supported service deployment flavors.
            The current version supports **modelarts.vm.cpu.2u**, **modelarts.vm.gpu.pnt004** (must be requested),
            **modelarts.vm.ai1.snt3** (must be requested), and **custom** (available only when the service is deployed in a
            dedicated resource pool). To request a flavor, obtain permissions from ModelArts O&M engineers. If this
            parameter is set to **custom**, the **custom_spec** parameter must be specified.
        model_id (str): Common parameters Model ID. You can obtain the value by calling the API for querying the AI
            application list.
        instance_count (int): Common parameter. Number of instances deployed in a model. The maximum number of instances
            is 128. To use more instances, submit a service ticket.
        custom_spec (CustomSpec | Unset):
        envs (ServiceConfigRequestEnvs | Unset): Common parameter. (Optional) Environment variable key-value pair
            required for running a model. By default, this parameter is left blank.
        weight (int | str | Unset): This parameter is mandatory for **real-time**. Weight of traffic allocated to a
            model. This parameter is mandatory only when **infer_type** is set to **real-time**. The sum of all weights must
            be equal to 100. If multiple model versions are configured with different traffic weights in a real-time
            service, ModelArts will continuously access the prediction API of the service and forward prediction requests to
            the model instances of the corresponding versions based on the weights.
        deploy_timeout_in_seconds (int | Unset): Timeout interval for deploying a single model instance
        src_path (str | Unset): Mandatory for batch services. OBS path to the input data of a batch job
        req_uri (str | Unset): Mandatory for batch services. Inference API called in a batch task, which is the RESTful
            API exposed in the model image. You must select an API URL from the **config.json** file of the model for
            inference. If a built-in inference image of ModelArts is used, the API is displayed as **/**.
        mapping_type (str | Unset): The batch service type is mandatory. Mapping type of the input data. The value can
            be file or csv. - If file is selected, each inference request corresponds to a file in the input data directory.
            When this mode is used, req_uri corresponding to the model can have only one input parameter and the parameter
            type is file. - If csv is selected, each inference request corresponds to a row of data in the CSV file. If this
            mode is used, the file name extension in the input data directory must be .csv, and the mapping_rule parameter
            must be configured to indicate the CSV index corresponding to each parameter in the inference request body.
        cluster_id (str | Unset): Resource pool ID used for deploying a service. This parameter is optional. For real-
            time and batch services, the value is the ID of the old-version dedicated resource pool. After this parameter is
            configured, the network configuration of the cluster is used and the **vpc_id** parameter does not take effect.
            When using a dedicated resource pool to deploy a service, ensure that the cluster status is normal and this
            parameter has a higher priority than **cluster_id**. When setting this parameter, you also need to set the
            **cluster_id** or **pool_name** parameter of the service level, and the priority of this parameter is higher
            than that of the **cluster_id** and **pool_name** parameters of the service level. If neither of the
            **cluster_id** and **pool_name** parameters is configured in **config**, the **cluster_id** and **pool_name**
            parameters of the service level are used. If none of them is configured, the shared resource pool is used. For
            edge services, the value is the edge resource pool ID. When using an edge resource pool to deploy a service,
            ensure that the resource pool status is normal. When setting this parameter, you also need to set the
            **cluster_id** parameter of the service level, and the priority of this parameter is higher than that of the
            **cluster_id** parameter of the service level. If this parameter is not set, the **cluster_id** parameter of the
            service level is used.
        pool_name (str | Unset): Resource pool ID of the elastic cluster in the AI dedicated resource pool used for
            service deployment. When using a dedicated resource pool to deploy a service, ensure that the cluster status is
            normal and this parameter has a higher priority than **cluster_id**. When setting this parameter, you also need
            to set **cluster_id** or **pool_name** of the service level, and the priority of this parameter is higher than
            that of **cluster_id** and **pool_name** of the service level. If neither **cluster_id** nor **pool_name** is
            configured in **config**, the **cluster_id** and **pool_name** parameters of the service level are used. If none
            of them is configured, the shared resource pool is used. This parameter is optional for real-time and batch
            services.
        nodes (list[str] | Unset): Edge node ID array. The node ID is the edge node ID on IEF, which can be obtained
            after the edge node is created on IEF. This parameter is optional for edge services.
        mapping_rule (ServiceConfigRequestMappingRule | Unset): Optional for batch services. Mapping between input
            parameters and CSV data. This parameter is mandatory only when **mapping_type** is set to **csv**. The mapping
            rule is similar to the definition of the input parameters in the **config.json** file. You only need to
            configure the index parameters under each parameter of the string, number, integer, or boolean type, and specify
            the value of this parameter to the values of the index parameters in the CSV file to send an inference request.
            Use commas (,) to separate multiple pieces of CSV data. The values of the index parameters start from **0**. If
            the value of the index parameter is **-1**, ignore this parameter. For details, see the sample of creating a
            batch service.
        src_type (str | Unset): Mandatory for batch services. Data source type, which can be **ManifestFile**. By
            default, this parameter is left blank, indicating that only files in the **src_path** directory are read. If
            this parameter is set to **ManifestFile**, **src_path** must be set to a specific manifest path. Multiple data
            paths can be specified in the manifest file. For details, see the manifest inference specifications.
        dest_path (str | Unset): Mandatory for batch services. OBS path to the output data of a batch job
        field_additional_properties (ServiceConfigRequestAdditionalProperties | Unset): Additional attributes for model
            deployment, facilitating service instance management
        affinity (ServiceAffinity | Unset): Where the service's instances may be scheduled (not in the manual's excerpt;
            from the English edition).
    """

    specification: str
    model_id: str
    instance_count: int
    custom_spec: CustomSpec | Unset = UNSET
    envs: ServiceConfigRequestEnvs | Unset = UNSET
    weight: int | str | Unset = UNSET
    deploy_timeout_in_seconds: int | Unset = UNSET
    src_path: str | Unset = UNSET
    req_uri: str | Unset = UNSET
    mapping_type: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    mapping_rule: ServiceConfigRequestMappingRule | Unset = UNSET
    src_type: str | Unset = UNSET
    dest_path: str | Unset = UNSET
    field_additional_properties: ServiceConfigRequestAdditionalProperties | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        weight: int | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        deploy_timeout_in_seconds = self.deploy_timeout_in_seconds

        src_path = self.src_path

        req_uri = self.req_uri

        mapping_type = self.mapping_type

        cluster_id = self.cluster_id

        pool_name = self.pool_name

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        mapping_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping_rule, Unset):
            mapping_rule = self.mapping_rule.to_dict()

        src_type = self.src_type

        dest_path = self.dest_path

        field_additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_additional_properties, Unset):
            field_additional_properties = self.field_additional_properties.to_dict()

        affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = self.affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.specification is not UNREAD:
            specification = self.specification
            field_dict["specification"] = specification
        if self.model_id is not UNREAD:
            model_id = self.model_id
            field_dict["model_id"] = model_id
        if self.instance_count is not UNREAD:
            instance_count = self.instance_count
            field_dict["instance_count"] = instance_count
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if weight is not UNSET:
            field_dict["weight"] = weight
        if deploy_timeout_in_seconds is not UNSET:
            field_dict["deploy_timeout_in_seconds"] = deploy_timeout_in_seconds
        if src_path is not UNSET:
            field_dict["src_path"] = src_path
        if req_uri is not UNSET:
            field_dict["req_uri"] = req_uri
        if mapping_type is not UNSET:
            field_dict["mapping_type"] = mapping_type
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if mapping_rule is not UNSET:
            field_dict["mapping_rule"] = mapping_rule
        if src_type is not UNSET:
            field_dict["src_type"] = src_type
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path
        if field_additional_properties is not UNSET:
            field_dict["additional_properties"] = field_additional_properties
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        specification = d.pop("specification", UNSET)
        if not isinstance(specification, (str)):
            deviate(src_dict, "specification", TypeError("expected a string"))
            if not isinstance(specification, Unset):
                d["specification"] = specification
            specification = UNREAD

        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            if not isinstance(model_id, Unset):
                d["model_id"] = model_id
            model_id = UNREAD

        instance_count = d.pop("instance_count", UNSET)
        if isinstance(instance_count, bool) or not isinstance(instance_count, (int)):
            deviate(src_dict, "instance_count", TypeError("expected an integer"))
            if not isinstance(instance_count, Unset):
                d["instance_count"] = instance_count
            instance_count = UNREAD

        _raw_custom_spec = d.pop("custom_spec", UNSET)
        try:
            _custom_spec = _raw_custom_spec
            custom_spec: CustomSpec | Unset
            if isinstance(_custom_spec, Unset):
                custom_spec = UNSET
            else:
                custom_spec = CustomSpec.from_dict(_custom_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "custom_spec", exc)
            d["custom_spec"] = _raw_custom_spec
            custom_spec = UNSET

        _raw_envs = d.pop("envs", UNSET)
        try:
            _envs = _raw_envs
            envs: ServiceConfigRequestEnvs | Unset
            if isinstance(_envs, Unset):
                envs = UNSET
            else:
                envs = ServiceConfigRequestEnvs.from_dict(_envs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "envs", exc)
            d["envs"] = _raw_envs
            envs = UNSET

        weight = d.pop("weight", UNSET)
        if isinstance(weight, bool) or not isinstance(weight, (int, str, Unset)):
            deviate(src_dict, "weight", TypeError("expected an integer or a string"))
            d["weight"] = weight
            weight = UNSET

        deploy_timeout_in_seconds = d.pop("deploy_timeout_in_seconds", UNSET)
        if isinstance(deploy_timeout_in_seconds, bool) or not isinstance(deploy_timeout_in_seconds, (int, Unset)):
            deviate(src_dict, "deploy_timeout_in_seconds", TypeError("expected an integer"))
            d["deploy_timeout_in_seconds"] = deploy_timeout_in_seconds
            deploy_timeout_in_seconds = UNSET

        src_path = d.pop("src_path", UNSET)
        if not isinstance(src_path, (str, Unset)):
            deviate(src_dict, "src_path", TypeError("expected a string"))
            d["src_path"] = src_path
            src_path = UNSET

        req_uri = d.pop("req_uri", UNSET)
        if not isinstance(req_uri, (str, Unset)):
            deviate(src_dict, "req_uri", TypeError("expected a string"))
            d["req_uri"] = req_uri
            req_uri = UNSET

        mapping_type = d.pop("mapping_type", UNSET)
        if not isinstance(mapping_type, (str, Unset)):
            deviate(src_dict, "mapping_type", TypeError("expected a string"))
            d["mapping_type"] = mapping_type
            mapping_type = UNSET

        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        nodes = d.pop("nodes", UNSET)
        if nodes is not UNSET and (_misfit := list_misfit(nodes, (str), False, "a string")):
            deviate(src_dict, "nodes", _misfit)
            d["nodes"] = nodes
            nodes = UNSET

        _raw_mapping_rule = d.pop("mapping_rule", UNSET)
        try:
            _mapping_rule = _raw_mapping_rule
            mapping_rule: ServiceConfigRequestMappingRule | Unset
            if isinstance(_mapping_rule, Unset):
                mapping_rule = UNSET
            else:
                mapping_rule = ServiceConfigRequestMappingRule.from_dict(_mapping_rule)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "mapping_rule", exc)
            d["mapping_rule"] = _raw_mapping_rule
            mapping_rule = UNSET

        src_type = d.pop("src_type", UNSET)
        if not isinstance(src_type, (str, Unset)):
            deviate(src_dict, "src_type", TypeError("expected a string"))
            d["src_type"] = src_type
            src_type = UNSET

        dest_path = d.pop("dest_path", UNSET)
        if not isinstance(dest_path, (str, Unset)):
            deviate(src_dict, "dest_path", TypeError("expected a string"))
            d["dest_path"] = dest_path
            dest_path = UNSET

        _raw_field_additional_properties = d.pop("additional_properties", UNSET)
        try:
            _field_additional_properties = _raw_field_additional_properties
            field_additional_properties: ServiceConfigRequestAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = ServiceConfigRequestAdditionalProperties.from_dict(
                    _field_additional_properties
                )

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        _raw_affinity = d.pop("affinity", UNSET)
        try:
            _affinity = _raw_affinity
            affinity: ServiceAffinity | Unset
            if isinstance(_affinity, Unset):
                affinity = UNSET
            else:
                affinity = ServiceAffinity.from_dict(_affinity)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "affinity", exc)
            d["affinity"] = _raw_affinity
            affinity = UNSET

        service_config_request = cls(
            specification=specification,
            model_id=model_id,
            instance_count=instance_count,
            custom_spec=custom_spec,
            envs=envs,
            weight=weight,
            deploy_timeout_in_seconds=deploy_timeout_in_seconds,
            src_path=src_path,
            req_uri=req_uri,
            mapping_type=mapping_type,
            cluster_id=cluster_id,
            pool_name=pool_name,
            nodes=nodes,
            mapping_rule=mapping_rule,
            src_type=src_type,
            dest_path=dest_path,
            field_additional_properties=field_additional_properties,
            affinity=affinity,
        )

        service_config_request.additional_properties = d
        return service_config_request

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


from ..models.custom_spec import CustomSpec  # noqa: E402
from ..models.service_affinity import ServiceAffinity  # noqa: E402
from ..models.service_config_request_additional_properties import ServiceConfigRequestAdditionalProperties  # noqa: E402
from ..models.service_config_request_envs import ServiceConfigRequestEnvs  # noqa: E402
from ..models.service_config_request_mapping_rule import ServiceConfigRequestMappingRule  # noqa: E402
