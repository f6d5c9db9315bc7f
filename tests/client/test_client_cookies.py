"""Cookies: the client skips httpx's cookie jar for answers without Set-Cookie (a speed-up); cookies a server
does set are kept and sent back as before, signed with the other headers under AK/SK."""

from __future__ import annotations

import asyncio

import httpx
from modelarts_client import AkSkAuth, AsyncModelArts, ModelArts, TokenAuth
from modelarts_spec.loader import YamlDocument

from tests.support.client_mock import PROJECT, ExampleServer

POOL = "pool-0123456789abcdef0123456789abcdef"


def cookie_setting(spec_doc: YamlDocument) -> ExampleServer:
    server = ExampleServer(spec_doc.data)
    plain = server.handle

    def handle(request: httpx.Request) -> httpx.Response:
        response = plain(request)
        if len(server.requests) == 2:  # the second answer sets a cookie (a gateway's affinity cookie, say)
            response.headers["Set-Cookie"] = "HWWAFSESID=abc123; Path=/"
        return response

    server.handle = handle  # type: ignore[method-assign]
    return server


def test_a_cookie_set_by_the_server_is_sent_back_and_signed(spec_doc: YamlDocument) -> None:
    server = cookie_setting(spec_doc)
    ma = ModelArts(region="cn-north-4", project_id=PROJECT, auth=AkSkAuth("HPUAEXAMPLEAK0000001", "sk"), transport=server.transport())
    for _ in range(3):
        ma.pools.show_pool(POOL)
    assert [r.headers.get("Cookie") for r in server.requests] == [None, None, "HWWAFSESID=abc123"]
    assert "cookie" in server.requests[2].headers["Authorization"].split("SignedHeaders=")[1].split(",")[0].split(";")


def test_the_async_client_keeps_cookies_too(spec_doc: YamlDocument) -> None:
    server = cookie_setting(spec_doc)

    async def run() -> None:
        async with AsyncModelArts(
            region="cn-north-4", project_id=PROJECT, auth=TokenAuth("IAM-TOKEN-0123456789"), transport=server.async_transport()
        ) as ma:
            for _ in range(3):
                await ma.pools.show_pool(POOL)

    asyncio.run(run())
    assert [r.headers.get("Cookie") for r in server.requests] == [None, None, "HWWAFSESID=abc123"]


def test_an_answer_without_set_cookie_never_reaches_the_cookie_jar(spec_doc: YamlDocument) -> None:
    server = ExampleServer(spec_doc.data)
    ma = ModelArts(region="cn-north-4", project_id=PROJECT, auth=TokenAuth("IAM-TOKEN-0123456789"), transport=server.transport())
    handed: list[httpx.Response] = []
    jar = ma._engine.http.cookies.jar
    original = jar.extract_cookies
    jar.extract_cookies = lambda response, request: (handed.append(response), original(response, request))  # type: ignore[method-assign,assignment,func-returns-value]
    ma.pools.show_pool(POOL)
    assert handed == [] and len(ma._engine.http.cookies) == 0
