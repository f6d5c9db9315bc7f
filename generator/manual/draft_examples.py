"""The draft's examples: the page's own examples kept verbatim, and the schemas widened where they contradict them.

A page's example is its only sample of the wire format, and pages contradict their own tables (a table types a
field String, the example sends a number). The spec keeps the example as printed and makes the schema accept
it, recording the contradiction as an `x-doc-deviation` (what the page says, what the spec chose, why), as the
curated operations do. A success response the page prints no example for gets a `constructed` one, built from
the drafted schema. Components the spec already had are never rewritten: a contradiction there is reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from modelarts_spec.diagnostics import Diagnostic, Level
from modelarts_spec.example_values import INT32

if TYPE_CHECKING:
    from generator.manual.draft import Draft

PROSE = ("description", "x-doc-deviation", "x-draft-type")
JSON_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}
TYPE_WORDS = {dict: "object", list: "list", str: "string", bool: "boolean", int: "integer", float: "number"}
REASON = "The page's example is its only sample of the wire format: the spec accepts it, so neither form breaks a client."
DEPTH = 6  # of constructed examples


def reconcile(result: Draft, spec: dict[str, Any]) -> None:
    checker = Checker(result.components.schemas, (spec.get("components") or {}).get("schemas") or {}, result.diagnostics)
    for part in result.parts.values():
        for path, item in part["paths"].items():
            for method, op in item.items():
                checker.where = f"{op['operationId']} ({method.upper()} {path})"
                for media in _media(op):
                    for example in (media.get("examples") or {}).values():
                        if example.get("value") is None and "constructed" in media["examples"]:
                            example["value"] = checker.construct(media["schema"], 0)
                        else:
                            checker.walk(media, "schema", example["value"])
    for schema in result.components.schemas.values():
        _strip(schema)
    for part in result.parts.values():
        _strip(part)


def _media(op: dict[str, Any]) -> list[dict[str, Any]]:
    found = [((op.get("requestBody") or {}).get("content") or {}).get("application/json")]
    found += [((r.get("content") or {}).get("application/json")) for r in op["responses"].values() if "$ref" not in r]
    return [m for m in found if m and "schema" in m]


def _strip(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("x-draft-type", None)
        for value in node.values():
            _strip(value)
    elif isinstance(node, list):
        for value in node:
            _strip(value)


class Checker:
    """Walks an example through its schema, widening the drafted schema wherever the example does not fit."""

    def __init__(self, drafted: dict[str, Any], existing: dict[str, Any], diagnostics: list[Diagnostic]) -> None:
        self.drafted, self.existing, self.diagnostics, self.where = drafted, existing, diagnostics, ""

    def resolve(self, schema: Any) -> tuple[dict[str, Any], bool]:
        """The schema behind a $ref, and whether the draft may change it."""
        while isinstance(schema, dict) and "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            if name in self.drafted:
                schema = self.drafted[name]
            else:
                return (self.existing.get(name) or {}), False
        return (schema if isinstance(schema, dict) else {}), True

    def fits(self, schema: Any, value: Any) -> bool:
        """Whether the value fits the schema as it is (no widening), at this level and below."""
        target, _ = self.resolve(schema)
        if "anyOf" in target:
            return any(self.fits(branch, value) for branch in target["anyOf"])
        if value is None:
            return bool(target.get("nullable")) or not target
        if not _type_fits(target.get("type"), value) or ("enum" in target and value not in target["enum"]):
            return False
        if isinstance(value, dict):
            props = target.get("properties") or {}
            extra = target.get("additionalProperties")
            if any(name not in value for name in target.get("required") or []):
                return False
            return all(
                self.fits(props[k], v) if k in props else (not isinstance(extra, dict) or self.fits(extra, v)) for k, v in value.items()
            )
        if isinstance(value, list) and isinstance(target.get("items"), dict):
            return all(self.fits(target["items"], v) for v in value)
        return True

    def walk(self, holder: dict[str, Any], key: str, value: Any) -> None:
        schema = holder[key]
        if self.fits(schema, value):
            self._widen_integer(schema, value)
            return
        target, mine = self.resolve(schema)
        if not mine:
            self._report(f"the example does not fit the spec's component {schema.get('$ref')}: curate it by hand")
            return
        if value is None and "$ref" in schema:
            self._nullable(target, schema)
        elif "anyOf" in target or value is None or not _type_fits(target.get("type"), value):
            self._widen(holder, key, value)
        elif "enum" in target and value not in target["enum"]:
            self._add_enum(target, value)
        elif isinstance(value, dict):
            self._walk_object(target, value)
        elif isinstance(value, list):
            for item in value:
                self.walk(target, "items", item)

    def _walk_object(self, target: dict[str, Any], value: dict[str, Any]) -> None:
        missing = [name for name in target.get("required") or [] if name not in value]
        if missing:
            target["required"] = [n for n in target["required"] if n not in missing] or None
            if target["required"] is None:
                del target["required"]
            _deviate(
                target,
                f"Marks {', '.join(missing)} mandatory, but the page's example leaves {'it' if len(missing) == 1 else 'them'} out.",
                "optional",
            )
        props, extra = target.get("properties") or {}, target.get("additionalProperties")
        for name, item in value.items():
            if name in props:
                self.walk(props, name, item)
            elif isinstance(extra, dict):
                self.walk(target, "additionalProperties", item)

    def _widen(self, holder: dict[str, Any], key: str, value: Any) -> None:
        old = holder[key]
        doc_type = old.get("x-draft-type") if isinstance(old, dict) else None
        core = {k: v for k, v in old.items() if k not in PROSE} if isinstance(old, dict) else {}
        if value is None:
            widened = {**core, "nullable": True} if "$ref" not in core else {"allOf": [core], "nullable": True}
            chosen = "nullable"
        else:
            observed = self._observed(core, value)
            widened = {"anyOf": [*(core.get("anyOf") or [core]), observed]} if core else observed
            chosen = f"{doc_type or 'the table type'} or {TYPE_WORDS[type(value)]}"
        if isinstance(old, dict) and old.get("description"):
            widened["description"] = old["description"]
        sent = JSON_NAMES[type(value)]
        _deviate(widened, f"Typed {doc_type or 'otherwise'} by the page's table, but the page's example sends {sent}.", chosen, doc_type)
        holder[key] = widened

    def _widen_integer(self, schema: Any, value: Any) -> None:
        """An integer beyond 32 bits (a millisecond timestamp) makes its drafted schema `format: int64`: typed clients
        read an integer without it as int32 (`validate`: example-invalid). Not a contradiction of the page's Integer."""
        target, mine = self.resolve(schema)
        if mine and type(value) is int and value not in INT32 and target.get("type") == "integer" and "format" not in target:
            target["format"] = "int64"

    def _nullable(self, target: dict[str, Any], ref: dict[str, Any]) -> None:
        """A null where a table names an object: the object's component accepts null (a $ref can carry no `nullable`)."""
        target["nullable"] = True
        doc_type = ref.get("x-draft-type") or "an object"
        _deviate(target, f"Typed {doc_type} by the page's table, but the page's example sends null.", "nullable", None)

    def _observed(self, core: dict[str, Any], value: Any) -> dict[str, Any]:
        if isinstance(value, list):
            items = [v for v in value if v is not None]
            if items and all(isinstance(v, dict) for v in items) and core:
                return {"type": "array", "items": core}
            return {"type": "array", "items": self._observed({}, items[0]) if items else {}}
        if type(value) is int and value not in INT32:
            return {"type": "integer", "format": "int64"}
        return {dict: {"type": "object"}, str: {"type": "string"}, bool: {"type": "boolean"}, int: {"type": "integer"}}.get(
            type(value), {"type": "number"}
        )

    def _add_enum(self, target: dict[str, Any], value: Any) -> None:
        listed = [str(v) for v in target["enum"]]
        target["enum"] = [*target["enum"], value]
        _deviate(
            target, f"Lists {', '.join(listed)}; the page's example sends {value!r}.", f"the listed values and {value!r}", doc_enum=listed
        )

    def construct(self, schema: Any, depth: int) -> Any:
        """A value of the schema from its enums and defaults, for a success response the page prints no example of."""
        target, _ = self.resolve(schema)
        if "anyOf" in target:
            return self.construct(target["anyOf"][0], depth)
        kind = target.get("type")
        if "default" in target:
            return target["default"]
        if target.get("enum"):
            return target["enum"][0]
        if kind == "object" or "properties" in target:
            if depth >= DEPTH:
                return {}
            return {name: self.construct(prop, depth + 1) for name, prop in (target.get("properties") or {}).items()}
        if kind == "array":
            return [] if depth >= DEPTH else [self.construct(target.get("items") or {}, depth + 1)]
        return {"string": "string", "integer": 0, "number": 0, "boolean": False}.get(str(kind), {})

    def _report(self, message: str) -> None:
        self.diagnostics.append(Diagnostic("draft-example", Level.WARNING, f"{self.where}: {message}"))


def _type_fits(kind: Any, value: Any) -> bool:
    if kind is None:
        return True
    if isinstance(value, bool):
        return bool(kind == "boolean")
    fits: dict[str, bool] = {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "integer": isinstance(value, int),
        "number": isinstance(value, int | float),
        "boolean": False,
    }
    return fits.get(kind, True)


def _deviate(schema: dict[str, Any], manual: str, chosen: str, doc_type: str | None = None, doc_enum: list[str] | None = None) -> None:
    """Record (or extend) the schema's x-doc-deviation: several contradictions of one place are one record."""
    old = schema.get("x-doc-deviation")
    record: dict[str, Any] = {"manual": manual, "chosen": chosen, "reason": REASON}
    if old:
        record = {"manual": f"{old['manual']} {manual}", "chosen": f"{old['chosen']}; {chosen}", "reason": REASON}
        doc_type, doc_enum = doc_type or old.get("doc-type"), doc_enum or old.get("doc-enum")
    if doc_type:
        record["doc-type"] = doc_type
    if doc_enum:
        record["doc-enum"] = doc_enum
    schema["x-doc-deviation"] = record
