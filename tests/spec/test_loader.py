"""The one reader of YAML and JSON input refuses, at a file, pointer and line, what is not plain JSON data
within its limits; every tool that reads a spec turns that refusal into exit 2 in bounded time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from modelarts_mock.__main__ import main as mock_main
from modelarts_spec.cli import main as spec_main
from modelarts_spec.diagnostics import InputError
from modelarts_spec.loader import STRICT, Limits, load_yaml, parse_yaml, read_text
from modelarts_spec.safe_yaml import MAX_MB_ENV, _max_bytes

from generator.cli import main as generator_main
from tests.support.spec_tree import spec_copy, spec_files

# 10 levels of 10 aliases: 10**10 values once expanded, 400 bytes of text (the review's bomb was 124 KB).
BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]\n" for i in range(9)
)
REFUSED = {
    "recursive alias": ("a: &x [1, *x]\n", "/a", 1, "recursive alias *x"),
    "alias bomb": (BOMB, None, None, "alias bomb"),
    "undefined alias": ("a: 1\nb: *nowhere\n", "/b", 2, "undefined alias"),
    "timestamp": ("a: 1\ncreated: 2021-01-01\n", "/created", 2, "date or timestamp"),
    "datetime": ("t: 2021-01-01T10:00:00Z\n", "/t", 1, "date or timestamp"),
    "nan": ("x:\n  n: .nan\n", "/x/n", 2, "NaN"),
    "infinity": ("x: [1, -.inf]\n", "/x/1", 1, "NaN or infinity"),
    "binary": ("b: !!binary aGVsbG8=\n", "/b", 1, "binary"),
    "set": ("s: !!set {a, b}\n", "/s", 1, "not allowed"),
    "python tag": ("p: !!python/object/apply:os.system [echo]\n", "/p", 1, "not allowed"),
    "merge key": ("base: &b {x: 1}\nuse:\n  <<: *b\n", "/use/", 3, "merge key"),
    "complex key": ("? [a, b]\n: c\n", "", 1, "JSON keys are text"),
    "too deep": ("[" * 150 + "]" * 150, None, 1, "nested deeper than 100"),
    "too deep through aliases": ("a: &a " + "[" * 60 + "]" * 60 + "\nb: " + "[" * 60 + "*a" + "]" * 60 + "\n", None, 2, "deeper"),
    "huge integer": ("n: " + "9" * 5000 + "\n", "/n", 1, "not a usable int"),
    "two documents": ("a: 1\n---\nb: 2\n", None, 2, "more than one YAML document"),
    "json NaN": ('{"a": [1, NaN]}', None, 1, "NaN is not a JSON number"),
    "json infinity": ('{\n "a": 1e999\n}', None, 2, "1e999 is not a JSON number"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_what_is_not_json_data_is_refused_where_it_is(case: str) -> None:
    text, pointer, line, words = REFUSED[case]
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "in.yaml")
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == "yaml-unsafe" and diagnostic.file == "in.yaml", diagnostic
    assert words in diagnostic.message, diagnostic
    if pointer is not None:
        assert diagnostic.pointer == pointer, diagnostic
    if line is not None:
        assert diagnostic.line == line, diagnostic


def test_json_values_pass_unchanged_with_their_lines() -> None:
    text = "a: 1\nb: [x, 2.5, true, null]\nc: {'200': '2021-01-01'}\nd: &d {k: v}\ne: *d\n'404': x\n"
    doc = parse_yaml(text, "ok.yaml")
    assert doc.data == {"a": 1, "b": ["x", 2.5, True, None], "c": {"200": "2021-01-01"}, "d": {"k": "v"}, "e": {"k": "v"}, "404": "x"}
    assert doc.line_of("/b/2") == 2 and doc.line_of("/c/200") == 3 and doc.line_of("/e") == 5 and doc.line_of("/404") == 6


def test_json_is_read_fast_and_lines_come_on_demand() -> None:
    doc = parse_yaml('{\n  "a": {\n    "b": [1,\n 2]\n  }\n}\n', "ok.json")
    assert doc.data == {"a": {"b": [1, 2]}}
    assert doc.line_of("/a/b/1") == 4


def test_duplicate_keys_are_a_finding_for_the_spec_and_an_error_where_strict() -> None:
    text = "a: 1\nb:\n  c: 1\n  c: 2\n"
    assert parse_yaml(text, "spec.yaml").duplicate_keys == [("/b/c", 4)]
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "fixtures.yaml", STRICT)
    assert (caught.value.diagnostic.pointer, caught.value.diagnostic.line) == ("/b/c", 4)
    with pytest.raises(InputError, match="duplicate key"):
        parse_yaml('{"a": 1, "a": 2}', "ids.json", STRICT)


def test_a_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(big, Limits(max_bytes=1000))
    assert caught.value.diagnostic.code == "file-too-large" and "1,000 bytes" in caught.value.diagnostic.message


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_file_is_refused_after_the_limit() -> None:
    with pytest.raises(InputError) as caught:
        read_text("/dev/zero", 1 << 16)
    assert caught.value.diagnostic.code == "file-too-large"


SPEC_TOOLS = {
    "modelarts-spec validate": lambda f, _: spec_main(["validate", f]),
    "generator validate": lambda f, _: generator_main(["validate", f]),
    "generator generate": lambda f, out: generator_main(["generate", "--spec", f, "-o", str(out / "client")]),
    "modelarts-mock": lambda f, _: mock_main(["--spec", f, "--no-auth"]),
}


@pytest.mark.slow  # CLIs in subprocesses
@pytest.mark.parametrize("tool", list(SPEC_TOOLS))
@pytest.mark.parametrize("case", ["recursive alias", "alias bomb"])
@pytest.mark.parametrize("where", ["root", "part"])
def test_every_spec_tool_answers_a_hostile_spec_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tool: str, case: str, where: str
) -> None:
    root = spec_copy(tmp_path / "spec")
    path = spec_files(root)[0 if where == "root" else -1]  # the limits apply to each file of the spec
    hostile = "x-hostile:\n" + "".join(f"  {line}\n" for line in REFUSED[case][0].splitlines())
    path.write_text(path.read_text(encoding="utf-8") + hostile, encoding="utf-8")
    assert SPEC_TOOLS[tool](str(root), tmp_path) == 2
    err = capsys.readouterr().err
    assert f"error[yaml-unsafe] {path}#/x-hostile" in err and "Traceback" not in err, err
    assert not (tmp_path / "client").exists()


@pytest.mark.parametrize(("value", "expected"), [(None, 16 << 20), ("64", 64 << 20), ("0", 16 << 20), ("x", 16 << 20), ("²", 16 << 20)])
def test_the_size_limit_comes_from_the_environment_when_it_is_a_sane_number(value: str | None, expected: int) -> None:
    assert _max_bytes({} if value is None else {MAX_MB_ENV: value}, 16 << 20) == expected


def test_data_files_have_a_lower_size_limit_than_specs() -> None:
    assert STRICT.max_bytes == 16 << 20 < Limits().max_bytes == 64 << 20 and not STRICT.duplicate_keys


@pytest.mark.parametrize(("text", "value"), [("1e-05", 1e-05), ("-0.5E+3", -500.0), ("12", 12), ("0", 0)])
def test_a_json_number_alone_is_read_as_json(text: str, value: float) -> None:
    # Found by the round-trip property: json.dumps(1e-05) is `1e-05`, which YAML 1.1 alone would take for text.
    data = parse_yaml(text, "n.json", STRICT).data
    assert data == value and type(data) is type(value)
