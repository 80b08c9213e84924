"""Load on the web app over loopback: ``/api/find`` next to a trivial endpoint of the same app.

Usage: python benchmarks/web_load.py [--clients 50] [--requests 3000] [--seconds 20]
                                     [--client raw|httpx] [--url URL]

Starts ``triggerpoint serve`` on a free loopback port with an empty temporary journal (or uses
``--url`` of a running server), warms both endpoints up, then for each endpoint runs ``--clients``
concurrent clients, each on its own keep-alive connection sending one request after another,
until ``--requests`` answers or ``--seconds`` have passed, whichever comes first. It prints the
throughput and the p50/p99 latency of each endpoint, the throughput ratio, and whether the
targets hold: ``/api/find`` at least 50 % of the trivial endpoint's throughput with p99 at most
25 ms at 50 concurrent clients.

The default client is a minimal HTTP/1.1 client on asyncio streams, so the load generator costs
little CPU next to the server (they share this machine's cores); ``--client httpx`` uses
``httpx.AsyncClient`` instead (heavier: its own cost shows in the latencies).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

FIND = "/api/find?r=temple:right&n.temple:right=6"
TRIVIAL = "/api/health"
TARGET_RATIO = 0.5
TARGET_P99_MS = 25.0


@dataclass(frozen=True)
class Run:
    path: str
    seconds: float
    latencies: list[float]  # seconds, one per answered request
    errors: int

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


Fetch = Callable[[], Awaitable[int]]


async def raw_connection(base: str, path: str) -> tuple[Fetch, Callable[[], None]]:
    """One keep-alive connection; ``fetch()`` sends GET path and reads the whole answer."""
    parts = urlsplit(base)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept: application/json\r\n\r\n"
    ).encode()

    async def fetch() -> int:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        match = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
        if not match:
            raise RuntimeError(f"no Content-Length in {head[:200]!r}")
        await reader.readexactly(int(match.group(1)))
        return status

    return fetch, writer.close


async def httpx_connection(base: str, path: str) -> tuple[Fetch, Callable[[], None]]:
    import httpx

    client = httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=1))

    async def fetch() -> int:
        return (await client.get(path)).status_code

    def close() -> None:
        asyncio.get_running_loop().create_task(client.aclose())

    return fetch, close


async def load(base: str, path: str, clients: int, requests: int, seconds: float, kind: str) -> Run:
    connect = raw_connection if kind == "raw" else httpx_connection
    connections = [await connect(base, path) for _ in range(clients)]
    latencies: list[float] = []
    errors = 0
    left = requests
    deadline = time.perf_counter() + seconds

    async def client(fetch: Fetch) -> None:
        nonlocal left, errors
        while left > 0 and time.perf_counter() < deadline:
            left -= 1
            start = time.perf_counter()
            try:
                status = await fetch()
            except Exception:  # a dropped connection: counted, and this client stops
                errors += 1
                return
            if status == 200:
                latencies.append(time.perf_counter() - start)
            else:
                errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(client(fetch) for fetch, _ in connections))
    elapsed = time.perf_counter() - started
    for _, close in connections:
        close()
    await asyncio.sleep(0)
    return Run(path, elapsed, latencies, errors)


def start_server(db: Path) -> tuple[subprocess.Popen[str], str]:
    exe = Path(sys.executable).parent / "triggerpoint"
    process = subprocess.Popen(
        [str(exe), "serve", "--port", "0", "--db", f"sqlite:///{db}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    for line in process.stdout:
        match = re.search(r"running at (http://127\.0\.0\.1:\d+)/", line)
        if match:
            return process, match.group(1)
    raise SystemExit("triggerpoint serve stopped before printing its address")


async def wait_until_up(base: str, timeout: float = 60) -> None:
    deadline = time.perf_counter() + timeout
    while True:
        try:
            fetch, close = await raw_connection(base, TRIVIAL)
            status = await fetch()
            close()
            if status == 200:
                return
        except OSError:
            pass
        if time.perf_counter() > deadline:
            raise SystemExit(f"{base} never answered")
        await asyncio.sleep(0.1)


async def bench(base: str, args: argparse.Namespace) -> list[Run]:
    await wait_until_up(base)
    for path in (TRIVIAL, FIND):  # warm-up: code paths, caches, connections
        await load(base, path, min(args.clients, 10), 200, 10, args.client)
    return [
        await load(base, path, args.clients, args.requests, args.seconds, args.client)
        for path in (TRIVIAL, FIND)
    ]


def report(runs: list[Run], clients: int, kind: str) -> bool:
    print(f"{clients} concurrent clients, keep-alive, {kind} client, loopback")
    print(f"{'endpoint':44} {'answers':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}")
    for run in runs:
        print(
            f"{run.path:44} {len(run.latencies):8d} {run.errors:6d} {run.throughput:8.0f} "
            f"{run.percentile(0.5):7.1f} {run.percentile(0.99):7.1f}"
        )
    trivial, find = runs
    ratio = find.throughput / trivial.throughput if trivial.throughput else 0.0
    p99 = find.percentile(0.99)
    ok = ratio >= TARGET_RATIO and p99 <= TARGET_P99_MS and not find.errors
    print(
        f"/api/find throughput = {ratio:.0%} of the trivial endpoint's "
        f"(target >= {TARGET_RATIO:.0%}); p99 {p99:.1f} ms (target <= {TARGET_P99_MS:.0f} ms)"
        f": {'met' if ok else 'NOT met'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="answers per endpoint at most")
    parser.add_argument("--seconds", type=float, default=20.0, help="time per endpoint at most")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw")
    parser.add_argument("--url", help="a running server (default: start one)")
    args = parser.parse_args()
    if args.url:
        runs = asyncio.run(bench(args.url.rstrip("/"), args))
    else:
        with tempfile.TemporaryDirectory() as folder:
            process, base = start_server(Path(folder) / "journal.sqlite3")
            try:
                runs = asyncio.run(bench(base, args))
            finally:
                process.terminate()
                process.wait(timeout=10)
    report(runs, args.clients, args.client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
