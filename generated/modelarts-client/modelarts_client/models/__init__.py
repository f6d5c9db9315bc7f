"""Contains all the data models used in inputs/outputs"""

from .affinity_node_info import AffinityNodeInfo
from .affinity_pool_info import AffinityPoolInfo
from .allocated import Allocated
from .capacity import Capacity
from .cpu_info import CpuInfo
from .gpu_info import GpuInfo
from .memory_info import MemoryInfo
from .metrics_item import MetricsItem
from .metrics_table import MetricsTable
from .model_arts_error import ModelArtsError
from .monitor import Monitor
from .node_affinity import NodeAffinity
from .npu_info import NpuInfo
from .os_config import OsConfig
from .os_pool_scope_plugin import OsPoolScopePlugin
from .os_quota import OsQuota
from .os_version import OsVersion
from .plugin_template import PluginTemplate
from .plugin_template_api_version import PluginTemplateApiVersion
from .plugin_template_kind import PluginTemplateKind
from .plugin_template_metadata import PluginTemplateMetadata
from .plugin_template_metadata_annotations import PluginTemplateMetadataAnnotations
from .plugin_template_spec import PluginTemplateSpec
from .plugin_template_spec_versions import PluginTemplateSpecVersions
from .plugin_template_version import PluginTemplateVersion
from .plugin_template_version_inputs import PluginTemplateVersionInputs
from .plugin_template_version_translate import PluginTemplateVersionTranslate
from .pool import Pool
from .pool_api_version import PoolApiVersion
from .pool_cluster import PoolCluster
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
from .pool_lvm_config import PoolLvmConfig
from .pool_meta_annotations import PoolMetaAnnotations
from .pool_meta_annotations_os_modelartsauto_renew import PoolMetaAnnotationsOsModelartsautoRenew
from .pool_meta_annotations_os_modelartsbilling_mode import PoolMetaAnnotationsOsModelartsbillingMode
from .pool_meta_annotations_os_modelartsperiod_type import PoolMetaAnnotationsOsModelartsperiodType
from .pool_meta_labels import PoolMetaLabels
from .pool_metadata import PoolMetadata
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
from .pool_resource_az import PoolResourceAz
from .pool_resource_driver import PoolResourceDriver
from .pool_resource_flavor_count import PoolResourceFlavorCount
from .pool_resource_network import PoolResourceNetwork
from .pool_root_volume import PoolRootVolume
from .pool_root_volume_extend_params import PoolRootVolumeExtendParams
from .pool_scope_plugin_phase import PoolScopePluginPhase
from .pool_scope_status import PoolScopeStatus
from .pool_scope_status_scope_type import PoolScopeStatusScopeType
from .pool_scope_status_state import PoolScopeStatusState
from .pool_spec_model import PoolSpecModel
from .pool_spec_model_scope_item import PoolSpecModelScopeItem
from .pool_spec_model_type import PoolSpecModelType
from .pool_spec_resource import PoolSpecResource
from .pool_spec_resource_extend_params import PoolSpecResourceExtendParams
from .pool_spec_resource_labels import PoolSpecResourceLabels
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
from .quota import Quota
from .resource_metrics_metadata import ResourceMetricsMetadata
from .resource_metrics_metadata_labels import ResourceMetricsMetadataLabels
from .resource_quota import ResourceQuota
from .save_image_job import SaveImageJob
from .save_image_job_status import SaveImageJobStatus
from .search_algorithm import SearchAlgorithm
from .search_algorithm_list import SearchAlgorithmList
from .search_algorithm_param import SearchAlgorithmParam
from .search_algorithm_param_type import SearchAlgorithmParamType
from .service_affinity import ServiceAffinity
from .service_config import ServiceConfig
from .service_config_additional_properties import ServiceConfigAdditionalProperties
from .service_config_envs import ServiceConfigEnvs
from .service_config_mapping_rule import ServiceConfigMappingRule
from .service_config_mapping_type import ServiceConfigMappingType
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
from .service_log_report_channel import ServiceLogReportChannel
from .service_monitor_info import ServiceMonitorInfo
from .service_schedule import ServiceSchedule
from .service_schedule_time_unit import ServiceScheduleTimeUnit
from .service_schedule_type import ServiceScheduleType
from .service_smn_notification import ServiceSmnNotification
from .service_specification_list import ServiceSpecificationList
from .show_obs_url_of_training_job_logs_content_type import ShowObsUrlOfTrainingJobLogsContentType
from .show_plugin_template_plugintemplate_name import ShowPluginTemplatePlugintemplateName
from .show_pool_monitor_period import ShowPoolMonitorPeriod
from .show_pool_monitor_statistics import ShowPoolMonitorStatistics
from .show_service_events_event_type import ShowServiceEventsEventType
from .show_service_events_order import ShowServiceEventsOrder
from .show_service_specifications_infer_type import ShowServiceSpecificationsInferType
from .specification import Specification
from .specification_source_type import SpecificationSourceType
from .specification_spec_status import SpecificationSpecStatus
from .training_job_log_url import TrainingJobLogUrl
from .value import Value

__all__ = (
    "AffinityNodeInfo",
    "AffinityPoolInfo",
    "Allocated",
    "Capacity",
    "CpuInfo",
    "GpuInfo",
    "MemoryInfo",
    "MetricsItem",
    "MetricsTable",
    "ModelArtsError",
    "Monitor",
    "NodeAffinity",
    "NpuInfo",
    "OsConfig",
    "OsPoolScopePlugin",
    "OsQuota",
    "OsVersion",
    "PluginTemplate",
    "PluginTemplateApiVersion",
    "PluginTemplateKind",
    "PluginTemplateMetadata",
    "PluginTemplateMetadataAnnotations",
    "PluginTemplateSpec",
    "PluginTemplateSpecVersions",
    "PluginTemplateVersion",
    "PluginTemplateVersionInputs",
    "PluginTemplateVersionTranslate",
    "Pool",
    "PoolApiVersion",
    "PoolCluster",
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
    "PoolLvmConfig",
    "PoolMetaAnnotations",
    "PoolMetaAnnotationsOsModelartsautoRenew",
    "PoolMetaAnnotationsOsModelartsbillingMode",
    "PoolMetaAnnotationsOsModelartsperiodType",
    "PoolMetadata",
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
    "PoolResourceAz",
    "PoolResourceDriver",
    "PoolResourceFlavorCount",
    "PoolResourceNetwork",
    "PoolRootVolume",
    "PoolRootVolumeExtendParams",
    "PoolScopePluginPhase",
    "PoolScopeStatus",
    "PoolScopeStatusScopeType",
    "PoolScopeStatusState",
    "PoolSpecModel",
    "PoolSpecModelScopeItem",
    "PoolSpecModelType",
    "PoolSpecResource",
    "PoolSpecResourceExtendParams",
    "PoolSpecResourceLabels",
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
    "Quota",
    "ResourceMetricsMetadata",
    "ResourceMetricsMetadataLabels",
    "ResourceQuota",
    "SaveImageJob",
    "SaveImageJobStatus",
    "SearchAlgorithm",
    "SearchAlgorithmList",
    "SearchAlgorithmParam",
    "SearchAlgorithmParamType",
    "ServiceAffinity",
    "ServiceConfig",
    "ServiceConfigAdditionalProperties",
    "ServiceConfigEnvs",
    "ServiceConfigMappingRule",
    "ServiceConfigMappingType",
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
    "ServiceLogReportChannel",
    "ServiceMonitorInfo",
    "ServiceSchedule",
    "ServiceScheduleTimeUnit",
    "ServiceScheduleType",
    "ServiceSmnNotification",
    "ServiceSpecificationList",
    "ShowObsUrlOfTrainingJobLogsContentType",
    "ShowPluginTemplatePlugintemplateName",
    "ShowPoolMonitorPeriod",
    "ShowPoolMonitorStatistics",
    "ShowServiceEventsEventType",
    "ShowServiceEventsOrder",
    "ShowServiceSpecificationsInferType",
    "Specification",
    "SpecificationSourceType",
    "SpecificationSpecStatus",
    "TrainingJobLogUrl",
    "Value",
)
