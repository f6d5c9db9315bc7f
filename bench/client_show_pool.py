"""Per-call time of ShowPool on loopback: our client versus a raw httpx GET and the official SDK, in one run.

`make bench-client` (or `PYTHONPATH=generated/modelarts-client python -m bench.client_show_pool [--calls N]`).
A stdlib HTTP/1.1 keep-alive server on 127.0.0.1 answers the spec's ShowPool example to every client.
Rounds are interleaved (each client once per round) so drift on a shared machine hits all of them alike;
the figure per client is its median round. Ratios are against the raw httpx GET + json.loads.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from modelarts_spec.loader import load_openapi
from modelarts_spec.openapi import operations, success_response

ROOT = Path(__file__).resolve().parent.parent
PROJECT = "0b5f5e5f5e5f4e1c8c7e3d2f1a0b9c8d"
AK, SK = "BENCHAK0000000000001", "bench-secret-key"
POOL = "pool-0123456789abcdef0123456789abcdef"  # a valid pool id (the spec's pattern)


def show_pool_example() -> bytes:
    spec = load_openapi(ROOT / "spec" / "modelarts.yaml").data
    op = next(o for o in operations(spec) if o.operation_id == "ShowPool")
    found = success_response(op)
    assert found is not None
    example = next(iter(found[1]["content"]["application/json"]["examples"].values()))["value"]
    return json.dumps(example).encode()


def serve(body: bytes, ports: Any) -> None:
    """Run in a separate process: a server thread in the measuring process would fight it for the GIL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real endpoint
        disable_nagle_algorithm = True  # headers and body go in two writes: without this, delayed ACKs add 40 ms

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Request-Id", "bench")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ports.put(server.server_address[1])
    server.serve_forever()


def contenders(base: str) -> dict[str, Callable[[], object]]:
    from modelarts_client import AkSkAuth, ModelArts, TokenAuth

    raw = httpx.Client(base_url=base)
    url = f"/v2/{PROJECT}/pools/{POOL}"
    token = ModelArts(endpoint=base, project_id=PROJECT, auth=TokenAuth("bench-token"))
    aksk = ModelArts(endpoint=base, project_id=PROJECT, auth=AkSkAuth(AK, SK))

    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkmodelarts.v1 import ModelArtsClient, ShowPoolRequest

    cfg = HttpConfig.get_default_config()
    cfg.ignore_ssl_verification = True
    official = (
        ModelArtsClient.new_builder().with_credentials(BasicCredentials(AK, SK, PROJECT)).with_endpoint(base).with_http_config(cfg).build()
    )
    # An additional peer, not a replacement: raw httpx carrying headers of the same names and sizes as a
    # signed call (fixed values, no signing), so the server's cost of reading them is on both sides.
    signed_alike = httpx.Client(base_url=base, headers=signed_alike_headers(base + url))
    return {
        RAW: lambda: json.loads(raw.get(url).content),
        SIGNED_ALIKE: lambda: json.loads(signed_alike.get(url).content),
        "modelarts_client, token": lambda: token.pools.show_pool(POOL),
        AKSK: lambda: aksk.pools.show_pool(POOL),
        "official huaweicloudsdkmodelarts, AK/SK": lambda: official.show_pool(ShowPoolRequest(pool_name=POOL)),
    }


RAW = "raw httpx GET + json.loads"
AKSK = "modelarts_client, AK/SK"
SIGNED_ALIKE = "raw httpx GET + json.loads, AK/SK's headers"


def signed_alike_headers(url: str) -> dict[str, str]:
    """The headers AkSkAuth adds to a GET of `url`, signed once: the server reads as much as from a signed call."""
    from modelarts_client import AkSkAuth

    request = httpx.Request("GET", url)
    AkSkAuth(AK, SK, project_id=PROJECT).sign(request)
    return {name: request.headers[name] for name in ("X-Sdk-Date", "X-Project-Id", "Authorization")}


def measure(calls: int, rounds: int) -> dict[str, list[float]]:
    context = multiprocessing.get_context("spawn")
    ports = context.Queue()
    server = context.Process(target=serve, args=(show_pool_example(), ports), daemon=True)
    server.start()
    try:
        return _measure(f"http://127.0.0.1:{ports.get(timeout=30)}", calls, rounds)
    finally:
        server.terminate()
        server.join()


def _measure(base: str, calls: int, rounds: int) -> dict[str, list[float]]:
    runners = contenders(base)
    for run in runners.values():  # warm up: connections, imports, caches
        for _ in range(50):
            run()
    times: dict[str, list[float]] = {name: [] for name in runners}
    order = list(runners)
    shuffle = random.Random(0).shuffle
    for _ in range(rounds):
        shuffle(order)  # no client always runs right after the same neighbour
        for name in order:
            run = runners[name]
            start = time.perf_counter()
            for _ in range(calls):
                run()
            times[name].append((time.perf_counter() - start) / calls)
    return times


def paired_ratio(times: dict[str, list[float]], name: str, peer: str) -> float:
    """Median over rounds of name/peer within the same round: drift between rounds (other processes on a
    shared machine) cancels, drift within a round does not."""
    return statistics.median(mine / theirs for mine, theirs in zip(times[name], times[peer], strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=50, help="calls per client per round")
    parser.add_argument("--rounds", type=int, default=61)
    parser.add_argument("--bombs", action="store_true", help="instead: peak RSS under a gzip bomb and an endless body")
    args = parser.parse_args(argv)
    if args.bombs:
        bombs()
        return 0
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home  # importing the official SDK writes $HOME/.huaweicloud/application_id
        times = measure(args.calls, args.rounds)
    result = {name: statistics.median(values) for name, values in times.items()}
    baseline = result[RAW]
    print(f"ShowPool over loopback, median of {args.rounds} rounds x {args.calls} calls; paired: median of per-round ratios")
    for name, seconds in result.items():
        paired = paired_ratio(times, name, RAW)
        print(f"  {name:42s} {seconds * 1e6:8.1f} us/call  {seconds / baseline:5.2f}x raw httpx  (paired {paired:5.2f}x)")
    alike, paired = result[AKSK] / result[SIGNED_ALIKE], paired_ratio(times, AKSK, SIGNED_ALIKE)
    print(f"  AK/SK against the raw GET with AK/SK's headers (additional peer): {alike:5.2f}x  (paired {paired:5.2f}x)")
    return 0


BOMB_PROBE = r"""
import resource, socket, sys, threading, time, zlib
sys.path.insert(0, sys.argv[3])
import httpx
from modelarts_client import ModelArts, TokenAuth
kind, who = sys.argv[1], sys.argv[2]
packer = zlib.compressobj(9, zlib.DEFLATED, 31)
bomb = b"".join(packer.compress(b"0" * (1 << 20)) for _ in range(300)) + packer.flush()
def serve(conn):
    conn.recv(65536)
    if kind == "gzip":
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(bomb) + bomb)
    else:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
        while True:
            conn.sendall(chunk)
listener = socket.create_server(("127.0.0.1", 0))
def accept():
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()
threading.Thread(target=accept, daemon=True).start()
url = "http://127.0.0.1:%d" % listener.getsockname()[1]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
try:
    if who == "raw":
        httpx.get(url + "/x", timeout=10)
    else:
        ModelArts(endpoint=url, project_id="p", auth=TokenAuth("token-0001"), timeout=10).pools.show_pool("auto-pool-os-0")
    outcome = "returned"
except Exception as exc:
    outcome = type(exc).__name__
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("%s %d %d %.1f" % (outcome, base // 1024, peak // 1024, time.monotonic() - started))
"""


def bombs() -> None:
    """Peak RSS of one call against a gzip bomb (300 KB → 300 MB) and an endless chunked body, in fresh processes."""
    client = str(ROOT / "generated" / "modelarts-client")
    for kind, who in (("gzip", "ours"), ("gzip", "raw"), ("chunked", "ours")):
        if kind == "chunked" and who == "raw":
            continue
        import subprocess

        done = subprocess.run([sys.executable, "-c", BOMB_PROBE, kind, who, client], capture_output=True, text=True, timeout=120)
        outcome, before, peak, seconds = (done.stdout.split() or ["crashed", "0", "0", "0"])[:4]
        print(
            f"  {kind:8s} {'modelarts_client (default limits)' if who == 'ours' else 'raw httpx.get':34s} {outcome:24s} peak RSS {peak} MB (from {before} MB), {seconds} s"
        )


if __name__ == "__main__":
    sys.exit(main())
