"""Spec text is data: every free-text field of a copy of our spec holds Python- and docstring-breaking text,
and the generated client imports cleanly, does nothing else, and keeps the text as data.

The generator is called past `validate` (generate.build): validate rejects what must be identifiers (its
own tests); here the generator must hold on its own, for the text validate lets through and for the rest.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from modelarts_spec.diagnostics import has_errors
from modelarts_spec.loader import load_openapi

from generator.client import generate
from tests.support import ROOT
from tests.support.spec_tree import spec_data, write_tree

OURS = [*(ROOT / "generator" / "client" / "facade").glob("*.py.jinja"), *(ROOT / "generator" / "client" / "facade").glob("*.toml.jinja")]
TEMPLATES = ROOT / "generator" / "client" / "templates"
OVERRIDES = sorted(TEMPLATES.rglob("*.jinja"))
# `"{{ x }}"` in the output, or the stock filter that exists only to go between such quotes (also inside a
# `{% set %}` expression that builds the quoted text: 'd.pop("' + (name | in_double_quote_literal) + '")')
HAND_QUOTED = re.compile(r"""["']\{\{|\}\}["']|\bin_double_quote_literal\b""")
COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)


def hostile(canary: Path) -> str:
    return f'x""" \\ \' " + __import__("os").system("touch {canary}") + " \n\'\'\' {{{{ }}}} \\N{{x}} \u2028 é'


def poison(node: Any, text: str, key: str = "") -> Any:
    """Every free-text field (and every string of an example) replaced by or extended with `text`."""
    if isinstance(node, dict) and key in ("properties", "schemas", "paths", "responses", "variables", "content"):
        return {name: poison(value, text) for name, value in node.items()}  # names, not free text
    if isinstance(node, dict):
        out = {}
        for name, value in node.items():
            if name in ("summary", "description", "title") and isinstance(value, str):
                out[name] = value + text
            elif name in ("example", "examples"):
                out[name] = poison_strings(value, text)
            elif name == "enum" and isinstance(value, list) and all(isinstance(v, str) for v in value):
                out[name] = [*value, text]
            else:
                out[name] = poison(value, text, name)
        return out
    if isinstance(node, list):
        return [poison(item, text, key) for item in node]
    return node


def poison_strings(node: Any, text: str) -> Any:
    if isinstance(node, str):
        return node + text
    if isinstance(node, dict):
        return {k: poison_strings(v, text) for k, v in node.items()}
    if isinstance(node, list):
        return [poison_strings(v, text) for v in node]
    return node


def hostile_spec(tmp_path: Path, canary: Path) -> Path:
    text = hostile(canary)
    spec = poison(spec_data(), text)
    spec["info"]["version"] = "0.1.0" + text
    spec["servers"][0]["variables"]["region"]["enum"].append(text)
    show_pool = spec["paths"]["/v2/{project_id}/pools/{pool_name}"]["get"]
    show_pool["operationId"] = "ShowPool" + text  # validate refuses it; the facade must still render it as data
    # tags and parameter names become module, class and argument names and wire names: validate refuses these
    # too (modelarts_spec.names), and the generator must still never render them as code
    spec["tags"] = [dict(tag, name=tag["name"] + text) if tag["name"] == "quotas" else tag for tag in spec["tags"]]
    for item in spec["paths"].values():
        for op in item.values():
            op["tags"] = [tag + text if tag == "quotas" else tag for tag in op.get("tags", [])]
            for param in op.get("parameters", []):
                if param.get("name") in ("X-ModelArts-User-ID", "workspaceId"):
                    param["name"] += text
    poisoned = [
        p for item in spec["paths"].values() for op in item.values() for p in op.get("parameters", []) if text in str(p.get("name"))
    ]
    assert {p["in"] for p in poisoned} == {"header", "query"}  # the poison landed (the names exist in our spec)
    return write_tree(tmp_path / "spec", spec)


def hand_quoted(path: Path, text: str) -> list[str]:
    """Lines of a template (its comments left out) that put spec text between hand-written quotes."""
    text = COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    return [f"{path.name}:{number}: {line.strip()}" for number, line in enumerate(text.splitlines(), 1) if HAND_QUOTED.search(line)]


def test_our_templates_never_put_spec_text_between_hand_written_quotes() -> None:
    """The facade's templates and the overrides, stock lines included (an override keeps a stock line only
    when it is safe; one it replaces is named in its header comment): text goes through | py, | pydoc or | toml."""
    found = [line for path in [*OURS, *OVERRIDES] for line in hand_quoted(path, path.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'x = "{{ op.operation_id }}"',  # the old facade's line
        '    field_dict["{{ property.name | in_double_quote_literal }}"] = {{ property.python_name }}',  # the old model's
        """        {% set property_source = 'd.pop("' + (property.name | in_double_quote_literal) + '")' %}""",
    ],
)
def test_the_scan_catches_the_old_forms(line: str) -> None:
    assert hand_quoted(Path("model.py.jinja"), "{# a comment #}\n" + line + "\n")


@pytest.mark.slow
def test_a_spec_full_of_hostile_text_generates_a_client_that_imports_cleanly_and_keeps_the_text(tmp_path: Path) -> None:
    canary = tmp_path / "PWNED"
    text = hostile(canary)
    doc = load_openapi(hostile_spec(tmp_path, canary))
    out = tmp_path / "modelarts-client"
    diagnostics = generate.build(doc, out)
    assert not has_errors(diagnostics), diagnostics
    probe = f"""
import importlib, pkgutil, sys, modelarts_client as m
from modelarts_client import ModelArts, TokenAuth, __version__
from modelarts_client.facade import REGIONS, OPERATIONS
from modelarts_client.models import ShowPoolMonitorStatistics
for info in pkgutil.walk_packages(m.__path__, "modelarts_client."):
    importlib.import_module(info.name)
ma = ModelArts(endpoint="http://127.0.0.1:9", project_id="p", auth=TokenAuth("token-0001"))
text = {text!r}
assert __version__ == "0.1.0" + text, __version__
assert text in REGIONS, sorted(REGIONS)
assert "ShowPool" + text in OPERATIONS
# openapi-python-client drops control and line-separator characters from enum values (its own escaping)
assert text.replace("\\n", "").replace("\\u2028", "") in [member.value for member in ShowPoolMonitorStatistics]
def words(doc):  # docstrings are wrapped: compare the words
    return " ".join((doc or "").split())
assert words(text) in words(ma.pools.show_pool_monitor.__doc__), ma.pools.show_pool_monitor.__doc__
assert words(text) in words(type(ma.pools).__doc__)
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", probe], cwd=out, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"
    assert not canary.exists()
    import tomllib

    project = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == "0.1.0" + text and project["dependencies"] == [
        "modelarts-core>=0.1,<0.2",
        "httpx>=0.26,<0.29",
        "attrs>=22.2.0,<27",
    ]


@pytest.mark.slow
def test_the_hostile_spec_breaks_a_generator_that_quotes_by_hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Test of the test: with docstrings put between hand-written quotes, the same spec no longer imports (or runs code)."""
    canary = tmp_path / "PWNED"
    doc = load_openapi(hostile_spec(tmp_path, canary))
    monkeypatch.setitem(generate.LITERAL_FILTERS, "pydoc", lambda value: '"""' + str(value) + '"""')
    out = tmp_path / "modelarts-client"
    diagnostics = generate.build(doc, out)
    if not has_errors(diagnostics):  # ruff may already refuse the broken code; if not, importing must fail
        result = subprocess.run([sys.executable, "-c", "import modelarts_client"], cwd=out, capture_output=True, text=True, timeout=120)
        assert result.returncode != 0 or canary.exists()
