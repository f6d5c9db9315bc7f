"""The ecosystem's tools on the published spec: Redocly's linter with our ruleset, and TypeScript types
(openapi-typescript) compiled with tsc against tools/typescript/usage.ts. Each also fails when it should."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support import ROOT, SPEC, line_of

PUBLISHED_JSON = ROOT / "generated" / "spec" / "modelarts.json"


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "-s", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_spec_and_its_bundles_lint_clean() -> None:
    result = make("lint-spec")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Your API descriptions are valid" in result.stdout
    assert result.stdout.count("validated in") == 3  # source, YAML bundle, JSON bundle


def test_the_ruleset_catches_house_rule_breaches(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    text = text.replace("operationId: ShowPool\n", "operationId: show_pool\n")
    start = text.index("operationId: ShowOsQuota")
    security = text.index("      security:\n        - iamToken: []\n        - akskSignature: []\n", start)
    text = text[:security] + text[security + len("      security:\n        - iamToken: []\n        - akskSignature: []\n") :]
    broken = tmp_path / "modelarts.yaml"
    broken.write_text(text, encoding="utf-8")
    result = make("lint-spec", f"LINT_SPECS={broken}")
    assert result.returncode != 0
    pascal = line_of(broken, "operationId: show_pool")
    assert f"{pascal}:" in result.stdout and "rule/operation-id-pascal-case" in result.stdout
    assert "rule/operation-declares-security" in result.stdout  # ours: on the operation itself, even with a global one
    assert "security-defined" in result.stdout  # Redocly's: on the operation or globally
    assert "3 errors" in result.stdout, result.stdout


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
