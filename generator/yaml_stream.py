"""YAML written as a stream of events: the bytes `yaml.dump(…, default_flow_style=False)` writes, without its graph.

`yaml.dump` first represents the whole document as a graph of nodes (about 2 KB per row of a transcription:
a manual of a million rows needed 2.4 GB) and only then serialises it. Here each value becomes its events as
the emitter asks for them, so memory stays that of the data and the text; libyaml's emitter writes them, twice
as fast. Scalars are represented and their implicit tags resolved exactly as PyYAML's safe dumper does; no
anchors are written (the generator's data shares no containers).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode

MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"


def dump(data: Any, width: int, head: str = "") -> str:
    """`head`, then `data` (JSON values) as block-style YAML, keys in their order, non-ASCII kept."""
    out = io.StringIO()
    out.write(head)  # not StringIO(head): that buffer keeps 4 bytes a character
    yaml.emit(_document(data), out, Dumper=yaml.CSafeDumper, allow_unicode=True, width=width)
    return out.getvalue()


def _document(data: Any) -> Iterator[Event]:
    yield StreamStartEvent(encoding=None)
    yield DocumentStartEvent(explicit=False)
    yield from _Events().of(data)
    yield DocumentEndEvent(explicit=False)
    yield StreamEndEvent()


class _Events:
    def __init__(self) -> None:
        self.representer = yaml.representer.SafeRepresenter()
        self.resolver = yaml.resolver.Resolver()

    def of(self, value: Any) -> Iterator[Event]:
        """The events of one value; nesting is bounded by the readers that built the data (examples: 100)."""
        if isinstance(value, dict):
            yield MappingStartEvent(None, MAP, True, flow_style=False)
            for key, item in value.items():
                yield from self.of(key)
                yield from self.of(item)
            yield MappingEndEvent()
        elif isinstance(value, list):
            yield SequenceStartEvent(None, SEQ, True, flow_style=False)
            for item in value:
                yield from self.of(item)
            yield SequenceEndEvent()
        else:
            node = self.representer.represent_data(value)
            if not isinstance(node, ScalarNode):  # the data is JSON values: str, int, float, bool, None
                raise TypeError(f"not a JSON value: {type(value).__name__}")
            plain = node.tag == self.resolver.resolve(ScalarNode, node.value, (True, False))  # type: ignore[no-untyped-call]
            quoted = node.tag == self.resolver.resolve(ScalarNode, node.value, (False, True))  # type: ignore[no-untyped-call]
            yield ScalarEvent(None, node.tag, (plain, quoted), node.value, style=node.style)
