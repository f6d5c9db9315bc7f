"""Iterate over every item of an offset/limit operation, one page request at a time.

`offset` is read as a record index (the next page starts at offset + items received): that is
what the parameter's name says and how other clients page these operations; the manual's
description of ShowServiceEvents ("start page") is ambiguous, see the spec's x-doc-deviation.
Paging stops at an empty page, once `total_count` items have been seen, or (without a
`total_count`) at a page shorter than `limit`. A server that answers the next offset with the same full
page again (ignoring offset) would make that endless, whatever `total_count` says (huge, missing, not an
integer): the repeat raises ModelArtsResponseError instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

from .errors import ModelArtsArgumentError, ModelArtsResponseError

P = TypeVar("P")
T = TypeVar("T")


def _next_offset(offset: int, received: int, limit: int, total: int | None) -> int | None:
    if received == 0:
        return None
    offset += received
    if total is not None:  # trust the server's count: it may cap a page below `limit`
        return offset if offset < total else None
    return offset if received >= limit else None


def _repeated(operation: str, offset: int, previous: int, count: int) -> ModelArtsResponseError:
    return ModelArtsResponseError(
        200,
        None,
        f"the server answered offset {offset} with the same {count} items as offset {previous}: it ignores the offset, "
        "so paging stopped (the items of the first page were yielded once)",
        operation=operation,
    )


def _total(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def iterate(
    fetch: Callable[[int, int], P],
    items: Callable[[P], Sequence[T]],
    total: Callable[[P], int | None],
    limit: int,
    offset: int = 0,
    operation: str = "",
) -> Iterator[T]:
    """Yield the items of the page at `offset`, then of the following pages."""
    if limit < 1:
        raise ModelArtsArgumentError(f"limit must be at least 1, got {limit}")
    next_offset: int | None = offset
    previous: tuple[int, Sequence[T]] | None = None
    while next_offset is not None:
        page = fetch(next_offset, limit)
        found = items(page)
        if previous is not None and found and list(found) == list(previous[1]):
            raise _repeated(operation, next_offset, previous[0], len(found))
        yield from found
        previous = (next_offset, found)
        next_offset = _next_offset(next_offset, len(found), limit, _total(total(page)))


async def aiterate(
    fetch: Callable[[int, int], Awaitable[P]],
    items: Callable[[P], Sequence[T]],
    total: Callable[[P], int | None],
    limit: int,
    offset: int = 0,
    operation: str = "",
) -> AsyncIterator[T]:
    """The async twin of `iterate`."""
    if limit < 1:
        raise ModelArtsArgumentError(f"limit must be at least 1, got {limit}")
    next_offset: int | None = offset
    previous: tuple[int, Sequence[T]] | None = None
    while next_offset is not None:
        page = await fetch(next_offset, limit)
        found = items(page)
        if previous is not None and found and list(found) == list(previous[1]):
            raise _repeated(operation, next_offset, previous[0], len(found))
        for item in found:
            yield item
        previous = (next_offset, found)
        next_offset = _next_offset(next_offset, len(found), limit, _total(total(page)))
