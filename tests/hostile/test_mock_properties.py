"""Property-based: raw HTTP requests of every shape, sent over a socket to a running mock. Whatever arrives,
the answer is JSON, below 500, and never carries a credential back."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from modelarts_mock import Settings
from modelarts_mock.testing import running_mock

from tests.hostile.wire import exchange
from tests.support.mock import AK, PROJECT, SK, TOKEN, example_path, spec_operations

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile-mock-properties")]
TEMPLATES = sorted({path for _id, path, _op in spec_operations()})
WORDS = [
    "0",
    "-1",
    "9" * 70,
    "9" * 4301,
    "1e999",
    "NaN",
    "%2F",
    "%00",
    "%zz",
    "..",
    "a b",
    "é",
    "%E9",
    PROJECT,
    "s-1",
    "",
    "true",
    ";",
    "*",
]
segment = st.one_of(st.sampled_from(WORDS), st.text("abcxyz0189-_.~%/", max_size=12))
HOSTILE_VALUES = [
    "",
    "a\x00b",
    "a\x7fb",
    "é",
    "9" * 5000,
    "SDK-HMAC-SHA256 Access=" + AK,
    TOKEN,
    "SDK-HMAC-SHA256 Access=X, SignedHeaders=host, Signature=00",
]
# Mostly printable values, so most requests get past the HTTP parser into the mock; some hostile ones.
header_value = st.one_of(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30), st.sampled_from(HOSTILE_VALUES))


@st.composite
def paths(draw: st.DrawFn) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    if draw(st.integers(0, 3)) == 0:  # a request the mock serves, so hostile headers also meet the whole pipeline
        return example_path(template)
    parts = [draw(segment) if part.startswith("{") and part != "{project_id}" else part for part in template.split("/")]
    path = "/".join(parts).replace("{project_id}", draw(st.sampled_from([PROJECT, "p", "%2F"])))
    names = st.sampled_from(["limit", "offset", "start_time", "end_time", "sort_by", "x", "status", ""])
    query = draw(st.lists(st.tuples(names, segment), max_size=5))
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")


@st.composite
def raw_requests(draw: st.DrawFn) -> bytes:
    method = draw(st.one_of(st.just("GET"), st.sampled_from(["POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "BREW"])))
    lines = [f"{method} {draw(paths())} HTTP/1.1"]
    host_count = draw(st.sampled_from([1, 1, 1, 1, 1, 1, 0, 2]))
    lines += ["Host: mock"] * host_count
    if draw(st.integers(0, 3)) > 0:
        lines.append(f"X-Auth-Token: {TOKEN}")
    names = st.sampled_from(["Authorization", "X-Sdk-Date", "Content-Type", "X-Auth-Token", "X-Dup", "X-Language", "Content-Length"])
    lines += [f"{name}: {value}" for name, value in draw(st.lists(st.tuples(names, header_value), max_size=6))]
    text = "\r\n".join(lines) + "\r\nConnection: close\r\n\r\n"
    return text.encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_mock(Settings(tokens=(TOKEN,), keys={AK: SK})) as url:
        yield url


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(raw_requests())
def test_every_raw_request_gets_a_json_answer_below_500(base_url: str, caplog: pytest.LogCaptureFixture, raw: bytes) -> None:
    caplog.set_level(logging.INFO, logger="modelarts_mock")
    caplog.clear()
    answer = exchange(base_url, raw, timeout=10)
    event("logged" if caplog.records else "not logged")
    assert SK not in caplog.text and (TOKEN not in caplog.text or TOKEN.encode() in raw.split(b" ", 2)[1]), caplog.text
    event(f"status {answer.status}")
    if answer.status == 0:  # the server closed without answering: only for what HTTP cannot frame
        assert b"Content-Length" in raw or raw.startswith(b"HEAD "), raw[:300]
        return
    assert answer.status < 500, (raw[:300], answer)
    if raw.startswith(b"HEAD "):
        return  # a HEAD answer has no body
    body = answer.json()
    if answer.status >= 400:
        assert set(body) >= {"error_code", "error_msg"}, body
    text = answer.body.decode("utf-8", "replace")
    assert TOKEN not in text and SK not in text
