"""The ecosystem's tools on the published spec: Redocly's linter with our ruleset, and TypeScript types
(openapi-typescript) compiled with tsc against tools/typescript/usage.ts. Each also fails when it should."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from modelarts_spec.loader import load_openapi

from tests.support import ROOT, line_of, run_cli, yaml_text
from tests.support.spec_tree import edit, file_with, spec_copy

pytestmark = pytest.mark.slow  # npm tools (Redocly, openapi-typescript, tsc)

PUBLISHED_JSON = ROOT / "generated" / "spec" / "modelarts.json"


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "-s", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_bundles_lint_clean() -> None:
    """The bundles are the source spec merged from its files (Redocly cannot read `x-parts`)."""
    result = make("lint-spec")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Your API descriptions are valid" in result.stdout
    assert result.stdout.count("validated in") == 2  # YAML bundle, JSON bundle


def test_house_rule_breaches_fail_validate_and_redocly_witnesses_what_it_knows(tmp_path: Path) -> None:
    broken = spec_copy(tmp_path / "spec")
    renamed = edit(broken, "operationId: ShowPool\n", "operationId: show_pool\n")
    quota = file_with("operationId: ShowOsQuota", broken)
    text = quota.read_text(encoding="utf-8")
    start = text.index("operationId: ShowOsQuota")
    block = "      security:\n        - iamToken: []\n        - akskSignature: []\n"
    security = text.index(block, start)
    quota.write_text(text[:security] + text[security + len(block) :], encoding="utf-8")
    ours = run_cli("validate", str(broken), "--doc-tables", "")
    assert ours.returncode == 1
    assert (
        f"error[operation-id-invalid] {renamed}#/paths/~1v2~1{{project_id}}~1pools~1{{pool_name}}/get/operationId (line {line_of(renamed, 'operationId: show_pool')})"
        in ours.stderr
    )
    assert "error[operation-incomplete]" in ours.stderr and "has no security" in ours.stderr
    merged = tmp_path / "merged.yaml"  # what Redocly can read: the merged document in one file, as a bundle is
    merged.write_text(yaml_text(load_openapi(broken).data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = make("lint-spec", f"LINT_SPECS={merged}")
    assert result.returncode != 0
    assert "security-defined" in result.stdout  # Redocly's built-in: on the operation or globally


def test_typescript_types_from_the_bundle_compile() -> None:
    result = make("check-typescript")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "compile with tools/typescript/usage.ts" in result.stdout


def test_typescript_check_fails_when_the_spec_loses_a_field_the_usage_reads(tmp_path: Path) -> None:
    data = json.loads(PUBLISHED_JSON.read_text(encoding="utf-8"))
    del data["components"]["schemas"]["OsConfig"]["properties"]["poolHighAvailable"]
    spec = tmp_path / "modelarts.json"
    spec.write_text(json.dumps(data), encoding="utf-8")
    result = make("check-typescript", f"TS_SPEC={spec}")
    assert result.returncode != 0
    assert "usage.ts" in result.stdout and "'poolHighAvailable' does not exist" in result.stdout, result.stdout + result.stderr
