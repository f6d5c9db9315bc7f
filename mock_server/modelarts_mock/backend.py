"""The mock's backend (moto's word): how each operation reads and writes the resources. `store` files a
success body into the resources, `answer` derives the success body from them, `remove` deletes the resource the
operation addresses.

The operations modelled here (`MODELLED`) are backed by resources: their answers are derived, an unknown id is
their own 404. Every other operation (most of the spec, writes included) answers from `documents`, the bodies
stored per project and (operation, ids): the seed files each operation's success example under its path
parameters' examples, fixtures and the control plane add more. Such an operation answers what is stored for the
ids asked. Other ids exist if another operation at the same path, or the kind of resource the path lies under
(kinds.py), knows them (its own document, or the model of a modelled read: DeletePool on a seeded pool), and are
answered with the operation's example; else they are its 404. An operation addressed by the project alone answers
its stored body, else its example if it writes (it addresses nothing that could be missing), else the smallest
valid body (an empty account). How writes change this state is writes.py's job. Every body reaching `store` has
passed the spec's schema.
"""

from __future__ import annotations

import copy
import marshal
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from modelarts_spec.openapi import response_schema

from modelarts_mock import schemas
from modelarts_mock.answers import ANSWER, REMOVE, Request
from modelarts_mock.errors import BadRequest, NotFound
from modelarts_mock.resources import Key, Pool, Project, Projects, Service, Specification, Task
from modelarts_mock.spec import MockSpec, OperationSpec, SpecError

POOL_OPS = ("ShowPool", "ShowPoolTags", "ShowPoolMonitor")
SERVICE_OPS = ("ShowService", "ShowServiceEvents", "ShowServiceMonitorInfo")
TASK_OPS = ("ShowSaveImageJob", "ShowObsUrlOfTrainingJobLogs")
PROJECT_OPS = ("ShowOsQuota", "ShowOsConfig", "ShowSearchAlgorithms", "ShowServiceSpecifications", "ShowPoolRuntimeMetrics")
DERIVED = {"ShowPoolStatistics"}  # answers computed from other resources: no body of theirs can be stored
MODELLED = {*POOL_OPS, *SERVICE_OPS, *TASK_OPS, *PROJECT_OPS, "ShowPoolStatistics", "ShowPluginTemplate"}


def json_copy(value: Any) -> Any:
    """A deep copy of a JSON value: marshal's round trip, ~10x faster than copy.deepcopy (the seed is copied on every reset)."""
    try:
        return marshal.loads(marshal.dumps(value))
    except ValueError:  # not plain JSON types (a caller's own objects): the general copy
        return copy.deepcopy(value)


class Derived(BadRequest):
    """A body that cannot be stored: the operation's answer is computed from other resources."""


class Backend:
    def __init__(self, spec: MockSpec, projects: Projects, clock: Callable[[], datetime]) -> None:
        self.spec = spec
        self.projects = projects
        self.clock = clock
        self.ops: dict[str, OperationSpec] = {op.operation_id: op for op in spec.operations}
        self._minimal: dict[str, Any] = {}
        self.code = spec.bad_request_code
        # A modelled operation is served by its model only if the spec addresses it as the model expects.
        self.modelled = {op_id for op_id, op in self.ops.items() if op_id in MODELLED and len(op.key_names) == _KEYS.get(op_id, 0)}
        # Operations by the shape of their path (parameters unnamed): those at one shape address the same resources.
        self._shapes: dict[str, list[OperationSpec]] = {}
        for op in spec.operations:
            self._shapes.setdefault(_shape(op.operation.path), []).append(op)
        for op in spec.operations:  # at start-up, not at the first request: SpecError (`mock-empty-answer`)
            if op.method == "GET" and not op.key_names and op.not_found is None:
                _ = op.empty_body

    # ---- derived defaults -------------------------------------------------------------------------
    def minimal(self, op_id: str, **fields: Any) -> dict[str, Any]:
        """The smallest body the operation's success schema accepts, with the given top-level fields set if it has them."""
        if op_id not in self._minimal:
            op = self.ops[op_id]
            found = response_schema(self.spec.data, op.operation, str(op.success_status))
            self._minimal[op_id] = schemas.minimal_instance(self.spec.data, *found) if found else {}
        body = copy.deepcopy(self._minimal[op_id])
        if isinstance(body, dict):
            body.update({k: v for k, v in fields.items() if k in body})
        return body if isinstance(body, dict) else {}

    def empty(self, op_id: str) -> Any:
        return self.ops[op_id].empty_body

    def not_found(self, op_id: str, key: Key) -> NotFound:
        op = self.ops[op_id]
        template = op.not_found
        if template is None:
            return NotFound(self.code, f"{op_id}: not found")
        return NotFound(template.code, template.render(dict(zip(op.key_names, key, strict=True))))

    def pool(self, project: Project, name: str) -> Pool:
        found = project.pools.get(name)
        if found is None:
            body = self.minimal("ShowPool") if "ShowPool" in self.ops else {}
            if isinstance(body.get("metadata"), dict):
                body["metadata"]["name"] = name
            body.setdefault("status", {"phase": "Running"})
            tags = self.minimal("ShowPoolTags") if "ShowPoolTags" in self.ops else {"tags": []}
            monitor = self.minimal("ShowPoolMonitor") if "ShowPoolMonitor" in self.ops else {"metrics": []}
            found = project.pools[name] = Pool(name, body, tags, monitor, {"metadata": {"name": name}})
        return found

    def service(self, project: Project, service_id: str, name: str = "") -> Service:
        found = project.services.get(service_id)
        if found is None:
            ids = {"service_id": service_id, "service_name": name}
            found = project.services[service_id] = Service(
                service_id,
                self.minimal("ShowService", **ids) if "ShowService" in self.ops else dict(ids),
                self.minimal("ShowServiceEvents", **ids) if "ShowServiceEvents" in self.ops else dict(ids, events=[]),
                self.minimal("ShowServiceMonitorInfo", **ids) if "ShowServiceMonitorInfo" in self.ops else dict(ids, monitors=[]),
            )
        return found

    def task(self, project: Project, job: str, task_id: str) -> Task:
        found = project.tasks.get((job, task_id))
        if found is None:
            url = f"https://modelarts-mock.obs.invalid/{job}/{task_id}.log"  # .invalid: a link that never resolves
            log = self.minimal("ShowObsUrlOfTrainingJobLogs", obs_url=url) if "ShowObsUrlOfTrainingJobLogs" in self.ops else {}
            found = project.tasks[(job, task_id)] = Task(job, task_id, None, log)
        return found

    def addressable_pool(self, name: str) -> bool:
        """Whether every pool operation's `pool_name` parameter accepts the name (else no client could address the pool)."""
        for op_id in POOL_OPS:
            op = self.ops.get(op_id)
            param = next((p for p in op.parameters if p.name == "pool_name" and p.location == "path"), None) if op else None
            if param is None:
                continue
            try:
                param.check(name)
            except BadRequest:
                return False
        return True

    # ---- the three verbs -------------------------------------------------------------------------
    def store(
        self, op_id: str, project_id: str, key: Key, body: Any, query: Mapping[str, Any] | None = None, into: Projects | None = None
    ) -> None:
        """File `body` into its resource, in `into` (default: the served one; reset() fills a fresh one, then swaps)."""
        project = (into or self.projects).ensure(project_id)
        if op_id not in self.modelled:
            project.documents[(op_id, key)] = json_copy(body)  # None: an answer without a body
            return
        _STORE[op_id](self, project, key, json_copy(body), query or {})

    def answer(self, op_id: str, request: Request) -> Any:
        """The stored or derived success body (shared: callers must not mutate it); NotFound if the resource is absent."""
        if op_id not in self.modelled:
            return self._document(op_id, request)
        op = self.ops[op_id]
        project = self.projects.find(request.project_id)
        if project is None or project.is_empty():
            if op.not_found is not None:
                raise self.not_found(op_id, request.key)
            return op.empty_body
        return ANSWER[op_id](self, project, request)

    def _document(self, op_id: str, request: Request) -> Any:
        """The answer of an operation without a model (see the module's docstring)."""
        op = self.ops[op_id]
        project = self.projects.find(request.project_id)
        found = project.documents.get((op_id, request.key), _ABSENT) if project is not None else _ABSENT
        if found is not _ABSENT:
            return found
        if op.key_names:
            if project is not None and self._known(op, project, request):
                return op.success_example
            raise self.not_found(op_id, request.key)  # validate guarantees a keyed operation its 404
        if op.method != "GET":
            return op.success_example
        return self._empty(op, request)

    def stored(self, op_id: str, project: Project, key: Key) -> Any:
        """The body stored for (operation, ids), shared (a modelled one's own object); None if there is none."""
        if op_id not in self.modelled:
            return project.documents.get((op_id, key))
        try:
            return ANSWER[op_id](self, project, Request("", key, {}))
        except NotFound:
            return None

    def known(self, op: OperationSpec, project: Project, key: Key) -> bool:
        """Whether the resource the operation addresses by these ids exists in the project."""
        request = Request("", key, {})
        return (op.operation_id, key) in project.documents or self._known(op, project, request)

    def _known(self, op: OperationSpec, project: Project, request: Request) -> bool:
        """Whether another operation at the same path, or the resource kind the path lies under, knows the resource
        these ids address in this project."""
        kind = self.spec.kinds.addressing(op)
        if kind is not None and kind.show is not op and self.stored(kind.show.operation_id, project, request.key[: kind.depth]) is not None:
            return True
        for other in self._shapes[_shape(op.operation.path)]:
            if other is op or len(other.key_names) != len(op.key_names):
                continue
            if other.operation_id not in self.modelled:
                if (other.operation_id, request.key) in project.documents:
                    return True
            elif other.method == "GET" and self.stored(other.operation_id, project, request.key) is not None:
                return True
        return False

    def _empty(self, op: OperationSpec, request: Request) -> Any:
        """A project-wide read that finds nothing: the smallest valid body; its 404 if none fits the schema (a read
        without a 404 has an empty body that fits: checked at start-up)."""
        try:
            return op.empty_body
        except SpecError:
            raise self.not_found(op.operation_id, request.key) from None

    def remove(self, op_id: str, project_id: str, key: Key) -> bool:
        """Delete what the operation addresses (a whole pool, service, task…); False if there was nothing."""
        project = self.projects.find(project_id)
        if project is None:
            return False
        if op_id not in self.modelled:
            return project.documents.pop((op_id, key), _ABSENT) is not _ABSENT
        return REMOVE[op_id](project, key)


_ABSENT = object()  # a stored answer may be None (no body)
_PARAM = re.compile(r"\{[^{}/]+\}")


def _shape(template: str) -> str:
    """`/v1/{project_id}/notebooks/{id}` → `/v1/{}/notebooks/{}`: templates differing only in names are one path."""
    return _PARAM.sub("{}", template)


_KEYS = {op: 1 for op in (*POOL_OPS, *SERVICE_OPS, "ShowPluginTemplate")} | {op: 2 for op in TASK_OPS}


def _store_runtime(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
    project.runtime_list = {k: v for k, v in body.items() if k != "items"}
    project.unpooled_runtime = []
    for item in body.get("items") or []:
        metadata = item.get("metadata") if isinstance(item, dict) else None
        name = metadata.get("name") if isinstance(metadata, dict) else None
        if isinstance(name, str) and b.addressable_pool(name):
            b.pool(project, name).runtime = item
        elif isinstance(item, dict):  # a pool nobody could show or tag would be a trap: keep its metrics, make no pool
            project.unpooled_runtime.append(item)


def _store_service(field: str) -> Callable[[Backend, Project, Key, Any, Mapping[str, Any]], None]:
    def store(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
        service = b.service(project, key[0], str(body.get("service_name") or ""))
        if field == "events":
            service.set_events(body)
        else:
            setattr(service, field, body)

    return store


def _store_specifications(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
    personal, infer = bool(query.get("is_personal_cluster", False)), str(query.get("infer_type", "real-time"))
    kept = [s for s in project.specifications if (s.personal, s.infer_type) != (personal, infer)]
    items = [Specification(item, personal, infer) for item in body.get("specifications") or [] if isinstance(item, dict)]
    project.specifications = kept + items


def _refuse_statistics(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
    raise Derived(b.code, "ShowPoolStatistics is counted from the project's pools by phase: add or change pools (ShowPool) instead")


def _set(attr: str) -> Callable[[Backend, Project, Key, Any, Mapping[str, Any]], None]:
    def store(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
        setattr(project, attr, body)

    return store


def _set_pool(attr: str) -> Callable[[Backend, Project, Key, Any, Mapping[str, Any]], None]:
    def store(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
        setattr(b.pool(project, key[0]), attr, body)

    return store


def _set_task(attr: str) -> Callable[[Backend, Project, Key, Any, Mapping[str, Any]], None]:
    def store(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
        setattr(b.task(project, key[0], key[1]), attr, body)

    return store


def _set_template(b: Backend, project: Project, key: Key, body: Any, query: Mapping[str, Any]) -> None:
    project.plugin_templates[key[0]] = body


_STORE: dict[str, Callable[[Backend, Project, Key, Any, Mapping[str, Any]], None]] = {
    "ShowPool": _set_pool("body"),
    "ShowPoolTags": _set_pool("tags"),
    "ShowPoolMonitor": _set_pool("monitor"),
    "ShowPoolRuntimeMetrics": _store_runtime,
    "ShowPoolStatistics": _refuse_statistics,
    "ShowService": _store_service("detail"),
    "ShowServiceEvents": _store_service("events"),
    "ShowServiceMonitorInfo": _store_service("monitor"),
    "ShowSaveImageJob": _set_task("save_image"),
    "ShowObsUrlOfTrainingJobLogs": _set_task("log_url"),
    "ShowPluginTemplate": _set_template,
    "ShowOsQuota": _set("quotas"),
    "ShowOsConfig": _set("os_config"),
    "ShowSearchAlgorithms": _set("search_algorithms"),
    "ShowServiceSpecifications": _store_specifications,
}
