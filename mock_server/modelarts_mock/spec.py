"""Everything the mock needs from the spec: read and validated once at start-up, each operation compiled on first use.

The spec must pass `validate` (modelarts_spec: every rule the mock relies on is a spec rule), or the mock does not
start and the diagnostics say why. A text known to have passed is not checked again (`spec_cache`): the published
bundle, which `make publish` validated before writing it, and a spec this mock validated before.

Per operation (`OperationSpec`, each part derived when a request, the seed or a fixture first needs it, so a spec
of 1,500 operations starts without compiling what nobody asks for): its parameters and request body, the path
parameters that address a resource, the success status and body, a validator per documented status, and the 404
code and message from the spec's own 404 example. Validators are shared by the whole spec, one per schema.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from jsonschema.protocols import Validator
from modelarts_spec import published_spec
from modelarts_spec.diagnostics import Diagnostic, Level, pointer_join
from modelarts_spec.loader import YamlDocument, load_openapi, parse_yaml, read_text
from modelarts_spec.openapi import Operation, deref, operations, response_schema, success_response
from modelarts_spec.parts import PARTS_KEY
from modelarts_spec.servable import PROJECT_PARAM, error_example, key_parameters, success_example

from modelarts_mock import schemas, spec_cache

if TYPE_CHECKING:
    from modelarts_mock.kinds import Kinds
    from modelarts_mock.lifecycle import Lifecycle
from modelarts_mock.params import Parameter, compile_parameters
from modelarts_mock.schemas import SchemaValidators

# The published bundle inside the modelarts-spec package, as JSON (read ~20x faster than its YAML twin): the same
# document installed or in a checkout.
DEFAULT_SPEC = published_spec("json")
_TEMPLATE_PARAM = re.compile(r"\{([^{}/]+)\}")


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
class RequestBody:
    """What an operation accepts as a request body: whether it must be sent, and each documented media type (lower
    case, without parameters) with its JSON schema, or None for a media type whose content is not JSON."""

    required: bool
    media: dict[str, Any]
    validators: SchemaValidators

    def validator(self, media_type: str) -> Validator | None:
        schema = self.media.get(media_type)
        return None if schema is None else self.validators.get(schema)


class OperationSpec:
    """One operation as the mock serves it. Every part is derived from the spec on first use, then kept (a race
    derives it twice, alike: each is a pure function of the spec)."""

    def __init__(self, doc: YamlDocument, operation: Operation, bad_request_code: str, validators: SchemaValidators) -> None:
        self.doc = doc
        self.operation = operation
        self.bad_request_code = bad_request_code
        self.validators = validators  # shared by every operation of the spec: a schema they share is compiled once

    def __repr__(self) -> str:
        return f"OperationSpec({self.method} {self.operation.path} {self.operation_id})"

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def method(self) -> str:
        return self.operation.method.upper()

    @property
    def data(self) -> dict[str, Any]:
        spec: dict[str, Any] = self.doc.data
        return spec

    @cached_property
    def parameters(self) -> list[Parameter]:
        return compile_parameters(self.data, self.operation, self.bad_request_code, self.validators)

    @cached_property
    def request_body(self) -> RequestBody | None:
        """The body the operation documents (None: none, and a body sent is not read)."""
        if "requestBody" not in self.operation.data:
            return None
        pointer = pointer_join(self.operation.pointer, "requestBody")
        body, _ = deref(self.data, self.operation.data["requestBody"], pointer)
        content = body.get("content") if isinstance(body, dict) else None
        media: dict[str, Any] = {}
        for name, entry in (content if isinstance(content, dict) else {}).items():
            kind = media_type(str(name)) or str(name)
            schema = entry.get("schema") if isinstance(entry, dict) and is_json(kind) else None
            media.setdefault(kind, schema)
        return RequestBody(bool(body.get("required")) if isinstance(body, dict) else False, media, self.validators)

    @cached_property
    def key_names(self) -> tuple[str, ...]:
        """Path parameters besides project_id, which address the resource, in path order."""
        names = {str(param["name"]) for param, _ in key_parameters(self.data, self.operation)}
        return tuple(name for name in _TEMPLATE_PARAM.findall(self.operation.path) if name in names)

    @cached_property
    def key_example(self) -> tuple[str, ...]:
        """Their `example:` values: the resource the success example describes."""
        examples = {str(param["name"]): str(param.get("example")) for param, _ in key_parameters(self.data, self.operation)}
        return tuple(examples[name] for name in self.key_names)

    @cached_property
    def _success(self) -> tuple[str, Any]:
        return success_response(self.operation) or ("200", {})

    @cached_property
    def success_status(self) -> int:
        return int(self._success[0])

    @cached_property
    def success_example(self) -> Any:
        """The success body: examples.evidence, else manual, else constructed, else example, else the smallest body the
        schema accepts; None for a success documented without content (answered without a body)."""
        status, response = self._success
        found = success_example(self.data, response, pointer_join(self.operation.pointer, "responses", status))
        if found is None and self.success_status in self._schemas:
            found = schemas.minimal_instance(self.data, *self._schemas[self.success_status])
        return found

    @cached_property
    def _schemas(self) -> dict[int, tuple[Any, str]]:
        """Each documented status with JSON content → its schema and pointer."""
        found = {}
        for code in self.operation.data.get("responses") or {}:
            schema = response_schema(self.data, self.operation, str(code)) if str(code).isdigit() else None
            if schema is not None:
                found[int(code)] = schema
        return found

    @property
    def success_schema(self) -> tuple[Any, str] | None:
        """The success answer's JSON schema and its pointer (None: documented without JSON content)."""
        return self._schemas.get(self.success_status)

    @cached_property
    def responses(self) -> dict[int, Validator]:
        """Every documented status → the validator of its body: its JSON schema's, or, for a status documented without
        content, one that accepts no body (None) only."""
        found: dict[int, Validator] = {}
        for code in self.operation.data.get("responses") or {}:
            if str(code).isdigit():
                schema = self._schemas.get(int(code))
                found[int(code)] = schemas.NO_BODY if schema is None else self.validators.get(schema[0])
        return found

    @cached_property
    def not_found(self) -> ErrorTemplate | None:
        example, _ = error_example(self.data, self.operation, "404")
        return ErrorTemplate(example["error_code"], example["error_msg"]) if example else None

    @cached_property
    def empty_body(self) -> Any:
        """The answer of a read that finds nothing in the project: the smallest body its success schema accepts
        (required fields only, empty lists); None without content. SpecError (`mock-empty-answer`) if that body
        does not fit the schema."""
        found = self._schemas.get(self.success_status)
        if found is None:
            return None
        empty = schemas.minimal_instance(self.data, *found)
        error = schemas.first_error(self.responses[self.success_status], empty)
        if error is not None:
            message = f"{self.operation_id}: cannot build an empty answer: {schemas.describe(error)}"
            raise SpecError([self.doc.diagnostic("mock-empty-answer", found[1], message)])
        return empty


def media_type(header: str | None) -> str | None:
    """`application/json;charset=UTF-8` → `application/json`; None for no header (or an empty type)."""
    if header is None:
        return None
    found = header.partition(";")[0].strip().lower()
    return found or None


_JSON_MEDIA = re.compile(r"application/(?:[\w.!#$&^-]+\+)?json")


def is_json(media: str) -> bool:
    """`application/json` and the `+json` types (`application/merge-patch+json`), and the wildcards that cover them."""
    return bool(_JSON_MEDIA.fullmatch(media)) or media in ("*/*", "application/*")


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

    @cached_property
    def _by_id(self) -> dict[str, OperationSpec]:
        return {op.operation_id: op for op in self.operations}

    def operation(self, operation_id: str) -> OperationSpec | None:
        return self._by_id.get(operation_id)

    @cached_property
    def kinds(self) -> Kinds:
        """The kinds of resource the spec's paths create (derived on the first write or 404, not at start-up)."""
        from modelarts_mock.kinds import derive_kinds

        return derive_kinds(self)

    @cached_property
    def lifecycles(self) -> dict[str, Lifecycle]:
        """The mock's lifecycle table, for the kinds this spec has (entries for operations it lacks are left out)."""
        from modelarts_mock.lifecycle import bind, read_table

        return bind(read_table(), self.kinds, self)[0]

    def check_project(self, project_id: str) -> None:
        """BadRequest unless the spec's project_id parameter accepts the id (the one rule for seeds and fixtures)."""
        param = next(p for op in self.operations for p in op.parameters if p.name == PROJECT_PARAM)
        param.check(project_id)


def load_spec(path: str | Path = DEFAULT_SPEC) -> MockSpec:
    """Read, validate and compile the spec; InputError if the file is unreadable, SpecError if it is not valid."""
    return compile_spec(validated(path))


def validated(path: str | Path) -> YamlDocument:
    """The spec at `path`, checked by `validate` unless this exact text is known to have passed (spec_cache)."""
    text = read_text(path)
    doc = _known_valid(path, text)
    if doc is not None:
        return doc
    doc, same_text = _parse(path, text)
    from modelarts_spec.validate import validate  # imported when used: a start on a known text never loads the validators

    problems = [d for d in validate(doc) if d.level is Level.ERROR]
    if problems:
        raise SpecError(problems)
    if same_text:
        spec_cache.remember(text, doc.data)
    return doc


def _known_valid(path: str | Path, text: str) -> YamlDocument | None:
    """The document, if this exact text is known to be valid (published, or remembered); None: parse and validate it."""
    if PARTS_KEY in text:
        return None  # the root's text is not the whole spec: merged from its parts and validated on every start
    if spec_cache.published(text):  # what publish wrote: the JSON bundle is plain JSON within every limit, read at C speed
        data = _json(text) if text.lstrip().startswith("{") else None
        doc = YamlDocument(str(path), data, _text=text) if data is not None else parse_yaml(text, str(path))
        return doc if isinstance(doc.data, dict) else None
    remembered = spec_cache.recall(text)
    return None if remembered is None else YamlDocument(str(path), remembered, _text=text)  # lines indexed on demand


def _json(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # e.g. an integer beyond 64 bits: the shared reader then reads it, same values
        return None


def _parse(path: str | Path, text: str) -> tuple[YamlDocument, bool]:
    """The spec parsed from `text`, and whether it was (False: read again from the file; no verdict is kept)."""
    doc = parse_yaml(text, str(path))
    if isinstance(doc.data, dict) and PARTS_KEY in doc.data:
        return load_openapi(path), False  # the root's text is not the whole spec: merged from its parts, never remembered
    if isinstance(doc.data, dict) and isinstance(doc.data.get("paths"), dict):
        return doc, True
    return load_openapi(path), False  # load_openapi's own answer to a file that is not a spec (spec-not-object)


def compile_spec(doc: YamlDocument) -> MockSpec:
    """What the mock serves from a valid spec (validate guarantees what this reads: 400/401 examples, 404s, examples).
    Nothing per operation is compiled here: each part on first use."""
    ops = operations(doc.data)
    bad_request = _error_code(doc.data, ops, "400")
    validators = SchemaValidators(doc.data)  # compiled on first use, once per schema for all operations
    compiled = [OperationSpec(doc, op, bad_request, validators) for op in ops]
    return MockSpec(doc, compiled, bad_request, _error_code(doc.data, ops, "401"))


def _error_code(spec: dict[str, Any], ops: list[Operation], status: str) -> str:
    """The one error code of a gateway status (the mock answers auth and input errors before it knows the operation)."""
    example, _ = error_example(spec, ops[0], status) if ops else (None, "")
    return str(example["error_code"]) if example else "APIGW.0101"
