from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.service_config_mapping_type import ServiceConfigMappingType
from ..models.service_config_source_type import ServiceConfigSourceType
from ..models.service_config_status import ServiceConfigStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_config_additional_properties import ServiceConfigAdditionalProperties
    from ..models.service_config_envs import ServiceConfigEnvs
    from ..models.service_config_mapping_rule import ServiceConfigMappingRule
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_edge_node import ServiceEdgeNode


T = TypeVar("T", bound="ServiceConfig")


@_attrs_define
class ServiceConfig:
    """One model deployed by a service: the `config` entry of a real-time service, which batch services extend with their
    input and output fields (not in the manual's excerpt; from the CN page and the OTC edition).

        Attributes:
            model_id (str | Unset): Model ID.
            model_name (str | Unset): Model name.
            model_version (str | Unset): Model version.
            source_type (ServiceConfigSourceType | Unset): Model source; returned only for models created by ExeML, whose
                value is `auto`.
            status (ServiceConfigStatus | Unset): Model readiness: `ready` (all instances started), `concerning` (some
                instances started) or `notReady` (no instance started).
            weight (int | Unset): Share of the traffic routed to this model.
            specification (str | Unset): Resource flavor, e.g. `modelarts.vm.cpu.2u`, or `custom` when `custom_spec` gives
                the resources.
            custom_spec (ServiceCustomSpec | Unset): Custom resources of a model deployment, used when `specification` is
                `custom` (fields from the OTC edition; not in the manual's excerpt).
            envs (ServiceConfigEnvs | Unset): Environment variables passed to the model.
            instance_count (int | Unset): Number of instances the model is deployed on.
            scaling (bool | Unset): Whether auto scaling is enabled.
            cluster_id (str | Unset): Dedicated resource pool of the model instances; returned only when one is configured.
            support_debug (bool | Unset): Whether the model supports online debugging.
            field_additional_properties (ServiceConfigAdditionalProperties | Unset): Additional deployment attributes of the
                model, by model id (the English edition's ModelAdditionalProperties).
            src_type (str | Unset): Data source type; batch services only, returned only when a manifest file is used (not
                in the manual).
            src_path (str | Unset): OBS path of the batch job's input data; batch services only (not in the manual).
            dest_path (str | Unset): OBS path of the batch job's output data; batch services only (not in the manual).
            req_uri (str | Unset): Inference path called by the batch job; batch services only (not in the manual).
            mapping_type (ServiceConfigMappingType | Unset): Mapping type of the input data: `file` or `csv`; batch services
                only (not in the manual).
            mapping_rule (ServiceConfigMappingRule | Unset): Mapping between input parameters and CSV columns, set when
                `mapping_type` is `csv`; batch services only (not in the manual).
            start_time (int | Unset): Start time of the batch task, in milliseconds since the Unix epoch; batch services
                only, absent until the task starts (not in the manual).
            finished_time (int | Unset): End time of the batch task, in milliseconds since the Unix epoch; batch services
                only, absent until the task ends (not in the manual).
            pool_name (str | Unset): Dedicated resource pool this model runs in (not in the manual's excerpt).
            nodes (list[ServiceEdgeNode | str] | Unset): Edge nodes of the model (edge services). Real clients disagree on
                the items: the terraform provider reads node ids (strings), the English edition documents node objects; both are
                accepted.
            affinity (ServiceAffinity | Unset): Where the service's instances may be scheduled (not in the manual's excerpt;
                from the English edition).
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    source_type: ServiceConfigSourceType | Unset = UNSET
    status: ServiceConfigStatus | Unset = UNSET
    weight: int | Unset = UNSET
    specification: str | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    envs: ServiceConfigEnvs | Unset = UNSET
    instance_count: int | Unset = UNSET
    scaling: bool | Unset = UNSET
    cluster_id: str | Unset = UNSET
    support_debug: bool | Unset = UNSET
    field_additional_properties: ServiceConfigAdditionalProperties | Unset = UNSET
    src_type: str | Unset = UNSET
    src_path: str | Unset = UNSET
    dest_path: str | Unset = UNSET
    req_uri: str | Unset = UNSET
    mapping_type: ServiceConfigMappingType | Unset = UNSET
    mapping_rule: ServiceConfigMappingRule | Unset = UNSET
    start_time: int | Unset = UNSET
    finished_time: int | Unset = UNSET
    pool_name: str | Unset = UNSET
    nodes: list[ServiceEdgeNode | str] | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        weight = self.weight

        specification = self.specification

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        instance_count = self.instance_count

        scaling = self.scaling

        cluster_id = self.cluster_id

        support_debug = self.support_debug

        field_additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_additional_properties, Unset):
            field_additional_properties = self.field_additional_properties.to_dict()

        src_type = self.src_type

        src_path = self.src_path

        dest_path = self.dest_path

        req_uri = self.req_uri

        mapping_type: str | Unset = UNSET
        if not isinstance(self.mapping_type, Unset):
            mapping_type = self.mapping_type.value

        mapping_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping_rule, Unset):
            mapping_rule = self.mapping_rule.to_dict()

        start_time = self.start_time

        finished_time = self.finished_time

        pool_name = self.pool_name

        nodes: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item: dict[str, Any] | str
                if isinstance(nodes_item_data, ServiceEdgeNode):
                    nodes_item = nodes_item_data.to_dict()
                else:
                    nodes_item = nodes_item_data
                nodes.append(nodes_item)

        affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = self.affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if weight is not UNSET:
            field_dict["weight"] = weight
        if specification is not UNSET:
            field_dict["specification"] = specification
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if support_debug is not UNSET:
            field_dict["support_debug"] = support_debug
        if field_additional_properties is not UNSET:
            field_dict["additional_properties"] = field_additional_properties
        if src_type is not UNSET:
            field_dict["src_type"] = src_type
        if src_path is not UNSET:
            field_dict["src_path"] = src_path
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path
        if req_uri is not UNSET:
            field_dict["req_uri"] = req_uri
        if mapping_type is not UNSET:
            field_dict["mapping_type"] = mapping_type
        if mapping_rule is not UNSET:
            field_dict["mapping_rule"] = mapping_rule
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        model_id = d.pop("model_id", UNSET)
        if not isinstance(model_id, (str, Unset)):
            deviate(src_dict, "model_id", TypeError("expected a string"))
            d["model_id"] = model_id
            model_id = UNSET

        model_name = d.pop("model_name", UNSET)
        if not isinstance(model_name, (str, Unset)):
            deviate(src_dict, "model_name", TypeError("expected a string"))
            d["model_name"] = model_name
            model_name = UNSET

        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        _raw_source_type = d.pop("source_type", UNSET)
        try:
            _source_type = _raw_source_type
            source_type: ServiceConfigSourceType | Unset
            if isinstance(_source_type, Unset):
                source_type = UNSET
            else:
                source_type = member_of(ServiceConfigSourceType, _source_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "source_type", exc)
            d["source_type"] = _raw_source_type
            source_type = UNSET

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: ServiceConfigStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = member_of(ServiceConfigStatus, _status)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "status", exc)
            d["status"] = _raw_status
            status = UNSET

        weight = d.pop("weight", UNSET)
        if isinstance(weight, bool) or not isinstance(weight, (int, Unset)):
            deviate(src_dict, "weight", TypeError("expected an integer"))
            d["weight"] = weight
            weight = UNSET

        specification = d.pop("specification", UNSET)
        if not isinstance(specification, (str, Unset)):
            deviate(src_dict, "specification", TypeError("expected a string"))
            d["specification"] = specification
            specification = UNSET

        _raw_custom_spec = d.pop("custom_spec", UNSET)
        try:
            _custom_spec = _raw_custom_spec
            custom_spec: ServiceCustomSpec | Unset
            if isinstance(_custom_spec, Unset):
                custom_spec = UNSET
            else:
                custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "custom_spec", exc)
            d["custom_spec"] = _raw_custom_spec
            custom_spec = UNSET

        _raw_envs = d.pop("envs", UNSET)
        try:
            _envs = _raw_envs
            envs: ServiceConfigEnvs | Unset
            if isinstance(_envs, Unset):
                envs = UNSET
            else:
                envs = ServiceConfigEnvs.from_dict(_envs)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "envs", exc)
            d["envs"] = _raw_envs
            envs = UNSET

        instance_count = d.pop("instance_count", UNSET)
        if isinstance(instance_count, bool) or not isinstance(instance_count, (int, Unset)):
            deviate(src_dict, "instance_count", TypeError("expected an integer"))
            d["instance_count"] = instance_count
            instance_count = UNSET

        scaling = d.pop("scaling", UNSET)
        if not isinstance(scaling, (bool, Unset)):
            deviate(src_dict, "scaling", TypeError("expected a boolean"))
            d["scaling"] = scaling
            scaling = UNSET

        cluster_id = d.pop("cluster_id", UNSET)
        if not isinstance(cluster_id, (str, Unset)):
            deviate(src_dict, "cluster_id", TypeError("expected a string"))
            d["cluster_id"] = cluster_id
            cluster_id = UNSET

        support_debug = d.pop("support_debug", UNSET)
        if not isinstance(support_debug, (bool, Unset)):
            deviate(src_dict, "support_debug", TypeError("expected a boolean"))
            d["support_debug"] = support_debug
            support_debug = UNSET

        _raw_field_additional_properties = d.pop("additional_properties", UNSET)
        try:
            _field_additional_properties = _raw_field_additional_properties
            field_additional_properties: ServiceConfigAdditionalProperties | Unset
            if isinstance(_field_additional_properties, Unset):
                field_additional_properties = UNSET
            else:
                field_additional_properties = ServiceConfigAdditionalProperties.from_dict(_field_additional_properties)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "additional_properties", exc)
            d["additional_properties"] = _raw_field_additional_properties
            field_additional_properties = UNSET

        src_type = d.pop("src_type", UNSET)
        if not isinstance(src_type, (str, Unset)):
            deviate(src_dict, "src_type", TypeError("expected a string"))
            d["src_type"] = src_type
            src_type = UNSET

        src_path = d.pop("src_path", UNSET)
        if not isinstance(src_path, (str, Unset)):
            deviate(src_dict, "src_path", TypeError("expected a string"))
            d["src_path"] = src_path
            src_path = UNSET

        dest_path = d.pop("dest_path", UNSET)
        if not isinstance(dest_path, (str, Unset)):
            deviate(src_dict, "dest_path", TypeError("expected a string"))
            d["dest_path"] = dest_path
            dest_path = UNSET

        req_uri = d.pop("req_uri", UNSET)
        if not isinstance(req_uri, (str, Unset)):
            deviate(src_dict, "req_uri", TypeError("expected a string"))
            d["req_uri"] = req_uri
            req_uri = UNSET

        _raw_mapping_type = d.pop("mapping_type", UNSET)
        try:
            _mapping_type = _raw_mapping_type
            mapping_type: ServiceConfigMappingType | Unset
            if isinstance(_mapping_type, Unset):
                mapping_type = UNSET
            else:
                mapping_type = member_of(ServiceConfigMappingType, _mapping_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "mapping_type", exc)
            d["mapping_type"] = _raw_mapping_type
            mapping_type = UNSET

        _raw_mapping_rule = d.pop("mapping_rule", UNSET)
        try:
            _mapping_rule = _raw_mapping_rule
            mapping_rule: ServiceConfigMappingRule | Unset
            if isinstance(_mapping_rule, Unset):
                mapping_rule = UNSET
            else:
                mapping_rule = ServiceConfigMappingRule.from_dict(_mapping_rule)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "mapping_rule", exc)
            d["mapping_rule"] = _raw_mapping_rule
            mapping_rule = UNSET

        start_time = d.pop("start_time", UNSET)
        if isinstance(start_time, bool) or not isinstance(start_time, (int, Unset)):
            deviate(src_dict, "start_time", TypeError("expected an integer"))
            d["start_time"] = start_time
            start_time = UNSET

        finished_time = d.pop("finished_time", UNSET)
        if isinstance(finished_time, bool) or not isinstance(finished_time, (int, Unset)):
            deviate(src_dict, "finished_time", TypeError("expected an integer"))
            d["finished_time"] = finished_time
            finished_time = UNSET

        pool_name = d.pop("pool_name", UNSET)
        if not isinstance(pool_name, (str, Unset)):
            deviate(src_dict, "pool_name", TypeError("expected a string"))
            d["pool_name"] = pool_name
            pool_name = UNSET

        _raw_nodes = d.pop("nodes", UNSET)
        try:
            _nodes = _raw_nodes
            nodes: list[ServiceEdgeNode | str] | Unset = UNSET
            if _nodes is not UNSET:
                nodes = []
                for nodes_item_data in _nodes:

                    def _parse_nodes_item(data: object) -> ServiceEdgeNode | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            nodes_item_type_1 = ServiceEdgeNode.from_dict(data)

                            return nodes_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ServiceEdgeNode | str, data)

                    nodes_item = _parse_nodes_item(nodes_item_data)

                    nodes.append(nodes_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "nodes", exc)
            d["nodes"] = _raw_nodes
            nodes = UNSET

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

        service_config = cls(
            model_id=model_id,
            model_name=model_name,
            model_version=model_version,
            source_type=source_type,
            status=status,
            weight=weight,
            specification=specification,
            custom_spec=custom_spec,
            envs=envs,
            instance_count=instance_count,
            scaling=scaling,
            cluster_id=cluster_id,
            support_debug=support_debug,
            field_additional_properties=field_additional_properties,
            src_type=src_type,
            src_path=src_path,
            dest_path=dest_path,
            req_uri=req_uri,
            mapping_type=mapping_type,
            mapping_rule=mapping_rule,
            start_time=start_time,
            finished_time=finished_time,
            pool_name=pool_name,
            nodes=nodes,
            affinity=affinity,
        )

        service_config.additional_properties = d
        return service_config

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


from ..models.service_affinity import ServiceAffinity  # noqa: E402
from ..models.service_config_additional_properties import ServiceConfigAdditionalProperties  # noqa: E402
from ..models.service_config_envs import ServiceConfigEnvs  # noqa: E402
from ..models.service_config_mapping_rule import ServiceConfigMappingRule  # noqa: E402
from ..models.service_custom_spec import ServiceCustomSpec  # noqa: E402
from ..models.service_edge_node import ServiceEdgeNode  # noqa: E402
