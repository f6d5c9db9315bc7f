"""Everything the mock needs from the spec, read once at start-up.

The spec must pass `validate` (modelarts_spec: every rule the mock relies on is a spec rule), or
the mock does not start and the diagnostics say why. Then, per operation: its parameters
(compiled), the path parameters that address a resource, the success status and example, a
compiled validator per documented response, and the 404 code and message from the spec's own
404 example.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema.protocols import Validator
from modelarts_spec import published_spec
from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join
from modelarts_spec.loader import YamlDocument, load_openapi, parse_yaml, read_text
from modelarts_spec.openapi import Operation, operations, response_schema, success_response
from modelarts_spec.parts import PARTS_KEY
from modelarts_spec.servable import PROJECT_PARAM, error_example, key_parameters, success_example
from modelarts_spec.validate import validate

from modelarts_mock import schemas, verdicts
from modelarts_mock.params import Parameter, SchemaValidators, compile_parameters

# The published bundle inside the modelarts-spec package: the same document installed or in a checkout.
DEFAULT_SPEC = published_spec()


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


@dataclass(frozen=True)
class OperationSpec:
    operation: Operation
    parameters: list[Parameter]
    key_names: tuple[str, ...]  # path parameters, besides project_id, that address the resource
    key_example: tuple[str, ...]  # their `example:` values: the resource the success example describes
    success_status: int
    success_example: Any
    responses: dict[int, Validator]  # every documented status that has a JSON body
    not_found: ErrorTemplate | None
    empty_body: Any  # project-wide operations without a 404: the answer for a project with no data

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


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

    A text that passed `validate` before, with the same validator, is neither parsed nor checked again (verdicts.py).
    """
    text = read_text(path)
    remembered = None if PARTS_KEY in text else verdicts.recall(text)
    if remembered is not None:  # lines, should a diagnostic need one, are indexed from the text on demand
        doc = YamlDocument(str(path), remembered, _text=text)
    else:
        doc, same_text = _parse(path, text)
        problems = [d for d in validate(doc) if d.level is Level.ERROR]
        if problems:
            raise SpecError(problems)
        if same_text:
            verdicts.remember(text, doc.data)
    ops = operations(doc.data)
    # validate guarantees every operation has 400 and 401 examples sharing one code each.
    bad_request = _error_code(doc.data, ops, "400")
    shared: dict[object, Validator] = {}
    parameter_validators = SchemaValidators(doc.data)  # compiled on first use, once per schema for all operations
    compiled = [_compile_operation(doc, op, bad_request, shared, parameter_validators) for op in ops]
    return MockSpec(doc, compiled, bad_request, _error_code(doc.data, ops, "401"))


def _parse(path: str | Path, text: str) -> tuple[YamlDocument, bool]:
    """The spec parsed from `text`, and whether it was (False: read again from the file; no verdict is kept)."""
    doc = parse_yaml(text, str(path))
    if isinstance(doc.data, dict) and PARTS_KEY in doc.data:
        return load_openapi(path), False  # the root's text is not the whole spec: merged from its parts, never remembered
    if isinstance(doc.data, dict) and isinstance(doc.data.get("paths"), dict):
        return doc, True
    return load_openapi(path), False  # load_openapi's own answer to a file that is not a spec (spec-not-object)


def _error_code(spec: dict[str, Any], ops: list[Operation], status: str) -> str:
    """The one error code of a gateway status (the mock answers auth and input errors before it knows the operation)."""
    example, _ = error_example(spec, ops[0], status) if ops else (None, "")
    return str(example["error_code"]) if example else "APIGW.0101"


def _validator(spec: dict[str, Any], schema: Any, shared: dict[object, Validator]) -> Validator:
    """One validator per distinct schema: the same object, or the same bare `$ref` (every error response's)."""
    key: object = ("$ref", schema["$ref"]) if isinstance(schema, dict) and schema.keys() == {"$ref"} else id(schema)
    if key not in shared:
        shared[key] = schemas.compile_validator(spec, schema)
    return shared[key]


def _compile_operation(
    doc: YamlDocument, op: Operation, bad_request_code: str, shared: dict[object, Validator], parameter_validators: SchemaValidators
) -> OperationSpec:
    spec = doc.data
    keys = key_parameters(spec, op)
    status, response = success_response(op) or ("200", {})
    validators = {}
    for code in op.data.get("responses") or {}:
        found_schema = response_schema(spec, op, str(code))
        if found_schema is not None and str(code).isdigit():
            validators[int(code)] = _validator(spec, found_schema[0], shared)
    not_found_example, _ = error_example(spec, op, "404")
    not_found = ErrorTemplate(not_found_example["error_code"], not_found_example["error_msg"]) if not_found_example else None
    empty = _empty_answer(doc, op, status, validators) if not keys and not_found is None else None
    return OperationSpec(
        op,
        compile_parameters(spec, op, bad_request_code, parameter_validators),
        tuple(str(param["name"]) for param, _ in keys),
        tuple(str(param.get("example")) for param, _ in keys),
        int(status),
        success_example(spec, response, pointer_join(op.pointer, "responses", status)),
        validators,
        not_found,
        empty,
    )


def _empty_answer(doc: YamlDocument, op: Operation, status: str, validators: dict[int, Validator]) -> Any:
    found = response_schema(doc.data, op, status)
    if found is None or int(status) not in validators:
        return None
    empty = schemas.minimal_instance(doc.data, *found)
    error = schemas.first_error(validators[int(status)], empty)
    if error is not None:
        raise SpecError(
            [doc.diagnostic("mock-empty-answer", found[1], f"{op.operation_id}: cannot build an empty answer: {schemas.describe(error)}")]
        )
    return empty
