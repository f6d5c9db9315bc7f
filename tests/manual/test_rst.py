"""The English edition (RST pages) as input: transcribe and drift read it, matching operations by method and URI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from modelarts_spec.loader import load_openapi

from generator.manual import rst
from generator.manual import tables as doc_tables
from tests.support import ROOT, SPEC, documented_by, run_cli

EDITIONS = ROOT / "spec" / "manual" / "editions"
LATEST = EDITIONS / "en-2025-08-26"
POOL_PAGE = LATEST / "ShowPool.rst"


def transcribed(path: Path) -> dict[str, object]:
    data, _ = doc_tables.build(rst.read_edition(str(path)), load_openapi(str(SPEC)).data)
    return data


def test_every_page_lands_on_its_operation_by_uri() -> None:
    manual = rst.read_edition(str(LATEST))
    data, _ = doc_tables.build(manual, load_openapi(str(SPEC)).data)
    by_page: dict[str, set[str]] = {}
    for parsed, section in zip(manual.sections, data["sections"], strict=True):
        by_page.setdefault(parsed.heading.split(":")[0], set()).add(section["operation"])
    assert by_page == {page: {page} for page in by_page}
    # The sampled edition holds the pages of the excerpt's operations; the English edition has no ShowSaveImageJob.
    assert set(by_page) == set(documented_by("manual")) - {"ShowSaveImageJob"}


@pytest.mark.slow
def test_grid_and_simple_tables_give_typed_rows_and_facts() -> None:
    fields = {f.display: f for f in doc_tables.fields(transcribed(POOL_PAGE), [], "")}
    assert fields["ShowPool 200 body spec.resources.maxCount"].json_type == "integer"
    creating = fields["ShowPool 200 body status.resources.creating"]
    assert (creating.json_type, creating.items) == ("array", "object")
    assert fields["ShowPool 200 body status.phase"].facts["enum"][-3:] == ["CreationFailed", "ScalingFailed", "Waiting"]
    stats = {f.display: f for f in doc_tables.fields(transcribed(LATEST / "ShowPoolStatistics.rst"), [], "")}
    assert stats["ShowPoolStatistics query parameter workspaceId"].required is False  # a simple (=== ruled) table
    assert stats["ShowPoolStatistics 200 body statistics.status.failed"].facts["maximum"] == 500


def test_broken_json_example_and_missing_uri_are_warnings_naming_the_page(tmp_path: Path) -> None:
    text = POOL_PAGE.read_text(encoding="utf-8")
    broken = tmp_path / "ShowPool.rst"
    broken.write_text(text.replace("GET /v2/{project_id}/pools/{pool_name}\n", "\n"), encoding="utf-8")
    manual = rst.read_edition(str(broken))
    codes = {(d.code, d.file) for d in manual.diagnostics}
    assert ("uri-unreadable", str(broken)) in codes
    assert ("example-unreadable", str(broken)) in codes  # the page's own example has `"az" : az-7c"`


def test_unreadable_type_is_reported_not_skipped_silently(tmp_path: Path) -> None:
    page = tmp_path / "ShowPoolStatistics.rst"
    text = (LATEST / "ShowPoolStatistics.rst").read_text(encoding="utf-8")
    page.write_text(text.replace("workspaceId No        String", "workspaceId No        Strang"), encoding="utf-8")
    diagnostics = rst.read_edition(str(page)).diagnostics
    assert [d.code for d in diagnostics if "workspaceId" in d.message] == ["row-unreadable"]


def test_drift_reads_the_english_edition_against_the_spec() -> None:
    result = run_cli("--format", "json", "drift", str(LATEST))
    assert result.returncode == 1
    report = {(d["kind"], d["subject"]) for d in json.loads(result.stdout)}
    assert ("operation-removed", "ShowSaveImageJob") in report  # the excerpt's transcription has it, this edition not


@pytest.mark.slow
def test_drift_between_the_chinese_excerpt_and_the_english_edition() -> None:
    result = run_cli("--format", "json", "drift", str(LATEST), "--against", "spec/manual/modelarts-api-excerpt.txt")
    assert result.returncode == 1, result.stderr
    report = {(d["kind"], d["subject"]) for d in json.loads(result.stdout)}
    assert ("operation-removed", "ShowSaveImageJob") in report
    assert ("field-added", "ShowPool 200 body spec.resources.maxCount") in report
    assert ("field-added", "ShowPoolStatistics query parameter workspaceId") in report


@pytest.mark.slow
def test_drift_across_the_english_history_is_exact_and_silent_on_itself() -> None:
    same = run_cli("drift", str(LATEST), "--against", str(LATEST))
    assert same.returncode == 0 and same.stdout.strip().endswith("no drift")
    result = run_cli("--format", "json", "drift", str(LATEST), "--against", str(EDITIONS / "en-2024-11-28"))
    report = {(d["kind"], d["subject"], d["detail"]) for d in json.loads(result.stdout)}
    assert ("field-added", "ShowPoolStatistics 200 body statistics.status.pending", "'Integer'") in report
    # the 2025 update settled the manual's own contradiction: per-state resources are lists
    creating = "'PoolResourceFlavorCount object' → 'Array of PoolResourceFlavorCount objects'"
    assert ("type-changed", "ShowPool 200 body status.resources.creating", creating) in report


def test_older_pages_bold_the_status_apart_and_call_path_parameters_uri_parameters() -> None:
    old = {f.display: f for f in doc_tables.fields(transcribed(EDITIONS / "en-2024-06-20" / "ShowPool.rst"), [], "")}
    assert old["ShowPool path parameter pool_name"].required is True  # "URI parameters", not "Path Parameters"
    assert old["ShowPool 200 body status.resources.creating"].type_text == "PoolResourceFlavorCount object"  # **Status code**: **200**


@pytest.mark.slow
def test_unusable_editions_are_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "plain.rst").write_text("just text\n", encoding="utf-8")
    (tmp_path / "binary.rst").write_bytes(b"\xff\xfe\x00bad")
    for doc, message in (
        ("empty", "no .rst pages in this folder"),
        ("plain.rst", "not an English edition page"),
        ("binary.rst", "not UTF-8 text"),
    ):
        result = run_cli("drift", str(tmp_path / doc))
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
