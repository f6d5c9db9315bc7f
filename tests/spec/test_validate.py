"""`validate`: the committed spec is clean, and each kind of breakage is caught at the right pointer and line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from modelarts_spec.diagnostics import InputError, Level
from modelarts_spec.loader import load_openapi, load_yaml, parse_yaml
from modelarts_spec.validate import validate

from generator.manual.compare import manual_rules
from tests.support import DOC_TABLES, ROOT, line_of, run_cli
from tests.support.spec_tree import edit, file_with, spec_copy, spec_text


def broken(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    """A copy of the spec tree with one edit: its root, and the file the edit is in."""
    root = spec_copy(tmp_path)
    return root, edit(root, old, new)


def errors_of(root: Path) -> list:  # type: ignore[type-arg]
    return [d for d in validate(load_openapi(root), manual_rules(load_yaml(DOC_TABLES))) if d.level is Level.ERROR]


@pytest.mark.slow
def test_committed_spec_is_clean() -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert "spec is valid" in result.stderr


MISTYPED = (  # ShowServiceSpecifications' constructed example (other pages' examples have a total_count: 2 too)
    "                  value:\n                    total_count: 2\n                    count: 2\n",
    "                  value:\n                    total_count: two\n                    count: 2\n",
)


@pytest.mark.slow
def test_mistyped_example_is_reported_at_its_pointer_and_line(tmp_path: Path) -> None:
    root, file = broken(tmp_path, *MISTYPED)
    [error] = errors_of(root)
    assert error.code == "example-invalid"
    assert (
        error.pointer
        == "/paths/~1v1~1{project_id}~1services~1specifications/get/responses/200/content/application~1json/examples/constructed/value/total_count"
    )
    assert (error.file, error.line) == (str(file), line_of(file, "total_count: two"))
    assert "'two' is not of type 'integer'" in error.message


@pytest.mark.slow
def test_a_parameter_example_is_checked_against_its_schema(tmp_path: Path) -> None:
    """Parameters sit in lists, which the spec walk does not yield as objects: their examples were never checked."""
    old = "          schema:\n            type: integer\n            format: int64\n          example: 10\n      responses:\n"
    root = spec_copy(tmp_path)
    file = edit(root, old, old.replace("example: 10", "example: '10'"), first=True)
    [error] = errors_of(root)
    assert error.code == "example-invalid" and error.pointer.endswith("/parameters/1/example")
    assert error.line == line_of(file, "example: '10'") and "'10' is not of type 'integer'" in error.message


def test_dangling_ref_is_reported_at_the_ref(tmp_path: Path) -> None:
    root, file = broken(tmp_path, "$ref: '#/components/schemas/PoolTag'\n", "$ref: '#/components/schemas/PoolTagz'\n")
    errors = errors_of(root)
    dangling = [e for e in errors if e.code == "ref-dangling"]
    assert len(dangling) == 1
    assert dangling[0].pointer == "/components/schemas/PoolTagList/properties/tags/items/$ref"
    assert (dangling[0].file, dangling[0].line) == (str(file), line_of(file, "PoolTagz"))
    # the schema it should have pointed at is now unused, and that is reported too
    assert [e.pointer for e in errors if e.code == "component-unused"] == ["/components/schemas/PoolTag"]


@pytest.mark.slow
def test_missing_manual_field_is_reported_against_its_schema(tmp_path: Path) -> None:
    root, file = broken(tmp_path, "        pooHighAvailable:\n", "        pooHighAvailableX:\n")
    [error] = errors_of(root)
    assert error.code == "doc-field-missing"
    assert error.pointer == "/components/schemas/OsConfig"
    assert (error.file, error.line) == (str(file), line_of(file, "    OsConfig:"))
    assert "ShowOsConfig 200 body pooHighAvailable (Boolean)" in error.message
    assert "doc-tables.yaml#/sections/" in (error.hint or "")


@pytest.mark.slow
def test_type_contradiction_needs_a_deviation_with_the_manual_type(tmp_path: Path) -> None:
    # PoolStatusResources.available is an array in the spec but "PoolResourceFlavorCount object" in the manual;
    # only the x-doc-deviation's doc-type keeps that from being an error.
    assert spec_text().count("doc-type: PoolResourceFlavorCount object") == 4
    root, _ = broken(tmp_path, "doc-type: PoolResourceFlavorCount object", "doc-type: Something else")
    [error] = errors_of(root)
    assert error.code == "doc-type-mismatch"
    assert error.pointer.startswith("/components/schemas/PoolStatusResources/properties/")


@pytest.mark.slow
def test_missing_status_and_parameter_required_ness(tmp_path: Path) -> None:
    root, _ = broken(
        tmp_path,
        "          description: Training job id, as returned by the training job list.\n",
        "          description: Training job id, as returned by the training job list.\n          x-ignored: 1\n",
    )
    assert [e.code for e in errors_of(root)] == ["extension-unknown"]
    spec_copy(tmp_path)  # undo that edit
    file = file_with("name: node_id", root)
    text = file.read_text(encoding="utf-8")
    node_id = text.index("name: node_id")
    required_at = text.index("required: false", node_id)
    file.write_text(text[:required_at] + "required: true" + text[required_at + len("required: false") :], encoding="utf-8")
    assert [e.code for e in errors_of(root)] == ["doc-required-changed"]


@pytest.mark.slow
def test_operation_without_security_or_example(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    file = file_with("operationId: ShowOsQuota", root)
    text = file.read_text(encoding="utf-8")
    start = text.index("operationId: ShowOsQuota")
    sec = text.index("      security:\n        - iamToken: []\n        - akskSignature: []\n", start)
    file.write_text(
        text[:sec] + text[sec + len("      security:\n        - iamToken: []\n        - akskSignature: []\n") :], encoding="utf-8"
    )
    errors = errors_of(root)
    assert [e.code for e in errors] == ["operation-incomplete"]
    assert "has no security" in errors[0].message


@pytest.mark.slow
def test_deviation_shape_is_checked(tmp_path: Path) -> None:
    root, _ = broken(tmp_path, "            chosen: An optional query parameter named `Content-Type`.\n", "")
    [error] = errors_of(root)
    assert error.code == "deviation-shape" and "'chosen'" in error.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("openapi: 3.0.3\ninfo: [unclosed\n", "malformed YAML"),
        ("\xff\xfe", "not UTF-8"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content.encode("latin-1"))
    result = run_cli("validate", str(path))
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreadable_file_gives_a_one_line_error(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "missing.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error[file-unreadable] {tmp_path / 'missing.yaml'}: no such file"


def test_malformed_yaml_line_is_reported() -> None:
    with pytest.raises(InputError) as caught:
        parse_yaml("a: 1\nb: [\nc: 2\n", "x.yaml")
    diagnostic = caught.value.diagnostic
    assert diagnostic.file == "x.yaml" and diagnostic.line == 4  # where PyYAML noticed: the end of the text
    assert "while parsing a flow sequence at line 2" in diagnostic.message  # where the unclosed '[' is


@pytest.mark.slow
def test_json_output(tmp_path: Path) -> None:
    root, file = broken(tmp_path, *MISTYPED)
    result = run_cli("--format", "json", "validate", str(root))
    assert result.returncode == 1
    [found] = json.loads(result.stderr)
    assert (found["code"], found["file"], found["line"]) == ("example-invalid", str(file), line_of(file, "total_count: two"))


@pytest.mark.slow
def test_manual_enum_and_bounds_must_be_in_the_spec(tmp_path: Path) -> None:
    # controlMode: the manual's enum of single flags is only accepted because the deviation records it
    root, _ = broken(tmp_path, "            doc-enum: ['0', '1', '2', '4', '8', '16']\n", "")
    [error] = errors_of(root)
    assert error.code == "doc-enum-mismatch" and "controlMode" in error.message
    assert error.pointer == "/components/schemas/PoolSpecModel/properties/controlMode"
    # ShowPoolMonitor: "JSON数组大小不超过20" is maxItems 20
    assert spec_text().count("maxItems: 20") == 1
    spec_copy(tmp_path)  # undo that edit
    edit(root, "maxItems: 20", "maxItems: 30")
    [error] = errors_of(root)
    assert error.code == "doc-bound-mismatch" and "maxItems 20" in error.message


@pytest.mark.slow
def test_duplicate_yaml_key_is_an_error(tmp_path: Path) -> None:
    root, file = broken(
        tmp_path, "        pooHighAvailable:\n", "        networkQuota:\n          type: string\n        pooHighAvailable:\n"
    )
    found = [(e.code, e.pointer, e.file, e.line) for e in errors_of(root)]
    pointer = "/components/schemas/OsConfig/properties/networkQuota"
    second = line_of(file, "        pooHighAvailable:") - 2  # the repeated key, just above the edit's anchor
    assert ("yaml-duplicate-key", pointer, str(file), second) in found


@pytest.mark.slow
def test_request_example_query_parameter_must_be_declared(tmp_path: Path) -> None:
    root, _ = broken(
        tmp_path, "        - name: Content-Type\n          in: query\n", "        - name: Content-Type\n          in: header\n"
    )
    messages = [e.message for e in errors_of(root) if e.code == "doc-field-missing"]
    assert messages == [
        "ShowObsUrlOfTrainingJobLogs: the manual's request example sends query parameter 'Content-Type', the spec does not declare it"
    ]


@pytest.mark.slow
def test_openapi_structure_errors_inside_schemas_get_the_full_pointer(tmp_path: Path) -> None:
    root, file = broken(
        tmp_path,
        "          description: Human-readable error message.\n",
        "          description: Human-readable error message.\n          minLength: many\n",
    )
    errors = [e for e in errors_of(root) if e.code == "openapi-invalid"]
    assert errors, "a non-integer minLength must be rejected"
    # the library reports the enclosing schema too; the precise error carries the full pointer and its line
    [precise] = [e for e in errors if e.pointer == "/components/schemas/ModelArtsError/properties/error_msg/minLength"]
    assert (precise.file, precise.line) == (str(file), line_of(file, "minLength: many"))


def test_failed_transcription_leaves_the_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "doc-tables.yaml"
    out.write_text("previous content\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a manual\n", encoding="utf-8")
    assert run_cli("transcribe", str(notes), "-o", str(out)).returncode == 2
    assert out.read_text(encoding="utf-8") == "previous content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc-tables.yaml", "notes.txt"]


@pytest.mark.slow
def test_the_module_entry_point_runs_the_same_cli() -> None:
    """Everything else calls the CLI in-process; this once goes through `python -m generator` itself."""
    result = subprocess.run([sys.executable, "-m", "generator", "validate"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr.strip()) == (0, "spec is valid")
