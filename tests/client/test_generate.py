"""python -m generator generate: deterministic, atomic, exactly the expected changes, and check-client catches hand edits."""

from __future__ import annotations

import ast
import inspect
import re
import shutil
import subprocess
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from modelarts_spec.diagnostics import has_errors
from modelarts_spec.loader import load_openapi, load_yaml
from modelarts_spec.openapi import operations, parameters

from generator.client import generate, literals
from tests.support import ROOT, SPEC, operation_ids, run_cli
from tests.support.spec_tree import defining_file, spec_data, write_tree

COMMITTED = ROOT / "generated" / "modelarts-client"


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not any(part == "__pycache__" or part.endswith(".egg-info") for part in p.parts)
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "modelarts-client"
    diagnostics = generate.generate(SPEC, out)
    assert not has_errors(diagnostics), diagnostics
    return out


@pytest.mark.slow
def test_committed_client_is_fresh_and_generation_is_byte_identical(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "modelarts-client"
    assert not has_errors(generate.generate(SPEC, again))
    assert tree(again) == tree(fresh)
    assert tree(fresh) == tree(COMMITTED)


@pytest.mark.slow
def test_no_junk_and_runtime_copied_verbatim(fresh: Path) -> None:
    names = {p.name for p in fresh.rglob("*")}
    assert not names & {".ruff_cache", "__pycache__", ".gitignore"}
    assert not [p for p in fresh.parent.iterdir() if p.name.startswith(".")], "temporary folders left behind"
    for source in (ROOT / "generator" / "client" / "runtime").glob("*.py"):
        assert (fresh / "modelarts_client" / "runtime" / source.name).read_bytes() == source.read_bytes()
    assert {"README.md", "pyproject.toml", "modelarts_client/py.typed", "modelarts_client/facade.py"} <= set(tree(fresh))


def spec_with_a_new_field(tmp_path: Path) -> Path:
    spec = spec_data()
    spec["components"]["schemas"]["PoolTag"]["properties"]["created_by"] = {"type": "string", "description": "Who set the tag."}
    return write_tree(tmp_path / "spec", spec)


@pytest.mark.slow
def test_adding_a_field_changes_exactly_its_model(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "modelarts-client"
    assert not has_errors(generate.generate(spec_with_a_new_field(tmp_path), out))
    before, after = tree(fresh), tree(out)
    assert set(before) == set(after)
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == ["modelarts_client/models/pool_tag.py"]
    assert b"created_by: str | Unset = UNSET" in after["modelarts_client/models/pool_tag.py"]


@pytest.mark.slow
def test_a_failed_generation_leaves_the_previous_client_untouched(fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "modelarts-client"
    shutil.copytree(fresh, out)
    before = tree(out)

    spec = spec_data()
    spec["servers"] = [{"url": "https://example.com/api"}]
    broken = write_tree(tmp_path / "broken", spec)
    diagnostics = generate.generate(broken, out)
    assert [d.code for d in diagnostics] == ["servers-regions"] and diagnostics[0].pointer == "/servers/0"
    assert (diagnostics[0].file, diagnostics[0].line) == (str(broken), load_yaml(broken).line_of("/servers/0"))
    assert tree(out) == before

    monkeypatch.setattr(generate, "RUFF_CONFIG", tmp_path / "missing-ruff.toml")  # fails after everything was rendered
    diagnostics = generate.generate(SPEC, out)
    assert [d.code for d in diagnostics] == ["ruff-failed"]
    assert "missing-ruff.toml" in diagnostics[0].message and diagnostics[0].file is None  # ruff's own words, no deleted path
    assert tree(out) == before

    monkeypatch.setattr(generate, "RUFF_CONFIG", generate.HERE / "ruff-generated.toml")
    monkeypatch.setattr(generate, "run_ruff", lambda package: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError, match="disk full"):
        generate.generate(SPEC, out)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "modelarts-client"]  # no staging folder left


@pytest.mark.slow
def test_openapi_python_client_problems_fail_the_generation(tmp_path: Path) -> None:
    """The tool's own findings are diagnostics (validate would refuse this spec first: see the next test)."""
    spec = spec_data()
    spec["paths"]["/v1/{project_id}/quotas"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Nope"
    }
    broken = write_tree(tmp_path / "broken", spec)
    diagnostics = generate.build(load_openapi(broken), tmp_path / "modelarts-client")
    assert has_errors(diagnostics) and "client-generation" in {d.code for d in diagnostics}
    for diagnostic in diagnostics:  # the tool's text names objects by address: different on every run
        assert not re.search(r"object at 0x[0-9a-fA-F]+", diagnostic.message), diagnostic.message
    assert any("GET /v1/{project_id}/quotas" in d.message for d in diagnostics)


@pytest.mark.slow
def test_an_invalid_spec_is_refused_before_generation_and_nothing_is_written(tmp_path: Path) -> None:
    spec = spec_data()
    del spec["paths"]["/v1/{project_id}/quotas"]["get"]["responses"]["401"]
    broken = write_tree(tmp_path / "broken", spec)
    out = tmp_path / "modelarts-client"
    out.mkdir()
    (out / "kept.txt").write_text("the previous client", encoding="utf-8")
    diagnostics = generate.generate(broken, out)
    assert {d.code for d in diagnostics} == {"error-response-missing"}
    quotas = defining_file("/paths/~1v1~1{project_id}~1quotas", broken)
    assert {d.file for d in diagnostics} == {str(quotas)} and quotas != broken
    assert [p.name for p in out.iterdir()] == ["kept.txt"] and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    result = run_cli("generate", "--spec", str(broken), "-o", str(out))
    assert result.returncode == 1 and "error[error-response-missing]" in result.stderr and "quotas" in result.stderr


def facade_of(spec: dict[str, Any], tmp_path: Path) -> str:
    path = write_tree(tmp_path / "spec", spec)
    out = tmp_path / "modelarts-client"
    diagnostics = generate.generate(path, out)
    assert not has_errors(diagnostics), diagnostics
    return (out / "modelarts_client" / "facade.py").read_text(encoding="utf-8")


@pytest.mark.slow
def test_an_empty_allowed_204_gets_no_page_iterator(tmp_path: Path) -> None:
    """ShowPoolTags with offset/limit: a page may be None (empty 204), so iterating `page.tags` would crash."""
    spec = spec_data()
    page_params = [{"name": name, "in": "query", "required": False, "schema": {"type": "integer"}} for name in ("offset", "limit")]
    spec["paths"]["/v1/{project_id}/pools/{pool_name}/tags"]["get"]["parameters"] += page_params
    facade = facade_of(spec, tmp_path)
    assert "offset: int | None = None" in facade.split("def show_pool_tags", 1)[1]  # the parameters were picked up
    assert "def iter_pool_tags" not in facade
    assert "def iter_service_specifications" in facade


@pytest.mark.slow
def test_offset_and_limit_are_converted_each_by_its_own_type(tmp_path: Path) -> None:
    """A spec may type a paging parameter as a string (the manual does for ShowServiceSpecifications): str(limit) then."""
    spec = spec_data()
    params = spec["paths"]["/v1/{project_id}/services/specifications"]["get"]["parameters"]
    next(p for p in params if p.get("name") == "limit")["schema"] = {"type": "string", "pattern": "^[0-9]+$", "default": "1000"}
    facade = facade_of(spec, tmp_path)
    fetch = facade.split("def iter_service_specifications", 1)[1].split("return iterate", 1)[0]
    assert "offset=offset," in fetch and "limit=str(limit)," in fetch


@pytest.mark.slow
def test_cli_generate_and_its_errors(tmp_path: Path) -> None:
    done = run_cli("generate", "--spec", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "out"))
    assert done.returncode == 2 and "file-unreadable" in done.stderr
    done = run_cli("generate", "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "modelarts_client" / "facade.py").is_file()


def make_check_client(client_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "check-client", f"CLIENT_DIR={client_dir}"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow  # make in a subprocess
def test_check_client_fails_on_a_hand_edit(tmp_path: Path) -> None:
    copy = tmp_path / "modelarts-client"
    shutil.copytree(COMMITTED, copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    assert make_check_client(copy).returncode == 0
    model = copy / "modelarts_client" / "models" / "pool.py"
    model.write_text(model.read_text(encoding="utf-8") + "# tweak\n", encoding="utf-8")
    done = make_check_client(copy)
    assert done.returncode != 0
    assert "+# tweak" not in done.stdout and "-# tweak" in done.stdout  # the diff is shown
    assert "stale or edited by hand" in done.stderr


def test_overrides_keep_the_stock_lines_of_the_pinned_templates() -> None:
    """Each override keeps every non-blank line of the stock template, in order, or of its start up to the line its
    header names after `KEEP-UNTIL:`; a line it replaces on purpose is quoted in the header that says why.
    Re-sync them when openapi-python-client moves."""
    import openapi_python_client

    assert version("openapi-python-client") == "0.29.1"
    stock_dir = Path(openapi_python_client.__file__).parent / "templates"
    templates = ROOT / "generator" / "client" / "templates"
    overrides = sorted(p.relative_to(templates).as_posix() for p in templates.rglob("*.jinja"))
    assert overrides == [
        "endpoint_module.py.jinja",
        "int_enum.py.jinja",
        "model.py.jinja",
        "models_init.py.jinja",
        "package_init.py.jinja",
        "property_templates/enum_property.py.jinja",
        "str_enum.py.jinja",
        "types.py.jinja",
    ]
    for name in overrides:
        text = (templates / name).read_text(encoding="utf-8")
        assert text.startswith("{#- OVERRIDE of openapi-python-client 0.29.1 templates/" + name)
        assert missing_stock_lines(text, (stock_dir / name).read_text(encoding="utf-8")) == [], name


def missing_stock_lines(override: str, stock: str) -> list[str]:
    header = override.split("-#}", 1)[0]
    until = re.search(r"KEEP-UNTIL:(.*)", header)
    stock_lines = stock.splitlines()
    if until:
        stock_lines = stock_lines[: stock_lines.index(until.group(1)[1:]) + 1]
    lines = iter(override.split("-#}", 1)[1].splitlines())
    for line in stock_lines:
        if not line.strip() or line.strip() in header:  # blank, or replaced on purpose and the header says why
            continue
        if not any(mine == line for mine in lines):
            return [line]  # the first stock line missing or moved
    return []


def test_the_override_check_finds_a_dropped_stock_line() -> None:
    stock = "a\nb\nc\nd\n"
    assert missing_stock_lines("{#- h -#}\na\nb\nc\nd\n", stock) == []
    assert missing_stock_lines("{#- h -#}\na\nc\nd\n", stock) == ["b"]
    assert missing_stock_lines("{#- h: b -#}\na\nc\nd\n", stock) == []
    assert missing_stock_lines("{#- KEEP-UNTIL: c\n-#}\na\nb\nc\n", stock) == []
    assert missing_stock_lines("{#- KEEP-UNTIL: c\n-#}\na\nc\n", stock) == ["b"]


@pytest.mark.parametrize("text", ['x" + __import__("os").getcwd() + "', 'a\'b\\\n"""', "\u2028é\x00"])
def test_spec_text_becomes_a_python_literal_that_reads_back_as_the_same_text(text: str) -> None:
    literal = literals.python_literal(text)
    assert ast.literal_eval(literal) == text
    assert isinstance(ast.parse(literal, mode="eval").body, ast.Constant)


@pytest.mark.slow
def test_the_operations_table_names_each_operation_its_facade_method_and_path_arguments() -> None:
    from modelarts_client import ModelArts, TokenAuth
    from modelarts_client.facade import OPERATIONS

    assert sorted(OPERATIONS) == sorted(operation_ids())
    spec = load_openapi(SPEC).data
    with ModelArts(endpoint="http://127.0.0.1:9", project_id="p", auth=TokenAuth("t")) as ma:
        for op in operations(spec):
            group, method, path_params = OPERATIONS[op.operation_id]
            accepted = inspect.signature(getattr(getattr(ma, group), method)).parameters
            declared = {p["name"] for p, _ in parameters(spec, op) if p["in"] == "path"} - {"project_id"}
            assert {name for name, _ in path_params} == declared, op.operation_id
            assert {argument for _, argument in path_params} <= set(accepted), op.operation_id


@pytest.mark.slow
def test_output_that_is_not_a_generated_client_is_refused_and_kept(tmp_path: Path) -> None:
    """-o at a user's folder or a file: refused, nothing lost (issue 21: the folder was replaced, exit 0)."""
    users = tmp_path / "mine"
    users.mkdir()
    (users / "notes.txt").write_text("keep me", encoding="utf-8")
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep me too", encoding="utf-8")
    for target in (users, a_file):
        diagnostics = generate.generate(SPEC, target)
        assert [d.code for d in diagnostics] == ["output-not-generated"], diagnostics
        assert diagnostics[0].file == str(target)
    assert (users / "notes.txt").read_text(encoding="utf-8") == "keep me" and a_file.read_text(encoding="utf-8") == "keep me too"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "mine"]  # no staging folder either
    done = run_cli("generate", "--spec", str(SPEC), "-o", str(users))
    assert done.returncode == 1 and "error[output-not-generated]" in done.stderr


@pytest.mark.slow
def test_an_empty_folder_and_a_generated_client_are_replaced(tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert not has_errors(generate.generate(SPEC, out))
    assert not has_errors(generate.generate(SPEC, out))  # its own output: replaced again
    assert (out / "modelarts_client" / "facade.py").is_file()
