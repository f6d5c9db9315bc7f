"""The bench's lower bound of work: a plain Starlette JSONResponse of ShowPool's example on one fixed route, served like the mock.

Like the mock, it serialises the JSON on every request (JSONResponse); it does nothing else.

Usage: python bench/bare_starlette.py PORT
"""

from __future__ import annotations

import sys

import uvicorn
from modelarts_mock.app import cached_spec
from modelarts_mock.settings import DEFAULT_PROJECT_ID
from modelarts_mock.spec import DEFAULT_SPEC
from modelarts_mock.testing import server_config
from modelarts_mock.wire import Reply, encode
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"


def main() -> None:
    show_pool = cached_spec(DEFAULT_SPEC).operation("ShowPool")
    assert show_pool is not None
    body = show_pool.success_example
    assert JSONResponse(body).body == encode(Reply(200, body))  # the same bytes the mock sends

    async def endpoint(request: Request) -> JSONResponse:
        return JSONResponse(body)

    app = Starlette(routes=[Route(f"/v2/{DEFAULT_PROJECT_ID}/pools/{POOL}", endpoint)])
    uvicorn.Server(server_config(app, port=int(sys.argv[1]))).run()


if __name__ == "__main__":
    main()
