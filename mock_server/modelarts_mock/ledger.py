"""The byte budget of the bodies the mock holds: filed through the control plane or by creates (see limits.py)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from modelarts_mock.errors import LimitReached
from modelarts_mock.wire import json_bytes

if TYPE_CHECKING:
    from collections.abc import Iterable

    from modelarts_mock.state import Entry

MAX_BYTES = 256 << 20  # JSON text of the bodies held, in all (~1.2x that once parsed)


def body_bytes(body: object) -> int:
    return len(json_bytes(body))


class Ledger:
    """Bytes of the bodies filed through the control plane, by what they replace (project, operation, ids, listing)."""

    def __init__(self) -> None:
        self.held: dict[tuple[str, str, tuple[str, ...], str], int] = {}
        self.total = 0

    @staticmethod
    def _key(entry: Entry) -> tuple[str, str, tuple[str, ...], str]:
        return (entry.project, entry.operation_id, entry.key, json.dumps(dict(entry.query), sort_keys=True, default=str))

    def check(self, entries: Iterable[Entry]) -> dict[tuple[str, str, tuple[str, ...], str], int]:
        """The sizes of the entries, or LimitReached if holding them would pass MAX_BYTES (a replaced body is freed)."""
        sizes = {self._key(entry): body_bytes(entry.body) for entry in entries}
        total = self.total + sum(size - self.held.get(key, 0) for key, size in sizes.items())
        if total > MAX_BYTES:
            held = self.total >> 20
            raise LimitReached("", f"at most {MAX_BYTES >> 20} MiB of bodies (the mock's limit; it holds {held} MiB): remove some first")
        return sizes

    def hold(self, sizes: dict[tuple[str, str, tuple[str, ...], str], int]) -> None:
        for key, size in sizes.items():
            self.total += size - self.held.get(key, 0)
            self.held[key] = size

    def release(self, project: str, key: tuple[str, ...]) -> None:
        """A resource removed: every body filed under its project and ids (a pool's body, tags and monitor together)."""
        for held in [k for k in self.held if k[0] == project and k[2] == key]:
            self.total -= self.held.pop(held)

    def clear(self) -> None:
        self.held = {}
        self.total = 0
