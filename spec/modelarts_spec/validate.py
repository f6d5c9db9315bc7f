"""`validate`: OpenAPI structure, then our rules. Every finding names a JSON pointer and a YAML line."""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from openapi_schema_validator import OAS30Validator

from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join
from modelarts_spec.example_values import ExampleValidator
from modelarts_spec.extensions import known_extensions
from modelarts_spec.lifecycle import check_lifecycles
from modelarts_spec.links import check_links
from modelarts_spec.loader import YamlDocument
from modelarts_spec.names import check_names
from modelarts_spec.oas_validator import SpecValidator
from modelarts_spec.openapi import (
    deref,
    operations,
    resolve_pointer,
    walk_openapi,
)
from modelarts_spec.servable import check_servable
from modelarts_spec.servers import check_servers
from modelarts_spec.sources import check_sources

OPERATION_ID = re.compile(r"[A-Z][A-Za-z0-9]{0,99}")
DEVIATION_KEYS = {"manual": True, "chosen": True, "reason": True, "doc-type": False, "doc-enum": False}
COMPONENT_KINDS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks")


# A rule that needs more than the spec (e.g. the manual's transcription): run once the spec is well formed.
Rule = Callable[[YamlDocument], list[Diagnostic]]


def validate(doc: YamlDocument, rules: Sequence[Rule] = ()) -> list[Diagnostic]:
    spec = doc.data
    if not isinstance(spec, dict):
        return [doc.diagnostic("spec-not-object", "", "the spec must be a YAML mapping (an OpenAPI document)")]
    found = [
        Diagnostic(
            "yaml-duplicate-key",
            Level.ERROR,
            "duplicate key: YAML keeps only the last one",
            file=doc.file_of(pointer),
            pointer=pointer,
            line=line,
        )
        for pointer, line in doc.duplicate_keys
    ]
    entries = list(walk_openapi(spec, ""))  # one walk of a large spec, read by the rules below
    found += check_refs(doc, entries)
    if any(d.code == "ref-dangling" for d in found):
        return found  # the other rules (and openapi-spec-validator itself) need every $ref to resolve
    structure = check_structure(doc)
    found += structure + check_extensions(doc, entries) + check_operations(doc) + check_servers(doc)
    if structure:
        return found  # the rules below walk parameters, responses and schemas assuming the OpenAPI structure
    found += check_names(doc, entries) + check_examples(doc, entries) + check_servable(doc) + check_sources(doc)
    found += check_links(doc) + check_lifecycles(doc, entries)
    for rule in rules:
        found += rule(doc)
    return found


def check_structure(doc: YamlDocument) -> list[Diagnostic]:
    """The OpenAPI 3.0 schema itself, via openapi-spec-validator (its O(1)-lookup variant: oas_validator.py)."""
    try:
        errors = list(SpecValidator(doc.data).iter_errors())
    except Exception as exc:  # the library raises on some malformed input instead of reporting it
        return [
            doc.diagnostic(
                "openapi-invalid", "", f"openapi-spec-validator could not check the document: {type(exc).__name__}: {_short(str(exc))}"
            )
        ]
    by_last_token: dict[str, list[str]] = {}
    return [
        doc.diagnostic("openapi-invalid", _absolute(doc, _pointer(e.absolute_path), e.instance, by_last_token), _short(e.message))
        for e in errors
    ]


def _absolute(doc: YamlDocument, pointer: str, instance: Any, by_last_token: dict[str, list[str]]) -> str:
    """openapi-spec-validator reports errors inside schemas relative to the schema: find the full pointer.

    `by_last_token` (filled on first use) holds the document's pointers by their last token: each error
    looks at the pointers that can end like its own, not at every line of a large spec.
    """
    if pointer in doc.lines:
        return pointer
    if not by_last_token:
        for known in doc.lines:
            by_last_token.setdefault(known.rsplit("/", 1)[-1], []).append(known)
    pool = by_last_token.get(pointer.rsplit("/", 1)[-1], []) if pointer else list(doc.lines)
    candidates = [p for p in pool if p.endswith(pointer) and _value_at(doc.data, p) == instance]
    return candidates[0] if len(candidates) == 1 else pointer


def _value_at(spec: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(spec, pointer)
    except KeyError:
        return None


def _pointer(path: Any) -> str:
    return pointer_join("", *list(path))


def _short(message: str) -> str:
    return message if len(message) <= 300 else message[:297] + "..."


# (key, value, pointer, is_name) of every mapping entry of the structure: walk_openapi's, in its order
Entries = Sequence[tuple[Any, Any, str, bool]]


def check_extensions(doc: YamlDocument, entries: Entries | None = None) -> list[Diagnostic]:
    found = []
    for key, value, pointer, is_name in walk_openapi(doc.data, "") if entries is None else entries:
        if is_name or not isinstance(key, str) or not key.startswith("x-"):
            continue
        if key not in known_extensions():
            found.append(
                doc.diagnostic(
                    "extension-unknown",
                    pointer,
                    f"unknown extension {key!r}",
                    hint="document it under its own heading in spec/EXTENSIONS.md (the list validate reads)",
                )
            )
        elif key == "x-doc-deviation":
            found += _check_deviation(doc, value, pointer)
    return found


def _check_deviation(doc: YamlDocument, value: Any, pointer: str) -> list[Diagnostic]:
    if not isinstance(value, dict):
        return [doc.diagnostic("deviation-shape", pointer, "x-doc-deviation must be a mapping with manual, chosen, reason")]
    found = []
    for key, required in DEVIATION_KEYS.items():
        if required and not (isinstance(value.get(key), str) and value[key].strip()):
            found.append(doc.diagnostic("deviation-shape", pointer, f"x-doc-deviation needs a non-empty string {key!r}"))
    if "doc-enum" in value and not (isinstance(value["doc-enum"], list) and all(isinstance(v, str) for v in value["doc-enum"])):
        found.append(
            doc.diagnostic(
                "deviation-shape",
                pointer_join(pointer, "doc-enum"),
                "doc-enum must be a list of strings (the values as the manual prints them)",
            )
        )
    for key in value:
        if key not in DEVIATION_KEYS:
            found.append(
                doc.diagnostic(
                    "deviation-shape",
                    pointer_join(pointer, key),
                    f"x-doc-deviation has unknown key {key!r}; expected {sorted(DEVIATION_KEYS)}",
                )
            )
    return found


def check_refs(doc: YamlDocument, entries: Entries | None = None) -> list[Diagnostic]:
    spec = doc.data
    found = []
    used: set[str] = set()
    for key, value, pointer, is_name in walk_openapi(spec, "") if entries is None else entries:
        if key != "$ref" or is_name:
            continue
        if not isinstance(value, str) or not value.startswith("#/"):
            found.append(
                doc.diagnostic(
                    "ref-external", pointer, f"$ref {value!r} is not a local reference", hint="the spec is one self-contained file"
                )
            )
            continue
        try:
            resolve_pointer(spec, value[1:])
        except KeyError:
            found.append(doc.diagnostic("ref-dangling", pointer, f"$ref {value!r} points at nothing"))
            continue
        used.add(value)
    # check_refs runs before the structure check (which needs every $ref to resolve): it reads only mappings and lists
    components = _mapping(spec.get("components"))
    for kind in COMPONENT_KINDS:
        for name in _mapping(components.get(kind)):
            target = "#" + pointer_join("", "components", kind, name)
            if target not in used:
                found.append(doc.diagnostic("component-unused", target[1:], f"component {kind}/{name} is never referenced"))
    return found + _check_security(doc, set(_mapping(components.get("securitySchemes"))))


def _check_security(doc: YamlDocument, schemes: set[str]) -> list[Diagnostic]:
    found = []
    required_schemes: set[str] = set()
    for op in operations(doc.data):
        security = op.data.get("security")
        for index, requirement in enumerate(security if isinstance(security, list) else []):
            for name in _mapping(requirement):
                required_schemes.add(name)
                if name not in schemes:
                    found.append(
                        doc.diagnostic(
                            "security-unknown",
                            pointer_join(op.pointer, "security", index, name),
                            f"security scheme {name!r} is not declared",
                        )
                    )
    for name in sorted(schemes - required_schemes):
        found.append(
            doc.diagnostic(
                "component-unused", pointer_join("", "components", "securitySchemes", name), f"security scheme {name!r} is never required"
            )
        )
    return found


def _mapping(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def check_operations(doc: YamlDocument) -> list[Diagnostic]:
    found = []
    seen: dict[str, str] = {}
    for op in operations(doc.data):
        for key in ("operationId", "summary"):
            if not op.data.get(key):
                found.append(doc.diagnostic("operation-incomplete", op.pointer, f"{op.method.upper()} {op.path} has no {key}"))
        for key in ("tags", "security"):
            if not op.data.get(key):
                found.append(
                    doc.diagnostic(
                        "operation-incomplete", op.pointer, f"{op.method.upper()} {op.path} has no {key} (each operation declares its own)"
                    )
                )
        if op.operation_id and not OPERATION_ID.fullmatch(op.operation_id):
            found.append(
                doc.diagnostic(
                    "operation-id-invalid",
                    pointer_join(op.pointer, "operationId"),
                    f"operationId {op.operation_id!r} is not a PascalCase identifier",
                    hint="operationIds are the official operation names (ShowPool): generated code names functions and types after them",
                )
            )
        if op.operation_id in seen:
            found.append(
                doc.diagnostic("operation-duplicate", op.pointer, f"operationId {op.operation_id} is also used at {seen[op.operation_id]}")
            )
        seen[op.operation_id] = op.pointer
        if op.method == "get" and "requestBody" in op.data:
            found.append(
                doc.diagnostic(
                    "operation-get-body",
                    pointer_join(op.pointer, "requestBody"),
                    f"{op.operation_id or op.path}: a GET documents a request body",
                    hint="OpenAPI 3.0 tells consumers to ignore it and some generated clients send `null` for it: make its fields query parameters",
                )
            )
        if not _has_success_example(doc.data, op.data, op.pointer):
            found.append(
                doc.diagnostic(
                    "example-missing",
                    pointer_join(op.pointer, "responses"),
                    f"{op.operation_id} has no example on its success response",
                    hint="add examples.manual (the manual's) or examples.constructed (with a summary saying where it comes from)",
                )
            )
    return found


def _has_success_example(spec: dict[str, Any], op: dict[str, Any], pointer: str) -> bool:
    # runs before the structure check too (its findings are more precise): reads only what has the right type
    for status, response in _mapping(op.get("responses")).items():
        if str(status).startswith("2"):
            response, _ = deref(spec, response, pointer)
            if not _mapping(response).get("content"):
                return True  # a success without a body (204, or an accepted 202) has nothing to exemplify
            for media in _mapping(_mapping(response).get("content")).values():
                media = _mapping(media)
                if media.get("example") is not None or set(_mapping(media.get("examples"))) & {"manual", "constructed"}:
                    return True
    return False


def check_examples(doc: YamlDocument, entries: Entries | None = None) -> list[Diagnostic]:
    spec = doc.data
    found = []
    # Errors depend only on the schema and the sample (the components are the document's): a spec repeats both
    # (every operation's 400/401 examples; shared components), so each distinct pair is checked once.
    checked: dict[tuple[bytes, bytes], list[tuple[list[Any], str]]] = {}
    validators: dict[bytes, OAS30Validator] = {}
    for value, pointer in _schema_holders(walk_openapi(spec, "") if entries is None else entries):
        samples: list[tuple[Any, str]] = []
        if "example" in value:
            samples.append((value["example"], pointer_join(pointer, "example")))
        for name, example in (value.get("examples") or {}).items():
            example, ex_pointer = deref(spec, example, pointer_join(pointer, "examples", name))
            if isinstance(example, dict) and "value" in example:
                samples.append((example["value"], pointer_join(ex_pointer, "value")))
        if not samples:
            continue
        schema_key = _exact_key(value["schema"])
        for sample, sample_pointer in samples:
            for path, message in _example_errors(spec, value["schema"], schema_key, sample, checked, validators):
                where = pointer_join(sample_pointer, *path)
                found.append(doc.diagnostic("example-invalid", where, f"example does not match its schema: {_short(message)}"))
    return found


def _schema_holders(entries: Iterable[tuple[Any, Any, str, bool]]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every object with a `schema` and maybe examples: media types, headers, and parameters, which sit in lists
    (the walk yields mapping entries only, so a list's items are looked at here)."""
    for key, value, pointer, is_name in entries:
        if isinstance(value, dict) and "schema" in value:
            yield value, pointer
        elif key == "parameters" and not is_name and isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict) and "schema" in item:
                    yield item, pointer_join(pointer, index)


def _exact_key(value: Any) -> bytes | None:
    """Bytes equal only for values of the same JSON types and contents (True is not 1, 1 is not "1"); None if not plain data."""
    try:
        return marshal.dumps(value)
    except ValueError:
        return None


def _example_errors(
    spec: dict[str, Any],
    schema: Any,
    schema_key: bytes | None,
    sample: Any,
    checked: dict[tuple[bytes, bytes], list[tuple[list[Any], str]]],
    validators: dict[bytes, OAS30Validator],
) -> list[tuple[list[Any], str]]:
    sample_key = _exact_key(sample)
    key = (schema_key, sample_key) if schema_key is not None and sample_key is not None else None
    if key is not None and key in checked:
        return checked[key]
    validator = validators.get(schema_key) if schema_key is not None else None
    if validator is None:
        validator = ExampleValidator(dict(schema, components=spec.get("components") or {}))
        if schema_key is not None:
            validators[schema_key] = validator
    errors = sorted(validator.iter_errors(sample), key=lambda e: list(e.absolute_path))
    result = [(list(error.absolute_path), error.message) for error in errors]
    if key is not None:
        checked[key] = result
    return result
