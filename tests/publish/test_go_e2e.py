"""Go end to end: openapi-generator's `go` generator (PyPI openapi-generator-cli, bundled jar, Java 17) makes a
client from the published bundle at test time; Debian's Go 1.19 builds it (`make golang`); a signer written from
generated/spec/signing.md (tools/go/signer) passes every published vector under `go test`; tools/go/e2e calls
every operation against the mock on a loopback port with a token and with AK/SK; tools/go/chain runs one
create → wait → show → delete chain."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from modelarts_mock import Settings
from modelarts_mock.testing import running_mock

from tests.publish import crosslang
from tests.support import ROOT
from tests.support.mock import AK, PROJECT, SK, TOKEN

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("go-e2e")]  # java, go, a mock on a socket

GO = Path(os.environ.get("GO", "/usr/lib/go-1.19/bin/go"))
GENERATOR = Path(sys.executable).parent / "openapi-generator-cli"
VECTORS = ROOT / "generated" / "spec" / "signing-vectors.json"
# Logged by openapi-generator 7.26 for ANY spec whose operations have parameters (ModelUtils.getSimpleRef(null)
# on an inline parameter schema): a generator-internal note, not about our spec (a one-parameter spec shows it too).
KNOWN_GENERATOR_WARNINGS = ("Failed to get the schema name: null",)
# Offline and reproducible: no module proxy, no toolchain download, go.mod may be tidied.
GO_ENV = {"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOTOOLCHAIN": "local", "GOTELEMETRY": "off", "CGO_ENABLED": "0"}


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})


def generator_warnings(log: str) -> list[str]:
    """The generator's WARN lines that are not the known generator-internal note."""
    warnings = [line.split(" - ", 1)[-1] for line in log.splitlines() if "WARN" in line]
    # a vendor's wire or schema name that is a Go word (`type`, `continue`): the generator renames the Go identifier only
    return [w for w in warnings if w not in KNOWN_GENERATOR_WARNINGS and not RESERVED_RENAME.fullmatch(w)]


RESERVED_RENAME = re.compile(
    r"(\w+) \(reserved word\) cannot be used as (?:parameter name\. Renamed to \1_|model name\. Renamed to model_\1)"
)


def lower_go_directive(go_mod: str) -> str:
    """The generated go.mod as module `modelarts` for Go 1.19 (it asks for a newer Go; the client needs 1.19 only)."""
    text = re.sub(r"(?m)^module .*$", "module modelarts", go_mod)
    return re.sub(r"(?m)^go \d+\.\d+(\.\d+)?$", "go 1.19", text)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """tmp/client (generated), tmp/signer, tmp/e2e and tmp/chain (tools/go); and the generator's log."""
    assert GO.is_file(), f"{GO} is missing: `make golang` installs Debian's golang-1.19-go"
    root = tmp_path_factory.mktemp("go")
    skip = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
    generated = run(
        GENERATOR,
        "generate",
        "-i",
        crosslang.SPEC_JSON,
        "-g",
        "go",
        "-o",
        root / "client",
        "--package-name",
        "modelarts",
        "--global-property",
        skip,
        cwd=root,
    )
    assert generated.returncode == 0, generated.stdout[-3000:] + generated.stderr
    go_mod = root / "client" / "go.mod"
    go_mod.write_text(lower_go_directive(go_mod.read_text(encoding="utf-8")), encoding="utf-8")
    (root / "client" / "go.sum").unlink(missing_ok=True)
    for name in ("signer", "e2e", "chain"):
        shutil.copytree(ROOT / "tools" / "go" / name, root / name)
    yield root, generated.stdout + generated.stderr


def test_the_generated_go_module_asks_for_go_1_19_and_builds(work: tuple[Path, str]) -> None:
    root, _ = work
    assert "\ngo 1.19\n" in (root / "client" / "go.mod").read_text(encoding="utf-8")
    built = run(GO, "vet", "./...", cwd=root / "client", env=GO_ENV)
    assert built.returncode == 0, built.stderr


def test_openapi_generator_warns_about_nothing_of_ours(work: tuple[Path, str]) -> None:
    _, log = work
    assert generator_warnings(log) == []
    assert generator_warnings(log + "\n[main] WARN  o.o.codegen.DefaultCodegen - a new warning\n") == ["a new warning"]


def go_test(root: Path, vectors: Path) -> subprocess.CompletedProcess[str]:
    return run(GO, "test", "-v", "-count=1", "./...", cwd=root / "signer", env={**GO_ENV, "SIGNING_VECTORS": str(vectors)})


def test_go_signer_reproduces_every_published_vector(work: tuple[Path, str]) -> None:
    root, _ = work
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))["vectors"]
    result = go_test(root, VECTORS)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    passed = re.findall(r"--- PASS: TestVectors/(\S+)", result.stdout)
    assert len(passed) == len(vectors) and "--- FAIL" not in result.stdout


def test_go_signer_test_fails_on_a_wrong_vector(work: tuple[Path, str], tmp_path: Path) -> None:
    root, _ = work
    document = json.loads(VECTORS.read_text(encoding="utf-8"))
    document["vectors"][5]["expected"]["query_sent"] = "x=1"
    broken = tmp_path / "vectors.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    result = go_test(root, broken)
    assert result.returncode != 0
    assert len(re.findall(r"--- FAIL: TestVectors/", result.stdout)) == 1 and "query_sent: got" in result.stdout


@pytest.fixture(scope="module")
def e2e(work: tuple[Path, str]) -> Path:
    root, _ = work
    built = run(GO, "build", "-o", root / "e2e-bin", ".", cwd=root / "e2e", env=GO_ENV)
    assert built.returncode == 0, built.stderr
    return root / "e2e-bin"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock(Settings(spec_path=crosslang.SPEC_JSON, tokens=(TOKEN,), keys={AK: SK}, validate_responses=True)) as url:
        yield url


def run_e2e(binary: Path, plan: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return run(binary, path, cwd=tmp_path)


def test_every_operation_from_go_with_a_token_and_with_aksk(e2e: Path, mock_url: str, tmp_path: Path) -> None:
    spec = crosslang.load_spec()
    result = run_e2e(e2e, crosslang.plan(spec, mock_url), tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(crosslang.calls(spec)) * len(crosslang.AUTH_MODES)
    found = crosslang.problems(lines, crosslang.expectations(spec, mock_url))
    # every field of every answer, as the mock sent it: the spec's integers fit their formats (`validate`), its maps
    # of labels take any key, and no GET documents a body (the Go client would send `null`)
    assert found == [], found


def test_a_wrong_secret_key_is_refused_and_the_check_says_so(e2e: Path, mock_url: str, tmp_path: Path) -> None:
    spec = crosslang.load_spec()
    result = run_e2e(e2e, crosslang.plan(spec, mock_url, secret_key=SK + "x"), tmp_path)
    assert result.returncode == 0, result.stderr
    found = crosslang.problems(result.stdout.splitlines(), crosslang.expectations(spec, mock_url))
    assert len(found) == len(crosslang.calls(spec))
    assert all("(aksk): status 401" in problem for problem in found)


def test_an_operation_the_generated_client_lacks_stops_the_run_with_its_name(e2e: Path, mock_url: str, tmp_path: Path) -> None:
    plan = crosslang.plan(crosslang.load_spec(), mock_url)
    plan["calls"][0]["operationId"] = "ShowNothing"
    result = run_e2e(e2e, plan, tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("ShowNothing (token): ") and 'has no method for "ShowNothing"' in result.stderr


def test_a_notebook_created_waited_for_shown_and_deleted_from_go(work: tuple[Path, str], tmp_path: Path) -> None:
    """CreateNotebook (the page's example built with the generated model's constructor and setters), ShowNotebook
    polled until RUNNING while the program advances the mock's clock (POST /_mock/clock), ShowNotebook, DeleteNotebook,
    the clock past the deleting state, ShowNotebook's 404 as the generated client's error model."""
    root, _ = work
    built = run(GO, "build", "-o", root / "chain-bin", ".", cwd=root / "chain", env=GO_ENV)
    assert built.returncode == 0, built.stderr
    app = crosslang.chain_app()
    with running_mock(app=app) as url:
        result = run(root / "chain-bin", url, TOKEN, PROJECT, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert crosslang.chain_check(app, result.stdout) == []
