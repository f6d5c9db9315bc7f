"""The four wheels as a user gets them: built from the checkout, installed into fresh venvs outside it, on
Python 3.11, 3.12 and 3.13, and used there — the client calls the installed mock on a socket, the contract
CLI runs against it, the spec CLI validates the shipped spec. Nothing of the checkout is on sys.path there.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations

from tests.support import PUBLISHED, ROOT, SPEC, free_port, operation_ids, wait_for_port

pytestmark = pytest.mark.slow  # builds wheels and installs them with their dependencies

# Each Python with the newest dependencies the ranges allow, and 3.11 with every direct dependency at its
# declared floor: a range is a promise in both directions.
VARIANTS = ("3.11", "3.12", "3.13", "3.11-floors")
PROJECT_FILES = (
    "spec/pyproject.toml",
    "core/pyproject.toml",
    "generated/modelarts-client/pyproject.toml",
    "mock_server/pyproject.toml",
    "contract_tests/pyproject.toml",
)
OWN = {"modelarts-spec", "modelarts-core", "modelarts-client", "modelarts-mock", "modelarts-contract"}
TOKEN = "install-test-token"
PROJECT = "0123456789abcdef0123456789abcdef"  # the mock's default project, which its seed lives in
POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"  # ShowPool's example id, seeded by the mock


def interpreter(version: str) -> Path:
    """The machine's Python `version` (pyenv's, or on PATH); a missing one fails the test, saying which."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = sorted(pyenv_root.glob(f"versions/{version}.*/bin/python{version}"))
    if found:
        return found[-1]
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(directory) / f"python{version}"
        if candidate.is_file() and "shims" not in candidate.parts:
            return candidate
    pytest.fail(f"Python {version} not found (pyenv versions/{version}.* or python{version} on PATH)")


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheels")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_wheels.py"), str(out)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return out


def test_each_product_is_one_wheel_with_its_own_import_name_and_the_spec_inside(wheels: Path) -> None:
    names = sorted(p.name.split("-")[0] for p in wheels.glob("*.whl"))
    assert names == ["modelarts_client", "modelarts_contract", "modelarts_core", "modelarts_mock", "modelarts_spec"]
    for wheel in wheels.glob("*.whl"):
        tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist() if not name.startswith(wheel.name.split("-")[0] + "-")}
        assert tops == {wheel.name.split("-")[0]}, (wheel.name, tops)  # no `generator`, `mock_server`, `tests`…
    spec_wheel = next(wheels.glob("modelarts_spec-*.whl"))
    shipped = zipfile.ZipFile(spec_wheel).read("modelarts_spec/published/modelarts.json")
    assert shipped == (PUBLISHED / "modelarts.json").read_bytes()  # the symlink is resolved into the wheel


def floors() -> list[str]:
    """`name==X` for the highest `name>=X` the products declare (ours excepted): the oldest versions we promise."""
    floor: dict[str, tuple[int, ...]] = {}
    for file in PROJECT_FILES:
        for requirement in tomllib.loads((ROOT / file).read_text(encoding="utf-8"))["project"]["dependencies"]:
            match = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9]+(?:\.[0-9]+)*)\s*(,.*)?", requirement)
            assert match, f"{file}: {requirement!r} has no numeric >= floor"
            if match[1] not in OWN:
                floor[match[1]] = max(floor.get(match[1], ()), tuple(int(part) for part in match[2].split(".")))
    return sorted(f"{name}=={'.'.join(map(str, version))}" for name, version in floor.items())


@pytest.fixture(scope="module", params=VARIANTS)
def venv(request: pytest.FixtureRequest, wheels: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the checkout with modelarts-contract (and so the other three) installed from the wheels."""
    variant: str = request.param
    home = tmp_path_factory.mktemp(f"user-{variant}")
    assert not home.is_relative_to(ROOT)
    subprocess.run([str(interpreter(variant[:4])), "-m", "venv", str(home / "venv")], check=True, timeout=120)
    pip = [str(home / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-compile"]
    if variant.endswith("floors"):
        (home / "floors.txt").write_text("\n".join(floors()) + "\n", encoding="utf-8")
        pip += ["-c", str(home / "floors.txt")]
    # Dependencies from the index, within the products' ranges; our four only from the freshly built wheels.
    result = subprocess.run(
        [*pip, "--find-links", str(wheels), "modelarts-contract"], capture_output=True, text=True, timeout=600, cwd=home
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return home


def run(home: Path, *command: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    bin_dir = home / "venv" / "bin"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "HUAWEICLOUD", "MODELARTS"))}
    clean["PATH"] = f"{bin_dir}{os.pathsep}{clean.get('PATH', '')}"
    return subprocess.run(
        [str(bin_dir / command[0]), *command[1:]], cwd=home, env={**clean, **(env or {})}, capture_output=True, text=True, timeout=timeout
    )


@contextmanager
def installed_mock(home: Path) -> Iterator[str]:
    port = free_port()
    log = (home / "mock.log").open("w")
    process = subprocess.Popen(
        [str(home / "venv" / "bin" / "modelarts-mock"), "--port", str(port), "--token", TOKEN], cwd=home, stdout=log, stderr=log
    )
    try:
        wait_for_port(port, process, home / "mock.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


CLIENT_SCRIPT = textwrap.dedent(
    """
    import importlib.metadata, json, sys
    import modelarts_client
    from modelarts_client import ModelArts, TokenAuth
    with ModelArts(endpoint=sys.argv[1], project_id=sys.argv[2], auth=TokenAuth(sys.argv[3])) as ma:
        pool = ma.pools.show_pool(sys.argv[4])
    def requires(project):
        return sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in importlib.metadata.requires(project))
    print(json.dumps({"phase": str(pool.status.phase), "client_at": modelarts_client.__file__,
                      "requires": requires("modelarts-client"), "mock_requires": requires("modelarts-mock")}))
    """
)


def test_installed_client_calls_installed_mock_and_contract_cli_passes(venv: Path) -> None:
    home = venv
    with installed_mock(home) as url:
        result = run(home, "python", "-c", CLIENT_SCRIPT, url, PROJECT, TOKEN, POOL)
        assert result.returncode == 0, result.stderr[-3000:]
        answer = json.loads(result.stdout)
        assert answer["phase"].endswith("Running") and "site-packages" in answer["client_at"]
        assert answer["requires"] == ["attrs", "httpx", "modelarts-core"]  # dependency-light: the runtime, httpx, attrs
        assert "modelarts-core" in answer["mock_requires"] and "modelarts-client" not in answer["mock_requires"]
        report = home / "contract.json"
        contract = run(home, "modelarts-contract", "--base-url", url, "--max-examples", "5", "--seed", "1", "-q", "--json-report", str(report),
                       env={"MODELARTS_AUTH_TOKEN": TOKEN})  # fmt: skip
        assert contract.returncode == 0, contract.stdout[-4000:] + contract.stderr[-2000:]
    summary = json.loads(report.read_text(encoding="utf-8"))
    # a URL target without --allow-writes runs the reads; the writes are skipped as read-only, each said
    writes = {skip["operation"] for skip in summary["skipped"] if skip["reason"] == "read-only"}
    assert summary["verdict"] == "PASS" and sorted(summary["operations"]) == sorted(set(operation_ids()) - writes)
    assert len(writes) == sum(1 for op in operations(load_openapi(SPEC).data) if op.method != "get")
    validated = run(home, "modelarts-spec", "validate")
    assert validated.returncode == 0 and re.search(r"site-packages/modelarts_spec/published/modelarts.yaml: valid", validated.stderr)


PLUGIN_USER_TESTS = """
import asyncio

import httpx

POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"


def test_fail_then_succeed(modelarts_mock):
    modelarts_mock.fail("ShowPool", status=429, times=1)
    with modelarts_mock.client() as http:
        codes = [http.get(modelarts_mock.path("ShowPool", pool_name=POOL)).status_code for _ in range(2)]
    assert codes == [429, 200]
    assert [e["status"] for e in modelarts_mock.journal] == [429, 200]


def test_seed_is_seen_and_reset_between_tests(modelarts_mock):
    name = "user-pool-000000000000000000000000000000001"
    body = {"apiVersion": "v2", "kind": "Pool", "metadata": {"name": name}, "status": {"phase": "Creating"}}
    assert modelarts_mock.journal == []  # the previous test's requests are gone
    modelarts_mock.seed("ShowPool", body, path={"pool_name": name})

    async def show():
        async with modelarts_mock.async_client() as http:
            return (await http.get(modelarts_mock.path("ShowPool", pool_name=name))).json()

    assert asyncio.run(show())["status"]["phase"] == "Creating"


def test_seeded_pool_gone(modelarts_mock):
    name = "user-pool-000000000000000000000000000000001"
    with modelarts_mock.client() as http:
        assert http.get(modelarts_mock.path("ShowPool", pool_name=name)).status_code == 404


def test_on_a_socket(modelarts_mock, modelarts_mock_url):
    modelarts_mock.fail("ShowOsQuota", status=503, times=1)
    response = httpx.get(modelarts_mock_url + modelarts_mock.path("ShowOsQuota"), headers=modelarts_mock.headers)
    assert response.status_code == 503 and response.headers["x-request-id"]
"""


def test_installed_pytest_plugin_fixtures(venv: Path) -> None:
    """A user's test file, outside the checkout, using the fixtures the installed modelarts-mock registers (pytest11)."""
    (venv / "test_user_suite.py").write_text(PLUGIN_USER_TESTS, encoding="utf-8")
    result = run(venv, "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user_suite.py")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "4 passed" in result.stdout
