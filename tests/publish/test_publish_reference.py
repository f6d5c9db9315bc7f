"""The HTML reference in headless Debian chromium: operations open on demand (a #op- link opens one and nothing
else), every operation renders with its parts, sources and deployments, every deviation is listed, the search box
and the area, tag and deployment filters keep what they should, nothing is fetched and nothing logs an error.
The committed page, and a page three times larger with the sources, areas and a request body the full spec has."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from modelarts_spec.loader import load_openapi, load_yaml
from modelarts_spec.openapi import alternatives, json_media, operations, parameters, success_response, walk_openapi

from generator.publish import bundle as publish
from generator.publish import reference
from tests.publish.reference_specs import WRITE_ID, expected_deployments, with_sources_and_areas
from tests.support import ROOT, SPEC, operation_ids

pytestmark = pytest.mark.slow  # headless chromium through node

PAGE = ROOT / "generated" / "spec" / "index.html"
PROBE = ROOT / "tools" / "npm" / "scripts" / "check-reference.cjs"
CHROMIUM = Path("/usr/bin/chromium")
QUERIES = ("ShowPoolTags", "monitor", "zzzz-no-such-thing")


def open_in_chromium(page: Path, screenshot: Path) -> dict[str, Any]:
    assert CHROMIUM.exists(), "chromium is missing: run `make chromium` (apt-get install -y chromium)"
    assert (PROBE.parent.parent / "node_modules" / "playwright-core").exists(), "npm tools missing: run `make npm-tools`"
    result = subprocess.run(["node", str(PROBE), str(page), str(screenshot), *QUERIES], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def operation_problems(shown: dict[str, Any], spec: dict[str, Any], op: Any) -> list[str]:
    found = []
    if shown["parameters"] != len(parameters(spec, op)):
        found.append(f"{op.operation_id}: {shown['parameters']} parameter rows, spec has {len(parameters(spec, op))}")
    body = _success_body(spec, op)
    if body is not None and (shown["examples"] < 1 or (shown["fields"] < 1 and _has_fields(spec, body))):
        found.append(f"{op.operation_id}: no response fields or no examples shown")
    if "requestBody" in op.data and (not shown["hasRequestBody"] or shown["requestFields"] < 1):
        found.append(f"{op.operation_id}: the request body is not shown")
    schemes = [name for requirement in op.data["security"] for name in requirement]
    if shown["security"] != schemes:
        found.append(f"{op.operation_id}: security {shown['security']}, spec {schemes}")
    sources = [entry["source"] for entry in op.data.get("x-documented-by") or []]
    if shown["sources"] != sources:
        found.append(f"{op.operation_id}: sources {shown['sources']}, spec {sources}")
    return found


def _success_body(spec: dict[str, Any], op: Any) -> dict[str, Any] | None:
    """The success answer's JSON schema; None for one without a body (a 202 or 204 says nothing to show)."""
    success = success_response(op)
    media = json_media(spec, success[1], op.pointer) if success else None
    return media[0].get("schema") if media else None


def _has_fields(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Whether the schema (through $refs, combinators and array items) declares any property to list."""
    for alt, _ in alternatives(spec, schema, ""):
        if alt.get("properties") or (isinstance(alt.get("items"), dict) and _has_fields(spec, alt["items"])):
            return True
    return False


def problems(report: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    """What is wrong with the rendered page, compared with the spec (empty when all is well)."""
    found = [f"console error: {e}" for e in report["errors"]] + [f"network request: {r}" for r in report["requests"]]
    if report["lazy"]["openedAtLoad"] or report["lazy"]["openedByHash"] != [report["lazy"]["hashTarget"]]:
        found.append(f"operations opened: {report['lazy']}")
    rendered = {op["id"]: op for op in report["operations"]}
    for op in operations(spec):
        shown = rendered.get(op.operation_id)
        found += operation_problems(shown, spec, op) if shown else [f"operation {op.operation_id} not rendered"]
    deployments = expected_deployments(spec)
    found += [
        f"{op['id']}: deployments {op['deployments']}" for op in report["operations"] if op["deployments"] != deployments.get(op["id"])
    ]
    deviations = {pointer: value for key, value, pointer, is_name in walk_openapi(spec, "") if key == "x-doc-deviation" and not is_name}
    listed = {d["where"]: d["text"] for d in report["deviations"]}
    for pointer, record in deviations.items():
        if pointer not in listed:
            found.append(f"deviation {pointer} not listed")
        elif " ".join(record["manual"].replace("`", "").split()) not in listed[pointer]:  # `code` renders as <code>
            found.append(f"deviation {pointer}: the manual's side is not shown")
    if len(listed) != len(deviations):
        found.append(f"{len(listed)} deviations listed, spec has {len(deviations)}")
    return found + filter_problems(report["filters"], spec)


def filter_problems(filters: dict[str, dict[str, list[str]]], spec: dict[str, Any]) -> list[str]:
    """Each filter option keeps exactly the operations the spec puts under it."""
    tag_of = {op.operation_id: op.data["tags"][0] for op in operations(spec)}
    area_of_tag = {tag: group["name"] for group in spec.get("x-tagGroups") or [] for tag in group["tags"]}
    deployments = expected_deployments(spec)
    expected = {
        "filter-tag": {tag: {op for op, t in tag_of.items() if t == tag} for tag in set(tag_of.values())},
        "filter-area": {area: {op for op, t in tag_of.items() if area_of_tag[t] == area} for area in set(area_of_tag.values())},
        "filter-deployment": {d: {op for op, ds in deployments.items() if d in ds} for d in ("huawei-cloud", "english-edition")},
    }
    if not area_of_tag:
        expected.pop("filter-area")
    found = []
    for name, options in expected.items():
        shown = {value: set(ops) for value, ops in filters.get(name, {}).items()}
        if shown != options:
            found.append(
                f"{name}: {sorted((k, sorted(v)) for k, v in shown.items())} != {sorted((k, sorted(v)) for k, v in options.items())}"
            )
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
    assert report["version"] == spec["info"]["version"] == publish.stamp(load_openapi(SPEC).data)
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


def test_a_larger_spec_with_sources_areas_and_a_request_body(tmp_path: Path) -> None:
    data = with_sources_and_areas(load_openapi(SPEC).data, copies=3)
    page = tmp_path / "index.html"
    page.write_text(reference.render(data), encoding="utf-8")
    report = open_in_chromium(page, tmp_path / "shot.png")
    assert problems(report, data) == []
    assert len(report["operations"]) == len(operations(data)) > 3 * len(operation_ids())
    assert {"Area one", "Area two"} == set(report["filters"]["filter-area"])
    write = next(op for op in report["operations"] if op["id"] == WRITE_ID)
    assert write["requestFields"] == write["fields"] > 1  # the request body is the first operation's success schema


def test_a_broken_page_is_caught(spec: dict[str, Any], tmp_path: Path) -> None:
    """The check itself: a page missing an operation, opening one at load, a filter that keeps too much, fetching
    from the network and throwing is reported."""
    html = PAGE.read_text(encoding="utf-8")
    start = html.index('<section class="operation" id="op-ShowOsQuota"')
    html = html[:start] + html[html.index("</section>", start) + len("</section>") :]
    html = html.replace('data-tag="pools" data-deployments', 'data-tag="quotas" data-deployments', 1)
    html = html.replace('<div class="details" hidden></div>', '<div class="details"><p>opened</p></div>', 1)
    html = html.replace("</main>", '<img src="http://127.0.0.1:9/logo.png"><script>noSuchFunction();</script></main>')
    broken = tmp_path / "index.html"
    broken.write_text(html, encoding="utf-8")
    found = problems(open_in_chromium(broken, tmp_path / "shot.png"), spec)
    assert "operation ShowOsQuota not rendered" in found
    assert any(p.startswith("operations opened: {'openedAtLoad': ['") for p in found)
    assert any(p.startswith("filter-tag: ") for p in found)
    assert any(p.startswith("network request: http://127.0.0.1:9/logo.png") for p in found)
    assert any("noSuchFunction" in p for p in found)
