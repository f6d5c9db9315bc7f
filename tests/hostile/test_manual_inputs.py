"""Hostile manual text against `transcribe` and `drift`: over-long numbers, types nested past any manual, tables too
wide or too many, chains of tables. Each is read with a warning naming the place, never a traceback (issue 21).
The inputs whose cost grew faster than their size are in test_manual_scale.py."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import yaml
from modelarts_spec.diagnostics import Diagnostic
from modelarts_spec.loader import load_yaml

from generator import yaml_stream
from generator.manual import rst
from generator.manual import tables as doc_tables
from generator.manual import text as manual_text
from tests.support import ROOT, SPEC, run_cli

DIGITS = "9" * 5000  # past Python's 4,300-digit limit for int(): a ValueError where the reader converted blindly
ROW = "name String 名称。"


def chinese(table: str = "表2", rows: str = ROW) -> str:
    return f"  • 响应参数 状态码: 200 {table} 响应Body参数 参数 参数类型 描述 {rows}\n"


def rst_page(tables: str) -> str:
    heading = ":original_name: ShowThing.html\n\nShow Thing\n==========\n\nURI\n---\n\nGET /v1/{project_id}/things/{id}\n\n"
    return heading + f"Response Parameters\n-------------------\n\n**Status code: 200**\n\n{tables}\n"


def grid(caption: str, rows: list[tuple[str, str, str]], columns: int = 3) -> str:
    """A grid table with one line per row, its columns as wide as its longest cell."""
    header = ("Parameter", "Type", "Description")
    width = max(len(cell) for row in [header, *rows] for cell in row) + 2
    border = "   +" + "+".join(["-" * width] * columns) + "+"
    lines = [f"   .. table:: {caption}", "", border, _cells(header, columns, width), border.replace("-", "=")]
    for row in rows:
        lines += [_cells(row, columns, width), border]
    return "\n".join(lines) + "\n"


def _cells(cells: tuple[str, ...], columns: int, width: int) -> str:
    padded = [*cells, *[""] * (columns - len(cells))]
    return "   |" + "|".join(f" {cell}".ljust(width) for cell in padded) + "|"


def transcribed(tmp_path: Path, name: str, text: str) -> tuple[int, str, str]:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    result = run_cli("transcribe", str(doc), "--spec", "", cwd=tmp_path)
    return result.returncode, result.stdout, result.stderr


def codes(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.code for d in diagnostics]


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        (chinese(table=f"表{DIGITS}"), "table-unreadable", "表999999999999… (5,000 digits)"),
        (chinese(rows=f"size Integer 最大值为{DIGITS}"), "fact-unreadable", "maximum 999999999999… (5,000 digits)"),
        (chinese(rows=f"tags Array of strings 数组大小不超过{DIGITS}"), "fact-unreadable", "max_items 999999999999… (5,000 digits)"),
        (chinese(rows=f"size Integer 最大值为{'9' * 19}"), "fact-unreadable", f"maximum {'9' * 19} has more than 18 digits"),
    ],
)
def test_an_over_long_number_in_the_text_is_a_warning_naming_it(tmp_path: Path, text: str, code: str, shown: str) -> None:
    returncode, _, stderr = transcribed(tmp_path, "manual.txt", text)
    assert returncode == 0, stderr
    assert f"warning[{code}]" in stderr and shown in stderr and "manual.txt (line 1)" in stderr
    assert DIGITS not in stderr  # the row keeps its description (stdout); a message stays short
    drift = run_cli("drift", str(tmp_path / "manual.txt"), "--spec", str(SPEC), "--doc-tables", "", cwd=tmp_path)
    assert drift.returncode in (0, 1) and f"warning[{code}]" in drift.stderr


@pytest.mark.parametrize(
    ("tables", "code", "said"),
    [
        (grid(f"**Table {DIGITS}** Response body parameters", [("name", "String", "Name.")]), "table-unreadable", "at most 6 digits"),
        (grid("**Table 1234567** Response body parameters", [("name", "String", "Name.")]), "table-unreadable", "at most 6 digits"),
        (
            grid("**Table 2** Response body parameters", [("size", "Integer", f"The maximum value is **{DIGITS}**.")]),
            "fact-unreadable",
            "(5,000 digits)",
        ),
        (
            grid("**Table 2** Response body parameters", [("name", "String", "Name.")], columns=65),
            "table-unreadable",
            "more than 64 columns",
        ),
    ],
)
def test_an_english_page_with_an_over_long_number_or_too_many_columns_is_a_warning(
    tmp_path: Path, tables: str, code: str, said: str
) -> None:
    """A caption or maximum the reader cannot keep used to be skipped without a word (or converted blindly)."""
    returncode, _, stderr = transcribed(tmp_path, "page.rst", rst_page(tables))
    assert returncode == 0, stderr
    [line] = [line for line in stderr.splitlines() if f"warning[{code}]" in line]
    assert said in line and "page.rst" in line and DIGITS not in line


@pytest.mark.parametrize("depth", [9, 2000])
def test_a_type_nested_past_any_manual_is_an_unreadable_row(depth: int) -> None:
    nested = "Array<" * depth + "String" + ">" * depth
    mapped = "Map<String," + "Array<" * depth + "String" + ">" * (depth + 1)
    for type_text in (nested, mapped):
        parsed = manual_text.parse_manual(chinese(rows=f"deep {type_text} 说明"), "manual.txt")
        assert codes(parsed.diagnostics) == ["row-unreadable"], parsed.diagnostics
        sections: list[manual_text.Section] = []
        diagnostics: list[Diagnostic] = []
        rst.parse_page(rst_page(grid("**Table 2** Response body parameters", [("deep", type_text, "d")])), "p.rst", sections, diagnostics)
        assert codes(diagnostics) == ["row-unreadable"], diagnostics


def test_the_deepest_type_the_reader_keeps_is_read() -> None:
    type_text = "Array<" * 8 + "String" + ">" * 8
    [section] = manual_text.parse_manual(chinese(rows=f"deep {type_text} 说明"), "manual.txt").sections
    assert section.tables[0].rows[0].type.text == type_text


def chained(count: int, fan: int) -> dict[str, object]:
    """A transcription whose body table links to table 2, which links to table 3, … (`fan` rows per link)."""
    tables = []
    for number in range(1, count + 1):
        last = number == count
        rows = [{"name": "z", "type": "String"}] if last else [{"name": f"r{k}", "type": f"T{number + 1} object"} for k in range(fan)]
        title = "Body" if number == 1 else f"T{number}"
        tables.append({"number": number, "title": title, "status": 200, "location": "body" if number == 1 else "object", "rows": rows})
    return {"sections": [{"index": 1, "line": 1, "kind": "response-parameters", "operation": "ShowThing", "tables": tables}]}


def test_a_chain_of_tables_deeper_than_the_interpreter_stack_is_walked() -> None:
    diagnostics: list[Diagnostic] = []
    found = doc_tables.fields(chained(3000, 1), diagnostics, "doc-tables.yaml")  # a RecursionError before
    assert len(found) == 3000 and diagnostics == []
    assert found[-1].path == (*["r0"] * 2999, "z")


@pytest.mark.slow
def test_tables_shared_at_every_level_are_placed_within_a_budget() -> None:
    """Two rows per level to the next table: 2**17 paths to the last of 18. Placed up to the budget, then said
    (tests/hostile/test_manual_scale.py draws 40 levels: 2**39 paths)."""
    diagnostics: list[Diagnostic] = []
    found = doc_tables.fields(chained(18, 2), diagnostics, "doc-tables.yaml")
    assert doc_tables.REPEATS <= len(found) <= doc_tables.REPEATS + 2 * 18
    assert codes(diagnostics) == ["table-expansion-limit"] and "section 1" in diagnostics[0].message
    assert len(doc_tables.fields(chained(8, 2), [], "")) == 2 + 4 + 8 + 16 + 32 + 64 + 128 + 128  # within the budget: every path


@pytest.mark.parametrize("output", ["-", "out.yaml", "out.json"])
def test_an_example_holding_a_lone_surrogate_is_unreadable_not_a_crash(tmp_path: Path, output: str) -> None:
    """JSON reads `\\ud800` as a string no UTF-8 file takes: the writer raised UnicodeEncodeError. A surrogate pair
    (an emoji) is text and kept; an escaped backslash before `ud800` is not an escape."""
    doc = tmp_path / "manual.txt"
    body = '{"a": "\\ud83d\\ude00", "b": "\\\\ud800"}'
    doc.write_text(f'  • 响应示例 状态码: 200 {body}\n  • 响应示例 状态码: 201 {{"a": "x\\ud800"}}\n', encoding="utf-8")
    args = ["transcribe", str(doc), "--spec", ""] + ([] if output == "-" else ["-o", str(tmp_path / output)])
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [warning] = [line for line in result.stderr.splitlines() if "example-unreadable" in line]
    assert "manual.txt (line 2)" in warning and "lone UTF-16 surrogate" in warning
    written = result.stdout if output == "-" else (tmp_path / output).read_text(encoding="utf-8")
    assert ("\U0001f600" in written or "\\U0001F600" in written) and "ud800" in written  # the pair kept (YAML escapes it), the text too


@pytest.mark.slow
def test_a_manual_past_the_data_file_limit_is_refused_unread(tmp_path: Path) -> None:
    """Manual text and pages are read up to 16 MiB (the data-file limit), not a spec's 64 MiB: rows cost ~60 times
    their text in memory. What the limit allows is measured in tests/hostile/README.md."""
    big = chinese(rows="a String d " * ((rst.PAGE_MAX_BYTES // 11) + 1))
    for name in ("manual.txt", "edition/page.rst"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(big if name.endswith(".txt") else rst_page(big), encoding="utf-8")
        result = run_cli("transcribe", str(tmp_path / name.split("/")[0]), "--spec", "", cwd=tmp_path)
        assert result.returncode == 2 and "error[file-too-large]" in result.stderr and "16,777,216 bytes" in result.stderr, name


@pytest.mark.slow
def test_the_yaml_transcription_is_written_without_a_node_graph() -> None:
    """yaml.dump represented the whole transcription as nodes first: 33 times the text it wrote (a million rows:
    2.4 GB). The streamed writer needs about the text itself, twice, and writes the same bytes."""
    parsed = manual_text.parse_manual(chinese(rows="a String d " * 20_000), "manual.txt")
    data, _ = doc_tables.build(parsed, None)
    tracemalloc.start()
    try:
        text = doc_tables.dump(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text == doc_tables.HEADER + yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=120)
    assert peak < 4 * len(text.encode("utf-8")), (peak, len(text))  # yaml.dump: 33 times
    for path in (ROOT / "spec" / "doc-tables.yaml", ROOT / "spec" / "doc-tables-en.json"):  # every kind of value they hold
        committed = load_yaml(path).data
        committed.pop("generated", None)
        assert yaml_stream.dump(committed, width=120) == yaml.dump(
            committed, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=120
        )
