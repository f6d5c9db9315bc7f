"""Names that become identifiers in generated code and on the wire: parameter names, tags, property names.

A header name goes on the wire as is, so it must be an RFC 9110 token; a query, path or cookie parameter
name becomes a function argument in every generated client, so it must be a plain name; a tag names a
module or class (`api/pools`), so it must be declared in the top-level `tags` and look like an identifier.
Property names may hold `/` and `.` (`os.modelarts/name`), but generators for Go, C# or Java fold case and
punctuation to make field names, so two properties of one schema that fold alike cannot both exist; and
quotes, backslashes and control characters in a property name would have to survive every generator's
string escaping. Everything is refused at its pointer before a tool renders it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from modelarts_spec.diagnostics import Diagnostic, pointer_join
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import operations, parameters, walk_openapi

# RFC 9110 token characters, without the quote characters it allows (' and `), which no real header uses
HEADER_NAME = re.compile(r"[A-Za-z0-9!#$%&*+.^_|~-]{1,100}")
PARAMETER_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,99}")
TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
UNSAFE_IN_PROPERTY = re.compile(r"[\"'`\\\x00-\x1f\x7f]")
FOLD = re.compile(r"[^0-9a-z]")


def folded(name: object) -> str:
    """A name as generators of other languages see it: case and punctuation gone (`GPU_Info` → `gpuinfo`)."""
    return FOLD.sub("", str(name).lower())


COMPONENT_NAME = re.compile(r"[A-Za-z0-9._-]{1,200}")  # OpenAPI 3.0 §4.7.7, with a length bound


def check_names(doc: YamlDocument, entries: Iterable[tuple[Any, Any, str, bool]] | None = None) -> list[Diagnostic]:
    """`entries`: validate's one walk of the spec (`walk_openapi`), reused rather than walking again."""
    return check_parameter_names(doc) + check_tags(doc) + check_schema_names(doc) + check_mapped_names(doc, entries)


def check_schema_names(doc: YamlDocument) -> list[Diagnostic]:
    """Component schemas become modules and classes: `GPUInfo` and `GpuInfo` are both `gpu_info.py` in Python."""
    components = doc.data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    found = []
    seen: dict[str, str] = {}
    for name in schemas if isinstance(schemas, dict) else {}:
        fold = folded(name)
        if not (isinstance(name, str) and COMPONENT_NAME.fullmatch(name)):
            found.append(
                doc.diagnostic(
                    "schema-name-invalid",
                    pointer_join("", "components", "schemas", name),
                    f"schema name {_shown(name)} is not letters, digits, '.', '-' and '_' only (OpenAPI's rule for component names)",
                    hint="a drafted name made from a table title: give it a plain name",
                )
            )
        elif fold in seen:
            found.append(
                doc.diagnostic(
                    "schema-name-collision",
                    pointer_join("", "components", "schemas", name),
                    f"schema {name!r} and {seen[fold]!r} differ only in case or punctuation",
                    hint="generated clients name a module or type after the schema; rename one",
                )
            )
        else:
            seen[fold] = str(name)
    return found


def check_parameter_names(doc: YamlDocument) -> list[Diagnostic]:
    found = []
    for param, pointer in _parameters(doc.data):
        name, where = param.get("name"), param.get("in")
        pattern, expected = (
            (HEADER_NAME, "an RFC 9110 token (letters, digits and !#$%&*+.^_|~-)")
            if str(where).lower() == "header"
            else (PARAMETER_NAME, "a plain name: a letter or _ then letters, digits, _ . -")
        )
        if not (isinstance(name, str) and pattern.fullmatch(name)):
            found.append(
                doc.diagnostic(
                    "parameter-name-invalid",
                    pointer_join(pointer, "name"),
                    f"{where} parameter name {_shown(name)} is not {expected}",
                    hint="parameter names become wire names and arguments of every generated client",
                )
            )
    return found


def _parameters(spec: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    seen: set[str] = set()
    components = spec.get("components")
    shared = components.get("parameters") if isinstance(components, dict) else None
    candidates = [(p, pointer_join("", "components", "parameters", n)) for n, p in (shared if isinstance(shared, dict) else {}).items()]
    for op in operations(spec):
        candidates += parameters(spec, op)
    for param, pointer in candidates:
        if isinstance(param, dict) and pointer not in seen and "$ref" not in param:
            seen.add(pointer)
            yield param, pointer


def check_tags(doc: YamlDocument) -> list[Diagnostic]:
    declared_list = doc.data.get("tags")
    declared: set[str] = set()
    found = []
    for index, tag in enumerate(declared_list if isinstance(declared_list, list) else []):
        name = tag.get("name") if isinstance(tag, dict) else None
        if isinstance(name, str) and TAG_NAME.fullmatch(name):
            declared.add(name)
        else:
            found.append(_bad_tag(doc, pointer_join("", "tags", index, "name"), name))
    for op in operations(doc.data):
        tags = op.data.get("tags")
        for index, tag in enumerate(tags if isinstance(tags, list) else []):
            pointer = pointer_join(op.pointer, "tags", index)
            if not (isinstance(tag, str) and TAG_NAME.fullmatch(tag)):
                found.append(_bad_tag(doc, pointer, tag))
            elif tag not in declared:
                found.append(
                    doc.diagnostic(
                        "tag-undeclared",
                        pointer,
                        f"tag {tag!r} is not declared in the top-level tags",
                        hint="declare it under `tags:` with a description",
                    )
                )
    return found


def _bad_tag(doc: YamlDocument, pointer: str, name: Any) -> Diagnostic:
    return doc.diagnostic(
        "tag-invalid",
        pointer,
        f"tag {_shown(name)} is not an identifier-like name (a letter, then letters, digits, _ or -)",
        hint="tags name modules and classes in generated clients",
    )


def check_mapped_names(doc: YamlDocument, entries: Iterable[tuple[Any, Any, str, bool]] | None = None) -> list[Diagnostic]:
    """Names that are keys of a mapping: response header names and property names (one walk for both)."""
    found = []
    for key, value, pointer, is_name in walk_openapi(doc.data, "") if entries is None else entries:
        if is_name or not isinstance(value, dict):
            continue
        if key == "headers" and pointer != "/components/headers":
            found += [
                doc.diagnostic(
                    "parameter-name-invalid", pointer_join(pointer, name), f"header name {_shown(name)} is not an RFC 9110 token"
                )
                for name in value
                if not (isinstance(name, str) and HEADER_NAME.fullmatch(name))
            ]
        elif key == "properties":
            found += _property_names(doc, value, pointer)
    return found


def _property_names(doc: YamlDocument, properties: dict[Any, Any], pointer: str) -> list[Diagnostic]:
    found = []
    seen: dict[str, str] = {}
    for name in properties:
        where = pointer_join(pointer, name)
        if not isinstance(name, str) or UNSAFE_IN_PROPERTY.search(name) or not name.strip():
            found.append(
                doc.diagnostic("property-name-invalid", where, f"property name {_shown(name)} holds quotes, \\ or control characters")
            )
            continue
        fold = folded(name)
        if fold in seen:
            found.append(
                doc.diagnostic(
                    "property-name-collision",
                    where,
                    f"property {name!r} and {seen[fold]!r} differ only in case or punctuation",
                    hint="generators for Go, C# and Java give both the same field name; keep one",
                )
            )
        else:
            seen[fold] = name
    return found


def _shown(name: Any) -> str:
    text = repr(name)
    return text if len(text) <= 80 else text[:77] + "..."
