from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from modelarts_core.tolerance import deviate, member_of  # removed by ruff where unused

from ..models.smart_task_config_request_algorithm_type import SmartTaskConfigRequestAlgorithmType
from ..models.smart_task_config_request_export_format import SmartTaskConfigRequestExportFormat
from ..models.smart_task_config_request_result_type import SmartTaskConfigRequestResultType
from ..models.smart_task_config_request_version_format import SmartTaskConfigRequestVersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_params import ExportParams
    from ..models.flavor import Flavor
    from ..models.inf_config import InfConfig
    from ..models.sample_labels import SampleLabels
    from ..models.training_parameter import TrainingParameter


T = TypeVar("T", bound="SmartTaskConfigRequest")


@_attrs_define
class SmartTaskConfigRequest:
    """
    Attributes:
        algorithm_type (SmartTaskConfigRequestAlgorithmType | Unset): Algorithm type for auto labeling. Options: -
            **fast**: Only labeled samples are used for training. This type of algorithm achieves faster labeling. -
            **accurate**: In addition to labeled samples, unlabeled samples are used for semi-supervised training. This type
            of algorithm achieves more accurate labeling.
        ambiguity (bool | Unset): Whether to perform clustering based on the image blurring degree.
        annotation_output (str | Unset): Output path of the active learning labeling result.
        collect_rule (str | Unset): Sample collection rule. The default value is **all**, indicating full collection.
            Currently, only value **all** is available. Default: 'all'.
        collect_sample (bool | Unset): Whether to enable sample collection. Options: - **true**: Enable sample
            collection. (Default value) - **false**: Do not enable sample collection.
        confidence_scope (str | Unset): Confidence range of key samples. The minimum and maximum values are separated by
            hyphens (-). Example: 0.10-0.90.
        description (str | Unset): Task description.
        engine_name (str | Unset): Engine name.
        export_format (SmartTaskConfigRequestExportFormat | Unset): Format of the exported directory. Options: - **1**:
            tree structure. Example: **rabbits/1.jpg,bees/2.jpg**. - **2**: tile structure. Example: 1.jpg, 1.txt;
            2.jpg,2.txt.
        export_params (ExportParams | Unset):
        flavor (Flavor | Unset):
        image_brightness (bool | Unset): Whether to perform clustering based on the image brightness.
        image_colorfulness (bool | Unset): Whether to perform clustering based on the image color.
        inf_cluster_id (str | Unset): ID of a dedicated cluster. This parameter is left blank by default, indicating
            that a dedicated cluster is not used. When using the dedicated cluster to deploy services, ensure that the
            cluster status is normal. After this parameter is set, the network configuration of the cluster is used, and the
            **vpc_id** parameter does not take effect.
        inf_config_list (list[InfConfig] | Unset): Configuration list required for running an inference task, which is
            optional and left blank by default.
        inf_output (str | Unset): Output path of inference in active learning.
        infer_result_output_dir (str | Unset): OBS directory for storing sample prediction results. This parameter is
            optional. The {*service_id*}**-infer-result** subdirectory in the **output_dir** directory is used by default.
        key_sample_output (str | Unset): Output path of hard examples in active learning.
        log_url (str | Unset): OBS URL of the logs of a training job. By default, this parameter is left blank.
        manifest_path (str | Unset): Path of the **manifest** file, which is used as the input for training and
            inference.
        model_id (str | Unset): Model ID.
        model_name (str | Unset): Model name.
        model_parameter (str | Unset): Model parameter.
        model_version (str | Unset): Model version.
        n_clusters (int | str | Unset): Number of clusters.
        name (str | Unset): Task name.
        output_dir (str | Unset): Sample output path. The format is as follows: *Dataset output path*/*Dataset
            name*``-``*Dataset ID*/annotation/auto-deploy/. Example:
            **/test/work_1608083108676/dataset123-g6IO9qSu6hoxwCAirfm/annotation/auto-deploy/**.
        parameters (list[TrainingParameter] | Unset): Runtime parameters of a training job
        pool_id (str | Unset): ID of a resource pool.
        property_ (str | Unset): Attribute name.
        req_uri (str | Unset): Inference path of a batch job.
        result_type (SmartTaskConfigRequestResultType | Unset): Processing mode of auto grouping results. Options: -
            **0**: Save to OBS. - **1**: Save to samples.
        samples (list[SampleLabels] | Unset): List of labeling information for samples to be auto labeled.
        stop_time (int | Unset): Timeout interval, in minutes. The default value is 15 minutes. This parameter is used
            only in the scenario of auto labeling for videos.
        time (str | Unset): Timestamp in active learning.
        train_data_path (str | Unset): Path for storing existing training datasets.
        train_url (str | Unset): URL of the OBS path where the file of a training job is outputted. By default, this
            parameter is left blank.
        version_format (SmartTaskConfigRequestVersionFormat | Unset): Format of a dataset version. Options: -
            **Default**: default format - **CarbonData**: CarbonData (supported only by table datasets) - **CSV**: CSV
        worker_server_num (int | Unset): Number of workers in a training job.
    """

    algorithm_type: SmartTaskConfigRequestAlgorithmType | Unset = UNSET
    ambiguity: bool | Unset = UNSET
    annotation_output: str | Unset = UNSET
    collect_rule: str | Unset = "all"
    collect_sample: bool | Unset = UNSET
    confidence_scope: str | Unset = UNSET
    description: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    export_format: SmartTaskConfigRequestExportFormat | Unset = UNSET
    export_params: ExportParams | Unset = UNSET
    flavor: Flavor | Unset = UNSET
    image_brightness: bool | Unset = UNSET
    image_colorfulness: bool | Unset = UNSET
    inf_cluster_id: str | Unset = UNSET
    inf_config_list: list[InfConfig] | Unset = UNSET
    inf_output: str | Unset = UNSET
    infer_result_output_dir: str | Unset = UNSET
    key_sample_output: str | Unset = UNSET
    log_url: str | Unset = UNSET
    manifest_path: str | Unset = UNSET
    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_parameter: str | Unset = UNSET
    model_version: str | Unset = UNSET
    n_clusters: int | str | Unset = UNSET
    name: str | Unset = UNSET
    output_dir: str | Unset = UNSET
    parameters: list[TrainingParameter] | Unset = UNSET
    pool_id: str | Unset = UNSET
    property_: str | Unset = UNSET
    req_uri: str | Unset = UNSET
    result_type: SmartTaskConfigRequestResultType | Unset = UNSET
    samples: list[SampleLabels] | Unset = UNSET
    stop_time: int | Unset = UNSET
    time: str | Unset = UNSET
    train_data_path: str | Unset = UNSET
    train_url: str | Unset = UNSET
    version_format: SmartTaskConfigRequestVersionFormat | Unset = UNSET
    worker_server_num: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm_type: str | Unset = UNSET
        if not isinstance(self.algorithm_type, Unset):
            algorithm_type = self.algorithm_type.value

        ambiguity = self.ambiguity

        annotation_output = self.annotation_output

        collect_rule = self.collect_rule

        collect_sample = self.collect_sample

        confidence_scope = self.confidence_scope

        description = self.description

        engine_name = self.engine_name

        export_format: int | Unset = UNSET
        if not isinstance(self.export_format, Unset):
            export_format = self.export_format.value

        export_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_params, Unset):
            export_params = self.export_params.to_dict()

        flavor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor, Unset):
            flavor = self.flavor.to_dict()

        image_brightness = self.image_brightness

        image_colorfulness = self.image_colorfulness

        inf_cluster_id = self.inf_cluster_id

        inf_config_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inf_config_list, Unset):
            inf_config_list = []
            for inf_config_list_item_data in self.inf_config_list:
                inf_config_list_item = inf_config_list_item_data.to_dict()
                inf_config_list.append(inf_config_list_item)

        inf_output = self.inf_output

        infer_result_output_dir = self.infer_result_output_dir

        key_sample_output = self.key_sample_output

        log_url = self.log_url

        manifest_path = self.manifest_path

        model_id = self.model_id

        model_name = self.model_name

        model_parameter = self.model_parameter

        model_version = self.model_version

        n_clusters: int | str | Unset
        if isinstance(self.n_clusters, Unset):
            n_clusters = UNSET
        else:
            n_clusters = self.n_clusters

        name = self.name

        output_dir = self.output_dir

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        pool_id = self.pool_id

        property_ = self.property_

        req_uri = self.req_uri

        result_type: int | Unset = UNSET
        if not isinstance(self.result_type, Unset):
            result_type = self.result_type.value

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        stop_time = self.stop_time

        time = self.time

        train_data_path = self.train_data_path

        train_url = self.train_url

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        worker_server_num = self.worker_server_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if algorithm_type is not UNSET:
            field_dict["algorithm_type"] = algorithm_type
        if ambiguity is not UNSET:
            field_dict["ambiguity"] = ambiguity
        if annotation_output is not UNSET:
            field_dict["annotation_output"] = annotation_output
        if collect_rule is not UNSET:
            field_dict["collect_rule"] = collect_rule
        if collect_sample is not UNSET:
            field_dict["collect_sample"] = collect_sample
        if confidence_scope is not UNSET:
            field_dict["confidence_scope"] = confidence_scope
        if description is not UNSET:
            field_dict["description"] = description
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if export_format is not UNSET:
            field_dict["export_format"] = export_format
        if export_params is not UNSET:
            field_dict["export_params"] = export_params
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if image_brightness is not UNSET:
            field_dict["image_brightness"] = image_brightness
        if image_colorfulness is not UNSET:
            field_dict["image_colorfulness"] = image_colorfulness
        if inf_cluster_id is not UNSET:
            field_dict["inf_cluster_id"] = inf_cluster_id
        if inf_config_list is not UNSET:
            field_dict["inf_config_list"] = inf_config_list
        if inf_output is not UNSET:
            field_dict["inf_output"] = inf_output
        if infer_result_output_dir is not UNSET:
            field_dict["infer_result_output_dir"] = infer_result_output_dir
        if key_sample_output is not UNSET:
            field_dict["key_sample_output"] = key_sample_output
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if manifest_path is not UNSET:
            field_dict["manifest_path"] = manifest_path
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_parameter is not UNSET:
            field_dict["model_parameter"] = model_parameter
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if n_clusters is not UNSET:
            field_dict["n_clusters"] = n_clusters
        if name is not UNSET:
            field_dict["name"] = name
        if output_dir is not UNSET:
            field_dict["output_dir"] = output_dir
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if property_ is not UNSET:
            field_dict["property"] = property_
        if req_uri is not UNSET:
            field_dict["req_uri"] = req_uri
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if samples is not UNSET:
            field_dict["samples"] = samples
        if stop_time is not UNSET:
            field_dict["stop_time"] = stop_time
        if time is not UNSET:
            field_dict["time"] = time
        if train_data_path is not UNSET:
            field_dict["train_data_path"] = train_data_path
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if worker_server_num is not UNSET:
            field_dict["worker_server_num"] = worker_server_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict}  # a mapping only (dict() would also take a list of pairs), and a little faster
        _raw_algorithm_type = d.pop("algorithm_type", UNSET)
        try:
            _algorithm_type = _raw_algorithm_type
            algorithm_type: SmartTaskConfigRequestAlgorithmType | Unset
            if isinstance(_algorithm_type, Unset):
                algorithm_type = UNSET
            else:
                algorithm_type = member_of(SmartTaskConfigRequestAlgorithmType, _algorithm_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "algorithm_type", exc)
            d["algorithm_type"] = _raw_algorithm_type
            algorithm_type = UNSET

        ambiguity = d.pop("ambiguity", UNSET)
        if not isinstance(ambiguity, (bool, Unset)):
            deviate(src_dict, "ambiguity", TypeError("expected a boolean"))
            d["ambiguity"] = ambiguity
            ambiguity = UNSET

        annotation_output = d.pop("annotation_output", UNSET)
        if not isinstance(annotation_output, (str, Unset)):
            deviate(src_dict, "annotation_output", TypeError("expected a string"))
            d["annotation_output"] = annotation_output
            annotation_output = UNSET

        collect_rule = d.pop("collect_rule", UNSET)
        if not isinstance(collect_rule, (str, Unset)):
            deviate(src_dict, "collect_rule", TypeError("expected a string"))
            d["collect_rule"] = collect_rule
            collect_rule = UNSET

        collect_sample = d.pop("collect_sample", UNSET)
        if not isinstance(collect_sample, (bool, Unset)):
            deviate(src_dict, "collect_sample", TypeError("expected a boolean"))
            d["collect_sample"] = collect_sample
            collect_sample = UNSET

        confidence_scope = d.pop("confidence_scope", UNSET)
        if not isinstance(confidence_scope, (str, Unset)):
            deviate(src_dict, "confidence_scope", TypeError("expected a string"))
            d["confidence_scope"] = confidence_scope
            confidence_scope = UNSET

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            deviate(src_dict, "description", TypeError("expected a string"))
            d["description"] = description
            description = UNSET

        engine_name = d.pop("engine_name", UNSET)
        if not isinstance(engine_name, (str, Unset)):
            deviate(src_dict, "engine_name", TypeError("expected a string"))
            d["engine_name"] = engine_name
            engine_name = UNSET

        _raw_export_format = d.pop("export_format", UNSET)
        try:
            _export_format = _raw_export_format
            export_format: SmartTaskConfigRequestExportFormat | Unset
            if isinstance(_export_format, Unset):
                export_format = UNSET
            else:
                export_format = member_of(SmartTaskConfigRequestExportFormat, _export_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_format", exc)
            d["export_format"] = _raw_export_format
            export_format = UNSET

        _raw_export_params = d.pop("export_params", UNSET)
        try:
            _export_params = _raw_export_params
            export_params: ExportParams | Unset
            if isinstance(_export_params, Unset):
                export_params = UNSET
            else:
                export_params = ExportParams.from_dict(_export_params)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "export_params", exc)
            d["export_params"] = _raw_export_params
            export_params = UNSET

        _raw_flavor = d.pop("flavor", UNSET)
        try:
            _flavor = _raw_flavor
            flavor: Flavor | Unset
            if isinstance(_flavor, Unset):
                flavor = UNSET
            else:
                flavor = Flavor.from_dict(_flavor)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "flavor", exc)
            d["flavor"] = _raw_flavor
            flavor = UNSET

        image_brightness = d.pop("image_brightness", UNSET)
        if not isinstance(image_brightness, (bool, Unset)):
            deviate(src_dict, "image_brightness", TypeError("expected a boolean"))
            d["image_brightness"] = image_brightness
            image_brightness = UNSET

        image_colorfulness = d.pop("image_colorfulness", UNSET)
        if not isinstance(image_colorfulness, (bool, Unset)):
            deviate(src_dict, "image_colorfulness", TypeError("expected a boolean"))
            d["image_colorfulness"] = image_colorfulness
            image_colorfulness = UNSET

        inf_cluster_id = d.pop("inf_cluster_id", UNSET)
        if not isinstance(inf_cluster_id, (str, Unset)):
            deviate(src_dict, "inf_cluster_id", TypeError("expected a string"))
            d["inf_cluster_id"] = inf_cluster_id
            inf_cluster_id = UNSET

        _raw_inf_config_list = d.pop("inf_config_list", UNSET)
        try:
            _inf_config_list = _raw_inf_config_list
            inf_config_list: list[InfConfig] | Unset = UNSET
            if _inf_config_list is not UNSET:
                inf_config_list = []
                for inf_config_list_item_data in _inf_config_list:
                    inf_config_list_item = InfConfig.from_dict(inf_config_list_item_data)

                    inf_config_list.append(inf_config_list_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "inf_config_list", exc)
            d["inf_config_list"] = _raw_inf_config_list
            inf_config_list = UNSET

        inf_output = d.pop("inf_output", UNSET)
        if not isinstance(inf_output, (str, Unset)):
            deviate(src_dict, "inf_output", TypeError("expected a string"))
            d["inf_output"] = inf_output
            inf_output = UNSET

        infer_result_output_dir = d.pop("infer_result_output_dir", UNSET)
        if not isinstance(infer_result_output_dir, (str, Unset)):
            deviate(src_dict, "infer_result_output_dir", TypeError("expected a string"))
            d["infer_result_output_dir"] = infer_result_output_dir
            infer_result_output_dir = UNSET

        key_sample_output = d.pop("key_sample_output", UNSET)
        if not isinstance(key_sample_output, (str, Unset)):
            deviate(src_dict, "key_sample_output", TypeError("expected a string"))
            d["key_sample_output"] = key_sample_output
            key_sample_output = UNSET

        log_url = d.pop("log_url", UNSET)
        if not isinstance(log_url, (str, Unset)):
            deviate(src_dict, "log_url", TypeError("expected a string"))
            d["log_url"] = log_url
            log_url = UNSET

        manifest_path = d.pop("manifest_path", UNSET)
        if not isinstance(manifest_path, (str, Unset)):
            deviate(src_dict, "manifest_path", TypeError("expected a string"))
            d["manifest_path"] = manifest_path
            manifest_path = UNSET

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

        model_parameter = d.pop("model_parameter", UNSET)
        if not isinstance(model_parameter, (str, Unset)):
            deviate(src_dict, "model_parameter", TypeError("expected a string"))
            d["model_parameter"] = model_parameter
            model_parameter = UNSET

        model_version = d.pop("model_version", UNSET)
        if not isinstance(model_version, (str, Unset)):
            deviate(src_dict, "model_version", TypeError("expected a string"))
            d["model_version"] = model_version
            model_version = UNSET

        n_clusters = d.pop("n_clusters", UNSET)
        if isinstance(n_clusters, bool) or not isinstance(n_clusters, (int, str, Unset)):
            deviate(src_dict, "n_clusters", TypeError("expected an integer or a string"))
            d["n_clusters"] = n_clusters
            n_clusters = UNSET

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            deviate(src_dict, "name", TypeError("expected a string"))
            d["name"] = name
            name = UNSET

        output_dir = d.pop("output_dir", UNSET)
        if not isinstance(output_dir, (str, Unset)):
            deviate(src_dict, "output_dir", TypeError("expected a string"))
            d["output_dir"] = output_dir
            output_dir = UNSET

        _raw_parameters = d.pop("parameters", UNSET)
        try:
            _parameters = _raw_parameters
            parameters: list[TrainingParameter] | Unset = UNSET
            if _parameters is not UNSET:
                parameters = []
                for parameters_item_data in _parameters:
                    parameters_item = TrainingParameter.from_dict(parameters_item_data)

                    parameters.append(parameters_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "parameters", exc)
            d["parameters"] = _raw_parameters
            parameters = UNSET

        pool_id = d.pop("pool_id", UNSET)
        if not isinstance(pool_id, (str, Unset)):
            deviate(src_dict, "pool_id", TypeError("expected a string"))
            d["pool_id"] = pool_id
            pool_id = UNSET

        property_ = d.pop("property", UNSET)
        if not isinstance(property_, (str, Unset)):
            deviate(src_dict, "property", TypeError("expected a string"))
            d["property"] = property_
            property_ = UNSET

        req_uri = d.pop("req_uri", UNSET)
        if not isinstance(req_uri, (str, Unset)):
            deviate(src_dict, "req_uri", TypeError("expected a string"))
            d["req_uri"] = req_uri
            req_uri = UNSET

        _raw_result_type = d.pop("result_type", UNSET)
        try:
            _result_type = _raw_result_type
            result_type: SmartTaskConfigRequestResultType | Unset
            if isinstance(_result_type, Unset):
                result_type = UNSET
            else:
                result_type = member_of(SmartTaskConfigRequestResultType, _result_type)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "result_type", exc)
            d["result_type"] = _raw_result_type
            result_type = UNSET

        _raw_samples = d.pop("samples", UNSET)
        try:
            _samples = _raw_samples
            samples: list[SampleLabels] | Unset = UNSET
            if _samples is not UNSET:
                samples = []
                for samples_item_data in _samples:
                    samples_item = SampleLabels.from_dict(samples_item_data)

                    samples.append(samples_item)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "samples", exc)
            d["samples"] = _raw_samples
            samples = UNSET

        stop_time = d.pop("stop_time", UNSET)
        if isinstance(stop_time, bool) or not isinstance(stop_time, (int, Unset)):
            deviate(src_dict, "stop_time", TypeError("expected an integer"))
            d["stop_time"] = stop_time
            stop_time = UNSET

        time = d.pop("time", UNSET)
        if not isinstance(time, (str, Unset)):
            deviate(src_dict, "time", TypeError("expected a string"))
            d["time"] = time
            time = UNSET

        train_data_path = d.pop("train_data_path", UNSET)
        if not isinstance(train_data_path, (str, Unset)):
            deviate(src_dict, "train_data_path", TypeError("expected a string"))
            d["train_data_path"] = train_data_path
            train_data_path = UNSET

        train_url = d.pop("train_url", UNSET)
        if not isinstance(train_url, (str, Unset)):
            deviate(src_dict, "train_url", TypeError("expected a string"))
            d["train_url"] = train_url
            train_url = UNSET

        _raw_version_format = d.pop("version_format", UNSET)
        try:
            _version_format = _raw_version_format
            version_format: SmartTaskConfigRequestVersionFormat | Unset
            if isinstance(_version_format, Unset):
                version_format = UNSET
            else:
                version_format = member_of(SmartTaskConfigRequestVersionFormat, _version_format)

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            deviate(src_dict, "version_format", exc)
            d["version_format"] = _raw_version_format
            version_format = UNSET

        worker_server_num = d.pop("worker_server_num", UNSET)
        if isinstance(worker_server_num, bool) or not isinstance(worker_server_num, (int, Unset)):
            deviate(src_dict, "worker_server_num", TypeError("expected an integer"))
            d["worker_server_num"] = worker_server_num
            worker_server_num = UNSET

        smart_task_config_request = cls(
            algorithm_type=algorithm_type,
            ambiguity=ambiguity,
            annotation_output=annotation_output,
            collect_rule=collect_rule,
            collect_sample=collect_sample,
            confidence_scope=confidence_scope,
            description=description,
            engine_name=engine_name,
            export_format=export_format,
            export_params=export_params,
            flavor=flavor,
            image_brightness=image_brightness,
            image_colorfulness=image_colorfulness,
            inf_cluster_id=inf_cluster_id,
            inf_config_list=inf_config_list,
            inf_output=inf_output,
            infer_result_output_dir=infer_result_output_dir,
            key_sample_output=key_sample_output,
            log_url=log_url,
            manifest_path=manifest_path,
            model_id=model_id,
            model_name=model_name,
            model_parameter=model_parameter,
            model_version=model_version,
            n_clusters=n_clusters,
            name=name,
            output_dir=output_dir,
            parameters=parameters,
            pool_id=pool_id,
            property_=property_,
            req_uri=req_uri,
            result_type=result_type,
            samples=samples,
            stop_time=stop_time,
            time=time,
            train_data_path=train_data_path,
            train_url=train_url,
            version_format=version_format,
            worker_server_num=worker_server_num,
        )

        smart_task_config_request.additional_properties = d
        return smart_task_config_request

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


from ..models.export_params import ExportParams  # noqa: E402
from ..models.flavor import Flavor  # noqa: E402
from ..models.inf_config import InfConfig  # noqa: E402
from ..models.sample_labels import SampleLabels  # noqa: E402
from ..models.training_parameter import TrainingParameter  # noqa: E402
