"""Everything the mock needs from the spec, read once at start-up with `generator.spec_model`.

Per operation: its parameters (compiled), the path parameters that address a resource, the
success status and example, a compiled validator per documented response, and the 404 code and
message from the spec's own 404 example. Anything the mock cannot serve faithfully is a
diagnostic here, and the mock does not start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema.protocols import Validator

from generator.diagnostics import Diagnostic, pointer_join
from generator.spec_model import DanglingRef, Operation, deref, json_media, operations, parameters, response_schema, success_response
from generator.yaml_source import YamlDocument, load_yaml
from mock_server import schemas
from mock_server.params import Parameter, compile_parameters

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "spec" / "modelarts.yaml"
PROJECT_PARAM = "project_id"


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


def load_spec(path: str | Path = DEFAULT_SPEC) -> MockSpec:
    """Read and compile the spec; InputError if the file is unreadable, SpecError if it cannot be served."""
    doc = load_yaml(path)
    if not isinstance(doc.data, dict) or not isinstance(doc.data.get("paths"), dict):
        raise SpecError([doc.diagnostic("mock-spec-invalid", "", "not an OpenAPI document with paths")])
    problems: list[Diagnostic] = []
    try:
        bad_request = _shared_error_code(doc, "400", problems)
        unauthorized = _shared_error_code(doc, "401", problems)
        compiled = []
        for op in operations(doc.data):
            compiled_op = _compile_operation(doc, op, bad_request or "", problems)
            if compiled_op is not None:
                compiled.append(compiled_op)
    except DanglingRef as exc:
        raise SpecError([doc.located(exc.diagnostic)]) from None
    if problems or bad_request is None or unauthorized is None:
        raise SpecError(problems)
    return MockSpec(doc, compiled, bad_request, unauthorized)


def _error_example(doc: YamlDocument, op: Operation, status: str) -> tuple[dict[str, Any] | None, str]:
    responses = op.data.get("responses") or {}
    pointer = pointer_join(op.pointer, "responses", status)
    if status not in responses:
        return None, pointer
    response, pointer = deref(doc.data, responses[status], pointer)
    media, _ = json_media(doc.data, response, pointer) or ({}, "")
    example = media.get("example")
    if isinstance(example, dict) and isinstance(example.get("error_code"), str) and isinstance(example.get("error_msg"), str):
        return example, pointer
    return None, pointer


def _shared_error_code(doc: YamlDocument, status: str, problems: list[Diagnostic]) -> str | None:
    """The error code every operation's `status` example uses (the mock answers auth and input errors before it knows the operation)."""
    codes: dict[str, str] = {}
    for op in operations(doc.data):
        example, pointer = _error_example(doc, op, status)
        if example is None:
            problems.append(
                doc.diagnostic("mock-error-example-missing", pointer, f"{op.operation_id} needs a {status} response with an error example")
            )
        else:
            codes.setdefault(example["error_code"], pointer)
    if len(codes) > 1:
        problems.append(
            doc.diagnostic("mock-error-code-ambiguous", "/paths", f"operations disagree on the {status} error code: {sorted(codes)}")
        )
        return None
    return next(iter(codes), None)


def _compile_operation(doc: YamlDocument, op: Operation, bad_request_code: str, problems: list[Diagnostic]) -> OperationSpec | None:
    spec = doc.data
    params, found = compile_parameters(doc, op, bad_request_code)
    problems += found
    path_params = [(param, pointer) for param, pointer in parameters(spec, op) if param.get("in") == "path"]
    if PROJECT_PARAM not in {param.get("name") for param, _ in path_params}:
        problems.append(doc.diagnostic("mock-project-missing", op.pointer, f"{op.operation_id}: the path has no {PROJECT_PARAM} parameter"))
    keys = [(param, pointer) for param, pointer in path_params if param.get("name") != PROJECT_PARAM]
    for param, pointer in keys:
        if not isinstance(param.get("example"), str):
            problems.append(
                doc.diagnostic(
                    "mock-key-example-missing",
                    pointer,
                    f"{op.operation_id}: path parameter {param.get('name')!r} needs a string `example` (the id the success example describes)",
                )
            )
    success = success_response(op)
    if success is None:
        problems.append(doc.diagnostic("mock-success-missing", op.pointer, f"{op.operation_id} documents no success response"))
        return None
    status, response = success
    example = _success_example(spec, response, pointer_join(op.pointer, "responses", status))
    if example is None:
        problems.append(
            doc.diagnostic(
                "mock-success-example-missing",
                pointer_join(op.pointer, "responses", status),
                f"{op.operation_id}: the success response needs examples.manual, examples.constructed or an example",
            )
        )
    validators = {}
    for code in op.data.get("responses") or {}:
        found_schema = response_schema(spec, op, str(code))
        if found_schema is not None and str(code).isdigit():
            schema, pointer = found_schema
            problems += schemas.unsupported_keywords(doc, schema, pointer, set())
            validators[int(code)] = schemas.compile_validator(spec, schema)
    if int(status) not in validators:
        problems.append(
            doc.diagnostic(
                "mock-success-schema-missing",
                pointer_join(op.pointer, "responses", status),
                f"{op.operation_id}: the success response has no JSON schema",
            )
        )
    not_found_example, not_found_pointer = _error_example(doc, op, "404")
    if keys and not_found_example is None:
        problems.append(
            doc.diagnostic(
                "mock-not-found-missing", not_found_pointer, f"{op.operation_id} addresses a resource but documents no 404 example"
            )
        )
    not_found = ErrorTemplate(not_found_example["error_code"], not_found_example["error_msg"]) if not_found_example else None
    empty = _empty_answer(doc, op, status, validators) if not keys and not_found is None else None
    return OperationSpec(
        op,
        params,
        tuple(str(param["name"]) for param, _ in keys),
        tuple(str(param.get("example")) for param, _ in keys),
        int(status),
        example,
        validators,
        not_found,
        empty,
    )


def _success_example(spec: dict[str, Any], response: Any, pointer: str) -> Any:
    media, media_pointer = json_media(spec, response, pointer) or ({}, "")
    for name in ("manual", "constructed"):
        example, _ = deref(spec, (media.get("examples") or {}).get(name), pointer_join(media_pointer, "examples", name))
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example")


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
