"""The transcriber against the manual excerpt, with counts made by hand from the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_spec.loader import load_openapi

from generator.manual import tables as doc_tables
from generator.manual import text as manual
from tests.support import DOC_TABLES, MANUAL, SPEC, documented_by, run_cli

# Counted by hand from spec/manual/modelarts-api-excerpt.txt: section → [(table title, rows)].
HAND_COUNT: dict[int, list[tuple[str, int]]] = {
    1: [("响应Body参数", 3), ("Specification", 15), ("CpuInfo", 2), ("MemoryInfo", 2), ("GpuInfo", 5), ("NpuInfo", 5)],
    3: [("路径参数", 2), ("Query参数", 1)],
    4: [("响应Body参数", 6), ("Monitor", 21)],
    6: [("响应Body参数", 5), ("Events", 3)],
    8: [("路径参数", 2)],
    10: [("响应Body参数", 2), ("search_algo_list", 3), ("params", 3)],
    12: [("路径参数", 3)],
    13: [("响应Body参数", 7)],
    14: [("响应Body参数", 1), ("PoolTag", 2), ("响应Body参数", 2), ("响应Body参数", 2), ("响应Body参数", 2), ("响应Body参数", 2)],
    16: [("响应Body参数", 2), ("statistics", 1), ("status", 4), ("响应Body参数", 2)],
    18: [
        ("响应Body参数", 3),
        ("MetricsItem", 2),
        ("table", 2),
        ("Allocated", 3),
        ("Capacity", 4),
        ("Value", 3),
        ("ResourceMetricsMetadata", 2),
    ],
    19: [("响应Body参数", 1), ("metrics", 2), ("metric", 3), ("dimensions", 2), ("dataPoints", 3), ("statistics", 2), ("响应Body参数", 2)],
    22: [
        ("响应Body参数", 5),
        ("PoolMetadata", 4),
        ("PoolMetaLabels", 4),
        ("PoolMetaAnnotations", 10),
        ("PoolSpecModel", 7),
        ("resources", 3),
        ("PoolNodeAz", 2),
        ("network", 1),
        ("PoolDriver", 3),
        ("PoolStatus", 7),
        ("resources", 4),
        ("PoolResourceFlavorCount", 5),
        ("azs", 2),
        ("scope", 2),
        ("driver", 2),
        ("PoolDriverStatus", 2),
        ("响应Body参数", 2),
    ],
    24: [("路径参数", 2)],
    26: [("响应Body参数", 1), ("Quota", 1), ("ResourceQuota", 3), ("响应Body参数", 2)],
    27: [("响应Body参数", 4), ("响应Body参数", 2)],
    30: [("路径参数", 3)],
}
# Sections holding JSON examples, and the statuses of their examples (by hand).
HAND_EXAMPLES = {
    2: [200],
    5: [200],
    7: [200],
    9: [200],
    11: [200],
    15: [200, 500],
    17: [200],
    20: [200, 404],
    21: [200, 404],
    23: [200, 404],
    25: [200],
    28: [200],
}


def parsed() -> manual.Manual:
    return manual.parse_manual(MANUAL.read_text(encoding="utf-8"), str(MANUAL))


def test_every_table_and_row_of_the_excerpt_is_transcribed() -> None:
    result = parsed()
    got = {s.index: [(t.title, len(t.rows)) for t in s.tables] for s in result.sections if s.tables}
    assert got == HAND_COUNT
    assert sum(len(v) for v in HAND_COUNT.values()) == 67
    assert sum(n for v in HAND_COUNT.values() for _, n in v) == 227
    assert [d for d in result.diagnostics if d.level.value != "info"] == []


def test_every_example_is_parsed_as_json() -> None:
    result = parsed()
    got = {s.index: [e.status for e in s.examples] for s in result.sections if s.examples}
    assert got == HAND_EXAMPLES
    pool = next(e.body for s in result.sections for e in s.examples if s.index == 21 and e.status == 200)
    assert pool["metadata"]["name"] == "auto-pool-os-86c13962597848eeb29c5861153a391f"


def test_rows_keep_names_with_dots_and_slashes_types_and_facts() -> None:
    rows = {(s.index, t.title, r.name): r for s in parsed().sections for t in s.tables for r in t.rows}
    label = rows[(22, "PoolMetaLabels", "os.modelarts/workspace.id")]
    assert label.type.text == "String" and label.facts == {"default": "0"}
    assert rows[(22, "PoolStatus", "resources")].type.table == "resources"
    assert rows[(19, "metric", "namespace")].facts["enum"][-1] == "CUSTOMMETRI CS"  # the manual's typo, kept as printed
    assert rows[(19, "响应Body参数", "metrics")].facts == {"max_items": 20}
    assert rows[(13, "响应Body参数", "create_time")].type.format == "int64"
    assert rows[(3, "路径参数", "service_id")].required is True
    assert rows[(3, "Query参数", "node_id")].required is False
    assert rows[(4, "Monitor", "cpu_memory_total")].facts == {"unit": "MB"}


def test_request_example_query_and_uri() -> None:
    sections = {s.index: s for s in parsed().sections}
    assert sections[29].kind == "request-example" and sections[29].query == {"Content-Type": "text/plain"}
    assert sections[30].path == "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url"


def test_sections_are_matched_to_operations(tables_doc) -> None:  # type: ignore[no-untyped-def]
    ops = {s["index"]: s["operation"] for s in tables_doc.data["sections"]}
    assert None not in ops.values()
    assert ops[8] == "ShowService"  # a template URI must not match ShowServiceSpecifications
    assert ops[23] == "ShowPluginTemplate"  # same keys as a pool minus `status`
    assert ops[1] == "ShowServiceSpecifications" and ops[29] == "ShowObsUrlOfTrainingJobLogs"
    assert sorted(set(ops.values())) == sorted(documented_by("manual"))


def test_unreadable_sections_and_tables_are_warned_about_by_name() -> None:
    text = (
        "  • 响应参数 状态码: 200 表2 响应Body参数 参数 参数类型 描述 name String 名称。 表3 Broken 这里没有表头\n"
        "  • 参数说明 一些无法识别的内容\n"
        '  • 响应示例 状态码: 200 OK { "a": 1, }\n'
        "  • 响应参数 状态码: 200 表4 响应Body参数 参数 参数类型 描述 x String y 表5 Orphan 参数 参数类型 描述 z Integer 说明\n"
    )
    result = manual.parse_manual(text, "doc.txt")
    messages = [d.message for d in result.diagnostics]
    assert any("表3" in m and "header" in m for m in messages)
    assert any("section 2" in m and "参数说明" in m for m in messages)
    assert any("section 3" in m and "not valid JSON" in m for m in messages)
    _data, diagnostics = doc_tables.build(result, load_openapi(SPEC).data)
    assert any("表5 Orphan is referenced by no row" in d.message for d in diagnostics)
    assert all(d.line for d in result.diagnostics)


@pytest.mark.slow
def test_transcription_is_deterministic_and_matches_the_committed_file(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        result = run_cli("transcribe", str(MANUAL), "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes() == DOC_TABLES.read_bytes()
