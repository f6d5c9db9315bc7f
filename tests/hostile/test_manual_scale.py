"""Manual input whose reading cost grew faster than its size (issue 21): each case is sized so that a reader linear
in its input finishes in a few CPU-seconds while a quadratic (or exponential) one would need hours. Each runs in
a subprocess under a CPU-time limit (`RLIMIT_CPU`, not a wall-clock timer: a busy machine does not make it
flaky); exceeding the limit kills the process and fails the case. What each size costs before and after is
recorded in tests/hostile/README.md."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.slow
CPU_SECONDS = 60  # the linear readers need 1-8 on this machine's slowest run; the quadratic ones hours

PRELUDE = """
from generator.manual import rst, rst_tables, tables, text
HEAD = "URI\\n---\\n\\nGET /v1/{project_id}/things\\n\\nResponse Parameters\\n-------------------\\n\\n**Status code: 200**\\n\\n"
def page(body):
    sections, diagnostics = [], []
    rst.parse_page(HEAD + body, "p.rst", sections, diagnostics, "p.rst")
    return sections
def simple(rows, rules_between=False):
    rule = "   ===== ====== ===="
    lines = ["   .. table:: **Table 2** Response body parameters", "", rule, "   Param Type   Desc", rule]
    for row in rows:
        lines += [row, rule] if rules_between else [row]
    return "\\n".join(lines + ([] if rules_between else [rule])) + "\\n"
def chinese(rows):
    return text.parse_manual("  • 响应参数 状态码: 200 表2 T 参数 参数类型 描述 " + rows + "\\n", "m.txt")
def transcription(tables_):
    return {"sections": [{"index": 1, "line": 1, "kind": "response-parameters", "operation": "Op", "tables": tables_}]}
"""

CASES = {
    # text.parse_manual added each wrapped line to its bullet's text: 80k lines took 38 s, 1M would take ~2 h
    "continuation lines": 'text.parse_manual("• 参数说明 x\\n" + "  w\\n" * 1_000_000, "m.txt")',
    # ENUM_ITEM_RE tried every word of a phrase without a colon against the rest of it: 8,000 words took 15 s
    "an enum phrase without a colon": 'chinese("phase String 取值为 " + "word " * 200_000)',
    # every row start sliced the rest of the tokens (FieldType.parse): a long English description
    "words that could start a row": 'chinese("name String " + "word " * 500_000)',
    # a `Map<` that never closes read every following word, once per word before it
    "unclosed generics": 'chinese("name String " + "x Map< " * 200_000)',
    # HEADER_RE's lazy title retried each position of a run of spaces against the rest of the run
    "spaces before the header": 'text.parse_manual("  • 响应参数 表2 T" + " " * 1_000_000 + "x 参数 参数类型 描述 a String d\\n", "m.txt")',
    # examples._extent retried an unclosed string from every later quote: 4,000 quotes took 0.7 s
    "unclosed JSON strings": 'text.parse_manual("  • 响应示例 状态码: 200 [" + (chr(34) + chr(92)) * 500_000 + "\\n", "m.txt")',
    # REF_RE's lazy link text backtracked over a run of spaces before `<`
    "spaces in a :ref: link": 'page(simple(["   name  String :ref:`a" + " " * 1_000_000 + "b`"]))',
    # `i in rules` looked each line up in a list of every rule line: 4,000 rules took 1.4 s
    "a simple table of rules": 'page(simple(["   a     String d"] * 200_000, rules_between=True))',
    # a border of 100,000 columns cut each of 100,000 short lines into 100,000 cells
    "a grid wider than any page": 'page("   .. table:: **Table 2** Wide\\n\\n   +" + "-+" * 100_000 + "\\n" + "   |\\n" * 100_000)',
    # resolve_links scanned the page's tables for every row that links to a label
    "rows linking to labelled tables": (
        "tabs = [text.Table(n, 'T', 200, [text.Row('r', text.FieldType('T object', 'object'), '', links=['t1'])], anchor=None) "
        "for n in range(100_000)]; tabs[0].anchor = 't1'; rst_tables.resolve_links(tabs, {})"
    ),
    # child_table listed the section's tables for every row that has an object type
    "rows with a table each": (
        "rows = [{'name': f'r{n}', 'type': f'X{n} object'} for n in range(100_000)]; "
        "tables.fields(transcription([{'number': 1, 'title': 'B', 'status': 200, 'location': 'body', 'rows': rows}] + "
        "[{'number': n + 2, 'title': f'X{n}', 'status': 200, 'location': 'object', 'rows': [{'name': 'v', 'type': 'String'}]} "
        "for n in range(100_000)]), [], '')"
    ),
    # a table shared at every level was placed once per path: 2**40 paths to the last of 40 tables
    "tables shared at every level": (
        "tables.fields(transcription([{'number': n, 'title': f'T{n}', 'status': 200, 'location': 'body' if n == 1 else 'object', "
        "'rows': [{'name': f'r{k}', 'type': f'T{n + 1} object'} for k in range(2)] if n < 40 else [{'name': 'z', 'type': 'String'}]} "
        "for n in range(1, 41)]), [], '')"
    ),
}


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))


@pytest.mark.parametrize("case", CASES)
def test_reading_cost_grows_with_the_size_of_the_input_only(case: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + CASES[case]], cwd=ROOT, capture_output=True, text=True, preexec_fn=_limited, check=False
    )
    if result.returncode == -signal.SIGXCPU or result.returncode == -signal.SIGKILL:
        pytest.fail(f"{case}: not read within {CPU_SECONDS} CPU-seconds: the reader's cost grows faster than the input")
    assert result.returncode == 0, result.stderr[-2000:]
