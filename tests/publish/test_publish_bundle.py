"""`publish`: the bundles round-trip, validate, resolve every $ref inside themselves, and are byte-stable."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from modelarts_spec import validate
from modelarts_spec.loader import load_openapi, load_yaml, parse_yaml

from generator.manual.compare import manual_rules
from generator.publish import bundle as publish
from tests.support import DOC_TABLES, ROOT, SPEC, run_cli, yaml_text

PUBLISHED = ROOT / "generated" / "spec"


def _source() -> dict[str, Any]:
    """The source spec as every tool reads it (load_openapi: a root and its part files merged)."""
    data: dict[str, Any] = load_openapi(SPEC).data
    return data


# The root of a published OpenAPI 3.0 document: its fields, and the root extensions readers of the bundle use.
BUNDLE_ROOT_KEYS = {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "x-tagGroups"}


@pytest.mark.slow
def test_committed_bundle_equals_a_fresh_publish_twice(tmp_path: Path) -> None:
    for run in ("first", "second"):
        result = run_cli("publish", "-o", str(tmp_path / run))
        assert result.returncode == 0, result.stderr
    for name in publish.BUNDLE_FILES:
        first = (tmp_path / "first" / name).read_bytes()
        assert first == (tmp_path / "second" / name).read_bytes(), name
        assert first == (PUBLISHED / name).read_bytes(), f"{name} is stale: run make publish"
    assert sorted(p.name for p in PUBLISHED.iterdir()) == sorted(publish.BUNDLE_FILES)


@pytest.mark.slow
def test_yaml_and_json_round_trip_to_the_source_with_the_stamped_version() -> None:
    source = _source()
    from_yaml = yaml.safe_load((PUBLISHED / "modelarts.yaml").read_text(encoding="utf-8"))
    from_json = json.loads((PUBLISHED / "modelarts.json").read_text(encoding="utf-8"))
    assert from_yaml == from_json
    version = from_json["info"]["version"]
    assert re.fullmatch(r"0\.1\.0\+sha\.[0-9a-f]{12}", version), version
    assert version == publish.stamp(source)
    from_json["info"]["version"] = source["info"]["version"]
    assert from_json == source


@pytest.mark.slow
def test_the_bundle_validates_and_every_ref_is_local() -> None:
    tables = load_yaml(DOC_TABLES)
    for name in ("modelarts.yaml", "modelarts.json"):
        doc = load_yaml(PUBLISHED / name)
        assert [d.to_text() for d in validate.validate(doc, manual_rules(tables))] == []
        refs = [v for k, v, _, is_name in _walk(doc.data) if k == "$ref" and not is_name]
        assert len(refs) > 100 and all(ref.startswith("#/") for ref in refs)
        assert publish.unresolved_refs(doc.data) == []


def _walk(data: Any) -> list[tuple[Any, Any, str, bool]]:
    from modelarts_spec.openapi import walk_openapi

    return list(walk_openapi(data, ""))


def test_unresolved_refs_are_found() -> None:
    data = _source()
    data["paths"]["/v2/{project_id}/pools/{pool_name}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/NoSuchPool"
    }
    data["components"]["schemas"]["Pool"]["properties"]["spec"] = {"$ref": "other.yaml#/Spec"}
    assert publish.unresolved_refs(data) == [
        "/paths/~1v2~1{project_id}~1pools~1{pool_name}/get/responses/200/content/application~1json/schema/$ref",
        "/components/schemas/Pool/properties/spec/$ref",
    ]


@pytest.mark.slow
def test_the_stamp_follows_content_not_formatting() -> None:
    source = _source()
    stamp = publish.stamp(source)
    reformatted = "# a comment\n" + yaml.dump(source, Dumper=yaml.CSafeDumper, sort_keys=True, width=60)
    assert publish.stamp(parse_yaml(reformatted, "spec").data) == stamp
    edited = copy.deepcopy(source)
    edited["components"]["schemas"]["OsQuota"]["description"] = "Quotas."
    assert edited != source
    assert publish.stamp(edited) != stamp


def test_the_bundle_is_one_document_without_assembly_keys() -> None:
    """Only OpenAPI's root fields and root extensions for readers: no key that only assembled the source's files."""
    for name in ("modelarts.yaml", "modelarts.json"):
        data = load_yaml(PUBLISHED / name).data
        assert set(data) <= BUNDLE_ROOT_KEYS, sorted(set(data) - BUNDLE_ROOT_KEYS)


@pytest.mark.slow
def test_an_invalid_spec_publishes_nothing(tmp_path: Path) -> None:
    data = _source()
    data["paths"]["/v2/{project_id}/pools/{pool_name}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Pol"
    }
    broken = tmp_path / "modelarts.yaml"
    broken.write_text(yaml_text(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("previous", encoding="utf-8")
    (out / "README.md").write_text(f"{publish.MARK}, earlier\n", encoding="utf-8")  # an earlier publication: ours to replace
    result = run_cli("publish", "--spec", str(broken), "-o", str(out))
    assert result.returncode == 1
    assert "error[ref-dangling]" in result.stderr and "'#/components/schemas/Pol'" in result.stderr
    assert "nothing written" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "index.html"] and (out / "index.html").read_text() == "previous"


@pytest.mark.slow  # make in a subprocess
def test_check_published_fails_on_a_stale_bundle(tmp_path: Path) -> None:
    stale = tmp_path / "spec"
    shutil.copytree(PUBLISHED, stale)
    # (the committed copy passing is test_committed_bundle_equals_a_fresh_publish_twice)
    path = stale / "modelarts.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"ShowPool"', '"ShowPoolX"'), encoding="utf-8")
    result = subprocess.run(["make", "-s", "check-published", f"PUBLISHED={stale}"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "is stale: run 'make publish'" in result.stderr and '"operationId": "ShowPoolX"' in result.stdout
