"""The layout's promises, read from the code: data flows one way between the packages, and the client
runtime lives in one place, modelarts_core, with no copy inside the generated client."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support import ROOT

OURS = {
    "modelarts_spec",
    "modelarts_core",
    "modelarts_client",
    "generator",
    "modelarts_mock",
    "modelarts_contract",
    "tests",
    "bench",
    "tools",
}
PACKAGES = {
    "modelarts_spec": ROOT / "spec" / "modelarts_spec",
    "modelarts_core": ROOT / "core" / "modelarts_core",
    "modelarts_client": ROOT / "generated" / "modelarts-client" / "modelarts_client",
    "generator": ROOT / "generator",
    "modelarts_mock": ROOT / "mock_server" / "modelarts_mock",
    "modelarts_contract": ROOT / "contract_tests" / "modelarts_contract",
}
# Who may import whom: the spec tools and the client runtime (modelarts_core) are the base, and depend on
# nothing of ours; the generated client uses only the runtime; generation and publishing read the spec; the
# mock reads the spec and verifies signatures with the runtime's signer (not the generated client); the
# contract suite uses every product. Nothing imports the generator, and no product imports tests.
ALLOWED = {
    "modelarts_spec": {"modelarts_spec"},
    "modelarts_core": {"modelarts_core"},
    "modelarts_client": {"modelarts_client", "modelarts_core"},
    "generator": {"generator", "modelarts_spec"},
    "modelarts_mock": {"modelarts_mock", "modelarts_spec", "modelarts_core"},
    "modelarts_contract": {"modelarts_contract", "modelarts_mock", "modelarts_spec", "modelarts_core", "modelarts_client"},
}

# Files more: publishing computes the published signing vectors with the one signer, the runtime's; the mock's
# in_process imports the generated client only when a test asks for a typed client (the mock does not depend on it),
# and the plugin names its types for type checkers only.
ALSO = {
    "generator/publish/signing.py": {"modelarts_core"},
    "mock_server/modelarts_mock/in_process.py": {"modelarts_client"},
    "mock_server/modelarts_mock/plugin.py": {"modelarts_client"},
}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots & OURS


@pytest.mark.slow
@pytest.mark.parametrize("package", list(PACKAGES))
def test_data_flows_one_way(package: str) -> None:
    files = sorted(PACKAGES[package].rglob("*.py"))
    assert files, package
    wrong = {
        str(f.relative_to(ROOT)): sorted(imported_roots(f) - ALLOWED[package] - ALSO.get(f.relative_to(ROOT).as_posix(), set()))
        for f in files
    }
    assert {f: roots for f, roots in wrong.items() if roots} == {}


def test_the_check_sees_imports() -> None:
    """The AST walk finds our absolute imports (else the test above would pass on anything)."""
    assert imported_roots(PACKAGES["modelarts_mock"] / "spec.py") >= {"modelarts_mock", "modelarts_spec"}
    assert "modelarts_spec" in imported_roots(PACKAGES["generator"] / "client" / "generate.py")


def test_the_runtime_has_one_place_and_no_copy() -> None:
    """Every class of the runtime is defined in core/modelarts_core (where tracebacks point, and where it is
    edited); the generated client holds no runtime module of its own."""
    from modelarts_client import AkSkAuth, ModelArtsAPIError

    client = PACKAGES["modelarts_client"]
    assert AkSkAuth.__module__ == "modelarts_core.auth" and ModelArtsAPIError.__module__ == "modelarts_core.errors"
    assert not (client / "runtime").exists()
    runtime_names = {p.name for p in PACKAGES["modelarts_core"].glob("*.py")} - {"__init__.py"}
    assert not [p for p in client.rglob("*.py") if p.parent == client and p.name in runtime_names]


# From the repository root, the project folders are importable as namespace packages (`spec.modelarts_spec`,
# `mock_server.modelarts_mock`): a second name for every class. Nothing of ours may import through them.
FOLDER_NAMES = {"spec", "core", "mock_server", "contract_tests", "generated"}
CODE = (
    "spec/modelarts_spec",
    "core/modelarts_core",
    "generator",
    "mock_server/modelarts_mock",
    "contract_tests/modelarts_contract",
    "tests",
    "bench",
    "tools",
)


def folder_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        found |= {name for name in names if name.split(".")[0] in FOLDER_NAMES}
    return found


@pytest.mark.slow
def test_no_code_imports_a_project_folder_as_a_package() -> None:
    files = [f for folder in CODE for f in sorted((ROOT / folder).rglob("*.py"))]
    assert len(files) > 100
    assert {str(f.relative_to(ROOT)): sorted(folder_imports(f)) for f in files if folder_imports(f)} == {}


def test_the_folder_check_sees_such_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import mock_server.modelarts_mock.app\nfrom spec.modelarts_spec import loader\nimport specs\n", encoding="utf-8")
    assert folder_imports(sample) == {"mock_server.modelarts_mock.app", "spec.modelarts_spec"}
