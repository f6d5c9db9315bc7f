"""An edition's errata file (`<folder>.errata.yaml`, generator/manual/errata.py): each malformed shape is an
`errata-shape` error naming the file, the pointer of the misfit and its line (exit 2), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from modelarts_spec.diagnostics import InputError

from generator.manual import rst
from tests.support import run_cli

PAGE = ":original_name: ShowThing.html\n\nURI\n---\n\nGET /v1/things\n"
GOOD: dict[str, Any] = {"page": "area/show.rst", "line": 6, "printed": "GET", "corrected": "GET", "why": "a test"}


def edition(tmp_path: Path, errata: Any) -> tuple[Path, Path]:
    folder = tmp_path / "edition"
    (folder / "area").mkdir(parents=True)
    (folder / "area" / "show.rst").write_text(PAGE, encoding="utf-8")
    path = tmp_path / "edition.errata.yaml"
    path.write_text(yaml.safe_dump(errata, sort_keys=False), encoding="utf-8")
    return folder, path


@pytest.mark.parametrize(
    ("errata", "pointer", "said"),
    [
        ({"errata": [{**GOOD, "line": True}]}, "/errata/0/line", "`line` must be a line number"),
        ({"errata": [{**GOOD, "line": 0}]}, "/errata/0/line", "`line` must be a line number"),
        ({"errata": [{**GOOD, "line": "6"}]}, "/errata/0/line", "`line` must be a line number"),
        ({"errata": [{**GOOD, "printed": ["GET"]}]}, "/errata/0/printed", "`printed` must be a non-empty string of text"),
        ({"errata": [{**GOOD, "why": ""}]}, "/errata/0/why", "`why` must be a non-empty string"),
        ({"errata": [{**GOOD, "colour": "red"}]}, "/errata/0/colour", "unknown 'colour'"),
        ({"errata": [{k: v for k, v in GOOD.items() if k != "why"}]}, "/errata/0", "some are missing"),
        ({"errata": [["page", "line"]]}, "/errata/0", "an erratum is a mapping"),
        ({"errata": {"page": "x"}}, "/errata", "a list `errata`"),
        (["errata"], "", "a list `errata`"),
    ],
)
def test_a_malformed_erratum_is_refused_at_its_pointer(tmp_path: Path, errata: Any, pointer: str, said: str) -> None:
    folder, path = edition(tmp_path, errata)
    with pytest.raises(InputError) as refused:
        rst.read_edition(str(folder))
    diagnostic = refused.value.diagnostic
    assert (diagnostic.code, diagnostic.file, diagnostic.pointer) == ("errata-shape", str(path), pointer)
    assert said in diagnostic.message and diagnostic.line is not None
    result = run_cli("transcribe", str(folder), "--spec", "", cwd=tmp_path)
    assert result.returncode == 2 and f"error[errata-shape] {path}#{pointer} (line " in result.stderr


def test_a_correction_that_is_not_text_is_refused(tmp_path: Path) -> None:
    """A JSON-syntax errata file may hold `\\ud800`, a string no UTF-8 file takes: the correction reached the page,
    then the transcription's writer (a UnicodeEncodeError traceback)."""
    folder, path = edition(tmp_path, {})
    erratum = {**GOOD, "printed": "/v1/things", "corrected": "/v1/\ud800"}
    path.write_text(json.dumps({"errata": [erratum]}, indent=1), encoding="utf-8")  # escaped: the file is ASCII
    result = run_cli("transcribe", str(folder), "--spec", "", cwd=tmp_path)
    # no line: YAML cannot read the escape, so the loader indexes no lines for this file; the pointer names it
    assert result.returncode == 2 and f"error[errata-shape] {path}#/errata/0/corrected: " in result.stderr
    assert "must be a non-empty string of text" in result.stderr
