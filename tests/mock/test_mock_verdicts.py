"""The mock's verdict cache: a spec that passed `validate` is not checked again, and nothing else changes.

Each test points MODELARTS_MOCK_CACHE at its own folder and counts the calls to `validate`. A verdict is
kept for a spec in one file, as the mock serves by default (the published bundle, copied here); a spec
split into parts is validated on every start (its root's text is not the whole spec).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from modelarts_mock import spec as mock_spec
from modelarts_mock import verdicts
from modelarts_mock.spec import SpecError, load_spec
from modelarts_spec.diagnostics import Diagnostic
from modelarts_spec.loader import YamlDocument

from tests.support import PUBLISHED
from tests.support.spec_tree import edit, spec_copy


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Paths `validate` was asked to check, with the cache in a folder of this test's own."""
    monkeypatch.setenv(verdicts.ENV, str(tmp_path / "cache"))
    seen: list[str] = []
    real = mock_spec.validate

    def counting(doc: YamlDocument) -> list[Diagnostic]:
        seen.append(doc.path)
        return real(doc)

    monkeypatch.setattr(mock_spec, "validate", counting)
    return seen


def _copy(tmp_path: Path, old: str = "", new: str = "") -> Path:
    """The published bundle (the spec in one file), with `old` replaced once."""
    text = (PUBLISHED / "modelarts.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "modelarts.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _summary(spec: mock_spec.MockSpec) -> list[tuple[str, int, str | None]]:
    return [(op.operation_id, op.success_status, op.not_found.code if op.not_found else None) for op in spec.operations]


def test_a_valid_spec_is_validated_once_then_remembered(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(tmp_path)
    first = load_spec(path)
    parses: list[str] = []
    real_parse = mock_spec.parse_yaml
    monkeypatch.setattr(mock_spec, "parse_yaml", lambda text, name: parses.append(name) or real_parse(text, name))
    second = load_spec(path)
    assert calls == [str(path)] and parses == []  # neither checked nor parsed again
    assert _summary(first) == _summary(second)
    assert first.data == second.data
    assert list(first.data["paths"]) == list(second.data["paths"])  # key order too
    assert second.doc.lines == first.doc.lines  # lines, indexed from the text on demand, are the same
    assert len(list((tmp_path / "cache").glob("*.valid"))) == 1


def test_a_damaged_entry_is_read_and_checked_again(calls: list[str], tmp_path: Path) -> None:
    path = _copy(tmp_path)
    first = load_spec(path)
    [entry] = (tmp_path / "cache").glob("*.valid")
    for damage in (b"", b"not marshal data", entry.read_bytes()[:100]):
        entry.write_bytes(damage)
        assert load_spec(path).data == first.data
    assert len(calls) == 4


def test_only_the_newest_verdicts_are_kept(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verdicts, "KEEP", 2)
    path = _copy(tmp_path)
    for spaces in range(1, 5):  # four texts of the same spec
        _copy(tmp_path, "title: ", "title:" + " " * spaces)
        load_spec(path)
    assert len(list((tmp_path / "cache").glob("*.valid"))) == 2
    load_spec(path)  # the newest is still known
    assert len(calls) == 4


def test_one_changed_byte_is_validated_again(calls: list[str], tmp_path: Path) -> None:
    path = _copy(tmp_path)
    load_spec(path)
    _copy(tmp_path, "title: ", "title:  ")  # same data, different text
    load_spec(path)
    assert calls == [str(path), str(path)]


def test_an_invalid_spec_is_refused_every_time_and_never_remembered(calls: list[str], tmp_path: Path) -> None:
    path = _copy(tmp_path, "operationId: ShowPool\n", "operationId: showPool\n")
    for _ in range(2):
        with pytest.raises(SpecError) as refused:
            load_spec(path)
        assert "operation-id-invalid" in {d.code for d in refused.value.diagnostics}
    assert len(calls) == 2
    assert not (tmp_path / "cache").exists()


def test_another_validator_does_not_trust_the_verdict(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(tmp_path)
    load_spec(path)
    monkeypatch.setattr(verdicts, "fingerprint", lambda: "a validator with other rules")
    load_spec(path)
    assert len(calls) == 2


def test_the_fingerprint_covers_the_validators_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    package = tmp_path / "modelarts_spec"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "EXTENSIONS.md").write_text("## `x-a`\n", encoding="utf-8")
    (package / "validate.py").write_text("RULES = 1\n", encoding="utf-8")
    monkeypatch.setattr(verdicts.modelarts_spec, "__file__", str(package / "__init__.py"))
    prints = []
    for name, text in [("validate.py", "RULES = 1\n"), ("validate.py", "RULES = 2\n"), ("EXTENSIONS.md", "## `x-b`\n")]:
        (package / name).write_text(text, encoding="utf-8")
        verdicts.fingerprint.cache_clear()
        prints.append(verdicts.fingerprint())
    verdicts.fingerprint.cache_clear()
    assert len(set(prints)) == 3


def test_off_validates_every_time(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(verdicts.ENV, "off")
    path = _copy(tmp_path)
    load_spec(path)
    load_spec(path)
    assert len(calls) == 2


def test_an_unwritable_cache_costs_time_not_answers(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(verdicts.ENV, str(blocker / "cache"))
    path = _copy(tmp_path)
    assert _summary(load_spec(path)) == _summary(load_spec(path))
    assert len(calls) == 2


def test_one_validator_per_distinct_schema_and_each_still_checks(calls: list[str], tmp_path: Path) -> None:
    spec = load_spec(_copy(tmp_path))
    bad_request = {id(op.responses[400]) for op in spec.operations}
    assert len(bad_request) == 1  # every 400 is the same bare $ref: compiled once
    success = [op.responses[op.success_status] for op in spec.operations]
    assert len({id(v) for v in success}) == len(success)  # each operation's own body schema keeps its own validator
    shared = spec.operations[0].responses[400]
    assert list(shared.iter_errors({"error_code": "APIGW.0101", "error_msg": "bad"})) == []
    assert list(shared.iter_errors({"error_msg": 7}))  # a shared validator still refuses a wrong body
    for op in spec.operations:  # and each success validator accepts its own example, as before
        assert list(op.responses[op.success_status].iter_errors(op.success_example)) == []


def test_a_spec_in_parts_is_validated_every_time_so_an_edited_part_is_seen(calls: list[str], tmp_path: Path) -> None:
    root = spec_copy(tmp_path / "spec")
    first = load_spec(root)
    assert first.data == load_spec(root).data
    assert calls == [str(root), str(root)]
    edit(root, "operationId: ShowPool\n", "operationId: showPool\n")  # the root's text is unchanged
    with pytest.raises(SpecError) as refused:
        load_spec(root)
    assert "operation-id-invalid" in {d.code for d in refused.value.diagnostics}
    assert not (tmp_path / "cache").exists()
