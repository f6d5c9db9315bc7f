"""User fixtures (`--fixtures F`, YAML or JSON): more resources, in any project, checked against the spec at start-up.

    projects:
      <project id>:
        <operationId>:
          - path: {<path parameter>: <value>, ...}   # every path parameter but project_id; omit if none
            query: {<query parameter>: <value>}      # optional: the listing it answers (ShowServiceSpecifications)
            body: {...}                              # the success response body, valid against the spec
    answers:                                         # optional (a recording writes it): answers to one exact query
      <project id>:
        <operationId>:
          - path: {...}
            query: {limit: "2", offset: "2"}         # served for a request with exactly these query parameters
            body: {...}

Each entry of `projects` is filed into the resource it describes (a pool, a service…); it replaces that facet of a
seeded one. Each entry of `answers` becomes a recorded stub (faults.Fault, recorded=True): answered as given to a
request of that operation, ids and exact query, before the resources are asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import STRICT, YamlDocument, load_yaml
from modelarts_spec.servable import PROJECT_PARAM

from modelarts_mock import schemas
from modelarts_mock.backend import DERIVED
from modelarts_mock.errors import BadRequest
from modelarts_mock.faults import STUB, Fault
from modelarts_mock.spec import MockSpec, OperationSpec
from modelarts_mock.state import Entry

ENTRY_KEYS = {"path", "query", "body"}
SECTIONS = ("projects", "answers")


class Fixtures(NamedTuple):
    entries: list[Entry]  # resources
    answers: list[Fault]  # a recording's answers to exact queries, as recorded stubs


class FixturesError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.to_text() for d in diagnostics))
        self.diagnostics = diagnostics


def load_fixtures(path: str | Path, spec: MockSpec) -> list[Entry]:
    """The resources of a fixtures file (see `read_fixtures`)."""
    return read_fixtures(path, spec).entries


def read_fixtures(path: str | Path, spec: MockSpec) -> Fixtures:
    """Resources and answers from a fixtures file; InputError if unreadable or malformed, FixturesError listing every
    invalid entry."""
    doc = load_yaml(path, STRICT)  # a repeated key would silently drop a record
    data = doc.data
    if not isinstance(data, dict) or "projects" not in data or not set(data) <= set(SECTIONS) or not isinstance(data["projects"], dict):
        message = "expected a mapping with the key 'projects' (project id → operations) and optionally 'answers' (the same shape)"
        raise FixturesError([doc.diagnostic("fixtures-invalid", "", message)])
    problems: list[Diagnostic] = []
    entries = _section(doc, spec, "projects", problems)
    answers = [_answer(spec, entry) for entry in _section(doc, spec, "answers", problems)]
    if problems:
        raise FixturesError(problems)
    return Fixtures(entries, answers)


def _section(doc: YamlDocument, spec: MockSpec, section: str, problems: list[Diagnostic]) -> list[Entry]:
    records: list[Entry] = []
    projects = doc.data.get(section, {})
    if not isinstance(projects, dict):
        problems.append(doc.diagnostic("fixtures-invalid", f"/{section}", "expected a mapping of project id → operations"))
        return records
    for project, ops in projects.items():
        where = pointer_join("", section, project)
        problems += _check_project(doc, spec, str(project), where)
        if not isinstance(ops, dict):
            problems.append(doc.diagnostic("fixtures-invalid", where, "expected a mapping of operationId → list of records"))
            continue
        for operation_id, entries in ops.items():
            op_where = pointer_join(where, operation_id)
            op = spec.operation(str(operation_id))
            if op is None:
                known = ", ".join(o.operation_id for o in spec.operations[:40])
                problems.append(
                    doc.diagnostic(
                        "fixtures-operation-unknown", op_where, f"unknown operation {str(operation_id)[:80]!r}; known: {known}, ..."
                    )
                )
            elif op.operation_id in DERIVED:
                problems.append(
                    doc.diagnostic(
                        "fixtures-derived", op_where, f"{operation_id} is computed from other resources (pools): give those instead"
                    )
                )
            elif not isinstance(entries, list):
                problems.append(doc.diagnostic("fixtures-invalid", op_where, "expected a list of records ({path: ..., body: ...})"))
            else:
                for index, entry in enumerate(entries):
                    record = _record(doc, op, str(project), entry, pointer_join(op_where, index), problems)
                    if record is not None:
                        records.append(record)
    return records


def _answer(spec: MockSpec, entry: Entry) -> Fault:
    """A recorded answer as the stub that serves it: that operation, project, ids and exactly that query."""
    op = spec.operation(entry.operation_id)
    assert op is not None  # checked by _section
    path = {PROJECT_PARAM: entry.project, **dict(zip(op.key_names, entry.key, strict=True))}
    query = {name: _text(value) for name, value in entry.query.items()}
    return Fault(op.operation_id, kind=STUB, status=op.success_status, body=entry.body, path=path, query=query, recorded=True)


def _text(value: Any) -> str:
    """A query value as a request carries it (the recorder writes text; a hand-written file may say 2 or true)."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _check_project(doc: YamlDocument, spec: MockSpec, project: str, where: str) -> list[Diagnostic]:
    try:
        spec.check_project(project)
    except BadRequest as exc:
        return [doc.diagnostic("fixtures-project-invalid", where, f"invalid project id: {exc.message}")]
    return []


Report = Callable[[str, str, str], None]  # (code, JSON pointer, message)


def _record(doc: YamlDocument, op: OperationSpec, project: str, entry: Any, where: str, problems: list[Diagnostic]) -> Entry | None:
    return check_entry(op, project, entry, where, lambda code, pointer, message: problems.append(doc.diagnostic(code, pointer, message)))


def check_entry(op: OperationSpec, project: str, entry: Any, where: str, report: Report) -> Entry | None:
    """The entry {path, query, body} of one operation checked against the spec, or None after reporting each problem."""
    if not isinstance(entry, dict) or "body" not in entry or not set(entry) <= ENTRY_KEYS:
        report("fixtures-invalid", where, "expected a mapping with 'body' and, if the path has parameters, 'path' (and optionally 'query')")
        return None
    given = entry.get("path") or {}
    if not isinstance(given, dict) or set(given) != set(op.key_names):
        expected = ", ".join(op.key_names) or "nothing"
        report("fixtures-path-invalid", pointer_join(where, "path"), f"{op.operation_id} records need path parameters: {expected}")
        return None
    ok = True
    key = []
    for name in op.key_names:
        param = next(p for p in op.parameters if p.name == name and p.location == "path")
        try:
            key.append(str(param.check(str(given[name]))))
        except BadRequest as exc:
            report("fixtures-path-invalid", pointer_join(where, "path", name), exc.message)
            ok = False
    query = _query(op, entry.get("query"), pointer_join(where, "query"), report)
    error = schemas.first_error(op.responses[op.success_status], entry["body"])
    if error is not None:
        report(
            "fixtures-body-invalid",
            pointer_join(where, "body") + schemas.instance_pointer(error),
            f"does not match the {op.success_status} response of {op.operation_id}: {schemas.describe(error)}",
        )
    if not ok or query is None or error is not None:
        return None
    return Entry(project, op.operation_id, tuple(key), entry["body"], query)


def _query(op: OperationSpec, given: Any, where: str, report: Report) -> dict[str, Any] | None:
    """The listing an entry answers, as query parameters of the operation (checked like a request's)."""
    if given is None:
        return {}
    if not isinstance(given, dict):
        report("fixtures-query-invalid", where, "expected a mapping of query parameter → value")
        return None
    known = {p.name: p for p in op.parameters if p.location == "query"}
    values: dict[str, Any] = {}
    for name, value in given.items():
        param = known.get(str(name))
        if param is None:
            report("fixtures-query-invalid", pointer_join(where, str(name)), f"{op.operation_id} has no query parameter {name!r}")
            return None
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        try:
            values[param.name] = param.check(text)
        except BadRequest as exc:
            report("fixtures-query-invalid", pointer_join(where, str(name)), exc.message)
            return None
    return values
