"""Operations of the ModelArts API grouped by tag, with the project id bound, sync and async.

Rendered by generator/client/generate.py from spec/modelarts.yaml (generator/client/facade/facade.py.jinja): do not edit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar

import httpx

from .api.algorithms import show_search_algorithms as api_show_search_algorithms
from .api.plugin_templates import show_plugin_template as api_show_plugin_template
from .api.pools import show_pool as api_show_pool
from .api.pools import show_pool_monitor as api_show_pool_monitor
from .api.pools import show_pool_runtime_metrics as api_show_pool_runtime_metrics
from .api.pools import show_pool_statistics as api_show_pool_statistics
from .api.pools import show_pool_tags as api_show_pool_tags
from .api.quotas import show_os_config as api_show_os_config
from .api.quotas import show_os_quota as api_show_os_quota
from .api.services import show_service as api_show_service
from .api.services import show_service_events as api_show_service_events
from .api.services import show_service_monitor_info as api_show_service_monitor_info
from .api.services import show_service_specifications as api_show_service_specifications
from .api.training_jobs import show_obs_url_of_training_job_logs as api_show_obs_url_of_training_job_logs
from .api.training_jobs import show_save_image_job as api_show_save_image_job
from .client import AuthenticatedClient
from .models.os_config import OsConfig
from .models.os_quota import OsQuota
from .models.plugin_template import PluginTemplate
from .models.pool import Pool
from .models.pool_metrics_list import PoolMetricsList
from .models.pool_monitor import PoolMonitor
from .models.pool_statistics import PoolStatistics
from .models.pool_tag_list import PoolTagList
from .models.save_image_job import SaveImageJob
from .models.search_algorithm_list import SearchAlgorithmList
from .models.service_detail import ServiceDetail
from .models.service_event import ServiceEvent
from .models.service_event_list import ServiceEventList
from .models.service_monitor_info import ServiceMonitorInfo
from .models.service_specification_list import ServiceSpecificationList
from .models.show_obs_url_of_training_job_logs_content_type import ShowObsUrlOfTrainingJobLogsContentType
from .models.show_plugin_template_plugintemplate_name import ShowPluginTemplatePlugintemplateName
from .models.show_pool_monitor_period import ShowPoolMonitorPeriod
from .models.show_pool_monitor_statistics import ShowPoolMonitorStatistics
from .models.show_service_events_event_type import ShowServiceEventsEventType
from .models.show_service_events_order import ShowServiceEventsOrder
from .models.show_service_specifications_infer_type import ShowServiceSpecificationsInferType
from .models.specification import Specification
from .models.training_job_log_url import TrainingJobLogUrl
from .runtime.core import AsyncEngine, RequestHook, ResponseHook, Settings, SyncEngine
from .runtime.credentials import from_environment
from .runtime.pagination import aiterate, iterate
from .runtime.retry import RetryPolicy
from .types import UNSET, Unset

T = TypeVar("T")

# Region id → base URL, from the spec's `servers`.
REGIONS: Mapping[str, str] = {
    "af-north-1": "https://modelarts.af-north-1.myhuaweicloud.com",
    "af-south-1": "https://modelarts.af-south-1.myhuaweicloud.com",
    "ap-southeast-1": "https://modelarts.ap-southeast-1.myhuaweicloud.cn",
    "ap-southeast-2": "https://modelarts.ap-southeast-2.myhuaweicloud.com",
    "ap-southeast-3": "https://modelarts.ap-southeast-3.myhuaweicloud.com",
    "ap-southeast-4": "https://modelarts.ap-southeast-4.myhuaweicloud.com",
    "cn-east-3": "https://modelarts.cn-east-3.myhuaweicloud.com",
    "cn-east-4": "https://modelarts.cn-east-4.myhuaweicloud.com",
    "cn-north-1": "https://modelarts.cn-north-1.myhuaweicloud.com",
    "cn-north-11": "https://modelarts.cn-north-11.myhuaweicloud.com",
    "cn-north-12": "https://modelarts.cn-north-12.myhuaweicloud.com",
    "cn-north-2": "https://modelarts.cn-north-2.myhuaweicloud.com",
    "cn-north-4": "https://modelarts.cn-north-4.myhuaweicloud.com",
    "cn-north-9": "https://modelarts.cn-north-9.myhuaweicloud.com",
    "cn-south-1": "https://modelarts.cn-south-1.myhuaweicloud.com",
    "cn-southwest-2": "https://modelarts.cn-southwest-2.myhuaweicloud.com",
    "cn-southwest-3": "https://modelarts.cn-southwest-3.myhuaweicloud.com",
    "la-north-2": "https://modelarts.la-north-2.myhuaweicloud.com",
    "la-south-2": "https://modelarts.la-south-2.myhuaweicloud.com",
    "me-east-1": "https://modelarts.me-east-1.myhuaweicloud.com",
    "sa-brazil-1": "https://modelarts.sa-brazil-1.myhuaweicloud.com",
    "tr-west-1": "https://modelarts.tr-west-1.myhuaweicloud.com",
}

# operationId → (group attribute, method name, ((path parameter, argument name), …)): every operation by its
# official name, e.g. for tools that walk the spec and call the facade (the contract suite does).
OPERATIONS: Mapping[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "ShowServiceSpecifications": (
        "services",
        "show_service_specifications",
        (),
    ),
    "ShowServiceMonitorInfo": (
        "services",
        "show_service_monitor_info",
        (("service_id", "service_id"),),
    ),
    "ShowServiceEvents": (
        "services",
        "show_service_events",
        (("service_id", "service_id"),),
    ),
    "ShowService": (
        "services",
        "show_service",
        (("service_id", "service_id"),),
    ),
    "ShowSearchAlgorithms": (
        "algorithms",
        "show_search_algorithms",
        (),
    ),
    "ShowSaveImageJob": (
        "training_jobs",
        "show_save_image_job",
        (
            ("training_job_id", "training_job_id"),
            ("task_id", "task_id"),
        ),
    ),
    "ShowObsUrlOfTrainingJobLogs": (
        "training_jobs",
        "show_obs_url_of_training_job_logs",
        (
            ("training_job_id", "training_job_id"),
            ("task_id", "task_id"),
        ),
    ),
    "ShowPluginTemplate": (
        "plugin_templates",
        "show_plugin_template",
        (("plugintemplate_name", "plugintemplate_name"),),
    ),
    "ShowOsQuota": (
        "quotas",
        "show_os_quota",
        (),
    ),
    "ShowOsConfig": (
        "quotas",
        "show_os_config",
        (),
    ),
    "ShowPool": (
        "pools",
        "show_pool",
        (("pool_name", "pool_name"),),
    ),
    "ShowPoolMonitor": (
        "pools",
        "show_pool_monitor",
        (("pool_name", "pool_name"),),
    ),
    "ShowPoolRuntimeMetrics": (
        "pools",
        "show_pool_runtime_metrics",
        (),
    ),
    "ShowPoolStatistics": (
        "pools",
        "show_pool_statistics",
        (),
    ),
    "ShowPoolTags": (
        "pools",
        "show_pool_tags",
        (("pool_name", "pool_name"),),
    ),
}


class SharedClient(AuthenticatedClient):
    """`ma.client`: the generated client on the facade's connection pool. Entering and leaving it does
    nothing, because AuthenticatedClient's would open and then close the facade's pool (or refuse to open
    it twice); closing is the facade's job (`ma.close()`, `await ma.aclose()`)."""

    __slots__ = ()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        pass

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        pass


def _items(value: list[T] | Unset) -> list[T]:
    return [] if isinstance(value, Unset) else value


def _count(value: int | Unset) -> int | None:
    return None if isinstance(value, Unset) else value


class ServicesOperations:
    """Real-time, batch and edge inference services (v1 service management API)."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_service_specifications(
        self,
        *,
        is_personal_cluster: bool | Unset = False,
        infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
        limit: str | Unset = "1000",
        offset: str | Unset = "0",
    ) -> ServiceSpecificationList:
        """List service deployment specifications (ShowServiceSpecifications).

        Lists the resource flavors that real-time, batch or edge services can be deployed with, including
        CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
        flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
        (default 1000) and `offset` (default 0).

        Args:
            is_personal_cluster (bool | Unset):  Default: False.
            infer_type (ShowServiceSpecificationsInferType | Unset):  Default:
                ShowServiceSpecificationsInferType.REAL_TIME.
            limit (str | Unset):  Default: '1000'.
            offset (str | Unset):  Default: '0'.

        Returns:
            ServiceSpecificationList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service_specifications._get_kwargs(
            project_id=self._engine.project_id,
            is_personal_cluster=is_personal_cluster,
            infer_type=infer_type,
            limit=limit,
            offset=offset,
        )
        response = self._engine.call("ShowServiceSpecifications", request)
        return self._engine.parse(response, "ShowServiceSpecifications", ServiceSpecificationList.from_dict)

    def iter_service_specifications(
        self,
        *,
        is_personal_cluster: bool | Unset = False,
        infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
        limit: int = 1000,
        offset: int = 0,
    ) -> Iterator[Specification]:
        """Every `specifications` item of ShowServiceSpecifications, requesting page after page of `limit` from `offset`.

        Takes the arguments of `show_service_specifications`; `offset` counts records (see runtime/pagination.py).
        """

        def fetch(offset: int, limit: int) -> ServiceSpecificationList:
            return self.show_service_specifications(
                is_personal_cluster=is_personal_cluster,
                infer_type=infer_type,
                offset=str(offset),
                limit=str(limit),
            )

        return iterate(
            fetch,
            lambda page: _items(page.specifications),
            lambda page: _count(page.total_count),
            limit,
            offset,
        )

    def show_service_monitor_info(
        self,
        service_id: str,
        *,
        node_id: str | Unset = UNSET,
    ) -> ServiceMonitorInfo:
        """Show service monitoring information (ShowServiceMonitorInfo).

        Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
        cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
        services, `node_id` restricts the result to one edge node; by default all nodes are returned.

        Args:
            service_id (str):
            node_id (str | Unset):

        Returns:
            ServiceMonitorInfo

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service_monitor_info._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            node_id=node_id,
        )
        response = self._engine.call("ShowServiceMonitorInfo", request)
        return self._engine.parse(response, "ShowServiceMonitorInfo", ServiceMonitorInfo.from_dict)

    def show_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | Unset = UNSET,
        event_info: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 1000,
        sort_by: str | Unset = "occur_time",
        order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
    ) -> ServiceEventList:
        """List service event logs (ShowServiceEvents).

        Returns the event log of a service, mainly the five deployment stages (image build, environment
        preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
        occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
        1000 per page.

        Args:
            service_id (str):
            event_type (ShowServiceEventsEventType | Unset):
            event_info (str | Unset):
            start_time (int | Unset):
            end_time (int | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 1000.
            sort_by (str | Unset):  Default: 'occur_time'.
            order (ShowServiceEventsOrder | Unset):  Default: ShowServiceEventsOrder.DESC.

        Returns:
            ServiceEventList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service_events._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            event_type=event_type,
            event_info=event_info,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )
        response = self._engine.call("ShowServiceEvents", request)
        return self._engine.parse(response, "ShowServiceEvents", ServiceEventList.from_dict)

    def iter_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | Unset = UNSET,
        event_info: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        sort_by: str | Unset = "occur_time",
        order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
        limit: int = 1000,
        offset: int = 0,
    ) -> Iterator[ServiceEvent]:
        """Every `events` item of ShowServiceEvents, requesting page after page of `limit` from `offset`.

        Takes the arguments of `show_service_events`; `offset` counts records (see runtime/pagination.py).
        """

        def fetch(offset: int, limit: int) -> ServiceEventList:
            return self.show_service_events(
                service_id=service_id,
                event_type=event_type,
                event_info=event_info,
                start_time=start_time,
                end_time=end_time,
                sort_by=sort_by,
                order=order,
                offset=offset,
                limit=limit,
            )

        return iterate(
            fetch,
            lambda page: _items(page.events),
            lambda page: _count(page.total_count),
            limit,
            offset,
        )

    def show_service(
        self,
        service_id: str,
    ) -> ServiceDetail:
        """Show service details (ShowService).

        Returns the details of a real-time, batch or edge service by its ID: ownership, status and
        deployment progress, the model configurations (`config`), access address, call statistics, schedule
        and network settings. For a shared (subscribed) service, `config` carries only the model ID, name
        and version.

        Args:
            service_id (str):

        Returns:
            ServiceDetail

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
        )
        response = self._engine.call("ShowService", request)
        return self._engine.parse(response, "ShowService", ServiceDetail.from_dict)


class AlgorithmsOperations:
    """Hyperparameter search algorithms available to training jobs."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_search_algorithms(
        self,
    ) -> SearchAlgorithmList:
        """List hyperparameter search algorithms (ShowSearchAlgorithms).

        Returns the hyperparameter search algorithms that training jobs can use, each with its name,
        description and default parameters. Parameter values are always sent as strings, whatever their
        declared type. Takes no query parameters.

        Returns:
            SearchAlgorithmList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_search_algorithms._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = self._engine.call("ShowSearchAlgorithms", request)
        return self._engine.parse(response, "ShowSearchAlgorithms", SearchAlgorithmList.from_dict)


class TrainingJobsOperations:
    """"""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_save_image_job(
        self,
        training_job_id: str,
        task_id: str,
    ) -> SaveImageJob:
        """Show the image-save job of a training task (ShowSaveImageJob).

        Returns the job that saves the container of one training task as an SWR image: image name, SWR
        organization, tag, description, state, build message and creation time. While the job is CREATING
        the training job cannot be used.

        Args:
            training_job_id (str):
            task_id (str):

        Returns:
            SaveImageJob

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_save_image_job._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
        )
        response = self._engine.call("ShowSaveImageJob", request)
        return self._engine.parse(response, "ShowSaveImageJob", SaveImageJob.from_dict)

    def show_obs_url_of_training_job_logs(
        self,
        training_job_id: str,
        task_id: str,
        *,
        content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
    ) -> TrainingJobLogUrl:
        """Get a temporary OBS link to a training task's log (ShowObsUrlOfTrainingJobLogs).

        Returns a temporary OBS link to the log of one training task, valid for about 5 minutes. `Content-
        Type=text/plain` asks for a preview link, `application/octet-stream` for a download link. IAM treats
        this GET as a Write action (`modelarts:trainJob:logExport`).

        Args:
            training_job_id (str):
            task_id (str):
            content_type (ShowObsUrlOfTrainingJobLogsContentType | Unset):

        Returns:
            TrainingJobLogUrl

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_obs_url_of_training_job_logs._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            content_type=content_type,
        )
        response = self._engine.call("ShowObsUrlOfTrainingJobLogs", request)
        return self._engine.parse(response, "ShowObsUrlOfTrainingJobLogs", TrainingJobLogUrl.from_dict)


class PluginTemplatesOperations:
    """"""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_plugin_template(
        self,
        plugintemplate_name: ShowPluginTemplatePlugintemplateName,
    ) -> PluginTemplate:
        """Show a driver plugin template (ShowPluginTemplate).

        Returns a plugin template (GPU or NPU driver) that can be installed on resource pools, with its
        type, description and the versions it offers, keyed by version.

        Args:
            plugintemplate_name (ShowPluginTemplatePlugintemplateName):

        Returns:
            PluginTemplate

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_plugin_template._get_kwargs(
            project_id=self._engine.project_id,
            plugintemplate_name=plugintemplate_name,
        )
        response = self._engine.call("ShowPluginTemplate", request)
        return self._engine.parse(response, "ShowPluginTemplate", PluginTemplate.from_dict)


class QuotasOperations:
    """Resource quotas and OS-level configuration of the account."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_os_quota(
        self,
    ) -> OsQuota:
        """Show resource quotas (ShowOsQuota).

        Returns the account's quotas for resource-pool related resources (such as pools and networks): for
        each resource type, the quota limit and the amount used.

        Returns:
            OsQuota

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_os_quota._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = self._engine.call("ShowOsQuota", request)
        return self._engine.parse(response, "ShowOsQuota", OsQuota.from_dict)

    def show_os_config(
        self,
    ) -> OsConfig:
        """Show resource-pool configuration limits (ShowOsConfig).

        Returns the account's resource-pool configuration: the network CIDR ranges that can be used, how
        many networks and pools may be created, and whether the region supports high-availability pools.

        Returns:
            OsConfig

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_os_config._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = self._engine.call("ShowOsConfig", request)
        return self._engine.parse(response, "ShowOsConfig", OsConfig.from_dict)


class PoolsOperations:
    """Dedicated resource pools, their tags, statistics and metrics."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_pool(
        self,
        pool_name: str,
    ) -> Pool:
        """Show resource pool details (ShowPool).

        Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
        (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
        (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
        its `metadata.name`.

        Args:
            pool_name (str):
            x_model_arts_user_id (str | Unset):

        Returns:
            Pool

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=pool_name,
        )
        response = self._engine.call("ShowPool", request)
        return self._engine.parse(response, "ShowPool", Pool.from_dict)

    def show_pool_monitor(
        self,
        pool_name: str,
        *,
        time_range: str | Unset = "-1.-1.60",
        statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
        period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.VALUE_0,
    ) -> PoolMonitor:
        """Show resource pool monitoring metrics (ShowPoolMonitor).

        Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
        series. Each series carries one data point per period over the requested time window, holding the
        requested statistic; a value of -1 means no data.

        Args:
            pool_name (str):
            time_range (str | Unset):  Default: '-1.-1.60'.
            statistics (ShowPoolMonitorStatistics | Unset):  Default:
                ShowPoolMonitorStatistics.MAXIMUM.
            period (ShowPoolMonitorPeriod | Unset):  Default: ShowPoolMonitorPeriod.VALUE_0.

        Returns:
            PoolMonitor

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_monitor._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=pool_name,
            time_range=time_range,
            statistics=statistics,
            period=period,
        )
        response = self._engine.call("ShowPoolMonitor", request)
        return self._engine.parse(response, "ShowPoolMonitor", PoolMonitor.from_dict)

    def show_pool_runtime_metrics(
        self,
        *,
        workspace_id: str | Unset = UNSET,
    ) -> PoolMetricsList:
        """Show real-time resource pool metrics (ShowPoolRuntimeMetrics).

        Returns, for every resource pool of the project, the resources currently allocated and the total and
        maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
        over a short window.

        Args:
            workspace_id (str | Unset):

        Returns:
            PoolMetricsList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_runtime_metrics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=workspace_id,
        )
        response = self._engine.call("ShowPoolRuntimeMetrics", request)
        return self._engine.parse(response, "ShowPoolRuntimeMetrics", PoolMetricsList.from_dict)

    def show_pool_statistics(
        self,
        *,
        workspace_id: str | Unset = UNSET,
    ) -> PoolStatistics:
        """Show resource pool statistics (ShowPoolStatistics).

        Counts the project's resource pools by status: being created, created, failed in the last three
        days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

        Args:
            workspace_id (str | Unset):

        Returns:
            PoolStatistics

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_statistics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=workspace_id,
        )
        response = self._engine.call("ShowPoolStatistics", request)
        return self._engine.parse(response, "ShowPoolStatistics", PoolStatistics.from_dict)

    def show_pool_tags(
        self,
        pool_name: str,
    ) -> PoolTagList | None:
        """Show resource pool tags (ShowPoolTags).

        Lists the tags of one resource pool, each a key with its values. The manual documents status 204
        together with a JSON body; clients should read the body when present and accept an empty 204.

        Args:
            pool_name (str):

        Returns:
            PoolTagList, or None when the server sends no body

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_tags._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=pool_name,
        )
        response = self._engine.call("ShowPoolTags", request)
        return self._engine.parse_optional(response, "ShowPoolTags", PoolTagList.from_dict)


class ModelArts:
    """ModelArts, synchronously, bound to one project in one region.

    `ModelArts(region="cn-north-4", project_id="…", auth=TokenAuth(token))`, or `auth=AkSkAuth(ak, sk)`,
    or `ModelArts.from_env()`. Operations are grouped by the spec's tags:
    `.services`,
    `.algorithms`,
    `.training_jobs`,
    `.plugin_templates`,
    `.quotas`,
    `.pools`.
    Close it with `ma.close()` or use it as a context manager.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: str | None = None,
        project_id: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        on_request: Sequence[RequestHook] = (),
        on_response: Sequence[ResponseHook] = (),
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """`region` (one of REGIONS) or `endpoint` (any base URL); `timeout` in seconds or an httpx.Timeout
        (default: 10 s to connect, 60 s to read); `retry` (default RetryPolicy(): 4 attempts for GETs on
        429/502/503/504, NO_RETRIES to disable); `on_request`/`on_response` are called for every HTTP attempt
        (the response with its body read); `transport` replaces the network (tests, mocks); `sleep` waits
        between retries."""
        settings = Settings.build(
            REGIONS,
            region=region,
            endpoint=endpoint,
            project_id=project_id,
            auth=auth,
            timeout=timeout,
            retry=retry,
            on_request=on_request,
            on_response=on_response,
            headers=headers,
        )
        self._engine = SyncEngine(settings, transport, sleep)
        self.services = ServicesOperations(self._engine)
        self.algorithms = AlgorithmsOperations(self._engine)
        self.training_jobs = TrainingJobsOperations(self._engine)
        self.plugin_templates = PluginTemplatesOperations(self._engine)
        self.quotas = QuotasOperations(self._engine)
        self.pools = PoolsOperations(self._engine)

    @classmethod
    def from_env(cls, *, home: Path | None = None, **options: Any) -> ModelArts:
        """Credentials, project and region from the environment, then ~/.huaweicloud/credentials.

        HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_SECURITY_TOKEN) or MODELARTS_AUTH_TOKEN,
        HUAWEICLOUD_SDK_PROJECT_ID, MODELARTS_REGION or MODELARTS_ENDPOINT; what is missing raises
        ConfigurationError naming the variable. `options` are passed to the constructor.
        """
        env = from_environment(home=home)
        return cls(region=env.region, endpoint=env.endpoint, project_id=env.project_id, auth=env.auth, **options)

    # Read from the settings, not copied: a copy could be reassigned while requests kept the old value.
    @property
    def project_id(self) -> str:
        return self._engine.settings.project_id

    @property
    def base_url(self) -> str:
        return self._engine.settings.base_url

    @property
    def client(self) -> SharedClient:
        """The generated low-level client (`api.<tag>.<operation>.sync_detailed`), sharing this
        object's connection pool, auth and timeouts; no retries and no ModelArtsAPIError there. Using it as a
        context manager is harmless: the pool stays open until this object is closed."""
        client = SharedClient(base_url=self.base_url, token="")
        return client.set_httpx_client(self._engine.http)

    def close(self) -> None:
        self._engine.close()

    def __enter__(self) -> ModelArts:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ModelArts(base_url={self.base_url!r}, project_id={self.project_id!r}, auth={self._engine.settings.auth!r})"


class AsyncServicesOperations:
    """Real-time, batch and edge inference services (v1 service management API)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_service_specifications(
        self,
        *,
        is_personal_cluster: bool | Unset = False,
        infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
        limit: str | Unset = "1000",
        offset: str | Unset = "0",
    ) -> ServiceSpecificationList:
        """List service deployment specifications (ShowServiceSpecifications).

        Lists the resource flavors that real-time, batch or edge services can be deployed with, including
        CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
        flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
        (default 1000) and `offset` (default 0).

        Args:
            is_personal_cluster (bool | Unset):  Default: False.
            infer_type (ShowServiceSpecificationsInferType | Unset):  Default:
                ShowServiceSpecificationsInferType.REAL_TIME.
            limit (str | Unset):  Default: '1000'.
            offset (str | Unset):  Default: '0'.

        Returns:
            ServiceSpecificationList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service_specifications._get_kwargs(
            project_id=self._engine.project_id,
            is_personal_cluster=is_personal_cluster,
            infer_type=infer_type,
            limit=limit,
            offset=offset,
        )
        response = await self._engine.call("ShowServiceSpecifications", request)
        return self._engine.parse(response, "ShowServiceSpecifications", ServiceSpecificationList.from_dict)

    def iter_service_specifications(
        self,
        *,
        is_personal_cluster: bool | Unset = False,
        infer_type: ShowServiceSpecificationsInferType | Unset = ShowServiceSpecificationsInferType.REAL_TIME,
        limit: int = 1000,
        offset: int = 0,
    ) -> AsyncIterator[Specification]:
        """Every `specifications` item of ShowServiceSpecifications, requesting page after page of `limit` from `offset`.

        Takes the arguments of `show_service_specifications`; `offset` counts records (see runtime/pagination.py).
        """

        async def fetch(offset: int, limit: int) -> ServiceSpecificationList:
            return await self.show_service_specifications(
                is_personal_cluster=is_personal_cluster,
                infer_type=infer_type,
                offset=str(offset),
                limit=str(limit),
            )

        return aiterate(
            fetch,
            lambda page: _items(page.specifications),
            lambda page: _count(page.total_count),
            limit,
            offset,
        )

    async def show_service_monitor_info(
        self,
        service_id: str,
        *,
        node_id: str | Unset = UNSET,
    ) -> ServiceMonitorInfo:
        """Show service monitoring information (ShowServiceMonitorInfo).

        Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
        cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
        services, `node_id` restricts the result to one edge node; by default all nodes are returned.

        Args:
            service_id (str):
            node_id (str | Unset):

        Returns:
            ServiceMonitorInfo

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service_monitor_info._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            node_id=node_id,
        )
        response = await self._engine.call("ShowServiceMonitorInfo", request)
        return self._engine.parse(response, "ShowServiceMonitorInfo", ServiceMonitorInfo.from_dict)

    async def show_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | Unset = UNSET,
        event_info: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 1000,
        sort_by: str | Unset = "occur_time",
        order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
    ) -> ServiceEventList:
        """List service event logs (ShowServiceEvents).

        Returns the event log of a service, mainly the five deployment stages (image build, environment
        preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
        occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
        1000 per page.

        Args:
            service_id (str):
            event_type (ShowServiceEventsEventType | Unset):
            event_info (str | Unset):
            start_time (int | Unset):
            end_time (int | Unset):
            offset (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 1000.
            sort_by (str | Unset):  Default: 'occur_time'.
            order (ShowServiceEventsOrder | Unset):  Default: ShowServiceEventsOrder.DESC.

        Returns:
            ServiceEventList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service_events._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            event_type=event_type,
            event_info=event_info,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )
        response = await self._engine.call("ShowServiceEvents", request)
        return self._engine.parse(response, "ShowServiceEvents", ServiceEventList.from_dict)

    def iter_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | Unset = UNSET,
        event_info: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        sort_by: str | Unset = "occur_time",
        order: ShowServiceEventsOrder | Unset = ShowServiceEventsOrder.DESC,
        limit: int = 1000,
        offset: int = 0,
    ) -> AsyncIterator[ServiceEvent]:
        """Every `events` item of ShowServiceEvents, requesting page after page of `limit` from `offset`.

        Takes the arguments of `show_service_events`; `offset` counts records (see runtime/pagination.py).
        """

        async def fetch(offset: int, limit: int) -> ServiceEventList:
            return await self.show_service_events(
                service_id=service_id,
                event_type=event_type,
                event_info=event_info,
                start_time=start_time,
                end_time=end_time,
                sort_by=sort_by,
                order=order,
                offset=offset,
                limit=limit,
            )

        return aiterate(
            fetch,
            lambda page: _items(page.events),
            lambda page: _count(page.total_count),
            limit,
            offset,
        )

    async def show_service(
        self,
        service_id: str,
    ) -> ServiceDetail:
        """Show service details (ShowService).

        Returns the details of a real-time, batch or edge service by its ID: ownership, status and
        deployment progress, the model configurations (`config`), access address, call statistics, schedule
        and network settings. For a shared (subscribed) service, `config` carries only the model ID, name
        and version.

        Args:
            service_id (str):

        Returns:
            ServiceDetail

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_service._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
        )
        response = await self._engine.call("ShowService", request)
        return self._engine.parse(response, "ShowService", ServiceDetail.from_dict)


class AsyncAlgorithmsOperations:
    """Hyperparameter search algorithms available to training jobs."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_search_algorithms(
        self,
    ) -> SearchAlgorithmList:
        """List hyperparameter search algorithms (ShowSearchAlgorithms).

        Returns the hyperparameter search algorithms that training jobs can use, each with its name,
        description and default parameters. Parameter values are always sent as strings, whatever their
        declared type. Takes no query parameters.

        Returns:
            SearchAlgorithmList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_search_algorithms._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = await self._engine.call("ShowSearchAlgorithms", request)
        return self._engine.parse(response, "ShowSearchAlgorithms", SearchAlgorithmList.from_dict)


class AsyncTrainingJobsOperations:
    """"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_save_image_job(
        self,
        training_job_id: str,
        task_id: str,
    ) -> SaveImageJob:
        """Show the image-save job of a training task (ShowSaveImageJob).

        Returns the job that saves the container of one training task as an SWR image: image name, SWR
        organization, tag, description, state, build message and creation time. While the job is CREATING
        the training job cannot be used.

        Args:
            training_job_id (str):
            task_id (str):

        Returns:
            SaveImageJob

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_save_image_job._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
        )
        response = await self._engine.call("ShowSaveImageJob", request)
        return self._engine.parse(response, "ShowSaveImageJob", SaveImageJob.from_dict)

    async def show_obs_url_of_training_job_logs(
        self,
        training_job_id: str,
        task_id: str,
        *,
        content_type: ShowObsUrlOfTrainingJobLogsContentType | Unset = UNSET,
    ) -> TrainingJobLogUrl:
        """Get a temporary OBS link to a training task's log (ShowObsUrlOfTrainingJobLogs).

        Returns a temporary OBS link to the log of one training task, valid for about 5 minutes. `Content-
        Type=text/plain` asks for a preview link, `application/octet-stream` for a download link. IAM treats
        this GET as a Write action (`modelarts:trainJob:logExport`).

        Args:
            training_job_id (str):
            task_id (str):
            content_type (ShowObsUrlOfTrainingJobLogsContentType | Unset):

        Returns:
            TrainingJobLogUrl

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_obs_url_of_training_job_logs._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            content_type=content_type,
        )
        response = await self._engine.call("ShowObsUrlOfTrainingJobLogs", request)
        return self._engine.parse(response, "ShowObsUrlOfTrainingJobLogs", TrainingJobLogUrl.from_dict)


class AsyncPluginTemplatesOperations:
    """"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_plugin_template(
        self,
        plugintemplate_name: ShowPluginTemplatePlugintemplateName,
    ) -> PluginTemplate:
        """Show a driver plugin template (ShowPluginTemplate).

        Returns a plugin template (GPU or NPU driver) that can be installed on resource pools, with its
        type, description and the versions it offers, keyed by version.

        Args:
            plugintemplate_name (ShowPluginTemplatePlugintemplateName):

        Returns:
            PluginTemplate

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_plugin_template._get_kwargs(
            project_id=self._engine.project_id,
            plugintemplate_name=plugintemplate_name,
        )
        response = await self._engine.call("ShowPluginTemplate", request)
        return self._engine.parse(response, "ShowPluginTemplate", PluginTemplate.from_dict)


class AsyncQuotasOperations:
    """Resource quotas and OS-level configuration of the account."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_os_quota(
        self,
    ) -> OsQuota:
        """Show resource quotas (ShowOsQuota).

        Returns the account's quotas for resource-pool related resources (such as pools and networks): for
        each resource type, the quota limit and the amount used.

        Returns:
            OsQuota

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_os_quota._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = await self._engine.call("ShowOsQuota", request)
        return self._engine.parse(response, "ShowOsQuota", OsQuota.from_dict)

    async def show_os_config(
        self,
    ) -> OsConfig:
        """Show resource-pool configuration limits (ShowOsConfig).

        Returns the account's resource-pool configuration: the network CIDR ranges that can be used, how
        many networks and pools may be created, and whether the region supports high-availability pools.

        Returns:
            OsConfig

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_os_config._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = await self._engine.call("ShowOsConfig", request)
        return self._engine.parse(response, "ShowOsConfig", OsConfig.from_dict)


class AsyncPoolsOperations:
    """Dedicated resource pools, their tags, statistics and metrics."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_pool(
        self,
        pool_name: str,
    ) -> Pool:
        """Show resource pool details (ShowPool).

        Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
        (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
        (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
        its `metadata.name`.

        Args:
            pool_name (str):
            x_model_arts_user_id (str | Unset):

        Returns:
            Pool

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=pool_name,
        )
        response = await self._engine.call("ShowPool", request)
        return self._engine.parse(response, "ShowPool", Pool.from_dict)

    async def show_pool_monitor(
        self,
        pool_name: str,
        *,
        time_range: str | Unset = "-1.-1.60",
        statistics: ShowPoolMonitorStatistics | Unset = ShowPoolMonitorStatistics.MAXIMUM,
        period: ShowPoolMonitorPeriod | Unset = ShowPoolMonitorPeriod.VALUE_0,
    ) -> PoolMonitor:
        """Show resource pool monitoring metrics (ShowPoolMonitor).

        Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
        series. Each series carries one data point per period over the requested time window, holding the
        requested statistic; a value of -1 means no data.

        Args:
            pool_name (str):
            time_range (str | Unset):  Default: '-1.-1.60'.
            statistics (ShowPoolMonitorStatistics | Unset):  Default:
                ShowPoolMonitorStatistics.MAXIMUM.
            period (ShowPoolMonitorPeriod | Unset):  Default: ShowPoolMonitorPeriod.VALUE_0.

        Returns:
            PoolMonitor

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_monitor._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=pool_name,
            time_range=time_range,
            statistics=statistics,
            period=period,
        )
        response = await self._engine.call("ShowPoolMonitor", request)
        return self._engine.parse(response, "ShowPoolMonitor", PoolMonitor.from_dict)

    async def show_pool_runtime_metrics(
        self,
        *,
        workspace_id: str | Unset = UNSET,
    ) -> PoolMetricsList:
        """Show real-time resource pool metrics (ShowPoolRuntimeMetrics).

        Returns, for every resource pool of the project, the resources currently allocated and the total and
        maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
        over a short window.

        Args:
            workspace_id (str | Unset):

        Returns:
            PoolMetricsList

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_runtime_metrics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=workspace_id,
        )
        response = await self._engine.call("ShowPoolRuntimeMetrics", request)
        return self._engine.parse(response, "ShowPoolRuntimeMetrics", PoolMetricsList.from_dict)

    async def show_pool_statistics(
        self,
        *,
        workspace_id: str | Unset = UNSET,
    ) -> PoolStatistics:
        """Show resource pool statistics (ShowPoolStatistics).

        Counts the project's resource pools by status: being created, created, failed in the last three
        days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

        Args:
            workspace_id (str | Unset):

        Returns:
            PoolStatistics

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_statistics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=workspace_id,
        )
        response = await self._engine.call("ShowPoolStatistics", request)
        return self._engine.parse(response, "ShowPoolStatistics", PoolStatistics.from_dict)

    async def show_pool_tags(
        self,
        pool_name: str,
    ) -> PoolTagList | None:
        """Show resource pool tags (ShowPoolTags).

        Lists the tags of one resource pool, each a key with its values. The manual documents status 204
        together with a JSON body; clients should read the body when present and accept an empty 204.

        Args:
            pool_name (str):

        Returns:
            PoolTagList, or None when the server sends no body

        Raises:
            ModelArtsAPIError: any answer but 2xx (after retries), or a 2xx body that does not fit the spec.
            httpx.TransportError: the connection failed (after retries) or timed out.
        """

        request = api_show_pool_tags._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=pool_name,
        )
        response = await self._engine.call("ShowPoolTags", request)
        return self._engine.parse_optional(response, "ShowPoolTags", PoolTagList.from_dict)


class AsyncModelArts:
    """ModelArts, asynchronously (every operation is a coroutine), bound to one project in one region.

    `AsyncModelArts(region="cn-north-4", project_id="…", auth=TokenAuth(token))`, or `auth=AkSkAuth(ak, sk)`,
    or `AsyncModelArts.from_env()`. Operations are grouped by the spec's tags:
    `.services`,
    `.algorithms`,
    `.training_jobs`,
    `.plugin_templates`,
    `.quotas`,
    `.pools`.
    Close it with `await ma.aclose()` or use it as an async context manager.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: str | None = None,
        project_id: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        on_request: Sequence[RequestHook] = (),
        on_response: Sequence[ResponseHook] = (),
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """`region` (one of REGIONS) or `endpoint` (any base URL); `timeout` in seconds or an httpx.Timeout
        (default: 10 s to connect, 60 s to read); `retry` (default RetryPolicy(): 4 attempts for GETs on
        429/502/503/504, NO_RETRIES to disable); `on_request`/`on_response` are called for every HTTP attempt
        (the response with its body read); `transport` replaces the network (tests, mocks); `sleep` waits
        between retries."""
        settings = Settings.build(
            REGIONS,
            region=region,
            endpoint=endpoint,
            project_id=project_id,
            auth=auth,
            timeout=timeout,
            retry=retry,
            on_request=on_request,
            on_response=on_response,
            headers=headers,
        )
        self._engine = AsyncEngine(settings, transport, sleep)
        self.services = AsyncServicesOperations(self._engine)
        self.algorithms = AsyncAlgorithmsOperations(self._engine)
        self.training_jobs = AsyncTrainingJobsOperations(self._engine)
        self.plugin_templates = AsyncPluginTemplatesOperations(self._engine)
        self.quotas = AsyncQuotasOperations(self._engine)
        self.pools = AsyncPoolsOperations(self._engine)

    @classmethod
    def from_env(cls, *, home: Path | None = None, **options: Any) -> AsyncModelArts:
        """Credentials, project and region from the environment, then ~/.huaweicloud/credentials.

        HUAWEICLOUD_SDK_AK + HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_SECURITY_TOKEN) or MODELARTS_AUTH_TOKEN,
        HUAWEICLOUD_SDK_PROJECT_ID, MODELARTS_REGION or MODELARTS_ENDPOINT; what is missing raises
        ConfigurationError naming the variable. `options` are passed to the constructor.
        """
        env = from_environment(home=home)
        return cls(region=env.region, endpoint=env.endpoint, project_id=env.project_id, auth=env.auth, **options)

    # Read from the settings, not copied: a copy could be reassigned while requests kept the old value.
    @property
    def project_id(self) -> str:
        return self._engine.settings.project_id

    @property
    def base_url(self) -> str:
        return self._engine.settings.base_url

    @property
    def client(self) -> SharedClient:
        """The generated low-level client (`api.<tag>.<operation>.asyncio_detailed`), sharing this
        object's connection pool, auth and timeouts; no retries and no ModelArtsAPIError there. Using it as a
        context manager is harmless: the pool stays open until this object is closed."""
        client = SharedClient(base_url=self.base_url, token="")
        return client.set_async_httpx_client(self._engine.http)

    async def aclose(self) -> None:
        await self._engine.aclose()

    async def __aenter__(self) -> AsyncModelArts:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncModelArts(base_url={self.base_url!r}, project_id={self.project_id!r}, auth={self._engine.settings.auth!r})"
