"""The recorder behind `--proxy URL --record FILE`: valid success answers of GET operations, as a fixtures file
`--fixtures FILE` loads back.

Two sections. `projects`: each resource as the mock models it, one entry per (project, operation, path ids,
listing): pages of a listing (`?limit=2`, `?limit=2&offset=2`) are merged by position, a filtered answer
(`?event_type=abnormal`) adds the items it shows and never replaces the listing. `answers`: every answer to
a request with a query, as received, served on replay for exactly that query (`total_count` 9 for
`?limit=2` stays 9). Secrets are scrubbed (secret-looking keys, URL signatures, and every credential the
mock knows, wherever it is echoed). An answer that would make the file unloadable (a lone surrogate,
NaN, nesting deeper than the reader's limit, a file over the fixtures size limit) is not recorded; the
reason is returned for the deviation report. The file is written atomically, through a temporary file
created exclusively (never through an existing name or symlink), YAML or JSON as its name says.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from modelarts_spec.fast_json import NOT_FAST, fast_json
from modelarts_spec.loader import STRICT, Limits

from modelarts_mock import schemas
from modelarts_mock.backend import DERIVED
from modelarts_mock.json_input import lone_surrogate_at
from modelarts_mock.scrub import Redactor
from modelarts_mock.spec import OperationSpec

SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
LISTING_QUERY = {"ShowServiceSpecifications": ("infer_type", "is_personal_cluster")}  # query that files an answer
PAGING = ("limit", "offset")
ENTRY_DEPTH = 5
YAML_GROWTH = 2  # YAML text is up to about twice the compact JSON of the same data: room kept under the limit


class RecordingRefused(ValueError):
    """The recording cannot be made (a file name whose format is unknown, a file that exists)."""


def recording_format(path: Path) -> str:
    """`json` or `yaml`, from the file name; RecordingRefused for any other suffix or an existing file."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise RecordingRefused(f"--record {path.name}: expected a .json, .yaml or .yml file name (the format it is written in)")
    if path.exists() or path.is_symlink():
        raise RecordingRefused(f"--record {path}: the file exists; the recorder writes only a file it creates (move it or pick a new name)")
    return kind


@dataclass
class Listing:
    """One recorded resource: the fields of the latest unfiltered answer and, for a listing, every item seen."""

    base: Any  # the body's fields (the listing's array taken out); None until an answer gave them
    array: str | None  # the listing's array field (`events`), if the body has exactly one
    placed: dict[int, Any] = field(default_factory=dict)  # items of unfiltered pages, by position
    seen: list[Any] = field(default_factory=list)  # items of filtered or sorted answers, in the order seen
    keys: set[str] = field(default_factory=set)  # canonical JSON of the items in `seen`

    def add(self, body: Any, query: Mapping[str, str], filtered: bool) -> None:
        """An unfiltered answer gives the fields and places its items at its offset; a filtered (or sorted) one
        adds the items not seen yet, and gives the fields only to a resource that has none yet."""
        if not isinstance(body, dict):
            if not filtered or self.base is None:
                self.base = body
            return
        if not filtered or self.base is None:
            self.base = {k: v for k, v in body.items() if k != self.array}
        items = body.get(self.array) if self.array else None
        if not isinstance(items, list):
            return
        offset = _number(query.get("offset", "0"))
        for index, item in enumerate(items):
            if not filtered and offset is not None:
                self.placed[offset + index] = item
                continue
            key = _canonical(item)
            if key not in self.keys:
                self.keys.add(key)
                self.seen.append(item)

    def body(self) -> Any:
        if not isinstance(self.base, dict) or self.array is None:
            return self.base
        placed = [self.placed[i] for i in sorted(self.placed)]
        known = {_canonical(item) for item in placed}
        return {**self.base, self.array: placed + [item for item in self.seen if _canonical(item) not in known]}

    def copy(self) -> Listing:
        return Listing(self.base, self.array, dict(self.placed), list(self.seen), set(self.keys))


def _canonical(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def _array_field(body: Any) -> str | None:
    arrays = [k for k, v in body.items() if isinstance(v, list)] if isinstance(body, dict) else []
    return arrays[0] if len(arrays) == 1 else None


class Recorder:
    """Answers filed as fixtures, written after each; thread-safe (the proxy records from a worker thread)."""

    def __init__(self, path: Path, redactor: Redactor | None = None, limits: Limits = STRICT) -> None:
        self.path = path
        self.format = recording_format(path)
        self.redactor = redactor or Redactor()
        self.limit = limits.max_bytes // (YAML_GROWTH if self.format == "yaml" else 1)
        self.limits = limits
        # A body sits ENTRY_DEPTH levels down in the file (answers → project → operation → list → entry → body)
        self._body_limits = replace(limits, max_depth=limits.max_depth - ENTRY_DEPTH)
        self.resources: dict[tuple[str, str, tuple[str, ...], str], Listing] = {}
        self.answers: dict[tuple[str, str, tuple[str, ...], str], dict[str, Any]] = {}
        self.sizes: dict[tuple[str, ...], tuple[int, int]] = {}  # (compact JSON bytes, values) of each entry
        self.names: dict[str, tuple[str, ...]] = {}  # path parameters (but project_id) of each operation recorded
        self._lock = threading.Lock()
        self._created = False  # the file is ours once the first write created it (until then, it must not exist)

    def add(self, project: str, op: OperationSpec, path: Mapping[str, str], query: Mapping[str, str], body: Any) -> str | None:
        """Record one valid success answer of `op`; None, or why it was not recorded (it would not load back)."""
        if op.operation_id in DERIVED or op.operation.method.lower() != "get":
            return None  # counted from the pools on replay; a write's effect is recorded by the reads that follow
        with self._lock:
            problem = self._add(project, op, path, query, self.redactor.value(body))
            if problem is None:
                problem = self._write()
            return problem

    def _add(self, project: str, op: OperationSpec, path: Mapping[str, str], query: Mapping[str, str], body: Any) -> str | None:
        problem = self._loadable(body)
        if problem is not None:
            return problem
        ids = tuple(str(path[name]) for name in op.key_names)
        membership = {k: query[k] for k in LISTING_QUERY.get(op.operation_id, ()) if k in query}
        rest = {k: v for k, v in query.items() if k not in membership}
        filtered = any(k not in PAGING for k in rest)
        key = (project, op.operation_id, ids, json.dumps(membership, sort_keys=True))
        held = self.resources.get(key)
        candidate = held.copy() if held is not None else Listing(None, _array_field(body))
        candidate.add(body, rest, filtered)
        merged = candidate.body()
        if held is not None and schemas.first_error(op.responses[op.success_status], merged) is not None:
            return "not recorded into the resource: merged with the answers before, it does not fit the spec"
        changes = {("resource", *key[:2], *ids, key[3]): self._size(merged, path, membership)}
        answer_key = (project, op.operation_id, ids, json.dumps(dict(query), sort_keys=True))
        if query:
            changes[("answer", *answer_key[:2], *ids, answer_key[3])] = self._size(body, path, query)
        sizes = {**self.sizes, **changes}
        if sum(size for size, _ in sizes.values()) > self.limit:
            return f"not recorded: the recording would pass {self.limit:,} bytes, the fixtures limit for its format"
        if sum(nodes for _, nodes in sizes.values()) > self.limits.max_nodes:
            return f"not recorded: the recording would hold more than {self.limits.max_nodes:,} values, the fixtures limit"
        self.resources[key] = candidate
        self.names[op.operation_id] = op.key_names
        if query:
            self.answers[answer_key] = {"query": dict(query), "body": body, "path": dict(zip(op.key_names, ids, strict=True))}
        self.sizes = sizes
        return None

    def _loadable(self, body: Any) -> str | None:
        """Why `body` would not load back from a fixtures file, or None: read back with the fixtures reader."""
        pointer = lone_surrogate_at(body)
        if pointer is not None:
            return f"not recorded: a lone UTF-16 surrogate at {pointer or '/'} is not text (no UTF-8 file can hold it)"
        try:
            text = json.dumps(body, ensure_ascii=False, allow_nan=False)
        except ValueError as exc:  # NaN or infinity; an integer of more than 4,300 digits
            return f"not recorded: {str(exc)[:80]} (no JSON reader takes it back)"
        except RecursionError:
            return f"not recorded: nested deeper than {self.limits.max_depth}"
        if fast_json(text, "answer", self._body_limits) is NOT_FAST:
            limits = self._body_limits
            return f"not recorded: nested deeper than {limits.max_depth} (in a body) or more than {limits.max_nodes:,} values"
        return None

    @staticmethod
    def _size(body: Any, path: Mapping[str, str], query: Mapping[str, str]) -> tuple[int, int]:
        """Bytes of the entry as compact JSON, and its values as the reader counts them (the members of containers)."""
        entry = {"path": dict(path), "query": dict(query), "body": body}
        nodes, level = 0, list[Any]([entry])
        while level:
            nodes += sum(len(v) for v in level)
            level = [c for v in level for c in (v.values() if isinstance(v, dict) else v) if isinstance(c, dict | list)]
        return len(json.dumps(entry, ensure_ascii=False).encode("utf-8")) + 64, nodes + 8

    def document(self) -> dict[str, Any]:
        projects: dict[str, dict[str, list[Any]]] = {}
        for (project, op_id, ids, membership), listing in sorted(self.resources.items()):
            entry: dict[str, Any] = {"body": listing.body()}
            names = self.names.get(op_id, ())
            if names:
                entry["path"] = dict(zip(names, ids, strict=True))
            if membership != "{}":
                entry["query"] = json.loads(membership)
            projects.setdefault(project, {}).setdefault(op_id, []).append(entry)
        answers: dict[str, dict[str, list[Any]]] = {}
        for (project, op_id, _, _), answer in sorted(self.answers.items()):
            entry = {k: v for k, v in answer.items() if v or k == "body"}
            answers.setdefault(project, {}).setdefault(op_id, []).append(entry)
        return {"projects": projects, **({"answers": answers} if answers else {})}

    def _write(self) -> str | None:
        """Write the recording; why not, if its name was taken by a file the recorder did not create (left as it is)."""
        data = self.document()
        if self.format == "yaml":
            text = yaml.dump(data, Dumper=_Dumper, sort_keys=True, allow_unicode=True, default_flow_style=False, width=120)
        else:
            text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        try:
            write_atomically(self.path, text, replace=self._created)
        except FileExistsError:
            return f"not recorded: {self.path} was created by something else since the mock started; it is left as it is"
        self._created = True
        return None


_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter when built with it: ~10x faster


def write_atomically(path: Path, text: str, replace: bool = True) -> None:
    """Put `text` at `path` at once: a temporary file created exclusively beside it (a random name, O_EXCL: an existing
    file or symlink of that name is never written through), flushed, then renamed over `path` (`replace`) or linked
    to it, which fails with FileExistsError if `path` exists (a file the caller did not create is never replaced)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
