"""YAML → JSON values, built from libyaml's event stream with limits, never from PyYAML's composer.

PyYAML's composer recurses once per nesting level (libyaml's crashes the process on deep input), expands
nothing but lets aliases share nodes, so an alias bomb or a recursive anchor only explodes later, in
whatever walks the data. Building the values here from events keeps every limit in one loop: nesting
depth, the expanded size of aliases, recursive and undefined aliases, and only JSON values (str, int,
finite float, bool, null, mappings with scalar keys, sequences) — a YAML timestamp, binary, set or `.nan`
is refused at its line instead of reaching a JSON encoder or a schema validator.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from modelarts_spec.diagnostics import Diagnostic, InputError, Level, pointer_join

_TAG = "tag:yaml.org,2002:"
_NOT_JSON = {
    "timestamp": "a YAML date or timestamp",
    "binary": "YAML binary data",
    "set": "a YAML set",
    "omap": "a YAML ordered map",
    "pairs": "YAML pairs",
    "merge": "a YAML merge key (<<)",
    "value": "a YAML value key (=)",
}
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Limits:
    """What one input file may hold. Defaults fit a spec of a few thousand operations (~13 KB each in YAML: the
    1,500-operation spec of `bench/scale_spec.py` is 20 MB)."""

    max_bytes: int = 64 << 20  # file size read at most; larger files are refused before parsing
    max_depth: int = 100  # nesting of mappings and sequences, aliases expanded
    max_nodes: int = 4_000_000  # values once every alias is expanded (an alias bomb expands to billions)
    max_alias_nodes: int = 100_000  # of those, values reached through aliases
    duplicate_keys: bool = True  # False: a repeated mapping key is an error, not a diagnostic for later


MAX_MB_ENV = "MODELARTS_INPUT_MAX_MB"  # sets the size limit of every input file, in MiB
DATA_MAX_BYTES = 16 << 20  # data files (fixtures, ids, the manual's tables) are smaller than specs, and YAML reads at ~2 MB/s


def _max_bytes(environ: Mapping[str, str], default: int) -> int:
    text = environ.get(MAX_MB_ENV, "")
    return int(text) << 20 if text.isascii() and text.isdigit() and 0 < int(text) <= 4096 else default


DEFAULT_LIMITS = Limits(max_bytes=_max_bytes(os.environ, Limits.max_bytes))
# Data files: repeated keys are errors (a fixture silently lost is worse than a refusal), and a lower size limit.
STRICT = Limits(max_bytes=_max_bytes(os.environ, DATA_MAX_BYTES), duplicate_keys=False)


@dataclass
class _Open:
    """A mapping or sequence whose end event has not come yet."""

    value: dict[Any, Any] | list[Any]
    pointer: str
    anchor: str | None
    key: Any = None
    key_text: str | None = None  # the pending key's raw text (the pointer token), None when a key is expected
    size: int = 1
    height: int = 1


@dataclass
class Built:
    data: Any = None
    lines: dict[str, int] = field(default_factory=dict)  # JSON pointer → 1-based line
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)
    size: int = 0


class _Builder:
    def __init__(self, text: str, name: str, limits: Limits) -> None:
        self.loader = _Loader(text)
        self.name = name
        self.limits = limits
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # anchor → (value, expanded size, height)
        self.open_anchors: set[str] = set()
        self.out = Built()
        self.aliased = 0
        self.done = False

    def fail(self, message: str, mark: Any, pointer: str | None = None) -> InputError:
        line = _line(mark) or None
        return InputError(Diagnostic("yaml-unsafe", Level.ERROR, message, file=self.name, pointer=pointer, line=line))

    def run(self) -> Built:
        try:
            while self.loader.check_event():
                self.event(self.loader.get_event())  # type: ignore[no-untyped-call]
        finally:
            self.loader.dispose()
        return self.out

    def event(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.ScalarEvent):
            self.add(self.scalar(event), event, 1, 0)
        elif isinstance(event, yaml.AliasEvent):
            self.alias(event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.start(event)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.end()
        elif isinstance(event, yaml.DocumentStartEvent) and self.done:
            raise self.fail("more than one YAML document in the file (expected one)", event.start_mark)

    def pointer_here(self) -> str:
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.value, list):
            return pointer_join(top.pointer, len(top.value))
        return pointer_join(top.pointer, top.key_text or "")

    def start(self, event: yaml.CollectionStartEvent) -> None:
        if self.stack and isinstance(self.stack[-1].value, dict) and self.stack[-1].key_text is None:
            raise self.fail("a mapping key that is a mapping or a sequence (JSON keys are text)", event.start_mark, self.stack[-1].pointer)
        pointer = self.pointer_here()
        self.check_tag(event, "map" if isinstance(event, yaml.MappingStartEvent) else "seq", pointer)
        if len(self.stack) >= self.limits.max_depth:
            raise self.fail(f"nested deeper than {self.limits.max_depth} levels", event.start_mark, pointer)
        if not self.stack or isinstance(self.stack[-1].value, list):
            self.out.lines[pointer] = _line(event.start_mark)  # mapping values keep their key's line
        value: dict[Any, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Open(value, pointer, event.anchor))

    def end(self) -> None:
        top = self.stack.pop()
        if top.anchor is not None:
            self.open_anchors.discard(top.anchor)
            self.anchors[top.anchor] = (top.value, top.size, top.height)
        if self.stack:
            self.stack[-1].height = max(self.stack[-1].height, top.height + 1)
        self.place(top.value, top.size, None, counted=top.size - 1)  # its values were counted as they came

    def alias(self, event: yaml.AliasEvent) -> None:
        pointer = self.pointer_here() if not (self.stack and self.stack[-1].key_text is None) else self.stack[-1].pointer
        if event.anchor in self.open_anchors:
            raise self.fail(f"recursive alias *{event.anchor} (it refers to a node that contains it)", event.start_mark, pointer)
        if event.anchor not in self.anchors:
            raise self.fail(f"undefined alias *{event.anchor}", event.start_mark, pointer)
        value, size, height = self.anchors[event.anchor]
        self.aliased += size
        if self.aliased > self.limits.max_alias_nodes:
            message = f"aliases expand to more than {self.limits.max_alias_nodes:,} values (an alias bomb?)"
            raise self.fail(message, event.start_mark, pointer)
        if len(self.stack) + height > self.limits.max_depth:
            raise self.fail(f"alias *{event.anchor} nests deeper than {self.limits.max_depth} levels", event.start_mark, pointer)
        if self.stack and self.stack[-1].key_text is not None:
            self.stack[-1].height = max(self.stack[-1].height, height + 1)
        self.add(value, event, size, height)

    def add(self, value: Any, event: yaml.Event, size: int, height: int) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and isinstance(top.value, dict) and top.key_text is None:  # a key
            if isinstance(value, (dict, list)):
                raise self.fail("a mapping key that is a mapping or a sequence (JSON keys are text)", event.start_mark, top.pointer)
            top.key = value
            top.key_text = event.value if isinstance(event, yaml.ScalarEvent) else str(value)
            child = pointer_join(top.pointer, top.key_text)
            if value in top.value:
                if not self.limits.duplicate_keys:
                    raise self.fail(f"duplicate key {top.key_text!r} (the mapping has it already)", event.start_mark, child)
                self.out.duplicate_keys.append((child, _line(event.start_mark)))
            self.out.lines[child] = _line(event.start_mark)  # point at the key, where readers look
            return
        if top is None or isinstance(top.value, list):
            self.out.lines.setdefault(self.pointer_here(), _line(event.start_mark))
        if isinstance(event, yaml.ScalarEvent) and event.anchor is not None:
            self.anchors[event.anchor] = (value, size, height)
        self.place(value, size, event.start_mark)

    def place(self, value: Any, size: int, mark: Any, counted: int = 0) -> None:
        self.out.size += size - counted
        if self.out.size > self.limits.max_nodes:
            raise self.fail(
                f"more than {self.limits.max_nodes:,} values once aliases are expanded (an alias bomb?)", mark, self.pointer_here()
            )
        if not self.stack:
            self.out.data, self.done = value, True
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            top.value[top.key] = value
            top.key = top.key_text = None

    def check_tag(self, event: yaml.NodeEvent, kind: str, pointer: str) -> None:
        tag = getattr(event, "tag", None)
        if tag not in (None, "!", _TAG + kind):
            raise self.fail(
                f"tag {tag} is not allowed (only JSON values: text, numbers, booleans, null, mappings, lists)", event.start_mark, pointer
            )

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted or a block scalar: text, whatever it says (most of a spec)
                return event.value
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        kind = tag.removeprefix(_TAG)
        if kind == "str":
            return event.value
        pointer = self.pointer_here()
        if kind in _NOT_JSON:
            raise self.fail(f"{_NOT_JSON[kind]} is not a JSON value (quote it to keep it as text)", event.start_mark, pointer)
        if kind not in ("null", "bool", "int", "float") or not tag.startswith(_TAG):
            raise self.fail(
                f"tag {tag} is not allowed (only JSON values: text, numbers, booleans, null, mappings, lists)", event.start_mark, pointer
            )
        node = yaml.ScalarNode(tag, event.value)
        try:
            value = getattr(self.loader, f"construct_yaml_{kind}")(node)
        except ValueError as exc:  # e.g. an integer of more digits than int() converts
            raise self.fail(f"not a usable {kind}: {exc}", event.start_mark, pointer) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(f"{event.value} is not a JSON number (JSON has no NaN or infinity)", event.start_mark, pointer)
        return value


def _line(mark: Any) -> int:
    return int(mark.line) + 1 if mark is not None else 0


def build(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Built:
    """The JSON value of one YAML (or JSON) document, its line map and repeated keys; InputError on anything else."""
    return _Builder(text, name, limits).run()
