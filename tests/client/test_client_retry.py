"""Retries with backoff and Retry-After, pagination over offset/limit operations, request/response hooks."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from modelarts_client import AsyncModelArts, ModelArts, ModelArtsAPIError, ModelArtsConnectionError, RetryPolicy, TokenAuth
from modelarts_core.retry import parse_retry_after
from modelarts_spec.loader import YamlDocument
from modelarts_spec.openapi import Operation

from tests.support.client_mock import PROJECT, ExampleServer

NO_JITTER = RetryPolicy(jitter=0.0)

POOL_ID = "auto-pool-os-86c13962597848eeb29c5861153a391f"  # the spec's example pool name


def failing(statuses: list[int], headers: dict[str, str] | None = None) -> Any:
    """Answer with these statuses first, then the example."""
    queue = list(statuses)

    def answer(request: httpx.Request, op: Operation) -> httpx.Response | None:
        if queue:
            return httpx.Response(queue.pop(0), json={"error_code": "APIGW.0429", "error_msg": "busy"}, headers=headers or {})
        return None

    return answer


def make(
    spec_doc: YamlDocument, answer: Any, retry: RetryPolicy = NO_JITTER, **options: Any
) -> tuple[ModelArts, ExampleServer, list[float]]:
    server = ExampleServer(spec_doc.data, override=answer)
    slept: list[float] = []
    ma = ModelArts(
        region="cn-north-4",
        project_id=PROJECT,
        auth=TokenAuth("t"),
        transport=server.transport(),
        retry=retry,
        sleep=slept.append,
        **options,
    )
    return ma, server, slept


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retryable_statuses_are_retried_with_exponential_backoff(spec_doc: YamlDocument, status: int) -> None:
    ma, server, slept = make(spec_doc, failing([status, status, status]))
    assert ma.pools.show_pool(POOL_ID).metadata.name
    assert slept == [0.5, 1.0, 2.0] and len(server.requests) == 4


def test_gives_up_after_max_attempts_with_the_last_error(spec_doc: YamlDocument) -> None:
    ma, server, slept = make(spec_doc, failing([503] * 10))
    with pytest.raises(ModelArtsAPIError) as info:
        ma.pools.show_pool(POOL_ID)
    assert info.value.status_code == 503 and len(server.requests) == 4 and len(slept) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 500, 520])
def test_other_statuses_are_not_retried(spec_doc: YamlDocument, status: int) -> None:
    ma, server, slept = make(spec_doc, failing([status]))
    with pytest.raises(ModelArtsAPIError):
        ma.pools.show_pool(POOL_ID)
    assert len(server.requests) == 1 and slept == []


def test_retry_after_seconds_is_honoured(spec_doc: YamlDocument) -> None:
    ma, _, slept = make(spec_doc, failing([429], {"Retry-After": "7"}))
    ma.pools.show_pool(POOL_ID)
    assert slept == [7.0]


def test_retry_after_beyond_the_cap_raises_at_once(spec_doc: YamlDocument) -> None:
    ma, server, slept = make(spec_doc, failing([429], {"Retry-After": "3600"}))
    with pytest.raises(ModelArtsAPIError):
        ma.pools.show_pool(POOL_ID)
    assert slept == [] and len(server.requests) == 1


def test_retry_after_http_date() -> None:
    now = datetime(2026, 11, 27, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    assert parse_retry_after("soon", now) is None


def test_backoff_is_capped_and_jittered() -> None:
    policy = RetryPolicy(max_attempts=10, backoff=1.0, max_backoff=4.0, jitter=0.5)
    assert policy.delay("GET", 5, None, rng=lambda: 0.5) == 4.0
    assert policy.delay("GET", 1, None, rng=lambda: 0.0) == 0.5
    assert policy.delay("GET", 1, None, rng=lambda: 1.0) == 1.5


def test_writes_are_retried_only_when_idempotent_or_surely_unsent() -> None:
    busy, throttled, policy = httpx.Response(503), httpx.Response(429), RetryPolicy()
    for method in ("GET", "PUT", "DELETE"):  # idempotent
        assert policy.delay(method, 1, busy) is not None and policy.delay(method, 1, None) is not None
    for method in ("POST", "PATCH"):  # a repeat could act twice: only what surely did not reach the service
        assert policy.delay(method, 1, busy) is None and policy.delay(method, 1, None) is None
        assert policy.delay(method, 1, throttled) is not None and policy.delay(method, 1, None, unsent=True) is not None
    assert policy.delay("CONNECT", 1, throttled) is None


def test_connection_failures_are_retried_then_raised(spec_doc: YamlDocument) -> None:
    attempts = 0

    def refuse(request: httpx.Request, op: Operation) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        raise httpx.ConnectError("refused", request=request)

    ma, _, slept = make(spec_doc, refuse)
    with pytest.raises(ModelArtsConnectionError) as info:
        ma.pools.show_pool(POOL_ID)
    assert attempts == 4 and slept == [0.5, 1.0, 2.0]
    assert (info.value.operation, info.value.endpoint) == ("ShowPool", "https://modelarts.cn-north-4.myhuaweicloud.com")
    assert type(info.value.__cause__) is httpx.ConnectError and info.value.__context__ is None


def test_each_attempt_is_signed_afresh(spec_doc: YamlDocument) -> None:
    from modelarts_client import AkSkAuth

    ticks = iter(datetime(2026, 1, 1, 0, 0, s, tzinfo=UTC) for s in range(10))
    server = ExampleServer(spec_doc.data, override=failing([503]))
    auth = AkSkAuth("AK", "SK", clock=lambda: next(ticks))
    with ModelArts(
        region="cn-north-4", project_id=PROJECT, auth=auth, transport=server.transport(), retry=NO_JITTER, sleep=lambda s: None
    ) as ma:
        ma.pools.show_pool(POOL_ID)
    dates = [r.headers["X-Sdk-Date"] for r in server.requests]
    assert dates == ["20260101T000000Z", "20260101T000001Z"]


def test_async_retries_use_the_async_sleep(spec_doc: YamlDocument) -> None:
    server = ExampleServer(spec_doc.data, override=failing([502, 504]))
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def run() -> None:
        async with AsyncModelArts(
            region="cn-north-4", project_id=PROJECT, auth=TokenAuth("t"), transport=server.async_transport(), retry=NO_JITTER, sleep=sleep
        ) as ma:
            await ma.pools.show_pool(POOL_ID)

    asyncio.run(run())
    assert slept == [0.5, 1.0]


def paged(items_key: str, total: int, as_strings: bool) -> Any:
    """A server holding `total` items that honours offset (records) and limit."""

    def answer(request: httpx.Request, op: Operation) -> httpx.Response | None:
        offset, limit = int(request.url.params.get("offset", "0")), int(request.url.params.get("limit", "1000"))
        chunk = list(range(offset, min(offset + limit, total)))
        if items_key == "events":
            body = {
                "service_id": "s",
                "service_name": "n",
                "events": [{"event_type": "normal", "event_info": str(i), "occur_time": i} for i in chunk],
            }
        else:
            body = {"specifications": [{"specification": f"spec-{i}"} for i in chunk]}
        return httpx.Response(200, json={**body, "count": len(chunk), "total_count": total})

    return answer


def test_iterates_every_page_of_service_events(spec_doc: YamlDocument) -> None:
    ma, server, _ = make(spec_doc, paged("events", 25, False))
    infos = [e.event_info for e in ma.services.iter_service_events("svc-1", limit=10, event_type=_normal())]
    assert infos == [str(i) for i in range(25)]
    assert [r.url.params["offset"] for r in server.requests] == ["0", "10", "20"]
    assert all(r.url.params["limit"] == "10" and r.url.params["event_type"] == "normal" for r in server.requests)


def _normal() -> Any:
    from modelarts_client.models import ShowServiceEventsEventType

    return ShowServiceEventsEventType.NORMAL


def test_iterates_every_page_of_specifications_with_string_offsets(spec_doc: YamlDocument) -> None:
    ma, server, _ = make(spec_doc, paged("specifications", 7, True))
    names = [s.specification for s in ma.services.iter_service_specifications(limit=3)]
    assert names == [f"spec-{i}" for i in range(7)]
    assert [r.url.params["offset"] for r in server.requests] == ["0", "3", "6"]


def test_pagination_stops_on_an_empty_page_without_total(spec_doc: YamlDocument) -> None:
    def answer(request: httpx.Request, op: Operation) -> httpx.Response:
        offset = int(request.url.params["offset"])
        events = [{"event_type": "normal", "event_info": "x", "occur_time": offset + i} for i in range(2 if offset < 4 else 0)]
        return httpx.Response(200, json={"service_id": "s", "service_name": "n", "events": events})

    ma, server, _ = make(spec_doc, answer)
    assert len(list(ma.services.iter_service_events("svc-1", limit=2))) == 4
    assert len(server.requests) == 3


def test_async_pagination(spec_doc: YamlDocument) -> None:
    server = ExampleServer(spec_doc.data, override=paged("events", 5, False))

    async def run() -> list[int]:
        async with AsyncModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth("t"), transport=server.async_transport()) as ma:
            return [e.occur_time async for e in ma.services.iter_service_events("svc-1", limit=2)]  # type: ignore[misc]

    assert asyncio.run(run()) == [0, 1, 2, 3, 4]


def test_hooks_see_every_attempt_with_the_body_read(spec_doc: YamlDocument) -> None:
    seen: list[str] = []
    ma, _, _ = make(
        spec_doc,
        failing([503]),
        on_request=[lambda r: seen.append(f"request {r.method} {r.url.path} auth={'X-Auth-Token' in r.headers}")],
        on_response=[lambda r: seen.append(f"response {r.status_code} {len(r.json())}")],
    )
    ma.pools.show_pool(POOL_ID)
    path = f"/v2/{PROJECT}/pools/{POOL_ID}"
    assert seen == [f"request GET {path} auth=True", "response 503 2", f"request GET {path} auth=True", "response 200 5"]


def test_async_hooks(spec_doc: YamlDocument) -> None:
    seen: list[int] = []
    server = ExampleServer(spec_doc.data)

    async def run() -> None:
        async with AsyncModelArts(
            region="cn-north-4",
            project_id=PROJECT,
            auth=TokenAuth("t"),
            transport=server.async_transport(),
            on_request=[lambda r: seen.append(0)],
            on_response=[lambda r: seen.append(len(r.content))],
        ) as ma:
            await ma.quotas.show_os_quota()

    asyncio.run(run())
    assert seen[0] == 0 and seen[1] > 0
