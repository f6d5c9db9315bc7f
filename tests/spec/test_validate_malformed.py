"""A spec whose structure is wrong (a mapping where a list belongs, a scalar where a mapping belongs) gets
diagnostics from every entry point that reads it, never a traceback: the OpenAPI structure is checked
before the rules that walk it assuming that structure."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from modelarts_mock.spec import SpecError, load_spec
from modelarts_spec import cli as spec_cli
from modelarts_spec.diagnostics import InputError, Level
from modelarts_spec.loader import load_openapi, load_yaml
from modelarts_spec.validate import validate

from tests.support import SPEC, line_of, run_cli, yaml_text
from tests.support.spec_tree import edit, spec_copy, spec_files

# (what the edit does, old text, new text): each is replaced once, in the first file of the spec tree that has it
MALFORMED = [
    ("security-true", "      security:\n        - iamToken: []\n        - akskSignature: []\n", "      security: true\n"),
    ("responses-list", "      responses:\n", "      responses: [1]\n      x-old-responses:\n"),
    ("security-scalars", "      security:\n        - iamToken: []\n", "      security:\n        - 1\n        - iamToken: []\n"),
    ("schemes-list", "  securitySchemes:\n", "  securitySchemes: [1]\n  x-old-schemes:\n"),
    ("components-list", "components:\n", "components: [1]\nx-old-components:\n"),
    ("paths-scalar", "paths:\n", "paths: 3\nx-old-paths:\n"),
]


# The root's `components` and a part's `paths` are where parts join the merged document: their breakage is
# the layout's (an InputError `spec-part-invalid`, before any rule runs), not a diagnostic of `validate`.
# (pointer, text of its line) of the refusal
LAYOUT = {"components-list": ("/components", "components: [1]"), "paths-scalar": ("/x-old-paths", "x-old-paths:")}


def malformed(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    """A copy of the spec tree with `old` replaced once in the first of its files that has it: root, edited file."""
    root = spec_copy(tmp_path)
    return root, edit(root, old, new, first=True)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "old", "new"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_validate_reports_malformed_structure(tmp_path: Path, name: str, old: str, new: str) -> None:
    root, file = malformed(tmp_path, old, new)
    if name in LAYOUT:
        with pytest.raises(InputError) as refused:
            load_openapi(root)
        found = refused.value.diagnostic
        pointer, line = LAYOUT[name]
        expected = ("spec-part-invalid", str(file), pointer, line_of(file, line))
        assert (found.code, found.file, found.pointer, found.line) == expected
        return
    diagnostics = validate(load_openapi(root))
    errors = [d for d in diagnostics if d.level is Level.ERROR]
    assert errors, name
    assert all(d.code and d.message for d in diagnostics)
    assert all(d.file in {str(path) for path in spec_files(root)} for d in errors)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(LAYOUT))
def test_validate_reports_malformed_structure_of_a_spec_in_one_file(tmp_path: Path, name: str) -> None:
    """A spec without parts (as the published bundle is) breaks in the same places as a diagnostic of `validate`."""
    [(_, old, new)] = [m for m in MALFORMED if m[0] == name]
    text = yaml_text(load_openapi(SPEC).data, sort_keys=False, allow_unicode=True)
    # at the start of a line: example data deeper in may hold the same key (a plugin's `components:`)
    assert text.count("\n" + old) == 1, old
    path = tmp_path / "modelarts.yaml"
    path.write_text(text.replace("\n" + old, "\n" + new), encoding="utf-8")
    errors = [d for d in validate(load_yaml(path)) if d.level is Level.ERROR]
    assert errors, name
    assert all(d.code and d.message and d.file == str(path) for d in errors)


def _spec_cli(path: Path, tmp_path: Path) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = spec_cli.main(["validate", str(path)])
    return code, stderr.getvalue()


def _mock(path: Path, tmp_path: Path) -> tuple[int, str]:
    try:
        load_spec(path)
    except SpecError as refused:
        return 1, str(refused)
    return 0, ""


def _generator(*command: str) -> Callable[[Path, Path], tuple[int, str]]:
    def run(path: Path, tmp_path: Path) -> tuple[int, str]:
        args = [a.replace("SPEC", str(path)).replace("OUT", str(tmp_path / "out")) for a in command]
        result = run_cli(*args)
        return result.returncode, result.stderr

    return run


ENTRY_POINTS = {
    "generator-validate": _generator("validate", "SPEC", "--doc-tables", "", "--evidence", ""),
    "generator-generate": _generator("generate", "--spec", "SPEC", "-o", "OUT"),
    "generator-publish": _generator("publish", "--spec", "SPEC", "--doc-tables", "", "-o", "OUT"),
    "modelarts-spec-validate": _spec_cli,
    "modelarts-mock-start": _mock,
}


@pytest.mark.slow
@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
@pytest.mark.parametrize(("name", "old", "new"), MALFORMED[:2], ids=[m[0] for m in MALFORMED[:2]])
def test_every_entry_point_answers_malformed_structure_with_diagnostics(tmp_path: Path, entry: str, name: str, old: str, new: str) -> None:
    root, _ = malformed(tmp_path, old, new)
    code, stderr = ENTRY_POINTS[entry](root, tmp_path)
    assert code == 1, stderr
    assert "openapi-invalid" in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "out").exists()  # nothing written from a spec that is not valid
