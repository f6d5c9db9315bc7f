"""State: the resources the mock serves, as plain Python objects per project (no HTTP, no spec).

A pool, a service, a training-job task… is one object holding every facet the API shows of it; each
operation's answer is derived from these objects (`backend`), so one pool added anywhere is seen by
ShowPool, ShowPoolTags, ShowPoolMonitor, ShowPoolRuntimeMetrics and ShowPoolStatistics alike.
Bodies are stored as JSON values that already passed the spec's schema; answers never share them
with a caller that could mutate them (the server encodes, the Python API deep-copies).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Key = tuple[str, ...]
JSON = Any


@dataclass
class Pool:
    name: str
    body: dict[str, Any]  # ShowPool: metadata, spec, status (phase)
    tags: dict[str, Any]  # ShowPoolTags: {"tags": [...]}
    monitor: dict[str, Any]  # ShowPoolMonitor: {"metrics": [{metric, dataPoints}]}, the raw series
    runtime: dict[str, Any]  # this pool's item of ShowPoolRuntimeMetrics: {"metadata": {"name"}, "table": ...}

    @property
    def phase(self) -> str | None:
        status = self.body.get("status")
        return status.get("phase") if isinstance(status, dict) else None

    @property
    def workspace(self) -> str:
        """The pool's workspace label; the manual's default workspace "0" when unlabelled."""
        metadata = self.body.get("metadata")
        labels = metadata.get("labels") if isinstance(metadata, dict) else None
        value = labels.get("os.modelarts/workspace.id") if isinstance(labels, dict) else None
        return str(value) if value is not None else "0"


@dataclass
class Service:
    service_id: str
    detail: dict[str, Any]  # ShowService
    events: dict[str, Any]  # ShowServiceEvents as stored: every event, unpaged (total_count/count are derived)
    monitor: dict[str, Any]  # ShowServiceMonitorInfo
    _sorted: dict[tuple[str, bool] | None, list[Any]] = field(default_factory=dict, repr=False)  # (sort_by, desc) → events
    _fields: frozenset[str] | None = field(default=None, repr=False)  # every field some event has

    def sorted_events(self, sort_by: str, descending: bool) -> list[Any]:
        """The events in one order, computed once per order until the events change (10,000 events page fast).
        A field no event has leaves the stored order, unsorted: a client sending a new sort_by per request costs a
        set lookup, not a sort of every event on the event loop."""
        if self._fields is None:
            self._fields = frozenset(k for e in self.events.get("events") or [] if isinstance(e, dict) for k in e)
        known = sort_by in self._fields  # else every key is absent: a stable sort would keep the stored order
        found = self._sorted.get((sort_by, descending) if known else None)
        if found is None:
            events = [e for e in self.events.get("events") or [] if isinstance(e, dict)]
            if known:
                events.sort(key=lambda e: _sort_key(e.get(sort_by)), reverse=descending)
            found = events
            if len(self._sorted) >= 16:  # any text is a valid sort_by: keep the cache bounded
                self._sorted.clear()
            self._sorted[(sort_by, descending) if known else None] = found
        return found

    def set_events(self, events: dict[str, Any]) -> None:
        self.events = events
        self._sorted.clear()
        self._fields = None


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before text before anything else, absent last: mixed event fields still sort."""
    if isinstance(value, bool) or value is None:
        return (3, str(value))
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, str):
        return (1, value)
    return (2, repr(value))


@dataclass
class Task:
    """A training job's task (worker-0…): its save-image job, if one was saved, and its log URL."""

    training_job_id: str
    task_id: str
    save_image: dict[str, Any] | None
    log_url: dict[str, Any]


@dataclass
class Specification:
    """One entry of the specification catalogue and the listing it belongs to (the query that shows it)."""

    body: dict[str, Any]
    personal: bool = False  # is_personal_cluster
    infer_type: str = "real-time"


@dataclass
class Project:
    pools: dict[str, Pool] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    tasks: dict[tuple[str, str], Task] = field(default_factory=dict)
    plugin_templates: dict[str, dict[str, Any]] = field(default_factory=dict)
    quotas: dict[str, Any] | None = None  # ShowOsQuota; None: the project has none (404)
    os_config: dict[str, Any] | None = None  # ShowOsConfig
    specifications: list[Specification] = field(default_factory=list)
    search_algorithms: dict[str, Any] | None = None  # ShowSearchAlgorithms
    runtime_list: dict[str, Any] = field(default_factory=dict)  # ShowPoolRuntimeMetrics' envelope (apiVersion, kind)
    # Runtime-metrics items naming a pool no pool operation can address (the manual's `hougang-rse-pool` is shorter
    # than ShowPool's 36-character minimum): listed by ShowPoolRuntimeMetrics, but no pool (nobody could show it).
    unpooled_runtime: list[dict[str, Any]] = field(default_factory=list)
    # Operations no resource model covers (a newer spec): their answers by (operationId, key), as stored.
    documents: dict[tuple[str, Key], Any] = field(default_factory=dict)
    # Resources created through the API, by kind (its show operation) and ids, with their lifecycle (writes.py);
    # and the ids deleted, which the lists' stored items no longer show.
    live: dict[str, dict[Key, Any]] = field(default_factory=dict)
    gone: dict[str, set[Key]] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (
            self.pools
            or self.services
            or self.tasks
            or self.plugin_templates
            or self.quotas is not None
            or self.os_config is not None
            or self.specifications
            or self.search_algorithms is not None
            or self.unpooled_runtime
            or self.documents
            or any(self.live.values())
        )

    def summary(self) -> dict[str, Any]:
        """What the project holds, by kind and id (GET /_mock/resources)."""
        return {
            "pools": list(self.pools),
            "services": list(self.services),
            "tasks": [{"training_job_id": j, "task_id": t} for j, t in self.tasks],
            "plugin_templates": list(self.plugin_templates),
            "quotas": self.quotas is not None,
            "os_config": self.os_config is not None,
            "specifications": [s.body.get("specification") for s in self.specifications],
            "search_algorithms": self.search_algorithms is not None,
            "runtime_metrics_of_no_pool": [_name(item) for item in self.unpooled_runtime],
            "other": [{"operation": op, "key": list(key)} for op, key in self.documents],
        }


def _name(item: dict[str, Any]) -> Any:
    metadata = item.get("metadata")
    return metadata.get("name") if isinstance(metadata, dict) else None


class Projects:
    """Every project's resources, by project id. `ensure()` creates a project on its first write."""

    def __init__(self) -> None:
        self.by_id: dict[str, Project] = {}

    def ensure(self, project_id: str) -> Project:
        found = self.by_id.get(project_id)
        if found is None:
            found = self.by_id[project_id] = Project()
        return found

    def find(self, project_id: str) -> Project | None:
        return self.by_id.get(project_id)

    def count(self) -> int:
        """Resources held, over all projects (the start-up log line)."""
        total = 0
        for p in self.by_id.values():
            singles = sum(x is not None for x in (p.quotas, p.os_config, p.search_algorithms))
            total += len(p.pools) + len(p.services) + len(p.tasks) + len(p.plugin_templates) + len(p.documents) + singles
            total += len(p.specifications)
        return total
