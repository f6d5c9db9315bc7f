"""A file that is not an OpenAPI document gets one answer from every tool that reads a spec: spec-not-object,
file and line, exit 2 (unusable input) — whether it is a list, a scalar, an empty file or a mapping without paths."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from modelarts_mock.__main__ import main as mock_main
from modelarts_spec.cli import main as spec_main

from generator.cli import main as generator_main
from tests.support import SPEC

NOT_SPECS = {"list": "- a\n- b\n", "scalar": "42\n", "empty": "", "no paths": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"}
TOOLS: dict[str, Callable[[str, Path], int]] = {
    "modelarts-spec validate": lambda f, _: spec_main(["validate", f]),
    "modelarts-spec diff": lambda f, _: spec_main(["diff", str(SPEC), f]),
    "generator validate": lambda f, _: generator_main(["validate", f]),
    "generator generate": lambda f, out: generator_main(["generate", "--spec", f, "-o", str(out / "client")]),
    "generator publish": lambda f, out: generator_main(["publish", "--spec", f, "-o", str(out / "published")]),
    "generator summary": lambda f, _: generator_main(["summary", "--spec", f]),
    "modelarts-mock": lambda f, _: mock_main(["--spec", f, "--no-auth"]),
}


@pytest.mark.slow
@pytest.mark.parametrize("tool", list(TOOLS))
@pytest.mark.parametrize("kind", list(NOT_SPECS))
def test_every_tool_refuses_a_non_spec_the_same_way(tmp_path: Path, capsys: pytest.CaptureFixture[str], tool: str, kind: str) -> None:
    path = tmp_path / "not-a-spec.yaml"
    path.write_text(NOT_SPECS[kind], encoding="utf-8")
    assert TOOLS[tool](str(path), tmp_path) == 2
    err = capsys.readouterr().err
    assert f"error[spec-not-object] {path}# (line 1): not an OpenAPI document" in err, err
    assert not (tmp_path / "client").exists() and not (tmp_path / "published").exists()
