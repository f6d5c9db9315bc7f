"""Evidence types are checked through composition, and a place where the spec gives no type at all is said
(a warning naming the pointer), not silently left unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli
from tests.spec.test_evidence import retyped
from tests.support import ROOT

EVIDENCE = ROOT / "spec" / "evidence"
VPC = "/components/schemas/PoolSpecModel/properties/network/properties/vpcId"


def found(spec: Path) -> list[tuple[str, str, str, str]]:
    return [(d.level.value, d.code, d.pointer or "", d.message) for d in cli.cmd_evidence(str(spec), str(EVIDENCE)) if "vpcId" in d.message]


@pytest.mark.slow
def test_a_place_without_a_type_is_a_warning_naming_its_pointer(tmp_path: Path) -> None:
    spec, file = retyped(tmp_path, "        vpcId:\n", "          type: string\n", "")
    [(level, code, pointer, message)] = found(spec)
    assert (level, code) == ("warning", "evidence-type-unknown")
    assert pointer.endswith("/vpcId") and "the source's string is unchecked" in message
    [diagnostic] = [d for d in cli.cmd_evidence(str(spec), str(EVIDENCE)) if d.code == "evidence-type-unknown"]
    text = file.read_text(encoding="utf-8")
    assert (diagnostic.file, diagnostic.line) == (str(file), text[: text.index("        vpcId:\n")].count("\n") + 1)


@pytest.mark.slow
def test_a_type_given_through_composition_is_compared(tmp_path: Path) -> None:
    spec, _ = retyped(tmp_path, "        vpcId:\n", "          type: string\n", "          allOf:\n            - type: integer\n")
    assert [f[:2] for f in found(spec)] == [("error", "evidence-type-mismatch")]
    fine, _ = retyped(tmp_path, "        vpcId:\n", "          type: string\n", "          anyOf:\n            - type: string\n")
    assert found(fine) == []
