"""`python -m modelarts_mock` in a subprocess: serves, logs one line per request without secrets, stops cleanly on SIGINT/SIGTERM."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support import ROOT, free_port, line_of
from tests.support.mock import AK, PROJECT, SK, TOKEN
from tests.support.spec_tree import edit, spec_copy

pytestmark = pytest.mark.slow  # the mock in a subprocess


def start(*args: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "modelarts_mock", "--host", "127.0.0.1", "--port", str(port), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the mock exited early: {process.communicate()[0]}")
        try:
            httpx.get(base + "/", timeout=0.5)
            return process, base
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError("the mock did not start")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serves_logs_and_stops_cleanly(stop: signal.Signals) -> None:
    process, base = start("--token", TOKEN, "--ak", AK, "--sk", SK, "--validate-responses")
    try:
        assert httpx.get(f"{base}/v1/{PROJECT}/quotas", headers={"X-Auth-Token": TOKEN}).status_code == 200
        assert httpx.get(f"{base}/v1/{PROJECT}/quotas?token={TOKEN}", headers={"X-Auth-Token": TOKEN + "x"}).status_code == 401
        assert httpx.get(f"{base}/v2/{PROJECT}/pools/x", headers={"X-Auth-Token": TOKEN}).status_code == 400
        process.send_signal(stop)
        output, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    assert f"stopped by {stop.name}" in output
    lines = [line for line in output.splitlines() if " modelarts_mock INFO GET " in line]
    assert [line.split(" INFO ")[1].rsplit(" ", 1)[0] for line in lines] == [
        "GET / 401",
        f"GET /v1/{PROJECT}/quotas 200",
        f"GET /v1/{PROJECT}/quotas 401",
        f"GET /v2/{PROJECT}/pools/x 400",
    ]
    assert all(line.endswith("ms") for line in lines)
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} modelarts_mock INFO "
    assert all(re.fullmatch(stamp + r"GET \S+ \d{3} \d+\.\d\dms", line) for line in lines), lines
    for secret in (TOKEN, SK, AK):
        assert secret not in output
    with pytest.raises(httpx.TransportError):  # the port is closed
        httpx.get(base + "/", timeout=1)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "modelarts_mock", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_bad_fixtures_file_names_file_and_line(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures.yaml"
    fixtures.write_text(f"projects:\n  {PROJECT}:\n    ShowOsConfig:\n      - body:\n          networkQuota: many\n", encoding="utf-8")
    result = run("--no-auth", "--fixtures", str(fixtures))
    assert result.returncode == 2
    assert f"{fixtures}#/projects/{PROJECT}/ShowOsConfig/0/body/networkQuota (line 5)" in result.stderr
    assert "expected integer" in result.stderr


def test_malformed_fixtures_file(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures.json"
    fixtures.write_text('{"projects": {"p": [}', encoding="utf-8")
    result = run("--no-auth", "--fixtures", str(fixtures))
    assert result.returncode == 2
    assert str(fixtures) in result.stderr and "line 1" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "no credentials"),
        (("--ak", AK), "--ak and --sk come in pairs"),
        (("--no-auth", "--port", "eighty"), "expected a port number 0-65535, got 'eighty'"),
        (("--no-auth", "--port", "99999"), "expected a port number 0-65535, got '99999'"),
        (("--no-auth", "--project-id", "bad/id"), "project id 'bad/id': path parameter 'project_id': does not match the pattern"),
        (("--no-auth", "--project-id", ""), "project id '':"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_taken_port_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("--no-auth", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"modelarts-mock: error: cannot listen on 127.0.0.1:{port}: Address already in use"]


def test_dangling_ref_in_the_spec_exits_2_naming_the_pointer(tmp_path: Path) -> None:
    spec = spec_copy(tmp_path)
    file = edit(spec, "$ref: '#/components/schemas/ServiceSpecificationList'", "$ref: '#/components/schemas/Missing'")
    result = run("--no-auth", "--spec", str(spec))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    pointer = "/paths/~1v1~1{project_id}~1services~1specifications/get/responses/200/content/application~1json/schema/$ref"
    line = line_of(file, "#/components/schemas/Missing")
    assert f"error[ref-dangling] {file}#{pointer} (line {line}): $ref '#/components/schemas/Missing' points at nothing" in result.stderr


def test_the_commands_request_line_is_what_logging_would_write(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import logging

    from modelarts_mock import requestlog

    now = 1_767_225_600.0421  # a fixed instant, with milliseconds
    monkeypatch.setattr(requestlog.time, "time", lambda: now)
    stream = io.StringIO()
    requestlog.StreamRequestLog(stream)("GET", "/v1/p/quotas", 200, 0.4149)
    record = logging.LogRecord("modelarts_mock", logging.INFO, __file__, 1, "%s %s %d %.2fms", ("GET", "/v1/p/quotas", 200, 0.4149), None)
    record.created, record.msecs = now, (now - int(now)) * 1000
    expected = logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s").format(record)
    assert stream.getvalue() == expected + "\n"
