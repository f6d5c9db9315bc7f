"""The HTML reference in headless Debian chromium: every operation renders with its parts, every deviation is
listed, the search box filters, nothing is fetched and nothing logs an error. Saves a screenshot."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from modelarts_spec.loader import load_openapi, load_yaml
from modelarts_spec.openapi import operations, parameters, walk_openapi

from generator.publish import bundle as publish
from tests.support import ROOT, operation_ids

pytestmark = pytest.mark.slow  # headless chromium through node

PAGE = ROOT / "generated" / "spec" / "index.html"
PROBE = ROOT / "tools" / "npm" / "scripts" / "check-reference.cjs"
CHROMIUM = Path("/usr/bin/chromium")
QUERIES = ("ShowPoolTags", "monitor", "zzzz-no-such-thing")


def open_in_chromium(page: Path, screenshot: Path) -> dict[str, Any]:
    assert CHROMIUM.exists(), "chromium is missing: run `make chromium` (apt-get install -y chromium)"
    assert (PROBE.parent.parent / "node_modules" / "playwright-core").exists(), "npm tools missing: run `make npm-tools`"
    result = subprocess.run(["node", str(PROBE), str(page), str(screenshot), *QUERIES], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def problems(report: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    """What is wrong with the rendered page, compared with the spec (empty when all is well)."""
    found = [f"console error: {e}" for e in report["errors"]] + [f"network request: {r}" for r in report["requests"]]
    rendered = {op["id"]: op for op in report["operations"]}
    for op in operations(spec):
        shown = rendered.get(op.operation_id)
        if shown is None:
            found.append(f"operation {op.operation_id} not rendered")
            continue
        if shown["parameters"] != len(parameters(spec, op)):
            found.append(f"{op.operation_id}: {shown['parameters']} parameter rows, spec has {len(parameters(spec, op))}")
        if shown["fields"] < 1 or shown["examples"] < 1:
            found.append(f"{op.operation_id}: no response fields or no examples shown")
        schemes = [name for requirement in op.data["security"] for name in requirement]
        if shown["security"] != schemes:
            found.append(f"{op.operation_id}: security {shown['security']}, spec {schemes}")
    deviations = {pointer: value for key, value, pointer, is_name in walk_openapi(spec, "") if key == "x-doc-deviation" and not is_name}
    listed = {d["where"]: d["text"] for d in report["deviations"]}
    for pointer, record in deviations.items():
        if pointer not in listed:
            found.append(f"deviation {pointer} not listed")
        elif " ".join(record["manual"].replace("`", "").split()) not in listed[pointer]:  # `code` renders as <code>
            found.append(f"deviation {pointer}: the manual's side is not shown")
    if len(listed) != len(deviations):
        found.append(f"{len(listed)} deviations listed, spec has {len(deviations)}")
    return found


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(ROOT / "generated" / "spec" / "modelarts.yaml").data
    return data


def test_every_operation_renders_offline_without_errors(spec: dict[str, Any], tmp_path: Path) -> None:
    screenshot = tmp_path / "reference-screenshot.png"
    report = open_in_chromium(PAGE, screenshot)
    assert problems(report, spec) == []
    assert len(report["operations"]) == len(operation_ids()) and len(report["deviations"]) >= 40
    assert report["version"] == spec["info"]["version"] == publish.stamp(load_openapi(ROOT / "spec" / "modelarts.yaml").data)
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
    search = report["search"]
    assert (
        search["ShowPoolTags"]["operations"] == ["ShowPoolTags"]
        and search["ShowPoolTags"]["count"] == f"1 of {len(operation_ids())} operations"
    )
    assert {"ShowServiceMonitorInfo", "ShowPoolMonitor"} <= set(search["monitor"]["operations"]) and len(
        search["monitor"]["operations"]
    ) < len(operation_ids())
    assert search["zzzz-no-such-thing"]["operations"] == []


def test_a_broken_page_is_caught(spec: dict[str, Any], tmp_path: Path) -> None:
    """The check itself: a page missing an operation, fetching from the network and throwing is reported."""
    html = PAGE.read_text(encoding="utf-8")
    start = html.index('<section class="operation" id="op-ShowOsQuota"')
    html = html[:start] + html[html.index("</section>", start) + len("</section>") :]
    html = html.replace("</main>", '<img src="http://127.0.0.1:9/logo.png"><script>noSuchFunction();</script></main>')
    broken = tmp_path / "index.html"
    broken.write_text(html, encoding="utf-8")
    found = problems(open_in_chromium(broken, tmp_path / "shot.png"), spec)
    assert "operation ShowOsQuota not rendered" in found
    assert any(p.startswith("network request: http://127.0.0.1:9/logo.png") for p in found)
    assert any("noSuchFunction" in p for p in found)
