"""Operations of the ModelArts API grouped by tag, with the project id bound, sync and async.

Rendered by generator/client/generate.py from spec/modelarts.yaml (generator/client/facade/facade.py.jinja): do not edit.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import httpx
from modelarts_core.arguments import enum_member, enum_value, path_argument
from modelarts_core.bodies import BodyLimits
from modelarts_core.credentials import from_environment
from modelarts_core.engine import AsyncEngine, RequestHook, ResponseHook, SyncEngine
from modelarts_core.pagination import aiterate, iterate
from modelarts_core.retry import RetryPolicy
from modelarts_core.settings import Settings, user_agent
from modelarts_core.tolerance import DeviationHook

from ._version import __version__
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

# The spec's rule for project_id (pattern, minLength, maxLength): the client's project id is checked at construction.
PROJECT_ID_RULE: tuple[str | None, int | None, int | None] = ("^[A-Za-z0-9-]+$", 1, 64)

# operationId → (group attribute, method name, ((path parameter, argument name), …)): every operation by its
# official name, e.g. for tools that walk the spec and call the facade (the contract suite does).
OPERATIONS: Mapping[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
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


def _items(value: list[T] | Unset) -> list[T]:
    return [] if isinstance(value, Unset) else value


def _count(value: int | Unset) -> int | None:
    return None if isinstance(value, Unset) else value


class AlgorithmsOperations:
    """Hyperparameter search algorithms available to training jobs."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_search_algorithms(
        self,
        *,
        timeout: float | None = None,
    ) -> SearchAlgorithmList:
        """List hyperparameter search algorithms (ShowSearchAlgorithms).

        Returns the hyperparameter search algorithms that training jobs can use, each with its name,
        description and default parameters. Parameter values are always sent as strings, whatever their
        declared type. Takes no query parameters.

        Args:
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            SearchAlgorithmList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_search_algorithms._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = self._engine.call("ShowSearchAlgorithms", request, timeout)
        return self._engine.parse(response, "ShowSearchAlgorithms", SearchAlgorithmList.from_dict)


class TrainingJobsOperations:
    """training_jobs"""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_save_image_job(
        self,
        training_job_id: str,
        task_id: str,
        *,
        timeout: float | None = None,
    ) -> SaveImageJob:
        """Show the image-save job of a training task (ShowSaveImageJob).

        Returns the job that saves the container of one training task as an SWR image: image name, SWR
        organization, tag, description, state, build message and creation time. While the job is CREATING
        the training job cannot be used.

        Args:
            training_job_id: Training job id, as returned by the training job list.
            task_id: Task name from the job's `status.tasks`: `worker-0` for a single-node job,
                `worker-0`, `worker-1`, … for a multi-node job.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            SaveImageJob

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_save_image_job._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
        )
        response = self._engine.call("ShowSaveImageJob", request, timeout)
        return self._engine.parse(response, "ShowSaveImageJob", SaveImageJob.from_dict)

    def show_obs_url_of_training_job_logs(
        self,
        training_job_id: str,
        task_id: str,
        *,
        content_type: ShowObsUrlOfTrainingJobLogsContentType | str | None = None,
        timeout: float | None = None,
    ) -> TrainingJobLogUrl:
        """Get a temporary OBS link to a training task's log (ShowObsUrlOfTrainingJobLogs).

        Returns a temporary OBS link to the log of one training task, valid for about 5 minutes.
        `Content-Type=text/plain` asks for a preview link, `application/octet-stream` for a download link.
        IAM treats this GET as a Write action (`modelarts:trainJob:logExport`).

        Args:
            training_job_id: Training job id, as returned by the training job list.
            task_id: Task name from the job's `status.tasks`: `worker-0` for a single-node job,
                `worker-0`, `worker-1`, … for a multi-node job.
            content_type: Kind of link to return: `text/plain` gives a temporary preview link,
                `application/octet-stream` a temporary download link. No default is documented. One of:
                'text/plain', 'application/octet-stream'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            TrainingJobLogUrl

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_obs_url_of_training_job_logs._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            content_type=enum_value(ShowObsUrlOfTrainingJobLogsContentType, content_type, "content_type"),
        )
        response = self._engine.call("ShowObsUrlOfTrainingJobLogs", request, timeout)
        return self._engine.parse(response, "ShowObsUrlOfTrainingJobLogs", TrainingJobLogUrl.from_dict)


class ServicesOperations:
    """Real-time, batch and edge inference services (v1 service management API)."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_service_specifications(
        self,
        *,
        is_personal_cluster: bool | None = None,
        infer_type: ShowServiceSpecificationsInferType | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> ServiceSpecificationList:
        """List service deployment specifications (ShowServiceSpecifications).

        Lists the resource flavors that real-time, batch or edge services can be deployed with, including
        CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
        flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
        (default 1000) and `offset` (default 0).

        Args:
            is_personal_cluster: Return the specifications of dedicated resource pools instead of the
                public pool. Server default: False.
            infer_type: Inference mode whose specifications are listed: `real-time` (real-time
                services), `batch` (batch services) or `edge` (edge services). One of: 'real-time',
                'batch', 'edge'. Server default: 'real-time'.
            limit: Maximum number of specifications returned in one page. Server default: 1000.
            offset: Index of the first specification returned (start offset). Server default: 0.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceSpecificationList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service_specifications._get_kwargs(
            project_id=self._engine.project_id,
            is_personal_cluster=UNSET if is_personal_cluster is None else is_personal_cluster,
            infer_type=enum_value(ShowServiceSpecificationsInferType, infer_type, "infer_type"),
            limit=UNSET if limit is None else limit,
            offset=UNSET if offset is None else offset,
        )
        response = self._engine.call("ShowServiceSpecifications", request, timeout)
        return self._engine.parse(response, "ShowServiceSpecifications", ServiceSpecificationList.from_dict)

    def iter_service_specifications(
        self,
        *,
        is_personal_cluster: bool | None = None,
        infer_type: ShowServiceSpecificationsInferType | str | None = None,
        limit: int = 1000,
        offset: int = 0,
        timeout: float | None = None,
    ) -> Iterator[Specification]:
        """Every `specifications` item of ShowServiceSpecifications, page after page (one `show_service_specifications` call each).

        Lists the resource flavors that real-time, batch or edge services can be deployed with, including
        CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
        flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
        (default 1000) and `offset` (default 0).

        Args:
            is_personal_cluster: Return the specifications of dedicated resource pools instead of the
                public pool. Server default: False.
            infer_type: Inference mode whose specifications are listed: `real-time` (real-time
                services), `batch` (batch services) or `edge` (edge services). One of: 'real-time',
                'batch', 'edge'. Server default: 'real-time'.
            limit: records asked for per page; default 1000. From the spec: Maximum number of
                specifications returned in one page. Server default: 1000.
            offset: the record to start from; each next page starts after the records received (read as
                a record index, whatever the manual's wording). From the spec: Index of the first
                specification returned (start offset). Server default: 0.
            timeout: seconds for each page's call (connecting, reading, retries and their waits);
                default: the client's.

        Yields:
            Specification, until a page is empty, `total_count` items were seen, or (without a count) a page
            is shorter than `limit`.

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """

        def fetch(offset: int, limit: int) -> ServiceSpecificationList:
            return self.show_service_specifications(
                is_personal_cluster=is_personal_cluster,
                infer_type=infer_type,
                offset=offset,
                limit=limit,
                timeout=timeout,
            )

        return iterate(
            fetch,
            lambda page: _items(page.specifications),
            lambda page: _count(page.total_count),
            limit,
            offset,
            "ShowServiceSpecifications",
        )

    def show_service_monitor_info(
        self,
        service_id: str,
        *,
        node_id: str | None = None,
        timeout: float | None = None,
    ) -> ServiceMonitorInfo:
        """Show service monitoring information (ShowServiceMonitorInfo).

        Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
        cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
        services, `node_id` restricts the result to one edge node; by default all nodes are returned.

        Args:
            service_id: Service ID.
            node_id: Edge node to report on; only valid when the service's infer_type is `edge`. All
                nodes when omitted.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceMonitorInfo

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service_monitor_info._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            node_id=UNSET if node_id is None else node_id,
        )
        response = self._engine.call("ShowServiceMonitorInfo", request, timeout)
        return self._engine.parse(response, "ShowServiceMonitorInfo", ServiceMonitorInfo.from_dict)

    def show_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | str | None = None,
        event_info: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        sort_by: str | None = None,
        order: ShowServiceEventsOrder | str | None = None,
        timeout: float | None = None,
    ) -> ServiceEventList:
        """List service event logs (ShowServiceEvents).

        Returns the event log of a service, mainly the five deployment stages (image build, environment
        preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
        occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
        1000 per page.

        Args:
            service_id: Service ID.
            event_type: Only events of this type: `normal` (normal event) or `abnormal` (abnormal
                event). Not filtered when omitted. One of: 'normal', 'abnormal'.
            event_info: Only events whose text matches this value. English text only; the characters ``
                ` ``(){}';,[]<>/?!¥…&【】‘:”“’。、 are rejected.
            start_time: Only events that occurred at or after this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            end_time: Only events that occurred at or before this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            offset: Start of the page to return (see the deviation on whether this counts pages or
                records). Server default: 0.
            limit: Maximum number of events returned in one page. Server default: 1000.
            sort_by: Field the events are sorted by. Server default: 'occur_time'.
            order: Sort direction: `asc` (ascending) or `desc` (descending). One of: 'asc', 'desc'.
                Server default: 'desc'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceEventList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service_events._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            event_type=enum_value(ShowServiceEventsEventType, event_type, "event_type"),
            event_info=UNSET if event_info is None else event_info,
            start_time=UNSET if start_time is None else start_time,
            end_time=UNSET if end_time is None else end_time,
            offset=UNSET if offset is None else offset,
            limit=UNSET if limit is None else limit,
            sort_by=UNSET if sort_by is None else sort_by,
            order=enum_value(ShowServiceEventsOrder, order, "order"),
        )
        response = self._engine.call("ShowServiceEvents", request, timeout)
        return self._engine.parse(response, "ShowServiceEvents", ServiceEventList.from_dict)

    def iter_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | str | None = None,
        event_info: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        sort_by: str | None = None,
        order: ShowServiceEventsOrder | str | None = None,
        limit: int = 1000,
        offset: int = 0,
        timeout: float | None = None,
    ) -> Iterator[ServiceEvent]:
        """Every `events` item of ShowServiceEvents, page after page (one `show_service_events` call each).

        Returns the event log of a service, mainly the five deployment stages (image build, environment
        preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
        occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
        1000 per page.

        Args:
            service_id: Service ID.
            event_type: Only events of this type: `normal` (normal event) or `abnormal` (abnormal
                event). Not filtered when omitted. One of: 'normal', 'abnormal'.
            event_info: Only events whose text matches this value. English text only; the characters ``
                ` ``(){}';,[]<>/?!¥…&【】‘:”“’。、 are rejected.
            start_time: Only events that occurred at or after this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            end_time: Only events that occurred at or before this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            sort_by: Field the events are sorted by. Server default: 'occur_time'.
            order: Sort direction: `asc` (ascending) or `desc` (descending). One of: 'asc', 'desc'.
                Server default: 'desc'.
            limit: records asked for per page; default 1000. From the spec: Maximum number of events
                returned in one page. Server default: 1000.
            offset: the record to start from; each next page starts after the records received (read as
                a record index, whatever the manual's wording). From the spec: Start of the page to
                return (see the deviation on whether this counts pages or records). Server default: 0.
            timeout: seconds for each page's call (connecting, reading, retries and their waits);
                default: the client's.

        Yields:
            ServiceEvent, until a page is empty, `total_count` items were seen, or (without a count) a page
            is shorter than `limit`.

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
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
                timeout=timeout,
            )

        return iterate(
            fetch,
            lambda page: _items(page.events),
            lambda page: _count(page.total_count),
            limit,
            offset,
            "ShowServiceEvents",
        )

    def show_service(
        self,
        service_id: str,
        *,
        timeout: float | None = None,
    ) -> ServiceDetail:
        """Show service details (ShowService).

        Returns the details of a real-time, batch or edge service by its ID: ownership, status and
        deployment progress, the model configurations (`config`), access address, call statistics, schedule
        and network settings. For a shared (subscribed) service, `config` carries only the model ID, name
        and version.

        Args:
            service_id: Service ID, as returned when the service is created or by the service list.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceDetail

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
        )
        response = self._engine.call("ShowService", request, timeout)
        return self._engine.parse(response, "ShowService", ServiceDetail.from_dict)


class PluginTemplatesOperations:
    """plugin_templates"""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_plugin_template(
        self,
        plugintemplate_name: ShowPluginTemplatePlugintemplateName | str,
        *,
        timeout: float | None = None,
    ) -> PluginTemplate:
        """Show a driver plugin template (ShowPluginTemplate).

        Returns a plugin template (GPU or NPU driver) that can be installed on resource pools, with its
        type, description and the versions it offers, keyed by version.

        Args:
            plugintemplate_name: Plugin template name: `gpu-driver` (GPU driver plugin template) or
                `npu-driver` (NPU driver plugin template). One of: 'gpu-driver', 'npu-driver'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PluginTemplate

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_plugin_template._get_kwargs(
            project_id=self._engine.project_id,
            plugintemplate_name=enum_member(
                ShowPluginTemplatePlugintemplateName, plugintemplate_name, "plugintemplate_name"
            ),
        )
        response = self._engine.call("ShowPluginTemplate", request, timeout)
        return self._engine.parse(response, "ShowPluginTemplate", PluginTemplate.from_dict)


class QuotasOperations:
    """Resource quotas and OS-level configuration of the account."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_os_quota(
        self,
        *,
        timeout: float | None = None,
    ) -> OsQuota:
        """Show resource quotas (ShowOsQuota).

        Returns the account's quotas for resource-pool related resources (such as pools and networks): for
        each resource type, the quota limit and the amount used.

        Args:
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            OsQuota

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_os_quota._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = self._engine.call("ShowOsQuota", request, timeout)
        return self._engine.parse(response, "ShowOsQuota", OsQuota.from_dict)

    def show_os_config(
        self,
        *,
        timeout: float | None = None,
    ) -> OsConfig:
        """Show resource-pool configuration limits (ShowOsConfig).

        Returns the account's resource-pool configuration: the network CIDR ranges that can be used, how
        many networks and pools may be created, and whether the region supports high-availability pools.

        Args:
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            OsConfig

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_os_config._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = self._engine.call("ShowOsConfig", request, timeout)
        return self._engine.parse(response, "ShowOsConfig", OsConfig.from_dict)


class PoolsOperations:
    """Dedicated resource pools, their tags, statistics and metrics."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def show_pool(
        self,
        pool_name: str,
        *,
        x_model_arts_user_id: str | None = None,
        timeout: float | None = None,
    ) -> Pool:
        """Show resource pool details (ShowPool).

        Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
        (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
        (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
        its `metadata.name`.

        Args:
            pool_name: Pool id, the `metadata.name` of the pool. Starts with a lowercase letter,
                contains lowercase letters, digits and hyphens, does not end with a hyphen; 36 to 63
                characters.
            x_model_arts_user_id: Tenant (account) id; when present, authorisation is evaluated for that
                tenant. Not in the manual: the official Python and Go SDKs send it.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            Pool

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=path_argument(pool_name, "pool_name", "^[a-z][a-z0-9-]*[a-z0-9]$", 36, 63),
            x_model_arts_user_id=UNSET if x_model_arts_user_id is None else x_model_arts_user_id,
        )
        response = self._engine.call("ShowPool", request, timeout)
        return self._engine.parse(response, "ShowPool", Pool.from_dict)

    def show_pool_monitor(
        self,
        pool_name: str,
        *,
        time_range: str | None = None,
        statistics: ShowPoolMonitorStatistics | str | None = None,
        period: ShowPoolMonitorPeriod | str | None = None,
        timeout: float | None = None,
    ) -> PoolMonitor:
        """Show resource pool monitoring metrics (ShowPoolMonitor).

        Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
        series. Each series carries one data point per period over the requested time window, holding the
        requested statistic; a value of -1 means no data.

        Args:
            pool_name: Pool id, the `metadata.name` of the pool. Starts with a lowercase letter,
                contains lowercase letters, digits and hyphens, does not end with a hyphen; 36 to 63
                characters.
            time_range: Time window as `startMs.endMs.durationMinutes` (start and end in epoch
                milliseconds, duration in minutes). A start of -1 means end minus duration; an end of -1
                means start plus duration, capped at the current time; `-1.-1.60` is the last 60
                minutes. A request must satisfy durationMinutes × 60 / period ≤ 1440. Server default:
                '-1.-1.60'.
            statistics: Statistic computed per period: maximum, minimum, sum, average or sampleCount.
                One of: 'maximum', 'minimum', 'sum', 'average', 'sampleCount'. Server default:
                'maximum'.
            period: Aggregation period in seconds, 60, 300, 900 or 3600, sent as a string. One of: '60',
                '300', '900', '3600'. Server default: '60'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolMonitor

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_monitor._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=path_argument(pool_name, "pool_name", "^[a-z][a-z0-9-]*[a-z0-9]$", 36, 63),
            time_range=UNSET if time_range is None else time_range,
            statistics=enum_value(ShowPoolMonitorStatistics, statistics, "statistics"),
            period=enum_value(ShowPoolMonitorPeriod, period, "period"),
        )
        response = self._engine.call("ShowPoolMonitor", request, timeout)
        return self._engine.parse(response, "ShowPoolMonitor", PoolMonitor.from_dict)

    def show_pool_runtime_metrics(
        self,
        *,
        workspace_id: str | None = None,
        timeout: float | None = None,
    ) -> PoolMetricsList:
        """Show real-time resource pool metrics (ShowPoolRuntimeMetrics).

        Returns, for every resource pool of the project, the resources currently allocated and the total and
        maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
        over a short window.

        Args:
            workspace_id: Workspace id (camelCase, as in ShowPoolStatistics): only the pools of this
                workspace. Not in the manual; a real client sends it.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolMetricsList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_runtime_metrics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=UNSET if workspace_id is None else workspace_id,
        )
        response = self._engine.call("ShowPoolRuntimeMetrics", request, timeout)
        return self._engine.parse(response, "ShowPoolRuntimeMetrics", PoolMetricsList.from_dict)

    def show_pool_statistics(
        self,
        *,
        workspace_id: str | None = None,
        timeout: float | None = None,
    ) -> PoolStatistics:
        """Show resource pool statistics (ShowPoolStatistics).

        Counts the project's resource pools by status: being created, created, failed in the last three
        days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

        Args:
            workspace_id: Workspace id (note the camelCase name). The manual's prose says the server
                uses workspace \"0\" (the default workspace) when it is omitted.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolStatistics

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_statistics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=UNSET if workspace_id is None else workspace_id,
        )
        response = self._engine.call("ShowPoolStatistics", request, timeout)
        return self._engine.parse(response, "ShowPoolStatistics", PoolStatistics.from_dict)

    def show_pool_tags(
        self,
        pool_name: str,
        *,
        timeout: float | None = None,
    ) -> PoolTagList | None:
        """Show resource pool tags (ShowPoolTags).

        Lists the tags of one resource pool, each a key with its values. The manual documents status 204
        together with a JSON body; clients should read the body when present and accept an empty 204.

        Args:
            pool_name: Pool id, the `metadata.name` of the pool. Starts with a lowercase letter,
                contains lowercase letters, digits and hyphens, does not end with a hyphen; 36 to 63
                characters.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolTagList, or None when the server sends no body

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_tags._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=path_argument(pool_name, "pool_name", "^[a-z][a-z0-9-]*[a-z0-9]$", 36, 63),
        )
        response = self._engine.call("ShowPoolTags", request, timeout)
        return self._engine.parse_optional(response, "ShowPoolTags", PoolTagList.from_dict)


class ModelArts:
    """ModelArts, synchronously, bound to one project in one region.

    `ModelArts(region=\"cn-north-4\", project_id=\"…\", auth=TokenAuth(token))`, or `auth=AkSkAuth(ak, sk)`,
    or `ModelArts.from_env()`. Operations are grouped by the spec's tags:
    `.algorithms`,
    `.training_jobs`,
    `.services`,
    `.plugin_templates`,
    `.quotas`,
    `.pools`.
    Close it with `ma.close()` or use it as a context manager."""

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: str | None = None,
        project_id: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        on_request: Sequence[RequestHook] = (),
        on_response: Sequence[ResponseHook] = (),
        headers: Mapping[str, str] | None = None,
        body_limits: BodyLimits | None = None,
        strict: bool = False,
        on_deviation: DeviationHook | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """`region` (one of REGIONS; HUAWEICLOUD_SDK_REGION_MODELARTS_<REGION> overrides its endpoint) or `endpoint`
        (any base URL); `timeout`: seconds for a whole call, connecting, reading, retries and their waits
        together (default 60; each operation also takes `timeout=`); `retry` (default RetryPolicy(): 4 attempts
        for GETs on 429/502/503/504 and on connection failures that can heal, NO_RETRIES to disable); `body_limits`
        (default BodyLimits(): 64 MiB per body after decompression, JSON nested 64 deep); `strict`: a 2xx body that
        does not fit the spec raises ModelArtsResponseError instead of being read tolerantly (SpecDeviationWarning
        and `on_deviation`); `on_request`/`on_response` are called for every HTTP attempt (the response with its
        body read); `transport` replaces the network (tests, mocks); `sleep` waits between retries."""
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
            limits=body_limits,
            strict=strict,
            on_deviation=on_deviation,
            user_agent=user_agent("modelarts-client", __version__),
            project_id_rule=PROJECT_ID_RULE,
        )
        self._engine = SyncEngine(settings, transport, sleep)
        self.algorithms = AlgorithmsOperations(self._engine)
        self.training_jobs = TrainingJobsOperations(self._engine)
        self.services = ServicesOperations(self._engine)
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
        env = from_environment(home=home, regions=REGIONS)
        return cls(region=env.region, endpoint=env.endpoint, project_id=env.project_id, auth=env.auth, **options)

    # Read from the settings, not copied: a copy could be reassigned while requests kept the old value.
    @property
    def project_id(self) -> str:
        return self._engine.settings.project_id

    @property
    def base_url(self) -> str:
        return self._engine.settings.base_url

    def close(self) -> None:
        self._engine.close()

    def __enter__(self) -> ModelArts:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, project_id={self.project_id!r}, auth={self._engine.settings.auth!r})"


class AsyncAlgorithmsOperations:
    """Hyperparameter search algorithms available to training jobs."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_search_algorithms(
        self,
        *,
        timeout: float | None = None,
    ) -> SearchAlgorithmList:
        """List hyperparameter search algorithms (ShowSearchAlgorithms).

        Returns the hyperparameter search algorithms that training jobs can use, each with its name,
        description and default parameters. Parameter values are always sent as strings, whatever their
        declared type. Takes no query parameters.

        Args:
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            SearchAlgorithmList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_search_algorithms._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = await self._engine.call("ShowSearchAlgorithms", request, timeout)
        return self._engine.parse(response, "ShowSearchAlgorithms", SearchAlgorithmList.from_dict)


class AsyncTrainingJobsOperations:
    """training_jobs"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_save_image_job(
        self,
        training_job_id: str,
        task_id: str,
        *,
        timeout: float | None = None,
    ) -> SaveImageJob:
        """Show the image-save job of a training task (ShowSaveImageJob).

        Returns the job that saves the container of one training task as an SWR image: image name, SWR
        organization, tag, description, state, build message and creation time. While the job is CREATING
        the training job cannot be used.

        Args:
            training_job_id: Training job id, as returned by the training job list.
            task_id: Task name from the job's `status.tasks`: `worker-0` for a single-node job,
                `worker-0`, `worker-1`, … for a multi-node job.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            SaveImageJob

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_save_image_job._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
        )
        response = await self._engine.call("ShowSaveImageJob", request, timeout)
        return self._engine.parse(response, "ShowSaveImageJob", SaveImageJob.from_dict)

    async def show_obs_url_of_training_job_logs(
        self,
        training_job_id: str,
        task_id: str,
        *,
        content_type: ShowObsUrlOfTrainingJobLogsContentType | str | None = None,
        timeout: float | None = None,
    ) -> TrainingJobLogUrl:
        """Get a temporary OBS link to a training task's log (ShowObsUrlOfTrainingJobLogs).

        Returns a temporary OBS link to the log of one training task, valid for about 5 minutes.
        `Content-Type=text/plain` asks for a preview link, `application/octet-stream` for a download link.
        IAM treats this GET as a Write action (`modelarts:trainJob:logExport`).

        Args:
            training_job_id: Training job id, as returned by the training job list.
            task_id: Task name from the job's `status.tasks`: `worker-0` for a single-node job,
                `worker-0`, `worker-1`, … for a multi-node job.
            content_type: Kind of link to return: `text/plain` gives a temporary preview link,
                `application/octet-stream` a temporary download link. No default is documented. One of:
                'text/plain', 'application/octet-stream'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            TrainingJobLogUrl

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_obs_url_of_training_job_logs._get_kwargs(
            project_id=self._engine.project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            content_type=enum_value(ShowObsUrlOfTrainingJobLogsContentType, content_type, "content_type"),
        )
        response = await self._engine.call("ShowObsUrlOfTrainingJobLogs", request, timeout)
        return self._engine.parse(response, "ShowObsUrlOfTrainingJobLogs", TrainingJobLogUrl.from_dict)


class AsyncServicesOperations:
    """Real-time, batch and edge inference services (v1 service management API)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_service_specifications(
        self,
        *,
        is_personal_cluster: bool | None = None,
        infer_type: ShowServiceSpecificationsInferType | str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | None = None,
    ) -> ServiceSpecificationList:
        """List service deployment specifications (ShowServiceSpecifications).

        Lists the resource flavors that real-time, batch or edge services can be deployed with, including
        CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
        flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
        (default 1000) and `offset` (default 0).

        Args:
            is_personal_cluster: Return the specifications of dedicated resource pools instead of the
                public pool. Server default: False.
            infer_type: Inference mode whose specifications are listed: `real-time` (real-time
                services), `batch` (batch services) or `edge` (edge services). One of: 'real-time',
                'batch', 'edge'. Server default: 'real-time'.
            limit: Maximum number of specifications returned in one page. Server default: 1000.
            offset: Index of the first specification returned (start offset). Server default: 0.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceSpecificationList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service_specifications._get_kwargs(
            project_id=self._engine.project_id,
            is_personal_cluster=UNSET if is_personal_cluster is None else is_personal_cluster,
            infer_type=enum_value(ShowServiceSpecificationsInferType, infer_type, "infer_type"),
            limit=UNSET if limit is None else limit,
            offset=UNSET if offset is None else offset,
        )
        response = await self._engine.call("ShowServiceSpecifications", request, timeout)
        return self._engine.parse(response, "ShowServiceSpecifications", ServiceSpecificationList.from_dict)

    def iter_service_specifications(
        self,
        *,
        is_personal_cluster: bool | None = None,
        infer_type: ShowServiceSpecificationsInferType | str | None = None,
        limit: int = 1000,
        offset: int = 0,
        timeout: float | None = None,
    ) -> AsyncIterator[Specification]:
        """Every `specifications` item of ShowServiceSpecifications, page after page (one `show_service_specifications` call each).

        Lists the resource flavors that real-time, batch or edge services can be deployed with, including
        CPU, memory, GPU and NPU sizes, sale status and quota state. Set `is_personal_cluster` to list the
        flavors of dedicated resource pools instead of the public pool. Results are paged with `limit`
        (default 1000) and `offset` (default 0).

        Args:
            is_personal_cluster: Return the specifications of dedicated resource pools instead of the
                public pool. Server default: False.
            infer_type: Inference mode whose specifications are listed: `real-time` (real-time
                services), `batch` (batch services) or `edge` (edge services). One of: 'real-time',
                'batch', 'edge'. Server default: 'real-time'.
            limit: records asked for per page; default 1000. From the spec: Maximum number of
                specifications returned in one page. Server default: 1000.
            offset: the record to start from; each next page starts after the records received (read as
                a record index, whatever the manual's wording). From the spec: Index of the first
                specification returned (start offset). Server default: 0.
            timeout: seconds for each page's call (connecting, reading, retries and their waits);
                default: the client's.

        Yields:
            Specification, until a page is empty, `total_count` items were seen, or (without a count) a page
            is shorter than `limit`.

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """

        async def fetch(offset: int, limit: int) -> ServiceSpecificationList:
            return await self.show_service_specifications(
                is_personal_cluster=is_personal_cluster,
                infer_type=infer_type,
                offset=offset,
                limit=limit,
                timeout=timeout,
            )

        return aiterate(
            fetch,
            lambda page: _items(page.specifications),
            lambda page: _count(page.total_count),
            limit,
            offset,
            "ShowServiceSpecifications",
        )

    async def show_service_monitor_info(
        self,
        service_id: str,
        *,
        node_id: str | None = None,
        timeout: float | None = None,
    ) -> ServiceMonitorInfo:
        """Show service monitoring information (ShowServiceMonitorInfo).

        Returns per-model (real-time services) or per-node (edge services) resource usage of a service: CPU
        cores, memory, GPU, NPU and their memory, call and failure counts, and instance counts. For edge
        services, `node_id` restricts the result to one edge node; by default all nodes are returned.

        Args:
            service_id: Service ID.
            node_id: Edge node to report on; only valid when the service's infer_type is `edge`. All
                nodes when omitted.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceMonitorInfo

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service_monitor_info._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            node_id=UNSET if node_id is None else node_id,
        )
        response = await self._engine.call("ShowServiceMonitorInfo", request, timeout)
        return self._engine.parse(response, "ShowServiceMonitorInfo", ServiceMonitorInfo.from_dict)

    async def show_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | str | None = None,
        event_info: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        sort_by: str | None = None,
        order: ShowServiceEventsOrder | str | None = None,
        timeout: float | None = None,
    ) -> ServiceEventList:
        """List service event logs (ShowServiceEvents).

        Returns the event log of a service, mainly the five deployment stages (image build, environment
        preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
        occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
        1000 per page.

        Args:
            service_id: Service ID.
            event_type: Only events of this type: `normal` (normal event) or `abnormal` (abnormal
                event). Not filtered when omitted. One of: 'normal', 'abnormal'.
            event_info: Only events whose text matches this value. English text only; the characters ``
                ` ``(){}';,[]<>/?!¥…&【】‘:”“’。、 are rejected.
            start_time: Only events that occurred at or after this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            end_time: Only events that occurred at or before this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            offset: Start of the page to return (see the deviation on whether this counts pages or
                records). Server default: 0.
            limit: Maximum number of events returned in one page. Server default: 1000.
            sort_by: Field the events are sorted by. Server default: 'occur_time'.
            order: Sort direction: `asc` (ascending) or `desc` (descending). One of: 'asc', 'desc'.
                Server default: 'desc'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceEventList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service_events._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
            event_type=enum_value(ShowServiceEventsEventType, event_type, "event_type"),
            event_info=UNSET if event_info is None else event_info,
            start_time=UNSET if start_time is None else start_time,
            end_time=UNSET if end_time is None else end_time,
            offset=UNSET if offset is None else offset,
            limit=UNSET if limit is None else limit,
            sort_by=UNSET if sort_by is None else sort_by,
            order=enum_value(ShowServiceEventsOrder, order, "order"),
        )
        response = await self._engine.call("ShowServiceEvents", request, timeout)
        return self._engine.parse(response, "ShowServiceEvents", ServiceEventList.from_dict)

    def iter_service_events(
        self,
        service_id: str,
        *,
        event_type: ShowServiceEventsEventType | str | None = None,
        event_info: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        sort_by: str | None = None,
        order: ShowServiceEventsOrder | str | None = None,
        limit: int = 1000,
        offset: int = 0,
        timeout: float | None = None,
    ) -> AsyncIterator[ServiceEvent]:
        """Every `events` item of ShowServiceEvents, page after page (one `show_service_events` call each).

        Returns the event log of a service, mainly the five deployment stages (image build, environment
        preparation, resource scheduling, image pull, model start). Events can be filtered by type, text and
        occurrence time window (epoch milliseconds), and are sorted by `occur_time` descending by default,
        1000 per page.

        Args:
            service_id: Service ID.
            event_type: Only events of this type: `normal` (normal event) or `abnormal` (abnormal
                event). Not filtered when omitted. One of: 'normal', 'abnormal'.
            event_info: Only events whose text matches this value. English text only; the characters ``
                ` ``(){}';,[]<>/?!¥…&【】‘:”“’。、 are rejected.
            start_time: Only events that occurred at or after this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            end_time: Only events that occurred at or before this time, in milliseconds since the Unix
                epoch. Not filtered when omitted.
            sort_by: Field the events are sorted by. Server default: 'occur_time'.
            order: Sort direction: `asc` (ascending) or `desc` (descending). One of: 'asc', 'desc'.
                Server default: 'desc'.
            limit: records asked for per page; default 1000. From the spec: Maximum number of events
                returned in one page. Server default: 1000.
            offset: the record to start from; each next page starts after the records received (read as
                a record index, whatever the manual's wording). From the spec: Start of the page to
                return (see the deviation on whether this counts pages or records). Server default: 0.
            timeout: seconds for each page's call (connecting, reading, retries and their waits);
                default: the client's.

        Yields:
            ServiceEvent, until a page is empty, `total_count` items were seen, or (without a count) a page
            is shorter than `limit`.

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
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
                timeout=timeout,
            )

        return aiterate(
            fetch,
            lambda page: _items(page.events),
            lambda page: _count(page.total_count),
            limit,
            offset,
            "ShowServiceEvents",
        )

    async def show_service(
        self,
        service_id: str,
        *,
        timeout: float | None = None,
    ) -> ServiceDetail:
        """Show service details (ShowService).

        Returns the details of a real-time, batch or edge service by its ID: ownership, status and
        deployment progress, the model configurations (`config`), access address, call statistics, schedule
        and network settings. For a shared (subscribed) service, `config` carries only the model ID, name
        and version.

        Args:
            service_id: Service ID, as returned when the service is created or by the service list.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            ServiceDetail

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_service._get_kwargs(
            project_id=self._engine.project_id,
            service_id=service_id,
        )
        response = await self._engine.call("ShowService", request, timeout)
        return self._engine.parse(response, "ShowService", ServiceDetail.from_dict)


class AsyncPluginTemplatesOperations:
    """plugin_templates"""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_plugin_template(
        self,
        plugintemplate_name: ShowPluginTemplatePlugintemplateName | str,
        *,
        timeout: float | None = None,
    ) -> PluginTemplate:
        """Show a driver plugin template (ShowPluginTemplate).

        Returns a plugin template (GPU or NPU driver) that can be installed on resource pools, with its
        type, description and the versions it offers, keyed by version.

        Args:
            plugintemplate_name: Plugin template name: `gpu-driver` (GPU driver plugin template) or
                `npu-driver` (NPU driver plugin template). One of: 'gpu-driver', 'npu-driver'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PluginTemplate

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_plugin_template._get_kwargs(
            project_id=self._engine.project_id,
            plugintemplate_name=enum_member(
                ShowPluginTemplatePlugintemplateName, plugintemplate_name, "plugintemplate_name"
            ),
        )
        response = await self._engine.call("ShowPluginTemplate", request, timeout)
        return self._engine.parse(response, "ShowPluginTemplate", PluginTemplate.from_dict)


class AsyncQuotasOperations:
    """Resource quotas and OS-level configuration of the account."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_os_quota(
        self,
        *,
        timeout: float | None = None,
    ) -> OsQuota:
        """Show resource quotas (ShowOsQuota).

        Returns the account's quotas for resource-pool related resources (such as pools and networks): for
        each resource type, the quota limit and the amount used.

        Args:
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            OsQuota

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_os_quota._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = await self._engine.call("ShowOsQuota", request, timeout)
        return self._engine.parse(response, "ShowOsQuota", OsQuota.from_dict)

    async def show_os_config(
        self,
        *,
        timeout: float | None = None,
    ) -> OsConfig:
        """Show resource-pool configuration limits (ShowOsConfig).

        Returns the account's resource-pool configuration: the network CIDR ranges that can be used, how
        many networks and pools may be created, and whether the region supports high-availability pools.

        Args:
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            OsConfig

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_os_config._get_kwargs(
            project_id=self._engine.project_id,
        )
        response = await self._engine.call("ShowOsConfig", request, timeout)
        return self._engine.parse(response, "ShowOsConfig", OsConfig.from_dict)


class AsyncPoolsOperations:
    """Dedicated resource pools, their tags, statistics and metrics."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def show_pool(
        self,
        pool_name: str,
        *,
        x_model_arts_user_id: str | None = None,
        timeout: float | None = None,
    ) -> Pool:
        """Show resource pool details (ShowPool).

        Returns one dedicated resource pool: its metadata (name, labels, annotations), the desired spec
        (type, job scopes, flavors and node counts, network, drivers, control mode) and the observed status
        (phase, resources per state, scope states, driver states). The pool is addressed by its id, which is
        its `metadata.name`.

        Args:
            pool_name: Pool id, the `metadata.name` of the pool. Starts with a lowercase letter,
                contains lowercase letters, digits and hyphens, does not end with a hyphen; 36 to 63
                characters.
            x_model_arts_user_id: Tenant (account) id; when present, authorisation is evaluated for that
                tenant. Not in the manual: the official Python and Go SDKs send it.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            Pool

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=path_argument(pool_name, "pool_name", "^[a-z][a-z0-9-]*[a-z0-9]$", 36, 63),
            x_model_arts_user_id=UNSET if x_model_arts_user_id is None else x_model_arts_user_id,
        )
        response = await self._engine.call("ShowPool", request, timeout)
        return self._engine.parse(response, "ShowPool", Pool.from_dict)

    async def show_pool_monitor(
        self,
        pool_name: str,
        *,
        time_range: str | None = None,
        statistics: ShowPoolMonitorStatistics | str | None = None,
        period: ShowPoolMonitorPeriod | str | None = None,
        timeout: float | None = None,
    ) -> PoolMonitor:
        """Show resource pool monitoring metrics (ShowPoolMonitor).

        Returns the pool's aggregated monitoring series (CPU, memory, GPU, NPU and disk usage), at most 20
        series. Each series carries one data point per period over the requested time window, holding the
        requested statistic; a value of -1 means no data.

        Args:
            pool_name: Pool id, the `metadata.name` of the pool. Starts with a lowercase letter,
                contains lowercase letters, digits and hyphens, does not end with a hyphen; 36 to 63
                characters.
            time_range: Time window as `startMs.endMs.durationMinutes` (start and end in epoch
                milliseconds, duration in minutes). A start of -1 means end minus duration; an end of -1
                means start plus duration, capped at the current time; `-1.-1.60` is the last 60
                minutes. A request must satisfy durationMinutes × 60 / period ≤ 1440. Server default:
                '-1.-1.60'.
            statistics: Statistic computed per period: maximum, minimum, sum, average or sampleCount.
                One of: 'maximum', 'minimum', 'sum', 'average', 'sampleCount'. Server default:
                'maximum'.
            period: Aggregation period in seconds, 60, 300, 900 or 3600, sent as a string. One of: '60',
                '300', '900', '3600'. Server default: '60'.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolMonitor

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_monitor._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=path_argument(pool_name, "pool_name", "^[a-z][a-z0-9-]*[a-z0-9]$", 36, 63),
            time_range=UNSET if time_range is None else time_range,
            statistics=enum_value(ShowPoolMonitorStatistics, statistics, "statistics"),
            period=enum_value(ShowPoolMonitorPeriod, period, "period"),
        )
        response = await self._engine.call("ShowPoolMonitor", request, timeout)
        return self._engine.parse(response, "ShowPoolMonitor", PoolMonitor.from_dict)

    async def show_pool_runtime_metrics(
        self,
        *,
        workspace_id: str | None = None,
        timeout: float | None = None,
    ) -> PoolMetricsList:
        """Show real-time resource pool metrics (ShowPoolRuntimeMetrics).

        Returns, for every resource pool of the project, the resources currently allocated and the total and
        maximum elastic capacity (CPU, memory, accelerator cards), as Kubernetes-style quantities sampled
        over a short window.

        Args:
            workspace_id: Workspace id (camelCase, as in ShowPoolStatistics): only the pools of this
                workspace. Not in the manual; a real client sends it.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolMetricsList

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_runtime_metrics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=UNSET if workspace_id is None else workspace_id,
        )
        response = await self._engine.call("ShowPoolRuntimeMetrics", request, timeout)
        return self._engine.parse(response, "ShowPoolRuntimeMetrics", PoolMetricsList.from_dict)

    async def show_pool_statistics(
        self,
        *,
        workspace_id: str | None = None,
        timeout: float | None = None,
    ) -> PoolStatistics:
        """Show resource pool statistics (ShowPoolStatistics).

        Counts the project's resource pools by status: being created, created, failed in the last three
        days, and pending (usually yearly/monthly pools not yet paid), optionally within one workspace.

        Args:
            workspace_id: Workspace id (note the camelCase name). The manual's prose says the server
                uses workspace \"0\" (the default workspace) when it is omitted.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolStatistics

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_statistics._get_kwargs(
            project_id=self._engine.project_id,
            workspace_id=UNSET if workspace_id is None else workspace_id,
        )
        response = await self._engine.call("ShowPoolStatistics", request, timeout)
        return self._engine.parse(response, "ShowPoolStatistics", PoolStatistics.from_dict)

    async def show_pool_tags(
        self,
        pool_name: str,
        *,
        timeout: float | None = None,
    ) -> PoolTagList | None:
        """Show resource pool tags (ShowPoolTags).

        Lists the tags of one resource pool, each a key with its values. The manual documents status 204
        together with a JSON body; clients should read the body when present and accept an empty 204.

        Args:
            pool_name: Pool id, the `metadata.name` of the pool. Starts with a lowercase letter,
                contains lowercase letters, digits and hyphens, does not end with a hyphen; 36 to 63
                characters.
            timeout: seconds for this call (connecting, reading, retries and their waits); default: the
                client's.

        Returns:
            PoolTagList, or None when the server sends no body

        Raises:
            BadRequest, Unauthorized, Forbidden, NotFound, Throttled, ServerError: the answer's status
                (429/502/503/504 after retries); another non-2xx status: ModelArtsAPIError.
            ModelArtsResponseError: a 2xx body that is not JSON, over the limits, not a JSON object, or off-spec
                under strict=True; `pointer` names the first value that does not fit.
            ModelArtsConnectionError: no answer (DNS, refused, reset, TLS), after retries for what can heal.
            ModelArtsTimeout: the deadline passed.
            ModelArtsArgumentError: an argument the spec refuses (also a ValueError), before anything is sent.
        """
        request = api_show_pool_tags._get_kwargs(
            project_id=self._engine.project_id,
            pool_name=path_argument(pool_name, "pool_name", "^[a-z][a-z0-9-]*[a-z0-9]$", 36, 63),
        )
        response = await self._engine.call("ShowPoolTags", request, timeout)
        return self._engine.parse_optional(response, "ShowPoolTags", PoolTagList.from_dict)


class AsyncModelArts:
    """ModelArts, asynchronously (every operation is a coroutine), bound to one project in one region.

    `AsyncModelArts(region=\"cn-north-4\", project_id=\"…\", auth=TokenAuth(token))`, or `auth=AkSkAuth(ak, sk)`,
    or `AsyncModelArts.from_env()`. Operations are grouped by the spec's tags:
    `.algorithms`,
    `.training_jobs`,
    `.services`,
    `.plugin_templates`,
    `.quotas`,
    `.pools`.
    Close it with `await ma.aclose()` or use it as an async context manager."""

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: str | None = None,
        project_id: str | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        on_request: Sequence[RequestHook] = (),
        on_response: Sequence[ResponseHook] = (),
        headers: Mapping[str, str] | None = None,
        body_limits: BodyLimits | None = None,
        strict: bool = False,
        on_deviation: DeviationHook | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        """`region` (one of REGIONS; HUAWEICLOUD_SDK_REGION_MODELARTS_<REGION> overrides its endpoint) or `endpoint`
        (any base URL); `timeout`: seconds for a whole call, connecting, reading, retries and their waits
        together (default 60; each operation also takes `timeout=`); `retry` (default RetryPolicy(): 4 attempts
        for GETs on 429/502/503/504 and on connection failures that can heal, NO_RETRIES to disable); `body_limits`
        (default BodyLimits(): 64 MiB per body after decompression, JSON nested 64 deep); `strict`: a 2xx body that
        does not fit the spec raises ModelArtsResponseError instead of being read tolerantly (SpecDeviationWarning
        and `on_deviation`); `on_request`/`on_response` are called for every HTTP attempt (the response with its
        body read); `transport` replaces the network (tests, mocks); `sleep` waits between retries."""
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
            limits=body_limits,
            strict=strict,
            on_deviation=on_deviation,
            user_agent=user_agent("modelarts-client", __version__),
            project_id_rule=PROJECT_ID_RULE,
        )
        self._engine = AsyncEngine(settings, transport, sleep)
        self.algorithms = AsyncAlgorithmsOperations(self._engine)
        self.training_jobs = AsyncTrainingJobsOperations(self._engine)
        self.services = AsyncServicesOperations(self._engine)
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
        env = from_environment(home=home, regions=REGIONS)
        return cls(region=env.region, endpoint=env.endpoint, project_id=env.project_id, auth=env.auth, **options)

    # Read from the settings, not copied: a copy could be reassigned while requests kept the old value.
    @property
    def project_id(self) -> str:
        return self._engine.settings.project_id

    @property
    def base_url(self) -> str:
        return self._engine.settings.base_url

    async def aclose(self) -> None:
        await self._engine.aclose()

    async def __aenter__(self) -> AsyncModelArts:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, project_id={self.project_id!r}, auth={self._engine.settings.auth!r})"
