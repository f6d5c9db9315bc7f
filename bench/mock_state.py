"""The stateful mock's costs, for `make bench-mock`: ShowPool throughput with 10,000 live resources created through
the API, and a create → show → delete round trip against one ShowPool through the same client.

The live resources are 5,000 pools and 5,000 notebooks, each created with its page's example body (two kinds, so
neither passes the per-kind limit of 10,000 with the seed); ShowPool is then served while they are all held.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
from modelarts_mock.settings import DEFAULT_PROJECT_ID
from modelarts_mock.spec import DEFAULT_SPEC

LIVE = 10_000
KINDS = (("CreatePool", f"/v2/{DEFAULT_PROJECT_ID}/pools"), ("CreateNotebook", f"/v1/{DEFAULT_PROJECT_ID}/notebooks"))


def example_body(operation_id: str) -> Any:
    """The first request body example of an operation of the published spec."""
    spec = json.loads(DEFAULT_SPEC.read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                examples = op["requestBody"]["content"]["application/json"]["examples"]
                return next(iter(examples.values()))["value"]
    raise KeyError(operation_id)


def populate(base: str, token: str, count: int = LIVE) -> int:
    """Create `count` resources (half pools, half notebooks); the number the mock holds live afterwards."""
    with httpx.Client(base_url=base, headers={"X-Auth-Token": token}, timeout=30) as http:
        for operation_id, path in KINDS:
            body = example_body(operation_id)
            for _ in range(count // len(KINDS)):
                answer = http.post(path, json=body)
                if answer.status_code >= 300:
                    raise RuntimeError(f"{operation_id}: {answer.status_code} {answer.text[:200]}")
        listed = http.get(f"/v1/{DEFAULT_PROJECT_ID}/notebooks", params={"limit": 1})
        return int(listed.json().get("total", 0)) + count // len(KINDS)


def round_trip_ms(base: str, token: str, show_pool: str, requests: int = 300) -> tuple[float, float]:
    """(median ms per request of CreateNotebook → ShowNotebook → DeleteNotebook, median ms of one ShowPool), one client."""
    body = example_body("CreateNotebook")
    path = f"/v1/{DEFAULT_PROJECT_ID}/notebooks"
    chains: list[float] = []
    pools: list[float] = []
    with httpx.Client(base_url=base, headers={"X-Auth-Token": token}, timeout=30) as http:
        for _ in range(requests):
            started = time.perf_counter()
            made = http.post(path, json=body).json()["id"]
            assert http.get(f"{path}/{made}").status_code == 200
            assert http.delete(f"{path}/{made}").status_code == 200
            chains.append((time.perf_counter() - started) * 1000 / 3)
            started = time.perf_counter()
            assert http.get(show_pool).status_code == 200
            pools.append((time.perf_counter() - started) * 1000)
    chains.sort()
    pools.sort()
    return chains[len(chains) // 2], pools[len(pools) // 2]
