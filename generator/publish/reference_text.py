"""Text of the HTML reference: type labels, descriptions with their facts, and the little Markdown the spec uses.

Everything here returns escaped HTML (`Markup`) or plain text that the template escapes: spec text is data.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markupsafe import Markup
from modelarts_spec.diagnostics import pointer_join
from modelarts_spec.openapi import deref

INLINE_CODE = re.compile(r"`([^`]+)`")


def type_label(spec: dict[str, Any], schema: Any, pointer: str) -> str:
    """`string (int64)`, `array of Specification`, `string | number`, `PoolStatus`."""
    name = ""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        name = schema["$ref"].rsplit("/", 1)[-1]
    node, resolved = deref(spec, schema, pointer)
    if not isinstance(node, dict):
        return "any"
    for key in ("anyOf", "oneOf", "allOf"):
        if node.get(key):
            joiner = " & " if key == "allOf" else " | "
            label = joiner.join(type_label(spec, b, pointer_join(resolved, key, i)) for i, b in enumerate(node[key]))
            return name or label
    kind = node.get("type")
    if kind == "array":
        return f"array of {type_label(spec, node.get('items', {}), pointer_join(resolved, 'items'))}"
    if name and (kind == "object" or "properties" in node):
        return name
    label = str(kind or ("object" if "properties" in node else "any"))
    return f"{label} ({node['format']})" if node.get("format") else label


def describe(node: dict[str, Any], spec: dict[str, Any], schema_pointer: str) -> str:
    """The description plus the facts a reader needs: enum, default, bounds, pattern, example."""
    schema = node.get("schema", node) if "in" in node else node
    resolved, _ = deref(spec, schema, schema_pointer)
    resolved = resolved if isinstance(resolved, dict) else {}
    text = str(node.get("description") or resolved.get("description") or "")
    facts = []
    holder = resolved.get("items") if resolved.get("type") == "array" and isinstance(resolved.get("items"), dict) else resolved
    holder = deref(spec, holder, schema_pointer)[0] if isinstance(holder, dict) else {}
    if holder.get("enum"):
        facts.append("One of: " + ", ".join(f"`{v}`" for v in holder["enum"]) + ".")
    for key, word in (("default", "Default"), ("minimum", "Minimum"), ("maximum", "Maximum"), ("minLength", "Min length")):
        if key in resolved:
            facts.append(f"{word}: `{resolved[key]}`.")
    for key, word in (("maxLength", "Max length"), ("maxItems", "Max items"), ("pattern", "Pattern")):
        if key in resolved:
            facts.append(f"{word}: `{resolved[key]}`.")
    if "example" in node:
        facts.append(f"Example: `{node['example']}`.")
    return " ".join([text, *facts]).strip()


def markdown(text: str) -> Markup:
    """The little Markdown our descriptions use: paragraphs and `code`."""
    paragraphs = [p.strip() for p in str(text).split("\n\n") if p.strip()]
    out = []
    for paragraph in paragraphs:
        escaped = html.escape(" ".join(paragraph.split()))
        out.append("<p>" + INLINE_CODE.sub(r"<code>\1</code>", escaped) + "</p>")
    return Markup("".join(out))


def inline(text: str) -> Markup:
    """One line of our Markdown: `code` only."""
    return Markup(INLINE_CODE.sub(r"<code>\1</code>", html.escape(" ".join(str(text).split()))))
