"""The spec split into a root and part files (`x-parts`, modelarts_spec/parts.py): the merged document is what
each file says, a diagnostic inside a part names the part, its pointer and line, and a hostile layout is a
clear `spec-part-invalid` InputError (exit 2 from both `validate` commands), never a traceback.

Nothing here assumes which parts exist or what they hold: the layout is read from the committed root, and
the cases that need a part of their own add one (`parts/extra.yaml`) to a copy of the tree.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from modelarts_spec import cli as spec_cli
from modelarts_spec import diff as spec_diff
from modelarts_spec.diagnostics import Diagnostic, InputError, pointer_join
from modelarts_spec.loader import load_openapi, load_yaml
from modelarts_spec.parts import MAX_PARTS
from modelarts_spec.validate import validate

from tests.support import SPEC, line_of, run_cli, yaml_text
from tests.support.spec_tree import spec_copy, spec_files

EXTRA = "parts/extra.yaml"


def committed_parts() -> list[str]:
    listed: list[str] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["x-parts"]
    return listed


def entries(part: dict[str, Any]) -> list[str]:
    """Pointers of the entries a part (or the root) defines: /paths/<path>, /components/<kind>/<name>."""
    found = [pointer_join("/paths", path) for path in part.get("paths") or {}]
    for kind, names in (part.get("components") or {}).items():
        found += [pointer_join("/components", kind, name) for name in names or {}]
    return found


def at(data: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        data = data[token.replace("~1", "/").replace("~0", "~")]
    return data


def with_parts(tmp_path: Path, listed: Any, files: dict[str, str] | None = None) -> Path:
    """A copy of the spec tree whose root lists `listed` under `x-parts`, with `files` (relative path → text)
    written beside it. The root is rewritten by yaml, `x-parts` as a block list of one entry a line."""
    root = spec_copy(tmp_path / "spec")
    data = yaml.safe_load(root.read_text(encoding="utf-8"))
    data["x-parts"] = listed
    root.write_text(yaml_text(data, sort_keys=False, allow_unicode=True, width=10_000), encoding="utf-8")
    for name, text in (files or {}).items():
        (root.parent / name).parent.mkdir(parents=True, exist_ok=True)
        (root.parent / name).write_text(text, encoding="utf-8")
    return root


def refusal(root: Path) -> Diagnostic:
    with pytest.raises(InputError) as refused:
        load_openapi(root)
    return refused.value.diagnostic


def parts_line(root: Path, index: int | None = None) -> int:
    """Line of `x-parts` in the rewritten root, or of its entry `index` (a block list: one entry a line)."""
    line = line_of(root, "x-parts:")
    return line if index is None else line + 1 + index


# ------------------------------------------------------------------ the merged document


@pytest.mark.slow
def test_the_merged_spec_is_what_each_file_says(spec_doc: Any) -> None:
    files = spec_files()
    assert spec_doc.files == [str(SPEC), *(str(SPEC.parent / name) for name in committed_parts())]
    assert len(files) >= 2 and "x-parts" not in spec_doc.data
    root = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    defined = {pointer: SPEC for pointer in entries(root)}
    for path in files[1:]:
        part = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(part) <= {"paths", "components"}, path
        for pointer in entries(part):
            assert pointer not in defined, f"{pointer} in {path} and {defined[pointer]}"
            defined[pointer] = path
            assert at(spec_doc.data, pointer) == at(part, pointer), pointer
    # nothing lost, nothing added: the merged entries are exactly the files' entries, each owned by its file
    assert sorted(entries(spec_doc.data)) == sorted(defined)
    assert {pointer: spec_doc.file_of(pointer) for pointer in defined} == {p: str(f) for p, f in defined.items()}
    for key, value in root.items():  # the root's own settings as written (its paths and components extended)
        if key not in ("x-parts", "paths", "components"):
            assert spec_doc.data[key] == value, key


def test_each_entry_has_the_lines_of_its_own_file(spec_doc: Any) -> None:
    for path in spec_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        alone = load_yaml(path)  # the file read by itself: its own line map
        owned = entries(alone.data)
        for pointer in owned:
            name = pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
            line = spec_doc.line_of(pointer)
            assert spec_doc.file_of(pointer) == str(path) and lines[line - 1].strip().rstrip(":").strip("'\"") == name, pointer
        heads = set(owned)  # an entry is /paths/<path> or /components/<kind>/<name>: 3 or 4 tokens of a pointer
        inside = {p: n for p, n in alone.lines.items() if {"/".join(p.split("/")[:3]), "/".join(p.split("/")[:4])} & heads}
        assert inside and {p: spec_doc.lines[p] for p in inside} == inside, path


def test_parts_are_named_as_the_root_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """`make validate` gives `spec/modelarts.yaml`: a diagnostic in a part says `spec/parts/….yaml`, not an absolute path."""
    monkeypatch.chdir(SPEC.parent.parent)
    doc = load_openapi("spec/modelarts.yaml")
    assert doc.files == ["spec/modelarts.yaml", *(f"spec/{name}" for name in committed_parts())]


def test_containers_belong_to_the_root() -> None:
    """`/paths` and `/components/schemas` are the root's, with the root's lines, whatever the parts hold."""
    doc = load_openapi(SPEC)
    for pointer, needle in (("/paths", "paths:"), ("/components", "components:")):
        assert (doc.file_of(pointer), doc.line_of(pointer)) == (str(SPEC), line_of(SPEC, needle))


def test_a_kind_only_a_part_has_keeps_file_and_line_together(tmp_path: Path) -> None:
    """A component kind the root lacks: its container is the root's to name (a line of the part with the
    root's file would point at nothing); the entry inside is the part's."""
    root_kinds = set(yaml.safe_load(SPEC.read_text(encoding="utf-8")).get("components") or {})
    kind = next(k for k in ("requestBodies", "examples", "links", "callbacks", "headers") if k not in root_kinds)
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: f"components:\n  {kind}:\n    PartThing: {{}}\n"})
    doc = load_openapi(root)
    container, entry = f"/components/{kind}", f"/components/{kind}/PartThing"
    assert (doc.file_of(container), doc.line_of(container)) == (str(root), line_of(root, "components:"))
    assert (doc.file_of(entry), doc.line_of(entry)) == (str(root.parent / EXTRA), 3)


@pytest.mark.slow
def test_a_spec_in_one_file_and_the_same_spec_in_parts_are_one_document(tmp_path: Path, spec_doc: Any) -> None:
    one = tmp_path / "one.yaml"
    one.write_text(yaml_text(spec_doc.data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert load_openapi(one).data == spec_doc.data
    assert spec_diff.diff(load_openapi(one), spec_doc) == []
    assert run_cli("diff", str(one), str(SPEC), "--fail-on-breaking").returncode == 0


@pytest.mark.slow
def test_the_root_keeps_its_own_paths_and_a_part_extends_its_component_kinds(tmp_path: Path) -> None:
    """The root may hold paths of its own and a component kind the parts add to (both stay where written)."""
    shared = next(p for p in entries(yaml.safe_load(SPEC.read_text(encoding="utf-8"))) if p.startswith("/components/"))
    kind = shared.split("/")[2]
    extra = f"components:\n  {kind}:\n    PartAddition:\n      type: object\n"
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: extra})
    data = yaml.safe_load(root.read_text(encoding="utf-8"))
    first_path = next(iter(load_openapi(SPEC).data["paths"]))
    data["paths"] = {"/v1/{project_id}/root-own": load_openapi(SPEC).data["paths"][first_path]}
    root.write_text(yaml_text(data, sort_keys=False, allow_unicode=True, width=10_000), encoding="utf-8")
    doc = load_openapi(root)
    own = "/paths/~1v1~1{project_id}~1root-own"
    added = f"/components/{kind}/PartAddition"
    assert (doc.file_of(own), doc.line_of(own)) == (str(root), line_of(root, "/v1/{project_id}/root-own:"))
    assert (doc.file_of(shared), doc.line_of(shared)) == (str(root), line_of(root, f"    {shared.split('/')[3]}:"))
    assert (doc.file_of(added), doc.line_of(added)) == (str(root.parent / EXTRA), 3)
    assert next(iter(doc.data["paths"])) == "/v1/{project_id}/root-own"  # the root's entries first, then the parts'
    assert list(doc.data["components"][kind])[-1] == "PartAddition"


# ------------------------------------------------------------------ diagnostics inside a part

DUPLICATED = """\
components:
  schemas:
    PartTestThing:
      type: object
      description: Used by no operation.
      properties:
        size:
          type: string
        size:
          type: integer
"""


@pytest.mark.slow
def test_validate_names_the_part_its_pointer_and_line(tmp_path: Path) -> None:
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: DUPLICATED})
    found = {(d.code, d.pointer): d for d in validate(load_openapi(root))}
    extra = str(root.parent / EXTRA)
    duplicate = found["yaml-duplicate-key", "/components/schemas/PartTestThing/properties/size"]
    assert (duplicate.file, duplicate.line) == (extra, 9)
    unused = found["component-unused", "/components/schemas/PartTestThing"]
    assert (unused.file, unused.line) == (extra, 3)
    assert all(d.file != str(root) for d in found.values())  # nothing blamed on the root


@pytest.mark.slow
@pytest.mark.parametrize("side", ["new", "old"])
def test_diff_names_the_part_its_pointer_and_line(tmp_path: Path, side: str) -> None:
    plain = spec_copy(tmp_path / "plain")
    extended = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: DUPLICATED.replace("        size:\n          type: string\n", "")})
    old, new = (plain, extended) if side == "new" else (extended, plain)
    [change] = spec_diff.diff(load_openapi(old), load_openapi(new))
    assert change.kind == ("schema-added" if side == "new" else "schema-removed")
    assert (change.file, change.pointer, change.line) == (str(extended.parent / EXTRA), "/components/schemas/PartTestThing", 3)


def test_a_key_repeated_outside_a_parts_entries_is_refused_at_its_line(tmp_path: Path) -> None:
    """`paths:` twice in a part: YAML would keep only the second half of the part, silently."""
    twice = "paths: {}\ncomponents:\n  schemas:\n    A: {type: object}\npaths: {}\n"
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: twice})
    found = refusal(root)
    assert (found.code, found.file, found.pointer, found.line) == ("spec-part-invalid", str(root.parent / EXTRA), "/paths", 5)


# ------------------------------------------------------------------ hostile layouts


def _outside(tmp_path: Path) -> str:
    (tmp_path / "outside.yaml").write_text("components:\n  schemas:\n    Outside: {type: object}\n", encoding="utf-8")
    os.symlink(tmp_path / "outside.yaml", tmp_path / "spec" / "parts" / "link.yaml")
    return "parts/link.yaml"


def _loop(tmp_path: Path) -> str:
    parts = tmp_path / "spec" / "parts"
    os.symlink(parts / "loop-b.yaml", parts / "loop-a.yaml")
    os.symlink(parts / "loop-a.yaml", parts / "loop-b.yaml")
    return "parts/loop-a.yaml"


def _same_file(tmp_path: Path) -> str:
    first = committed_parts()[0]
    os.symlink(tmp_path / "spec" / first, tmp_path / "spec" / "parts" / "again.yaml")
    return "parts/again.yaml"


# (case, what x-parts becomes given the committed list and the tmp folder, index refused or None for x-parts
# itself, words of the message)
LISTS: list[tuple[str, Any, int | None, str]] = [
    ("not a list", lambda parts, _: parts[0], None, "must be a list of 1 to"),
    ("a mapping", lambda parts, _: {"a": parts[0]}, None, "found a mapping"),
    ("empty", lambda parts, _: [], None, "found 0 entries"),
    ("too many", lambda parts, _: parts + [f"parts/p{n}.yaml" for n in range(MAX_PARTS + 1 - len(parts))], None, f"1 to {MAX_PARTS}"),
    ("not a string", lambda parts, _: [*parts, 7], -1, "found 7"),
    ("empty name", lambda parts, _: [*parts, ""], -1, "found ''"),
    ("absolute", lambda parts, tmp: [*parts, str(tmp / "spec" / parts[0])], -1, "relative path inside the spec's folder"),
    ("dot-dot", lambda parts, _: [*parts, "../outside.yaml"], -1, "relative path inside"),
    ("dot-dot inside", lambda parts, _: [*parts, f"parts/../{parts[0]}"], -1, "relative path inside"),
    ("backslash", lambda parts, _: [*parts, parts[0].replace("/", "\\")], -1, "relative path inside"),
    ("NUL", lambda parts, _: [*parts, "parts/a\x00.yaml"], -1, "relative path inside"),
    ("very long", lambda parts, _: [*parts, "p" * 5000 + ".yaml"], -1, "relative path inside"),
    ("symlink out", lambda parts, tmp: [*parts, _outside(tmp)], -1, "resolves outside the spec's folder"),
    ("symlink loop", lambda parts, tmp: [*parts, _loop(tmp)], -1, "resolves outside the spec's folder"),
    ("missing", lambda parts, _: [*parts, "parts/missing.yaml"], -1, "no such file"),
    ("a folder", lambda parts, _: [*parts, "parts"], -1, "no such file"),
    ("listed twice", lambda parts, _: [*parts, parts[0]], -1, "listed twice"),
    ("listed twice, spelt otherwise", lambda parts, _: [*parts, "./" + parts[0]], -1, "listed twice"),
    ("listed twice, through a symlink", lambda parts, tmp: [*parts, _same_file(tmp)], -1, "listed twice"),
]


@pytest.mark.parametrize(("case", "listed", "index", "words"), LISTS, ids=[c[0] for c in LISTS])
def test_a_hostile_parts_list_is_refused_at_its_entry(tmp_path: Path, case: str, listed: Any, index: int | None, words: str) -> None:
    spec_copy(tmp_path / "spec")  # the folder the cases' symlinks go in
    value = listed(committed_parts(), tmp_path)
    root = with_parts(tmp_path, value)
    found = refusal(root)
    position = None if index is None else len(value) + index
    pointer = "/x-parts" if position is None else f"/x-parts/{position}"
    assert (found.code, found.file, found.pointer, found.line) == ("spec-part-invalid", str(root), pointer, parts_line(root, position))
    assert words in found.message and found.hint


# (case, the extra part's text, pointer refused, line, words of the message)
PARTS: list[tuple[str, str, str, int | None, str]] = [
    ("a list", "- paths\n- components\n", "", 1, "found a list"),
    ("a scalar", "just text\n", "", 1, "found a string"),
    ("empty", "# nothing\n", "", None, "found an empty document"),  # no line to point at
    ("an empty mapping", "{}\n", "", 1, "found an empty mapping"),
    ("another key", "paths: {}\ninfo:\n  title: x\n", "/info", 2, "found 'info'"),
    ("its own parts", "x-parts: [parts/extra.yaml]\n", "/x-parts", 1, "found 'x-parts'"),
    ("paths a list", "paths: [1]\n", "/paths", 1, "must be a mapping, found a list"),
    ("components a scalar", "components: 3\n", "/components", 1, "must be a mapping, found a number"),
    ("a kind a list", "components:\n  schemas: [1]\n", "/components/schemas", 2, "mapping of names, found a list"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "pointer", "line", "words"), PARTS, ids=[c[0] for c in PARTS])
def test_a_malformed_part_is_refused_at_its_pointer(
    tmp_path: Path, case: str, text: str, pointer: str, line: int | None, words: str
) -> None:
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: text})
    found = refusal(root)
    assert (found.code, found.file, found.pointer, found.line) == ("spec-part-invalid", str(root.parent / EXTRA), pointer, line)
    assert words in found.message


@pytest.mark.slow
def test_an_entry_defined_in_two_parts_names_both_files(tmp_path: Path) -> None:
    spec = load_openapi(SPEC)
    path = next(iter(spec.data["paths"]))
    item = yaml_text({"paths": {path: spec.data["paths"][path]}}, sort_keys=False, allow_unicode=True)
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: item})
    found = refusal(root)
    pointer = pointer_join("/paths", path)
    first = root.parent / Path(spec.file_of(pointer)).relative_to(SPEC.parent)
    assert (found.code, found.file, found.pointer, found.line) == ("spec-part-invalid", str(root.parent / EXTRA), pointer, 2)
    assert f"defined twice: here and in {first}" in found.message and first != root


def test_an_entry_of_the_root_defined_again_in_a_part_names_the_root(tmp_path: Path) -> None:
    shared = next(p for p in entries(yaml.safe_load(SPEC.read_text(encoding="utf-8"))) if p.startswith("/components/"))
    _, _, kind, name = shared.split("/")
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: f"components:\n  {kind}:\n    {name}:\n      type: object\n"})
    found = refusal(root)
    assert (found.code, found.file, found.pointer, found.line) == ("spec-part-invalid", str(root.parent / EXTRA), shared, 3)
    assert f"defined twice: here and in {root}" in found.message


@pytest.mark.parametrize(("section", "value"), [("paths", [1]), ("components", "x")])
def test_a_root_section_the_parts_cannot_join_is_refused_at_the_root(tmp_path: Path, section: str, value: Any) -> None:
    root = with_parts(tmp_path, committed_parts())
    data = yaml.safe_load(root.read_text(encoding="utf-8"))
    data[section] = value
    root.write_text(yaml_text(data, sort_keys=False, allow_unicode=True, width=10_000), encoding="utf-8")
    found = refusal(root)
    assert (found.code, found.file, found.pointer, found.line) == (
        "spec-part-invalid",
        str(root),
        f"/{section}",
        line_of(root, f"{section}:"),
    )


@pytest.mark.slow
def test_a_part_past_the_size_limit_is_refused_by_name_without_being_read_whole(tmp_path: Path) -> None:
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: ""})
    with open(root.parent / EXTRA, "wb") as sparse:  # a hole: no disk space, and read only up to the limit
        sparse.truncate((64 << 20) + 1)
    found = refusal(root)
    assert (found.code, found.file) == ("file-too-large", str(root.parent / EXTRA))


def test_a_part_nested_past_the_limit_is_refused_at_its_line(tmp_path: Path) -> None:
    deep = "paths:\n  /x:\n    get: " + "[" * 10_000 + "]" * 10_000 + "\n"
    root = with_parts(tmp_path, [*committed_parts(), EXTRA], {EXTRA: deep})
    found = refusal(root)
    assert (found.code, found.file, found.line) == ("yaml-unsafe", str(root.parent / EXTRA), 3)
    assert "nest" in found.message


def _generator_validate(root: Path) -> tuple[int, str]:
    result = run_cli("validate", str(root), "--doc-tables", "", "--evidence", "")
    return result.returncode, result.stderr


def _spec_validate(root: Path) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = spec_cli.main(["validate", str(root)])
    return code, stderr.getvalue()


@pytest.mark.slow  # CLIs in subprocesses
@pytest.mark.parametrize("command", [_generator_validate, _spec_validate], ids=["generator validate", "modelarts-spec validate"])
@pytest.mark.parametrize(("case", "listed", "index", "words"), LISTS, ids=[c[0] for c in LISTS])
def test_both_validate_commands_exit_2_with_one_line(
    tmp_path: Path, command: Any, case: str, listed: Any, index: int | None, words: str
) -> None:
    spec_copy(tmp_path / "spec")
    root = with_parts(tmp_path, listed(committed_parts(), tmp_path))
    code, stderr = command(root)
    assert code == 2, stderr
    assert stderr.startswith(f"error[spec-part-invalid] {root}#/x-parts") and "Traceback" not in stderr
    assert words in stderr.splitlines()[0] and stderr.splitlines()[1].startswith("    hint: ")
