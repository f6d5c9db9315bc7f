"""Bounds on what clients may make the mock hold: resources per kind, projects, events per service, and bytes.

Every body is at most 1 MiB, but a client may send any number of them: without a count per kind the
mock's memory would grow with every `POST /_mock/resources`, and counts alone let 10,000 bodies of 1 MiB
in (~11 GiB once parsed). So the bodies filed through the control plane are also counted in bytes (their
JSON text), against one budget. A request that would pass a limit is refused whole (413 `Mock.LimitReached`
naming the limit), before anything is filed.
"""

from __future__ import annotations

from collections.abc import Iterable

from modelarts_mock.backend import POOL_OPS, SERVICE_OPS, TASK_OPS
from modelarts_mock.errors import LimitReached
from modelarts_mock.resources import Project
from modelarts_mock.state import Entry, MockState

MAX_RESOURCES = 10_000  # of each kind (pools, services, tasks, plugin templates, other answers), over all projects
MAX_PROJECTS = 1_000
MAX_EVENTS = 100_000  # events of one service
_KIND = {op: "pools" for op in POOL_OPS} | {op: "services" for op in SERVICE_OPS} | {op: "tasks" for op in TASK_OPS}
_KIND["ShowPluginTemplate"] = "plugin_templates"


def check_events(entry: Entry) -> None:
    events = entry.body.get("events") if entry.operation_id == "ShowServiceEvents" and isinstance(entry.body, dict) else None
    if isinstance(events, list) and len(events) > MAX_EVENTS:
        raise LimitReached("/body/events", f"at most {MAX_EVENTS:,} events per service (the mock's limit); got {len(events):,}")


def check_room(state: MockState, entries: Iterable[Entry]) -> None:
    """LimitReached if filing every entry would pass a limit: counted before any is filed, so none is."""
    projects = state.projects.by_id
    new: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for entry in entries:
        for kind, key in _created(state, entry):
            if not _held(projects.get(entry.project), kind, key):
                new.setdefault(kind, set()).add((entry.project, key))
    new_projects = {project for keys in new.values() for project, _ in keys} - set(projects)
    if len(projects) + len(new_projects) > MAX_PROJECTS:
        raise LimitReached("/project", f"at most {MAX_PROJECTS:,} projects (the mock's limit): POST /_mock/reset, or remove some")
    for kind, keys in sorted(new.items()):
        if kind == "projects":
            continue
        held = sum(_count(project, kind) for project in projects.values())
        if held + len(keys) > MAX_RESOURCES:
            message = f"at most {MAX_RESOURCES:,} {kind.replace('_', ' ')} (the mock's limit; it holds {held:,}): remove some first"
            raise LimitReached("", message)


def _created(state: MockState, entry: Entry) -> list[tuple[str, tuple[str, ...]]]:
    """The (kind, key) of each resource filing this entry may create."""
    op_id = entry.operation_id
    if op_id == "ShowPoolRuntimeMetrics" and isinstance(entry.body, dict):
        items = entry.body.get("items") or []
        names = [
            item.get("metadata", {}).get("name") for item in items if isinstance(item, dict) and isinstance(item.get("metadata"), dict)
        ]
        return [("pools", (name,)) for name in names if isinstance(name, str) and state.backend.addressable_pool(name)]
    if op_id in _KIND:
        return [(_KIND[op_id], entry.key)]
    if op_id not in state.backend.modelled:
        return [("other", (op_id, *entry.key))]
    return [("projects", ())]  # a project-wide answer: only the project itself may be new


def _held(project: Project | None, kind: str, key: tuple[str, ...]) -> bool:
    if project is None:
        return False
    if kind == "tasks":
        return (key[0], key[1]) in project.tasks
    if kind == "other":
        return (key[0], key[1:]) in project.documents
    if kind == "projects":
        return True
    return key[0] in getattr(project, kind)


def _count(project: Project, kind: str) -> int:
    if kind == "other":
        return len(project.documents)
    if kind == "projects":
        return 0
    return len(getattr(project, kind))
