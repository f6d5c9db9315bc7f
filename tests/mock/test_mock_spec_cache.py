"""The mock's spec cache: a spec known to pass `validate` is not checked again, and nothing else changes.

Each test points MODELARTS_MOCK_CACHE at its own folder and counts the calls to `validate`. The published bundles
are known by the digests publish wrote (`validated.sha256`); any other text is validated, and a verdict is kept
for a spec in one file (here a small one, the manual's operations of the committed spec: validating the whole
one takes seconds); a spec split into parts is validated on every start (its root's text is not the whole spec).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import pytest
from modelarts_mock import spec as mock_spec
from modelarts_mock import spec_cache
from modelarts_mock.spec import SpecError, load_spec
from modelarts_spec import validate as spec_validate
from modelarts_spec.diagnostics import Diagnostic
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations

from bench.scale_spec import subset
from tests.support import PUBLISHED, yaml_text
from tests.support.spec_tree import edit, spec_copy, spec_data


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Paths `validate` was asked to check, with the cache in a folder of this test's own."""
    monkeypatch.setenv(spec_cache.ENV, str(tmp_path / "cache"))
    seen: list[str] = []
    real = spec_validate.validate

    def counting(doc: YamlDocument) -> list[Diagnostic]:
        seen.append(doc.path)
        return real(doc)

    monkeypatch.setattr(spec_validate, "validate", counting)  # load_spec imports it when it needs it
    return seen


@functools.cache
def _small_spec_text() -> str:
    """A spec in one file: the committed spec's operations the manual documents, with the components they reach."""
    data = spec_data()
    manual = {op.operation_id for op in operations(data) if any(e["source"] == "manual" for e in op.data["x-documented-by"])}
    return yaml_text(subset(data, manual), sort_keys=False, allow_unicode=True, width=100)


def _copy(tmp_path: Path, old: str = "", new: str = "") -> Path:
    """The small spec in one file, with `old` replaced once."""
    text = _small_spec_text()
    assert old in text
    path = tmp_path / "modelarts.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _summary(spec: mock_spec.MockSpec) -> list[tuple[str, int, str | None]]:
    return [(op.operation_id, op.success_status, op.not_found.code if op.not_found else None) for op in spec.operations]


@pytest.mark.slow
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


@pytest.mark.slow
def test_a_damaged_entry_is_read_and_checked_again(calls: list[str], tmp_path: Path) -> None:
    path = _copy(tmp_path)
    first = load_spec(path)
    [entry] = (tmp_path / "cache").glob("*.valid")
    for damage in (b"", b"not marshal data", entry.read_bytes()[:100]):
        entry.write_bytes(damage)
        assert load_spec(path).data == first.data
    assert len(calls) == 4


@pytest.mark.slow
def test_only_the_newest_verdicts_are_kept(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spec_cache, "KEEP", 2)
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
    monkeypatch.setattr(spec_cache, "fingerprint", lambda: "a validator with other rules")
    load_spec(path)
    assert len(calls) == 2


def test_the_fingerprint_covers_the_validators_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    package = tmp_path / "modelarts_spec"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "EXTENSIONS.md").write_text("## `x-a`\n", encoding="utf-8")
    (package / "validate.py").write_text("RULES = 1\n", encoding="utf-8")
    monkeypatch.setattr(spec_cache.modelarts_spec, "__file__", str(package / "__init__.py"))
    prints = []
    for name, text in [("validate.py", "RULES = 1\n"), ("validate.py", "RULES = 2\n"), ("EXTENSIONS.md", "## `x-b`\n")]:
        (package / name).write_text(text, encoding="utf-8")
        spec_cache.fingerprint.cache_clear()
        prints.append(spec_cache.fingerprint())
    spec_cache.fingerprint.cache_clear()
    assert len(set(prints)) == 3


def test_off_validates_every_time(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(spec_cache.ENV, "off")
    path = _copy(tmp_path)
    load_spec(path)
    load_spec(path)
    assert len(calls) == 2


def test_an_unwritable_cache_costs_time_not_answers(calls: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(spec_cache.ENV, str(blocker / "cache"))
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_the_published_bundles_are_known_valid_wherever_they_lie(calls: list[str], tmp_path: Path) -> None:
    for name in ("modelarts.json", "modelarts.yaml"):
        copied = tmp_path / name
        copied.write_bytes((PUBLISHED / name).read_bytes())
        assert _summary(load_spec(PUBLISHED / name)) == _summary(load_spec(copied))
    assert calls == []
    assert not (tmp_path / "cache").exists()  # nothing to remember: publish vouched for them


@pytest.mark.slow
def test_one_changed_byte_of_the_published_bundle_is_validated(calls: list[str], tmp_path: Path) -> None:
    text = (PUBLISHED / "modelarts.json").read_text(encoding="utf-8")
    changed = tmp_path / "modelarts.json"
    changed.write_text(text.replace('"operationId": "ShowPool"', '"operationId": "showPool"', 1), encoding="utf-8")
    with pytest.raises(SpecError) as refused:
        load_spec(changed)
    assert "operation-id-invalid" in {d.code for d in refused.value.diagnostics}
    assert calls == [str(changed)]


def test_the_published_digests_are_the_shipped_files(tmp_path: Path) -> None:
    lines = (PUBLISHED / spec_cache.PUBLISHED_DIGESTS).read_text(encoding="ascii").splitlines()
    listed = dict(reversed(line.split("  ")) for line in lines)
    assert listed == {name: hashlib.sha256((PUBLISHED / name).read_bytes()).hexdigest() for name in ("modelarts.json", "modelarts.yaml")}


@pytest.mark.slow
def test_without_the_digests_the_published_bundle_is_validated(calls: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spec_cache, "_published_digests", lambda: frozenset())
    monkeypatch.setenv(spec_cache.ENV, "off")
    load_spec(PUBLISHED / "modelarts.json")
    assert calls == [str(PUBLISHED / "modelarts.json")]
