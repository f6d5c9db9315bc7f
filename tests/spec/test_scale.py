"""What makes `validate` fast at scale changes no finding: the set-backed registries of openapi-spec-validator,
the pointer index behind `openapi-invalid`, and the synthetic specs `make bench-scale` measures."""

from __future__ import annotations

import copy
import functools
from collections import Counter
from typing import Any

import pytest
from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument, parse_yaml
from modelarts_spec.oas_validator import SeenIds, SpecValidator
from modelarts_spec.openapi import operations, resolve_pointer, walk_openapi
from modelarts_spec.validate import check_structure, validate
from openapi_spec_validator import OpenAPIV30SpecValidator

from bench.scale_spec import derive, operation_count, subset
from tests.support import yaml_text


def _doc(data: dict[str, Any]) -> YamlDocument:
    """A document with real lines (diagnostics name pointers and lines, as they do for a file)."""

    return parse_yaml(yaml_text(data, sort_keys=False, allow_unicode=True), "scaled.yaml")


def _break_structure(spec: dict[str, Any]) -> dict[str, Any]:
    """Two OpenAPI structure errors: in a component schema and in an operation."""
    broken = copy.deepcopy(spec)
    schemas = broken["components"]["schemas"]
    schemas["Allocated"]["required"] = "yes"  # OAS: a list of names (a schema of the excerpt, nested in others)
    operations(broken)[0].data["responses"]["200"]["description"] = 7  # OAS: a string
    return broken


def _break_rules(spec: dict[str, Any]) -> dict[str, Any]:
    """A well-formed spec that breaks our own rules: an example that misses its schema, a format no validator knows."""
    broken = copy.deepcopy(spec)
    media = broken["paths"]["/v2/{project_id}/pools/{pool_name}"]["get"]["responses"]["200"]["content"]["application/json"]
    next(iter(media["examples"].values()))["value"]["kind"] = 12  # the schema says string
    schemas = broken["components"]["schemas"]
    schemas["Allocated"]["format"] = "uuid4"
    return broken


def _key(d: Diagnostic) -> tuple[str, str, str]:
    return d.code, d.pointer or "", d.message


def test_seen_ids_answer_membership_like_the_list_they_replace() -> None:
    seen = SeenIds()
    assert 5 not in seen
    seen.append(5)
    seen.append(9)
    assert 5 in seen and 9 in seen and 7 not in seen
    assert list(seen) == [5, 9]


@pytest.mark.slow
def test_set_backed_validator_yields_exactly_the_librarys_errors(spec_doc: YamlDocument) -> None:
    broken = _break_structure(spec_doc.data)
    ours = [(e.message, list(e.absolute_path)) for e in SpecValidator(broken).iter_errors()]
    theirs = [(e.message, list(e.absolute_path)) for e in OpenAPIV30SpecValidator(broken).iter_errors()]
    assert len(ours) >= 2  # both structural breakages are found
    assert ours == theirs


def test_derived_spec_multiplies_operations_and_components(spec_doc: YamlDocument) -> None:
    base = spec_doc.data
    scaled = derive(base, 3)
    assert operation_count(scaled) == 3 * operation_count(base)
    ids = [op.operation_id for op in operations(scaled)]
    assert len(set(ids)) == len(ids)
    assert len(scaled["components"]["schemas"]) == 3 * len(base["components"]["schemas"])
    copy_refs = {v for k, v, p, _ in walk_openapi(scaled["paths"], "") if k == "$ref" and p.startswith("/~1copy002")}
    assert copy_refs and all(ref.endswith("C002") for ref in copy_refs if "/securitySchemes/" not in ref)
    assert base == spec_doc.data  # the input is not changed
    shared = derive(base, 3, share_components=True)
    assert shared["components"] == base["components"]


@pytest.mark.slow
def test_derived_spec_is_as_valid_as_ours(spec_doc: YamlDocument) -> None:
    assert validate(_doc(derive(spec_doc.data, 3))) == []


@pytest.mark.slow
def test_structure_errors_at_scale_are_found_once_per_copy(spec_doc: YamlDocument) -> None:
    once = validate(_doc(_break_structure(spec_doc.data)))
    scaled = validate(_doc(derive(_break_structure(spec_doc.data), 4)))
    assert Counter(d.code for d in once) == Counter({"openapi-invalid": 3})  # the schema error is also reported on its parent
    assert Counter(d.code for d in scaled) == Counter({"openapi-invalid": 4 * 3})
    assert [d.message for d in scaled].count("'yes' is not of type 'array'") == 4


@pytest.mark.slow
def test_rule_errors_at_scale_are_each_copys_own(spec_doc: YamlDocument) -> None:
    broken = _break_rules(spec_doc.data)
    once = validate(_doc(broken))
    scaled = validate(_doc(derive(broken, 4)))
    assert {d.code for d in once} == {"example-invalid", "schema-format-unsupported"}
    assert Counter(d.code for d in scaled) == Counter({code: 4 * n for code, n in Counter(d.code for d in once).items()})
    # copy 0 is the spec itself: its findings are the unscaled ones, pointer and line of the key's text aside
    assert sorted(_key(d) for d in scaled if not _is_copy(d.pointer or "")) == sorted(_key(d) for d in once)
    for index in range(1, 4):  # and copy k has the same findings at its renamed pointers
        renamed = sorted(_key(d) for d in scaled if f"C{index:03d}" in (d.pointer or "") or f"/~1copy{index:03d}" in (d.pointer or ""))
        assert len(renamed) == len(once)


def _is_copy(pointer: str) -> bool:
    return pointer.startswith("/paths/~1copy") or any(f"C{n:03d}" in pointer for n in range(1, 4))


def _full_scan_pointer(doc: YamlDocument, pointer: str, instance: Any) -> str:
    """How `openapi-invalid` pointers were found before the last-token index: every line of the document."""
    if pointer in doc.lines:
        return pointer
    candidates = [p for p in doc.lines if p.endswith(pointer) and _value_or_none(doc.data, p) == instance]
    return candidates[0] if len(candidates) == 1 else pointer


def _value_or_none(data: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(data, pointer)
    except KeyError:
        return None


@pytest.mark.slow
@pytest.mark.parametrize("copies", [1, 3])
def test_structure_pointers_are_the_full_scans(spec_doc: YamlDocument, copies: int) -> None:
    doc = _doc(derive(_break_structure(spec_doc.data), copies))
    errors = list(SpecValidator(doc.data).iter_errors())
    expected = [_full_scan_pointer(doc, pointer_join("", *list(e.absolute_path)), e.instance) for e in errors]
    found = [d.pointer for d in check_structure(doc)]
    assert found == expected
    # the schema error is reported relative to its schema: found in full when one schema matches, kept as is among copies
    assert ("/required" in found) == (copies > 1)
    assert any(p.endswith("/required") and p != "/required" for p in found) == (copies == 1)


def test_the_pinned_library_gets_the_fast_variant_and_older_ones_the_stock_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    from modelarts_spec import oas_validator
    from openapi_spec_validator.validation import keywords

    assert SpecValidator is not OpenAPIV30SpecValidator  # the development pin (0.9) has the internals patched
    monkeypatch.delattr(keywords, "OpenAPIV30SchemaValidator")  # as in 0.7 and 0.8, the product's older floors
    assert oas_validator._fast_validator() is OpenAPIV30SpecValidator


def _uncached_example_findings(doc: YamlDocument) -> list[tuple[str, str, str]]:
    """check_examples before its cache: one validator per schema-bearing node, every sample checked."""
    from modelarts_spec.openapi import deref
    from openapi_schema_validator import OAS30Validator

    spec, found = doc.data, []
    for _, value, pointer, _ in walk_openapi(spec, ""):
        if not isinstance(value, dict) or "schema" not in value:
            continue
        samples = [(value["example"], pointer_join(pointer, "example"))] if "example" in value else []
        for name, example in (value.get("examples") or {}).items():
            example, ex_pointer = deref(spec, example, pointer_join(pointer, "examples", name))
            if isinstance(example, dict) and "value" in example:
                samples.append((example["value"], pointer_join(ex_pointer, "value")))
        if not samples:  # a property named `schema` (data management's) holds no samples either
            continue
        validator = OAS30Validator(dict(value["schema"], components=spec.get("components") or {}))
        for sample, where in samples:
            for error in sorted(validator.iter_errors(sample), key=lambda e: list(e.absolute_path)):
                found.append(("example-invalid", pointer_join(where, *list(error.absolute_path)), error.message))
    return found


@pytest.mark.slow
@pytest.mark.parametrize("share", [True, False])
def test_example_findings_with_the_cache_are_the_uncached_ones(spec_doc: YamlDocument, share: bool) -> None:
    from modelarts_spec.validate import check_examples

    doc = _doc(derive(_break_rules(spec_doc.data), 3, share_components=share))
    found = [(d.code, d.pointer or "", d.message.removeprefix("example does not match its schema: ")) for d in check_examples(doc)]
    assert found == _uncached_example_findings(doc)
    # the broken example of every copy is reported at that copy's own path, as often as in copy 0
    per_copy = Counter(pointer.split("/")[2].split("~1")[1] for _, pointer, _ in found)
    assert set(per_copy) == {"v2", "copy001", "copy002"} and len(set(per_copy.values())) == 1


@pytest.mark.slow
def test_example_cache_tells_true_from_one_and_int_keys_from_text(spec_doc: YamlDocument) -> None:
    """Equal in Python (True == 1, 1.0 == 1) is not the same sample: the cache key keeps JSON types apart."""
    from modelarts_spec.validate import check_examples

    spec = copy.deepcopy(spec_doc.data)
    media = spec["paths"]["/v2/{project_id}/pools/{pool_name}"]["get"]["responses"]["200"]["content"]["application/json"]
    flag = {"type": "object", "properties": {"on": {"type": "boolean"}}}
    media["examples"] = {
        "manual": {"value": {"on": True}},
        "constructed": {"summary": "s", "value": {"on": 1}},
    }
    media["schema"] = flag
    found = [d.pointer for d in check_examples(_doc(spec))]
    assert found == [
        "/paths/~1v2~1{project_id}~1pools~1{pool_name}/get/responses/200/content/application~1json/examples/constructed/value/on"
    ]


def test_the_plain_step_answers_as_the_library_does() -> None:
    from modelarts_spec import oas_validator  # noqa: F401  (installs the step)
    from pathable.accessors import SubscriptableAccessor

    step = SubscriptableAccessor._get_subnode
    original = step.__func__.modelarts_original  # type: ignore[attr-defined]
    cases: list[tuple[Any, Any]] = [({"a": 1}, "a"), ({"a": 1}, "b"), ([1, 2], 1), ([1, 2], 5), ([1, 2], "x"), ("text", 0), (7, "a")]
    for node, part in cases:
        assert _outcome(step, node, part) == _outcome(functools.partial(original, SubscriptableAccessor), node, part), (node, part)


def _outcome(step: Any, node: Any, part: Any) -> tuple[str, Any]:
    try:
        return "value", step(node, part)
    except KeyError as exc:
        return "KeyError", exc.args


@pytest.mark.slow
def test_the_library_with_its_own_step_finds_the_same_errors(spec_doc: YamlDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathable.accessors import SubscriptableAccessor

    broken = _break_structure(derive(spec_doc.data, 2))
    ours = [(e.message, list(e.absolute_path)) for e in SpecValidator(broken).iter_errors()]
    original = SubscriptableAccessor.__dict__["_get_subnode"].__func__.modelarts_original
    monkeypatch.setattr(SubscriptableAccessor, "_get_subnode", classmethod(original))
    theirs = [(e.message, list(e.absolute_path)) for e in OpenAPIV30SpecValidator(broken).iter_errors()]
    assert len(ours) >= 3 and ours == theirs


@pytest.mark.slow
@pytest.mark.parametrize("share", [True, False])
def test_servable_findings_with_the_memo_are_the_unmemoized_ones(
    spec_doc: YamlDocument, share: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from modelarts_spec import servable

    doc = _doc(derive(_break_rules(spec_doc.data), 3, share_components=share))
    memoized = [_key(d) for d in servable.check_servable(doc)]
    monkeypatch.setattr(
        servable, "_unsupported_at", lambda doc, schema, pointer, memo: servable.unsupported_keywords(doc, schema, pointer, set())
    )
    assert memoized == [_key(d) for d in servable.check_servable(doc)]
    # the broken component schema is reported for every operation that reaches it, as before
    assert Counter(code for code, _, _ in memoized)["schema-format-unsupported"] >= 3


def test_copies_link_to_their_own_operations_and_a_subset_keeps_only_links_it_can_follow(spec_doc: YamlDocument) -> None:
    scaled = derive(spec_doc.data, 2)
    ops = {op.operation_id: op for op in operations(scaled)}
    links = ops["CreateTrainingJobC001"].data["responses"]["201"]["links"]
    assert links and all(link["operationId"].endswith("C001") and link["operationId"] in ops for link in links.values())
    resources = [op.data["x-lifecycle"]["resource"] for op in ops.values() if "x-lifecycle" in op.data]
    assert "training_job_c001" in resources and len(set(resources)) == len(resources)
    kept = subset(spec_doc.data, {"CreateTrainingJob", "ShowTrainingJobDetails", "CreatePool"})
    by_id = {op.operation_id: op for op in operations(kept)}
    assert list(by_id["CreateTrainingJob"].data["responses"]["201"]["links"]) == ["ShowTrainingJobDetails"]
    assert "links" not in by_id["CreatePool"].data["responses"]["200"]  # none of its targets is kept
    assert not {d.code for d in validate(_doc(kept))} & {"link-target-unknown", "lifecycle-invalid"}
