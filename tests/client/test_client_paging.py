"""iter_…: a server that ignores the offset and repeats a full page ends the iteration with a clear error,
whatever its `total_count` says (issue 23: it never ended)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from modelarts_client import AsyncModelArts, ModelArts, ModelArtsResponseError, TokenAuth

SERVICE = "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e"
PROJECT = "0b5f5e5f5e5f4e1c8c7e3d2f1a0b9c8d"
EVENTS = [{"event_type": "normal", "event_info": f"event {i}", "occur_time": 1562597251764 + i} for i in range(3)]


def repeating(total: Any) -> tuple[list[httpx.Request], httpx.MockTransport, httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert len(seen) < 50, "the iterator did not stop"
        body: dict[str, Any] = {"service_id": SERVICE, "events": EVENTS}
        if total is not None:
            body["total_count"] = total
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})

    async def async_answer(request: httpx.Request) -> httpx.Response:
        return answer(request)

    return seen, httpx.MockTransport(answer), httpx.MockTransport(async_answer)


@pytest.mark.parametrize("total", [10**12, None, "many"])
def test_a_repeated_full_page_ends_the_iteration_with_an_error(total: Any) -> None:
    seen, transport, _ = repeating(total)
    with ModelArts(endpoint="https://modelarts.example.com", project_id=PROJECT, auth=TokenAuth("token"), transport=transport) as ma:
        received = []
        with pytest.raises(ModelArtsResponseError, match="answered offset 3 with the same 3 items as offset 0") as info:
            for event in ma.services.iter_service_events(SERVICE, limit=3):
                received.append(event.event_info)
    assert received == ["event 0", "event 1", "event 2"] and len(seen) == 2
    assert info.value.operation == "ShowServiceEvents"


def test_the_async_iterator_stops_the_same_way() -> None:
    seen, _, transport = repeating(10**12)

    async def run() -> list[str]:
        received = []
        async with AsyncModelArts(
            endpoint="https://modelarts.example.com", project_id=PROJECT, auth=TokenAuth("token"), transport=transport
        ) as ma:
            with pytest.raises(ModelArtsResponseError, match="ignores the offset"):
                async for event in ma.services.iter_service_events(SERVICE, limit=3):
                    received.append(str(event.event_info))
        return received

    assert asyncio.run(run()) == ["event 0", "event 1", "event 2"] and len(seen) == 2
