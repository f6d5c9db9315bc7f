"""A path parameter stays one segment of its own operation's URL.

`quote(value, safe="")` alone is not enough: servers and the signer decode `%2F` back to `/`
(docs/decisions/0013-signatures-cover-the-decoded-path.md), and httpx removes `.` / `..` segments. So a value
that would leave its segment is refused before anything is sent, from the facade and from the low-level API,
and a value that does not match the spec's `pattern` is refused by the facade, naming parameter and pattern.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from modelarts_client import ModelArts, TokenAuth
from modelarts_client.api.pools import show_pool as api_show_pool
from modelarts_client.api.services import show_service as api_show_service
from modelarts_client.facade import OPERATIONS
from modelarts_spec.loader import YamlDocument

from tests.support.client_mock import PROJECT, ExampleServer

POOL = "pool-0123456789abcdef0123456789abcdef"
LEAVING = ["a/b", "../pools", "..", ".", "", "a?x=1", "a#b", "a\\b", "a\nb", "pool-0123456789abcdef0123456789abcdef\n", "x/"]


def client(spec_doc: YamlDocument) -> tuple[ModelArts, ExampleServer]:
    server = ExampleServer(spec_doc.data)
    return ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth("IAM-TOKEN-0123456789"), transport=server.transport()), server


def call(ma: ModelArts, operation: str, value: str) -> Any:
    """Every path argument `value`; required keyword arguments (a body, a query) get a placeholder: path
    arguments are checked first, so the call must fail on them whatever the rest holds."""
    group, method, path_params = OPERATIONS[operation]
    bound = getattr(getattr(ma, group), method)
    required = [
        name
        for name, param in inspect.signature(bound).parameters.items()
        if param.kind is inspect.Parameter.KEYWORD_ONLY and param.default is inspect.Parameter.empty
    ]
    return bound(*[value for _ in path_params], **dict.fromkeys(required, "placeholder"))


PATH_OPERATIONS = sorted(op for op, (_, _, params) in OPERATIONS.items() if params and op != "ShowPluginTemplate")  # an enum


@pytest.mark.parametrize("operation", PATH_OPERATIONS)
@pytest.mark.parametrize("value", LEAVING, ids=repr)
def test_a_value_that_would_leave_its_segment_is_refused_and_nothing_is_sent(spec_doc: YamlDocument, operation: str, value: str) -> None:
    ma, server = client(spec_doc)
    with pytest.raises(ValueError, match=OPERATIONS[operation][2][0][1]):
        call(ma, operation, value)
    assert server.requests == []


@pytest.mark.parametrize("value", LEAVING, ids=repr)
def test_the_low_level_api_refuses_it_too(value: str) -> None:
    with pytest.raises(ValueError, match=r"path parameter service_id="):
        api_show_service._get_kwargs(project_id=PROJECT, service_id=value)
    with pytest.raises(ValueError, match=r"path parameter project_id="):
        api_show_pool._get_kwargs(project_id=value, pool_name=POOL)


def test_a_value_off_the_spec_pattern_is_refused_naming_parameter_and_pattern(spec_doc: YamlDocument) -> None:
    ma, server = client(spec_doc)
    for value in ("Pool-0123456789abcdef0123456789abcdef", "pool-0123456789abcdef0123456789abcdef-", "pool_0123456789"):
        with pytest.raises(ValueError, match=r"pool_name=.* does not match the spec's pattern '\^\[a-z\]\[a-z0-9-\]\*\[a-z0-9\]\$'"):
            ma.pools.show_pool(value)
    assert server.requests == []
    ma.pools.show_pool(POOL)  # a value that matches goes out
    assert server.requests[-1].url.raw_path.decode() == f"/v2/{PROJECT}/pools/{POOL}"


def test_a_value_that_stays_in_its_segment_is_sent_percent_encoded(spec_doc: YamlDocument) -> None:
    """No pattern on service_id: a space or a percent sign is allowed, encoded, and stays one segment."""
    ma, server = client(spec_doc)
    ma.services.show_service("svc 1%2F..")
    assert server.requests[-1].url.raw_path.decode() == f"/v1/{PROJECT}/services/svc%201%252F.."


def test_joined_urls_are_remembered_per_path_bounded_and_carry_each_calls_query(
    spec_doc: YamlDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine joins each operation path to the endpoint once (httpx parses URLs slowly); every call still
    goes to its own path, with its own query string, and the memory of joined paths stays bounded."""
    from modelarts_core import engine

    monkeypatch.setattr(engine, "_MAX_URLS", 2)
    ma, server = client(spec_doc)
    other = "pool-fedcba9876543210fedcba9876543210"
    ma.pools.show_pool(POOL)
    ma.pools.show_pool_monitor(POOL, period="300")
    ma.pools.show_pool_monitor(POOL, period="3600", statistics="maximum")
    ma.pools.show_pool(other)
    ma.pools.show_pool(POOL)
    sent = [(r.url.raw_path.decode(), r.url.host) for r in server.requests]
    base = f"/v2/{PROJECT}/pools"
    assert sent == [
        (f"{base}/{POOL}", "modelarts.cn-north-4.myhuaweicloud.com"),
        (f"{base}/{POOL}/monitor?period=300", "modelarts.cn-north-4.myhuaweicloud.com"),
        (f"{base}/{POOL}/monitor?statistics=maximum&period=3600", "modelarts.cn-north-4.myhuaweicloud.com"),
        (f"{base}/{other}", "modelarts.cn-north-4.myhuaweicloud.com"),
        (f"{base}/{POOL}", "modelarts.cn-north-4.myhuaweicloud.com"),
    ]
    assert len(ma._engine._urls) <= 2


def test_every_bad_argument_is_a_client_error_and_still_a_value_error(spec_doc: YamlDocument) -> None:
    """README: every failure is a ModelArtsClientError; `except ValueError` keeps working too."""
    from modelarts_client import ModelArtsArgumentError, ModelArtsClientError

    ma, server = client(spec_doc)
    bad_calls = [
        lambda: ma.pools.show_pool("a/b"),  # leaves its segment
        lambda: ma.pools.show_pool("Pool-X"),  # off the spec's pattern
        lambda: ma.pools.show_pool_monitor(POOL, period="301"),  # not an enum value
        lambda: api_show_service._get_kwargs(project_id=PROJECT, service_id=".."),  # the low-level API
    ]
    for bad in bad_calls:
        with pytest.raises(ModelArtsArgumentError) as info:
            bad()
        assert isinstance(info.value, ModelArtsClientError) and isinstance(info.value, ValueError)
    assert server.requests == []
