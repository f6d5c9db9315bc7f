"""Everything the mock needs from the spec, read once at start-up.

The spec must pass `validate` (modelarts_spec: every rule the mock relies on is a spec rule), or
the mock does not start and the diagnostics say why; the published bundle, which `make publish`
validated, and a text validated before are not checked again (`spec_cache`). Then, per operation:
its parameters, its request body, the path parameters that address a resource, the success status
and body, the documented statuses and their body validators, and the 404 code and message from the
spec's own 404 example. Validators are compiled when first needed, once per distinct schema: start-up
does not grow with the validators a run never uses.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from jsonschema.protocols import Validator
from modelarts_spec import published_spec
from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join
from modelarts_spec.loader import YamlDocument, load_openapi, parse_yaml, read_text
from modelarts_spec.openapi import Operation, deref, operations, request_schema, response_schema, success_response
from modelarts_spec.parts import PARTS_KEY
from modelarts_spec.servable import PROJECT_PARAM, error_example, key_parameters, success_example

from modelarts_mock import schemas, spec_cache
from modelarts_mock.params import Parameter, SchemaValidators, compile_parameters

# The published bundle inside the modelarts-spec package, as JSON (read ~20x faster than its YAML twin): the
# same document installed or in a checkout.
DEFAULT_SPEC = published_spec("json")


class SpecError(Exception):
    """The spec cannot be served; carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.to_text() for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass(frozen=True)
class ErrorTemplate:
    code: str
    message: str  # `{name}` placeholders of path parameters are filled in

    def render(self, values: dict[str, str]) -> str:
        message = self.message
        for name, value in values.items():
            message = message.replace("{" + name + "}", value)
        return message


class Responses(Mapping[int, Validator]):
    """Every documented status with a JSON body → the validator of that body, compiled on first use."""

    def __init__(self, schemas_by_status: dict[int, Any], validators: SchemaValidators) -> None:
        self._schemas = schemas_by_status
        self._validators = validators

    def __getitem__(self, status: int) -> Validator:
        return self._validators.get(self._schemas[status])

    def __iter__(self) -> Iterator[int]:
        return iter(self._schemas)

    def __len__(self) -> int:
        return len(self._schemas)


@dataclass(frozen=True)
class RequestBody:
    """An operation's JSON request body: whether it must be sent, and its schema's validator (compiled on first use)."""

    required: bool
    schema: Any
    validators: SchemaValidators

    @property
    def validator(self) -> Validator:
        return self.validators.get(self.schema)


@dataclass(frozen=True)
class OperationSpec:
    operation: Operation
    parameters: list[Parameter]
    key_names: tuple[str, ...]  # path parameters, besides project_id, that address the resource
    key_example: tuple[str, ...]  # their `example:` values: the resource the success example describes
    success_status: int
    success_example: Any  # the success body the mock answers; None: the success answer has no body
    responses: Responses  # every documented status that has a JSON body
    statuses: frozenset[int]  # every documented status, with a body or without
    not_found: ErrorTemplate | None
    empty_body: Any  # project-wide reads without a 404: the answer for a project with no data
    request_body: RequestBody | None

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def method(self) -> str:
        return self.operation.method.upper()


@dataclass(frozen=True)
class MockSpec:
    doc: YamlDocument
    operations: list[OperationSpec]
    bad_request_code: str
    unauthorized_code: str

    @property
    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = self.doc.data
        return data

    def operation(self, operation_id: str) -> OperationSpec | None:
        return next((op for op in self.operations if op.operation_id == operation_id), None)

    def check_project(self, project_id: str) -> None:
        """BadRequest unless the spec's project_id parameter accepts the id (the one rule for seeds and fixtures)."""
        param = next(p for op in self.operations for p in op.parameters if p.name == PROJECT_PARAM)
        param.check(project_id)


def load_spec(path: str | Path = DEFAULT_SPEC) -> MockSpec:
    """Read, validate and compile the spec; InputError if the file is unreadable, SpecError if it is not valid.

    A text that passed `validate` before (the published bundle, or a spec this validator checked), is neither
    checked again nor, when remembered with its data, parsed again (spec_cache.py).
    """
    text = read_text(path)
    doc = _known_valid(path, text)
    if doc is None:
        doc, same_text = _parse(path, text)
        from modelarts_spec.validate import validate  # imported when used: the published bundle never needs it

        problems = [d for d in validate(doc) if d.level is Level.ERROR]
        if problems:
            raise SpecError(problems)
        if same_text:
            spec_cache.remember(text, doc.data)
    return compile_spec(doc)


def _known_valid(path: str | Path, text: str) -> YamlDocument | None:
    """The document, if this exact text is known to be valid (published, or remembered); None: parse and validate it."""
    if PARTS_KEY in text:
        return None  # the root's text is not the whole spec: merged from its parts and validated on every start
    if spec_cache.published(text):  # the JSON bundle publish wrote: plain JSON within every limit, read at C speed
        doc = YamlDocument(str(path), orjson.loads(text), _text=text) if text.startswith("{") else parse_yaml(text, str(path))
        return doc if isinstance(doc.data, dict) else None
    remembered = spec_cache.recall(text)
    return None if remembered is None else YamlDocument(str(path), remembered, _text=text)  # lines indexed on demand


def _parse(path: str | Path, text: str) -> tuple[YamlDocument, bool]:
    """The spec parsed from `text`, and whether it was (False: read again from the file; no verdict is kept)."""
    doc = parse_yaml(text, str(path))
    if isinstance(doc.data, dict) and PARTS_KEY in doc.data:
        return load_openapi(path), False  # the root's text is not the whole spec: merged from its parts, never remembered
    if isinstance(doc.data, dict) and isinstance(doc.data.get("paths"), dict):
        return doc, True
    return load_openapi(path), False  # load_openapi's own answer to a file that is not a spec (spec-not-object)


def compile_spec(doc: YamlDocument) -> MockSpec:
    """What the mock serves from a valid spec (validate guarantees what this reads: 400/401 examples, 404s, examples)."""
    ops = operations(doc.data)
    bad_request = _error_code(doc.data, ops, "400")
    validators = SchemaValidators(doc.data)  # compiled on first use, once per schema for all operations
    compiled = [_compile_operation(doc, op, bad_request, validators) for op in ops]
    return MockSpec(doc, compiled, bad_request, _error_code(doc.data, ops, "401"))


def _error_code(spec: dict[str, Any], ops: list[Operation], status: str) -> str:
    """The one error code of a gateway status (the mock answers auth and input errors before it knows the operation)."""
    example, _ = error_example(spec, ops[0], status) if ops else (None, "")
    return str(example["error_code"]) if example else "APIGW.0101"


def _compile_operation(doc: YamlDocument, op: Operation, bad_request_code: str, validators: SchemaValidators) -> OperationSpec:
    spec = doc.data
    keys = key_parameters(spec, op)
    status, response = success_response(op) or ("200", {})
    bodies: dict[int, Any] = {}
    for code in op.data.get("responses") or {}:
        found_schema = response_schema(spec, op, str(code))
        if found_schema is not None and str(code).isdigit():
            bodies[int(code)] = found_schema[0]
    responses = Responses(bodies, validators)
    not_found_example, _ = error_example(spec, op, "404")
    not_found = ErrorTemplate(not_found_example["error_code"], not_found_example["error_msg"]) if not_found_example else None
    reads = op.method == "get"
    empty = _empty_answer(doc, op, status, responses) if reads and not keys and not_found is None else None
    return OperationSpec(
        op,
        compile_parameters(spec, op, bad_request_code, validators),
        tuple(str(param["name"]) for param, _ in keys),
        tuple(str(param.get("example")) for param, _ in keys),
        int(status),
        _success_body(doc, op, status, response, responses),
        responses,
        frozenset(int(code) for code in op.data.get("responses") or {} if str(code).isdigit()),
        not_found,
        empty,
        _request_body(spec, op, validators),
    )


def _success_body(doc: YamlDocument, op: Operation, status: str, response: Any, responses: Responses) -> Any:
    """The success example (evidence, manual, else constructed); no body when none is documented or the example is
    null and the schema allows no body; else the smallest body the schema accepts."""
    example = success_example(doc.data, response, pointer_join(op.pointer, "responses", status))
    if example is not None or int(status) not in responses:
        return example
    if schemas.first_error(responses[int(status)], None) is None:
        return None  # `value: null` under a schema that allows it: the manual's "No Content"
    return _minimal_valid(doc, op, status, responses)


def _empty_answer(doc: YamlDocument, op: Operation, status: str, responses: Responses) -> Any:
    return _minimal_valid(doc, op, status, responses) if int(status) in responses else None


def _minimal_valid(doc: YamlDocument, op: Operation, status: str, responses: Responses) -> Any:
    """The smallest body the success schema accepts (required fields only, empty lists); SpecError if it accepts none such."""
    found = response_schema(doc.data, op, status)
    assert found is not None  # callers checked that the status has a JSON body
    empty = schemas.minimal_instance(doc.data, *found)
    error = schemas.first_error(responses[int(status)], empty)
    if error is not None:
        raise SpecError(
            [doc.diagnostic("mock-empty-answer", found[1], f"{op.operation_id}: cannot build an empty answer: {schemas.describe(error)}")]
        )
    return empty


def _request_body(spec: dict[str, Any], op: Operation, validators: SchemaValidators) -> RequestBody | None:
    found = request_schema(spec, op)
    if found is None:
        return None
    body, _ = deref(spec, op.data["requestBody"], pointer_join(op.pointer, "requestBody"))
    return RequestBody(bool(body.get("required")), found[0], validators)
