"""Each modelled operation's answer, derived from the resources, and what removing its resource means."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from modelarts_mock import queries
from modelarts_mock.resources import Key, Pool, Project, Service, Task

if TYPE_CHECKING:
    from modelarts_mock.backend import Backend


@dataclass(frozen=True)
class Request:
    project_id: str
    key: Key  # the operation's path parameters besides project_id, in path order
    params: Mapping[str, Any]  # validated parameters by name


Answer = Callable[["Backend", Project, Request], Any]


def _pool(b: Backend, project: Project, op_id: str, request: Request) -> Pool:
    found = project.pools.get(request.key[0])
    if found is None:
        raise b.not_found(op_id, request.key)
    return found


def _service(b: Backend, project: Project, op_id: str, request: Request) -> Service:
    found = project.services.get(request.key[0])
    if found is None:
        raise b.not_found(op_id, request.key)
    return found


def _task(b: Backend, project: Project, op_id: str, request: Request) -> Task:
    found = project.tasks.get((request.key[0], request.key[1]))
    if found is None:
        raise b.not_found(op_id, request.key)
    return found


def show_pool_monitor(b: Backend, project: Project, request: Request) -> Any:
    return queries.pool_monitor(_pool(b, project, "ShowPoolMonitor", request).monitor, request.params, b.clock(), b.code)


def show_pool_runtime_metrics(b: Backend, project: Project, request: Request) -> Any:
    envelope = project.runtime_list or b.minimal("ShowPoolRuntimeMetrics")
    return {**envelope, "items": [*(pool.runtime for pool in project.pools.values()), *project.unpooled_runtime]}


def show_pool_statistics(b: Backend, project: Project, request: Request) -> Any:
    workspace = str(request.params.get("workspaceId", "0"))
    counts = queries.pool_counts([pool.phase for pool in project.pools.values() if pool.workspace == workspace])
    return {"statistics": {"status": counts}, "operationTime": queries.go_time(b.clock())}


def show_service_events(b: Backend, project: Project, request: Request) -> Any:
    service = _service(b, project, "ShowServiceEvents", request)
    # Any field name (the schema allows any text): events without it keep their stored order, after the others.
    sort_by = str(request.params.get("sort_by", "occur_time"))
    ordered = service.sorted_events(sort_by, request.params.get("order", "desc") == "desc")
    total, events = queries.service_events(ordered, request.params, b.code)
    return {**service.events, "total_count": total, "count": len(events), "events": events}


def show_service_specifications(b: Backend, project: Project, request: Request) -> Any:
    personal = bool(request.params.get("is_personal_cluster", False))
    infer = str(request.params.get("infer_type", "real-time"))
    listed = [s.body for s in project.specifications if s.personal == personal and s.infer_type == infer]
    shown = queries.page(listed, int(request.params.get("offset", "0")), int(request.params.get("limit", "1000")))
    return {"total_count": len(listed), "count": len(shown), "specifications": shown}


def _required(b: Backend, op_id: str, request: Request, value: Any) -> Any:
    if value is None:
        raise b.not_found(op_id, request.key)
    return value


ANSWER: dict[str, Answer] = {
    "ShowPool": lambda b, p, r: _pool(b, p, "ShowPool", r).body,
    "ShowPoolTags": lambda b, p, r: _pool(b, p, "ShowPoolTags", r).tags,
    "ShowPoolMonitor": show_pool_monitor,
    "ShowPoolRuntimeMetrics": show_pool_runtime_metrics,
    "ShowPoolStatistics": show_pool_statistics,
    "ShowService": lambda b, p, r: _service(b, p, "ShowService", r).detail,
    "ShowServiceEvents": show_service_events,
    "ShowServiceMonitorInfo": lambda b, p, r: _service(b, p, "ShowServiceMonitorInfo", r).monitor,
    "ShowSaveImageJob": lambda b, p, r: _required(b, "ShowSaveImageJob", r, _task(b, p, "ShowSaveImageJob", r).save_image),
    "ShowObsUrlOfTrainingJobLogs": lambda b, p, r: _task(b, p, "ShowObsUrlOfTrainingJobLogs", r).log_url,
    "ShowPluginTemplate": lambda b, p, r: _required(b, "ShowPluginTemplate", r, p.plugin_templates.get(r.key[0])),
    "ShowOsQuota": lambda b, p, r: _required(b, "ShowOsQuota", r, p.quotas),
    "ShowOsConfig": lambda b, p, r: _required(b, "ShowOsConfig", r, p.os_config),
    "ShowSearchAlgorithms": lambda b, p, r: p.search_algorithms or b.empty("ShowSearchAlgorithms"),
    "ShowServiceSpecifications": show_service_specifications,
}


def _clear(attr: str) -> Callable[[Project, Key], bool]:
    def remove(project: Project, key: Key) -> bool:
        had = getattr(project, attr) is not None
        setattr(project, attr, None)
        return had

    return remove


def _clear_runtime(project: Project, key: Key) -> bool:
    had = bool(project.pools or project.unpooled_runtime)
    for pool in project.pools.values():
        pool.runtime = {"metadata": {"name": pool.name}}
    project.unpooled_runtime = []
    return had


def _clear_specifications(project: Project, key: Key) -> bool:
    had = bool(project.specifications)
    project.specifications = []
    return had


REMOVE: dict[str, Callable[[Project, Key], bool]] = {
    **{op: (lambda p, k: p.pools.pop(k[0], None) is not None) for op in ("ShowPool", "ShowPoolTags", "ShowPoolMonitor")},
    **{op: (lambda p, k: p.services.pop(k[0], None) is not None) for op in ("ShowService", "ShowServiceEvents", "ShowServiceMonitorInfo")},
    **{op: (lambda p, k: p.tasks.pop((k[0], k[1]), None) is not None) for op in ("ShowSaveImageJob", "ShowObsUrlOfTrainingJobLogs")},
    "ShowPluginTemplate": lambda p, k: p.plugin_templates.pop(k[0], None) is not None,
    "ShowOsQuota": _clear("quotas"),
    "ShowOsConfig": _clear("os_config"),
    "ShowSearchAlgorithms": _clear("search_algorithms"),
    "ShowServiceSpecifications": _clear_specifications,
    "ShowPoolRuntimeMetrics": _clear_runtime,
    "ShowPoolStatistics": lambda p, k: False,
}
