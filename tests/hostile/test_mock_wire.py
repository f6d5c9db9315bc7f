"""Hostile requests on the mock's socket: every one gets a JSON answer below 500, in bounded time, and the
mock keeps answering other clients meanwhile. Each case was a defect of the review (issue 13) unless noted."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from modelarts_mock import Settings
from modelarts_mock.protocol import MAX_HEAD
from modelarts_mock.testing import running_mock
from modelarts_mock.wire import MAX_HEADERS, MAX_TARGET

from tests.hostile.wire import Answer, exchange, request, statuses
from tests.support.mock import AK, PROJECT, SK, TOKEN

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile-mock")]
QUOTAS = f"/v1/{PROJECT}/quotas"
EVENTS = f"/v1/{PROJECT}/services/s-1/events"
AUTH = [("X-Auth-Token", TOKEN)]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_mock(Settings(tokens=(TOKEN,), keys={AK: SK})) as url:
        yield url


def refused(answer: Answer, status: int, words: str) -> None:
    assert answer.status == status, answer
    body = answer.json()
    assert set(body) == {"error_code", "error_msg"} and words in body["error_msg"], body
    assert TOKEN not in answer.body.decode("utf-8", "replace")


def test_the_baseline_request_is_served(base_url: str) -> None:
    assert exchange(base_url, request(QUOTAS, AUTH)).status == 200


def test_sixty_thousand_duplicate_headers_are_431_and_others_are_served_meanwhile(base_url: str) -> None:
    flood = request(QUOTAS, AUTH + [("X-Dup", "v" * 90)] * 60_000)  # ~6 MB
    hostile: list[Answer] = []
    thread = threading.Thread(target=lambda: hostile.append(exchange(base_url, flood)))
    thread.start()
    other = exchange(base_url, request(QUOTAS, AUTH))
    thread.join(60)
    assert other.status == 200
    refused(hostile[0], 431, f"larger than {MAX_HEAD:,} bytes")  # refused by the protocol: never buffered whole
    print(
        f"\nanswer time of another client during the 6 MB header request: {other.seconds * 1000:.1f} ms; hostile: {hostile[0].seconds:.2f} s"
    )


def test_more_than_the_header_count_is_431(base_url: str) -> None:
    refused(exchange(base_url, request(QUOTAS, AUTH + [("X-Dup", "v")] * MAX_HEADERS)), 431, f"more than {MAX_HEADERS} header fields")


def test_headers_over_the_total_size_are_431(base_url: str) -> None:
    refused(exchange(base_url, request(QUOTAS, [*AUTH, ("X-Big", "v" * 40000)])), 431, "bytes in total")


def test_a_long_request_target_is_414(base_url: str) -> None:
    refused(exchange(base_url, request(QUOTAS + "?x=" + "a" * MAX_TARGET, AUTH)), 414, "request target longer")


@pytest.mark.parametrize("name", ["limit", "offset", "start_time", "end_time"])
def test_an_integer_parameter_of_4301_digits_is_400_not_500(base_url: str, name: str) -> None:
    refused(exchange(base_url, request(f"{EVENTS}?{name}={'9' * 4301}", AUTH)), 400, "4,301 characters")


@pytest.mark.parametrize("hosts", [[], ["a", "b"]], ids=["no Host", "two Host"])
def test_host_is_required_exactly_once(base_url: str, hosts: list[str]) -> None:
    raw = request(QUOTAS, AUTH + [("Host", h) for h in hosts], host=None)
    refused(exchange(base_url, raw), 400, "expected one Host header")


def test_a_nul_byte_in_a_header_is_a_json_400(base_url: str) -> None:
    refused(exchange(base_url, request(QUOTAS, [*AUTH, ("X-Bad", "a\x00b")])), 400, "malformed HTTP request")


def test_a_valid_token_does_not_excuse_a_garbage_authorization(base_url: str) -> None:
    refused(exchange(base_url, request(QUOTAS, [*AUTH, ("Authorization", "garbage")])), 401, "SDK-HMAC-SHA256")


def test_http_1_0_may_omit_host(base_url: str) -> None:
    raw = f"GET {QUOTAS} HTTP/1.0\r\nX-Auth-Token: {TOKEN}\r\n\r\n".encode()
    assert exchange(base_url, raw).status == 200


def test_a_request_head_beyond_what_httptools_may_buffer_is_431(base_url: str) -> None:
    huge = request(QUOTAS, [*AUTH, ("X-Huge", "v" * (MAX_HEAD + 10))])  # one header: never reaches the app
    refused(exchange(base_url, huge), 431, f"larger than {MAX_HEAD:,} bytes")


def test_keep_alive_requests_after_a_large_body_are_still_served(base_url: str) -> None:
    body = b"{" + b" " * (MAX_HEAD - 10) + b"}"
    head = f"POST {QUOTAS} HTTP/1.1\r\nHost: mock\r\nX-Auth-Token: {TOKEN}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    assert statuses(base_url, head + body + request(QUOTAS, AUTH)) == [405, 200]  # POST: not an operation; then served


def test_a_websocket_upgrade_is_answered_as_plain_http(base_url: str) -> None:
    upgrade = [
        ("Upgrade", "websocket"),
        ("Connection", "Upgrade"),
        ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="),
        ("Sec-WebSocket-Version", "13"),
    ]
    answer = exchange(base_url, request(QUOTAS, [*AUTH, *upgrade]))
    assert answer.status == 200 and answer.json()["quotas"], answer
