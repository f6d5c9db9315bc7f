"""A created resource: its new id (from the request, or made to fit the id parameter's schema), its show answer (the
show example overlaid with the request, in the first state of its lifecycle), and the create's own answer."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from typing import Any

from modelarts_mock.backend import Backend, json_copy
from modelarts_mock.errors import BadRequest
from modelarts_mock.kinds import Kind
from modelarts_mock.lifecycle import Lifecycle
from modelarts_mock.resources import Key, Project
from modelarts_mock.scrub import scrub
from modelarts_mock.shaping import get_at, overlay, repair, set_at
from modelarts_mock.spec import MockSpec


def new_id(backend: Backend, kind: Kind, project: Project, parent: Key, body: Any, rng: random.Random) -> str:
    """The id the request names where the kind's link says so, else a new one its schema accepts. A name already
    taken is taken over: the create replaces that resource (the pages document no conflict error, and a client
    retrying a create that did reach the service must not fail)."""
    code = backend.spec.bad_request_code
    source = kind.id_source
    if source.from_request:
        given = get_at(body, source.pointer)
        if isinstance(given, str | int) and not isinstance(given, bool):
            chosen = str(given)
            _check_id(kind, chosen)
            return chosen
    for candidate in _candidates(kind, rng):
        try:
            _check_id(kind, candidate)
        except BadRequest:
            continue
        if (*parent, candidate) not in project.live.get(kind.name, {}):
            return candidate
    raise BadRequest(code, f"{kind.create.operation_id}: the mock found no id that {kind.id_param}'s schema accepts")


def _candidates(kind: Kind, rng: random.Random) -> Iterator[str]:
    example = kind.show.key_example[-1]
    if example.isdigit():
        yield str(rng.randrange(1, 2**31))  # ids that are numbers
    made = uuid.UUID(int=rng.getrandbits(128), version=4)
    yield str(made)
    yield made.hex
    yield f"{example}-{made.hex[:8]}"  # a pattern or length only the example's form meets
    yield f"{example[:-8]}{made.hex[:8]}" if len(example) > 8 else made.hex[: len(example) or 8]


def _check_id(kind: Kind, value: str) -> None:
    for param in kind.show.parameters:
        if param.name == kind.id_param and param.location == "path":
            param.check(value)


def show_body(spec: MockSpec, kind: Kind, request: Any, made: str, life: Lifecycle | None) -> Any:
    template = kind.show.success_example
    found = kind.show.success_schema
    if not isinstance(template, dict) or found is None:
        return template
    # A secret the request gives (an authorization's secret_key, a password) is kept masked: never handed back.
    shaped = overlay(spec.data, found, json_copy(template), scrub(request) if isinstance(request, dict) else {})
    if kind.show_id:
        set_at(shaped, kind.show_id, _typed(made, get_at(template, kind.show_id)))
    if life is not None:
        set_at(shaped, life.status, life.create[0][0])
    return repair(kind.show.responses[kind.show.success_status], shaped, _pinned(template, kind, made, life))


def created_answer(spec: MockSpec, kind: Kind, shown: Any, made: str) -> Any:
    """The create's own answer: its example, with what the new resource's show answer says at the same keys."""
    template, found = kind.create.success_example, kind.create.success_schema
    if not isinstance(template, dict) or found is None:
        return template
    shaped = overlay(spec.data, found, json_copy(template), shown if isinstance(shown, dict) else {})
    pinned = json_copy(template)
    if kind.id_source.pointer and not kind.id_source.from_request:
        typed = _typed(made, get_at(template, kind.id_source.pointer))
        set_at(shaped, kind.id_source.pointer, typed)
        set_at(pinned, kind.id_source.pointer, typed)
    return repair(kind.create.responses[kind.create.success_status], shaped, pinned)


def _typed(made: str, example: Any) -> Any:
    """The id as the answer types it: a number where the example's id is one."""
    return int(made) if isinstance(example, int) and not isinstance(example, bool) and made.isdigit() else made


def _pinned(template: dict[str, Any], kind: Kind, made: str, life: Lifecycle | None) -> Any:
    """The show example with only the new id and first state: what a create answers if the request's values do not fit."""
    pinned = json_copy(template)
    if kind.show_id:
        set_at(pinned, kind.show_id, _typed(made, get_at(template, kind.show_id)))
    if life is not None:
        set_at(pinned, life.status, life.create[0][0])
    return pinned
