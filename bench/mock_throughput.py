"""Requests/s of ShowPool: the mock vs bare Starlette vs Prism, in one run, over loopback with wrk; plus AK/SK cost,
ShowServiceEvents latency over 10,000 seeded events, and start-up time.

Usage: python bench/mock_throughput.py [--seconds 10] [--connections 16]
Installs wrk (apt-get) and Prism (npm ci in bench/npm) if they are missing. Prints ratios against
the peers measured in the same run; targets: mock (auth, request validation, journal, control plane: all
always on) >= 3.5x Prism and >= 75% of bare Starlette; start-up <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import timeit
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modelarts_core import signing  # noqa: E402
from modelarts_mock.auth import Authenticator  # noqa: E402
from modelarts_mock.settings import DEFAULT_PROJECT_ID  # noqa: E402
from modelarts_mock.spec import DEFAULT_SPEC, load_spec  # noqa: E402
from modelarts_mock.wire import RawRequest  # noqa: E402

from bench.mock_state import LIVE, populate, round_trip_ms  # noqa: E402
from bench.results import record, table  # noqa: E402

NPM = ROOT / "bench" / "npm"
PRISM = NPM / "node_modules" / ".bin" / "prism"
POOL = "auto-pool-os-86c13962597848eeb29c5861153a391f"
PATH = f"/v2/{DEFAULT_PROJECT_ID}/pools/{POOL}"
TOKEN = "bench-token"


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("installing wrk (apt-get)...", file=sys.stderr)
    if subprocess.run(["apt-get", "install", "-y", "wrk"], capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update"], capture_output=True, check=True)
        subprocess.run(["apt-get", "install", "-y", "wrk"], capture_output=True, check=True)
    return shutil.which("wrk") or "wrk"


def ensure_prism() -> Path:
    if not PRISM.exists():
        print("installing Prism (npm ci in bench/npm)...", file=sys.stderr)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NPM, capture_output=True, check=True)
    return PRISM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(command: list[str], port: int) -> Iterator[str]:
    """Run a server process, wait until ShowPool answers 200, yield its base URL, stop it."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + PATH, headers={"X-Auth-Token": TOKEN}, timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{command[:3]} did not start")
            time.sleep(0.1)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wrk(binary: str, url: str, seconds: int, connections: int) -> float:
    """Requests/s; raises if any answer was not 2xx (a fast error page is not a result)."""
    command = [binary, "-t1", f"-c{connections}", f"-d{seconds}s", "-H", f"X-Auth-Token: {TOKEN}", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if bad:
        raise RuntimeError(f"{url}: {bad.group(1)} non-2xx answers\n{output}")
    found = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not found:
        raise RuntimeError(f"cannot read wrk's output:\n{output}")
    return float(found.group(1))


def measure(binary: str, command: list[str], port: int, seconds: int, connections: int, live: bool = False) -> float:
    """ShowPool's requests/s; with `live`, after creating 10,000 resources through the API (bench/mock_state.py)."""
    with serving(command, port) as base:
        if live:
            populate(base, TOKEN)
        wrk(binary, base + PATH, 2, connections)  # warm-up
        return wrk(binary, base + PATH, seconds, connections)


def aksk_verification_us(rounds: int = 3000) -> float:
    """Microseconds per AK/SK verification (the part of a request wrk cannot exercise: it replays one fixed request)."""
    now = datetime(2026, 11, 27, 14, 25, 59, tzinfo=UTC)
    headers = {"host": "127.0.0.1:8080", "x-sdk-date": signing.sdk_date(now), "content-type": "application/json"}
    names = signing.signed_header_names(headers)
    query = "period=300&statistics=average"
    sig = signing.compute_signature("SK", "GET", PATH, signing.query_pairs(query), headers, names, b"")
    headers["authorization"] = signing.authorization("AK", names, sig)
    request = RawRequest("GET", PATH, query, headers, b"")
    auth = Authenticator([], {"AK": "SK"}, lambda: now, "ModelArts.0203")
    auth.check(request)  # valid, or this raises
    return timeit.timeit(lambda: auth.check(request), number=rounds) / rounds * 1e6


def startup_seconds() -> tuple[float, float]:
    """(compiling the spec in-process, process start to the first ShowPool answer of `python -m modelarts_mock`)."""
    started = time.perf_counter()
    load_spec(DEFAULT_SPEC)
    compile_time = time.perf_counter() - started
    port = free_port()
    started = time.perf_counter()
    with serving([sys.executable, "-m", "modelarts_mock", "--port", str(port), "--token", TOKEN], port):
        first_answer = time.perf_counter() - started
    return compile_time, first_answer


EVENTS = 10_000
SERVICE = "35de3ca9-1bca-4ae7-9cb0-914f30fa7d3e"


def events_latency_ms(requests: int = 2000) -> tuple[float, float, float]:
    """(p50, p99) ms of ShowServiceEvents pages (limit=100, offsets across 10,000 seeded events, default sort), and the
    p50 of ShowPool through the same client, as the yardstick of what one request costs here."""
    port = free_port()
    events = [{"event_type": "normal", "event_info": f"event {i}", "occur_time": 1_700_000_000_000 + i} for i in range(EVENTS)]
    body = {"service_id": SERVICE, "service_name": "bench", "events": events}
    command = [sys.executable, "-m", "modelarts_mock", "--port", str(port), "--token", TOKEN]
    with serving(command, port) as base, httpx.Client(base_url=base, headers={"X-Auth-Token": TOKEN}) as http:
        seeded = http.post("/_mock/resources", json={"operation": "ShowServiceEvents", "path": {"service_id": SERVICE}, "body": body})
        assert seeded.status_code == 201, seeded.text
        url = f"/v1/{DEFAULT_PROJECT_ID}/services/{SERVICE}/events"

        def timed(path: str, params: dict[str, int] | None = None) -> float:
            started = time.perf_counter()
            response = http.get(path, params=params)
            assert response.status_code == 200
            return (time.perf_counter() - started) * 1000

        pages = sorted(timed(url, {"limit": 100, "offset": (i * 100) % EVENTS}) for i in range(requests))
        assert http.get(url, params={"limit": 100}).json()["total_count"] == EVENTS
        pool = sorted(timed(PATH) for _ in range(requests))
    return pages[len(pages) // 2], pages[int(len(pages) * 0.99)], pool[len(pool) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2, help="runs per server, interleaved; the best one counts (default 2)")
    parser.add_argument("--record", action="store_true", help="write the figures to bench/results/mock-throughput.json (make figures)")
    args = parser.parse_args()
    binary = ensure_wrk()
    prism = ensure_prism()
    python = sys.executable
    peers: dict[str, list[str]] = {
        "bare Starlette (same JSON, same uvicorn)": [python, "bench/bare_starlette.py", "{port}"],
        "mock (auth, validation, journal, control)": [python, "-m", "modelarts_mock", "--port", "{port}", "--token", TOKEN],
        "mock (+ --validate-responses)": [python, "-m", "modelarts_mock", "--port", "{port}", "--token", TOKEN, "--validate-responses"],
        f"mock holding {LIVE:,} created resources": [python, "-m", "modelarts_mock", "--port", "{port}", "--token", TOKEN],
        "Prism 5.16 static (-v error)": [str(prism), "mock", str(DEFAULT_SPEC), "-h", "127.0.0.1", "-p", "{port}", "-v", "error"],
    }
    results: dict[str, float] = dict.fromkeys(peers, 0.0)
    for _ in range(args.rounds):  # interleaved, so a slow moment of the machine hits every server alike
        for name, template in peers.items():
            port = free_port()
            command = [part.replace("{port}", str(port)) for part in template]
            live = name.startswith("mock holding")
            results[name] = max(results[name], measure(binary, command, port, args.seconds, args.connections, live))
    for name, rps in results.items():
        print(f"{name:45} {rps:9,.0f} req/s (best of {args.rounds})")
    bare, mock, checked, holding, prism_rps = results.values()
    compile_time, first_answer = startup_seconds()
    print()
    print(f"wrk -t1 -c{args.connections} -d{args.seconds}s, GET {PATH}, loopback, {os.cpu_count()} cores shared with wrk")
    print(f"mock / Prism           {mock / prism_rps:5.2f}x   (target >= 3.5x)    with --validate-responses: {checked / prism_rps:5.2f}x")
    print(f"mock / bare Starlette  {mock / bare:5.0%}    (target >= 75%)     with --validate-responses: {checked / bare:5.0%}")
    print(
        f"holding {LIVE:,} created   {holding / prism_rps:5.2f}x Prism (target >= 4.5x), {holding / bare:5.0%} of bare Starlette (target >= 100%)"
    )
    print(f"AK/SK verification     {aksk_verification_us():5.0f} us per request (in-process, not part of the wrk figures)")
    print(f"start-up               {compile_time:5.2f} s to compile the spec; {first_answer:.2f} s from process start to the first answer")
    p50, p99, pool_p50 = events_latency_ms()
    print(
        f"ShowServiceEvents      p50 {p50:.2f} ms, p99 {p99:.2f} ms per page of 100 of {EVENTS:,} events (ShowPool p50 {pool_p50:.2f} ms, same client)"
    )
    chain, pool = round_trip()
    print(f"create/show/delete     {chain:.2f} ms per request, {chain / pool:.2f}x one ShowPool ({pool:.2f} ms, same client; target <= 2x)")
    if args.record:
        rows = [[name, f"{rps:,.0f} req/s", f"{rps / bare:.0%}", f"{rps / prism_rps:.2f}×"] for name, rps in results.items()]
        values = {
            "mock": f"{mock:,.0f} req/s",
            "mock-vs-bare": f"{mock / bare:.0%}",
            "mock-vs-prism": f"{mock / prism_rps:.2f}×",
            "checked": f"{checked:,.0f} req/s",
            "checked-vs-bare": f"{checked / bare:.0%}",
            "checked-vs-prism": f"{checked / prism_rps:.2f}×",
            "holding": f"{holding:,.0f} req/s",
            "holding-vs-bare": f"{holding / bare:.0%}",
            "holding-vs-prism": f"{holding / prism_rps:.2f}×",
            "bare": f"{bare:,.0f} req/s",
            "prism": f"{prism_rps:,.0f} req/s",
            "round-trip": f"{chain:.2f} ms per request, {chain / pool:.2f}× one ShowPool ({pool:.2f} ms)",
        }
        made_by = f"make bench-mock (wrk -c{args.connections} -d{args.seconds}s, best of {args.rounds})"
        record(
            "mock-throughput",
            made_by,
            values=values,
            tables={"table": table(["server", "ShowPool", "of bare Starlette", "of Prism"], rows)},
        )
    return 0


def round_trip() -> tuple[float, float]:
    port = free_port()
    with serving([sys.executable, "-m", "modelarts_mock", "--port", str(port), "--token", TOKEN], port) as base:
        return round_trip_ms(base, TOKEN, PATH)


if __name__ == "__main__":
    sys.exit(main())
