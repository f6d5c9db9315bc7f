"""The facade's waiters, generated from a copy of the spec with `x-lifecycle` on three show operations
(`tests.support.lifecycle_spec`; the committed spec has none yet), imported under another name and called over
`httpx.MockTransport` with a fake clock: `wait_<resource>` beside its show method, sync and async, its
signature, docstring and data from the spec; one failed state is hostile text, which must stay data.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import modelarts_client
import pytest
from modelarts_core import waiters
from modelarts_core.errors import ResourceFailed, ResourceGone, WaitTimeout
from modelarts_spec.diagnostics import has_errors
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import deref, operations

from generator.client import generate
from tests.support import ROOT, SPEC
from tests.support.built_client import imported_as
from tests.support.lifecycle_spec import LIFECYCLES, lifecycle_spec_data, write_lifecycle_spec

pytestmark = pytest.mark.slow  # each module generates a client (openapi-python-client): left out of the fast tier

PROJECT = "0123456789abcdef0123456789abcdef"
PACKAGE = "lifecycle_client"
POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"
TOKEN = "token-0123456789-secret"
# where each waiter lives: operationId → (group attribute, show method, waiter)
PLACES = {
    "ShowTrainingJobDetails": ("training_jobs", "show_training_job_details", "wait_training_job"),
    "ShowPool": ("pools", "show_pool", "wait_pool"),
    "ShowNotebook": ("notebooks", "show_notebook", "wait_notebook"),
}
OWN_ARGUMENTS = ["until", "timeout", "poll", "call_timeout", "sleep", "clock"]


def hostile(canary: Path) -> str:
    return f'ERR""" \\ \' " + __import__("os").system("touch {canary}") + " \n\'\'\' {{{{ }}}} \\N{{x}} \u2028 é'


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("canary") / "executed"


@pytest.fixture(scope="module")
def spec(canary: Path) -> dict[str, Any]:
    lifecycles = copy.deepcopy(LIFECYCLES)
    lifecycles["ShowNotebook"]["failed"].append(hostile(canary))
    return lifecycle_spec_data(lifecycles)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, spec: dict[str, Any]) -> Path:
    folder = tmp_path_factory.mktemp("lifecycle")
    out = folder / "modelarts-client"
    diagnostics = generate.build(load_openapi(write_lifecycle_spec(folder, spec)), out)
    assert not has_errors(diagnostics), diagnostics
    return out


@pytest.fixture(scope="module")
def package(built: Path) -> Iterator[ModuleType]:
    with imported_as(built, PACKAGE) as imported:
        yield imported


def example(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    op = next(op for op in operations(spec) if op.operation_id == operation_id)
    media = deref(spec, op.data["responses"]["200"], "")[0]["content"]["application/json"]
    found = media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]
    return copy.deepcopy(found)


def pool_in(spec: dict[str, Any], phase: str) -> dict[str, Any]:
    body = example(spec, "ShowPool")
    body["status"]["phase"] = phase
    return body


class Service:
    """Answers the show calls with the bodies in turn (the last for ever); records the requests."""

    def __init__(self, *answers: dict[str, Any] | int) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, int):
            return httpx.Response(answer, json={"error_code": "ModelArts.0404", "error_msg": "not found"})
        return httpx.Response(200, json=answer)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:  # what the mock's `advance` will be: a plain function
        self.waits.append(seconds)
        self.now += seconds


def client(package: ModuleType, service: Service, *, mode: str = "sync", **options: Any) -> Any:
    cls = package.AsyncModelArts if mode == "async" else package.ModelArts
    transport = httpx.MockTransport(service)
    return cls(endpoint="https://modelarts.example.com", project_id=PROJECT, auth=package.TokenAuth(TOKEN), transport=transport, **options)


STEADY = waiters.WaitPolicy(delay=1, factor=2, max_delay=8, jitter=0)


# What is generated.


def test_each_lifecycle_gives_a_waiter_beside_its_show_method(package: ModuleType, spec: dict[str, Any]) -> None:
    facade = package.facade
    for operation_id, (group, show, name) in PLACES.items():
        for prefix in ("", "Async"):
            cls = getattr(facade, f"{prefix}{_class(group)}")
            shown, waited = inspect.signature(getattr(cls, show)), inspect.signature(getattr(cls, name))
            path = [p for p in shown.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
            own = [p for p in waited.parameters.values() if p.kind is p.KEYWORD_ONLY]
            assert [p.name for p in waited.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD] == [p.name for p in path]
            assert [p.name for p in own] == OWN_ARGUMENTS and all(p.default is not p.empty for p in own)
            assert inspect.iscoroutinefunction(getattr(cls, name)) == (prefix == "Async")
            assert waited.return_annotation == shown.return_annotation
            doc = _doc(getattr(cls, name))
            for state in LIFECYCLES[operation_id]["ready"] + LIFECYCLES[operation_id]["failed"]:
                assert repr(state) in doc
            assert operation_id in doc
        lifecycle = facade.LIFECYCLES[operation_id]
        wanted = spec_lifecycle(spec, operation_id)
        assert (lifecycle.resource, lifecycle.status, list(lifecycle.ready), list(lifecycle.failed)) == (
            wanted["resource"],
            wanted["status"],
            wanted["ready"],
            wanted["failed"],
        )
        assert "wait_" + lifecycle.resource == name and lifecycle.operation == operation_id
    assert set(facade.LIFECYCLES) == set(PLACES)
    methods = {m for cls in vars(facade).values() if isinstance(cls, type) for m in vars(cls) if m.startswith("wait_")}
    assert methods == {name for _, _, name in PLACES.values()}


def _doc(method: Any) -> str:
    return " ".join((inspect.getdoc(method) or "").split())


def _class(group: str) -> str:
    return "".join(part.capitalize() for part in group.split("_")) + "Operations"


def spec_lifecycle(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    return next(op.data["x-lifecycle"] for op in operations(spec) if op.operation_id == operation_id)


def test_the_readme_lists_the_waiters(built: Path) -> None:
    readme = (built / "README.md").read_text(encoding="utf-8")
    for operation_id, (group, _, name) in PLACES.items():
        assert f"| `ma.{group}.{name}(…)` | {operation_id} |" in readme
        assert f"| `ma.{group}.{name}(…)` | {operation_id}, until a state |" in readme
    assert "no waiters" not in readme and "touch" not in readme  # the states (free text) are in the docstrings only


def test_the_waiters_defaults_are_the_runtimes(package: ModuleType) -> None:
    doc = _doc(package.facade.PoolsOperations.wait_pool)
    policy = waiters.WaitPolicy()
    assert f"default {waiters.DEFAULT_WAIT_TIMEOUT:g}." in doc
    assert (
        f"{policy.delay:g} seconds, doubling, at most {policy.max_delay:g}, each spread by ±{policy.jitter:.0%}".replace("%", " %") in doc
    )
    assert policy.factor == 2
    assert inspect.signature(package.facade.PoolsOperations.wait_pool).parameters["timeout"].default == waiters.DEFAULT_WAIT_TIMEOUT


def test_hostile_state_text_stays_data(package: ModuleType, canary: Path) -> None:
    text = hostile(canary)
    assert not canary.exists()
    assert package.facade.LIFECYCLES["ShowNotebook"].failed[-1] == text
    for cls in (package.facade.NotebooksOperations, package.facade.AsyncNotebooksOperations):  # listed, wrapped as text
        assert " ".join(repr(text).split()) in _doc(cls.wait_notebook)


def test_the_committed_client_has_a_waiter_per_lifecycle_of_the_spec() -> None:
    from modelarts_client import facade

    documented = {op.operation_id: op.data["x-lifecycle"] for op in operations(load_openapi(SPEC).data) if "x-lifecycle" in op.data}
    assert len(documented) >= 20
    assert {op_id: (lc.resource, lc.status, list(lc.ready), list(lc.failed)) for op_id, lc in facade.LIFECYCLES.items()} == {
        op_id: (x["resource"], x["status"], x["ready"], x["failed"]) for op_id, x in documented.items()
    }
    methods = {m for cls in vars(facade).values() if isinstance(cls, type) for m in vars(cls) if m.startswith("wait_")}
    assert methods == {"wait_" + x["resource"] for x in documented.values()}
    assert {"WaitPolicy", "ResourceFailed", "ResourceGone", "WaitTimeout", "ModelArtsWaitError"} <= set(modelarts_client.__all__)


# Calls.


def test_wait_pool_returns_the_typed_answer_once_ready(package: ModuleType, spec: dict[str, Any]) -> None:
    service, fake = Service(pool_in(spec, "Creating"), pool_in(spec, "Creating"), pool_in(spec, "Running")), FakeTime()
    with client(package, service) as ma:
        pool = ma.pools.wait_pool(POOL, poll=STEADY, sleep=fake.advance, clock=fake.clock)
    assert isinstance(pool, package.models.Pool)
    assert pool.status.phase == "Running" and pool.metadata.name == POOL
    assert fake.waits == [1, 2]
    assert [(r.method, r.url.path) for r in service.requests] == [("GET", f"/v2/{PROJECT}/pools/{POOL}")] * 3


def test_a_failed_state_raises_naming_it(package: ModuleType, spec: dict[str, Any]) -> None:
    service, fake = Service(pool_in(spec, "Creating"), pool_in(spec, "CreationFailed")), FakeTime()
    with client(package, service) as ma, pytest.raises(ResourceFailed) as caught:
        ma.pools.wait_pool(POOL, poll=STEADY, sleep=fake.advance, clock=fake.clock)
    assert (caught.value.resource, caught.value.resource_id, caught.value.state) == ("pool", POOL, "CreationFailed")
    assert "'CreationFailed'" in str(caught.value) and TOKEN not in repr(caught.value)


def test_until_another_state_or_a_failed_one(package: ModuleType, spec: dict[str, Any]) -> None:
    fake = FakeTime()
    with client(package, Service(pool_in(spec, "Creating"), pool_in(spec, "Waiting"))) as ma:
        assert ma.pools.wait_pool(POOL, until="Waiting", poll=STEADY, sleep=fake.advance, clock=fake.clock).status.phase == "Waiting"
    with client(package, Service(pool_in(spec, "Abnormal"))) as ma:
        assert ma.pools.wait_pool(POOL, until=["Abnormal", "Error"], sleep=fake.advance).status.phase == "Abnormal"


def test_a_404_is_gone_and_the_timeout_names_the_last_state(package: ModuleType, spec: dict[str, Any]) -> None:
    fake = FakeTime()
    with client(package, Service(pool_in(spec, "Creating"), 404)) as ma, pytest.raises(ResourceGone) as gone:
        ma.pools.wait_pool(POOL, poll=STEADY, sleep=fake.advance, clock=fake.clock)
    assert gone.value.state == "Creating" and type(gone.value.__cause__).__name__ == "NotFound"
    with client(package, Service(pool_in(spec, "Creating"))) as ma, pytest.raises(WaitTimeout) as timed_out:
        ma.pools.wait_pool(POOL, timeout=60, sleep=fake.advance)
    assert "last state 'Creating'" in str(timed_out.value) and "within 60 s" in str(timed_out.value)


def test_the_clients_sleep_is_the_default(package: ModuleType, spec: dict[str, Any]) -> None:
    fake = FakeTime()
    with client(package, Service(pool_in(spec, "Creating"), pool_in(spec, "Running")), sleep=fake.advance) as ma:
        ma.pools.wait_pool(POOL, poll=STEADY)
    assert fake.waits == [1]


def test_call_timeout_reaches_each_show_call(package: ModuleType, spec: dict[str, Any]) -> None:
    seen: list[Any] = []
    with client(package, Service(pool_in(spec, "Running"))) as ma:
        show = ma.pools.show_pool

        def spy(pool_name: str, **options: Any) -> Any:
            seen.append((pool_name, options))
            return show(pool_name, **options)

        ma.pools.show_pool = spy
        ma.pools.wait_pool(POOL, call_timeout=7.5)
    assert seen == [(POOL, {"timeout": 7.5})]


def test_async_waiters(package: ModuleType, spec: dict[str, Any]) -> None:
    job = example(spec, "ShowTrainingJobDetails")
    running, completed = copy.deepcopy(job), copy.deepcopy(job)
    running["status"]["phase"], completed["status"]["phase"] = "Running", "Completed"
    notebook = example(spec, "ShowNotebook")
    service, fake = Service(running, running, completed), FakeTime()
    job_id, notebook_id = job["metadata"]["id"], notebook["id"]

    async def waits() -> tuple[Any, Any]:
        async with client(package, service, mode="async") as ma:
            done = await ma.training_jobs.wait_training_job(job_id, poll=STEADY, sleep=fake.advance, clock=fake.clock)
        notebook["status"] = "ERROR"
        async with client(package, Service(notebook), mode="async") as ma:
            with pytest.raises(ResourceFailed) as caught:
                await ma.notebooks.wait_notebook(notebook_id, sleep=fake.advance)
        return done, caught.value

    done, failed = asyncio.run(waits())
    returns = inspect.signature(package.facade.AsyncTrainingJobsOperations.wait_training_job).return_annotation
    assert type(done).__name__ == returns and type(done).__module__.startswith(PACKAGE + ".models")
    assert done.status.phase == "Completed" and fake.waits == [1, 2]
    assert (failed.resource, failed.resource_id, failed.state, failed.operation) == ("notebook", notebook_id, "ERROR", "ShowNotebook")
    assert json.dumps(failed.state) == '"ERROR"'


USER_SCRIPT = """
from modelarts_client import ModelArts, AsyncModelArts, ResourceFailed, WaitPolicy
from modelarts_client.models import Pool


def ready(ma: ModelArts) -> str | None:
    try:
        pool: Pool = ma.pools.wait_pool("p", until=["Running", "Waiting"], poll=WaitPolicy(delay=1), sleep=lambda s: None)
    except ResourceFailed as failed:
        return str(failed.state)
    return str(pool.kind)


async def ready_async(ma: AsyncModelArts) -> Pool:
    return await ma.pools.wait_pool("p", timeout=60, call_timeout=5, clock=lambda: 0.0)
"""


def test_mypy_strict_accepts_the_waiters_and_their_use(built: Path, tmp_path: Path) -> None:
    """The committed client has no waiter, so `make typecheck` does not see the template's: check a built one."""
    package = tmp_path / "site" / "modelarts_client"
    shutil.copytree(built / "modelarts_client", package)
    env = {"MYPYPATH": os.pathsep.join((str(package.parent), str(ROOT / "core"))), "PATH": ""}
    command = [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--cache-dir", str(tmp_path / "cache")]
    for name, script, clean in (("user.py", USER_SCRIPT, True), ("broken.py", USER_SCRIPT.replace("pool: Pool", "pool: int"), False)):
        (tmp_path / name).write_text(script, encoding="utf-8")
        done = subprocess.run([*command, name], capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path)
        assert (done.returncode == 0) == clean, done.stdout + done.stderr
    assert "Incompatible types in assignment" in done.stdout
