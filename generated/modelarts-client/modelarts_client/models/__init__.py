"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accelerator import Accelerator
    from .accelerator_type import AcceleratorType
    from .accept_samples_request import AcceptSamplesRequest
    from .accept_samples_response_200 import AcceptSamplesResponse200
    from .advanced_config import AdvancedConfig
    from .affinity_node_info import AffinityNodeInfo
    from .affinity_pool_info import AffinityPoolInfo
    from .ai_project_parameters import AIProjectParameters
    from .algo_configs import AlgoConfigs
    from .algorithm import Algorithm
    from .algorithm_advanced_config import AlgorithmAdvancedConfig
    from .algorithm_create_engine import AlgorithmCreateEngine
    from .algorithm_create_input import AlgorithmCreateInput
    from .algorithm_create_output import AlgorithmCreateOutput
    from .algorithm_engine import AlgorithmEngine
    from .algorithm_input import AlgorithmInput
    from .algorithm_job_config import AlgorithmJobConfig
    from .algorithm_metadata import AlgorithmMetadata
    from .algorithm_output import AlgorithmOutput
    from .algorithm_remote import AlgorithmRemote
    from .algorithm_response import AlgorithmResponse
    from .allocated import Allocated
    from .annotation_file import AnnotationFile
    from .annotation_file_tags import AnnotationFileTags
    from .attach_obs_request import AttachObsRequest
    from .attach_obs_response import AttachObsResponse
    from .attach_obs_response_status import AttachObsResponseStatus
    from .authorization_response import AuthorizationResponse
    from .authorization_response_type import AuthorizationResponseType
    from .auto_annotation_progress_event import AutoAnnotationProgressEvent
    from .auto_annotation_progress_event_events_item import AutoAnnotationProgressEventEventsItem
    from .auto_annotation_progress_event_status import AutoAnnotationProgressEventStatus
    from .auto_annotation_progress_export_params import AutoAnnotationProgressExportParams
    from .auto_annotation_progress_export_params_export_dest import AutoAnnotationProgressExportParamsExportDest
    from .auto_annotation_progress_response import AutoAnnotationProgressResponse
    from .auto_annotation_progress_response_export_type import AutoAnnotationProgressResponseExportType
    from .auto_annotation_progress_response_status import AutoAnnotationProgressResponseStatus
    from .auto_annotation_progress_result import AutoAnnotationProgressResult
    from .auto_annotation_progress_result_dataset_type import AutoAnnotationProgressResultDatasetType
    from .auto_annotation_progress_search_condition import AutoAnnotationProgressSearchCondition
    from .auto_annotation_progress_search_condition_hard import AutoAnnotationProgressSearchConditionHard
    from .auto_annotation_progress_search_condition_sample_time import AutoAnnotationProgressSearchConditionSampleTime
    from .auto_annotation_progress_smart_task_config import AutoAnnotationProgressSmartTaskConfig
    from .auto_annotation_progress_smart_task_config_algorithm_type import (
        AutoAnnotationProgressSmartTaskConfigAlgorithmType,
    )
    from .auto_annotation_progress_smart_task_config_export_format import (
        AutoAnnotationProgressSmartTaskConfigExportFormat,
    )
    from .auto_annotation_progress_smart_task_config_result_type import AutoAnnotationProgressSmartTaskConfigResultType
    from .auto_annotation_progress_smart_task_config_version_format import (
        AutoAnnotationProgressSmartTaskConfigVersionFormat,
    )
    from .auto_search_algo_config_parameter import AutoSearchAlgoConfigParameter
    from .auto_search_type_0 import AutoSearchType0
    from .auto_stop import AutoStop
    from .auto_stop_parameters import AutoStopParameters
    from .auto_stop_time_unit import AutoStopTimeUnit
    from .batch_delete_pool_nodes_request import BatchDeletePoolNodesRequest
    from .batch_delete_workers_request import BatchDeleteWorkersRequest
    from .batch_delete_workers_response import BatchDeleteWorkersResponse
    from .batch_lock_pool_nodes_request import BatchLockPoolNodesRequest
    from .batch_lock_pool_nodes_request_actions_item import BatchLockPoolNodesRequestActionsItem
    from .batch_lock_pool_nodes_response import BatchLockPoolNodesResponse
    from .batch_lock_pool_nodes_response_nodes_item_type_1 import BatchLockPoolNodesResponseNodesItemType1
    from .batch_response import BatchResponse
    from .batch_unlock_pool_nodes_request import BatchUnlockPoolNodesRequest
    from .batch_unlock_pool_nodes_request_actions_item import BatchUnlockPoolNodesRequestActionsItem
    from .batch_unlock_pool_nodes_response import BatchUnlockPoolNodesResponse
    from .batch_unlock_pool_nodes_response_nodes_item_type_1 import BatchUnlockPoolNodesResponseNodesItemType1
    from .batch_update_pool_nodes_request import BatchUpdatePoolNodesRequest
    from .batch_update_pool_nodes_request_action import BatchUpdatePoolNodesRequestAction
    from .batch_update_pool_nodes_response import BatchUpdatePoolNodesResponse
    from .billing_info import BillingInfo
    from .cancel_obs_response import CancelObsResponse
    from .cancel_obs_response_status import CancelObsResponseStatus
    from .capacity import Capacity
    from .change_algorithm_advanced_config import ChangeAlgorithmAdvancedConfig
    from .change_algorithm_auto_search import ChangeAlgorithmAutoSearch
    from .change_algorithm_inputs import ChangeAlgorithmInputs
    from .change_algorithm_job_config import ChangeAlgorithmJobConfig
    from .change_algorithm_job_config_code_tree_type_1 import ChangeAlgorithmJobConfigCodeTreeType1
    from .change_algorithm_outputs import ChangeAlgorithmOutputs
    from .change_algorithm_request import ChangeAlgorithmRequest
    from .change_algorithm_response_201 import ChangeAlgorithmResponse201
    from .change_algorithm_search_params import ChangeAlgorithmSearchParams
    from .change_training_job_description_request import ChangeTrainingJobDescriptionRequest
    from .check_task_stats import CheckTaskStats
    from .code_tree import CodeTree
    from .code_tree_children import CodeTreeChildren
    from .config import Config
    from .config_parameters import ConfigParameters
    from .configs_parameters import ConfigsParameters
    from .connection_info_parameters import ConnectionInfoParameters
    from .connection_info_parameters_protocol import ConnectionInfoParametersProtocol
    from .constraint import Constraint
    from .container_hooks import ContainerHooks
    from .cpu import Cpu
    from .cpu_info import CpuInfo
    from .create_algorithm_auto_search import CreateAlgorithmAutoSearch
    from .create_algorithm_inputs import CreateAlgorithmInputs
    from .create_algorithm_job_config import CreateAlgorithmJobConfig
    from .create_algorithm_job_config_code_tree_type_1 import CreateAlgorithmJobConfigCodeTreeType1
    from .create_algorithm_outputs import CreateAlgorithmOutputs
    from .create_algorithm_request import CreateAlgorithmRequest
    from .create_algorithm_response_201 import CreateAlgorithmResponse201
    from .create_algorithm_search_params import CreateAlgorithmSearchParams
    from .create_authorization_request import CreateAuthorizationRequest
    from .create_authorization_request_type import CreateAuthorizationRequestType
    from .create_authorization_response_200 import CreateAuthorizationResponse200
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_data_format import CreateDatasetRequestDataFormat
    from .create_dataset_request_dataset_type import CreateDatasetRequestDatasetType
    from .create_dataset_response_201 import CreateDatasetResponse201
    from .create_dataset_version_request import CreateDatasetVersionRequest
    from .create_dataset_version_request_version_format import CreateDatasetVersionRequestVersionFormat
    from .create_dataset_version_response_201 import CreateDatasetVersionResponse201
    from .create_dev_env_instance_auto_stop_parameters import CreateDevEnvInstanceAutoStopParameters
    from .create_dev_env_instance_location_parameters import CreateDevEnvInstanceLocationParameters
    from .create_dev_env_instance_notebook_parameters import CreateDevEnvInstanceNotebookParameters
    from .create_dev_env_instance_notebook_parameters_annotations import (
        CreateDevEnvInstanceNotebookParametersAnnotations,
    )
    from .create_dev_env_instance_notebook_parameters_extend_params import (
        CreateDevEnvInstanceNotebookParametersExtendParams,
    )
    from .create_dev_env_instance_request import CreateDevEnvInstanceRequest
    from .create_dev_env_instance_response import CreateDevEnvInstanceResponse
    from .create_dev_env_instance_storage_parameters import CreateDevEnvInstanceStorageParameters
    from .create_dev_env_instance_workspace_parameters import CreateDevEnvInstanceWorkspaceParameters
    from .create_image_request import CreateImageRequest
    from .create_image_response import CreateImageResponse
    from .create_image_response_service_type import CreateImageResponseServiceType
    from .create_image_response_status import CreateImageResponseStatus
    from .create_labels_request import CreateLabelsRequest
    from .create_labels_response import CreateLabelsResponse
    from .create_model_arts_agency_request import CreateModelArtsAgencyRequest
    from .create_model_arts_agency_response_200 import CreateModelArtsAgencyResponse200
    from .create_network_network_metadata_labels import CreateNetworkNetworkMetadataLabels
    from .create_network_request import CreateNetworkRequest
    from .create_network_request_api_version import CreateNetworkRequestApiVersion
    from .create_network_request_kind import CreateNetworkRequestKind
    from .create_network_response import CreateNetworkResponse
    from .create_network_response_api_version import CreateNetworkResponseApiVersion
    from .create_network_response_kind import CreateNetworkResponseKind
    from .create_notebook_pool import CreateNotebookPool
    from .create_notebook_request import CreateNotebookRequest
    from .create_notebook_request_feature import CreateNotebookRequestFeature
    from .create_notebook_response import CreateNotebookResponse
    from .create_notebook_response_feature import CreateNotebookResponseFeature
    from .create_notebook_response_status import CreateNotebookResponseStatus
    from .create_plugin_plugin_spec import CreatePluginPluginSpec
    from .create_plugin_request import CreatePluginRequest
    from .create_plugin_response import CreatePluginResponse
    from .create_plugin_response_api_version import CreatePluginResponseApiVersion
    from .create_plugin_template import CreatePluginTemplate
    from .create_plugin_template_inputs import CreatePluginTemplateInputs
    from .create_plugin_template_inputs_additional_property import CreatePluginTemplateInputsAdditionalProperty
    from .create_pool_data_volume_item import CreatePoolDataVolumeItem
    from .create_pool_data_volume_item_volume_type import CreatePoolDataVolumeItemVolumeType
    from .create_pool_lvm_config import CreatePoolLvmConfig
    from .create_pool_lvm_config_lv_type import CreatePoolLvmConfigLvType
    from .create_pool_pool_resource import CreatePoolPoolResource
    from .create_pool_request import CreatePoolRequest
    from .create_pool_request_api_version import CreatePoolRequestApiVersion
    from .create_pool_request_kind import CreatePoolRequestKind
    from .create_pool_response import CreatePoolResponse
    from .create_pool_response_api_version import CreatePoolResponseApiVersion
    from .create_pool_response_kind import CreatePoolResponseKind
    from .create_pool_root_volume import CreatePoolRootVolume
    from .create_pool_root_volume_volume_type import CreatePoolRootVolumeVolumeType
    from .create_pool_user_tag import CreatePoolUserTag
    from .create_pool_volume_extend_params import CreatePoolVolumeExtendParams
    from .create_pool_volume_extend_params_volume_group import CreatePoolVolumeExtendParamsVolumeGroup
    from .create_pool_volume_group_config import CreatePoolVolumeGroupConfig
    from .create_pool_volume_group_config_types_item import CreatePoolVolumeGroupConfigTypesItem
    from .create_processor_task_request import CreateProcessorTaskRequest
    from .create_processor_task_response import CreateProcessorTaskResponse
    from .create_processor_task_version_request import CreateProcessorTaskVersionRequest
    from .create_processor_task_version_response import CreateProcessorTaskVersionResponse
    from .create_response_body import CreateResponseBody
    from .create_service_request import CreateServiceRequest
    from .create_service_request_additional_properties import CreateServiceRequestAdditionalProperties
    from .create_service_request_infer_type import CreateServiceRequestInferType
    from .create_service_request_load_balancer_policy import CreateServiceRequestLoadBalancerPolicy
    from .create_service_response import CreateServiceResponse
    from .create_task_request import CreateTaskRequest
    from .create_task_request_task_type import CreateTaskRequestTaskType
    from .create_task_response import CreateTaskResponse
    from .create_tasks_request import CreateTasksRequest
    from .create_tasks_request_config import CreateTasksRequestConfig
    from .create_tasks_response_201 import CreateTasksResponse201
    from .create_training_job_auto_search import CreateTrainingJobAutoSearch
    from .create_training_job_config_request import CreateTrainingJobConfigRequest
    from .create_training_job_config_response import CreateTrainingJobConfigResponse
    from .create_training_job_data_source import CreateTrainingJobDataSource
    from .create_training_job_dataset import CreateTrainingJobDataset
    from .create_training_job_input import CreateTrainingJobInput
    from .create_training_job_input_data_info import CreateTrainingJobInputDataInfo
    from .create_training_job_job_metadata import CreateTrainingJobJobMetadata
    from .create_training_job_job_metadata_annotations import CreateTrainingJobJobMetadataAnnotations
    from .create_training_job_job_summary import CreateTrainingJobJobSummary
    from .create_training_job_log_dir import CreateTrainingJobLogDir
    from .create_training_job_obs import CreateTrainingJobObs
    from .create_training_job_output import CreateTrainingJobOutput
    from .create_training_job_pfs_summary import CreateTrainingJobPFSSummary
    from .create_training_job_remote import CreateTrainingJobRemote
    from .create_training_job_remote_2 import CreateTrainingJobRemote2
    from .create_training_job_remote_3 import CreateTrainingJobRemote3
    from .create_training_job_remote_obs import CreateTrainingJobRemoteObs
    from .create_training_job_request import CreateTrainingJobRequest
    from .create_training_job_response_201 import CreateTrainingJobResponse201
    from .create_training_job_response_201_kind import CreateTrainingJobResponse201Kind
    from .create_training_job_summary import CreateTrainingJobSummary
    from .create_training_job_summary_log_type import CreateTrainingJobSummaryLogType
    from .create_training_job_v1_request import CreateTrainingJobV1Request
    from .create_training_job_v1_response import CreateTrainingJobV1Response
    from .create_training_job_version_v1_request import CreateTrainingJobVersionV1Request
    from .create_training_job_version_v1_response import CreateTrainingJobVersionV1Response
    from .create_visualization_job_request import CreateVisualizationJobRequest
    from .create_visualization_job_response import CreateVisualizationJobResponse
    from .create_worker_request import CreateWorkerRequest
    from .create_worker_request_role_type_0 import CreateWorkerRequestRoleType0
    from .create_worker_response_201 import CreateWorkerResponse201
    from .create_workforce_request import CreateWorkforceRequest
    from .create_workforce_response_201 import CreateWorkforceResponse201
    from .create_workforce_task_request import CreateWorkforceTaskRequest
    from .create_workforce_task_request_data_sync_type import CreateWorkforceTaskRequestDataSyncType
    from .create_workforce_task_response import CreateWorkforceTaskResponse
    from .creating_step import CreatingStep
    from .credential_parameters import CredentialParameters
    from .custom_hooks import CustomHooks
    from .custom_spec import CustomSpec
    from .data_source import DataSource
    from .data_source_data_type import DataSourceDataType
    from .data_source_parameters import DataSourceParameters
    from .data_source_parameters_type import DataSourceParametersType
    from .data_source_request import DataSourceRequest
    from .data_volume_item import DataVolumeItem
    from .data_volume_item_volume_type import DataVolumeItemVolumeType
    from .data_volumes_res import DataVolumesRes
    from .data_volumes_res_status import DataVolumesResStatus
    from .dataset import Dataset
    from .dataset_and_file_preview import DatasetAndFilePreview
    from .dataset_and_file_preview_data_statistics import DatasetAndFilePreviewDataStatistics
    from .dataset_and_file_preview_data_statistics_additional_property import (
        DatasetAndFilePreviewDataStatisticsAdditionalProperty,
    )
    from .dataset_and_file_preview_dataset_format import DatasetAndFilePreviewDatasetFormat
    from .dataset_and_file_preview_dataset_type import DatasetAndFilePreviewDatasetType
    from .dataset_and_file_preview_deletion_stats import DatasetAndFilePreviewDeletionStats
    from .dataset_and_file_preview_status import DatasetAndFilePreviewStatus
    from .dataset_version import DatasetVersion
    from .dataset_version_analysis_status import DatasetVersionAnalysisStatus
    from .dataset_version_data_analysis import DatasetVersionDataAnalysis
    from .dataset_version_data_analysis_additional_property import DatasetVersionDataAnalysisAdditionalProperty
    from .dataset_version_data_statistics import DatasetVersionDataStatistics
    from .dataset_version_data_statistics_additional_property import DatasetVersionDataStatisticsAdditionalProperty
    from .dataset_version_deletion_stats import DatasetVersionDeletionStats
    from .dataset_version_label_type import DatasetVersionLabelType
    from .dataset_version_processor_task_status import DatasetVersionProcessorTaskStatus
    from .dataset_version_status import DatasetVersionStatus
    from .dataset_version_version_format import DatasetVersionVersionFormat
    from .delete_authorizations_response_200 import DeleteAuthorizationsResponse200
    from .delete_dataset_response_204 import DeleteDatasetResponse204
    from .delete_dataset_version_response_204 import DeleteDatasetVersionResponse204
    from .delete_dev_env_instance_response import DeleteDevEnvInstanceResponse
    from .delete_image_response import DeleteImageResponse
    from .delete_image_response_service_type import DeleteImageResponseServiceType
    from .delete_image_response_status import DeleteImageResponseStatus
    from .delete_label_and_samples_label_type import DeleteLabelAndSamplesLabelType
    from .delete_label_and_samples_response_204 import DeleteLabelAndSamplesResponse204
    from .delete_labels_delete_policy import DeleteLabelsDeletePolicy
    from .delete_labels_request import DeleteLabelsRequest
    from .delete_labels_response import DeleteLabelsResponse
    from .delete_model_response import DeleteModelResponse
    from .delete_model_response_failed_list import DeleteModelResponseFailedList
    from .delete_network_network_metadata import DeleteNetworkNetworkMetadata
    from .delete_network_network_metadata_labels import DeleteNetworkNetworkMetadataLabels
    from .delete_network_response import DeleteNetworkResponse
    from .delete_network_response_api_version import DeleteNetworkResponseApiVersion
    from .delete_network_response_kind import DeleteNetworkResponseKind
    from .delete_notebook_pool import DeleteNotebookPool
    from .delete_notebook_response import DeleteNotebookResponse
    from .delete_notebook_response_feature import DeleteNotebookResponseFeature
    from .delete_notebook_response_status import DeleteNotebookResponseStatus
    from .delete_plugin_plugin_spec import DeletePluginPluginSpec
    from .delete_plugin_response import DeletePluginResponse
    from .delete_plugin_response_api_version import DeletePluginResponseApiVersion
    from .delete_plugin_template import DeletePluginTemplate
    from .delete_plugin_template_inputs import DeletePluginTemplateInputs
    from .delete_plugin_template_inputs_additional_property import DeletePluginTemplateInputsAdditionalProperty
    from .delete_pool_data_volume_item import DeletePoolDataVolumeItem
    from .delete_pool_data_volume_item_volume_type import DeletePoolDataVolumeItemVolumeType
    from .delete_pool_lvm_config import DeletePoolLvmConfig
    from .delete_pool_lvm_config_lv_type import DeletePoolLvmConfigLvType
    from .delete_pool_pool_resource import DeletePoolPoolResource
    from .delete_pool_pool_spec import DeletePoolPoolSpec
    from .delete_pool_pool_spec_scope_item import DeletePoolPoolSpecScopeItem
    from .delete_pool_pool_spec_type import DeletePoolPoolSpecType
    from .delete_pool_response import DeletePoolResponse
    from .delete_pool_response_api_version import DeletePoolResponseApiVersion
    from .delete_pool_response_kind import DeletePoolResponseKind
    from .delete_pool_root_volume import DeletePoolRootVolume
    from .delete_pool_root_volume_volume_type import DeletePoolRootVolumeVolumeType
    from .delete_pool_user_tag import DeletePoolUserTag
    from .delete_pool_volume_extend_params import DeletePoolVolumeExtendParams
    from .delete_pool_volume_extend_params_volume_group import DeletePoolVolumeExtendParamsVolumeGroup
    from .delete_pool_volume_group_config import DeletePoolVolumeGroupConfig
    from .delete_pool_volume_group_config_types_item import DeletePoolVolumeGroupConfigTypesItem
    from .delete_processor_task_response_200 import DeleteProcessorTaskResponse200
    from .delete_processor_task_version_response_204 import DeleteProcessorTaskVersionResponse204
    from .delete_samples_request import DeleteSamplesRequest
    from .delete_samples_response import DeleteSamplesResponse
    from .delete_service_response_200 import DeleteServiceResponse200
    from .delete_training_job_config_response import DeleteTrainingJobConfigResponse
    from .delete_training_job_v1_response import DeleteTrainingJobV1Response
    from .delete_training_job_version_v1_response import DeleteTrainingJobVersionV1Response
    from .delete_visualization_job_response import DeleteVisualizationJobResponse
    from .delete_worker_response_204 import DeleteWorkerResponse204
    from .delete_workforce_response_204 import DeleteWorkforceResponse204
    from .delete_workforce_task_response_204 import DeleteWorkforceTaskResponse204
    from .desc_dataset_response import DescDatasetResponse
    from .desc_dataset_response_data_statistics import DescDatasetResponseDataStatistics
    from .desc_dataset_response_data_statistics_additional_property import (
        DescDatasetResponseDataStatisticsAdditionalProperty,
    )
    from .desc_dataset_response_dataset_format import DescDatasetResponseDatasetFormat
    from .desc_dataset_response_dataset_type import DescDatasetResponseDatasetType
    from .desc_dataset_response_deletion_stats import DescDatasetResponseDeletionStats
    from .desc_dataset_response_status import DescDatasetResponseStatus
    from .desc_dataset_running_task_type import DescDatasetRunningTaskType
    from .desc_import_task_response import DescImportTaskResponse
    from .desc_import_task_response_import_type import DescImportTaskResponseImportType
    from .desc_import_task_response_status import DescImportTaskResponseStatus
    from .desc_processor_task_version_response import DescProcessorTaskVersionResponse
    from .desc_processor_task_version_response_status import DescProcessorTaskVersionResponseStatus
    from .desc_processor_task_version_results_resp import DescProcessorTaskVersionResultsResp
    from .desc_processor_task_version_results_resp_result_description_item import (
        DescProcessorTaskVersionResultsRespResultDescriptionItem,
    )
    from .desc_processor_task_version_results_resp_result_property import (
        DescProcessorTaskVersionResultsRespResultProperty,
    )
    from .desc_task_version_resp import DescTaskVersionResp
    from .desc_task_version_resp_status import DescTaskVersionRespStatus
    from .desc_worker_response import DescWorkerResponse
    from .desc_worker_response_status import DescWorkerResponseStatus
    from .desc_workforce_response import DescWorkforceResponse
    from .desc_workforce_task_response import DescWorkforceTaskResponse
    from .desc_workforce_task_response_status import DescWorkforceTaskResponseStatus
    from .describe_auto_annotation_sample_response import DescribeAutoAnnotationSampleResponse
    from .describe_auto_annotation_sample_response_hard_details import DescribeAutoAnnotationSampleResponseHardDetails
    from .describe_auto_annotation_sample_response_sample_type import DescribeAutoAnnotationSampleResponseSampleType
    from .describe_dataset_version_response import DescribeDatasetVersionResponse
    from .describe_dataset_version_response_analysis_status import DescribeDatasetVersionResponseAnalysisStatus
    from .describe_dataset_version_response_data_analysis import DescribeDatasetVersionResponseDataAnalysis
    from .describe_dataset_version_response_data_analysis_additional_property import (
        DescribeDatasetVersionResponseDataAnalysisAdditionalProperty,
    )
    from .describe_dataset_version_response_data_statistics import DescribeDatasetVersionResponseDataStatistics
    from .describe_dataset_version_response_data_statistics_additional_property import (
        DescribeDatasetVersionResponseDataStatisticsAdditionalProperty,
    )
    from .describe_dataset_version_response_deletion_stats import DescribeDatasetVersionResponseDeletionStats
    from .describe_dataset_version_response_label_type import DescribeDatasetVersionResponseLabelType
    from .describe_dataset_version_response_processor_task_status import (
        DescribeDatasetVersionResponseProcessorTaskStatus,
    )
    from .describe_dataset_version_response_status import DescribeDatasetVersionResponseStatus
    from .describe_dataset_version_response_version_format import DescribeDatasetVersionResponseVersionFormat
    from .describe_processor_task_resp import DescribeProcessorTaskResp
    from .describe_processor_task_resp_result import DescribeProcessorTaskRespResult
    from .describe_processor_task_resp_status import DescribeProcessorTaskRespStatus
    from .describe_processor_task_response import DescribeProcessorTaskResponse
    from .describe_processor_task_response_result_type_0 import DescribeProcessorTaskResponseResultType0
    from .describe_processor_task_response_status import DescribeProcessorTaskResponseStatus
    from .describe_sample_resp import DescribeSampleResp
    from .describe_sample_resp_hard_details import DescribeSampleRespHardDetails
    from .describe_sample_resp_sample_type import DescribeSampleRespSampleType
    from .describe_sample_response import DescribeSampleResponse
    from .describe_sample_response_hard_details import DescribeSampleResponseHardDetails
    from .describe_sample_response_sample_type import DescribeSampleResponseSampleType
    from .describe_workforce_task_sample_response import DescribeWorkforceTaskSampleResponse
    from .describe_workforce_task_sample_response_hard_details import DescribeWorkforceTaskSampleResponseHardDetails
    from .describe_workforce_task_sample_response_sample_type import DescribeWorkforceTaskSampleResponseSampleType
    from .disk import Disk
    from .disk_response import DiskResponse
    from .display_info import DisplayInfo
    from .docker_deployment_parameters import DockerDeploymentParameters
    from .docker_deployment_parameters_annotations_type_0 import DockerDeploymentParametersAnnotationsType0
    from .domain import Domain
    from .endpoints_req import EndpointsReq
    from .endpoints_req_service import EndpointsReqService
    from .endpoints_res import EndpointsRes
    from .endpoints_res_dev_service import EndpointsResDevService
    from .endpoints_res_service import EndpointsResService
    from .engine import Engine
    from .engine_and_runtimes_response import EngineAndRuntimesResponse
    from .engine_and_runtimes_response_ai_engine import EngineAndRuntimesResponseAiEngine
    from .engine_and_runtimes_response_arch_item import EngineAndRuntimesResponseArchItem
    from .engine_and_runtimes_response_image_source_item import EngineAndRuntimesResponseImageSourceItem
    from .engine_and_runtimes_response_status_list_item import EngineAndRuntimesResponseStatusListItem
    from .engines_parameters import EnginesParameters
    from .error import Error
    from .event import Event
    from .event_events_item import EventEventsItem
    from .event_status import EventStatus
    from .export_params import ExportParams
    from .export_task_request import ExportTaskRequest
    from .export_task_request_annotation_format import ExportTaskRequestAnnotationFormat
    from .export_task_request_export_format import ExportTaskRequestExportFormat
    from .export_task_request_export_type import ExportTaskRequestExportType
    from .export_task_request_version_format import ExportTaskRequestVersionFormat
    from .export_task_response import ExportTaskResponse
    from .export_task_response_export_format import ExportTaskResponseExportFormat
    from .export_task_response_export_type import ExportTaskResponseExportType
    from .export_task_response_status import ExportTaskResponseStatus
    from .export_task_response_version_format import ExportTaskResponseVersionFormat
    from .export_task_status_resp import ExportTaskStatusResp
    from .export_task_status_resp_export_format import ExportTaskStatusRespExportFormat
    from .export_task_status_resp_export_type import ExportTaskStatusRespExportType
    from .export_task_status_resp_version_format import ExportTaskStatusRespVersionFormat
    from .failed_reasons_detail import FailedReasonsDetail
    from .failed_reasons_parameters_type_0 import FailedReasonsParametersType0
    from .field import Field
    from .file_copy_progress import FileCopyProgress
    from .filter_ import Filter
    from .filter_operator import FilterOperator
    from .flavor import Flavor
    from .flavor_creating_step_vo import FlavorCreatingStepVO
    from .flavor_detail import FlavorDetail
    from .flavor_detail_flavor_type import FlavorDetailFlavorType
    from .flavor_details_parameters import FlavorDetailsParameters
    from .flavor_details_parameters_params import FlavorDetailsParametersParams
    from .flavor_details_parameters_status import FlavorDetailsParametersStatus
    from .flavor_info import FlavorInfo
    from .flavor_info_response import FlavorInfoResponse
    from .flavor_parameters import FlavorParameters
    from .flavor_response import FlavorResponse
    from .flavor_response_attributes import FlavorResponseAttributes
    from .flavor_response_flavor_type import FlavorResponseFlavorType
    from .frequency import Frequency
    from .get_authorizations_response import GetAuthorizationsResponse
    from .get_dataset_metrics_response import GetDatasetMetricsResponse
    from .get_dataset_metrics_response_metrics import GetDatasetMetricsResponseMetrics
    from .get_dataset_metrics_response_metrics_additional_property import (
        GetDatasetMetricsResponseMetricsAdditionalProperty,
    )
    from .get_dataset_stats_response import GetDatasetStatsResponse
    from .get_dataset_stats_response_grouped_label_stats import GetDatasetStatsResponseGroupedLabelStats
    from .get_dataset_stats_response_hard_detail_stats import GetDatasetStatsResponseHardDetailStats
    from .get_dataset_stats_response_key_sample_stats import GetDatasetStatsResponseKeySampleStats
    from .get_dataset_stats_response_metadata_stats import GetDatasetStatsResponseMetadataStats
    from .get_dataset_stats_response_metadata_stats_additional_property import (
        GetDatasetStatsResponseMetadataStatsAdditionalProperty,
    )
    from .get_dataset_stats_response_sample_stats import GetDatasetStatsResponseSampleStats
    from .get_export_task_status_of_dataset_response import GetExportTaskStatusOfDatasetResponse
    from .get_export_task_status_of_dataset_response_export_format import (
        GetExportTaskStatusOfDatasetResponseExportFormat,
    )
    from .get_export_task_status_of_dataset_response_export_type import GetExportTaskStatusOfDatasetResponseExportType
    from .get_export_task_status_of_dataset_response_version_format import (
        GetExportTaskStatusOfDatasetResponseVersionFormat,
    )
    from .get_export_tasks_status_of_dataset_export_type import GetExportTasksStatusOfDatasetExportType
    from .get_export_tasks_status_of_dataset_response import GetExportTasksStatusOfDatasetResponse
    from .get_export_tasks_status_of_dataset_response_export_format import (
        GetExportTasksStatusOfDatasetResponseExportFormat,
    )
    from .get_export_tasks_status_of_dataset_response_export_type import GetExportTasksStatusOfDatasetResponseExportType
    from .get_export_tasks_status_of_dataset_response_version_format import (
        GetExportTasksStatusOfDatasetResponseVersionFormat,
    )
    from .get_processor_task_items_response import GetProcessorTaskItemsResponse
    from .get_workforce_sampling_task_response import GetWorkforceSamplingTaskResponse
    from .get_workforce_task_metrics_response import GetWorkforceTaskMetricsResponse
    from .get_workforce_task_metrics_response_sample_stats import GetWorkforceTaskMetricsResponseSampleStats
    from .get_workforce_task_metrics_response_sample_stats_additional_property import (
        GetWorkforceTaskMetricsResponseSampleStatsAdditionalProperty,
    )
    from .gpu import Gpu
    from .gpu_info import GpuInfo
    from .guide_doc import GuideDoc
    from .hard_detail import HardDetail
    from .hard_select_task import HardSelectTask
    from .host_path_parameters import HostPathParameters
    from .i18n_description_type_0 import I18NDescriptionType0
    from .image import Image
    from .image_group import ImageGroup
    from .image_info import ImageInfo
    from .image_response import ImageResponse
    from .image_response_service_type import ImageResponseServiceType
    from .image_response_status import ImageResponseStatus
    from .image_response_visibility import ImageResponseVisibility
    from .image_service_type import ImageServiceType
    from .image_status import ImageStatus
    from .import_task_request import ImportTaskRequest
    from .import_task_request_import_origin import ImportTaskRequestImportOrigin
    from .import_task_request_import_type import ImportTaskRequestImportType
    from .import_task_response import ImportTaskResponse
    from .import_task_status_resp import ImportTaskStatusResp
    from .import_task_status_resp_import_type import ImportTaskStatusRespImportType
    from .import_task_status_resp_status import ImportTaskStatusRespStatus
    from .inf_config import InfConfig
    from .inf_config_envs import InfConfigEnvs
    from .input_ import Input
    from .input_data_info import InputDataInfo
    from .inputs import Inputs
    from .instances_parameters import InstancesParameters
    from .items import Items
    from .job_algorithm import JobAlgorithm
    from .job_algorithm_environments import JobAlgorithmEnvironments
    from .job_algorithm_response import JobAlgorithmResponse
    from .job_algorithm_response_environments_item import JobAlgorithmResponseEnvironmentsItem
    from .job_config import JobConfig
    from .job_endpoints_req import JobEndpointsReq
    from .job_endpoints_resp import JobEndpointsResp
    from .job_engine import JobEngine
    from .job_engine_engine_id import JobEngineEngineId
    from .job_metadata import JobMetadata
    from .job_metadata_annotations import JobMetadataAnnotations
    from .job_policies import JobPolicies
    from .job_progress import JobProgress
    from .job_progress_step import JobProgressStep
    from .job_response import JobResponse
    from .job_response_kind import JobResponseKind
    from .job_summary import JobSummary
    from .job_volume import JobVolume
    from .jobs_parameters import JobsParameters
    from .jupyter_lab import JupyterLab
    from .label import Label
    from .label_attribute import LabelAttribute
    from .label_attribute_type import LabelAttributeType
    from .label_attribute_value import LabelAttributeValue
    from .label_format import LabelFormat
    from .label_format_label_type import LabelFormatLabelType
    from .label_property import LabelProperty
    from .label_property_modelartsdefault_shape import LabelPropertyModelartsdefaultShape
    from .label_stats import LabelStats
    from .label_stats_type import LabelStatsType
    from .label_type import LabelType
    from .lease import Lease
    from .lease_req import LeaseReq
    from .list_algorithms_advanced_config import ListAlgorithmsAdvancedConfig
    from .list_algorithms_auto_search import ListAlgorithmsAutoSearch
    from .list_algorithms_inputs import ListAlgorithmsInputs
    from .list_algorithms_job_config import ListAlgorithmsJobConfig
    from .list_algorithms_job_config_code_tree_type_1 import ListAlgorithmsJobConfigCodeTreeType1
    from .list_algorithms_outputs import ListAlgorithmsOutputs
    from .list_algorithms_response import ListAlgorithmsResponse
    from .list_algorithms_search_params import ListAlgorithmsSearchParams
    from .list_all_notebooks_pool import ListAllNotebooksPool
    from .list_all_notebooks_response import ListAllNotebooksResponse
    from .list_all_notebooks_sort_dir import ListAllNotebooksSortDir
    from .list_all_workers_order import ListAllWorkersOrder
    from .list_all_workers_response import ListAllWorkersResponse
    from .list_all_workers_role import ListAllWorkersRole
    from .list_all_workers_sort_by import ListAllWorkersSortBy
    from .list_attachable_ob_ss_response import ListAttachableObSsResponse
    from .list_auto_annotation_samples_describe_sample_resp import ListAutoAnnotationSamplesDescribeSampleResp
    from .list_auto_annotation_samples_describe_sample_resp_hard_details import (
        ListAutoAnnotationSamplesDescribeSampleRespHardDetails,
    )
    from .list_auto_annotation_samples_describe_sample_resp_sample_type import (
        ListAutoAnnotationSamplesDescribeSampleRespSampleType,
    )
    from .list_auto_annotation_samples_label_type import ListAutoAnnotationSamplesLabelType
    from .list_auto_annotation_samples_order import ListAutoAnnotationSamplesOrder
    from .list_auto_annotation_samples_response import ListAutoAnnotationSamplesResponse
    from .list_built_in_algorithms_v1_order import ListBuiltInAlgorithmsV1Order
    from .list_built_in_algorithms_v1_response import ListBuiltInAlgorithmsV1Response
    from .list_built_in_algorithms_v1_sort_by import ListBuiltInAlgorithmsV1SortBy
    from .list_dataset_versions_response import ListDatasetVersionsResponse
    from .list_dataset_versions_status import ListDatasetVersionsStatus
    from .list_dataset_versions_version_format import ListDatasetVersionsVersionFormat
    from .list_datasets_dataset_type import ListDatasetsDatasetType
    from .list_datasets_dataset_version import ListDatasetsDatasetVersion
    from .list_datasets_order import ListDatasetsOrder
    from .list_datasets_response import ListDatasetsResponse
    from .list_datasets_running_task_type import ListDatasetsRunningTaskType
    from .list_datasets_sort_by import ListDatasetsSortBy
    from .list_datasets_version_format import ListDatasetsVersionFormat
    from .list_dev_env_instances_auto_stop_parameters import ListDevEnvInstancesAutoStopParameters
    from .list_dev_env_instances_flavor_details_parameters import ListDevEnvInstancesFlavorDetailsParameters
    from .list_dev_env_instances_flavor_details_parameters_params import (
        ListDevEnvInstancesFlavorDetailsParametersParams,
    )
    from .list_dev_env_instances_flavor_details_parameters_promo_type import (
        ListDevEnvInstancesFlavorDetailsParametersPromoType,
    )
    from .list_dev_env_instances_flavor_details_parameters_status import (
        ListDevEnvInstancesFlavorDetailsParametersStatus,
    )
    from .list_dev_env_instances_notebook_parameters import ListDevEnvInstancesNotebookParameters
    from .list_dev_env_instances_notebook_parameters_annotations import ListDevEnvInstancesNotebookParametersAnnotations
    from .list_dev_env_instances_notebook_parameters_extend_params import (
        ListDevEnvInstancesNotebookParametersExtendParams,
    )
    from .list_dev_env_instances_profile_parameters import ListDevEnvInstancesProfileParameters
    from .list_dev_env_instances_profile_parameters_labels import ListDevEnvInstancesProfileParametersLabels
    from .list_dev_env_instances_provision_parameters import ListDevEnvInstancesProvisionParameters
    from .list_dev_env_instances_provision_parameters_annotations import (
        ListDevEnvInstancesProvisionParametersAnnotations,
    )
    from .list_dev_env_instances_queuing_info_parameters import ListDevEnvInstancesQueuingInfoParameters
    from .list_dev_env_instances_response import ListDevEnvInstancesResponse
    from .list_dev_env_instances_workspace_parameters import ListDevEnvInstancesWorkspaceParameters
    from .list_events_event import ListEventsEvent
    from .list_events_event_api_version import ListEventsEventApiVersion
    from .list_events_event_kind import ListEventsEventKind
    from .list_events_event_type import ListEventsEventType
    from .list_events_resource import ListEventsResource
    from .list_events_response import ListEventsResponse
    from .list_events_response_api_version import ListEventsResponseApiVersion
    from .list_events_response_kind import ListEventsResponseKind
    from .list_events_type import ListEventsType
    from .list_flavors_category import ListFlavorsCategory
    from .list_flavors_response import ListFlavorsResponse
    from .list_flavors_sort_dir import ListFlavorsSortDir
    from .list_image_group_response import ListImageGroupResponse
    from .list_image_response import ListImageResponse
    from .list_image_service_type import ListImageServiceType
    from .list_image_sort_dir import ListImageSortDir
    from .list_import_tasks_response import ListImportTasksResponse
    from .list_job_engine_specs_v1_job_type import ListJobEngineSpecsV1JobType
    from .list_job_engine_specs_v1_response import ListJobEngineSpecsV1Response
    from .list_job_resource_specs_v1_job_type import ListJobResourceSpecsV1JobType
    from .list_job_resource_specs_v1_response import ListJobResourceSpecsV1Response
    from .list_labels_response import ListLabelsResponse
    from .list_models_model_status import ListModelsModelStatus
    from .list_models_response import ListModelsResponse
    from .list_networks_network_metadata import ListNetworksNetworkMetadata
    from .list_networks_network_metadata_labels import ListNetworksNetworkMetadataLabels
    from .list_networks_response import ListNetworksResponse
    from .list_networks_response_api_version import ListNetworksResponseApiVersion
    from .list_networks_response_kind import ListNetworksResponseKind
    from .list_node_tags_response import ListNodeTagsResponse
    from .list_node_tags_tag import ListNodeTagsTag
    from .list_notebooks_notebook_resp import ListNotebooksNotebookResp
    from .list_notebooks_notebook_resp_feature import ListNotebooksNotebookRespFeature
    from .list_notebooks_notebook_resp_status import ListNotebooksNotebookRespStatus
    from .list_notebooks_pool import ListNotebooksPool
    from .list_notebooks_response import ListNotebooksResponse
    from .list_notebooks_sort_dir import ListNotebooksSortDir
    from .list_notebooks_status import ListNotebooksStatus
    from .list_orders_phase import ListOrdersPhase
    from .list_orders_resource import ListOrdersResource
    from .list_orders_response import ListOrdersResponse
    from .list_plugin_templates_response import ListPluginTemplatesResponse
    from .list_plugins_plugin_spec import ListPluginsPluginSpec
    from .list_plugins_response import ListPluginsResponse
    from .list_plugins_response_api_version import ListPluginsResponseApiVersion
    from .list_plugins_response_kind import ListPluginsResponseKind
    from .list_plugins_template import ListPluginsTemplate
    from .list_plugins_template_inputs import ListPluginsTemplateInputs
    from .list_plugins_template_inputs_additional_property import ListPluginsTemplateInputsAdditionalProperty
    from .list_pool_nodes_response import ListPoolNodesResponse
    from .list_pool_nodes_response_api_version import ListPoolNodesResponseApiVersion
    from .list_pool_nodes_response_kind import ListPoolNodesResponseKind
    from .list_pool_tags_response import ListPoolTagsResponse
    from .list_pool_tags_tag import ListPoolTagsTag
    from .list_pools_response import ListPoolsResponse
    from .list_pools_response_api_version import ListPoolsResponseApiVersion
    from .list_pools_response_kind import ListPoolsResponseKind
    from .list_pools_status import ListPoolsStatus
    from .list_processor_task_version_results_response import ListProcessorTaskVersionResultsResponse
    from .list_processor_task_version_results_result_property import ListProcessorTaskVersionResultsResultProperty
    from .list_processor_task_versions_order import ListProcessorTaskVersionsOrder
    from .list_processor_task_versions_response import ListProcessorTaskVersionsResponse
    from .list_processor_task_versions_sort_by import ListProcessorTaskVersionsSortBy
    from .list_processor_tasks_order import ListProcessorTasksOrder
    from .list_processor_tasks_response import ListProcessorTasksResponse
    from .list_processor_tasks_sort_by import ListProcessorTasksSortBy
    from .list_processor_tasks_source import ListProcessorTasksSource
    from .list_processor_tasks_source_type import ListProcessorTasksSourceType
    from .list_processor_tasks_status import ListProcessorTasksStatus
    from .list_processor_tasks_task_type import ListProcessorTasksTaskType
    from .list_resource_flavors_data_volume_item import ListResourceFlavorsDataVolumeItem
    from .list_resource_flavors_data_volume_item_volume_type import ListResourceFlavorsDataVolumeItemVolumeType
    from .list_resource_flavors_response import ListResourceFlavorsResponse
    from .list_resource_flavors_response_api_version import ListResourceFlavorsResponseApiVersion
    from .list_resource_flavors_response_kind import ListResourceFlavorsResponseKind
    from .list_resource_flavors_root_volume import ListResourceFlavorsRootVolume
    from .list_resource_flavors_root_volume_volume_type import ListResourceFlavorsRootVolumeVolumeType
    from .list_samples_label_type import ListSamplesLabelType
    from .list_samples_order import ListSamplesOrder
    from .list_samples_response import ListSamplesResponse
    from .list_samples_sample_metadata import ListSamplesSampleMetadata
    from .list_samples_sample_metadata_modelartshard import ListSamplesSampleMetadataModelartshard
    from .list_samples_sample_metadata_modelartshard_reasons_item import (
        ListSamplesSampleMetadataModelartshardReasonsItem,
    )
    from .list_samples_sample_metadata_modelartssize_item import ListSamplesSampleMetadataModelartssizeItem
    from .list_samples_sample_type import ListSamplesSampleType
    from .list_search_response import ListSearchResponse
    from .list_search_response_metadata import ListSearchResponseMetadata
    from .list_services_infer_type import ListServicesInferType
    from .list_services_item import ListServicesItem
    from .list_services_item_additional_properties import ListServicesItemAdditionalProperties
    from .list_services_item_infer_type import ListServicesItemInferType
    from .list_services_item_status import ListServicesItemStatus
    from .list_services_response import ListServicesResponse
    from .list_services_schedule import ListServicesSchedule
    from .list_services_schedule_time_unit import ListServicesScheduleTimeUnit
    from .list_services_status import ListServicesStatus
    from .list_tasks_details_frequency import ListTasksDetailsFrequency
    from .list_tasks_details_periods import ListTasksDetailsPeriods
    from .list_tasks_details_response import ListTasksDetailsResponse
    from .list_tasks_details_sort_dir import ListTasksDetailsSortDir
    from .list_tasks_details_sort_key import ListTasksDetailsSortKey
    from .list_tasks_details_state import ListTasksDetailsState
    from .list_tasks_details_task_input import ListTasksDetailsTaskInput
    from .list_tasks_details_task_input_vcn import ListTasksDetailsTaskInputVcn
    from .list_tasks_details_task_output_dis import ListTasksDetailsTaskOutputDis
    from .list_tasks_details_task_output_for_display import ListTasksDetailsTaskOutputForDisplay
    from .list_tasks_details_task_output_obs import ListTasksDetailsTaskOutputObs
    from .list_tasks_details_task_output_webhook import ListTasksDetailsTaskOutputWebhook
    from .list_tasks_details_task_output_webhook_headers import ListTasksDetailsTaskOutputWebhookHeaders
    from .list_tasks_details_task_schedule import ListTasksDetailsTaskSchedule
    from .list_tasks_details_task_schedule_execution_mode import ListTasksDetailsTaskScheduleExecutionMode
    from .list_tasks_details_task_schedule_type import ListTasksDetailsTaskScheduleType
    from .list_tasks_export_params import ListTasksExportParams
    from .list_tasks_export_params_export_dest import ListTasksExportParamsExportDest
    from .list_tasks_response import ListTasksResponse
    from .list_tasks_search_condition import ListTasksSearchCondition
    from .list_tasks_search_condition_hard import ListTasksSearchConditionHard
    from .list_tasks_search_condition_sample_time import ListTasksSearchConditionSampleTime
    from .list_tasks_type import ListTasksType
    from .list_training_job_configs_config_type import ListTrainingJobConfigsConfigType
    from .list_training_job_configs_order import ListTrainingJobConfigsOrder
    from .list_training_job_configs_response import ListTrainingJobConfigsResponse
    from .list_training_job_configs_sort_by import ListTrainingJobConfigsSortBy
    from .list_training_job_events_event import ListTrainingJobEventsEvent
    from .list_training_job_events_response import ListTrainingJobEventsResponse
    from .list_training_job_log_file_names_v1_response import ListTrainingJobLogFileNamesV1Response
    from .list_training_job_versions_v1_data_source_parameters import ListTrainingJobVersionsV1DataSourceParameters
    from .list_training_job_versions_v1_response import ListTrainingJobVersionsV1Response
    from .list_training_job_versions_v1_volumes_parameters import ListTrainingJobVersionsV1VolumesParameters
    from .list_training_jobs_algorithm_input import ListTrainingJobsAlgorithmInput
    from .list_training_jobs_algorithm_output import ListTrainingJobsAlgorithmOutput
    from .list_training_jobs_algorithm_remote import ListTrainingJobsAlgorithmRemote
    from .list_training_jobs_auto_search import ListTrainingJobsAutoSearch
    from .list_training_jobs_data_source import ListTrainingJobsDataSource
    from .list_training_jobs_dataset import ListTrainingJobsDataset
    from .list_training_jobs_input import ListTrainingJobsInput
    from .list_training_jobs_input_data_info import ListTrainingJobsInputDataInfo
    from .list_training_jobs_job_algorithm_response import ListTrainingJobsJobAlgorithmResponse
    from .list_training_jobs_job_algorithm_response_environments_item import (
        ListTrainingJobsJobAlgorithmResponseEnvironmentsItem,
    )
    from .list_training_jobs_job_metadata import ListTrainingJobsJobMetadata
    from .list_training_jobs_job_metadata_annotations import ListTrainingJobsJobMetadataAnnotations
    from .list_training_jobs_job_summary import ListTrainingJobsJobSummary
    from .list_training_jobs_log_dir import ListTrainingJobsLogDir
    from .list_training_jobs_obs import ListTrainingJobsObs
    from .list_training_jobs_output import ListTrainingJobsOutput
    from .list_training_jobs_pfs_summary import ListTrainingJobsPFSSummary
    from .list_training_jobs_policies import ListTrainingJobsPolicies
    from .list_training_jobs_remote import ListTrainingJobsRemote
    from .list_training_jobs_remote_obs import ListTrainingJobsRemoteObs
    from .list_training_jobs_request import ListTrainingJobsRequest
    from .list_training_jobs_response import ListTrainingJobsResponse
    from .list_training_jobs_summary import ListTrainingJobsSummary
    from .list_training_jobs_summary_log_type import ListTrainingJobsSummaryLogType
    from .list_training_jobs_task_response import ListTrainingJobsTaskResponse
    from .list_training_jobs_task_response_algorithm import ListTrainingJobsTaskResponseAlgorithm
    from .list_training_jobs_v1_order import ListTrainingJobsV1Order
    from .list_training_jobs_v1_response import ListTrainingJobsV1Response
    from .list_training_jobs_v1_sort_by import ListTrainingJobsV1SortBy
    from .list_virtualresource_flavors_resource_flavor import ListVirtualresourceFlavorsResourceFlavor
    from .list_virtualresource_flavors_resource_flavor_api_version import (
        ListVirtualresourceFlavorsResourceFlavorApiVersion,
    )
    from .list_virtualresource_flavors_resource_flavor_kind import ListVirtualresourceFlavorsResourceFlavorKind
    from .list_virtualresource_flavors_resource_flavor_metadata import ListVirtualresourceFlavorsResourceFlavorMetadata
    from .list_virtualresource_flavors_resource_flavor_spec import ListVirtualresourceFlavorsResourceFlavorSpec
    from .list_virtualresource_flavors_resource_flavor_spec_cpu_arch import (
        ListVirtualresourceFlavorsResourceFlavorSpecCpuArch,
    )
    from .list_virtualresource_flavors_resource_flavor_xpu import ListVirtualresourceFlavorsResourceFlavorXpu
    from .list_virtualresource_flavors_response import ListVirtualresourceFlavorsResponse
    from .list_virtualresource_flavors_response_api_version import ListVirtualresourceFlavorsResponseApiVersion
    from .list_virtualresource_flavors_response_kind import ListVirtualresourceFlavorsResponseKind
    from .list_visualization_jobs_jobs_parameters import ListVisualizationJobsJobsParameters
    from .list_visualization_jobs_order import ListVisualizationJobsOrder
    from .list_visualization_jobs_response import ListVisualizationJobsResponse
    from .list_visualization_jobs_sort_by import ListVisualizationJobsSortBy
    from .list_worker_tasks_order import ListWorkerTasksOrder
    from .list_worker_tasks_response import ListWorkerTasksResponse
    from .list_worker_tasks_sort_by import ListWorkerTasksSortBy
    from .list_workers_order import ListWorkersOrder
    from .list_workers_response import ListWorkersResponse
    from .list_workers_sort_by import ListWorkersSortBy
    from .list_workforce_task_samples_describe_sample_resp import ListWorkforceTaskSamplesDescribeSampleResp
    from .list_workforce_task_samples_describe_sample_resp_hard_details import (
        ListWorkforceTaskSamplesDescribeSampleRespHardDetails,
    )
    from .list_workforce_task_samples_describe_sample_resp_sample_type import (
        ListWorkforceTaskSamplesDescribeSampleRespSampleType,
    )
    from .list_workforce_task_samples_label_type import ListWorkforceTaskSamplesLabelType
    from .list_workforce_task_samples_response import ListWorkforceTaskSamplesResponse
    from .list_workforce_task_stats_response import ListWorkforceTaskStatsResponse
    from .list_workforce_task_stats_response_grouped_label_stats import ListWorkforceTaskStatsResponseGroupedLabelStats
    from .list_workforce_task_stats_response_hard_detail_stats import ListWorkforceTaskStatsResponseHardDetailStats
    from .list_workforce_task_stats_response_key_sample_stats import ListWorkforceTaskStatsResponseKeySampleStats
    from .list_workforce_task_stats_response_metadata_stats import ListWorkforceTaskStatsResponseMetadataStats
    from .list_workforce_task_stats_response_metadata_stats_additional_property import (
        ListWorkforceTaskStatsResponseMetadataStatsAdditionalProperty,
    )
    from .list_workforce_task_stats_response_sample_stats import ListWorkforceTaskStatsResponseSampleStats
    from .list_workforce_tasks_response import ListWorkforceTasksResponse
    from .list_workforces_order import ListWorkforcesOrder
    from .list_workforces_response import ListWorkforcesResponse
    from .list_workforces_sort_by import ListWorkforcesSortBy
    from .list_workloads_response import ListWorkloadsResponse
    from .list_workloads_response_api_version import ListWorkloadsResponseApiVersion
    from .list_workloads_response_kind import ListWorkloadsResponseKind
    from .list_workloads_sort import ListWorkloadsSort
    from .list_workloads_status import ListWorkloadsStatus
    from .list_workloads_type import ListWorkloadsType
    from .location_parameters import LocationParameters
    from .log import Log
    from .log_dir import LogDir
    from .log_export_path import LogExportPath
    from .log_report_pipeline import LogReportPipeline
    from .log_result import LogResult
    from .log_volume import LogVolume
    from .lts_configuration import LtsConfiguration
    from .lvm_config import LvmConfig
    from .lvm_config_lv_type import LvmConfigLvType
    from .manage_dev_env_instance_request import ManageDevEnvInstanceRequest
    from .manage_dev_env_instance_request_action import ManageDevEnvInstanceRequestAction
    from .manage_dev_env_instance_response import ManageDevEnvInstanceResponse
    from .memory import Memory
    from .memory_info import MemoryInfo
    from .metadata import Metadata
    from .metadata_tags_type_0_item import MetadataTagsType0Item
    from .metric_object import MetricObject
    from .metric_object_metric import MetricObjectMetric
    from .metric_parameters import MetricParameters
    from .metric_parameters_metric_meta import MetricParametersMetricMeta
    from .metric_parameters_reserved_data import MetricParametersReservedData
    from .metric_values_parameters import MetricValuesParameters
    from .metrics_item import MetricsItem
    from .metrics_table import MetricsTable
    from .mind_studio_insight import MindStudioInsight
    from .model_additional_properties import ModelAdditionalProperties
    from .model_arts_error import ModelArtsError
    from .model_dependencies import ModelDependencies
    from .model_health import ModelHealth
    from .model_list_item import ModelListItem
    from .model_list_item_model_source import ModelListItemModelSource
    from .model_metric_list_parameters import ModelMetricListParameters
    from .model_params_info import ModelParamsInfo
    from .model_specification import ModelSpecification
    from .models_structure_data import ModelsStructureData
    from .monitor import Monitor
    from .network import Network
    from .network_api_version import NetworkApiVersion
    from .network_connection import NetworkConnection
    from .network_connection_request import NetworkConnectionRequest
    from .network_connection_status import NetworkConnectionStatus
    from .network_kind import NetworkKind
    from .network_metadata import NetworkMetadata
    from .network_metadata_annotations import NetworkMetadataAnnotations
    from .network_metadata_creation import NetworkMetadataCreation
    from .network_metadata_labels import NetworkMetadataLabels
    from .network_metadata_update import NetworkMetadataUpdate
    from .network_spec import NetworkSpec
    from .network_spec_creation import NetworkSpecCreation
    from .network_spec_update import NetworkSpecUpdate
    from .network_status import NetworkStatus
    from .network_status_phase import NetworkStatusPhase
    from .network_update_labels import NetworkUpdateLabels
    from .nework_list_metadata import NeworkListMetadata
    from .nfs import Nfs
    from .nfs_parameters import NfsParameters
    from .node import Node
    from .node_affinity import NodeAffinity
    from .node_api_version import NodeApiVersion
    from .node_kind import NodeKind
    from .node_labels import NodeLabels
    from .node_list_metadata import NodeListMetadata
    from .node_metadata import NodeMetadata
    from .node_network import NodeNetwork
    from .node_resource import NodeResource
    from .node_spec import NodeSpec
    from .node_status import NodeStatus
    from .node_status_phase import NodeStatusPhase
    from .node_vo_annotations import NodeVOAnnotations
    from .notebook_flavor import NotebookFlavor
    from .notebook_flavor_category import NotebookFlavorCategory
    from .notebook_flavor_storages_item import NotebookFlavorStoragesItem
    from .notebook_gpu_info import NotebookGpuInfo
    from .notebook_parameters import NotebookParameters
    from .notebook_parameters_annotations import NotebookParametersAnnotations
    from .notebook_resp import NotebookResp
    from .notebook_resp_feature import NotebookRespFeature
    from .notebook_resp_status import NotebookRespStatus
    from .notification import Notification
    from .notification_events_item import NotificationEventsItem
    from .npu import Npu
    from .npu_info import NpuInfo
    from .object_reference import ObjectReference
    from .obs import Obs
    from .obs_request import ObsRequest
    from .operator_param import OperatorParam
    from .operator_param_params import OperatorParamParams
    from .order import Order
    from .order_operation import OrderOperation
    from .order_phase import OrderPhase
    from .os_config import OsConfig
    from .os_pool_scope_plugin import OsPoolScopePlugin
    from .os_quota import OsQuota
    from .os_version import OsVersion
    from .output import Output
    from .outputs import Outputs
    from .owner_parameters import OwnerParameters
    from .packages import Packages
    from .pair_ofint_and_hard_detail import PairOfintAndHardDetail
    from .parameter import Parameter
    from .parameter_parameters import ParameterParameters
    from .parameters import Parameters
    from .parameters_constraint import ParametersConstraint
    from .patch_network_network_metadata import PatchNetworkNetworkMetadata
    from .patch_network_network_metadata_labels import PatchNetworkNetworkMetadataLabels
    from .patch_network_request import PatchNetworkRequest
    from .patch_network_response import PatchNetworkResponse
    from .patch_network_response_api_version import PatchNetworkResponseApiVersion
    from .patch_network_response_kind import PatchNetworkResponseKind
    from .patch_plugin_plugin_spec import PatchPluginPluginSpec
    from .patch_plugin_request import PatchPluginRequest
    from .patch_plugin_response import PatchPluginResponse
    from .patch_plugin_template import PatchPluginTemplate
    from .patch_plugin_template_inputs import PatchPluginTemplateInputs
    from .patch_plugin_template_inputs_additional_property import PatchPluginTemplateInputsAdditionalProperty
    from .patch_pool_data_volume_item import PatchPoolDataVolumeItem
    from .patch_pool_data_volume_item_volume_type import PatchPoolDataVolumeItemVolumeType
    from .patch_pool_lvm_config import PatchPoolLvmConfig
    from .patch_pool_lvm_config_lv_type import PatchPoolLvmConfigLvType
    from .patch_pool_pool_resource import PatchPoolPoolResource
    from .patch_pool_pool_spec import PatchPoolPoolSpec
    from .patch_pool_pool_spec_scope_item import PatchPoolPoolSpecScopeItem
    from .patch_pool_pool_spec_type import PatchPoolPoolSpecType
    from .patch_pool_request import PatchPoolRequest
    from .patch_pool_response import PatchPoolResponse
    from .patch_pool_response_api_version import PatchPoolResponseApiVersion
    from .patch_pool_response_kind import PatchPoolResponseKind
    from .patch_pool_root_volume import PatchPoolRootVolume
    from .patch_pool_root_volume_volume_type import PatchPoolRootVolumeVolumeType
    from .patch_pool_user_tag import PatchPoolUserTag
    from .patch_pool_volume_extend_params import PatchPoolVolumeExtendParams
    from .patch_pool_volume_extend_params_volume_group import PatchPoolVolumeExtendParamsVolumeGroup
    from .patch_pool_volume_group_config import PatchPoolVolumeGroupConfig
    from .patch_pool_volume_group_config_types_item import PatchPoolVolumeGroupConfigTypesItem
    from .peer_connection_item import PeerConnectionItem
    from .peer_connection_item_request import PeerConnectionItemRequest
    from .peer_connection_status import PeerConnectionStatus
    from .peer_connection_status_phase import PeerConnectionStatusPhase
    from .periods import Periods
    from .persistent_volumes import PersistentVolumes
    from .pfs import Pfs
    from .pfs_summary import PFSSummary
    from .plugin import Plugin
    from .plugin_api_version import PluginApiVersion
    from .plugin_metadata import PluginMetadata
    from .plugin_resources import PluginResources
    from .plugin_resources_limits import PluginResourcesLimits
    from .plugin_resources_requests import PluginResourcesRequests
    from .plugin_spec import PluginSpec
    from .plugin_status import PluginStatus
    from .plugin_status_phase import PluginStatusPhase
    from .plugin_template import PluginTemplate
    from .plugin_template_api_version import PluginTemplateApiVersion
    from .plugin_template_kind import PluginTemplateKind
    from .plugin_template_metadata import PluginTemplateMetadata
    from .plugin_template_metadata_annotations import PluginTemplateMetadataAnnotations
    from .plugin_template_spec import PluginTemplateSpec
    from .plugin_template_spec_v2 import PluginTemplateSpecV2
    from .plugin_template_spec_v2_type import PluginTemplateSpecV2Type
    from .plugin_template_spec_versions import PluginTemplateSpecVersions
    from .plugin_template_v2 import PluginTemplateV2
    from .plugin_template_v2_api_version import PluginTemplateV2ApiVersion
    from .plugin_template_v2_kind import PluginTemplateV2Kind
    from .plugin_template_version import PluginTemplateVersion
    from .plugin_template_version_inputs import PluginTemplateVersionInputs
    from .plugin_template_version_translate import PluginTemplateVersionTranslate
    from .plugin_template_version_v2 import PluginTemplateVersionV2
    from .plugin_template_version_v2_inputs import PluginTemplateVersionV2Inputs
    from .plugin_template_version_v2_translate import PluginTemplateVersionV2Translate
    from .policies import Policies
    from .pool import Pool
    from .pool_annotations_creation import PoolAnnotationsCreation
    from .pool_annotations_update import PoolAnnotationsUpdate
    from .pool_api_version import PoolApiVersion
    from .pool_cluster import PoolCluster
    from .pool_cluster_container_network import PoolClusterContainerNetwork
    from .pool_cluster_container_network_mode import PoolClusterContainerNetworkMode
    from .pool_cluster_master import PoolClusterMaster
    from .pool_container_network import PoolContainerNetwork
    from .pool_creating_step import PoolCreatingStep
    from .pool_data_volume import PoolDataVolume
    from .pool_data_volume_extend_params import PoolDataVolumeExtendParams
    from .pool_driver import PoolDriver
    from .pool_driver_status import PoolDriverStatus
    from .pool_driver_status_set import PoolDriverStatusSet
    from .pool_driver_status_state import PoolDriverStatusState
    from .pool_driver_update_strategy import PoolDriverUpdateStrategy
    from .pool_kind import PoolKind
    from .pool_labels_creation import PoolLabelsCreation
    from .pool_labels_creation_os_modelartssharing import PoolLabelsCreationOsModelartssharing
    from .pool_labels_update import PoolLabelsUpdate
    from .pool_labels_update_os_modelartssharing import PoolLabelsUpdateOsModelartssharing
    from .pool_lvm_config import PoolLvmConfig
    from .pool_meta_annotations import PoolMetaAnnotations
    from .pool_meta_annotations_os_modelartsauto_renew import PoolMetaAnnotationsOsModelartsautoRenew
    from .pool_meta_annotations_os_modelartsbilling_mode import PoolMetaAnnotationsOsModelartsbillingMode
    from .pool_meta_annotations_os_modelartsperiod_type import PoolMetaAnnotationsOsModelartsperiodType
    from .pool_meta_labels import PoolMetaLabels
    from .pool_metadata import PoolMetadata
    from .pool_metadata_creation import PoolMetadataCreation
    from .pool_metadata_deletion import PoolMetadataDeletion
    from .pool_metadata_update import PoolMetadataUpdate
    from .pool_metrics_list import PoolMetricsList
    from .pool_metrics_list_api_version import PoolMetricsListApiVersion
    from .pool_metrics_list_kind import PoolMetricsListKind
    from .pool_monitor import PoolMonitor
    from .pool_monitor_data_point import PoolMonitorDataPoint
    from .pool_monitor_data_point_unit import PoolMonitorDataPointUnit
    from .pool_monitor_dimension import PoolMonitorDimension
    from .pool_monitor_metric import PoolMonitorMetric
    from .pool_monitor_metric_namespace import PoolMonitorMetricNamespace
    from .pool_monitor_series import PoolMonitorSeries
    from .pool_monitor_statistic import PoolMonitorStatistic
    from .pool_network import PoolNetwork
    from .pool_node_az import PoolNodeAz
    from .pool_os_info import PoolOsInfo
    from .pool_parameters import PoolParameters
    from .pool_resource import PoolResource
    from .pool_resource_az import PoolResourceAz
    from .pool_resource_driver import PoolResourceDriver
    from .pool_resource_extend_params import PoolResourceExtendParams
    from .pool_resource_flavor_count import PoolResourceFlavorCount
    from .pool_resource_network import PoolResourceNetwork
    from .pool_root_volume import PoolRootVolume
    from .pool_root_volume_extend_params import PoolRootVolumeExtendParams
    from .pool_scope_plugin_phase import PoolScopePluginPhase
    from .pool_scope_status import PoolScopeStatus
    from .pool_scope_status_scope_type import PoolScopeStatusScopeType
    from .pool_scope_status_state import PoolScopeStatusState
    from .pool_spec import PoolSpec
    from .pool_spec_creation import PoolSpecCreation
    from .pool_spec_creation_scope_item import PoolSpecCreationScopeItem
    from .pool_spec_creation_type import PoolSpecCreationType
    from .pool_spec_model import PoolSpecModel
    from .pool_spec_model_scope_item import PoolSpecModelScopeItem
    from .pool_spec_model_type import PoolSpecModelType
    from .pool_spec_parameters import PoolSpecParameters
    from .pool_spec_resource import PoolSpecResource
    from .pool_spec_resource_extend_params import PoolSpecResourceExtendParams
    from .pool_spec_resource_labels import PoolSpecResourceLabels
    from .pool_spec_scope_item import PoolSpecScopeItem
    from .pool_spec_type import PoolSpecType
    from .pool_spec_update import PoolSpecUpdate
    from .pool_spec_update_scope_item import PoolSpecUpdateScopeItem
    from .pool_statistics import PoolStatistics
    from .pool_statistics_summary import PoolStatisticsSummary
    from .pool_status import PoolStatus
    from .pool_status_counts import PoolStatusCounts
    from .pool_status_phase import PoolStatusPhase
    from .pool_status_resources import PoolStatusResources
    from .pool_tag import PoolTag
    from .pool_tag_list import PoolTagList
    from .pool_taint import PoolTaint
    from .pool_user_login import PoolUserLogin
    from .pool_user_tag import PoolUserTag
    from .pool_volume_group_config import PoolVolumeGroupConfig
    from .processor_data_source import ProcessorDataSource
    from .processor_data_source_source import ProcessorDataSourceSource
    from .processor_data_source_type import ProcessorDataSourceType
    from .processor_task_item import ProcessorTaskItem
    from .profile_parameters import ProfileParameters
    from .profile_parameters_labels import ProfileParametersLabels
    from .provision_parameters import ProvisionParameters
    from .queuing_info_parameters import QueuingInfoParameters
    from .quota import Quota
    from .register_image_request import RegisterImageRequest
    from .register_image_request_service_type import RegisterImageRequestServiceType
    from .register_image_response import RegisterImageResponse
    from .register_image_response_service_type import RegisterImageResponseServiceType
    from .register_image_response_status import RegisterImageResponseStatus
    from .remote import Remote
    from .remote_constraint import RemoteConstraint
    from .remote_constraint_attributes import RemoteConstraintAttributes
    from .remote_constraint_request import RemoteConstraintRequest
    from .remote_constraint_request_attributes_item import RemoteConstraintRequestAttributesItem
    from .remote_constraints import RemoteConstraints
    from .remote_constraints_attributes_item import RemoteConstraintsAttributesItem
    from .remote_obs import RemoteObs
    from .remote_request import RemoteRequest
    from .renew_lease_request import RenewLeaseRequest
    from .renew_lease_response import RenewLeaseResponse
    from .repository_parameters import RepositoryParameters
    from .repository_parameters_type import RepositoryParametersType
    from .required_affinity import RequiredAffinity
    from .required_affinity_affinity_type import RequiredAffinityAffinityType
    from .resource import Resource
    from .resource_flavor import ResourceFlavor
    from .resource_flavor_annotations import ResourceFlavorAnnotations
    from .resource_flavor_api_version import ResourceFlavorApiVersion
    from .resource_flavor_id import ResourceFlavorId
    from .resource_flavor_kind import ResourceFlavorKind
    from .resource_flavor_label import ResourceFlavorLabel
    from .resource_flavor_list_metadata import ResourceFlavorListMetadata
    from .resource_flavor_metadata import ResourceFlavorMetadata
    from .resource_flavor_spec import ResourceFlavorSpec
    from .resource_flavor_spec_cpu_arch import ResourceFlavorSpecCpuArch
    from .resource_flavor_spec_flavor_boot_type import ResourceFlavorSpecFlavorBootType
    from .resource_flavor_status import ResourceFlavorStatus
    from .resource_flavor_status_phase import ResourceFlavorStatusPhase
    from .resource_flavor_xpu import ResourceFlavorXpu
    from .resource_metrics_metadata import ResourceMetricsMetadata
    from .resource_metrics_metadata_labels import ResourceMetricsMetadataLabels
    from .resource_quota import ResourceQuota
    from .resource_requirement import ResourceRequirement
    from .resource_requirement_request import ResourceRequirementRequest
    from .resource_requirement_request_key import ResourceRequirementRequestKey
    from .resource_requirement_vo import ResourceRequirementVO
    from .resource_requirements import ResourceRequirements
    from .resource_requirements_key import ResourceRequirementsKey
    from .restart_visualization_job_response import RestartVisualizationJobResponse
    from .result import Result
    from .result_dataset_type import ResultDatasetType
    from .retry_pool_scope_request import RetryPoolScopeRequest
    from .retry_pool_scope_response_200 import RetryPoolScopeResponse200
    from .review_samples_request import ReviewSamplesRequest
    from .review_samples_response_200 import ReviewSamplesResponse200
    from .reward_attrs import RewardAttrs
    from .root_volume import RootVolume
    from .root_volume_volume_type import RootVolumeVolumeType
    from .running_record import RunningRecord
    from .running_record_end_recover_before_downgrade import RunningRecordEndRecoverBeforeDowngrade
    from .running_task import RunningTask
    from .sample import Sample
    from .sample_comment import SampleComment
    from .sample_comment_score import SampleCommentScore
    from .sample_data_type_0 import SampleDataType0
    from .sample_encoding import SampleEncoding
    from .sample_label import SampleLabel
    from .sample_label_annotated_by import SampleLabelAnnotatedBy
    from .sample_label_property import SampleLabelProperty
    from .sample_label_property_modelartsfeature import SampleLabelPropertyModelartsfeature
    from .sample_label_property_modelartshard import SampleLabelPropertyModelartshard
    from .sample_label_property_modelartshard_reasons import SampleLabelPropertyModelartshardReasons
    from .sample_label_property_modelartsshape import SampleLabelPropertyModelartsshape
    from .sample_label_type import SampleLabelType
    from .sample_labels import SampleLabels
    from .sample_labels_sample_type import SampleLabelsSampleType
    from .sample_labels_sample_usage import SampleLabelsSampleUsage
    from .sample_metadata import SampleMetadata
    from .sample_metadata_modelartshard_reasons_item import SampleMetadataModelartshardReasonsItem
    from .sample_metadata_modelartshard_type_0 import SampleMetadataModelartshardType0
    from .sample_metadata_modelartssize_item import SampleMetadataModelartssizeItem
    from .sample_sample_type import SampleSampleType
    from .sample_stats import SampleStats
    from .save_image_job import SaveImageJob
    from .save_image_job_status import SaveImageJobStatus
    from .schedule import Schedule
    from .schedule_parameters import ScheduleParameters
    from .schedule_policy import SchedulePolicy
    from .schedule_time_unit import ScheduleTimeUnit
    from .schema_map import SchemaMap
    from .search_algorithm import SearchAlgorithm
    from .search_algorithm_list import SearchAlgorithmList
    from .search_algorithm_param import SearchAlgorithmParam
    from .search_algorithm_param_type import SearchAlgorithmParamType
    from .search_condition import SearchCondition
    from .search_condition_hard import SearchConditionHard
    from .search_condition_sample_time import SearchConditionSampleTime
    from .search_label import SearchLabel
    from .search_label_op import SearchLabelOp
    from .search_label_property import SearchLabelProperty
    from .search_label_type import SearchLabelType
    from .search_labels import SearchLabels
    from .search_labels_op import SearchLabelsOp
    from .search_params import SearchParams
    from .search_prop import SearchProp
    from .search_prop_op import SearchPropOp
    from .search_prop_props import SearchPropProps
    from .send_emails_request import SendEmailsRequest
    from .send_emails_response import SendEmailsResponse
    from .service_additional_properties import ServiceAdditionalProperties
    from .service_additional_properties_smn_notification import ServiceAdditionalPropertiesSmnNotification
    from .service_affinity import ServiceAffinity
    from .service_config import ServiceConfig
    from .service_config_additional_properties import ServiceConfigAdditionalProperties
    from .service_config_envs import ServiceConfigEnvs
    from .service_config_mapping_rule import ServiceConfigMappingRule
    from .service_config_mapping_type import ServiceConfigMappingType
    from .service_config_request import ServiceConfigRequest
    from .service_config_request_additional_properties import ServiceConfigRequestAdditionalProperties
    from .service_config_request_envs import ServiceConfigRequestEnvs
    from .service_config_request_mapping_rule import ServiceConfigRequestMappingRule
    from .service_config_source_type import ServiceConfigSourceType
    from .service_config_status import ServiceConfigStatus
    from .service_custom_spec import ServiceCustomSpec
    from .service_detail import ServiceDetail
    from .service_detail_additional_properties import ServiceDetailAdditionalProperties
    from .service_detail_infer_type import ServiceDetailInferType
    from .service_detail_status import ServiceDetailStatus
    from .service_edge_node import ServiceEdgeNode
    from .service_event import ServiceEvent
    from .service_event_event_type import ServiceEventEventType
    from .service_event_list import ServiceEventList
    from .service_log_config import ServiceLogConfig
    from .service_log_config_additional_properties import ServiceLogConfigAdditionalProperties
    from .service_log_config_envs import ServiceLogConfigEnvs
    from .service_log_report_channel import ServiceLogReportChannel
    from .service_monitor_info import ServiceMonitorInfo
    from .service_schedule import ServiceSchedule
    from .service_schedule_time_unit import ServiceScheduleTimeUnit
    from .service_schedule_type import ServiceScheduleType
    from .service_secret import ServiceSecret
    from .service_smn_notification import ServiceSmnNotification
    from .service_specification_list import ServiceSpecificationList
    from .sfs_turbo_connection_item import SfsTurboConnectionItem
    from .sfs_turbo_connection_item_request import SfsTurboConnectionItemRequest
    from .sfs_turbo_connection_status import SfsTurboConnectionStatus
    from .sfs_turbo_connection_status_connection_type import SfsTurboConnectionStatusConnectionType
    from .sfs_turbo_connection_status_status import SfsTurboConnectionStatusStatus
    from .show_algorithm_by_uuid_advanced_config import ShowAlgorithmByUuidAdvancedConfig
    from .show_algorithm_by_uuid_auto_search import ShowAlgorithmByUuidAutoSearch
    from .show_algorithm_by_uuid_inputs import ShowAlgorithmByUuidInputs
    from .show_algorithm_by_uuid_job_config import ShowAlgorithmByUuidJobConfig
    from .show_algorithm_by_uuid_job_config_code_tree_type_1 import ShowAlgorithmByUuidJobConfigCodeTreeType1
    from .show_algorithm_by_uuid_outputs import ShowAlgorithmByUuidOutputs
    from .show_algorithm_by_uuid_response import ShowAlgorithmByUuidResponse
    from .show_algorithm_by_uuid_search_params import ShowAlgorithmByUuidSearchParams
    from .show_attachable_obs_response import ShowAttachableObsResponse
    from .show_attachable_obs_response_status import ShowAttachableObsResponseStatus
    from .show_auto_search_param_analysis_result_path_response import ShowAutoSearchParamAnalysisResultPathResponse
    from .show_auto_search_params_analysis_response import ShowAutoSearchParamsAnalysisResponse
    from .show_auto_search_per_trial_response import ShowAutoSearchPerTrialResponse
    from .show_auto_search_per_trial_response_data_item_item_type_1 import (
        ShowAutoSearchPerTrialResponseDataItemItemType1,
    )
    from .show_auto_search_trial_early_stop_response import ShowAutoSearchTrialEarlyStopResponse
    from .show_auto_search_trials_items import ShowAutoSearchTrialsItems
    from .show_auto_search_trials_items_data_item_item_type_1 import ShowAutoSearchTrialsItemsDataItemItemType1
    from .show_auto_search_trials_response import ShowAutoSearchTrialsResponse
    from .show_auto_search_yaml_template_content_response import ShowAutoSearchYamlTemplateContentResponse
    from .show_auto_search_yaml_templates_info_response import ShowAutoSearchYamlTemplatesInfoResponse
    from .show_dev_env_instance_auto_stop_parameters import ShowDevEnvInstanceAutoStopParameters
    from .show_dev_env_instance_connection_info_parameters import ShowDevEnvInstanceConnectionInfoParameters
    from .show_dev_env_instance_flavor_details_parameters import ShowDevEnvInstanceFlavorDetailsParameters
    from .show_dev_env_instance_flavor_details_parameters_params import ShowDevEnvInstanceFlavorDetailsParametersParams
    from .show_dev_env_instance_flavor_details_parameters_promo_type import (
        ShowDevEnvInstanceFlavorDetailsParametersPromoType,
    )
    from .show_dev_env_instance_flavor_details_parameters_status import ShowDevEnvInstanceFlavorDetailsParametersStatus
    from .show_dev_env_instance_flavor_details_parameters_storage_list_item import (
        ShowDevEnvInstanceFlavorDetailsParametersStorageListItem,
    )
    from .show_dev_env_instance_flavor_details_parameters_type import ShowDevEnvInstanceFlavorDetailsParametersType
    from .show_dev_env_instance_location_parameters import ShowDevEnvInstanceLocationParameters
    from .show_dev_env_instance_notebook_parameters import ShowDevEnvInstanceNotebookParameters
    from .show_dev_env_instance_notebook_parameters_annotations import ShowDevEnvInstanceNotebookParametersAnnotations
    from .show_dev_env_instance_notebook_parameters_extend_params_type_0 import (
        ShowDevEnvInstanceNotebookParametersExtendParamsType0,
    )
    from .show_dev_env_instance_queuing_info_parameters import ShowDevEnvInstanceQueuingInfoParameters
    from .show_dev_env_instance_queuing_info_parameters_status import ShowDevEnvInstanceQueuingInfoParametersStatus
    from .show_dev_env_instance_repository_parameters_type_0 import ShowDevEnvInstanceRepositoryParametersType0
    from .show_dev_env_instance_response import ShowDevEnvInstanceResponse
    from .show_dev_env_instance_storage_parameters import ShowDevEnvInstanceStorageParameters
    from .show_image_response import ShowImageResponse
    from .show_image_response_service_type import ShowImageResponseServiceType
    from .show_image_response_status import ShowImageResponseStatus
    from .show_lease_response import ShowLeaseResponse
    from .show_model_engine_and_runtime_response import ShowModelEngineAndRuntimeResponse
    from .show_model_response import ShowModelResponse
    from .show_model_response_labels_map import ShowModelResponseLabelsMap
    from .show_network_network_metadata import ShowNetworkNetworkMetadata
    from .show_network_network_metadata_labels import ShowNetworkNetworkMetadataLabels
    from .show_network_response import ShowNetworkResponse
    from .show_network_response_api_version import ShowNetworkResponseApiVersion
    from .show_network_response_kind import ShowNetworkResponseKind
    from .show_node_tags_response_204 import ShowNodeTagsResponse204
    from .show_node_tags_tag import ShowNodeTagsTag
    from .show_notebook_pool import ShowNotebookPool
    from .show_notebook_response import ShowNotebookResponse
    from .show_notebook_response_feature import ShowNotebookResponseFeature
    from .show_notebook_response_status import ShowNotebookResponseStatus
    from .show_obs_url_of_training_job_logs_content_type import ShowObsUrlOfTrainingJobLogsContentType
    from .show_plugin_plugin_spec import ShowPluginPluginSpec
    from .show_plugin_response import ShowPluginResponse
    from .show_plugin_response_api_version import ShowPluginResponseApiVersion
    from .show_plugin_template_item import ShowPluginTemplateItem
    from .show_plugin_template_item_inputs import ShowPluginTemplateItemInputs
    from .show_plugin_template_item_inputs_additional_property import ShowPluginTemplateItemInputsAdditionalProperty
    from .show_plugin_template_plugintemplate_name import ShowPluginTemplatePlugintemplateName
    from .show_pool_monitor_period import ShowPoolMonitorPeriod
    from .show_pool_monitor_statistics import ShowPoolMonitorStatistics
    from .show_service_events_event_type import ShowServiceEventsEventType
    from .show_service_events_order import ShowServiceEventsOrder
    from .show_service_specifications_infer_type import ShowServiceSpecificationsInferType
    from .show_service_update_logs_custom_spec import ShowServiceUpdateLogsCustomSpec
    from .show_service_update_logs_log_volume import ShowServiceUpdateLogsLogVolume
    from .show_service_update_logs_model_additional_properties import ShowServiceUpdateLogsModelAdditionalProperties
    from .show_service_update_logs_persistent_volumes import ShowServiceUpdateLogsPersistentVolumes
    from .show_service_update_logs_response import ShowServiceUpdateLogsResponse
    from .show_switchable_flavors_response import ShowSwitchableFlavorsResponse
    from .show_task_frequency import ShowTaskFrequency
    from .show_task_periods import ShowTaskPeriods
    from .show_task_response import ShowTaskResponse
    from .show_task_response_config import ShowTaskResponseConfig
    from .show_task_response_schedule_status import ShowTaskResponseScheduleStatus
    from .show_task_response_state import ShowTaskResponseState
    from .show_task_task_input import ShowTaskTaskInput
    from .show_task_task_input_vcn import ShowTaskTaskInputVcn
    from .show_task_task_output_dis import ShowTaskTaskOutputDis
    from .show_task_task_output_obs import ShowTaskTaskOutputObs
    from .show_task_task_output_webhook import ShowTaskTaskOutputWebhook
    from .show_task_task_output_webhook_headers import ShowTaskTaskOutputWebhookHeaders
    from .show_task_task_schedule import ShowTaskTaskSchedule
    from .show_task_task_schedule_execution_mode import ShowTaskTaskScheduleExecutionMode
    from .show_task_task_schedule_type import ShowTaskTaskScheduleType
    from .show_training_job_config_config_type import ShowTrainingJobConfigConfigType
    from .show_training_job_config_response import ShowTrainingJobConfigResponse
    from .show_training_job_details_algorithm_input import ShowTrainingJobDetailsAlgorithmInput
    from .show_training_job_details_algorithm_output import ShowTrainingJobDetailsAlgorithmOutput
    from .show_training_job_details_algorithm_remote import ShowTrainingJobDetailsAlgorithmRemote
    from .show_training_job_details_auto_search import ShowTrainingJobDetailsAutoSearch
    from .show_training_job_details_data_source import ShowTrainingJobDetailsDataSource
    from .show_training_job_details_dataset import ShowTrainingJobDetailsDataset
    from .show_training_job_details_input import ShowTrainingJobDetailsInput
    from .show_training_job_details_input_data_info import ShowTrainingJobDetailsInputDataInfo
    from .show_training_job_details_job_algorithm_response import ShowTrainingJobDetailsJobAlgorithmResponse
    from .show_training_job_details_job_algorithm_response_environments_item import (
        ShowTrainingJobDetailsJobAlgorithmResponseEnvironmentsItem,
    )
    from .show_training_job_details_job_metadata import ShowTrainingJobDetailsJobMetadata
    from .show_training_job_details_job_metadata_annotations import ShowTrainingJobDetailsJobMetadataAnnotations
    from .show_training_job_details_job_summary import ShowTrainingJobDetailsJobSummary
    from .show_training_job_details_log_dir import ShowTrainingJobDetailsLogDir
    from .show_training_job_details_obs import ShowTrainingJobDetailsObs
    from .show_training_job_details_output import ShowTrainingJobDetailsOutput
    from .show_training_job_details_pfs_summary import ShowTrainingJobDetailsPFSSummary
    from .show_training_job_details_policies import ShowTrainingJobDetailsPolicies
    from .show_training_job_details_remote import ShowTrainingJobDetailsRemote
    from .show_training_job_details_remote_obs import ShowTrainingJobDetailsRemoteObs
    from .show_training_job_details_response import ShowTrainingJobDetailsResponse
    from .show_training_job_details_response_kind import ShowTrainingJobDetailsResponseKind
    from .show_training_job_details_summary import ShowTrainingJobDetailsSummary
    from .show_training_job_details_summary_log_type import ShowTrainingJobDetailsSummaryLogType
    from .show_training_job_details_task_response import ShowTrainingJobDetailsTaskResponse
    from .show_training_job_details_task_response_algorithm import ShowTrainingJobDetailsTaskResponseAlgorithm
    from .show_training_job_engines_response import ShowTrainingJobEnginesResponse
    from .show_training_job_flavors_flavor_type import ShowTrainingJobFlavorsFlavorType
    from .show_training_job_flavors_response import ShowTrainingJobFlavorsResponse
    from .show_training_job_logs_preview_response import ShowTrainingJobLogsPreviewResponse
    from .show_training_job_logs_v1_response import ShowTrainingJobLogsV1Response
    from .show_training_job_metrics_response import ShowTrainingJobMetricsResponse
    from .show_training_job_version_v1_data_source_parameters import ShowTrainingJobVersionV1DataSourceParameters
    from .show_training_job_version_v1_host_path_parameters import ShowTrainingJobVersionV1HostPathParameters
    from .show_training_job_version_v1_model_metric_list_parameters import (
        ShowTrainingJobVersionV1ModelMetricListParameters,
    )
    from .show_training_job_version_v1_nfs_parameters import ShowTrainingJobVersionV1NfsParameters
    from .show_training_job_version_v1_response import ShowTrainingJobVersionV1Response
    from .show_training_job_version_v1_total_metric_parameters import ShowTrainingJobVersionV1TotalMetricParameters
    from .show_training_job_version_v1_total_metric_parameters_total_metric_meta import (
        ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta,
    )
    from .show_training_job_version_v1_total_metric_parameters_total_reserved_data import (
        ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData,
    )
    from .show_training_job_version_v1_volumes_parameters import ShowTrainingJobVersionV1VolumesParameters
    from .show_virtual_resource_template_response import ShowVirtualResourceTemplateResponse
    from .show_virtual_resource_template_response_api_version import ShowVirtualResourceTemplateResponseApiVersion
    from .show_virtual_resource_template_response_kind import ShowVirtualResourceTemplateResponseKind
    from .show_visualization_job_response import ShowVisualizationJobResponse
    from .show_workload_statistics_response import ShowWorkloadStatisticsResponse
    from .smart_task_config import SmartTaskConfig
    from .smart_task_config_algorithm_type import SmartTaskConfigAlgorithmType
    from .smart_task_config_confidence_scope import SmartTaskConfigConfidenceScope
    from .smart_task_config_export_format import SmartTaskConfigExportFormat
    from .smart_task_config_request import SmartTaskConfigRequest
    from .smart_task_config_request_algorithm_type import SmartTaskConfigRequestAlgorithmType
    from .smart_task_config_request_export_format import SmartTaskConfigRequestExportFormat
    from .smart_task_config_request_result_type import SmartTaskConfigRequestResultType
    from .smart_task_config_request_version_format import SmartTaskConfigRequestVersionFormat
    from .smart_task_config_result_type import SmartTaskConfigResultType
    from .smart_task_config_version_format import SmartTaskConfigVersionFormat
    from .smn_notification import SmnNotification
    from .smn_notification_events_item import SmnNotificationEventsItem
    from .source_info import SourceInfo
    from .source_info_cluster_mode import SourceInfoClusterMode
    from .spec import Spec
    from .spec_parameters import SpecParameters
    from .spec_resource import SpecResource
    from .spec_resource_flavor_id import SpecResourceFlavorId
    from .spec_responce import SpecResponce
    from .spec_volumes import SpecVolumes
    from .specification import Specification
    from .specification_source_type import SpecificationSourceType
    from .specification_spec_status import SpecificationSpecStatus
    from .specs_parameters import SpecsParameters
    from .ssh_req import SSHReq
    from .ssh_resp import SSHResp
    from .start_notebook_pool import StartNotebookPool
    from .start_notebook_response import StartNotebookResponse
    from .start_notebook_response_feature import StartNotebookResponseFeature
    from .start_notebook_response_status import StartNotebookResponseStatus
    from .start_workforce_sampling_task_request import StartWorkforceSamplingTaskRequest
    from .start_workforce_sampling_task_response import StartWorkforceSamplingTaskResponse
    from .start_workforce_task_request import StartWorkforceTaskRequest
    from .start_workforce_task_response_200 import StartWorkforceTaskResponse200
    from .status import Status
    from .stop_auto_annotation_response_204 import StopAutoAnnotationResponse204
    from .stop_notebook_pool import StopNotebookPool
    from .stop_notebook_response import StopNotebookResponse
    from .stop_notebook_response_feature import StopNotebookResponseFeature
    from .stop_notebook_response_status import StopNotebookResponseStatus
    from .stop_processor_task_version_response_200 import StopProcessorTaskVersionResponse200
    from .stop_training_job_algorithm_input import StopTrainingJobAlgorithmInput
    from .stop_training_job_algorithm_output import StopTrainingJobAlgorithmOutput
    from .stop_training_job_algorithm_remote import StopTrainingJobAlgorithmRemote
    from .stop_training_job_auto_search import StopTrainingJobAutoSearch
    from .stop_training_job_data_source import StopTrainingJobDataSource
    from .stop_training_job_dataset import StopTrainingJobDataset
    from .stop_training_job_input import StopTrainingJobInput
    from .stop_training_job_input_data_info import StopTrainingJobInputDataInfo
    from .stop_training_job_job_algorithm_response import StopTrainingJobJobAlgorithmResponse
    from .stop_training_job_job_algorithm_response_environments_item import (
        StopTrainingJobJobAlgorithmResponseEnvironmentsItem,
    )
    from .stop_training_job_job_metadata import StopTrainingJobJobMetadata
    from .stop_training_job_job_metadata_annotations import StopTrainingJobJobMetadataAnnotations
    from .stop_training_job_job_summary import StopTrainingJobJobSummary
    from .stop_training_job_log_dir import StopTrainingJobLogDir
    from .stop_training_job_obs import StopTrainingJobObs
    from .stop_training_job_output import StopTrainingJobOutput
    from .stop_training_job_pfs_summary import StopTrainingJobPFSSummary
    from .stop_training_job_policies import StopTrainingJobPolicies
    from .stop_training_job_remote import StopTrainingJobRemote
    from .stop_training_job_remote_obs import StopTrainingJobRemoteObs
    from .stop_training_job_request import StopTrainingJobRequest
    from .stop_training_job_response_202 import StopTrainingJobResponse202
    from .stop_training_job_response_202_kind import StopTrainingJobResponse202Kind
    from .stop_training_job_summary import StopTrainingJobSummary
    from .stop_training_job_summary_log_type import StopTrainingJobSummaryLogType
    from .stop_training_job_task_response import StopTrainingJobTaskResponse
    from .stop_training_job_task_response_algorithm import StopTrainingJobTaskResponseAlgorithm
    from .stop_training_job_v1_response import StopTrainingJobV1Response
    from .stop_visualization_job_response import StopVisualizationJobResponse
    from .storage_parameters import StorageParameters
    from .summary import Summary
    from .summary_log_type import SummaryLogType
    from .sync_data_source_state_response import SyncDataSourceStateResponse
    from .sync_data_source_state_response_status import SyncDataSourceStateResponseStatus
    from .system_metric_list_parameters import SystemMetricListParameters
    from .tag import Tag
    from .taint import Taint
    from .taint_effect import TaintEffect
    from .task import Task
    from .task_details import TaskDetails
    from .task_details_config import TaskDetailsConfig
    from .task_details_schedule_status import TaskDetailsScheduleStatus
    from .task_details_state import TaskDetailsState
    from .task_input import TaskInput
    from .task_input_data import TaskInputData
    from .task_input_data_headers import TaskInputDataHeaders
    from .task_input_data_tag_item import TaskInputDataTagItem
    from .task_input_vcn import TaskInputVcn
    from .task_output import TaskOutput
    from .task_output_dis import TaskOutputDis
    from .task_output_for_display import TaskOutputForDisplay
    from .task_output_obs import TaskOutputObs
    from .task_output_webhook import TaskOutputWebhook
    from .task_output_webhook_headers import TaskOutputWebhookHeaders
    from .task_resource import TaskResource
    from .task_response import TaskResponse
    from .task_response_algorithm import TaskResponseAlgorithm
    from .task_schedule import TaskSchedule
    from .task_schedule_execution_mode import TaskScheduleExecutionMode
    from .task_schedule_type import TaskScheduleType
    from .task_source_usage_estimate import TaskSourceUsageEstimate
    from .task_statuses import TaskStatuses
    from .task_urls import TaskUrls
    from .template import Template
    from .template_inputs import TemplateInputs
    from .template_inputs_additional_property import TemplateInputsAdditionalProperty
    from .template_param import TemplateParam
    from .template_param_id import TemplateParamId
    from .tensorboard import Tensorboard
    from .total_metric_parameters import TotalMetricParameters
    from .total_metric_values_parameters import TotalMetricValuesParameters
    from .training_job_log_url import TrainingJobLogUrl
    from .training_job_v1_config_request import TrainingJobV1ConfigRequest
    from .training_job_v1_host_path_request import TrainingJobV1HostPathRequest
    from .training_job_v1_nfs_request import TrainingJobV1NfsRequest
    from .training_job_v1_spec_request import TrainingJobV1SpecRequest
    from .training_job_v1_volumes_request import TrainingJobV1VolumesRequest
    from .training_parameter import TrainingParameter
    from .update_dataset_request import UpdateDatasetRequest
    from .update_dataset_response import UpdateDatasetResponse
    from .update_dev_env_instance_description_connection_info_parameters import (
        UpdateDevEnvInstanceDescriptionConnectionInfoParameters,
    )
    from .update_dev_env_instance_description_flavor_details_parameters import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParameters,
    )
    from .update_dev_env_instance_description_flavor_details_parameters_params import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParametersParams,
    )
    from .update_dev_env_instance_description_flavor_details_parameters_promo_type import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParametersPromoType,
    )
    from .update_dev_env_instance_description_flavor_details_parameters_status import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParametersStatus,
    )
    from .update_dev_env_instance_description_flavor_details_parameters_storage_list_item import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParametersStorageListItem,
    )
    from .update_dev_env_instance_description_flavor_details_parameters_type import (
        UpdateDevEnvInstanceDescriptionFlavorDetailsParametersType,
    )
    from .update_dev_env_instance_description_owner_parameters import UpdateDevEnvInstanceDescriptionOwnerParameters
    from .update_dev_env_instance_description_pool_parameters import UpdateDevEnvInstanceDescriptionPoolParameters
    from .update_dev_env_instance_description_queuing_info_parameters import (
        UpdateDevEnvInstanceDescriptionQueuingInfoParameters,
    )
    from .update_dev_env_instance_description_queuing_info_parameters_status import (
        UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus,
    )
    from .update_dev_env_instance_description_repository_parameters import (
        UpdateDevEnvInstanceDescriptionRepositoryParameters,
    )
    from .update_dev_env_instance_description_request import UpdateDevEnvInstanceDescriptionRequest
    from .update_dev_env_instance_description_response import UpdateDevEnvInstanceDescriptionResponse
    from .update_label_label_type import UpdateLabelLabelType
    from .update_label_request import UpdateLabelRequest
    from .update_label_request_modelartsdefault_shape import UpdateLabelRequestModelartsdefaultShape
    from .update_label_response_204 import UpdateLabelResponse204
    from .update_labels_request import UpdateLabelsRequest
    from .update_labels_response import UpdateLabelsResponse
    from .update_node_tags_request import UpdateNodeTagsRequest
    from .update_node_tags_request_action import UpdateNodeTagsRequestAction
    from .update_node_tags_response import UpdateNodeTagsResponse
    from .update_node_tags_tag import UpdateNodeTagsTag
    from .update_notebook_pool import UpdateNotebookPool
    from .update_notebook_request import UpdateNotebookRequest
    from .update_notebook_response import UpdateNotebookResponse
    from .update_notebook_response_feature import UpdateNotebookResponseFeature
    from .update_notebook_response_status import UpdateNotebookResponseStatus
    from .update_pool_tags_request import UpdatePoolTagsRequest
    from .update_pool_tags_request_action import UpdatePoolTagsRequestAction
    from .update_pool_tags_response import UpdatePoolTagsResponse
    from .update_pool_tags_tag import UpdatePoolTagsTag
    from .update_processor_task_request import UpdateProcessorTaskRequest
    from .update_processor_task_response_200 import UpdateProcessorTaskResponse200
    from .update_result import UpdateResult
    from .update_result_operation import UpdateResultOperation
    from .update_samples_request import UpdateSamplesRequest
    from .update_samples_response import UpdateSamplesResponse
    from .update_service_request import UpdateServiceRequest
    from .update_service_request_additional_properties import UpdateServiceRequestAdditionalProperties
    from .update_service_request_load_balancer_policy import UpdateServiceRequestLoadBalancerPolicy
    from .update_service_response_200 import UpdateServiceResponse200
    from .update_training_job_config_request import UpdateTrainingJobConfigRequest
    from .update_training_job_config_response import UpdateTrainingJobConfigResponse
    from .update_training_job_description_v1_request import UpdateTrainingJobDescriptionV1Request
    from .update_training_job_description_v1_response import UpdateTrainingJobDescriptionV1Response
    from .update_visualization_job_description_request import UpdateVisualizationJobDescriptionRequest
    from .update_visualization_job_description_response import UpdateVisualizationJobDescriptionResponse
    from .update_worker_request import UpdateWorkerRequest
    from .update_worker_request_role import UpdateWorkerRequestRole
    from .update_worker_response_200 import UpdateWorkerResponse200
    from .update_workforce_request import UpdateWorkforceRequest
    from .update_workforce_response_200 import UpdateWorkforceResponse200
    from .update_workforce_sampling_task_describe_sample_resp import UpdateWorkforceSamplingTaskDescribeSampleResp
    from .update_workforce_sampling_task_describe_sample_resp_hard_details import (
        UpdateWorkforceSamplingTaskDescribeSampleRespHardDetails,
    )
    from .update_workforce_sampling_task_describe_sample_resp_sample_type import (
        UpdateWorkforceSamplingTaskDescribeSampleRespSampleType,
    )
    from .update_workforce_sampling_task_request import UpdateWorkforceSamplingTaskRequest
    from .update_workforce_sampling_task_request_action import UpdateWorkforceSamplingTaskRequestAction
    from .update_workforce_sampling_task_response import UpdateWorkforceSamplingTaskResponse
    from .update_workforce_task_request import UpdateWorkforceTaskRequest
    from .update_workforce_task_response_200 import UpdateWorkforceTaskResponse200
    from .update_workforce_task_samples_request import UpdateWorkforceTaskSamplesRequest
    from .update_workforce_task_samples_response import UpdateWorkforceTaskSamplesResponse
    from .upload_sample_resp import UploadSampleResp
    from .upload_samples_json_request import UploadSamplesJsonRequest
    from .upload_samples_json_response import UploadSamplesJsonResponse
    from .user import User
    from .user_parameters import UserParameters
    from .user_spec_parameters import UserSpecParameters
    from .user_tag import UserTag
    from .value import Value
    from .versions_parameters import VersionsParameters
    from .virtual_resource_template_metadata import VirtualResourceTemplateMetadata
    from .virtual_resource_template_spec import VirtualResourceTemplateSpec
    from .virtual_resource_template_spec_resources_type_1 import VirtualResourceTemplateSpecResourcesType1
    from .vitrual_resource import VitrualResource
    from .vitrual_resource_resources import VitrualResourceResources
    from .volume_extend_params import VolumeExtendParams
    from .volume_extend_params_volume_group import VolumeExtendParamsVolumeGroup
    from .volume_group_config import VolumeGroupConfig
    from .volume_group_config_types_item import VolumeGroupConfigTypesItem
    from .volume_req import VolumeReq
    from .volume_res import VolumeRes
    from .volumes_parameters import VolumesParameters
    from .work_path import WorkPath
    from .work_path_path import WorkPathPath
    from .work_path_type import WorkPathType
    from .worker import Worker
    from .worker_role import WorkerRole
    from .worker_status import WorkerStatus
    from .worker_task import WorkerTask
    from .worker_task_email_status import WorkerTaskEmailStatus
    from .worker_task_task_status import WorkerTaskTaskStatus
    from .workforce import Workforce
    from .workforce_config import WorkforceConfig
    from .workforce_descriptor import WorkforceDescriptor
    from .workforce_information import WorkforceInformation
    from .workforce_information_data_sync_type import WorkforceInformationDataSyncType
    from .workforce_sampling_task_desc import WorkforceSamplingTaskDesc
    from .workforce_sampling_task_desc_action import WorkforceSamplingTaskDescAction
    from .workforce_stats import WorkforceStats
    from .workforce_task import WorkforceTask
    from .workforce_task_status import WorkforceTaskStatus
    from .workforces_config import WorkforcesConfig
    from .workload import Workload
    from .workload_api_version import WorkloadApiVersion
    from .workload_kind import WorkloadKind
    from .workload_list_statistics import WorkloadListStatistics
    from .workload_node_vo import WorkloadNodeVO
    from .workload_resource_requirement_type_1 import WorkloadResourceRequirementType1
    from .workload_statistics import WorkloadStatistics
    from .workload_statistics_type import WorkloadStatisticsType
    from .workload_status_statistics import WorkloadStatusStatistics
    from .workload_type import WorkloadType
    from .workspace_parameters import WorkspaceParameters
    from .yaml_template import YamlTemplate

__all__ = (
    "Accelerator",
    "AcceleratorType",
    "AcceptSamplesRequest",
    "AcceptSamplesResponse200",
    "AdvancedConfig",
    "AffinityNodeInfo",
    "AffinityPoolInfo",
    "AIProjectParameters",
    "AlgoConfigs",
    "Algorithm",
    "AlgorithmAdvancedConfig",
    "AlgorithmCreateEngine",
    "AlgorithmCreateInput",
    "AlgorithmCreateOutput",
    "AlgorithmEngine",
    "AlgorithmInput",
    "AlgorithmJobConfig",
    "AlgorithmMetadata",
    "AlgorithmOutput",
    "AlgorithmRemote",
    "AlgorithmResponse",
    "Allocated",
    "AnnotationFile",
    "AnnotationFileTags",
    "AttachObsRequest",
    "AttachObsResponse",
    "AttachObsResponseStatus",
    "AuthorizationResponse",
    "AuthorizationResponseType",
    "AutoAnnotationProgressEvent",
    "AutoAnnotationProgressEventEventsItem",
    "AutoAnnotationProgressEventStatus",
    "AutoAnnotationProgressExportParams",
    "AutoAnnotationProgressExportParamsExportDest",
    "AutoAnnotationProgressResponse",
    "AutoAnnotationProgressResponseExportType",
    "AutoAnnotationProgressResponseStatus",
    "AutoAnnotationProgressResult",
    "AutoAnnotationProgressResultDatasetType",
    "AutoAnnotationProgressSearchCondition",
    "AutoAnnotationProgressSearchConditionHard",
    "AutoAnnotationProgressSearchConditionSampleTime",
    "AutoAnnotationProgressSmartTaskConfig",
    "AutoAnnotationProgressSmartTaskConfigAlgorithmType",
    "AutoAnnotationProgressSmartTaskConfigExportFormat",
    "AutoAnnotationProgressSmartTaskConfigResultType",
    "AutoAnnotationProgressSmartTaskConfigVersionFormat",
    "AutoSearchAlgoConfigParameter",
    "AutoSearchType0",
    "AutoStop",
    "AutoStopParameters",
    "AutoStopTimeUnit",
    "BatchDeletePoolNodesRequest",
    "BatchDeleteWorkersRequest",
    "BatchDeleteWorkersResponse",
    "BatchLockPoolNodesRequest",
    "BatchLockPoolNodesRequestActionsItem",
    "BatchLockPoolNodesResponse",
    "BatchLockPoolNodesResponseNodesItemType1",
    "BatchResponse",
    "BatchUnlockPoolNodesRequest",
    "BatchUnlockPoolNodesRequestActionsItem",
    "BatchUnlockPoolNodesResponse",
    "BatchUnlockPoolNodesResponseNodesItemType1",
    "BatchUpdatePoolNodesRequest",
    "BatchUpdatePoolNodesRequestAction",
    "BatchUpdatePoolNodesResponse",
    "BillingInfo",
    "CancelObsResponse",
    "CancelObsResponseStatus",
    "Capacity",
    "ChangeAlgorithmAdvancedConfig",
    "ChangeAlgorithmAutoSearch",
    "ChangeAlgorithmInputs",
    "ChangeAlgorithmJobConfig",
    "ChangeAlgorithmJobConfigCodeTreeType1",
    "ChangeAlgorithmOutputs",
    "ChangeAlgorithmRequest",
    "ChangeAlgorithmResponse201",
    "ChangeAlgorithmSearchParams",
    "ChangeTrainingJobDescriptionRequest",
    "CheckTaskStats",
    "CodeTree",
    "CodeTreeChildren",
    "Config",
    "ConfigParameters",
    "ConfigsParameters",
    "ConnectionInfoParameters",
    "ConnectionInfoParametersProtocol",
    "Constraint",
    "ContainerHooks",
    "Cpu",
    "CpuInfo",
    "CreateAlgorithmAutoSearch",
    "CreateAlgorithmInputs",
    "CreateAlgorithmJobConfig",
    "CreateAlgorithmJobConfigCodeTreeType1",
    "CreateAlgorithmOutputs",
    "CreateAlgorithmRequest",
    "CreateAlgorithmResponse201",
    "CreateAlgorithmSearchParams",
    "CreateAuthorizationRequest",
    "CreateAuthorizationRequestType",
    "CreateAuthorizationResponse200",
    "CreateDatasetRequest",
    "CreateDatasetRequestDataFormat",
    "CreateDatasetRequestDatasetType",
    "CreateDatasetResponse201",
    "CreateDatasetVersionRequest",
    "CreateDatasetVersionRequestVersionFormat",
    "CreateDatasetVersionResponse201",
    "CreateDevEnvInstanceAutoStopParameters",
    "CreateDevEnvInstanceLocationParameters",
    "CreateDevEnvInstanceNotebookParameters",
    "CreateDevEnvInstanceNotebookParametersAnnotations",
    "CreateDevEnvInstanceNotebookParametersExtendParams",
    "CreateDevEnvInstanceRequest",
    "CreateDevEnvInstanceResponse",
    "CreateDevEnvInstanceStorageParameters",
    "CreateDevEnvInstanceWorkspaceParameters",
    "CreateImageRequest",
    "CreateImageResponse",
    "CreateImageResponseServiceType",
    "CreateImageResponseStatus",
    "CreateLabelsRequest",
    "CreateLabelsResponse",
    "CreateModelArtsAgencyRequest",
    "CreateModelArtsAgencyResponse200",
    "CreateNetworkNetworkMetadataLabels",
    "CreateNetworkRequest",
    "CreateNetworkRequestApiVersion",
    "CreateNetworkRequestKind",
    "CreateNetworkResponse",
    "CreateNetworkResponseApiVersion",
    "CreateNetworkResponseKind",
    "CreateNotebookPool",
    "CreateNotebookRequest",
    "CreateNotebookRequestFeature",
    "CreateNotebookResponse",
    "CreateNotebookResponseFeature",
    "CreateNotebookResponseStatus",
    "CreatePluginPluginSpec",
    "CreatePluginRequest",
    "CreatePluginResponse",
    "CreatePluginResponseApiVersion",
    "CreatePluginTemplate",
    "CreatePluginTemplateInputs",
    "CreatePluginTemplateInputsAdditionalProperty",
    "CreatePoolDataVolumeItem",
    "CreatePoolDataVolumeItemVolumeType",
    "CreatePoolLvmConfig",
    "CreatePoolLvmConfigLvType",
    "CreatePoolPoolResource",
    "CreatePoolRequest",
    "CreatePoolRequestApiVersion",
    "CreatePoolRequestKind",
    "CreatePoolResponse",
    "CreatePoolResponseApiVersion",
    "CreatePoolResponseKind",
    "CreatePoolRootVolume",
    "CreatePoolRootVolumeVolumeType",
    "CreatePoolUserTag",
    "CreatePoolVolumeExtendParams",
    "CreatePoolVolumeExtendParamsVolumeGroup",
    "CreatePoolVolumeGroupConfig",
    "CreatePoolVolumeGroupConfigTypesItem",
    "CreateProcessorTaskRequest",
    "CreateProcessorTaskResponse",
    "CreateProcessorTaskVersionRequest",
    "CreateProcessorTaskVersionResponse",
    "CreateResponseBody",
    "CreateServiceRequest",
    "CreateServiceRequestAdditionalProperties",
    "CreateServiceRequestInferType",
    "CreateServiceRequestLoadBalancerPolicy",
    "CreateServiceResponse",
    "CreateTaskRequest",
    "CreateTaskRequestTaskType",
    "CreateTaskResponse",
    "CreateTasksRequest",
    "CreateTasksRequestConfig",
    "CreateTasksResponse201",
    "CreateTrainingJobAutoSearch",
    "CreateTrainingJobConfigRequest",
    "CreateTrainingJobConfigResponse",
    "CreateTrainingJobDataset",
    "CreateTrainingJobDataSource",
    "CreateTrainingJobInput",
    "CreateTrainingJobInputDataInfo",
    "CreateTrainingJobJobMetadata",
    "CreateTrainingJobJobMetadataAnnotations",
    "CreateTrainingJobJobSummary",
    "CreateTrainingJobLogDir",
    "CreateTrainingJobObs",
    "CreateTrainingJobOutput",
    "CreateTrainingJobPFSSummary",
    "CreateTrainingJobRemote",
    "CreateTrainingJobRemote2",
    "CreateTrainingJobRemote3",
    "CreateTrainingJobRemoteObs",
    "CreateTrainingJobRequest",
    "CreateTrainingJobResponse201",
    "CreateTrainingJobResponse201Kind",
    "CreateTrainingJobSummary",
    "CreateTrainingJobSummaryLogType",
    "CreateTrainingJobV1Request",
    "CreateTrainingJobV1Response",
    "CreateTrainingJobVersionV1Request",
    "CreateTrainingJobVersionV1Response",
    "CreateVisualizationJobRequest",
    "CreateVisualizationJobResponse",
    "CreateWorkerRequest",
    "CreateWorkerRequestRoleType0",
    "CreateWorkerResponse201",
    "CreateWorkforceRequest",
    "CreateWorkforceResponse201",
    "CreateWorkforceTaskRequest",
    "CreateWorkforceTaskRequestDataSyncType",
    "CreateWorkforceTaskResponse",
    "CreatingStep",
    "CredentialParameters",
    "CustomHooks",
    "CustomSpec",
    "Dataset",
    "DatasetAndFilePreview",
    "DatasetAndFilePreviewDatasetFormat",
    "DatasetAndFilePreviewDatasetType",
    "DatasetAndFilePreviewDataStatistics",
    "DatasetAndFilePreviewDataStatisticsAdditionalProperty",
    "DatasetAndFilePreviewDeletionStats",
    "DatasetAndFilePreviewStatus",
    "DatasetVersion",
    "DatasetVersionAnalysisStatus",
    "DatasetVersionDataAnalysis",
    "DatasetVersionDataAnalysisAdditionalProperty",
    "DatasetVersionDataStatistics",
    "DatasetVersionDataStatisticsAdditionalProperty",
    "DatasetVersionDeletionStats",
    "DatasetVersionLabelType",
    "DatasetVersionProcessorTaskStatus",
    "DatasetVersionStatus",
    "DatasetVersionVersionFormat",
    "DataSource",
    "DataSourceDataType",
    "DataSourceParameters",
    "DataSourceParametersType",
    "DataSourceRequest",
    "DataVolumeItem",
    "DataVolumeItemVolumeType",
    "DataVolumesRes",
    "DataVolumesResStatus",
    "DeleteAuthorizationsResponse200",
    "DeleteDatasetResponse204",
    "DeleteDatasetVersionResponse204",
    "DeleteDevEnvInstanceResponse",
    "DeleteImageResponse",
    "DeleteImageResponseServiceType",
    "DeleteImageResponseStatus",
    "DeleteLabelAndSamplesLabelType",
    "DeleteLabelAndSamplesResponse204",
    "DeleteLabelsDeletePolicy",
    "DeleteLabelsRequest",
    "DeleteLabelsResponse",
    "DeleteModelResponse",
    "DeleteModelResponseFailedList",
    "DeleteNetworkNetworkMetadata",
    "DeleteNetworkNetworkMetadataLabels",
    "DeleteNetworkResponse",
    "DeleteNetworkResponseApiVersion",
    "DeleteNetworkResponseKind",
    "DeleteNotebookPool",
    "DeleteNotebookResponse",
    "DeleteNotebookResponseFeature",
    "DeleteNotebookResponseStatus",
    "DeletePluginPluginSpec",
    "DeletePluginResponse",
    "DeletePluginResponseApiVersion",
    "DeletePluginTemplate",
    "DeletePluginTemplateInputs",
    "DeletePluginTemplateInputsAdditionalProperty",
    "DeletePoolDataVolumeItem",
    "DeletePoolDataVolumeItemVolumeType",
    "DeletePoolLvmConfig",
    "DeletePoolLvmConfigLvType",
    "DeletePoolPoolResource",
    "DeletePoolPoolSpec",
    "DeletePoolPoolSpecScopeItem",
    "DeletePoolPoolSpecType",
    "DeletePoolResponse",
    "DeletePoolResponseApiVersion",
    "DeletePoolResponseKind",
    "DeletePoolRootVolume",
    "DeletePoolRootVolumeVolumeType",
    "DeletePoolUserTag",
    "DeletePoolVolumeExtendParams",
    "DeletePoolVolumeExtendParamsVolumeGroup",
    "DeletePoolVolumeGroupConfig",
    "DeletePoolVolumeGroupConfigTypesItem",
    "DeleteProcessorTaskResponse200",
    "DeleteProcessorTaskVersionResponse204",
    "DeleteSamplesRequest",
    "DeleteSamplesResponse",
    "DeleteServiceResponse200",
    "DeleteTrainingJobConfigResponse",
    "DeleteTrainingJobV1Response",
    "DeleteTrainingJobVersionV1Response",
    "DeleteVisualizationJobResponse",
    "DeleteWorkerResponse204",
    "DeleteWorkforceResponse204",
    "DeleteWorkforceTaskResponse204",
    "DescDatasetResponse",
    "DescDatasetResponseDatasetFormat",
    "DescDatasetResponseDatasetType",
    "DescDatasetResponseDataStatistics",
    "DescDatasetResponseDataStatisticsAdditionalProperty",
    "DescDatasetResponseDeletionStats",
    "DescDatasetResponseStatus",
    "DescDatasetRunningTaskType",
    "DescImportTaskResponse",
    "DescImportTaskResponseImportType",
    "DescImportTaskResponseStatus",
    "DescProcessorTaskVersionResponse",
    "DescProcessorTaskVersionResponseStatus",
    "DescProcessorTaskVersionResultsResp",
    "DescProcessorTaskVersionResultsRespResultDescriptionItem",
    "DescProcessorTaskVersionResultsRespResultProperty",
    "DescribeAutoAnnotationSampleResponse",
    "DescribeAutoAnnotationSampleResponseHardDetails",
    "DescribeAutoAnnotationSampleResponseSampleType",
    "DescribeDatasetVersionResponse",
    "DescribeDatasetVersionResponseAnalysisStatus",
    "DescribeDatasetVersionResponseDataAnalysis",
    "DescribeDatasetVersionResponseDataAnalysisAdditionalProperty",
    "DescribeDatasetVersionResponseDataStatistics",
    "DescribeDatasetVersionResponseDataStatisticsAdditionalProperty",
    "DescribeDatasetVersionResponseDeletionStats",
    "DescribeDatasetVersionResponseLabelType",
    "DescribeDatasetVersionResponseProcessorTaskStatus",
    "DescribeDatasetVersionResponseStatus",
    "DescribeDatasetVersionResponseVersionFormat",
    "DescribeProcessorTaskResp",
    "DescribeProcessorTaskResponse",
    "DescribeProcessorTaskResponseResultType0",
    "DescribeProcessorTaskResponseStatus",
    "DescribeProcessorTaskRespResult",
    "DescribeProcessorTaskRespStatus",
    "DescribeSampleResp",
    "DescribeSampleRespHardDetails",
    "DescribeSampleResponse",
    "DescribeSampleResponseHardDetails",
    "DescribeSampleResponseSampleType",
    "DescribeSampleRespSampleType",
    "DescribeWorkforceTaskSampleResponse",
    "DescribeWorkforceTaskSampleResponseHardDetails",
    "DescribeWorkforceTaskSampleResponseSampleType",
    "DescTaskVersionResp",
    "DescTaskVersionRespStatus",
    "DescWorkerResponse",
    "DescWorkerResponseStatus",
    "DescWorkforceResponse",
    "DescWorkforceTaskResponse",
    "DescWorkforceTaskResponseStatus",
    "Disk",
    "DiskResponse",
    "DisplayInfo",
    "DockerDeploymentParameters",
    "DockerDeploymentParametersAnnotationsType0",
    "Domain",
    "EndpointsReq",
    "EndpointsReqService",
    "EndpointsRes",
    "EndpointsResDevService",
    "EndpointsResService",
    "Engine",
    "EngineAndRuntimesResponse",
    "EngineAndRuntimesResponseAiEngine",
    "EngineAndRuntimesResponseArchItem",
    "EngineAndRuntimesResponseImageSourceItem",
    "EngineAndRuntimesResponseStatusListItem",
    "EnginesParameters",
    "Error",
    "Event",
    "EventEventsItem",
    "EventStatus",
    "ExportParams",
    "ExportTaskRequest",
    "ExportTaskRequestAnnotationFormat",
    "ExportTaskRequestExportFormat",
    "ExportTaskRequestExportType",
    "ExportTaskRequestVersionFormat",
    "ExportTaskResponse",
    "ExportTaskResponseExportFormat",
    "ExportTaskResponseExportType",
    "ExportTaskResponseStatus",
    "ExportTaskResponseVersionFormat",
    "ExportTaskStatusResp",
    "ExportTaskStatusRespExportFormat",
    "ExportTaskStatusRespExportType",
    "ExportTaskStatusRespVersionFormat",
    "FailedReasonsDetail",
    "FailedReasonsParametersType0",
    "Field",
    "FileCopyProgress",
    "Filter",
    "FilterOperator",
    "Flavor",
    "FlavorCreatingStepVO",
    "FlavorDetail",
    "FlavorDetailFlavorType",
    "FlavorDetailsParameters",
    "FlavorDetailsParametersParams",
    "FlavorDetailsParametersStatus",
    "FlavorInfo",
    "FlavorInfoResponse",
    "FlavorParameters",
    "FlavorResponse",
    "FlavorResponseAttributes",
    "FlavorResponseFlavorType",
    "Frequency",
    "GetAuthorizationsResponse",
    "GetDatasetMetricsResponse",
    "GetDatasetMetricsResponseMetrics",
    "GetDatasetMetricsResponseMetricsAdditionalProperty",
    "GetDatasetStatsResponse",
    "GetDatasetStatsResponseGroupedLabelStats",
    "GetDatasetStatsResponseHardDetailStats",
    "GetDatasetStatsResponseKeySampleStats",
    "GetDatasetStatsResponseMetadataStats",
    "GetDatasetStatsResponseMetadataStatsAdditionalProperty",
    "GetDatasetStatsResponseSampleStats",
    "GetExportTasksStatusOfDatasetExportType",
    "GetExportTasksStatusOfDatasetResponse",
    "GetExportTasksStatusOfDatasetResponseExportFormat",
    "GetExportTasksStatusOfDatasetResponseExportType",
    "GetExportTasksStatusOfDatasetResponseVersionFormat",
    "GetExportTaskStatusOfDatasetResponse",
    "GetExportTaskStatusOfDatasetResponseExportFormat",
    "GetExportTaskStatusOfDatasetResponseExportType",
    "GetExportTaskStatusOfDatasetResponseVersionFormat",
    "GetProcessorTaskItemsResponse",
    "GetWorkforceSamplingTaskResponse",
    "GetWorkforceTaskMetricsResponse",
    "GetWorkforceTaskMetricsResponseSampleStats",
    "GetWorkforceTaskMetricsResponseSampleStatsAdditionalProperty",
    "Gpu",
    "GpuInfo",
    "GuideDoc",
    "HardDetail",
    "HardSelectTask",
    "HostPathParameters",
    "I18NDescriptionType0",
    "Image",
    "ImageGroup",
    "ImageInfo",
    "ImageResponse",
    "ImageResponseServiceType",
    "ImageResponseStatus",
    "ImageResponseVisibility",
    "ImageServiceType",
    "ImageStatus",
    "ImportTaskRequest",
    "ImportTaskRequestImportOrigin",
    "ImportTaskRequestImportType",
    "ImportTaskResponse",
    "ImportTaskStatusResp",
    "ImportTaskStatusRespImportType",
    "ImportTaskStatusRespStatus",
    "InfConfig",
    "InfConfigEnvs",
    "Input",
    "InputDataInfo",
    "Inputs",
    "InstancesParameters",
    "Items",
    "JobAlgorithm",
    "JobAlgorithmEnvironments",
    "JobAlgorithmResponse",
    "JobAlgorithmResponseEnvironmentsItem",
    "JobConfig",
    "JobEndpointsReq",
    "JobEndpointsResp",
    "JobEngine",
    "JobEngineEngineId",
    "JobMetadata",
    "JobMetadataAnnotations",
    "JobPolicies",
    "JobProgress",
    "JobProgressStep",
    "JobResponse",
    "JobResponseKind",
    "JobsParameters",
    "JobSummary",
    "JobVolume",
    "JupyterLab",
    "Label",
    "LabelAttribute",
    "LabelAttributeType",
    "LabelAttributeValue",
    "LabelFormat",
    "LabelFormatLabelType",
    "LabelProperty",
    "LabelPropertyModelartsdefaultShape",
    "LabelStats",
    "LabelStatsType",
    "LabelType",
    "Lease",
    "LeaseReq",
    "ListAlgorithmsAdvancedConfig",
    "ListAlgorithmsAutoSearch",
    "ListAlgorithmsInputs",
    "ListAlgorithmsJobConfig",
    "ListAlgorithmsJobConfigCodeTreeType1",
    "ListAlgorithmsOutputs",
    "ListAlgorithmsResponse",
    "ListAlgorithmsSearchParams",
    "ListAllNotebooksPool",
    "ListAllNotebooksResponse",
    "ListAllNotebooksSortDir",
    "ListAllWorkersOrder",
    "ListAllWorkersResponse",
    "ListAllWorkersRole",
    "ListAllWorkersSortBy",
    "ListAttachableObSsResponse",
    "ListAutoAnnotationSamplesDescribeSampleResp",
    "ListAutoAnnotationSamplesDescribeSampleRespHardDetails",
    "ListAutoAnnotationSamplesDescribeSampleRespSampleType",
    "ListAutoAnnotationSamplesLabelType",
    "ListAutoAnnotationSamplesOrder",
    "ListAutoAnnotationSamplesResponse",
    "ListBuiltInAlgorithmsV1Order",
    "ListBuiltInAlgorithmsV1Response",
    "ListBuiltInAlgorithmsV1SortBy",
    "ListDatasetsDatasetType",
    "ListDatasetsDatasetVersion",
    "ListDatasetsOrder",
    "ListDatasetsResponse",
    "ListDatasetsRunningTaskType",
    "ListDatasetsSortBy",
    "ListDatasetsVersionFormat",
    "ListDatasetVersionsResponse",
    "ListDatasetVersionsStatus",
    "ListDatasetVersionsVersionFormat",
    "ListDevEnvInstancesAutoStopParameters",
    "ListDevEnvInstancesFlavorDetailsParameters",
    "ListDevEnvInstancesFlavorDetailsParametersParams",
    "ListDevEnvInstancesFlavorDetailsParametersPromoType",
    "ListDevEnvInstancesFlavorDetailsParametersStatus",
    "ListDevEnvInstancesNotebookParameters",
    "ListDevEnvInstancesNotebookParametersAnnotations",
    "ListDevEnvInstancesNotebookParametersExtendParams",
    "ListDevEnvInstancesProfileParameters",
    "ListDevEnvInstancesProfileParametersLabels",
    "ListDevEnvInstancesProvisionParameters",
    "ListDevEnvInstancesProvisionParametersAnnotations",
    "ListDevEnvInstancesQueuingInfoParameters",
    "ListDevEnvInstancesResponse",
    "ListDevEnvInstancesWorkspaceParameters",
    "ListEventsEvent",
    "ListEventsEventApiVersion",
    "ListEventsEventKind",
    "ListEventsEventType",
    "ListEventsResource",
    "ListEventsResponse",
    "ListEventsResponseApiVersion",
    "ListEventsResponseKind",
    "ListEventsType",
    "ListFlavorsCategory",
    "ListFlavorsResponse",
    "ListFlavorsSortDir",
    "ListImageGroupResponse",
    "ListImageResponse",
    "ListImageServiceType",
    "ListImageSortDir",
    "ListImportTasksResponse",
    "ListJobEngineSpecsV1JobType",
    "ListJobEngineSpecsV1Response",
    "ListJobResourceSpecsV1JobType",
    "ListJobResourceSpecsV1Response",
    "ListLabelsResponse",
    "ListModelsModelStatus",
    "ListModelsResponse",
    "ListNetworksNetworkMetadata",
    "ListNetworksNetworkMetadataLabels",
    "ListNetworksResponse",
    "ListNetworksResponseApiVersion",
    "ListNetworksResponseKind",
    "ListNodeTagsResponse",
    "ListNodeTagsTag",
    "ListNotebooksNotebookResp",
    "ListNotebooksNotebookRespFeature",
    "ListNotebooksNotebookRespStatus",
    "ListNotebooksPool",
    "ListNotebooksResponse",
    "ListNotebooksSortDir",
    "ListNotebooksStatus",
    "ListOrdersPhase",
    "ListOrdersResource",
    "ListOrdersResponse",
    "ListPluginsPluginSpec",
    "ListPluginsResponse",
    "ListPluginsResponseApiVersion",
    "ListPluginsResponseKind",
    "ListPluginsTemplate",
    "ListPluginsTemplateInputs",
    "ListPluginsTemplateInputsAdditionalProperty",
    "ListPluginTemplatesResponse",
    "ListPoolNodesResponse",
    "ListPoolNodesResponseApiVersion",
    "ListPoolNodesResponseKind",
    "ListPoolsResponse",
    "ListPoolsResponseApiVersion",
    "ListPoolsResponseKind",
    "ListPoolsStatus",
    "ListPoolTagsResponse",
    "ListPoolTagsTag",
    "ListProcessorTasksOrder",
    "ListProcessorTasksResponse",
    "ListProcessorTasksSortBy",
    "ListProcessorTasksSource",
    "ListProcessorTasksSourceType",
    "ListProcessorTasksStatus",
    "ListProcessorTasksTaskType",
    "ListProcessorTaskVersionResultsResponse",
    "ListProcessorTaskVersionResultsResultProperty",
    "ListProcessorTaskVersionsOrder",
    "ListProcessorTaskVersionsResponse",
    "ListProcessorTaskVersionsSortBy",
    "ListResourceFlavorsDataVolumeItem",
    "ListResourceFlavorsDataVolumeItemVolumeType",
    "ListResourceFlavorsResponse",
    "ListResourceFlavorsResponseApiVersion",
    "ListResourceFlavorsResponseKind",
    "ListResourceFlavorsRootVolume",
    "ListResourceFlavorsRootVolumeVolumeType",
    "ListSamplesLabelType",
    "ListSamplesOrder",
    "ListSamplesResponse",
    "ListSamplesSampleMetadata",
    "ListSamplesSampleMetadataModelartshard",
    "ListSamplesSampleMetadataModelartshardReasonsItem",
    "ListSamplesSampleMetadataModelartssizeItem",
    "ListSamplesSampleType",
    "ListSearchResponse",
    "ListSearchResponseMetadata",
    "ListServicesInferType",
    "ListServicesItem",
    "ListServicesItemAdditionalProperties",
    "ListServicesItemInferType",
    "ListServicesItemStatus",
    "ListServicesResponse",
    "ListServicesSchedule",
    "ListServicesScheduleTimeUnit",
    "ListServicesStatus",
    "ListTasksDetailsFrequency",
    "ListTasksDetailsPeriods",
    "ListTasksDetailsResponse",
    "ListTasksDetailsSortDir",
    "ListTasksDetailsSortKey",
    "ListTasksDetailsState",
    "ListTasksDetailsTaskInput",
    "ListTasksDetailsTaskInputVcn",
    "ListTasksDetailsTaskOutputDis",
    "ListTasksDetailsTaskOutputForDisplay",
    "ListTasksDetailsTaskOutputObs",
    "ListTasksDetailsTaskOutputWebhook",
    "ListTasksDetailsTaskOutputWebhookHeaders",
    "ListTasksDetailsTaskSchedule",
    "ListTasksDetailsTaskScheduleExecutionMode",
    "ListTasksDetailsTaskScheduleType",
    "ListTasksExportParams",
    "ListTasksExportParamsExportDest",
    "ListTasksResponse",
    "ListTasksSearchCondition",
    "ListTasksSearchConditionHard",
    "ListTasksSearchConditionSampleTime",
    "ListTasksType",
    "ListTrainingJobConfigsConfigType",
    "ListTrainingJobConfigsOrder",
    "ListTrainingJobConfigsResponse",
    "ListTrainingJobConfigsSortBy",
    "ListTrainingJobEventsEvent",
    "ListTrainingJobEventsResponse",
    "ListTrainingJobLogFileNamesV1Response",
    "ListTrainingJobsAlgorithmInput",
    "ListTrainingJobsAlgorithmOutput",
    "ListTrainingJobsAlgorithmRemote",
    "ListTrainingJobsAutoSearch",
    "ListTrainingJobsDataset",
    "ListTrainingJobsDataSource",
    "ListTrainingJobsInput",
    "ListTrainingJobsInputDataInfo",
    "ListTrainingJobsJobAlgorithmResponse",
    "ListTrainingJobsJobAlgorithmResponseEnvironmentsItem",
    "ListTrainingJobsJobMetadata",
    "ListTrainingJobsJobMetadataAnnotations",
    "ListTrainingJobsJobSummary",
    "ListTrainingJobsLogDir",
    "ListTrainingJobsObs",
    "ListTrainingJobsOutput",
    "ListTrainingJobsPFSSummary",
    "ListTrainingJobsPolicies",
    "ListTrainingJobsRemote",
    "ListTrainingJobsRemoteObs",
    "ListTrainingJobsRequest",
    "ListTrainingJobsResponse",
    "ListTrainingJobsSummary",
    "ListTrainingJobsSummaryLogType",
    "ListTrainingJobsTaskResponse",
    "ListTrainingJobsTaskResponseAlgorithm",
    "ListTrainingJobsV1Order",
    "ListTrainingJobsV1Response",
    "ListTrainingJobsV1SortBy",
    "ListTrainingJobVersionsV1DataSourceParameters",
    "ListTrainingJobVersionsV1Response",
    "ListTrainingJobVersionsV1VolumesParameters",
    "ListVirtualresourceFlavorsResourceFlavor",
    "ListVirtualresourceFlavorsResourceFlavorApiVersion",
    "ListVirtualresourceFlavorsResourceFlavorKind",
    "ListVirtualresourceFlavorsResourceFlavorMetadata",
    "ListVirtualresourceFlavorsResourceFlavorSpec",
    "ListVirtualresourceFlavorsResourceFlavorSpecCpuArch",
    "ListVirtualresourceFlavorsResourceFlavorXpu",
    "ListVirtualresourceFlavorsResponse",
    "ListVirtualresourceFlavorsResponseApiVersion",
    "ListVirtualresourceFlavorsResponseKind",
    "ListVisualizationJobsJobsParameters",
    "ListVisualizationJobsOrder",
    "ListVisualizationJobsResponse",
    "ListVisualizationJobsSortBy",
    "ListWorkersOrder",
    "ListWorkersResponse",
    "ListWorkersSortBy",
    "ListWorkerTasksOrder",
    "ListWorkerTasksResponse",
    "ListWorkerTasksSortBy",
    "ListWorkforcesOrder",
    "ListWorkforcesResponse",
    "ListWorkforcesSortBy",
    "ListWorkforceTaskSamplesDescribeSampleResp",
    "ListWorkforceTaskSamplesDescribeSampleRespHardDetails",
    "ListWorkforceTaskSamplesDescribeSampleRespSampleType",
    "ListWorkforceTaskSamplesLabelType",
    "ListWorkforceTaskSamplesResponse",
    "ListWorkforceTasksResponse",
    "ListWorkforceTaskStatsResponse",
    "ListWorkforceTaskStatsResponseGroupedLabelStats",
    "ListWorkforceTaskStatsResponseHardDetailStats",
    "ListWorkforceTaskStatsResponseKeySampleStats",
    "ListWorkforceTaskStatsResponseMetadataStats",
    "ListWorkforceTaskStatsResponseMetadataStatsAdditionalProperty",
    "ListWorkforceTaskStatsResponseSampleStats",
    "ListWorkloadsResponse",
    "ListWorkloadsResponseApiVersion",
    "ListWorkloadsResponseKind",
    "ListWorkloadsSort",
    "ListWorkloadsStatus",
    "ListWorkloadsType",
    "LocationParameters",
    "Log",
    "LogDir",
    "LogExportPath",
    "LogReportPipeline",
    "LogResult",
    "LogVolume",
    "LtsConfiguration",
    "LvmConfig",
    "LvmConfigLvType",
    "ManageDevEnvInstanceRequest",
    "ManageDevEnvInstanceRequestAction",
    "ManageDevEnvInstanceResponse",
    "Memory",
    "MemoryInfo",
    "Metadata",
    "MetadataTagsType0Item",
    "MetricObject",
    "MetricObjectMetric",
    "MetricParameters",
    "MetricParametersMetricMeta",
    "MetricParametersReservedData",
    "MetricsItem",
    "MetricsTable",
    "MetricValuesParameters",
    "MindStudioInsight",
    "ModelAdditionalProperties",
    "ModelArtsError",
    "ModelDependencies",
    "ModelHealth",
    "ModelListItem",
    "ModelListItemModelSource",
    "ModelMetricListParameters",
    "ModelParamsInfo",
    "ModelSpecification",
    "ModelsStructureData",
    "Monitor",
    "Network",
    "NetworkApiVersion",
    "NetworkConnection",
    "NetworkConnectionRequest",
    "NetworkConnectionStatus",
    "NetworkKind",
    "NetworkMetadata",
    "NetworkMetadataAnnotations",
    "NetworkMetadataCreation",
    "NetworkMetadataLabels",
    "NetworkMetadataUpdate",
    "NetworkSpec",
    "NetworkSpecCreation",
    "NetworkSpecUpdate",
    "NetworkStatus",
    "NetworkStatusPhase",
    "NetworkUpdateLabels",
    "NeworkListMetadata",
    "Nfs",
    "NfsParameters",
    "Node",
    "NodeAffinity",
    "NodeApiVersion",
    "NodeKind",
    "NodeLabels",
    "NodeListMetadata",
    "NodeMetadata",
    "NodeNetwork",
    "NodeResource",
    "NodeSpec",
    "NodeStatus",
    "NodeStatusPhase",
    "NodeVOAnnotations",
    "NotebookFlavor",
    "NotebookFlavorCategory",
    "NotebookFlavorStoragesItem",
    "NotebookGpuInfo",
    "NotebookParameters",
    "NotebookParametersAnnotations",
    "NotebookResp",
    "NotebookRespFeature",
    "NotebookRespStatus",
    "Notification",
    "NotificationEventsItem",
    "Npu",
    "NpuInfo",
    "ObjectReference",
    "Obs",
    "ObsRequest",
    "OperatorParam",
    "OperatorParamParams",
    "Order",
    "OrderOperation",
    "OrderPhase",
    "OsConfig",
    "OsPoolScopePlugin",
    "OsQuota",
    "OsVersion",
    "Output",
    "Outputs",
    "OwnerParameters",
    "Packages",
    "PairOfintAndHardDetail",
    "Parameter",
    "ParameterParameters",
    "Parameters",
    "ParametersConstraint",
    "PatchNetworkNetworkMetadata",
    "PatchNetworkNetworkMetadataLabels",
    "PatchNetworkRequest",
    "PatchNetworkResponse",
    "PatchNetworkResponseApiVersion",
    "PatchNetworkResponseKind",
    "PatchPluginPluginSpec",
    "PatchPluginRequest",
    "PatchPluginResponse",
    "PatchPluginTemplate",
    "PatchPluginTemplateInputs",
    "PatchPluginTemplateInputsAdditionalProperty",
    "PatchPoolDataVolumeItem",
    "PatchPoolDataVolumeItemVolumeType",
    "PatchPoolLvmConfig",
    "PatchPoolLvmConfigLvType",
    "PatchPoolPoolResource",
    "PatchPoolPoolSpec",
    "PatchPoolPoolSpecScopeItem",
    "PatchPoolPoolSpecType",
    "PatchPoolRequest",
    "PatchPoolResponse",
    "PatchPoolResponseApiVersion",
    "PatchPoolResponseKind",
    "PatchPoolRootVolume",
    "PatchPoolRootVolumeVolumeType",
    "PatchPoolUserTag",
    "PatchPoolVolumeExtendParams",
    "PatchPoolVolumeExtendParamsVolumeGroup",
    "PatchPoolVolumeGroupConfig",
    "PatchPoolVolumeGroupConfigTypesItem",
    "PeerConnectionItem",
    "PeerConnectionItemRequest",
    "PeerConnectionStatus",
    "PeerConnectionStatusPhase",
    "Periods",
    "PersistentVolumes",
    "Pfs",
    "PFSSummary",
    "Plugin",
    "PluginApiVersion",
    "PluginMetadata",
    "PluginResources",
    "PluginResourcesLimits",
    "PluginResourcesRequests",
    "PluginSpec",
    "PluginStatus",
    "PluginStatusPhase",
    "PluginTemplate",
    "PluginTemplateApiVersion",
    "PluginTemplateKind",
    "PluginTemplateMetadata",
    "PluginTemplateMetadataAnnotations",
    "PluginTemplateSpec",
    "PluginTemplateSpecV2",
    "PluginTemplateSpecV2Type",
    "PluginTemplateSpecVersions",
    "PluginTemplateV2",
    "PluginTemplateV2ApiVersion",
    "PluginTemplateV2Kind",
    "PluginTemplateVersion",
    "PluginTemplateVersionInputs",
    "PluginTemplateVersionTranslate",
    "PluginTemplateVersionV2",
    "PluginTemplateVersionV2Inputs",
    "PluginTemplateVersionV2Translate",
    "Policies",
    "Pool",
    "PoolAnnotationsCreation",
    "PoolAnnotationsUpdate",
    "PoolApiVersion",
    "PoolCluster",
    "PoolClusterContainerNetwork",
    "PoolClusterContainerNetworkMode",
    "PoolClusterMaster",
    "PoolContainerNetwork",
    "PoolCreatingStep",
    "PoolDataVolume",
    "PoolDataVolumeExtendParams",
    "PoolDriver",
    "PoolDriverStatus",
    "PoolDriverStatusSet",
    "PoolDriverStatusState",
    "PoolDriverUpdateStrategy",
    "PoolKind",
    "PoolLabelsCreation",
    "PoolLabelsCreationOsModelartssharing",
    "PoolLabelsUpdate",
    "PoolLabelsUpdateOsModelartssharing",
    "PoolLvmConfig",
    "PoolMetaAnnotations",
    "PoolMetaAnnotationsOsModelartsautoRenew",
    "PoolMetaAnnotationsOsModelartsbillingMode",
    "PoolMetaAnnotationsOsModelartsperiodType",
    "PoolMetadata",
    "PoolMetadataCreation",
    "PoolMetadataDeletion",
    "PoolMetadataUpdate",
    "PoolMetaLabels",
    "PoolMetricsList",
    "PoolMetricsListApiVersion",
    "PoolMetricsListKind",
    "PoolMonitor",
    "PoolMonitorDataPoint",
    "PoolMonitorDataPointUnit",
    "PoolMonitorDimension",
    "PoolMonitorMetric",
    "PoolMonitorMetricNamespace",
    "PoolMonitorSeries",
    "PoolMonitorStatistic",
    "PoolNetwork",
    "PoolNodeAz",
    "PoolOsInfo",
    "PoolParameters",
    "PoolResource",
    "PoolResourceAz",
    "PoolResourceDriver",
    "PoolResourceExtendParams",
    "PoolResourceFlavorCount",
    "PoolResourceNetwork",
    "PoolRootVolume",
    "PoolRootVolumeExtendParams",
    "PoolScopePluginPhase",
    "PoolScopeStatus",
    "PoolScopeStatusScopeType",
    "PoolScopeStatusState",
    "PoolSpec",
    "PoolSpecCreation",
    "PoolSpecCreationScopeItem",
    "PoolSpecCreationType",
    "PoolSpecModel",
    "PoolSpecModelScopeItem",
    "PoolSpecModelType",
    "PoolSpecParameters",
    "PoolSpecResource",
    "PoolSpecResourceExtendParams",
    "PoolSpecResourceLabels",
    "PoolSpecScopeItem",
    "PoolSpecType",
    "PoolSpecUpdate",
    "PoolSpecUpdateScopeItem",
    "PoolStatistics",
    "PoolStatisticsSummary",
    "PoolStatus",
    "PoolStatusCounts",
    "PoolStatusPhase",
    "PoolStatusResources",
    "PoolTag",
    "PoolTagList",
    "PoolTaint",
    "PoolUserLogin",
    "PoolUserTag",
    "PoolVolumeGroupConfig",
    "ProcessorDataSource",
    "ProcessorDataSourceSource",
    "ProcessorDataSourceType",
    "ProcessorTaskItem",
    "ProfileParameters",
    "ProfileParametersLabels",
    "ProvisionParameters",
    "QueuingInfoParameters",
    "Quota",
    "RegisterImageRequest",
    "RegisterImageRequestServiceType",
    "RegisterImageResponse",
    "RegisterImageResponseServiceType",
    "RegisterImageResponseStatus",
    "Remote",
    "RemoteConstraint",
    "RemoteConstraintAttributes",
    "RemoteConstraintRequest",
    "RemoteConstraintRequestAttributesItem",
    "RemoteConstraints",
    "RemoteConstraintsAttributesItem",
    "RemoteObs",
    "RemoteRequest",
    "RenewLeaseRequest",
    "RenewLeaseResponse",
    "RepositoryParameters",
    "RepositoryParametersType",
    "RequiredAffinity",
    "RequiredAffinityAffinityType",
    "Resource",
    "ResourceFlavor",
    "ResourceFlavorAnnotations",
    "ResourceFlavorApiVersion",
    "ResourceFlavorId",
    "ResourceFlavorKind",
    "ResourceFlavorLabel",
    "ResourceFlavorListMetadata",
    "ResourceFlavorMetadata",
    "ResourceFlavorSpec",
    "ResourceFlavorSpecCpuArch",
    "ResourceFlavorSpecFlavorBootType",
    "ResourceFlavorStatus",
    "ResourceFlavorStatusPhase",
    "ResourceFlavorXpu",
    "ResourceMetricsMetadata",
    "ResourceMetricsMetadataLabels",
    "ResourceQuota",
    "ResourceRequirement",
    "ResourceRequirementRequest",
    "ResourceRequirementRequestKey",
    "ResourceRequirements",
    "ResourceRequirementsKey",
    "ResourceRequirementVO",
    "RestartVisualizationJobResponse",
    "Result",
    "ResultDatasetType",
    "RetryPoolScopeRequest",
    "RetryPoolScopeResponse200",
    "ReviewSamplesRequest",
    "ReviewSamplesResponse200",
    "RewardAttrs",
    "RootVolume",
    "RootVolumeVolumeType",
    "RunningRecord",
    "RunningRecordEndRecoverBeforeDowngrade",
    "RunningTask",
    "Sample",
    "SampleComment",
    "SampleCommentScore",
    "SampleDataType0",
    "SampleEncoding",
    "SampleLabel",
    "SampleLabelAnnotatedBy",
    "SampleLabelProperty",
    "SampleLabelPropertyModelartsfeature",
    "SampleLabelPropertyModelartshard",
    "SampleLabelPropertyModelartshardReasons",
    "SampleLabelPropertyModelartsshape",
    "SampleLabels",
    "SampleLabelsSampleType",
    "SampleLabelsSampleUsage",
    "SampleLabelType",
    "SampleMetadata",
    "SampleMetadataModelartshardReasonsItem",
    "SampleMetadataModelartshardType0",
    "SampleMetadataModelartssizeItem",
    "SampleSampleType",
    "SampleStats",
    "SaveImageJob",
    "SaveImageJobStatus",
    "Schedule",
    "ScheduleParameters",
    "SchedulePolicy",
    "ScheduleTimeUnit",
    "SchemaMap",
    "SearchAlgorithm",
    "SearchAlgorithmList",
    "SearchAlgorithmParam",
    "SearchAlgorithmParamType",
    "SearchCondition",
    "SearchConditionHard",
    "SearchConditionSampleTime",
    "SearchLabel",
    "SearchLabelOp",
    "SearchLabelProperty",
    "SearchLabels",
    "SearchLabelsOp",
    "SearchLabelType",
    "SearchParams",
    "SearchProp",
    "SearchPropOp",
    "SearchPropProps",
    "SendEmailsRequest",
    "SendEmailsResponse",
    "ServiceAdditionalProperties",
    "ServiceAdditionalPropertiesSmnNotification",
    "ServiceAffinity",
    "ServiceConfig",
    "ServiceConfigAdditionalProperties",
    "ServiceConfigEnvs",
    "ServiceConfigMappingRule",
    "ServiceConfigMappingType",
    "ServiceConfigRequest",
    "ServiceConfigRequestAdditionalProperties",
    "ServiceConfigRequestEnvs",
    "ServiceConfigRequestMappingRule",
    "ServiceConfigSourceType",
    "ServiceConfigStatus",
    "ServiceCustomSpec",
    "ServiceDetail",
    "ServiceDetailAdditionalProperties",
    "ServiceDetailInferType",
    "ServiceDetailStatus",
    "ServiceEdgeNode",
    "ServiceEvent",
    "ServiceEventEventType",
    "ServiceEventList",
    "ServiceLogConfig",
    "ServiceLogConfigAdditionalProperties",
    "ServiceLogConfigEnvs",
    "ServiceLogReportChannel",
    "ServiceMonitorInfo",
    "ServiceSchedule",
    "ServiceScheduleTimeUnit",
    "ServiceScheduleType",
    "ServiceSecret",
    "ServiceSmnNotification",
    "ServiceSpecificationList",
    "SfsTurboConnectionItem",
    "SfsTurboConnectionItemRequest",
    "SfsTurboConnectionStatus",
    "SfsTurboConnectionStatusConnectionType",
    "SfsTurboConnectionStatusStatus",
    "ShowAlgorithmByUuidAdvancedConfig",
    "ShowAlgorithmByUuidAutoSearch",
    "ShowAlgorithmByUuidInputs",
    "ShowAlgorithmByUuidJobConfig",
    "ShowAlgorithmByUuidJobConfigCodeTreeType1",
    "ShowAlgorithmByUuidOutputs",
    "ShowAlgorithmByUuidResponse",
    "ShowAlgorithmByUuidSearchParams",
    "ShowAttachableObsResponse",
    "ShowAttachableObsResponseStatus",
    "ShowAutoSearchParamAnalysisResultPathResponse",
    "ShowAutoSearchParamsAnalysisResponse",
    "ShowAutoSearchPerTrialResponse",
    "ShowAutoSearchPerTrialResponseDataItemItemType1",
    "ShowAutoSearchTrialEarlyStopResponse",
    "ShowAutoSearchTrialsItems",
    "ShowAutoSearchTrialsItemsDataItemItemType1",
    "ShowAutoSearchTrialsResponse",
    "ShowAutoSearchYamlTemplateContentResponse",
    "ShowAutoSearchYamlTemplatesInfoResponse",
    "ShowDevEnvInstanceAutoStopParameters",
    "ShowDevEnvInstanceConnectionInfoParameters",
    "ShowDevEnvInstanceFlavorDetailsParameters",
    "ShowDevEnvInstanceFlavorDetailsParametersParams",
    "ShowDevEnvInstanceFlavorDetailsParametersPromoType",
    "ShowDevEnvInstanceFlavorDetailsParametersStatus",
    "ShowDevEnvInstanceFlavorDetailsParametersStorageListItem",
    "ShowDevEnvInstanceFlavorDetailsParametersType",
    "ShowDevEnvInstanceLocationParameters",
    "ShowDevEnvInstanceNotebookParameters",
    "ShowDevEnvInstanceNotebookParametersAnnotations",
    "ShowDevEnvInstanceNotebookParametersExtendParamsType0",
    "ShowDevEnvInstanceQueuingInfoParameters",
    "ShowDevEnvInstanceQueuingInfoParametersStatus",
    "ShowDevEnvInstanceRepositoryParametersType0",
    "ShowDevEnvInstanceResponse",
    "ShowDevEnvInstanceStorageParameters",
    "ShowImageResponse",
    "ShowImageResponseServiceType",
    "ShowImageResponseStatus",
    "ShowLeaseResponse",
    "ShowModelEngineAndRuntimeResponse",
    "ShowModelResponse",
    "ShowModelResponseLabelsMap",
    "ShowNetworkNetworkMetadata",
    "ShowNetworkNetworkMetadataLabels",
    "ShowNetworkResponse",
    "ShowNetworkResponseApiVersion",
    "ShowNetworkResponseKind",
    "ShowNodeTagsResponse204",
    "ShowNodeTagsTag",
    "ShowNotebookPool",
    "ShowNotebookResponse",
    "ShowNotebookResponseFeature",
    "ShowNotebookResponseStatus",
    "ShowObsUrlOfTrainingJobLogsContentType",
    "ShowPluginPluginSpec",
    "ShowPluginResponse",
    "ShowPluginResponseApiVersion",
    "ShowPluginTemplateItem",
    "ShowPluginTemplateItemInputs",
    "ShowPluginTemplateItemInputsAdditionalProperty",
    "ShowPluginTemplatePlugintemplateName",
    "ShowPoolMonitorPeriod",
    "ShowPoolMonitorStatistics",
    "ShowServiceEventsEventType",
    "ShowServiceEventsOrder",
    "ShowServiceSpecificationsInferType",
    "ShowServiceUpdateLogsCustomSpec",
    "ShowServiceUpdateLogsLogVolume",
    "ShowServiceUpdateLogsModelAdditionalProperties",
    "ShowServiceUpdateLogsPersistentVolumes",
    "ShowServiceUpdateLogsResponse",
    "ShowSwitchableFlavorsResponse",
    "ShowTaskFrequency",
    "ShowTaskPeriods",
    "ShowTaskResponse",
    "ShowTaskResponseConfig",
    "ShowTaskResponseScheduleStatus",
    "ShowTaskResponseState",
    "ShowTaskTaskInput",
    "ShowTaskTaskInputVcn",
    "ShowTaskTaskOutputDis",
    "ShowTaskTaskOutputObs",
    "ShowTaskTaskOutputWebhook",
    "ShowTaskTaskOutputWebhookHeaders",
    "ShowTaskTaskSchedule",
    "ShowTaskTaskScheduleExecutionMode",
    "ShowTaskTaskScheduleType",
    "ShowTrainingJobConfigConfigType",
    "ShowTrainingJobConfigResponse",
    "ShowTrainingJobDetailsAlgorithmInput",
    "ShowTrainingJobDetailsAlgorithmOutput",
    "ShowTrainingJobDetailsAlgorithmRemote",
    "ShowTrainingJobDetailsAutoSearch",
    "ShowTrainingJobDetailsDataset",
    "ShowTrainingJobDetailsDataSource",
    "ShowTrainingJobDetailsInput",
    "ShowTrainingJobDetailsInputDataInfo",
    "ShowTrainingJobDetailsJobAlgorithmResponse",
    "ShowTrainingJobDetailsJobAlgorithmResponseEnvironmentsItem",
    "ShowTrainingJobDetailsJobMetadata",
    "ShowTrainingJobDetailsJobMetadataAnnotations",
    "ShowTrainingJobDetailsJobSummary",
    "ShowTrainingJobDetailsLogDir",
    "ShowTrainingJobDetailsObs",
    "ShowTrainingJobDetailsOutput",
    "ShowTrainingJobDetailsPFSSummary",
    "ShowTrainingJobDetailsPolicies",
    "ShowTrainingJobDetailsRemote",
    "ShowTrainingJobDetailsRemoteObs",
    "ShowTrainingJobDetailsResponse",
    "ShowTrainingJobDetailsResponseKind",
    "ShowTrainingJobDetailsSummary",
    "ShowTrainingJobDetailsSummaryLogType",
    "ShowTrainingJobDetailsTaskResponse",
    "ShowTrainingJobDetailsTaskResponseAlgorithm",
    "ShowTrainingJobEnginesResponse",
    "ShowTrainingJobFlavorsFlavorType",
    "ShowTrainingJobFlavorsResponse",
    "ShowTrainingJobLogsPreviewResponse",
    "ShowTrainingJobLogsV1Response",
    "ShowTrainingJobMetricsResponse",
    "ShowTrainingJobVersionV1DataSourceParameters",
    "ShowTrainingJobVersionV1HostPathParameters",
    "ShowTrainingJobVersionV1ModelMetricListParameters",
    "ShowTrainingJobVersionV1NfsParameters",
    "ShowTrainingJobVersionV1Response",
    "ShowTrainingJobVersionV1TotalMetricParameters",
    "ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta",
    "ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData",
    "ShowTrainingJobVersionV1VolumesParameters",
    "ShowVirtualResourceTemplateResponse",
    "ShowVirtualResourceTemplateResponseApiVersion",
    "ShowVirtualResourceTemplateResponseKind",
    "ShowVisualizationJobResponse",
    "ShowWorkloadStatisticsResponse",
    "SmartTaskConfig",
    "SmartTaskConfigAlgorithmType",
    "SmartTaskConfigConfidenceScope",
    "SmartTaskConfigExportFormat",
    "SmartTaskConfigRequest",
    "SmartTaskConfigRequestAlgorithmType",
    "SmartTaskConfigRequestExportFormat",
    "SmartTaskConfigRequestResultType",
    "SmartTaskConfigRequestVersionFormat",
    "SmartTaskConfigResultType",
    "SmartTaskConfigVersionFormat",
    "SmnNotification",
    "SmnNotificationEventsItem",
    "SourceInfo",
    "SourceInfoClusterMode",
    "Spec",
    "Specification",
    "SpecificationSourceType",
    "SpecificationSpecStatus",
    "SpecParameters",
    "SpecResource",
    "SpecResourceFlavorId",
    "SpecResponce",
    "SpecsParameters",
    "SpecVolumes",
    "SSHReq",
    "SSHResp",
    "StartNotebookPool",
    "StartNotebookResponse",
    "StartNotebookResponseFeature",
    "StartNotebookResponseStatus",
    "StartWorkforceSamplingTaskRequest",
    "StartWorkforceSamplingTaskResponse",
    "StartWorkforceTaskRequest",
    "StartWorkforceTaskResponse200",
    "Status",
    "StopAutoAnnotationResponse204",
    "StopNotebookPool",
    "StopNotebookResponse",
    "StopNotebookResponseFeature",
    "StopNotebookResponseStatus",
    "StopProcessorTaskVersionResponse200",
    "StopTrainingJobAlgorithmInput",
    "StopTrainingJobAlgorithmOutput",
    "StopTrainingJobAlgorithmRemote",
    "StopTrainingJobAutoSearch",
    "StopTrainingJobDataset",
    "StopTrainingJobDataSource",
    "StopTrainingJobInput",
    "StopTrainingJobInputDataInfo",
    "StopTrainingJobJobAlgorithmResponse",
    "StopTrainingJobJobAlgorithmResponseEnvironmentsItem",
    "StopTrainingJobJobMetadata",
    "StopTrainingJobJobMetadataAnnotations",
    "StopTrainingJobJobSummary",
    "StopTrainingJobLogDir",
    "StopTrainingJobObs",
    "StopTrainingJobOutput",
    "StopTrainingJobPFSSummary",
    "StopTrainingJobPolicies",
    "StopTrainingJobRemote",
    "StopTrainingJobRemoteObs",
    "StopTrainingJobRequest",
    "StopTrainingJobResponse202",
    "StopTrainingJobResponse202Kind",
    "StopTrainingJobSummary",
    "StopTrainingJobSummaryLogType",
    "StopTrainingJobTaskResponse",
    "StopTrainingJobTaskResponseAlgorithm",
    "StopTrainingJobV1Response",
    "StopVisualizationJobResponse",
    "StorageParameters",
    "Summary",
    "SummaryLogType",
    "SyncDataSourceStateResponse",
    "SyncDataSourceStateResponseStatus",
    "SystemMetricListParameters",
    "Tag",
    "Taint",
    "TaintEffect",
    "Task",
    "TaskDetails",
    "TaskDetailsConfig",
    "TaskDetailsScheduleStatus",
    "TaskDetailsState",
    "TaskInput",
    "TaskInputData",
    "TaskInputDataHeaders",
    "TaskInputDataTagItem",
    "TaskInputVcn",
    "TaskOutput",
    "TaskOutputDis",
    "TaskOutputForDisplay",
    "TaskOutputObs",
    "TaskOutputWebhook",
    "TaskOutputWebhookHeaders",
    "TaskResource",
    "TaskResponse",
    "TaskResponseAlgorithm",
    "TaskSchedule",
    "TaskScheduleExecutionMode",
    "TaskScheduleType",
    "TaskSourceUsageEstimate",
    "TaskStatuses",
    "TaskUrls",
    "Template",
    "TemplateInputs",
    "TemplateInputsAdditionalProperty",
    "TemplateParam",
    "TemplateParamId",
    "Tensorboard",
    "TotalMetricParameters",
    "TotalMetricValuesParameters",
    "TrainingJobLogUrl",
    "TrainingJobV1ConfigRequest",
    "TrainingJobV1HostPathRequest",
    "TrainingJobV1NfsRequest",
    "TrainingJobV1SpecRequest",
    "TrainingJobV1VolumesRequest",
    "TrainingParameter",
    "UpdateDatasetRequest",
    "UpdateDatasetResponse",
    "UpdateDevEnvInstanceDescriptionConnectionInfoParameters",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParameters",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersParams",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersPromoType",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersStatus",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersStorageListItem",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersType",
    "UpdateDevEnvInstanceDescriptionOwnerParameters",
    "UpdateDevEnvInstanceDescriptionPoolParameters",
    "UpdateDevEnvInstanceDescriptionQueuingInfoParameters",
    "UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus",
    "UpdateDevEnvInstanceDescriptionRepositoryParameters",
    "UpdateDevEnvInstanceDescriptionRequest",
    "UpdateDevEnvInstanceDescriptionResponse",
    "UpdateLabelLabelType",
    "UpdateLabelRequest",
    "UpdateLabelRequestModelartsdefaultShape",
    "UpdateLabelResponse204",
    "UpdateLabelsRequest",
    "UpdateLabelsResponse",
    "UpdateNodeTagsRequest",
    "UpdateNodeTagsRequestAction",
    "UpdateNodeTagsResponse",
    "UpdateNodeTagsTag",
    "UpdateNotebookPool",
    "UpdateNotebookRequest",
    "UpdateNotebookResponse",
    "UpdateNotebookResponseFeature",
    "UpdateNotebookResponseStatus",
    "UpdatePoolTagsRequest",
    "UpdatePoolTagsRequestAction",
    "UpdatePoolTagsResponse",
    "UpdatePoolTagsTag",
    "UpdateProcessorTaskRequest",
    "UpdateProcessorTaskResponse200",
    "UpdateResult",
    "UpdateResultOperation",
    "UpdateSamplesRequest",
    "UpdateSamplesResponse",
    "UpdateServiceRequest",
    "UpdateServiceRequestAdditionalProperties",
    "UpdateServiceRequestLoadBalancerPolicy",
    "UpdateServiceResponse200",
    "UpdateTrainingJobConfigRequest",
    "UpdateTrainingJobConfigResponse",
    "UpdateTrainingJobDescriptionV1Request",
    "UpdateTrainingJobDescriptionV1Response",
    "UpdateVisualizationJobDescriptionRequest",
    "UpdateVisualizationJobDescriptionResponse",
    "UpdateWorkerRequest",
    "UpdateWorkerRequestRole",
    "UpdateWorkerResponse200",
    "UpdateWorkforceRequest",
    "UpdateWorkforceResponse200",
    "UpdateWorkforceSamplingTaskDescribeSampleResp",
    "UpdateWorkforceSamplingTaskDescribeSampleRespHardDetails",
    "UpdateWorkforceSamplingTaskDescribeSampleRespSampleType",
    "UpdateWorkforceSamplingTaskRequest",
    "UpdateWorkforceSamplingTaskRequestAction",
    "UpdateWorkforceSamplingTaskResponse",
    "UpdateWorkforceTaskRequest",
    "UpdateWorkforceTaskResponse200",
    "UpdateWorkforceTaskSamplesRequest",
    "UpdateWorkforceTaskSamplesResponse",
    "UploadSampleResp",
    "UploadSamplesJsonRequest",
    "UploadSamplesJsonResponse",
    "User",
    "UserParameters",
    "UserSpecParameters",
    "UserTag",
    "Value",
    "VersionsParameters",
    "VirtualResourceTemplateMetadata",
    "VirtualResourceTemplateSpec",
    "VirtualResourceTemplateSpecResourcesType1",
    "VitrualResource",
    "VitrualResourceResources",
    "VolumeExtendParams",
    "VolumeExtendParamsVolumeGroup",
    "VolumeGroupConfig",
    "VolumeGroupConfigTypesItem",
    "VolumeReq",
    "VolumeRes",
    "VolumesParameters",
    "Worker",
    "WorkerRole",
    "WorkerStatus",
    "WorkerTask",
    "WorkerTaskEmailStatus",
    "WorkerTaskTaskStatus",
    "Workforce",
    "WorkforceConfig",
    "WorkforceDescriptor",
    "WorkforceInformation",
    "WorkforceInformationDataSyncType",
    "WorkforceSamplingTaskDesc",
    "WorkforceSamplingTaskDescAction",
    "WorkforcesConfig",
    "WorkforceStats",
    "WorkforceTask",
    "WorkforceTaskStatus",
    "Workload",
    "WorkloadApiVersion",
    "WorkloadKind",
    "WorkloadListStatistics",
    "WorkloadNodeVO",
    "WorkloadResourceRequirementType1",
    "WorkloadStatistics",
    "WorkloadStatisticsType",
    "WorkloadStatusStatistics",
    "WorkloadType",
    "WorkPath",
    "WorkPathPath",
    "WorkPathType",
    "WorkspaceParameters",
    "YamlTemplate",
)

# Each name's module, relative to this package: what `__getattr__` imports on the name's first read.
_MODULES = {
    "Accelerator": ".accelerator",
    "AcceleratorType": ".accelerator_type",
    "AcceptSamplesRequest": ".accept_samples_request",
    "AcceptSamplesResponse200": ".accept_samples_response_200",
    "AdvancedConfig": ".advanced_config",
    "AffinityNodeInfo": ".affinity_node_info",
    "AffinityPoolInfo": ".affinity_pool_info",
    "AIProjectParameters": ".ai_project_parameters",
    "AlgoConfigs": ".algo_configs",
    "Algorithm": ".algorithm",
    "AlgorithmAdvancedConfig": ".algorithm_advanced_config",
    "AlgorithmCreateEngine": ".algorithm_create_engine",
    "AlgorithmCreateInput": ".algorithm_create_input",
    "AlgorithmCreateOutput": ".algorithm_create_output",
    "AlgorithmEngine": ".algorithm_engine",
    "AlgorithmInput": ".algorithm_input",
    "AlgorithmJobConfig": ".algorithm_job_config",
    "AlgorithmMetadata": ".algorithm_metadata",
    "AlgorithmOutput": ".algorithm_output",
    "AlgorithmRemote": ".algorithm_remote",
    "AlgorithmResponse": ".algorithm_response",
    "Allocated": ".allocated",
    "AnnotationFile": ".annotation_file",
    "AnnotationFileTags": ".annotation_file_tags",
    "AttachObsRequest": ".attach_obs_request",
    "AttachObsResponse": ".attach_obs_response",
    "AttachObsResponseStatus": ".attach_obs_response_status",
    "AuthorizationResponse": ".authorization_response",
    "AuthorizationResponseType": ".authorization_response_type",
    "AutoAnnotationProgressEvent": ".auto_annotation_progress_event",
    "AutoAnnotationProgressEventEventsItem": ".auto_annotation_progress_event_events_item",
    "AutoAnnotationProgressEventStatus": ".auto_annotation_progress_event_status",
    "AutoAnnotationProgressExportParams": ".auto_annotation_progress_export_params",
    "AutoAnnotationProgressExportParamsExportDest": ".auto_annotation_progress_export_params_export_dest",
    "AutoAnnotationProgressResponse": ".auto_annotation_progress_response",
    "AutoAnnotationProgressResponseExportType": ".auto_annotation_progress_response_export_type",
    "AutoAnnotationProgressResponseStatus": ".auto_annotation_progress_response_status",
    "AutoAnnotationProgressResult": ".auto_annotation_progress_result",
    "AutoAnnotationProgressResultDatasetType": ".auto_annotation_progress_result_dataset_type",
    "AutoAnnotationProgressSearchCondition": ".auto_annotation_progress_search_condition",
    "AutoAnnotationProgressSearchConditionHard": ".auto_annotation_progress_search_condition_hard",
    "AutoAnnotationProgressSearchConditionSampleTime": ".auto_annotation_progress_search_condition_sample_time",
    "AutoAnnotationProgressSmartTaskConfig": ".auto_annotation_progress_smart_task_config",
    "AutoAnnotationProgressSmartTaskConfigAlgorithmType": ".auto_annotation_progress_smart_task_config_algorithm_type",
    "AutoAnnotationProgressSmartTaskConfigExportFormat": ".auto_annotation_progress_smart_task_config_export_format",
    "AutoAnnotationProgressSmartTaskConfigResultType": ".auto_annotation_progress_smart_task_config_result_type",
    "AutoAnnotationProgressSmartTaskConfigVersionFormat": ".auto_annotation_progress_smart_task_config_version_format",
    "AutoSearchAlgoConfigParameter": ".auto_search_algo_config_parameter",
    "AutoSearchType0": ".auto_search_type_0",
    "AutoStop": ".auto_stop",
    "AutoStopParameters": ".auto_stop_parameters",
    "AutoStopTimeUnit": ".auto_stop_time_unit",
    "BatchDeletePoolNodesRequest": ".batch_delete_pool_nodes_request",
    "BatchDeleteWorkersRequest": ".batch_delete_workers_request",
    "BatchDeleteWorkersResponse": ".batch_delete_workers_response",
    "BatchLockPoolNodesRequest": ".batch_lock_pool_nodes_request",
    "BatchLockPoolNodesRequestActionsItem": ".batch_lock_pool_nodes_request_actions_item",
    "BatchLockPoolNodesResponse": ".batch_lock_pool_nodes_response",
    "BatchLockPoolNodesResponseNodesItemType1": ".batch_lock_pool_nodes_response_nodes_item_type_1",
    "BatchResponse": ".batch_response",
    "BatchUnlockPoolNodesRequest": ".batch_unlock_pool_nodes_request",
    "BatchUnlockPoolNodesRequestActionsItem": ".batch_unlock_pool_nodes_request_actions_item",
    "BatchUnlockPoolNodesResponse": ".batch_unlock_pool_nodes_response",
    "BatchUnlockPoolNodesResponseNodesItemType1": ".batch_unlock_pool_nodes_response_nodes_item_type_1",
    "BatchUpdatePoolNodesRequest": ".batch_update_pool_nodes_request",
    "BatchUpdatePoolNodesRequestAction": ".batch_update_pool_nodes_request_action",
    "BatchUpdatePoolNodesResponse": ".batch_update_pool_nodes_response",
    "BillingInfo": ".billing_info",
    "CancelObsResponse": ".cancel_obs_response",
    "CancelObsResponseStatus": ".cancel_obs_response_status",
    "Capacity": ".capacity",
    "ChangeAlgorithmAdvancedConfig": ".change_algorithm_advanced_config",
    "ChangeAlgorithmAutoSearch": ".change_algorithm_auto_search",
    "ChangeAlgorithmInputs": ".change_algorithm_inputs",
    "ChangeAlgorithmJobConfig": ".change_algorithm_job_config",
    "ChangeAlgorithmJobConfigCodeTreeType1": ".change_algorithm_job_config_code_tree_type_1",
    "ChangeAlgorithmOutputs": ".change_algorithm_outputs",
    "ChangeAlgorithmRequest": ".change_algorithm_request",
    "ChangeAlgorithmResponse201": ".change_algorithm_response_201",
    "ChangeAlgorithmSearchParams": ".change_algorithm_search_params",
    "ChangeTrainingJobDescriptionRequest": ".change_training_job_description_request",
    "CheckTaskStats": ".check_task_stats",
    "CodeTree": ".code_tree",
    "CodeTreeChildren": ".code_tree_children",
    "Config": ".config",
    "ConfigParameters": ".config_parameters",
    "ConfigsParameters": ".configs_parameters",
    "ConnectionInfoParameters": ".connection_info_parameters",
    "ConnectionInfoParametersProtocol": ".connection_info_parameters_protocol",
    "Constraint": ".constraint",
    "ContainerHooks": ".container_hooks",
    "Cpu": ".cpu",
    "CpuInfo": ".cpu_info",
    "CreateAlgorithmAutoSearch": ".create_algorithm_auto_search",
    "CreateAlgorithmInputs": ".create_algorithm_inputs",
    "CreateAlgorithmJobConfig": ".create_algorithm_job_config",
    "CreateAlgorithmJobConfigCodeTreeType1": ".create_algorithm_job_config_code_tree_type_1",
    "CreateAlgorithmOutputs": ".create_algorithm_outputs",
    "CreateAlgorithmRequest": ".create_algorithm_request",
    "CreateAlgorithmResponse201": ".create_algorithm_response_201",
    "CreateAlgorithmSearchParams": ".create_algorithm_search_params",
    "CreateAuthorizationRequest": ".create_authorization_request",
    "CreateAuthorizationRequestType": ".create_authorization_request_type",
    "CreateAuthorizationResponse200": ".create_authorization_response_200",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestDataFormat": ".create_dataset_request_data_format",
    "CreateDatasetRequestDatasetType": ".create_dataset_request_dataset_type",
    "CreateDatasetResponse201": ".create_dataset_response_201",
    "CreateDatasetVersionRequest": ".create_dataset_version_request",
    "CreateDatasetVersionRequestVersionFormat": ".create_dataset_version_request_version_format",
    "CreateDatasetVersionResponse201": ".create_dataset_version_response_201",
    "CreateDevEnvInstanceAutoStopParameters": ".create_dev_env_instance_auto_stop_parameters",
    "CreateDevEnvInstanceLocationParameters": ".create_dev_env_instance_location_parameters",
    "CreateDevEnvInstanceNotebookParameters": ".create_dev_env_instance_notebook_parameters",
    "CreateDevEnvInstanceNotebookParametersAnnotations": ".create_dev_env_instance_notebook_parameters_annotations",
    "CreateDevEnvInstanceNotebookParametersExtendParams": ".create_dev_env_instance_notebook_parameters_extend_params",
    "CreateDevEnvInstanceRequest": ".create_dev_env_instance_request",
    "CreateDevEnvInstanceResponse": ".create_dev_env_instance_response",
    "CreateDevEnvInstanceStorageParameters": ".create_dev_env_instance_storage_parameters",
    "CreateDevEnvInstanceWorkspaceParameters": ".create_dev_env_instance_workspace_parameters",
    "CreateImageRequest": ".create_image_request",
    "CreateImageResponse": ".create_image_response",
    "CreateImageResponseServiceType": ".create_image_response_service_type",
    "CreateImageResponseStatus": ".create_image_response_status",
    "CreateLabelsRequest": ".create_labels_request",
    "CreateLabelsResponse": ".create_labels_response",
    "CreateModelArtsAgencyRequest": ".create_model_arts_agency_request",
    "CreateModelArtsAgencyResponse200": ".create_model_arts_agency_response_200",
    "CreateNetworkNetworkMetadataLabels": ".create_network_network_metadata_labels",
    "CreateNetworkRequest": ".create_network_request",
    "CreateNetworkRequestApiVersion": ".create_network_request_api_version",
    "CreateNetworkRequestKind": ".create_network_request_kind",
    "CreateNetworkResponse": ".create_network_response",
    "CreateNetworkResponseApiVersion": ".create_network_response_api_version",
    "CreateNetworkResponseKind": ".create_network_response_kind",
    "CreateNotebookPool": ".create_notebook_pool",
    "CreateNotebookRequest": ".create_notebook_request",
    "CreateNotebookRequestFeature": ".create_notebook_request_feature",
    "CreateNotebookResponse": ".create_notebook_response",
    "CreateNotebookResponseFeature": ".create_notebook_response_feature",
    "CreateNotebookResponseStatus": ".create_notebook_response_status",
    "CreatePluginPluginSpec": ".create_plugin_plugin_spec",
    "CreatePluginRequest": ".create_plugin_request",
    "CreatePluginResponse": ".create_plugin_response",
    "CreatePluginResponseApiVersion": ".create_plugin_response_api_version",
    "CreatePluginTemplate": ".create_plugin_template",
    "CreatePluginTemplateInputs": ".create_plugin_template_inputs",
    "CreatePluginTemplateInputsAdditionalProperty": ".create_plugin_template_inputs_additional_property",
    "CreatePoolDataVolumeItem": ".create_pool_data_volume_item",
    "CreatePoolDataVolumeItemVolumeType": ".create_pool_data_volume_item_volume_type",
    "CreatePoolLvmConfig": ".create_pool_lvm_config",
    "CreatePoolLvmConfigLvType": ".create_pool_lvm_config_lv_type",
    "CreatePoolPoolResource": ".create_pool_pool_resource",
    "CreatePoolRequest": ".create_pool_request",
    "CreatePoolRequestApiVersion": ".create_pool_request_api_version",
    "CreatePoolRequestKind": ".create_pool_request_kind",
    "CreatePoolResponse": ".create_pool_response",
    "CreatePoolResponseApiVersion": ".create_pool_response_api_version",
    "CreatePoolResponseKind": ".create_pool_response_kind",
    "CreatePoolRootVolume": ".create_pool_root_volume",
    "CreatePoolRootVolumeVolumeType": ".create_pool_root_volume_volume_type",
    "CreatePoolUserTag": ".create_pool_user_tag",
    "CreatePoolVolumeExtendParams": ".create_pool_volume_extend_params",
    "CreatePoolVolumeExtendParamsVolumeGroup": ".create_pool_volume_extend_params_volume_group",
    "CreatePoolVolumeGroupConfig": ".create_pool_volume_group_config",
    "CreatePoolVolumeGroupConfigTypesItem": ".create_pool_volume_group_config_types_item",
    "CreateProcessorTaskRequest": ".create_processor_task_request",
    "CreateProcessorTaskResponse": ".create_processor_task_response",
    "CreateProcessorTaskVersionRequest": ".create_processor_task_version_request",
    "CreateProcessorTaskVersionResponse": ".create_processor_task_version_response",
    "CreateResponseBody": ".create_response_body",
    "CreateServiceRequest": ".create_service_request",
    "CreateServiceRequestAdditionalProperties": ".create_service_request_additional_properties",
    "CreateServiceRequestInferType": ".create_service_request_infer_type",
    "CreateServiceRequestLoadBalancerPolicy": ".create_service_request_load_balancer_policy",
    "CreateServiceResponse": ".create_service_response",
    "CreateTaskRequest": ".create_task_request",
    "CreateTaskRequestTaskType": ".create_task_request_task_type",
    "CreateTaskResponse": ".create_task_response",
    "CreateTasksRequest": ".create_tasks_request",
    "CreateTasksRequestConfig": ".create_tasks_request_config",
    "CreateTasksResponse201": ".create_tasks_response_201",
    "CreateTrainingJobAutoSearch": ".create_training_job_auto_search",
    "CreateTrainingJobConfigRequest": ".create_training_job_config_request",
    "CreateTrainingJobConfigResponse": ".create_training_job_config_response",
    "CreateTrainingJobDataSource": ".create_training_job_data_source",
    "CreateTrainingJobDataset": ".create_training_job_dataset",
    "CreateTrainingJobInput": ".create_training_job_input",
    "CreateTrainingJobInputDataInfo": ".create_training_job_input_data_info",
    "CreateTrainingJobJobMetadata": ".create_training_job_job_metadata",
    "CreateTrainingJobJobMetadataAnnotations": ".create_training_job_job_metadata_annotations",
    "CreateTrainingJobJobSummary": ".create_training_job_job_summary",
    "CreateTrainingJobLogDir": ".create_training_job_log_dir",
    "CreateTrainingJobObs": ".create_training_job_obs",
    "CreateTrainingJobOutput": ".create_training_job_output",
    "CreateTrainingJobPFSSummary": ".create_training_job_pfs_summary",
    "CreateTrainingJobRemote": ".create_training_job_remote",
    "CreateTrainingJobRemote2": ".create_training_job_remote_2",
    "CreateTrainingJobRemote3": ".create_training_job_remote_3",
    "CreateTrainingJobRemoteObs": ".create_training_job_remote_obs",
    "CreateTrainingJobRequest": ".create_training_job_request",
    "CreateTrainingJobResponse201": ".create_training_job_response_201",
    "CreateTrainingJobResponse201Kind": ".create_training_job_response_201_kind",
    "CreateTrainingJobSummary": ".create_training_job_summary",
    "CreateTrainingJobSummaryLogType": ".create_training_job_summary_log_type",
    "CreateTrainingJobV1Request": ".create_training_job_v1_request",
    "CreateTrainingJobV1Response": ".create_training_job_v1_response",
    "CreateTrainingJobVersionV1Request": ".create_training_job_version_v1_request",
    "CreateTrainingJobVersionV1Response": ".create_training_job_version_v1_response",
    "CreateVisualizationJobRequest": ".create_visualization_job_request",
    "CreateVisualizationJobResponse": ".create_visualization_job_response",
    "CreateWorkerRequest": ".create_worker_request",
    "CreateWorkerRequestRoleType0": ".create_worker_request_role_type_0",
    "CreateWorkerResponse201": ".create_worker_response_201",
    "CreateWorkforceRequest": ".create_workforce_request",
    "CreateWorkforceResponse201": ".create_workforce_response_201",
    "CreateWorkforceTaskRequest": ".create_workforce_task_request",
    "CreateWorkforceTaskRequestDataSyncType": ".create_workforce_task_request_data_sync_type",
    "CreateWorkforceTaskResponse": ".create_workforce_task_response",
    "CreatingStep": ".creating_step",
    "CredentialParameters": ".credential_parameters",
    "CustomHooks": ".custom_hooks",
    "CustomSpec": ".custom_spec",
    "DataSource": ".data_source",
    "DataSourceDataType": ".data_source_data_type",
    "DataSourceParameters": ".data_source_parameters",
    "DataSourceParametersType": ".data_source_parameters_type",
    "DataSourceRequest": ".data_source_request",
    "DataVolumeItem": ".data_volume_item",
    "DataVolumeItemVolumeType": ".data_volume_item_volume_type",
    "DataVolumesRes": ".data_volumes_res",
    "DataVolumesResStatus": ".data_volumes_res_status",
    "Dataset": ".dataset",
    "DatasetAndFilePreview": ".dataset_and_file_preview",
    "DatasetAndFilePreviewDataStatistics": ".dataset_and_file_preview_data_statistics",
    "DatasetAndFilePreviewDataStatisticsAdditionalProperty": ".dataset_and_file_preview_data_statistics_additional_property",
    "DatasetAndFilePreviewDatasetFormat": ".dataset_and_file_preview_dataset_format",
    "DatasetAndFilePreviewDatasetType": ".dataset_and_file_preview_dataset_type",
    "DatasetAndFilePreviewDeletionStats": ".dataset_and_file_preview_deletion_stats",
    "DatasetAndFilePreviewStatus": ".dataset_and_file_preview_status",
    "DatasetVersion": ".dataset_version",
    "DatasetVersionAnalysisStatus": ".dataset_version_analysis_status",
    "DatasetVersionDataAnalysis": ".dataset_version_data_analysis",
    "DatasetVersionDataAnalysisAdditionalProperty": ".dataset_version_data_analysis_additional_property",
    "DatasetVersionDataStatistics": ".dataset_version_data_statistics",
    "DatasetVersionDataStatisticsAdditionalProperty": ".dataset_version_data_statistics_additional_property",
    "DatasetVersionDeletionStats": ".dataset_version_deletion_stats",
    "DatasetVersionLabelType": ".dataset_version_label_type",
    "DatasetVersionProcessorTaskStatus": ".dataset_version_processor_task_status",
    "DatasetVersionStatus": ".dataset_version_status",
    "DatasetVersionVersionFormat": ".dataset_version_version_format",
    "DeleteAuthorizationsResponse200": ".delete_authorizations_response_200",
    "DeleteDatasetResponse204": ".delete_dataset_response_204",
    "DeleteDatasetVersionResponse204": ".delete_dataset_version_response_204",
    "DeleteDevEnvInstanceResponse": ".delete_dev_env_instance_response",
    "DeleteImageResponse": ".delete_image_response",
    "DeleteImageResponseServiceType": ".delete_image_response_service_type",
    "DeleteImageResponseStatus": ".delete_image_response_status",
    "DeleteLabelAndSamplesLabelType": ".delete_label_and_samples_label_type",
    "DeleteLabelAndSamplesResponse204": ".delete_label_and_samples_response_204",
    "DeleteLabelsDeletePolicy": ".delete_labels_delete_policy",
    "DeleteLabelsRequest": ".delete_labels_request",
    "DeleteLabelsResponse": ".delete_labels_response",
    "DeleteModelResponse": ".delete_model_response",
    "DeleteModelResponseFailedList": ".delete_model_response_failed_list",
    "DeleteNetworkNetworkMetadata": ".delete_network_network_metadata",
    "DeleteNetworkNetworkMetadataLabels": ".delete_network_network_metadata_labels",
    "DeleteNetworkResponse": ".delete_network_response",
    "DeleteNetworkResponseApiVersion": ".delete_network_response_api_version",
    "DeleteNetworkResponseKind": ".delete_network_response_kind",
    "DeleteNotebookPool": ".delete_notebook_pool",
    "DeleteNotebookResponse": ".delete_notebook_response",
    "DeleteNotebookResponseFeature": ".delete_notebook_response_feature",
    "DeleteNotebookResponseStatus": ".delete_notebook_response_status",
    "DeletePluginPluginSpec": ".delete_plugin_plugin_spec",
    "DeletePluginResponse": ".delete_plugin_response",
    "DeletePluginResponseApiVersion": ".delete_plugin_response_api_version",
    "DeletePluginTemplate": ".delete_plugin_template",
    "DeletePluginTemplateInputs": ".delete_plugin_template_inputs",
    "DeletePluginTemplateInputsAdditionalProperty": ".delete_plugin_template_inputs_additional_property",
    "DeletePoolDataVolumeItem": ".delete_pool_data_volume_item",
    "DeletePoolDataVolumeItemVolumeType": ".delete_pool_data_volume_item_volume_type",
    "DeletePoolLvmConfig": ".delete_pool_lvm_config",
    "DeletePoolLvmConfigLvType": ".delete_pool_lvm_config_lv_type",
    "DeletePoolPoolResource": ".delete_pool_pool_resource",
    "DeletePoolPoolSpec": ".delete_pool_pool_spec",
    "DeletePoolPoolSpecScopeItem": ".delete_pool_pool_spec_scope_item",
    "DeletePoolPoolSpecType": ".delete_pool_pool_spec_type",
    "DeletePoolResponse": ".delete_pool_response",
    "DeletePoolResponseApiVersion": ".delete_pool_response_api_version",
    "DeletePoolResponseKind": ".delete_pool_response_kind",
    "DeletePoolRootVolume": ".delete_pool_root_volume",
    "DeletePoolRootVolumeVolumeType": ".delete_pool_root_volume_volume_type",
    "DeletePoolUserTag": ".delete_pool_user_tag",
    "DeletePoolVolumeExtendParams": ".delete_pool_volume_extend_params",
    "DeletePoolVolumeExtendParamsVolumeGroup": ".delete_pool_volume_extend_params_volume_group",
    "DeletePoolVolumeGroupConfig": ".delete_pool_volume_group_config",
    "DeletePoolVolumeGroupConfigTypesItem": ".delete_pool_volume_group_config_types_item",
    "DeleteProcessorTaskResponse200": ".delete_processor_task_response_200",
    "DeleteProcessorTaskVersionResponse204": ".delete_processor_task_version_response_204",
    "DeleteSamplesRequest": ".delete_samples_request",
    "DeleteSamplesResponse": ".delete_samples_response",
    "DeleteServiceResponse200": ".delete_service_response_200",
    "DeleteTrainingJobConfigResponse": ".delete_training_job_config_response",
    "DeleteTrainingJobV1Response": ".delete_training_job_v1_response",
    "DeleteTrainingJobVersionV1Response": ".delete_training_job_version_v1_response",
    "DeleteVisualizationJobResponse": ".delete_visualization_job_response",
    "DeleteWorkerResponse204": ".delete_worker_response_204",
    "DeleteWorkforceResponse204": ".delete_workforce_response_204",
    "DeleteWorkforceTaskResponse204": ".delete_workforce_task_response_204",
    "DescDatasetResponse": ".desc_dataset_response",
    "DescDatasetResponseDataStatistics": ".desc_dataset_response_data_statistics",
    "DescDatasetResponseDataStatisticsAdditionalProperty": ".desc_dataset_response_data_statistics_additional_property",
    "DescDatasetResponseDatasetFormat": ".desc_dataset_response_dataset_format",
    "DescDatasetResponseDatasetType": ".desc_dataset_response_dataset_type",
    "DescDatasetResponseDeletionStats": ".desc_dataset_response_deletion_stats",
    "DescDatasetResponseStatus": ".desc_dataset_response_status",
    "DescDatasetRunningTaskType": ".desc_dataset_running_task_type",
    "DescImportTaskResponse": ".desc_import_task_response",
    "DescImportTaskResponseImportType": ".desc_import_task_response_import_type",
    "DescImportTaskResponseStatus": ".desc_import_task_response_status",
    "DescProcessorTaskVersionResponse": ".desc_processor_task_version_response",
    "DescProcessorTaskVersionResponseStatus": ".desc_processor_task_version_response_status",
    "DescProcessorTaskVersionResultsResp": ".desc_processor_task_version_results_resp",
    "DescProcessorTaskVersionResultsRespResultDescriptionItem": ".desc_processor_task_version_results_resp_result_description_item",
    "DescProcessorTaskVersionResultsRespResultProperty": ".desc_processor_task_version_results_resp_result_property",
    "DescTaskVersionResp": ".desc_task_version_resp",
    "DescTaskVersionRespStatus": ".desc_task_version_resp_status",
    "DescWorkerResponse": ".desc_worker_response",
    "DescWorkerResponseStatus": ".desc_worker_response_status",
    "DescWorkforceResponse": ".desc_workforce_response",
    "DescWorkforceTaskResponse": ".desc_workforce_task_response",
    "DescWorkforceTaskResponseStatus": ".desc_workforce_task_response_status",
    "DescribeAutoAnnotationSampleResponse": ".describe_auto_annotation_sample_response",
    "DescribeAutoAnnotationSampleResponseHardDetails": ".describe_auto_annotation_sample_response_hard_details",
    "DescribeAutoAnnotationSampleResponseSampleType": ".describe_auto_annotation_sample_response_sample_type",
    "DescribeDatasetVersionResponse": ".describe_dataset_version_response",
    "DescribeDatasetVersionResponseAnalysisStatus": ".describe_dataset_version_response_analysis_status",
    "DescribeDatasetVersionResponseDataAnalysis": ".describe_dataset_version_response_data_analysis",
    "DescribeDatasetVersionResponseDataAnalysisAdditionalProperty": ".describe_dataset_version_response_data_analysis_additional_property",
    "DescribeDatasetVersionResponseDataStatistics": ".describe_dataset_version_response_data_statistics",
    "DescribeDatasetVersionResponseDataStatisticsAdditionalProperty": ".describe_dataset_version_response_data_statistics_additional_property",
    "DescribeDatasetVersionResponseDeletionStats": ".describe_dataset_version_response_deletion_stats",
    "DescribeDatasetVersionResponseLabelType": ".describe_dataset_version_response_label_type",
    "DescribeDatasetVersionResponseProcessorTaskStatus": ".describe_dataset_version_response_processor_task_status",
    "DescribeDatasetVersionResponseStatus": ".describe_dataset_version_response_status",
    "DescribeDatasetVersionResponseVersionFormat": ".describe_dataset_version_response_version_format",
    "DescribeProcessorTaskResp": ".describe_processor_task_resp",
    "DescribeProcessorTaskRespResult": ".describe_processor_task_resp_result",
    "DescribeProcessorTaskRespStatus": ".describe_processor_task_resp_status",
    "DescribeProcessorTaskResponse": ".describe_processor_task_response",
    "DescribeProcessorTaskResponseResultType0": ".describe_processor_task_response_result_type_0",
    "DescribeProcessorTaskResponseStatus": ".describe_processor_task_response_status",
    "DescribeSampleResp": ".describe_sample_resp",
    "DescribeSampleRespHardDetails": ".describe_sample_resp_hard_details",
    "DescribeSampleRespSampleType": ".describe_sample_resp_sample_type",
    "DescribeSampleResponse": ".describe_sample_response",
    "DescribeSampleResponseHardDetails": ".describe_sample_response_hard_details",
    "DescribeSampleResponseSampleType": ".describe_sample_response_sample_type",
    "DescribeWorkforceTaskSampleResponse": ".describe_workforce_task_sample_response",
    "DescribeWorkforceTaskSampleResponseHardDetails": ".describe_workforce_task_sample_response_hard_details",
    "DescribeWorkforceTaskSampleResponseSampleType": ".describe_workforce_task_sample_response_sample_type",
    "Disk": ".disk",
    "DiskResponse": ".disk_response",
    "DisplayInfo": ".display_info",
    "DockerDeploymentParameters": ".docker_deployment_parameters",
    "DockerDeploymentParametersAnnotationsType0": ".docker_deployment_parameters_annotations_type_0",
    "Domain": ".domain",
    "EndpointsReq": ".endpoints_req",
    "EndpointsReqService": ".endpoints_req_service",
    "EndpointsRes": ".endpoints_res",
    "EndpointsResDevService": ".endpoints_res_dev_service",
    "EndpointsResService": ".endpoints_res_service",
    "Engine": ".engine",
    "EngineAndRuntimesResponse": ".engine_and_runtimes_response",
    "EngineAndRuntimesResponseAiEngine": ".engine_and_runtimes_response_ai_engine",
    "EngineAndRuntimesResponseArchItem": ".engine_and_runtimes_response_arch_item",
    "EngineAndRuntimesResponseImageSourceItem": ".engine_and_runtimes_response_image_source_item",
    "EngineAndRuntimesResponseStatusListItem": ".engine_and_runtimes_response_status_list_item",
    "EnginesParameters": ".engines_parameters",
    "Error": ".error",
    "Event": ".event",
    "EventEventsItem": ".event_events_item",
    "EventStatus": ".event_status",
    "ExportParams": ".export_params",
    "ExportTaskRequest": ".export_task_request",
    "ExportTaskRequestAnnotationFormat": ".export_task_request_annotation_format",
    "ExportTaskRequestExportFormat": ".export_task_request_export_format",
    "ExportTaskRequestExportType": ".export_task_request_export_type",
    "ExportTaskRequestVersionFormat": ".export_task_request_version_format",
    "ExportTaskResponse": ".export_task_response",
    "ExportTaskResponseExportFormat": ".export_task_response_export_format",
    "ExportTaskResponseExportType": ".export_task_response_export_type",
    "ExportTaskResponseStatus": ".export_task_response_status",
    "ExportTaskResponseVersionFormat": ".export_task_response_version_format",
    "ExportTaskStatusResp": ".export_task_status_resp",
    "ExportTaskStatusRespExportFormat": ".export_task_status_resp_export_format",
    "ExportTaskStatusRespExportType": ".export_task_status_resp_export_type",
    "ExportTaskStatusRespVersionFormat": ".export_task_status_resp_version_format",
    "FailedReasonsDetail": ".failed_reasons_detail",
    "FailedReasonsParametersType0": ".failed_reasons_parameters_type_0",
    "Field": ".field",
    "FileCopyProgress": ".file_copy_progress",
    "Filter": ".filter_",
    "FilterOperator": ".filter_operator",
    "Flavor": ".flavor",
    "FlavorCreatingStepVO": ".flavor_creating_step_vo",
    "FlavorDetail": ".flavor_detail",
    "FlavorDetailFlavorType": ".flavor_detail_flavor_type",
    "FlavorDetailsParameters": ".flavor_details_parameters",
    "FlavorDetailsParametersParams": ".flavor_details_parameters_params",
    "FlavorDetailsParametersStatus": ".flavor_details_parameters_status",
    "FlavorInfo": ".flavor_info",
    "FlavorInfoResponse": ".flavor_info_response",
    "FlavorParameters": ".flavor_parameters",
    "FlavorResponse": ".flavor_response",
    "FlavorResponseAttributes": ".flavor_response_attributes",
    "FlavorResponseFlavorType": ".flavor_response_flavor_type",
    "Frequency": ".frequency",
    "GetAuthorizationsResponse": ".get_authorizations_response",
    "GetDatasetMetricsResponse": ".get_dataset_metrics_response",
    "GetDatasetMetricsResponseMetrics": ".get_dataset_metrics_response_metrics",
    "GetDatasetMetricsResponseMetricsAdditionalProperty": ".get_dataset_metrics_response_metrics_additional_property",
    "GetDatasetStatsResponse": ".get_dataset_stats_response",
    "GetDatasetStatsResponseGroupedLabelStats": ".get_dataset_stats_response_grouped_label_stats",
    "GetDatasetStatsResponseHardDetailStats": ".get_dataset_stats_response_hard_detail_stats",
    "GetDatasetStatsResponseKeySampleStats": ".get_dataset_stats_response_key_sample_stats",
    "GetDatasetStatsResponseMetadataStats": ".get_dataset_stats_response_metadata_stats",
    "GetDatasetStatsResponseMetadataStatsAdditionalProperty": ".get_dataset_stats_response_metadata_stats_additional_property",
    "GetDatasetStatsResponseSampleStats": ".get_dataset_stats_response_sample_stats",
    "GetExportTaskStatusOfDatasetResponse": ".get_export_task_status_of_dataset_response",
    "GetExportTaskStatusOfDatasetResponseExportFormat": ".get_export_task_status_of_dataset_response_export_format",
    "GetExportTaskStatusOfDatasetResponseExportType": ".get_export_task_status_of_dataset_response_export_type",
    "GetExportTaskStatusOfDatasetResponseVersionFormat": ".get_export_task_status_of_dataset_response_version_format",
    "GetExportTasksStatusOfDatasetExportType": ".get_export_tasks_status_of_dataset_export_type",
    "GetExportTasksStatusOfDatasetResponse": ".get_export_tasks_status_of_dataset_response",
    "GetExportTasksStatusOfDatasetResponseExportFormat": ".get_export_tasks_status_of_dataset_response_export_format",
    "GetExportTasksStatusOfDatasetResponseExportType": ".get_export_tasks_status_of_dataset_response_export_type",
    "GetExportTasksStatusOfDatasetResponseVersionFormat": ".get_export_tasks_status_of_dataset_response_version_format",
    "GetProcessorTaskItemsResponse": ".get_processor_task_items_response",
    "GetWorkforceSamplingTaskResponse": ".get_workforce_sampling_task_response",
    "GetWorkforceTaskMetricsResponse": ".get_workforce_task_metrics_response",
    "GetWorkforceTaskMetricsResponseSampleStats": ".get_workforce_task_metrics_response_sample_stats",
    "GetWorkforceTaskMetricsResponseSampleStatsAdditionalProperty": ".get_workforce_task_metrics_response_sample_stats_additional_property",
    "Gpu": ".gpu",
    "GpuInfo": ".gpu_info",
    "GuideDoc": ".guide_doc",
    "HardDetail": ".hard_detail",
    "HardSelectTask": ".hard_select_task",
    "HostPathParameters": ".host_path_parameters",
    "I18NDescriptionType0": ".i18n_description_type_0",
    "Image": ".image",
    "ImageGroup": ".image_group",
    "ImageInfo": ".image_info",
    "ImageResponse": ".image_response",
    "ImageResponseServiceType": ".image_response_service_type",
    "ImageResponseStatus": ".image_response_status",
    "ImageResponseVisibility": ".image_response_visibility",
    "ImageServiceType": ".image_service_type",
    "ImageStatus": ".image_status",
    "ImportTaskRequest": ".import_task_request",
    "ImportTaskRequestImportOrigin": ".import_task_request_import_origin",
    "ImportTaskRequestImportType": ".import_task_request_import_type",
    "ImportTaskResponse": ".import_task_response",
    "ImportTaskStatusResp": ".import_task_status_resp",
    "ImportTaskStatusRespImportType": ".import_task_status_resp_import_type",
    "ImportTaskStatusRespStatus": ".import_task_status_resp_status",
    "InfConfig": ".inf_config",
    "InfConfigEnvs": ".inf_config_envs",
    "Input": ".input_",
    "InputDataInfo": ".input_data_info",
    "Inputs": ".inputs",
    "InstancesParameters": ".instances_parameters",
    "Items": ".items",
    "JobAlgorithm": ".job_algorithm",
    "JobAlgorithmEnvironments": ".job_algorithm_environments",
    "JobAlgorithmResponse": ".job_algorithm_response",
    "JobAlgorithmResponseEnvironmentsItem": ".job_algorithm_response_environments_item",
    "JobConfig": ".job_config",
    "JobEndpointsReq": ".job_endpoints_req",
    "JobEndpointsResp": ".job_endpoints_resp",
    "JobEngine": ".job_engine",
    "JobEngineEngineId": ".job_engine_engine_id",
    "JobMetadata": ".job_metadata",
    "JobMetadataAnnotations": ".job_metadata_annotations",
    "JobPolicies": ".job_policies",
    "JobProgress": ".job_progress",
    "JobProgressStep": ".job_progress_step",
    "JobResponse": ".job_response",
    "JobResponseKind": ".job_response_kind",
    "JobSummary": ".job_summary",
    "JobVolume": ".job_volume",
    "JobsParameters": ".jobs_parameters",
    "JupyterLab": ".jupyter_lab",
    "Label": ".label",
    "LabelAttribute": ".label_attribute",
    "LabelAttributeType": ".label_attribute_type",
    "LabelAttributeValue": ".label_attribute_value",
    "LabelFormat": ".label_format",
    "LabelFormatLabelType": ".label_format_label_type",
    "LabelProperty": ".label_property",
    "LabelPropertyModelartsdefaultShape": ".label_property_modelartsdefault_shape",
    "LabelStats": ".label_stats",
    "LabelStatsType": ".label_stats_type",
    "LabelType": ".label_type",
    "Lease": ".lease",
    "LeaseReq": ".lease_req",
    "ListAlgorithmsAdvancedConfig": ".list_algorithms_advanced_config",
    "ListAlgorithmsAutoSearch": ".list_algorithms_auto_search",
    "ListAlgorithmsInputs": ".list_algorithms_inputs",
    "ListAlgorithmsJobConfig": ".list_algorithms_job_config",
    "ListAlgorithmsJobConfigCodeTreeType1": ".list_algorithms_job_config_code_tree_type_1",
    "ListAlgorithmsOutputs": ".list_algorithms_outputs",
    "ListAlgorithmsResponse": ".list_algorithms_response",
    "ListAlgorithmsSearchParams": ".list_algorithms_search_params",
    "ListAllNotebooksPool": ".list_all_notebooks_pool",
    "ListAllNotebooksResponse": ".list_all_notebooks_response",
    "ListAllNotebooksSortDir": ".list_all_notebooks_sort_dir",
    "ListAllWorkersOrder": ".list_all_workers_order",
    "ListAllWorkersResponse": ".list_all_workers_response",
    "ListAllWorkersRole": ".list_all_workers_role",
    "ListAllWorkersSortBy": ".list_all_workers_sort_by",
    "ListAttachableObSsResponse": ".list_attachable_ob_ss_response",
    "ListAutoAnnotationSamplesDescribeSampleResp": ".list_auto_annotation_samples_describe_sample_resp",
    "ListAutoAnnotationSamplesDescribeSampleRespHardDetails": ".list_auto_annotation_samples_describe_sample_resp_hard_details",
    "ListAutoAnnotationSamplesDescribeSampleRespSampleType": ".list_auto_annotation_samples_describe_sample_resp_sample_type",
    "ListAutoAnnotationSamplesLabelType": ".list_auto_annotation_samples_label_type",
    "ListAutoAnnotationSamplesOrder": ".list_auto_annotation_samples_order",
    "ListAutoAnnotationSamplesResponse": ".list_auto_annotation_samples_response",
    "ListBuiltInAlgorithmsV1Order": ".list_built_in_algorithms_v1_order",
    "ListBuiltInAlgorithmsV1Response": ".list_built_in_algorithms_v1_response",
    "ListBuiltInAlgorithmsV1SortBy": ".list_built_in_algorithms_v1_sort_by",
    "ListDatasetVersionsResponse": ".list_dataset_versions_response",
    "ListDatasetVersionsStatus": ".list_dataset_versions_status",
    "ListDatasetVersionsVersionFormat": ".list_dataset_versions_version_format",
    "ListDatasetsDatasetType": ".list_datasets_dataset_type",
    "ListDatasetsDatasetVersion": ".list_datasets_dataset_version",
    "ListDatasetsOrder": ".list_datasets_order",
    "ListDatasetsResponse": ".list_datasets_response",
    "ListDatasetsRunningTaskType": ".list_datasets_running_task_type",
    "ListDatasetsSortBy": ".list_datasets_sort_by",
    "ListDatasetsVersionFormat": ".list_datasets_version_format",
    "ListDevEnvInstancesAutoStopParameters": ".list_dev_env_instances_auto_stop_parameters",
    "ListDevEnvInstancesFlavorDetailsParameters": ".list_dev_env_instances_flavor_details_parameters",
    "ListDevEnvInstancesFlavorDetailsParametersParams": ".list_dev_env_instances_flavor_details_parameters_params",
    "ListDevEnvInstancesFlavorDetailsParametersPromoType": ".list_dev_env_instances_flavor_details_parameters_promo_type",
    "ListDevEnvInstancesFlavorDetailsParametersStatus": ".list_dev_env_instances_flavor_details_parameters_status",
    "ListDevEnvInstancesNotebookParameters": ".list_dev_env_instances_notebook_parameters",
    "ListDevEnvInstancesNotebookParametersAnnotations": ".list_dev_env_instances_notebook_parameters_annotations",
    "ListDevEnvInstancesNotebookParametersExtendParams": ".list_dev_env_instances_notebook_parameters_extend_params",
    "ListDevEnvInstancesProfileParameters": ".list_dev_env_instances_profile_parameters",
    "ListDevEnvInstancesProfileParametersLabels": ".list_dev_env_instances_profile_parameters_labels",
    "ListDevEnvInstancesProvisionParameters": ".list_dev_env_instances_provision_parameters",
    "ListDevEnvInstancesProvisionParametersAnnotations": ".list_dev_env_instances_provision_parameters_annotations",
    "ListDevEnvInstancesQueuingInfoParameters": ".list_dev_env_instances_queuing_info_parameters",
    "ListDevEnvInstancesResponse": ".list_dev_env_instances_response",
    "ListDevEnvInstancesWorkspaceParameters": ".list_dev_env_instances_workspace_parameters",
    "ListEventsEvent": ".list_events_event",
    "ListEventsEventApiVersion": ".list_events_event_api_version",
    "ListEventsEventKind": ".list_events_event_kind",
    "ListEventsEventType": ".list_events_event_type",
    "ListEventsResource": ".list_events_resource",
    "ListEventsResponse": ".list_events_response",
    "ListEventsResponseApiVersion": ".list_events_response_api_version",
    "ListEventsResponseKind": ".list_events_response_kind",
    "ListEventsType": ".list_events_type",
    "ListFlavorsCategory": ".list_flavors_category",
    "ListFlavorsResponse": ".list_flavors_response",
    "ListFlavorsSortDir": ".list_flavors_sort_dir",
    "ListImageGroupResponse": ".list_image_group_response",
    "ListImageResponse": ".list_image_response",
    "ListImageServiceType": ".list_image_service_type",
    "ListImageSortDir": ".list_image_sort_dir",
    "ListImportTasksResponse": ".list_import_tasks_response",
    "ListJobEngineSpecsV1JobType": ".list_job_engine_specs_v1_job_type",
    "ListJobEngineSpecsV1Response": ".list_job_engine_specs_v1_response",
    "ListJobResourceSpecsV1JobType": ".list_job_resource_specs_v1_job_type",
    "ListJobResourceSpecsV1Response": ".list_job_resource_specs_v1_response",
    "ListLabelsResponse": ".list_labels_response",
    "ListModelsModelStatus": ".list_models_model_status",
    "ListModelsResponse": ".list_models_response",
    "ListNetworksNetworkMetadata": ".list_networks_network_metadata",
    "ListNetworksNetworkMetadataLabels": ".list_networks_network_metadata_labels",
    "ListNetworksResponse": ".list_networks_response",
    "ListNetworksResponseApiVersion": ".list_networks_response_api_version",
    "ListNetworksResponseKind": ".list_networks_response_kind",
    "ListNodeTagsResponse": ".list_node_tags_response",
    "ListNodeTagsTag": ".list_node_tags_tag",
    "ListNotebooksNotebookResp": ".list_notebooks_notebook_resp",
    "ListNotebooksNotebookRespFeature": ".list_notebooks_notebook_resp_feature",
    "ListNotebooksNotebookRespStatus": ".list_notebooks_notebook_resp_status",
    "ListNotebooksPool": ".list_notebooks_pool",
    "ListNotebooksResponse": ".list_notebooks_response",
    "ListNotebooksSortDir": ".list_notebooks_sort_dir",
    "ListNotebooksStatus": ".list_notebooks_status",
    "ListOrdersPhase": ".list_orders_phase",
    "ListOrdersResource": ".list_orders_resource",
    "ListOrdersResponse": ".list_orders_response",
    "ListPluginTemplatesResponse": ".list_plugin_templates_response",
    "ListPluginsPluginSpec": ".list_plugins_plugin_spec",
    "ListPluginsResponse": ".list_plugins_response",
    "ListPluginsResponseApiVersion": ".list_plugins_response_api_version",
    "ListPluginsResponseKind": ".list_plugins_response_kind",
    "ListPluginsTemplate": ".list_plugins_template",
    "ListPluginsTemplateInputs": ".list_plugins_template_inputs",
    "ListPluginsTemplateInputsAdditionalProperty": ".list_plugins_template_inputs_additional_property",
    "ListPoolNodesResponse": ".list_pool_nodes_response",
    "ListPoolNodesResponseApiVersion": ".list_pool_nodes_response_api_version",
    "ListPoolNodesResponseKind": ".list_pool_nodes_response_kind",
    "ListPoolTagsResponse": ".list_pool_tags_response",
    "ListPoolTagsTag": ".list_pool_tags_tag",
    "ListPoolsResponse": ".list_pools_response",
    "ListPoolsResponseApiVersion": ".list_pools_response_api_version",
    "ListPoolsResponseKind": ".list_pools_response_kind",
    "ListPoolsStatus": ".list_pools_status",
    "ListProcessorTaskVersionResultsResponse": ".list_processor_task_version_results_response",
    "ListProcessorTaskVersionResultsResultProperty": ".list_processor_task_version_results_result_property",
    "ListProcessorTaskVersionsOrder": ".list_processor_task_versions_order",
    "ListProcessorTaskVersionsResponse": ".list_processor_task_versions_response",
    "ListProcessorTaskVersionsSortBy": ".list_processor_task_versions_sort_by",
    "ListProcessorTasksOrder": ".list_processor_tasks_order",
    "ListProcessorTasksResponse": ".list_processor_tasks_response",
    "ListProcessorTasksSortBy": ".list_processor_tasks_sort_by",
    "ListProcessorTasksSource": ".list_processor_tasks_source",
    "ListProcessorTasksSourceType": ".list_processor_tasks_source_type",
    "ListProcessorTasksStatus": ".list_processor_tasks_status",
    "ListProcessorTasksTaskType": ".list_processor_tasks_task_type",
    "ListResourceFlavorsDataVolumeItem": ".list_resource_flavors_data_volume_item",
    "ListResourceFlavorsDataVolumeItemVolumeType": ".list_resource_flavors_data_volume_item_volume_type",
    "ListResourceFlavorsResponse": ".list_resource_flavors_response",
    "ListResourceFlavorsResponseApiVersion": ".list_resource_flavors_response_api_version",
    "ListResourceFlavorsResponseKind": ".list_resource_flavors_response_kind",
    "ListResourceFlavorsRootVolume": ".list_resource_flavors_root_volume",
    "ListResourceFlavorsRootVolumeVolumeType": ".list_resource_flavors_root_volume_volume_type",
    "ListSamplesLabelType": ".list_samples_label_type",
    "ListSamplesOrder": ".list_samples_order",
    "ListSamplesResponse": ".list_samples_response",
    "ListSamplesSampleMetadata": ".list_samples_sample_metadata",
    "ListSamplesSampleMetadataModelartshard": ".list_samples_sample_metadata_modelartshard",
    "ListSamplesSampleMetadataModelartshardReasonsItem": ".list_samples_sample_metadata_modelartshard_reasons_item",
    "ListSamplesSampleMetadataModelartssizeItem": ".list_samples_sample_metadata_modelartssize_item",
    "ListSamplesSampleType": ".list_samples_sample_type",
    "ListSearchResponse": ".list_search_response",
    "ListSearchResponseMetadata": ".list_search_response_metadata",
    "ListServicesInferType": ".list_services_infer_type",
    "ListServicesItem": ".list_services_item",
    "ListServicesItemAdditionalProperties": ".list_services_item_additional_properties",
    "ListServicesItemInferType": ".list_services_item_infer_type",
    "ListServicesItemStatus": ".list_services_item_status",
    "ListServicesResponse": ".list_services_response",
    "ListServicesSchedule": ".list_services_schedule",
    "ListServicesScheduleTimeUnit": ".list_services_schedule_time_unit",
    "ListServicesStatus": ".list_services_status",
    "ListTasksDetailsFrequency": ".list_tasks_details_frequency",
    "ListTasksDetailsPeriods": ".list_tasks_details_periods",
    "ListTasksDetailsResponse": ".list_tasks_details_response",
    "ListTasksDetailsSortDir": ".list_tasks_details_sort_dir",
    "ListTasksDetailsSortKey": ".list_tasks_details_sort_key",
    "ListTasksDetailsState": ".list_tasks_details_state",
    "ListTasksDetailsTaskInput": ".list_tasks_details_task_input",
    "ListTasksDetailsTaskInputVcn": ".list_tasks_details_task_input_vcn",
    "ListTasksDetailsTaskOutputDis": ".list_tasks_details_task_output_dis",
    "ListTasksDetailsTaskOutputForDisplay": ".list_tasks_details_task_output_for_display",
    "ListTasksDetailsTaskOutputObs": ".list_tasks_details_task_output_obs",
    "ListTasksDetailsTaskOutputWebhook": ".list_tasks_details_task_output_webhook",
    "ListTasksDetailsTaskOutputWebhookHeaders": ".list_tasks_details_task_output_webhook_headers",
    "ListTasksDetailsTaskSchedule": ".list_tasks_details_task_schedule",
    "ListTasksDetailsTaskScheduleExecutionMode": ".list_tasks_details_task_schedule_execution_mode",
    "ListTasksDetailsTaskScheduleType": ".list_tasks_details_task_schedule_type",
    "ListTasksExportParams": ".list_tasks_export_params",
    "ListTasksExportParamsExportDest": ".list_tasks_export_params_export_dest",
    "ListTasksResponse": ".list_tasks_response",
    "ListTasksSearchCondition": ".list_tasks_search_condition",
    "ListTasksSearchConditionHard": ".list_tasks_search_condition_hard",
    "ListTasksSearchConditionSampleTime": ".list_tasks_search_condition_sample_time",
    "ListTasksType": ".list_tasks_type",
    "ListTrainingJobConfigsConfigType": ".list_training_job_configs_config_type",
    "ListTrainingJobConfigsOrder": ".list_training_job_configs_order",
    "ListTrainingJobConfigsResponse": ".list_training_job_configs_response",
    "ListTrainingJobConfigsSortBy": ".list_training_job_configs_sort_by",
    "ListTrainingJobEventsEvent": ".list_training_job_events_event",
    "ListTrainingJobEventsResponse": ".list_training_job_events_response",
    "ListTrainingJobLogFileNamesV1Response": ".list_training_job_log_file_names_v1_response",
    "ListTrainingJobVersionsV1DataSourceParameters": ".list_training_job_versions_v1_data_source_parameters",
    "ListTrainingJobVersionsV1Response": ".list_training_job_versions_v1_response",
    "ListTrainingJobVersionsV1VolumesParameters": ".list_training_job_versions_v1_volumes_parameters",
    "ListTrainingJobsAlgorithmInput": ".list_training_jobs_algorithm_input",
    "ListTrainingJobsAlgorithmOutput": ".list_training_jobs_algorithm_output",
    "ListTrainingJobsAlgorithmRemote": ".list_training_jobs_algorithm_remote",
    "ListTrainingJobsAutoSearch": ".list_training_jobs_auto_search",
    "ListTrainingJobsDataSource": ".list_training_jobs_data_source",
    "ListTrainingJobsDataset": ".list_training_jobs_dataset",
    "ListTrainingJobsInput": ".list_training_jobs_input",
    "ListTrainingJobsInputDataInfo": ".list_training_jobs_input_data_info",
    "ListTrainingJobsJobAlgorithmResponse": ".list_training_jobs_job_algorithm_response",
    "ListTrainingJobsJobAlgorithmResponseEnvironmentsItem": ".list_training_jobs_job_algorithm_response_environments_item",
    "ListTrainingJobsJobMetadata": ".list_training_jobs_job_metadata",
    "ListTrainingJobsJobMetadataAnnotations": ".list_training_jobs_job_metadata_annotations",
    "ListTrainingJobsJobSummary": ".list_training_jobs_job_summary",
    "ListTrainingJobsLogDir": ".list_training_jobs_log_dir",
    "ListTrainingJobsObs": ".list_training_jobs_obs",
    "ListTrainingJobsOutput": ".list_training_jobs_output",
    "ListTrainingJobsPFSSummary": ".list_training_jobs_pfs_summary",
    "ListTrainingJobsPolicies": ".list_training_jobs_policies",
    "ListTrainingJobsRemote": ".list_training_jobs_remote",
    "ListTrainingJobsRemoteObs": ".list_training_jobs_remote_obs",
    "ListTrainingJobsRequest": ".list_training_jobs_request",
    "ListTrainingJobsResponse": ".list_training_jobs_response",
    "ListTrainingJobsSummary": ".list_training_jobs_summary",
    "ListTrainingJobsSummaryLogType": ".list_training_jobs_summary_log_type",
    "ListTrainingJobsTaskResponse": ".list_training_jobs_task_response",
    "ListTrainingJobsTaskResponseAlgorithm": ".list_training_jobs_task_response_algorithm",
    "ListTrainingJobsV1Order": ".list_training_jobs_v1_order",
    "ListTrainingJobsV1Response": ".list_training_jobs_v1_response",
    "ListTrainingJobsV1SortBy": ".list_training_jobs_v1_sort_by",
    "ListVirtualresourceFlavorsResourceFlavor": ".list_virtualresource_flavors_resource_flavor",
    "ListVirtualresourceFlavorsResourceFlavorApiVersion": ".list_virtualresource_flavors_resource_flavor_api_version",
    "ListVirtualresourceFlavorsResourceFlavorKind": ".list_virtualresource_flavors_resource_flavor_kind",
    "ListVirtualresourceFlavorsResourceFlavorMetadata": ".list_virtualresource_flavors_resource_flavor_metadata",
    "ListVirtualresourceFlavorsResourceFlavorSpec": ".list_virtualresource_flavors_resource_flavor_spec",
    "ListVirtualresourceFlavorsResourceFlavorSpecCpuArch": ".list_virtualresource_flavors_resource_flavor_spec_cpu_arch",
    "ListVirtualresourceFlavorsResourceFlavorXpu": ".list_virtualresource_flavors_resource_flavor_xpu",
    "ListVirtualresourceFlavorsResponse": ".list_virtualresource_flavors_response",
    "ListVirtualresourceFlavorsResponseApiVersion": ".list_virtualresource_flavors_response_api_version",
    "ListVirtualresourceFlavorsResponseKind": ".list_virtualresource_flavors_response_kind",
    "ListVisualizationJobsJobsParameters": ".list_visualization_jobs_jobs_parameters",
    "ListVisualizationJobsOrder": ".list_visualization_jobs_order",
    "ListVisualizationJobsResponse": ".list_visualization_jobs_response",
    "ListVisualizationJobsSortBy": ".list_visualization_jobs_sort_by",
    "ListWorkerTasksOrder": ".list_worker_tasks_order",
    "ListWorkerTasksResponse": ".list_worker_tasks_response",
    "ListWorkerTasksSortBy": ".list_worker_tasks_sort_by",
    "ListWorkersOrder": ".list_workers_order",
    "ListWorkersResponse": ".list_workers_response",
    "ListWorkersSortBy": ".list_workers_sort_by",
    "ListWorkforceTaskSamplesDescribeSampleResp": ".list_workforce_task_samples_describe_sample_resp",
    "ListWorkforceTaskSamplesDescribeSampleRespHardDetails": ".list_workforce_task_samples_describe_sample_resp_hard_details",
    "ListWorkforceTaskSamplesDescribeSampleRespSampleType": ".list_workforce_task_samples_describe_sample_resp_sample_type",
    "ListWorkforceTaskSamplesLabelType": ".list_workforce_task_samples_label_type",
    "ListWorkforceTaskSamplesResponse": ".list_workforce_task_samples_response",
    "ListWorkforceTaskStatsResponse": ".list_workforce_task_stats_response",
    "ListWorkforceTaskStatsResponseGroupedLabelStats": ".list_workforce_task_stats_response_grouped_label_stats",
    "ListWorkforceTaskStatsResponseHardDetailStats": ".list_workforce_task_stats_response_hard_detail_stats",
    "ListWorkforceTaskStatsResponseKeySampleStats": ".list_workforce_task_stats_response_key_sample_stats",
    "ListWorkforceTaskStatsResponseMetadataStats": ".list_workforce_task_stats_response_metadata_stats",
    "ListWorkforceTaskStatsResponseMetadataStatsAdditionalProperty": ".list_workforce_task_stats_response_metadata_stats_additional_property",
    "ListWorkforceTaskStatsResponseSampleStats": ".list_workforce_task_stats_response_sample_stats",
    "ListWorkforceTasksResponse": ".list_workforce_tasks_response",
    "ListWorkforcesOrder": ".list_workforces_order",
    "ListWorkforcesResponse": ".list_workforces_response",
    "ListWorkforcesSortBy": ".list_workforces_sort_by",
    "ListWorkloadsResponse": ".list_workloads_response",
    "ListWorkloadsResponseApiVersion": ".list_workloads_response_api_version",
    "ListWorkloadsResponseKind": ".list_workloads_response_kind",
    "ListWorkloadsSort": ".list_workloads_sort",
    "ListWorkloadsStatus": ".list_workloads_status",
    "ListWorkloadsType": ".list_workloads_type",
    "LocationParameters": ".location_parameters",
    "Log": ".log",
    "LogDir": ".log_dir",
    "LogExportPath": ".log_export_path",
    "LogReportPipeline": ".log_report_pipeline",
    "LogResult": ".log_result",
    "LogVolume": ".log_volume",
    "LtsConfiguration": ".lts_configuration",
    "LvmConfig": ".lvm_config",
    "LvmConfigLvType": ".lvm_config_lv_type",
    "ManageDevEnvInstanceRequest": ".manage_dev_env_instance_request",
    "ManageDevEnvInstanceRequestAction": ".manage_dev_env_instance_request_action",
    "ManageDevEnvInstanceResponse": ".manage_dev_env_instance_response",
    "Memory": ".memory",
    "MemoryInfo": ".memory_info",
    "Metadata": ".metadata",
    "MetadataTagsType0Item": ".metadata_tags_type_0_item",
    "MetricObject": ".metric_object",
    "MetricObjectMetric": ".metric_object_metric",
    "MetricParameters": ".metric_parameters",
    "MetricParametersMetricMeta": ".metric_parameters_metric_meta",
    "MetricParametersReservedData": ".metric_parameters_reserved_data",
    "MetricValuesParameters": ".metric_values_parameters",
    "MetricsItem": ".metrics_item",
    "MetricsTable": ".metrics_table",
    "MindStudioInsight": ".mind_studio_insight",
    "ModelAdditionalProperties": ".model_additional_properties",
    "ModelArtsError": ".model_arts_error",
    "ModelDependencies": ".model_dependencies",
    "ModelHealth": ".model_health",
    "ModelListItem": ".model_list_item",
    "ModelListItemModelSource": ".model_list_item_model_source",
    "ModelMetricListParameters": ".model_metric_list_parameters",
    "ModelParamsInfo": ".model_params_info",
    "ModelSpecification": ".model_specification",
    "ModelsStructureData": ".models_structure_data",
    "Monitor": ".monitor",
    "Network": ".network",
    "NetworkApiVersion": ".network_api_version",
    "NetworkConnection": ".network_connection",
    "NetworkConnectionRequest": ".network_connection_request",
    "NetworkConnectionStatus": ".network_connection_status",
    "NetworkKind": ".network_kind",
    "NetworkMetadata": ".network_metadata",
    "NetworkMetadataAnnotations": ".network_metadata_annotations",
    "NetworkMetadataCreation": ".network_metadata_creation",
    "NetworkMetadataLabels": ".network_metadata_labels",
    "NetworkMetadataUpdate": ".network_metadata_update",
    "NetworkSpec": ".network_spec",
    "NetworkSpecCreation": ".network_spec_creation",
    "NetworkSpecUpdate": ".network_spec_update",
    "NetworkStatus": ".network_status",
    "NetworkStatusPhase": ".network_status_phase",
    "NetworkUpdateLabels": ".network_update_labels",
    "NeworkListMetadata": ".nework_list_metadata",
    "Nfs": ".nfs",
    "NfsParameters": ".nfs_parameters",
    "Node": ".node",
    "NodeAffinity": ".node_affinity",
    "NodeApiVersion": ".node_api_version",
    "NodeKind": ".node_kind",
    "NodeLabels": ".node_labels",
    "NodeListMetadata": ".node_list_metadata",
    "NodeMetadata": ".node_metadata",
    "NodeNetwork": ".node_network",
    "NodeResource": ".node_resource",
    "NodeSpec": ".node_spec",
    "NodeStatus": ".node_status",
    "NodeStatusPhase": ".node_status_phase",
    "NodeVOAnnotations": ".node_vo_annotations",
    "NotebookFlavor": ".notebook_flavor",
    "NotebookFlavorCategory": ".notebook_flavor_category",
    "NotebookFlavorStoragesItem": ".notebook_flavor_storages_item",
    "NotebookGpuInfo": ".notebook_gpu_info",
    "NotebookParameters": ".notebook_parameters",
    "NotebookParametersAnnotations": ".notebook_parameters_annotations",
    "NotebookResp": ".notebook_resp",
    "NotebookRespFeature": ".notebook_resp_feature",
    "NotebookRespStatus": ".notebook_resp_status",
    "Notification": ".notification",
    "NotificationEventsItem": ".notification_events_item",
    "Npu": ".npu",
    "NpuInfo": ".npu_info",
    "ObjectReference": ".object_reference",
    "Obs": ".obs",
    "ObsRequest": ".obs_request",
    "OperatorParam": ".operator_param",
    "OperatorParamParams": ".operator_param_params",
    "Order": ".order",
    "OrderOperation": ".order_operation",
    "OrderPhase": ".order_phase",
    "OsConfig": ".os_config",
    "OsPoolScopePlugin": ".os_pool_scope_plugin",
    "OsQuota": ".os_quota",
    "OsVersion": ".os_version",
    "Output": ".output",
    "Outputs": ".outputs",
    "OwnerParameters": ".owner_parameters",
    "Packages": ".packages",
    "PairOfintAndHardDetail": ".pair_ofint_and_hard_detail",
    "Parameter": ".parameter",
    "ParameterParameters": ".parameter_parameters",
    "Parameters": ".parameters",
    "ParametersConstraint": ".parameters_constraint",
    "PatchNetworkNetworkMetadata": ".patch_network_network_metadata",
    "PatchNetworkNetworkMetadataLabels": ".patch_network_network_metadata_labels",
    "PatchNetworkRequest": ".patch_network_request",
    "PatchNetworkResponse": ".patch_network_response",
    "PatchNetworkResponseApiVersion": ".patch_network_response_api_version",
    "PatchNetworkResponseKind": ".patch_network_response_kind",
    "PatchPluginPluginSpec": ".patch_plugin_plugin_spec",
    "PatchPluginRequest": ".patch_plugin_request",
    "PatchPluginResponse": ".patch_plugin_response",
    "PatchPluginTemplate": ".patch_plugin_template",
    "PatchPluginTemplateInputs": ".patch_plugin_template_inputs",
    "PatchPluginTemplateInputsAdditionalProperty": ".patch_plugin_template_inputs_additional_property",
    "PatchPoolDataVolumeItem": ".patch_pool_data_volume_item",
    "PatchPoolDataVolumeItemVolumeType": ".patch_pool_data_volume_item_volume_type",
    "PatchPoolLvmConfig": ".patch_pool_lvm_config",
    "PatchPoolLvmConfigLvType": ".patch_pool_lvm_config_lv_type",
    "PatchPoolPoolResource": ".patch_pool_pool_resource",
    "PatchPoolPoolSpec": ".patch_pool_pool_spec",
    "PatchPoolPoolSpecScopeItem": ".patch_pool_pool_spec_scope_item",
    "PatchPoolPoolSpecType": ".patch_pool_pool_spec_type",
    "PatchPoolRequest": ".patch_pool_request",
    "PatchPoolResponse": ".patch_pool_response",
    "PatchPoolResponseApiVersion": ".patch_pool_response_api_version",
    "PatchPoolResponseKind": ".patch_pool_response_kind",
    "PatchPoolRootVolume": ".patch_pool_root_volume",
    "PatchPoolRootVolumeVolumeType": ".patch_pool_root_volume_volume_type",
    "PatchPoolUserTag": ".patch_pool_user_tag",
    "PatchPoolVolumeExtendParams": ".patch_pool_volume_extend_params",
    "PatchPoolVolumeExtendParamsVolumeGroup": ".patch_pool_volume_extend_params_volume_group",
    "PatchPoolVolumeGroupConfig": ".patch_pool_volume_group_config",
    "PatchPoolVolumeGroupConfigTypesItem": ".patch_pool_volume_group_config_types_item",
    "PeerConnectionItem": ".peer_connection_item",
    "PeerConnectionItemRequest": ".peer_connection_item_request",
    "PeerConnectionStatus": ".peer_connection_status",
    "PeerConnectionStatusPhase": ".peer_connection_status_phase",
    "Periods": ".periods",
    "PersistentVolumes": ".persistent_volumes",
    "Pfs": ".pfs",
    "PFSSummary": ".pfs_summary",
    "Plugin": ".plugin",
    "PluginApiVersion": ".plugin_api_version",
    "PluginMetadata": ".plugin_metadata",
    "PluginResources": ".plugin_resources",
    "PluginResourcesLimits": ".plugin_resources_limits",
    "PluginResourcesRequests": ".plugin_resources_requests",
    "PluginSpec": ".plugin_spec",
    "PluginStatus": ".plugin_status",
    "PluginStatusPhase": ".plugin_status_phase",
    "PluginTemplate": ".plugin_template",
    "PluginTemplateApiVersion": ".plugin_template_api_version",
    "PluginTemplateKind": ".plugin_template_kind",
    "PluginTemplateMetadata": ".plugin_template_metadata",
    "PluginTemplateMetadataAnnotations": ".plugin_template_metadata_annotations",
    "PluginTemplateSpec": ".plugin_template_spec",
    "PluginTemplateSpecV2": ".plugin_template_spec_v2",
    "PluginTemplateSpecV2Type": ".plugin_template_spec_v2_type",
    "PluginTemplateSpecVersions": ".plugin_template_spec_versions",
    "PluginTemplateV2": ".plugin_template_v2",
    "PluginTemplateV2ApiVersion": ".plugin_template_v2_api_version",
    "PluginTemplateV2Kind": ".plugin_template_v2_kind",
    "PluginTemplateVersion": ".plugin_template_version",
    "PluginTemplateVersionInputs": ".plugin_template_version_inputs",
    "PluginTemplateVersionTranslate": ".plugin_template_version_translate",
    "PluginTemplateVersionV2": ".plugin_template_version_v2",
    "PluginTemplateVersionV2Inputs": ".plugin_template_version_v2_inputs",
    "PluginTemplateVersionV2Translate": ".plugin_template_version_v2_translate",
    "Policies": ".policies",
    "Pool": ".pool",
    "PoolAnnotationsCreation": ".pool_annotations_creation",
    "PoolAnnotationsUpdate": ".pool_annotations_update",
    "PoolApiVersion": ".pool_api_version",
    "PoolCluster": ".pool_cluster",
    "PoolClusterContainerNetwork": ".pool_cluster_container_network",
    "PoolClusterContainerNetworkMode": ".pool_cluster_container_network_mode",
    "PoolClusterMaster": ".pool_cluster_master",
    "PoolContainerNetwork": ".pool_container_network",
    "PoolCreatingStep": ".pool_creating_step",
    "PoolDataVolume": ".pool_data_volume",
    "PoolDataVolumeExtendParams": ".pool_data_volume_extend_params",
    "PoolDriver": ".pool_driver",
    "PoolDriverStatus": ".pool_driver_status",
    "PoolDriverStatusSet": ".pool_driver_status_set",
    "PoolDriverStatusState": ".pool_driver_status_state",
    "PoolDriverUpdateStrategy": ".pool_driver_update_strategy",
    "PoolKind": ".pool_kind",
    "PoolLabelsCreation": ".pool_labels_creation",
    "PoolLabelsCreationOsModelartssharing": ".pool_labels_creation_os_modelartssharing",
    "PoolLabelsUpdate": ".pool_labels_update",
    "PoolLabelsUpdateOsModelartssharing": ".pool_labels_update_os_modelartssharing",
    "PoolLvmConfig": ".pool_lvm_config",
    "PoolMetaAnnotations": ".pool_meta_annotations",
    "PoolMetaAnnotationsOsModelartsautoRenew": ".pool_meta_annotations_os_modelartsauto_renew",
    "PoolMetaAnnotationsOsModelartsbillingMode": ".pool_meta_annotations_os_modelartsbilling_mode",
    "PoolMetaAnnotationsOsModelartsperiodType": ".pool_meta_annotations_os_modelartsperiod_type",
    "PoolMetaLabels": ".pool_meta_labels",
    "PoolMetadata": ".pool_metadata",
    "PoolMetadataCreation": ".pool_metadata_creation",
    "PoolMetadataDeletion": ".pool_metadata_deletion",
    "PoolMetadataUpdate": ".pool_metadata_update",
    "PoolMetricsList": ".pool_metrics_list",
    "PoolMetricsListApiVersion": ".pool_metrics_list_api_version",
    "PoolMetricsListKind": ".pool_metrics_list_kind",
    "PoolMonitor": ".pool_monitor",
    "PoolMonitorDataPoint": ".pool_monitor_data_point",
    "PoolMonitorDataPointUnit": ".pool_monitor_data_point_unit",
    "PoolMonitorDimension": ".pool_monitor_dimension",
    "PoolMonitorMetric": ".pool_monitor_metric",
    "PoolMonitorMetricNamespace": ".pool_monitor_metric_namespace",
    "PoolMonitorSeries": ".pool_monitor_series",
    "PoolMonitorStatistic": ".pool_monitor_statistic",
    "PoolNetwork": ".pool_network",
    "PoolNodeAz": ".pool_node_az",
    "PoolOsInfo": ".pool_os_info",
    "PoolParameters": ".pool_parameters",
    "PoolResource": ".pool_resource",
    "PoolResourceAz": ".pool_resource_az",
    "PoolResourceDriver": ".pool_resource_driver",
    "PoolResourceExtendParams": ".pool_resource_extend_params",
    "PoolResourceFlavorCount": ".pool_resource_flavor_count",
    "PoolResourceNetwork": ".pool_resource_network",
    "PoolRootVolume": ".pool_root_volume",
    "PoolRootVolumeExtendParams": ".pool_root_volume_extend_params",
    "PoolScopePluginPhase": ".pool_scope_plugin_phase",
    "PoolScopeStatus": ".pool_scope_status",
    "PoolScopeStatusScopeType": ".pool_scope_status_scope_type",
    "PoolScopeStatusState": ".pool_scope_status_state",
    "PoolSpec": ".pool_spec",
    "PoolSpecCreation": ".pool_spec_creation",
    "PoolSpecCreationScopeItem": ".pool_spec_creation_scope_item",
    "PoolSpecCreationType": ".pool_spec_creation_type",
    "PoolSpecModel": ".pool_spec_model",
    "PoolSpecModelScopeItem": ".pool_spec_model_scope_item",
    "PoolSpecModelType": ".pool_spec_model_type",
    "PoolSpecParameters": ".pool_spec_parameters",
    "PoolSpecResource": ".pool_spec_resource",
    "PoolSpecResourceExtendParams": ".pool_spec_resource_extend_params",
    "PoolSpecResourceLabels": ".pool_spec_resource_labels",
    "PoolSpecScopeItem": ".pool_spec_scope_item",
    "PoolSpecType": ".pool_spec_type",
    "PoolSpecUpdate": ".pool_spec_update",
    "PoolSpecUpdateScopeItem": ".pool_spec_update_scope_item",
    "PoolStatistics": ".pool_statistics",
    "PoolStatisticsSummary": ".pool_statistics_summary",
    "PoolStatus": ".pool_status",
    "PoolStatusCounts": ".pool_status_counts",
    "PoolStatusPhase": ".pool_status_phase",
    "PoolStatusResources": ".pool_status_resources",
    "PoolTag": ".pool_tag",
    "PoolTagList": ".pool_tag_list",
    "PoolTaint": ".pool_taint",
    "PoolUserLogin": ".pool_user_login",
    "PoolUserTag": ".pool_user_tag",
    "PoolVolumeGroupConfig": ".pool_volume_group_config",
    "ProcessorDataSource": ".processor_data_source",
    "ProcessorDataSourceSource": ".processor_data_source_source",
    "ProcessorDataSourceType": ".processor_data_source_type",
    "ProcessorTaskItem": ".processor_task_item",
    "ProfileParameters": ".profile_parameters",
    "ProfileParametersLabels": ".profile_parameters_labels",
    "ProvisionParameters": ".provision_parameters",
    "QueuingInfoParameters": ".queuing_info_parameters",
    "Quota": ".quota",
    "RegisterImageRequest": ".register_image_request",
    "RegisterImageRequestServiceType": ".register_image_request_service_type",
    "RegisterImageResponse": ".register_image_response",
    "RegisterImageResponseServiceType": ".register_image_response_service_type",
    "RegisterImageResponseStatus": ".register_image_response_status",
    "Remote": ".remote",
    "RemoteConstraint": ".remote_constraint",
    "RemoteConstraintAttributes": ".remote_constraint_attributes",
    "RemoteConstraintRequest": ".remote_constraint_request",
    "RemoteConstraintRequestAttributesItem": ".remote_constraint_request_attributes_item",
    "RemoteConstraints": ".remote_constraints",
    "RemoteConstraintsAttributesItem": ".remote_constraints_attributes_item",
    "RemoteObs": ".remote_obs",
    "RemoteRequest": ".remote_request",
    "RenewLeaseRequest": ".renew_lease_request",
    "RenewLeaseResponse": ".renew_lease_response",
    "RepositoryParameters": ".repository_parameters",
    "RepositoryParametersType": ".repository_parameters_type",
    "RequiredAffinity": ".required_affinity",
    "RequiredAffinityAffinityType": ".required_affinity_affinity_type",
    "Resource": ".resource",
    "ResourceFlavor": ".resource_flavor",
    "ResourceFlavorAnnotations": ".resource_flavor_annotations",
    "ResourceFlavorApiVersion": ".resource_flavor_api_version",
    "ResourceFlavorId": ".resource_flavor_id",
    "ResourceFlavorKind": ".resource_flavor_kind",
    "ResourceFlavorLabel": ".resource_flavor_label",
    "ResourceFlavorListMetadata": ".resource_flavor_list_metadata",
    "ResourceFlavorMetadata": ".resource_flavor_metadata",
    "ResourceFlavorSpec": ".resource_flavor_spec",
    "ResourceFlavorSpecCpuArch": ".resource_flavor_spec_cpu_arch",
    "ResourceFlavorSpecFlavorBootType": ".resource_flavor_spec_flavor_boot_type",
    "ResourceFlavorStatus": ".resource_flavor_status",
    "ResourceFlavorStatusPhase": ".resource_flavor_status_phase",
    "ResourceFlavorXpu": ".resource_flavor_xpu",
    "ResourceMetricsMetadata": ".resource_metrics_metadata",
    "ResourceMetricsMetadataLabels": ".resource_metrics_metadata_labels",
    "ResourceQuota": ".resource_quota",
    "ResourceRequirement": ".resource_requirement",
    "ResourceRequirementRequest": ".resource_requirement_request",
    "ResourceRequirementRequestKey": ".resource_requirement_request_key",
    "ResourceRequirementVO": ".resource_requirement_vo",
    "ResourceRequirements": ".resource_requirements",
    "ResourceRequirementsKey": ".resource_requirements_key",
    "RestartVisualizationJobResponse": ".restart_visualization_job_response",
    "Result": ".result",
    "ResultDatasetType": ".result_dataset_type",
    "RetryPoolScopeRequest": ".retry_pool_scope_request",
    "RetryPoolScopeResponse200": ".retry_pool_scope_response_200",
    "ReviewSamplesRequest": ".review_samples_request",
    "ReviewSamplesResponse200": ".review_samples_response_200",
    "RewardAttrs": ".reward_attrs",
    "RootVolume": ".root_volume",
    "RootVolumeVolumeType": ".root_volume_volume_type",
    "RunningRecord": ".running_record",
    "RunningRecordEndRecoverBeforeDowngrade": ".running_record_end_recover_before_downgrade",
    "RunningTask": ".running_task",
    "Sample": ".sample",
    "SampleComment": ".sample_comment",
    "SampleCommentScore": ".sample_comment_score",
    "SampleDataType0": ".sample_data_type_0",
    "SampleEncoding": ".sample_encoding",
    "SampleLabel": ".sample_label",
    "SampleLabelAnnotatedBy": ".sample_label_annotated_by",
    "SampleLabelProperty": ".sample_label_property",
    "SampleLabelPropertyModelartsfeature": ".sample_label_property_modelartsfeature",
    "SampleLabelPropertyModelartshard": ".sample_label_property_modelartshard",
    "SampleLabelPropertyModelartshardReasons": ".sample_label_property_modelartshard_reasons",
    "SampleLabelPropertyModelartsshape": ".sample_label_property_modelartsshape",
    "SampleLabelType": ".sample_label_type",
    "SampleLabels": ".sample_labels",
    "SampleLabelsSampleType": ".sample_labels_sample_type",
    "SampleLabelsSampleUsage": ".sample_labels_sample_usage",
    "SampleMetadata": ".sample_metadata",
    "SampleMetadataModelartshardReasonsItem": ".sample_metadata_modelartshard_reasons_item",
    "SampleMetadataModelartshardType0": ".sample_metadata_modelartshard_type_0",
    "SampleMetadataModelartssizeItem": ".sample_metadata_modelartssize_item",
    "SampleSampleType": ".sample_sample_type",
    "SampleStats": ".sample_stats",
    "SaveImageJob": ".save_image_job",
    "SaveImageJobStatus": ".save_image_job_status",
    "Schedule": ".schedule",
    "ScheduleParameters": ".schedule_parameters",
    "SchedulePolicy": ".schedule_policy",
    "ScheduleTimeUnit": ".schedule_time_unit",
    "SchemaMap": ".schema_map",
    "SearchAlgorithm": ".search_algorithm",
    "SearchAlgorithmList": ".search_algorithm_list",
    "SearchAlgorithmParam": ".search_algorithm_param",
    "SearchAlgorithmParamType": ".search_algorithm_param_type",
    "SearchCondition": ".search_condition",
    "SearchConditionHard": ".search_condition_hard",
    "SearchConditionSampleTime": ".search_condition_sample_time",
    "SearchLabel": ".search_label",
    "SearchLabelOp": ".search_label_op",
    "SearchLabelProperty": ".search_label_property",
    "SearchLabelType": ".search_label_type",
    "SearchLabels": ".search_labels",
    "SearchLabelsOp": ".search_labels_op",
    "SearchParams": ".search_params",
    "SearchProp": ".search_prop",
    "SearchPropOp": ".search_prop_op",
    "SearchPropProps": ".search_prop_props",
    "SendEmailsRequest": ".send_emails_request",
    "SendEmailsResponse": ".send_emails_response",
    "ServiceAdditionalProperties": ".service_additional_properties",
    "ServiceAdditionalPropertiesSmnNotification": ".service_additional_properties_smn_notification",
    "ServiceAffinity": ".service_affinity",
    "ServiceConfig": ".service_config",
    "ServiceConfigAdditionalProperties": ".service_config_additional_properties",
    "ServiceConfigEnvs": ".service_config_envs",
    "ServiceConfigMappingRule": ".service_config_mapping_rule",
    "ServiceConfigMappingType": ".service_config_mapping_type",
    "ServiceConfigRequest": ".service_config_request",
    "ServiceConfigRequestAdditionalProperties": ".service_config_request_additional_properties",
    "ServiceConfigRequestEnvs": ".service_config_request_envs",
    "ServiceConfigRequestMappingRule": ".service_config_request_mapping_rule",
    "ServiceConfigSourceType": ".service_config_source_type",
    "ServiceConfigStatus": ".service_config_status",
    "ServiceCustomSpec": ".service_custom_spec",
    "ServiceDetail": ".service_detail",
    "ServiceDetailAdditionalProperties": ".service_detail_additional_properties",
    "ServiceDetailInferType": ".service_detail_infer_type",
    "ServiceDetailStatus": ".service_detail_status",
    "ServiceEdgeNode": ".service_edge_node",
    "ServiceEvent": ".service_event",
    "ServiceEventEventType": ".service_event_event_type",
    "ServiceEventList": ".service_event_list",
    "ServiceLogConfig": ".service_log_config",
    "ServiceLogConfigAdditionalProperties": ".service_log_config_additional_properties",
    "ServiceLogConfigEnvs": ".service_log_config_envs",
    "ServiceLogReportChannel": ".service_log_report_channel",
    "ServiceMonitorInfo": ".service_monitor_info",
    "ServiceSchedule": ".service_schedule",
    "ServiceScheduleTimeUnit": ".service_schedule_time_unit",
    "ServiceScheduleType": ".service_schedule_type",
    "ServiceSecret": ".service_secret",
    "ServiceSmnNotification": ".service_smn_notification",
    "ServiceSpecificationList": ".service_specification_list",
    "SfsTurboConnectionItem": ".sfs_turbo_connection_item",
    "SfsTurboConnectionItemRequest": ".sfs_turbo_connection_item_request",
    "SfsTurboConnectionStatus": ".sfs_turbo_connection_status",
    "SfsTurboConnectionStatusConnectionType": ".sfs_turbo_connection_status_connection_type",
    "SfsTurboConnectionStatusStatus": ".sfs_turbo_connection_status_status",
    "ShowAlgorithmByUuidAdvancedConfig": ".show_algorithm_by_uuid_advanced_config",
    "ShowAlgorithmByUuidAutoSearch": ".show_algorithm_by_uuid_auto_search",
    "ShowAlgorithmByUuidInputs": ".show_algorithm_by_uuid_inputs",
    "ShowAlgorithmByUuidJobConfig": ".show_algorithm_by_uuid_job_config",
    "ShowAlgorithmByUuidJobConfigCodeTreeType1": ".show_algorithm_by_uuid_job_config_code_tree_type_1",
    "ShowAlgorithmByUuidOutputs": ".show_algorithm_by_uuid_outputs",
    "ShowAlgorithmByUuidResponse": ".show_algorithm_by_uuid_response",
    "ShowAlgorithmByUuidSearchParams": ".show_algorithm_by_uuid_search_params",
    "ShowAttachableObsResponse": ".show_attachable_obs_response",
    "ShowAttachableObsResponseStatus": ".show_attachable_obs_response_status",
    "ShowAutoSearchParamAnalysisResultPathResponse": ".show_auto_search_param_analysis_result_path_response",
    "ShowAutoSearchParamsAnalysisResponse": ".show_auto_search_params_analysis_response",
    "ShowAutoSearchPerTrialResponse": ".show_auto_search_per_trial_response",
    "ShowAutoSearchPerTrialResponseDataItemItemType1": ".show_auto_search_per_trial_response_data_item_item_type_1",
    "ShowAutoSearchTrialEarlyStopResponse": ".show_auto_search_trial_early_stop_response",
    "ShowAutoSearchTrialsItems": ".show_auto_search_trials_items",
    "ShowAutoSearchTrialsItemsDataItemItemType1": ".show_auto_search_trials_items_data_item_item_type_1",
    "ShowAutoSearchTrialsResponse": ".show_auto_search_trials_response",
    "ShowAutoSearchYamlTemplateContentResponse": ".show_auto_search_yaml_template_content_response",
    "ShowAutoSearchYamlTemplatesInfoResponse": ".show_auto_search_yaml_templates_info_response",
    "ShowDevEnvInstanceAutoStopParameters": ".show_dev_env_instance_auto_stop_parameters",
    "ShowDevEnvInstanceConnectionInfoParameters": ".show_dev_env_instance_connection_info_parameters",
    "ShowDevEnvInstanceFlavorDetailsParameters": ".show_dev_env_instance_flavor_details_parameters",
    "ShowDevEnvInstanceFlavorDetailsParametersParams": ".show_dev_env_instance_flavor_details_parameters_params",
    "ShowDevEnvInstanceFlavorDetailsParametersPromoType": ".show_dev_env_instance_flavor_details_parameters_promo_type",
    "ShowDevEnvInstanceFlavorDetailsParametersStatus": ".show_dev_env_instance_flavor_details_parameters_status",
    "ShowDevEnvInstanceFlavorDetailsParametersStorageListItem": ".show_dev_env_instance_flavor_details_parameters_storage_list_item",
    "ShowDevEnvInstanceFlavorDetailsParametersType": ".show_dev_env_instance_flavor_details_parameters_type",
    "ShowDevEnvInstanceLocationParameters": ".show_dev_env_instance_location_parameters",
    "ShowDevEnvInstanceNotebookParameters": ".show_dev_env_instance_notebook_parameters",
    "ShowDevEnvInstanceNotebookParametersAnnotations": ".show_dev_env_instance_notebook_parameters_annotations",
    "ShowDevEnvInstanceNotebookParametersExtendParamsType0": ".show_dev_env_instance_notebook_parameters_extend_params_type_0",
    "ShowDevEnvInstanceQueuingInfoParameters": ".show_dev_env_instance_queuing_info_parameters",
    "ShowDevEnvInstanceQueuingInfoParametersStatus": ".show_dev_env_instance_queuing_info_parameters_status",
    "ShowDevEnvInstanceRepositoryParametersType0": ".show_dev_env_instance_repository_parameters_type_0",
    "ShowDevEnvInstanceResponse": ".show_dev_env_instance_response",
    "ShowDevEnvInstanceStorageParameters": ".show_dev_env_instance_storage_parameters",
    "ShowImageResponse": ".show_image_response",
    "ShowImageResponseServiceType": ".show_image_response_service_type",
    "ShowImageResponseStatus": ".show_image_response_status",
    "ShowLeaseResponse": ".show_lease_response",
    "ShowModelEngineAndRuntimeResponse": ".show_model_engine_and_runtime_response",
    "ShowModelResponse": ".show_model_response",
    "ShowModelResponseLabelsMap": ".show_model_response_labels_map",
    "ShowNetworkNetworkMetadata": ".show_network_network_metadata",
    "ShowNetworkNetworkMetadataLabels": ".show_network_network_metadata_labels",
    "ShowNetworkResponse": ".show_network_response",
    "ShowNetworkResponseApiVersion": ".show_network_response_api_version",
    "ShowNetworkResponseKind": ".show_network_response_kind",
    "ShowNodeTagsResponse204": ".show_node_tags_response_204",
    "ShowNodeTagsTag": ".show_node_tags_tag",
    "ShowNotebookPool": ".show_notebook_pool",
    "ShowNotebookResponse": ".show_notebook_response",
    "ShowNotebookResponseFeature": ".show_notebook_response_feature",
    "ShowNotebookResponseStatus": ".show_notebook_response_status",
    "ShowObsUrlOfTrainingJobLogsContentType": ".show_obs_url_of_training_job_logs_content_type",
    "ShowPluginPluginSpec": ".show_plugin_plugin_spec",
    "ShowPluginResponse": ".show_plugin_response",
    "ShowPluginResponseApiVersion": ".show_plugin_response_api_version",
    "ShowPluginTemplateItem": ".show_plugin_template_item",
    "ShowPluginTemplateItemInputs": ".show_plugin_template_item_inputs",
    "ShowPluginTemplateItemInputsAdditionalProperty": ".show_plugin_template_item_inputs_additional_property",
    "ShowPluginTemplatePlugintemplateName": ".show_plugin_template_plugintemplate_name",
    "ShowPoolMonitorPeriod": ".show_pool_monitor_period",
    "ShowPoolMonitorStatistics": ".show_pool_monitor_statistics",
    "ShowServiceEventsEventType": ".show_service_events_event_type",
    "ShowServiceEventsOrder": ".show_service_events_order",
    "ShowServiceSpecificationsInferType": ".show_service_specifications_infer_type",
    "ShowServiceUpdateLogsCustomSpec": ".show_service_update_logs_custom_spec",
    "ShowServiceUpdateLogsLogVolume": ".show_service_update_logs_log_volume",
    "ShowServiceUpdateLogsModelAdditionalProperties": ".show_service_update_logs_model_additional_properties",
    "ShowServiceUpdateLogsPersistentVolumes": ".show_service_update_logs_persistent_volumes",
    "ShowServiceUpdateLogsResponse": ".show_service_update_logs_response",
    "ShowSwitchableFlavorsResponse": ".show_switchable_flavors_response",
    "ShowTaskFrequency": ".show_task_frequency",
    "ShowTaskPeriods": ".show_task_periods",
    "ShowTaskResponse": ".show_task_response",
    "ShowTaskResponseConfig": ".show_task_response_config",
    "ShowTaskResponseScheduleStatus": ".show_task_response_schedule_status",
    "ShowTaskResponseState": ".show_task_response_state",
    "ShowTaskTaskInput": ".show_task_task_input",
    "ShowTaskTaskInputVcn": ".show_task_task_input_vcn",
    "ShowTaskTaskOutputDis": ".show_task_task_output_dis",
    "ShowTaskTaskOutputObs": ".show_task_task_output_obs",
    "ShowTaskTaskOutputWebhook": ".show_task_task_output_webhook",
    "ShowTaskTaskOutputWebhookHeaders": ".show_task_task_output_webhook_headers",
    "ShowTaskTaskSchedule": ".show_task_task_schedule",
    "ShowTaskTaskScheduleExecutionMode": ".show_task_task_schedule_execution_mode",
    "ShowTaskTaskScheduleType": ".show_task_task_schedule_type",
    "ShowTrainingJobConfigConfigType": ".show_training_job_config_config_type",
    "ShowTrainingJobConfigResponse": ".show_training_job_config_response",
    "ShowTrainingJobDetailsAlgorithmInput": ".show_training_job_details_algorithm_input",
    "ShowTrainingJobDetailsAlgorithmOutput": ".show_training_job_details_algorithm_output",
    "ShowTrainingJobDetailsAlgorithmRemote": ".show_training_job_details_algorithm_remote",
    "ShowTrainingJobDetailsAutoSearch": ".show_training_job_details_auto_search",
    "ShowTrainingJobDetailsDataSource": ".show_training_job_details_data_source",
    "ShowTrainingJobDetailsDataset": ".show_training_job_details_dataset",
    "ShowTrainingJobDetailsInput": ".show_training_job_details_input",
    "ShowTrainingJobDetailsInputDataInfo": ".show_training_job_details_input_data_info",
    "ShowTrainingJobDetailsJobAlgorithmResponse": ".show_training_job_details_job_algorithm_response",
    "ShowTrainingJobDetailsJobAlgorithmResponseEnvironmentsItem": ".show_training_job_details_job_algorithm_response_environments_item",
    "ShowTrainingJobDetailsJobMetadata": ".show_training_job_details_job_metadata",
    "ShowTrainingJobDetailsJobMetadataAnnotations": ".show_training_job_details_job_metadata_annotations",
    "ShowTrainingJobDetailsJobSummary": ".show_training_job_details_job_summary",
    "ShowTrainingJobDetailsLogDir": ".show_training_job_details_log_dir",
    "ShowTrainingJobDetailsObs": ".show_training_job_details_obs",
    "ShowTrainingJobDetailsOutput": ".show_training_job_details_output",
    "ShowTrainingJobDetailsPFSSummary": ".show_training_job_details_pfs_summary",
    "ShowTrainingJobDetailsPolicies": ".show_training_job_details_policies",
    "ShowTrainingJobDetailsRemote": ".show_training_job_details_remote",
    "ShowTrainingJobDetailsRemoteObs": ".show_training_job_details_remote_obs",
    "ShowTrainingJobDetailsResponse": ".show_training_job_details_response",
    "ShowTrainingJobDetailsResponseKind": ".show_training_job_details_response_kind",
    "ShowTrainingJobDetailsSummary": ".show_training_job_details_summary",
    "ShowTrainingJobDetailsSummaryLogType": ".show_training_job_details_summary_log_type",
    "ShowTrainingJobDetailsTaskResponse": ".show_training_job_details_task_response",
    "ShowTrainingJobDetailsTaskResponseAlgorithm": ".show_training_job_details_task_response_algorithm",
    "ShowTrainingJobEnginesResponse": ".show_training_job_engines_response",
    "ShowTrainingJobFlavorsFlavorType": ".show_training_job_flavors_flavor_type",
    "ShowTrainingJobFlavorsResponse": ".show_training_job_flavors_response",
    "ShowTrainingJobLogsPreviewResponse": ".show_training_job_logs_preview_response",
    "ShowTrainingJobLogsV1Response": ".show_training_job_logs_v1_response",
    "ShowTrainingJobMetricsResponse": ".show_training_job_metrics_response",
    "ShowTrainingJobVersionV1DataSourceParameters": ".show_training_job_version_v1_data_source_parameters",
    "ShowTrainingJobVersionV1HostPathParameters": ".show_training_job_version_v1_host_path_parameters",
    "ShowTrainingJobVersionV1ModelMetricListParameters": ".show_training_job_version_v1_model_metric_list_parameters",
    "ShowTrainingJobVersionV1NfsParameters": ".show_training_job_version_v1_nfs_parameters",
    "ShowTrainingJobVersionV1Response": ".show_training_job_version_v1_response",
    "ShowTrainingJobVersionV1TotalMetricParameters": ".show_training_job_version_v1_total_metric_parameters",
    "ShowTrainingJobVersionV1TotalMetricParametersTotalMetricMeta": ".show_training_job_version_v1_total_metric_parameters_total_metric_meta",
    "ShowTrainingJobVersionV1TotalMetricParametersTotalReservedData": ".show_training_job_version_v1_total_metric_parameters_total_reserved_data",
    "ShowTrainingJobVersionV1VolumesParameters": ".show_training_job_version_v1_volumes_parameters",
    "ShowVirtualResourceTemplateResponse": ".show_virtual_resource_template_response",
    "ShowVirtualResourceTemplateResponseApiVersion": ".show_virtual_resource_template_response_api_version",
    "ShowVirtualResourceTemplateResponseKind": ".show_virtual_resource_template_response_kind",
    "ShowVisualizationJobResponse": ".show_visualization_job_response",
    "ShowWorkloadStatisticsResponse": ".show_workload_statistics_response",
    "SmartTaskConfig": ".smart_task_config",
    "SmartTaskConfigAlgorithmType": ".smart_task_config_algorithm_type",
    "SmartTaskConfigConfidenceScope": ".smart_task_config_confidence_scope",
    "SmartTaskConfigExportFormat": ".smart_task_config_export_format",
    "SmartTaskConfigRequest": ".smart_task_config_request",
    "SmartTaskConfigRequestAlgorithmType": ".smart_task_config_request_algorithm_type",
    "SmartTaskConfigRequestExportFormat": ".smart_task_config_request_export_format",
    "SmartTaskConfigRequestResultType": ".smart_task_config_request_result_type",
    "SmartTaskConfigRequestVersionFormat": ".smart_task_config_request_version_format",
    "SmartTaskConfigResultType": ".smart_task_config_result_type",
    "SmartTaskConfigVersionFormat": ".smart_task_config_version_format",
    "SmnNotification": ".smn_notification",
    "SmnNotificationEventsItem": ".smn_notification_events_item",
    "SourceInfo": ".source_info",
    "SourceInfoClusterMode": ".source_info_cluster_mode",
    "Spec": ".spec",
    "SpecParameters": ".spec_parameters",
    "SpecResource": ".spec_resource",
    "SpecResourceFlavorId": ".spec_resource_flavor_id",
    "SpecResponce": ".spec_responce",
    "SpecVolumes": ".spec_volumes",
    "Specification": ".specification",
    "SpecificationSourceType": ".specification_source_type",
    "SpecificationSpecStatus": ".specification_spec_status",
    "SpecsParameters": ".specs_parameters",
    "SSHReq": ".ssh_req",
    "SSHResp": ".ssh_resp",
    "StartNotebookPool": ".start_notebook_pool",
    "StartNotebookResponse": ".start_notebook_response",
    "StartNotebookResponseFeature": ".start_notebook_response_feature",
    "StartNotebookResponseStatus": ".start_notebook_response_status",
    "StartWorkforceSamplingTaskRequest": ".start_workforce_sampling_task_request",
    "StartWorkforceSamplingTaskResponse": ".start_workforce_sampling_task_response",
    "StartWorkforceTaskRequest": ".start_workforce_task_request",
    "StartWorkforceTaskResponse200": ".start_workforce_task_response_200",
    "Status": ".status",
    "StopAutoAnnotationResponse204": ".stop_auto_annotation_response_204",
    "StopNotebookPool": ".stop_notebook_pool",
    "StopNotebookResponse": ".stop_notebook_response",
    "StopNotebookResponseFeature": ".stop_notebook_response_feature",
    "StopNotebookResponseStatus": ".stop_notebook_response_status",
    "StopProcessorTaskVersionResponse200": ".stop_processor_task_version_response_200",
    "StopTrainingJobAlgorithmInput": ".stop_training_job_algorithm_input",
    "StopTrainingJobAlgorithmOutput": ".stop_training_job_algorithm_output",
    "StopTrainingJobAlgorithmRemote": ".stop_training_job_algorithm_remote",
    "StopTrainingJobAutoSearch": ".stop_training_job_auto_search",
    "StopTrainingJobDataSource": ".stop_training_job_data_source",
    "StopTrainingJobDataset": ".stop_training_job_dataset",
    "StopTrainingJobInput": ".stop_training_job_input",
    "StopTrainingJobInputDataInfo": ".stop_training_job_input_data_info",
    "StopTrainingJobJobAlgorithmResponse": ".stop_training_job_job_algorithm_response",
    "StopTrainingJobJobAlgorithmResponseEnvironmentsItem": ".stop_training_job_job_algorithm_response_environments_item",
    "StopTrainingJobJobMetadata": ".stop_training_job_job_metadata",
    "StopTrainingJobJobMetadataAnnotations": ".stop_training_job_job_metadata_annotations",
    "StopTrainingJobJobSummary": ".stop_training_job_job_summary",
    "StopTrainingJobLogDir": ".stop_training_job_log_dir",
    "StopTrainingJobObs": ".stop_training_job_obs",
    "StopTrainingJobOutput": ".stop_training_job_output",
    "StopTrainingJobPFSSummary": ".stop_training_job_pfs_summary",
    "StopTrainingJobPolicies": ".stop_training_job_policies",
    "StopTrainingJobRemote": ".stop_training_job_remote",
    "StopTrainingJobRemoteObs": ".stop_training_job_remote_obs",
    "StopTrainingJobRequest": ".stop_training_job_request",
    "StopTrainingJobResponse202": ".stop_training_job_response_202",
    "StopTrainingJobResponse202Kind": ".stop_training_job_response_202_kind",
    "StopTrainingJobSummary": ".stop_training_job_summary",
    "StopTrainingJobSummaryLogType": ".stop_training_job_summary_log_type",
    "StopTrainingJobTaskResponse": ".stop_training_job_task_response",
    "StopTrainingJobTaskResponseAlgorithm": ".stop_training_job_task_response_algorithm",
    "StopTrainingJobV1Response": ".stop_training_job_v1_response",
    "StopVisualizationJobResponse": ".stop_visualization_job_response",
    "StorageParameters": ".storage_parameters",
    "Summary": ".summary",
    "SummaryLogType": ".summary_log_type",
    "SyncDataSourceStateResponse": ".sync_data_source_state_response",
    "SyncDataSourceStateResponseStatus": ".sync_data_source_state_response_status",
    "SystemMetricListParameters": ".system_metric_list_parameters",
    "Tag": ".tag",
    "Taint": ".taint",
    "TaintEffect": ".taint_effect",
    "Task": ".task",
    "TaskDetails": ".task_details",
    "TaskDetailsConfig": ".task_details_config",
    "TaskDetailsScheduleStatus": ".task_details_schedule_status",
    "TaskDetailsState": ".task_details_state",
    "TaskInput": ".task_input",
    "TaskInputData": ".task_input_data",
    "TaskInputDataHeaders": ".task_input_data_headers",
    "TaskInputDataTagItem": ".task_input_data_tag_item",
    "TaskInputVcn": ".task_input_vcn",
    "TaskOutput": ".task_output",
    "TaskOutputDis": ".task_output_dis",
    "TaskOutputForDisplay": ".task_output_for_display",
    "TaskOutputObs": ".task_output_obs",
    "TaskOutputWebhook": ".task_output_webhook",
    "TaskOutputWebhookHeaders": ".task_output_webhook_headers",
    "TaskResource": ".task_resource",
    "TaskResponse": ".task_response",
    "TaskResponseAlgorithm": ".task_response_algorithm",
    "TaskSchedule": ".task_schedule",
    "TaskScheduleExecutionMode": ".task_schedule_execution_mode",
    "TaskScheduleType": ".task_schedule_type",
    "TaskSourceUsageEstimate": ".task_source_usage_estimate",
    "TaskStatuses": ".task_statuses",
    "TaskUrls": ".task_urls",
    "Template": ".template",
    "TemplateInputs": ".template_inputs",
    "TemplateInputsAdditionalProperty": ".template_inputs_additional_property",
    "TemplateParam": ".template_param",
    "TemplateParamId": ".template_param_id",
    "Tensorboard": ".tensorboard",
    "TotalMetricParameters": ".total_metric_parameters",
    "TotalMetricValuesParameters": ".total_metric_values_parameters",
    "TrainingJobLogUrl": ".training_job_log_url",
    "TrainingJobV1ConfigRequest": ".training_job_v1_config_request",
    "TrainingJobV1HostPathRequest": ".training_job_v1_host_path_request",
    "TrainingJobV1NfsRequest": ".training_job_v1_nfs_request",
    "TrainingJobV1SpecRequest": ".training_job_v1_spec_request",
    "TrainingJobV1VolumesRequest": ".training_job_v1_volumes_request",
    "TrainingParameter": ".training_parameter",
    "UpdateDatasetRequest": ".update_dataset_request",
    "UpdateDatasetResponse": ".update_dataset_response",
    "UpdateDevEnvInstanceDescriptionConnectionInfoParameters": ".update_dev_env_instance_description_connection_info_parameters",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParameters": ".update_dev_env_instance_description_flavor_details_parameters",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersParams": ".update_dev_env_instance_description_flavor_details_parameters_params",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersPromoType": ".update_dev_env_instance_description_flavor_details_parameters_promo_type",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersStatus": ".update_dev_env_instance_description_flavor_details_parameters_status",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersStorageListItem": ".update_dev_env_instance_description_flavor_details_parameters_storage_list_item",
    "UpdateDevEnvInstanceDescriptionFlavorDetailsParametersType": ".update_dev_env_instance_description_flavor_details_parameters_type",
    "UpdateDevEnvInstanceDescriptionOwnerParameters": ".update_dev_env_instance_description_owner_parameters",
    "UpdateDevEnvInstanceDescriptionPoolParameters": ".update_dev_env_instance_description_pool_parameters",
    "UpdateDevEnvInstanceDescriptionQueuingInfoParameters": ".update_dev_env_instance_description_queuing_info_parameters",
    "UpdateDevEnvInstanceDescriptionQueuingInfoParametersStatus": ".update_dev_env_instance_description_queuing_info_parameters_status",
    "UpdateDevEnvInstanceDescriptionRepositoryParameters": ".update_dev_env_instance_description_repository_parameters",
    "UpdateDevEnvInstanceDescriptionRequest": ".update_dev_env_instance_description_request",
    "UpdateDevEnvInstanceDescriptionResponse": ".update_dev_env_instance_description_response",
    "UpdateLabelLabelType": ".update_label_label_type",
    "UpdateLabelRequest": ".update_label_request",
    "UpdateLabelRequestModelartsdefaultShape": ".update_label_request_modelartsdefault_shape",
    "UpdateLabelResponse204": ".update_label_response_204",
    "UpdateLabelsRequest": ".update_labels_request",
    "UpdateLabelsResponse": ".update_labels_response",
    "UpdateNodeTagsRequest": ".update_node_tags_request",
    "UpdateNodeTagsRequestAction": ".update_node_tags_request_action",
    "UpdateNodeTagsResponse": ".update_node_tags_response",
    "UpdateNodeTagsTag": ".update_node_tags_tag",
    "UpdateNotebookPool": ".update_notebook_pool",
    "UpdateNotebookRequest": ".update_notebook_request",
    "UpdateNotebookResponse": ".update_notebook_response",
    "UpdateNotebookResponseFeature": ".update_notebook_response_feature",
    "UpdateNotebookResponseStatus": ".update_notebook_response_status",
    "UpdatePoolTagsRequest": ".update_pool_tags_request",
    "UpdatePoolTagsRequestAction": ".update_pool_tags_request_action",
    "UpdatePoolTagsResponse": ".update_pool_tags_response",
    "UpdatePoolTagsTag": ".update_pool_tags_tag",
    "UpdateProcessorTaskRequest": ".update_processor_task_request",
    "UpdateProcessorTaskResponse200": ".update_processor_task_response_200",
    "UpdateResult": ".update_result",
    "UpdateResultOperation": ".update_result_operation",
    "UpdateSamplesRequest": ".update_samples_request",
    "UpdateSamplesResponse": ".update_samples_response",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateServiceRequestAdditionalProperties": ".update_service_request_additional_properties",
    "UpdateServiceRequestLoadBalancerPolicy": ".update_service_request_load_balancer_policy",
    "UpdateServiceResponse200": ".update_service_response_200",
    "UpdateTrainingJobConfigRequest": ".update_training_job_config_request",
    "UpdateTrainingJobConfigResponse": ".update_training_job_config_response",
    "UpdateTrainingJobDescriptionV1Request": ".update_training_job_description_v1_request",
    "UpdateTrainingJobDescriptionV1Response": ".update_training_job_description_v1_response",
    "UpdateVisualizationJobDescriptionRequest": ".update_visualization_job_description_request",
    "UpdateVisualizationJobDescriptionResponse": ".update_visualization_job_description_response",
    "UpdateWorkerRequest": ".update_worker_request",
    "UpdateWorkerRequestRole": ".update_worker_request_role",
    "UpdateWorkerResponse200": ".update_worker_response_200",
    "UpdateWorkforceRequest": ".update_workforce_request",
    "UpdateWorkforceResponse200": ".update_workforce_response_200",
    "UpdateWorkforceSamplingTaskDescribeSampleResp": ".update_workforce_sampling_task_describe_sample_resp",
    "UpdateWorkforceSamplingTaskDescribeSampleRespHardDetails": ".update_workforce_sampling_task_describe_sample_resp_hard_details",
    "UpdateWorkforceSamplingTaskDescribeSampleRespSampleType": ".update_workforce_sampling_task_describe_sample_resp_sample_type",
    "UpdateWorkforceSamplingTaskRequest": ".update_workforce_sampling_task_request",
    "UpdateWorkforceSamplingTaskRequestAction": ".update_workforce_sampling_task_request_action",
    "UpdateWorkforceSamplingTaskResponse": ".update_workforce_sampling_task_response",
    "UpdateWorkforceTaskRequest": ".update_workforce_task_request",
    "UpdateWorkforceTaskResponse200": ".update_workforce_task_response_200",
    "UpdateWorkforceTaskSamplesRequest": ".update_workforce_task_samples_request",
    "UpdateWorkforceTaskSamplesResponse": ".update_workforce_task_samples_response",
    "UploadSampleResp": ".upload_sample_resp",
    "UploadSamplesJsonRequest": ".upload_samples_json_request",
    "UploadSamplesJsonResponse": ".upload_samples_json_response",
    "User": ".user",
    "UserParameters": ".user_parameters",
    "UserSpecParameters": ".user_spec_parameters",
    "UserTag": ".user_tag",
    "Value": ".value",
    "VersionsParameters": ".versions_parameters",
    "VirtualResourceTemplateMetadata": ".virtual_resource_template_metadata",
    "VirtualResourceTemplateSpec": ".virtual_resource_template_spec",
    "VirtualResourceTemplateSpecResourcesType1": ".virtual_resource_template_spec_resources_type_1",
    "VitrualResource": ".vitrual_resource",
    "VitrualResourceResources": ".vitrual_resource_resources",
    "VolumeExtendParams": ".volume_extend_params",
    "VolumeExtendParamsVolumeGroup": ".volume_extend_params_volume_group",
    "VolumeGroupConfig": ".volume_group_config",
    "VolumeGroupConfigTypesItem": ".volume_group_config_types_item",
    "VolumeReq": ".volume_req",
    "VolumeRes": ".volume_res",
    "VolumesParameters": ".volumes_parameters",
    "WorkPath": ".work_path",
    "WorkPathPath": ".work_path_path",
    "WorkPathType": ".work_path_type",
    "Worker": ".worker",
    "WorkerRole": ".worker_role",
    "WorkerStatus": ".worker_status",
    "WorkerTask": ".worker_task",
    "WorkerTaskEmailStatus": ".worker_task_email_status",
    "WorkerTaskTaskStatus": ".worker_task_task_status",
    "Workforce": ".workforce",
    "WorkforceConfig": ".workforce_config",
    "WorkforceDescriptor": ".workforce_descriptor",
    "WorkforceInformation": ".workforce_information",
    "WorkforceInformationDataSyncType": ".workforce_information_data_sync_type",
    "WorkforceSamplingTaskDesc": ".workforce_sampling_task_desc",
    "WorkforceSamplingTaskDescAction": ".workforce_sampling_task_desc_action",
    "WorkforceStats": ".workforce_stats",
    "WorkforceTask": ".workforce_task",
    "WorkforceTaskStatus": ".workforce_task_status",
    "WorkforcesConfig": ".workforces_config",
    "Workload": ".workload",
    "WorkloadApiVersion": ".workload_api_version",
    "WorkloadKind": ".workload_kind",
    "WorkloadListStatistics": ".workload_list_statistics",
    "WorkloadNodeVO": ".workload_node_vo",
    "WorkloadResourceRequirementType1": ".workload_resource_requirement_type_1",
    "WorkloadStatistics": ".workload_statistics",
    "WorkloadStatisticsType": ".workload_statistics_type",
    "WorkloadStatusStatistics": ".workload_status_statistics",
    "WorkloadType": ".workload_type",
    "WorkspaceParameters": ".workspace_parameters",
    "YamlTemplate": ".yaml_template",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # held: later reads are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
