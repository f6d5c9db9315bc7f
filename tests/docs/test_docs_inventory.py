"""The docs name what exists: every test file in a README of tests/, every module of the products and the
generator in docs/architecture.md or its folder's README, every diagnostic code the code emits in a README
(a file added without a word in the docs fails here, instead of going unnoticed for a round)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support import ROOT

PACKAGES = ("spec/modelarts_spec", "core/modelarts_core", "generator", "mock_server/modelarts_mock", "contract_tests/modelarts_contract")
# a code is a call's first argument: doc.diagnostic("code", …), Diagnostic("code", …), MockError-style helpers
CODE_CALL = re.compile(r"(?:diagnostic|Diagnostic|error|warning)\(\s*\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"")


def _text(paths: list[Path]) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def unlisted_tests(root: Path = ROOT) -> list[str]:
    readmes = _text(sorted((root / "tests").glob("**/README.md")))
    return [str(p.relative_to(root)) for p in sorted((root / "tests").glob("**/test_*.py")) if f"`{p.name}`" not in readmes]


def undocumented_modules(root: Path = ROOT) -> list[str]:
    docs = _text([root / "docs" / "architecture.md", *sorted(root.glob("*/README.md")), *sorted(root.glob("*/*/README.md"))])
    found = []
    for package in PACKAGES:
        for path in sorted((root / package).glob("**/*.py")):
            if path.name not in ("__init__.py", "__main__.py") and path.name not in docs:
                found.append(str(path.relative_to(root)))
    return found


def undocumented_codes(root: Path = ROOT) -> list[str]:
    docs = _text([*sorted(root.glob("*/README.md")), *sorted(root.glob("docs/**/*.md")), root / "README.md"])
    codes = {
        code
        for package in (*PACKAGES, "tools")
        for path in (root / package).glob("**/*.py")
        for code in CODE_CALL.findall(path.read_text(encoding="utf-8"))
    }
    return sorted(code for code in codes if f"`{code}`" not in docs)


def test_every_test_file_is_described_in_a_readme_of_tests() -> None:
    assert unlisted_tests() == []


def test_every_module_is_named_in_the_architecture_or_its_readme() -> None:
    assert undocumented_modules() == []


def test_every_diagnostic_code_is_documented() -> None:
    assert undocumented_codes() == []


def test_the_inventories_notice_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "tests" / "x").mkdir(parents=True)
    (tmp_path / "tests" / "README.md").write_text("- `test_known.py`: described\n", encoding="utf-8")
    for name in ("test_known.py", "test_new.py"):
        (tmp_path / "tests" / "x" / name).write_text("", encoding="utf-8")
    assert unlisted_tests(tmp_path) == ["tests/x/test_new.py"]
    (tmp_path / "generator").mkdir()
    (tmp_path / "generator" / "README.md").write_text("`known.py` and code `a-known-code`\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "architecture.md").write_text("", encoding="utf-8")
    (tmp_path / "README.md").write_text("", encoding="utf-8")
    (tmp_path / "generator" / "known.py").write_text('doc.diagnostic("a-known-code", p, "m")\n', encoding="utf-8")
    (tmp_path / "generator" / "fresh.py").write_text('doc.diagnostic(\n    "a-new-code", p, "m")\n', encoding="utf-8")
    assert undocumented_modules(tmp_path) == ["generator/fresh.py"]
    assert undocumented_codes(tmp_path) == ["a-new-code"]
