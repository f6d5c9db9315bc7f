"""`x-documented-by` against the sources themselves (generator/sources.py, validate's `documented-by-*`): the
committed spec names every source that documents each operation; an entry taken out, or one pointing elsewhere,
is reported at the operation's pointer and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_spec.loader import STRICT, load_openapi, load_yaml
from modelarts_spec.validate import validate

from generator import sources
from tests.support import ROOT, SPEC, line_of
from tests.support.spec_tree import edit, spec_copy

TABLES = [load_yaml(ROOT / "spec" / name, STRICT) for name in ("doc-tables.yaml", "doc-tables-en.json")]
SDK_ENTRY = (
    "        - source: huaweicloud-sdk-python\n"
    "          at: huaweicloudsdkmodelarts/v1/modelarts_client.py:13107@3.1.219\n"
    "          name: show_plugin_template\n"
)


def findings(root: Path) -> list[tuple[str, str | None]]:
    rules = sources.sources_rules(TABLES, sources.DEFAULT_SDK)
    return [(d.code, d.pointer) for d in validate(load_openapi(root), rules) if d.code.startswith("documented-by")]


@pytest.mark.slow
def test_the_committed_spec_names_every_source() -> None:
    assert findings(SPEC) == []


@pytest.mark.slow
def test_a_missing_sdk_entry_is_reported_with_the_entry_to_add(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    edit(root, SDK_ENTRY, "")
    [(code, pointer)] = findings(root)
    assert (
        code == "documented-by-missing"
        and pointer == "/paths/~1v1~1{project_id}~1plugintemplates~1{plugintemplate_name}/get/x-documented-by"
    )


@pytest.mark.slow
def test_an_entry_that_points_elsewhere_is_stale_at_its_line(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    file = edit(root, SDK_ENTRY, SDK_ENTRY.replace(":13107@", ":13108@"))
    found = sorted(findings(root))
    assert [code for code, _ in found] == ["documented-by-missing", "documented-by-stale"]
    [diagnostic] = [
        d for d in validate(load_openapi(root), sources.sources_rules(TABLES, sources.DEFAULT_SDK)) if d.code == "documented-by-stale"
    ]
    assert diagnostic.pointer.endswith("/x-documented-by/2") and diagnostic.line == line_of(file, "- source: huaweicloud-sdk-python")


def test_the_sdk_index_finds_an_operation_by_method_and_path_shape() -> None:
    index = sources.sdk_index(load_yaml(ROOT / sources.DEFAULT_SDK, STRICT).data)
    [entry] = sources.sdk_entries(index, "get", "/v1/{project_id}/plugintemplates/{name}")  # parameter names aside
    assert entry["name"] == "show_plugin_template" and sources.sdk_entries(index, "put", "/v1/{p}/plugintemplates/{n}") == []
