"""Writes that change state: create, update, delete and actions of every kind of resource (kinds.py), with their
lifecycles (lifecycle.py), and the show and list answers that derive from them.

A create files a show answer for the new resource: the show operation's example, overlaid with what the request
gave, under a new id, in the first state of its lifecycle. Filed as any seeded or fixture answer is (`store`), so
a modelled resource (a pool) is the same object its other operations read. The state is settled when the resource
is read: a delete that has a lifecycle leaves the resource `Deleting` until its time is up, then it is gone, and
every operation below it answers its 404. Runs under the state's lock.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

from modelarts_mock import creating, listing
from modelarts_mock.answers import Request
from modelarts_mock.backend import Backend, json_copy
from modelarts_mock.clock import MockClock
from modelarts_mock.errors import ControlError, ControlNotFound
from modelarts_mock.kinds import FlatKind, Kind, list_items, shape
from modelarts_mock.lifecycle import Life, Lifecycle, check_state
from modelarts_mock.resources import Key, Project
from modelarts_mock.schemas import short
from modelarts_mock.scrub import scrub
from modelarts_mock.shaping import get_at, nested, overlay, repair, set_at
from modelarts_mock.spec import OperationSpec


class Filing(Protocol):
    def file(self, project_id: str, operation_id: str, key: Key, body: Any) -> None: ...

    def release(self, project_id: str, key: Key) -> None: ...


_SEED = 20_261_205  # ids are random but the same run after run: a failing test can be replayed


class Writes:
    def __init__(self, backend: Backend, clock: MockClock, filing: Filing) -> None:
        self.backend = backend
        self.filing = filing  # files a new resource within the mock's limits, and releases a removed one's bytes
        self.spec = backend.spec
        self.clock = clock
        self.rng = random.Random(_SEED)
        self._searched: dict[str, tuple[str, ...] | None] = {}  # a table-named list operation → its items' path
        self._searches: dict[str, str] | None = None  # a table-named list operation → the kind it lists
        # Resources whose delete is running, by when they are gone: removed by the next request after that, so a
        # create/delete churn nobody reads back does not fill the mock up to its limits.
        self._dying: list[tuple[datetime, str, str, Key]] = []

    def reset(self) -> None:
        self.rng = random.Random(_SEED)
        self._dying = []

    def _reap(self) -> None:
        now = self.clock.now()
        while self._dying and self._dying[0][0] <= now:
            _, project_id, name, key = heapq.heappop(self._dying)
            project, kind = self.backend.projects.find(project_id), self.spec.kinds.by_name.get(name)
            if project is not None and kind is not None:
                self.settle(kind, project, project_id, key)

    @property
    def lifecycles(self) -> dict[str, Lifecycle]:
        return self.spec.lifecycles

    def act(self, op: OperationSpec, project_id: str, key: Key, params: Mapping[str, Any], body: Any) -> Any:
        """The answer of any operation; those of a kind of resource change or derive from its state."""
        if self._dying:
            self._reap()
        role = self.spec.kinds.of(op.operation_id)
        if role is None:
            flat = self.spec.kinds.flat.get(op.operation_id)
            if flat is not None:
                return self.flat(flat[0], flat[1], op, project_id, key, params, body)
            return self._plain(op, project_id, key, params)
        kind, what = role
        project = self.backend.projects.ensure(project_id) if what == "create" else self.backend.projects.find(project_id)
        if project is None:
            return self._plain(op, project_id, key, params)
        if what == "create":
            return self.create(kind, project, project_id, key, body)
        if what == "list":
            return self.listing(kind, project, project_id, key, params)
        self.settle(kind, project, project_id, key)
        if what == "show":
            return self.backend.answer(op.operation_id, Request(project_id, key, params))
        self._require(op, kind, project, project_id, key)
        if what == "update":
            return self.update(kind, op, project, project_id, key, body)
        if what == "delete":
            return self.delete(kind, op, project, project_id, key)
        return self.action(kind, op, project, project_id, key)

    def _plain(self, op: OperationSpec, project_id: str, key: Key, params: Mapping[str, Any]) -> Any:
        listed = self._listed_by(op)
        if listed is not None:
            project = self.backend.projects.find(project_id)
            if project is not None:
                return self.listing(listed, project, project_id, key[: listed.depth - 1], params)
        return self.backend.answer(op.operation_id, Request(project_id, key, params))

    def _listed_by(self, op: OperationSpec) -> Kind | None:
        """The kind this operation lists when the lifecycle table names it (a search that is not the collection's GET)."""
        if self._searches is None:  # every request without a kind asks: a dict, built on the first
            self._searches = {life.listing: name for name, life in self.lifecycles.items() if life.listing}
        name = self._searches.get(op.operation_id)
        return self.spec.kinds.by_name.get(name) if name is not None else None

    # ---- create --------------------------------------------------------------------------------------
    def create(self, kind: Kind, project: Project, project_id: str, parent: Key, body: Any) -> Any:
        self.backend.answer(kind.create.operation_id, Request(project_id, parent, {}))  # the parent exists, else its 404
        new_id = creating.new_id(self.backend, kind, project, parent, body, self.rng)
        key = (*parent, new_id)
        shown = creating.show_body(self.spec, kind, body, new_id, self.lifecycles.get(kind.name))
        self.filing.file(project_id, kind.show.operation_id, key, shown)  # TooLarge (413) before anything is filed
        life = self.lifecycles.get(kind.name)
        project.live.setdefault(kind.name, {})[key] = Life(life.create, self.clock.now()) if life else None
        project.gone.get(kind.name, set()).discard(key)
        return creating.created_answer(self.spec, kind, self._stored(kind, project, key), new_id)

    # ---- lifecycle -------------------------------------------------------------------------------------
    def settle(self, kind: Kind, project: Project, project_id: str, key: Key) -> None:
        """Bring the stored state of a live resource up to the clock: its status field, or its removal."""
        parent = self.spec.kinds.parent(kind)
        if parent is not None:  # a parent whose delete has run its course takes this resource with it
            self.settle(parent, project, project_id, key[: parent.depth])
        life = project.live.get(kind.name, {}).get(key)
        table = self.lifecycles.get(kind.name)
        if life is None or table is None:
            return
        state, gone = life.at(self.clock.now())
        if gone:
            self._remove(kind, project, project_id, key)
            return
        stored = self._stored(kind, project, key)
        if isinstance(stored, dict) and get_at(stored, table.status) != state:
            set_at(stored, table.status, state)

    def _stored(self, kind: Kind, project: Project, key: Key) -> Any:
        return self.backend.stored(kind.show.operation_id, project, key)

    def start(self, kind: Kind, project: Project, project_id: str, key: Key, steps: tuple[Any, ...], *, then_gone: bool = False) -> None:
        """Begin a run of steps now (an action, a delete, a failure)."""
        now = self.clock.now()
        project.live.setdefault(kind.name, {})[key] = Life(steps, now, then_gone)
        if then_gone:
            gone_at = now + timedelta(seconds=sum(seconds or 0 for _, seconds in steps))
            heapq.heappush(self._dying, (gone_at, project_id, kind.name, key))
        self.settle(kind, project, project_id, key)

    def hold_state(self, op: OperationSpec, project_id: str, key: Key, state: Any) -> Any:
        """Put the resource `op` addresses into `state` (default: its lifecycle's failure state) until its next action
        or delete; the state set. ControlError if it has no lifecycle or the state does not fit, ControlNotFound if absent."""
        role = self.spec.kinds.of(op.operation_id)
        kind = role[0] if role is not None and role[1] not in ("create", "list") else self.spec.kinds.addressing(op)
        table = self.lifecycles.get(kind.name) if kind is not None else None
        if kind is None or table is None:
            with_life = ", ".join(sorted(self.lifecycles))
            raise ControlError("/operation", f"{op.operation_id} addresses no resource with a lifecycle; these have one: {with_life}")
        project, item = self.backend.projects.find(project_id), key[: kind.depth]
        if project is not None:
            self.settle(kind, project, project_id, item)
        stored = self._stored(kind, project, item) if project is not None else None
        if project is None or not isinstance(stored, dict):
            where = ", ".join(f"{name}={short(value)}" for name, value in zip(kind.show.key_names, item, strict=True))
            raise ControlNotFound("/path", f"no {kind.show.operation_id} resource at {where}")
        chosen = table.failed if state is None else state
        try:
            check_state(self.spec, kind, table, chosen)
        except ValueError as exc:
            raise ControlError("/state", str(exc)) from None
        self.start(kind, project, project_id, item, ((chosen, None),))
        return chosen

    # ---- update, delete, actions -------------------------------------------------------------------------
    def _require(self, op: OperationSpec, kind: Kind, project: Project, project_id: str, key: Key) -> None:
        """NotFound (the operation's own 404) unless the resource the operation addresses exists."""
        item = key[: kind.depth]
        if item in project.live.get(kind.name, {}) or self.backend.known(op, project, key):
            return
        raise self.backend.not_found(op.operation_id, key)

    def update(self, kind: Kind, op: OperationSpec, project: Project, project_id: str, key: Key, body: Any) -> Any:
        stored = self._stored(kind, project, key)
        table = self.lifecycles.get(kind.name)
        if isinstance(stored, dict) and isinstance(body, dict) and kind.show.success_schema is not None:
            before = get_at(stored, table.status) if table else None
            given = nested(stored, scrub(body))  # secrets kept masked, as a create keeps them
            changed = repair(
                kind.show.responses[kind.show.success_status], overlay(self.spec.data, kind.show.success_schema, stored, given), stored
            )
            stored.clear()
            stored.update(changed)
            after = get_at(stored, table.status) if table else None
            if table is not None and after != before and key in project.live.get(kind.name, {}):
                self.start(kind, project, project_id, key, ((after, None),))  # a status the update set stays
        return self._own_answer(op, project, key, stored)

    def delete(self, kind: Kind, op: OperationSpec, project: Project, project_id: str, key: Key) -> Any:
        answer = self._own_answer(op, project, key, self._stored(kind, project, key))
        table = self.lifecycles.get(kind.name)
        if table is not None and table.delete:
            self.start(kind, project, project_id, key, table.delete, then_gone=True)
        else:
            self._remove(kind, project, project_id, key)
        return answer

    def action(self, kind: Kind, op: OperationSpec, project: Project, project_id: str, key: Key) -> Any:
        table = self.lifecycles.get(kind.name)
        steps = table.actions.get(op.operation_id) if table is not None else None
        if steps and key[: kind.depth] in project.live.get(kind.name, {}):
            self.start(kind, project, project_id, key[: kind.depth], steps)
        return self._own_answer(op, project, key, self._stored(kind, project, key[: kind.depth]))

    def _own_answer(self, op: OperationSpec, project: Project, key: Key, shown: Any) -> Any:
        stored = project.documents.get((op.operation_id, key), _ABSENT)
        if stored is not _ABSENT:
            return stored
        template, found = op.success_example, op.success_schema
        if isinstance(shown, dict) and isinstance(template, dict) and found is not None:
            return repair(op.responses[op.success_status], overlay(self.spec.data, found, json_copy(template), shown), template)
        return template

    def _remove(self, kind: Kind, project: Project, project_id: str, key: Key) -> None:
        """The resource and everything below it: every answer filed under its ids, sub-resources, its lifecycle."""
        self.backend.remove(kind.show.operation_id, project_id, key)
        self.filing.release(project_id, key)
        prefix = kind.item_shape
        for op_id, held in list(project.documents):
            op = self.backend.ops.get(op_id)
            if op is not None and held[: len(key)] == key and shape(op.operation.path).startswith(prefix):
                del project.documents[(op_id, held)]
        for name, members in project.live.items():
            for held in [k for k in members if k[: len(key)] == key]:
                del members[held]
                project.gone.setdefault(name, set()).add(held)
        project.gone.setdefault(kind.name, set()).add(key)

    # ---- collections without item paths -------------------------------------------------------------------
    def flat(self, kind: FlatKind, what: str, op: OperationSpec, project_id: str, parent: Key, params: Mapping[str, Any], body: Any) -> Any:
        """Items kept as the create's bodies under their key (`documents[(create, (user_id,))]`), within the limits."""
        project = self.backend.projects.ensure(project_id) if what == "create" else self.backend.projects.find(project_id)
        if project is None:
            return self._plain(op, project_id, parent, params)
        create = kind.create.operation_id
        if what == "create":
            value = body.get(kind.key) if isinstance(body, dict) else None
            if isinstance(value, str | int) and not isinstance(value, bool):
                self.filing.file(project_id, create, (*parent, str(value)), scrub(body))  # replaces an item of that key; secrets masked
                project.gone.get(kind.name, set()).discard((str(value),))
            return self._own_answer(op, project, parent, None)
        if what == "delete":
            wanted = params.get(kind.key)
            for held in [k for op_id, k in project.documents if op_id == create and (wanted is None or k[-1] == str(wanted))]:
                self.backend.remove(create, project_id, held)
                self.filing.release(project_id, held)
            project.gone.setdefault(kind.name, set()).add((str(wanted),) if wanted is not None else ("*",))
            return self._own_answer(op, project, parent, None)
        base = self.backend.answer(op.operation_id, Request(project_id, parent, params))
        gone = project.gone.get(kind.name, set())
        live = [b for (op_id, k), b in project.documents.items() if op_id == create and k[:-1] == parent]
        if ("*",) in gone:
            base = _emptied(base, kind.list_items)
        hidden = {k[-1] for k in gone} | {str(b.get(kind.key)) for b in live if isinstance(b, dict)}
        return listing.derive(self.spec.data, "/" + kind.key, op, kind.list_items, json_copy(base), live, hidden, params)

    # ---- list --------------------------------------------------------------------------------------------
    def listing(self, kind: Kind, project: Project, project_id: str, parent: Key, params: Mapping[str, Any]) -> Any:
        listed = kind.listing or self.spec.operation(self.lifecycles[kind.name].listing or "")
        assert listed is not None  # only kinds with a list operation are listed
        base = self.backend.answer(listed.operation_id, Request(project_id, parent, params))
        items = kind.list_items if listed is kind.listing else self._searched.get(listed.operation_id)
        if items is None and listed is not kind.listing:
            items = self._searched[listed.operation_id] = list_items(self.spec, listed, kind.show)
        members = [k for k in project.live.get(kind.name, {}) if k[:-1] == parent]
        gone = project.gone.get(kind.name, set())
        if not members and not gone:
            return base  # nothing created or deleted here: the stored answer, as before writes existed
        for key in members:
            self.settle(kind, project, project_id, key)
        live = [self._stored(kind, project, k) for k in members if k in project.live.get(kind.name, {})]
        hidden = {k[-1] for k in gone} | {k[-1] for k in members}  # a stored item now live is listed once, as it is now
        return listing.derive(self.spec.data, kind.show_id, listed, items, json_copy(base), live, hidden, params)


_ABSENT = object()


def _emptied(base: Any, path: tuple[str, ...]) -> Any:
    """The stored list answer without its items: a delete of every item (no key given) hid the seeded ones too."""
    emptied = json_copy(base)
    if isinstance(emptied, dict):
        set_at(emptied, "/" + "/".join(path), [])
    return emptied
