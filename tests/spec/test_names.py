"""Names that become code or wire identifiers (`modelarts_spec.names`): header and parameter names, tags,
property names. Each hostile name is refused at its pointer and line; the committed spec's real names pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_spec.diagnostics import Level
from modelarts_spec.loader import load_openapi
from modelarts_spec.validate import validate

from tests.support import SPEC, line_of
from tests.support.spec_tree import edit, spec_copy

INJECTION = 'X-A" + __import__("os").system("id") + "'


def errors_in(tmp_path: Path, old: str, new: str, first: bool = False) -> tuple[Path, list]:  # type: ignore[type-arg]
    """The file of a spec tree copy that got the edit (the first holding `old` when `first`), and the copy's errors."""
    root = spec_copy(tmp_path)
    file = edit(root, old, new, first=first)
    return file, [d for d in validate(load_openapi(root)) if d.level is Level.ERROR]


@pytest.mark.slow
def test_the_committed_spec_names_pass() -> None:
    codes = {d.code for d in validate(load_openapi(SPEC))}
    assert not codes & {
        "parameter-name-invalid",
        "tag-invalid",
        "tag-undeclared",
        "property-name-invalid",
        "property-name-collision",
        "schema-name-collision",
    }


@pytest.mark.slow
def test_a_header_parameter_name_that_is_code_is_refused(tmp_path: Path) -> None:
    path, errors = errors_in(tmp_path, "        - name: X-ModelArts-User-ID\n", f"        - name: '{INJECTION}'\n")
    [error] = [e for e in errors if e.code == "parameter-name-invalid"]
    assert error.pointer == "/paths/~1v2~1{project_id}~1pools~1{pool_name}/get/parameters/2/name"
    assert (error.file, error.line) == (str(path), line_of(path, "__import__"))
    assert "RFC 9110 token" in error.message


@pytest.mark.slow
@pytest.mark.parametrize("name", ["work space", "1st", "a;b", "ws'id"])
def test_a_query_parameter_name_must_be_a_plain_name(tmp_path: Path, name: str) -> None:
    _, errors = errors_in(tmp_path, "        - name: workspaceId\n", f'        - name: "{name}"\n', first=True)
    assert [e.code for e in errors if e.code == "parameter-name-invalid"] == ["parameter-name-invalid"]


@pytest.mark.slow
def test_an_operation_tag_holding_code_is_refused(tmp_path: Path) -> None:
    path, errors = errors_in(tmp_path, "      tags: [services]\n", f"      tags: ['{INJECTION}']\n")
    [error] = [e for e in errors if e.code == "tag-invalid"]
    assert error.pointer == "/paths/~1v1~1{project_id}~1services~1specifications/get/tags/0"
    assert (error.file, error.line) == (str(path), line_of(path, "__import__"))


@pytest.mark.slow
def test_an_operation_tag_must_be_declared(tmp_path: Path) -> None:
    _, errors = errors_in(tmp_path, "      tags: [services]\n", "      tags: [widgets]\n")
    [error] = [e for e in errors if e.code == "tag-undeclared"]
    assert error.pointer == "/paths/~1v1~1{project_id}~1services~1specifications/get/tags/0"
    assert "'widgets'" in error.message


@pytest.mark.slow
@pytest.mark.parametrize("twin", ["Key", "KEY", "k_ey", "k-e.y"])
def test_properties_that_fold_to_one_name_are_refused(tmp_path: Path, twin: str) -> None:
    old = "      properties:\n        key:\n          type: string\n          description: Tag key.\n"
    path, errors = errors_in(tmp_path, old, old + f"        {twin}:\n          type: string\n")
    [error] = [e for e in errors if e.code == "property-name-collision"]
    assert error.pointer == f"/components/schemas/PoolUserTag/properties/{twin}"
    assert (error.file, error.line) == (str(path), line_of(path, f"        {twin}:"))


@pytest.mark.slow
def test_schemas_that_fold_to_one_module_are_refused(tmp_path: Path) -> None:
    # GPUInfo beside GpuInfo was once both `gpu_info.py`: the client lost one class
    old = "    GpuInfo:\n"
    path, errors = errors_in(tmp_path, old, "    GPUInfo:\n      type: object\n" + old)
    [error] = [e for e in errors if e.code == "schema-name-collision"]
    assert error.pointer == "/components/schemas/GpuInfo"
    assert (error.file, error.line) == (str(path), line_of(path, "    GpuInfo:"))


@pytest.mark.slow
def test_a_schema_name_made_from_a_table_title_is_refused(tmp_path: Path) -> None:
    path, errors = errors_in(tmp_path, "    GpuInfo:\n", "    '**gpu** parameters':\n      type: object\n    GpuInfo:\n")
    [error] = [e for e in errors if e.code == "schema-name-invalid"]
    assert error.pointer == "/components/schemas/**gpu** parameters"
    assert (error.file, error.line) == (str(path), line_of(path, "'**gpu** parameters':"))


@pytest.mark.slow
def test_a_property_name_with_a_quote_is_refused(tmp_path: Path) -> None:
    old = "      properties:\n        key:\n          type: string\n          description: Tag key.\n"
    _, errors = errors_in(tmp_path, old, old + "        'a\"b':\n          type: string\n")
    assert [e.pointer for e in errors if e.code == "property-name-invalid"] == ['/components/schemas/PoolUserTag/properties/a"b']


@pytest.mark.slow
def test_a_response_header_name_must_be_a_token(tmp_path: Path) -> None:
    old = "          description: The deployment specifications.\n"
    header = "          headers:\n            'X-Bad Header':\n              schema:\n                type: string\n"
    _, errors = errors_in(tmp_path, old, old + header)
    [error] = [e for e in errors if e.code == "parameter-name-invalid"]
    assert error.pointer.endswith("/responses/200/headers/X-Bad Header")
