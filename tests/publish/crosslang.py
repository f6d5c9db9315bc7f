"""What the TypeScript and Go end-to-end tests call and expect, read from the published spec (no hand lists).

A plan holds, per GET operation, its path parameters and the query/header parameters that have an `example` or
a `default` (values as the spec types them), the mock's credentials and URL. Path ids are the parameters'
examples, the resource the mock seeds from each success example (as the contract suite pins them). Expectations
are the success status the spec documents and the first scalar (JSON pointer and value) of the answer the mock
gives a plain HTTP request. Writes are called in one chain (`chain_expected`, `chain_problems`): CreateNotebook with
its page's example, ShowNotebook polled until ready while the program advances the mock's clock, ShowNotebook,
DeleteNotebook, the clock past the deleting state, ShowNotebook's 404; what each step must print follows from the spec
and the mock's lifecycle table.

`MODELARTS_E2E_SPEC=path.json` runs the end-to-end tests on another spec (e.g. a larger synthetic one made by
bench/scale_spec.py): the generated clients and the mock then both use it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from modelarts_mock.lifecycle import Lifecycle
from modelarts_spec.openapi import Operation, deref, operations, parameters, success_response

from tests.support import ROOT
from tests.support.mock import AK, PROJECT, SK, TOKEN

PUBLISHED_JSON = ROOT / "generated" / "spec" / "modelarts.json"
SPEC_JSON = Path(os.environ.get("MODELARTS_E2E_SPEC") or PUBLISHED_JSON)  # the spec the clients are generated from
AUTH_MODES = ("token", "aksk")
NO_BODY_STATUSES = (204,)  # HTTP clients drop a 204's body (RFC 9110), so only the status is checked


@dataclass(frozen=True)
class Expected:
    status: int
    pointer: str
    value: Any


def load_spec(path: Path = SPEC_JSON) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _example(param: dict[str, Any]) -> Any:
    """The parameter's example, else its schema's example, else its schema's default (sent explicitly, so the
    AK/SK runs sign real query strings: several keys to sort, booleans, numbers, a '/' to encode)."""
    if "example" in param:
        return param["example"]
    schema = param.get("schema") or {}
    return schema.get("example", schema.get("default"))


def called(spec: dict[str, Any]) -> list[Operation]:
    """The operations the other languages call: every GET of the spec."""
    return [op for op in operations(spec) if op.method == "get"]


def calls(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for op in called(spec):
        call: dict[str, Any] = {
            "operationId": op.operation_id,
            "tag": (op.data.get("tags") or [""])[0],
            "pathOrder": [],
            "path": {},
            "query": {},
            "headers": {},
        }
        for param, _ in parameters(spec, op):
            where, name, value = param["in"], param["name"], _example(param)
            if where == "path":  # in declared order: generated Go methods take them as positional arguments
                call["pathOrder"].append(name)
                call["path"][name] = PROJECT if name == "project_id" else value
            elif value is not None and where in ("query", "header"):
                call["query" if where == "query" else "headers"][name] = value
        out.append(call)
    return out


def plan(spec: dict[str, Any], base_url: str, *, secret_key: str = SK) -> dict[str, Any]:
    return {"baseUrl": base_url, "token": TOKEN, "accessKey": AK, "secretKey": secret_key, "projectId": PROJECT, "calls": calls(spec)}


def first_stable_scalar(value: Any, again: Any, pointer: str = "") -> tuple[str, Any] | None:
    """The first scalar of `value` that `again` (the same request answered a second time) repeats: a timestamp
    or a request id would differ between the reference request and the client's."""
    if isinstance(value, dict | list):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            found = first_stable_scalar(item, again, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
            if found is not None:
                return found
        return None
    try:
        repeated = at(again, pointer)
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return (pointer, value) if repeated == value else None


def expectations(spec: dict[str, Any], base_url: str) -> dict[str, Expected]:
    """Per operation: the success status the spec documents, and the first stable scalar of the answer the mock sends
    to a plain HTTP request with a token (the mock's answers may be derived from its state, not the example)."""
    out = {}
    with httpx.Client(base_url=base_url, headers={"X-Auth-Token": TOKEN}, timeout=10) as client:
        for op, call in zip(called(spec), calls(spec), strict=True):
            success = success_response(op)
            assert success is not None, f"{op.operation_id}: no success response"
            path = op.path
            for name, value in call["path"].items():
                path = path.replace("{" + name + "}", quote(str(value), safe=""))
            query = {k: json.dumps(v) if isinstance(v, bool) else str(v) for k, v in call["query"].items()}
            answers = [
                client.request(op.method.upper(), path, params=query, headers={k: str(v) for k, v in call["headers"].items()})
                for _ in range(2)
            ]
            found = first_stable_scalar(answers[0].json(), answers[1].json()) if answers[0].content else None
            out[op.operation_id] = Expected(int(success[0]), *(found or ("", None)))
    return out


def at(document: Any, pointer: str) -> Any:
    for escaped in pointer.split("/")[1:]:
        part = escaped.replace("~1", "/").replace("~0", "~")  # RFC 6901: keys such as os.modelarts/billing.mode
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def problems(lines: Iterable[str], expected: dict[str, Expected]) -> list[str]:
    """Every way the printed results differ from the expectations (empty when all calls answered as the spec says)."""
    results = [json.loads(line) for line in lines if line.strip()]
    seen = {(r["operationId"], r["auth"]) for r in results}
    found = [f"{op} ({auth}): not called" for op in expected for auth in AUTH_MODES if (op, auth) not in seen]
    for result in results:
        want = expected.get(result["operationId"])
        where = f"{result['operationId']} ({result['auth']})"
        if want is None:
            found.append(f"{where}: not an operation of the spec")
        elif result["status"] != want.status:
            found.append(f"{where}: status {result['status']}, expected {want.status}: {str(result['body'])[:200]}")
        elif want.status not in NO_BODY_STATUSES:
            try:
                got = at(result["body"], want.pointer)
            except (KeyError, IndexError, TypeError, ValueError):
                got = "<missing>"
            if got != want.value:
                found.append(f"{where}: {want.pointer} is {got!r}, expected {want.value!r}")
    return found


# ---- one create → wait → show → delete chain ---------------------------------------------------------------------

CHAIN = ("CreateNotebook", "ShowNotebook", "DeleteNotebook")  # the chain's create, show and delete


@dataclass(frozen=True)
class Chain:
    """What the chain's steps must print."""

    example: Any  # the create's request example: the body the program sends
    create_status: int
    delete_status: int
    life: Lifecycle  # the mock's lifecycle of the show operation's kind
    gone_code: str  # the error code of the show's documented 404


def _operation(spec: dict[str, Any], operation_id: str) -> Operation:
    found = [op for op in operations(spec) if op.operation_id == operation_id]
    assert found, f"{operation_id}: not in the spec"
    return found[0]


def _success_status(op: Operation) -> int:
    success = success_response(op)
    assert success is not None, f"{op.operation_id}: no success response"
    return int(success[0])


def chain_expected(spec: dict[str, Any], lifecycles: dict[str, Lifecycle]) -> Chain:
    create, show, delete = (_operation(spec, name) for name in CHAIN)
    content = create.data["requestBody"]["content"]["application/json"]
    example, _ = deref(spec, next(iter(content["examples"].values())), "")
    gone, _ = deref(spec, show.data["responses"]["404"], "")
    return Chain(
        example["value"],
        _success_status(create),
        _success_status(delete),
        lifecycles[show.operation_id],
        gone["content"]["application/json"]["example"]["error_code"],
    )


def state_at(life: Lifecycle, seconds: float) -> Any:
    """The state a created resource is in `seconds` after its create."""
    for state, lasts in life.create:
        if lasts is None or seconds < lasts:
            return state
        seconds -= lasts
    return life.create[-1][0]


_CHAIN_STEPS = r"create poll( advance poll)* show delete show-deleting advance-past-delete show-gone"


def chain_problems(lines: Iterable[str], expected: Chain) -> list[str]:
    """Every way a chain's printed steps differ from what the spec and the lifecycle say (empty when none)."""
    steps = [json.loads(line) for line in lines if line.strip()]
    names = " ".join(str(step.get("step")) for step in steps)
    if not re.fullmatch(_CHAIN_STEPS, names):
        return [f"steps {names!r}, expected {_CHAIN_STEPS!r}"]
    found: list[str] = []

    def check(step: dict[str, Any], key: str, want: Any) -> None:
        if step.get(key) != want:
            found.append(f"{step['step']}: {key} is {step.get(key)!r}, expected {want!r}")

    life, ready = expected.life, expected.life.create[-1][0]
    created_id = steps[0].get("id")
    if not created_id:
        found.append("create: no id")
    advanced = deleted_at = 0.0  # the mock's clock, as the program's advances report it
    states = []
    for step in steps:
        name = step["step"]
        wants: dict[str, Any] = {
            "create": {"status": expected.create_status, "state": life.create[0][0], "sent": expected.example},
            "poll": {"status": 200, "state": state_at(life, advanced)},
            "advance": {"status": 200},
            "show": {"status": 200, "id": created_id, "state": ready, **{k: expected.example[k] for k in ("name", "flavor", "image_id")}},
            "delete": {"status": expected.delete_status},
            "show-deleting": {"status": 200, "state": life.delete[0][0] if life.delete else None},
            "advance-past-delete": {"status": 200},
            "show-gone": {"status": 404, "error_code": expected.gone_code},
        }[name]
        for key, want in wants.items():
            check(step, key, want)
        if name.startswith("advance"):
            advanced = float(step.get("advanced") or 0)
        if name == "poll":
            states.append(step.get("state"))
        if name == "delete":
            deleted_at = advanced
    if states[-1] != ready or ready in states[:-1]:
        found.append(f"poll: states {states}, expected to end at the first {ready!r}")
    if advanced - deleted_at < sum(seconds or 0 for _, seconds in life.delete):
        found.append(f"advance-past-delete: {advanced - deleted_at:g} s is not past the deleting state")
    return found


def chain_app() -> Any:
    """A fresh mock for one chain (its clock at zero, nothing created), on the spec the clients are generated from."""
    from modelarts_mock import Settings, create_app

    return create_app(Settings(spec_path=SPEC_JSON, tokens=(TOKEN,), keys={AK: SK}, validate_responses=True))


def chain_check(app: Any, stdout: str) -> list[str]:
    """The chain's printed steps against the spec and the lifecycle, then against what the mock saw: its clock moved
    as far as the program's advances said, and the API calls it answered, in order."""
    lines = stdout.splitlines()
    expected = chain_expected(load_spec(), app.state.mock.spec.lifecycles)
    found = chain_problems(lines, expected)
    if found:
        return found
    steps = [json.loads(line) for line in lines if line.strip()]
    advances = [step["advanced"] for step in steps if str(step["step"]).startswith("advance")]
    if app.state.mock.clock["advanced"] != advances[-1]:
        found.append(f"the mock's clock advanced {app.state.mock.clock['advanced']} s, the program said {advances[-1]}")
    create, show, delete = CHAIN
    polls = sum(step["step"] == "poll" for step in steps)
    # create, the polls and the show, delete, show-deleting, show-gone
    want = [(create, expected.create_status), *[(show, 200)] * (polls + 1), (delete, expected.delete_status), (show, 200), (show, 404)]
    seen = [(entry["operation"], entry["status"]) for entry in app.state.mock.journal]
    if seen != want:
        found.append(f"the mock answered {seen}, expected {want}")
    return found
