"""OpenAPI links (Link Objects on responses): each names an operation that exists and gives its parameters
expressions that resolve against the operation and response the link is on.

A create's success answer links to what can be done with the resource it made (show, update, delete, its
actions): the stateful mock remembers creates by them, waiters and schemathesis' stateful runs follow them.
So a link must lead somewhere and every value it passes must be found at run time:

- `operationId` names an operation of the spec (`operationRef` is not supported): `link-target-unknown`;
- each parameter is one of the target's (`project_id`, or qualified as `path.project_id`):
  `link-parameter-unknown`; every path parameter of the target is given: `link-parameter-missing`;
- each value is a runtime expression we can resolve: `$request.path|query|header.<name>` (a parameter of
  the source operation), `$request.body#/pointer` (into its JSON request body schema), `$response.body#/pointer`
  (into the linked response's schema, and present in each of its examples, which the mock serves),
  `$response.header.<name>` (a header the response declares); a pointer must reach a string or integer,
  since it fills a parameter: `link-expression-invalid`.

Codes are documented in spec/README.md.
"""

from __future__ import annotations

import re
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join, pointer_split
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import (
    Operation,
    deref,
    json_media,
    operations,
    parameters,
    request_schema,
    resolve_pointer,
    schema_at,
    schema_types,
)

LOCATIONS = ("path", "query", "header")
EXPRESSION = re.compile(r"\$(request|response)\.(path|query|header|body)(?:\.([A-Za-z0-9_.!#$%&'*+^`|~-]+)|(#.*))?", re.DOTALL)
ID_TYPES = frozenset({"string", "integer"})
SUPPORTED = (
    "$request.path.<name>, $request.query.<name>, $request.header.<name>, $request.body#/<pointer>, "
    "$response.body#/<pointer>, $response.header.<name>"
)


def check_links(doc: YamlDocument) -> list[Diagnostic]:
    spec = doc.data
    ops = operations(spec)
    by_id = {op.operation_id: op for op in ops}
    found: list[Diagnostic] = []
    for op in ops:
        responses = op.data.get("responses")
        for status, response in (responses if isinstance(responses, dict) else {}).items():
            response, response_pointer = deref(spec, response, pointer_join(op.pointer, "responses", status))
            links = response.get("links") if isinstance(response, dict) else None
            for name, link in (links if isinstance(links, dict) else {}).items():
                link, pointer = deref(spec, link, pointer_join(response_pointer, "links", name))
                if isinstance(link, dict):
                    found += _check_link(doc, by_id, op, response, link, pointer)
    return found


def _check_link(
    doc: YamlDocument, by_id: dict[str, Operation], source: Operation, response: dict[str, Any], link: dict[str, Any], pointer: str
) -> list[Diagnostic]:
    if "operationRef" in link:
        return [
            doc.diagnostic(
                "link-target-unknown",
                pointer_join(pointer, "operationRef"),
                "operationRef is not supported",
                hint="name the target by its operationId",
            )
        ]
    target = by_id.get(str(link.get("operationId")))
    if target is None:
        return [
            doc.diagnostic(
                "link-target-unknown",
                pointer_join(pointer, "operationId"),
                f"link to {link.get('operationId')!r}: no operation has this operationId",
                hint="a link names its target by the operationId of an operation of the spec",
            )
        ]
    declared = {(p.get("in"), p.get("name")): p for p, _ in parameters(doc.data, target)}
    given: dict[Any, Any] = link["parameters"] if isinstance(link.get("parameters"), dict) else {}
    found = []
    covered: set[tuple[Any, Any]] = set()
    for name, expression in given.items():
        where = pointer_join(pointer, "parameters", name)
        key = _target_parameter(declared, str(name))
        if key is None:
            found.append(
                doc.diagnostic(
                    "link-parameter-unknown",
                    where,
                    f"{target.operation_id} has no parameter {name!r}",
                    hint="a parameter of the target, or qualified by its location: path.<name>, query.<name>, header.<name>",
                )
            )
        else:
            covered.add(key)
        problem = _expression_problem(doc.data, source, response, expression)
        if problem:
            found.append(doc.diagnostic("link-expression-invalid", where, problem, hint=f"supported: {SUPPORTED}"))
    missing = [name for (where, name), p in declared.items() if where == "path" and (where, name) not in covered]
    if missing:
        found.append(
            doc.diagnostic(
                "link-parameter-missing",
                pointer_join(pointer, "parameters") if given else pointer,
                f"link to {target.operation_id} gives no value for its path parameter(s) {', '.join(map(repr, missing))}",
                hint="every path parameter of the target needs an expression",
            )
        )
    return found


def _target_parameter(declared: dict[tuple[Any, Any], Any], name: str) -> tuple[Any, Any] | None:
    location, dot, bare = name.partition(".")
    if dot and location in LOCATIONS and (location, bare) in declared:
        return location, bare
    return next(((where, name) for where in LOCATIONS if (where, name) in declared), None)


def _expression_problem(spec: dict[str, Any], source: Operation, response: dict[str, Any], expression: Any) -> str | None:
    """Why the expression cannot give the parameter a value at run time, or None."""
    match = EXPRESSION.fullmatch(expression) if isinstance(expression, str) else None
    if match is None:
        return f"{_shown(expression)} is not a supported runtime expression"
    side, part, name, fragment = match.groups()
    if part == "body":
        if fragment is None or not (fragment == "#" or fragment.startswith("#/")):
            return f"{_shown(expression)}: the body is addressed by a JSON pointer ({side}.body#/...)"
        return _body_problem(spec, source, response, side, fragment[1:], expression)
    if name is None:
        return f"{_shown(expression)} names no {part}"
    if side == "request":
        if not any(p.get("in") == part and p.get("name") == name for p, _ in parameters(spec, source)):
            return f"{_shown(expression)}: {source.operation_id} has no {part} parameter {name!r}"
        return None
    if part != "header":
        return f"{_shown(expression)}: a response has headers and a body, no {part}"
    headers = response.get("headers")
    if not (isinstance(headers, dict) and any(str(h).lower() == name.lower() for h in headers)):
        return f"{_shown(expression)}: the response declares no header {name!r}"
    return None


def _body_problem(
    spec: dict[str, Any], source: Operation, response: dict[str, Any], side: str, pointer: str, expression: str
) -> str | None:
    media = None
    if side == "request":
        body = request_schema(spec, source)
        what = f"{source.operation_id}'s request body"
    else:
        media = json_media(spec, response, source.pointer)
        body = (media[0]["schema"], pointer_join(media[1], "schema")) if media and "schema" in media[0] else None
        what = "the response's body"
    if body is None:
        return f"{_shown(expression)}: {what} has no JSON schema"
    tokens = pointer_split(pointer)
    target = schema_at(spec, body[0], body[1], tokens)
    if target is None:
        return f"{_shown(expression)}: {what} has no field at {pointer or '/'}"
    types = schema_types(spec, target[0], target[1])
    if not types or not types <= ID_TYPES:
        return f"{_shown(expression)}: the field at {pointer or '/'} is {' or '.join(sorted(types)) or 'untyped'}, not a string or integer"
    if side == "response" and media is not None:
        for label, sample in _examples(spec, media[0], media[1]):
            try:
                value = resolve_pointer(sample, pointer)
            except KeyError:
                return f"{_shown(expression)}: the response's {label} has no value at {pointer}"
            if isinstance(value, bool) or not isinstance(value, str | int):
                return f"{_shown(expression)}: the response's {label} holds {_shown(value)} at {pointer}, not a string or integer"
    return None


def _examples(spec: dict[str, Any], media: dict[str, Any], pointer: str) -> list[tuple[str, Any]]:
    found = [("example", media["example"])] if "example" in media else []
    examples = media.get("examples")
    for name, example in (examples if isinstance(examples, dict) else {}).items():
        example, _ = deref(spec, example, pointer_join(pointer, "examples", name))
        if isinstance(example, dict) and "value" in example:
            found.append((f"example {name!r}", example["value"]))
    return found


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
