"""Load on the web app over loopback: ``/api/find`` next to a trivial endpoint of the same app.

Usage: python benchmarks/web_load.py [--clients 50] [--requests 3000] [--seconds 20]
                                     [--find fixed|mix|both] [--workers N]
                                     [--client raw|httpx] [--url URL [--server-pid PID]] [--json]

Starts ``triggerpoint serve`` on a free loopback port with an empty temporary journal (or uses
``--url`` of a running server), warms the endpoints up, then for each endpoint runs ``--clients``
concurrent clients, each on its own keep-alive connection sending one request after another,
until ``--requests`` answers or ``--seconds`` have passed, whichever comes first. It prints the
throughput and the p50/p99 latency of each endpoint, the throughput ratio, and whether the
targets hold: ``/api/find`` at least 50 % of the trivial endpoint's throughput with p99 at most
25 ms at 50 concurrent clients.

``/api/find`` is measured two ways. ``fixed`` sends one drawing (the right temple at 6) again and
again. ``mix`` cycles through 455 pain drawings, the hand-labelled regions and sides of
``benchmarks/region-reading.jsonl`` (forum posts, clinical notes, search-box words and pain
diary charts; one to five marked regions each) with intensities from 3 to 8, each client
starting at its own place in the list, so the server answers a different drawing almost every
time: nothing a cache of answers could serve. The verdict is given for both; ``mix`` is the
honest one.

The default client is a minimal HTTP/1.1 client on asyncio streams, so the load generator costs
little CPU next to the server (they share this machine's cores); its own CPU time is printed
beside each run (as a share of one core), and so is the server's when this script started it
(Linux: read from /proc for the server and its worker processes). ``--client httpx`` uses
``httpx.AsyncClient`` instead (heavier: its own cost shows in the latencies).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

HERE = Path(__file__).parent
DRAWINGS = HERE / "region-reading.jsonl"
FIXED = "/api/find?r=temple:right&n.temple:right=6"
TRIVIAL = "/api/health"
TARGET_RATIO = 0.5
TARGET_P99_MS = 25.0


@dataclass(frozen=True)
class Run:
    name: str
    seconds: float
    latencies: list[float]  # seconds, one per answered request
    errors: int
    client_cpu: float  # seconds of this process's CPU during the run
    server_cpu: float | None  # seconds of the server's CPU (all its processes), when known

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0

    def share(self, cpu: float | None) -> float | None:
        """CPU seconds per wall second (1.0 = one core kept busy)."""
        return None if cpu is None or not self.seconds else cpu / self.seconds


def drawings(path: Path = DRAWINGS) -> list[str]:
    """``/api/find`` URLs of the labelled drawings: regions, sides and intensities 3-8."""
    urls = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        case = json.loads(line)
        pairs: list[tuple[str, str]] = []
        for k, region in enumerate(case["regions"]):
            spec = f"{region['id']}:{region['side']}" if region["side"] else region["id"]
            pairs += [("r", spec), (f"n.{spec}", str(3 + (number + k) % 6))]
        urls.append("/api/find?" + urlencode(pairs))
    return urls


Fetch = Callable[[], Awaitable[int]]


async def raw_connection(base: str, paths: Sequence[str]) -> tuple[Fetch, Callable[[], None]]:
    """One keep-alive connection; each ``fetch()`` sends GET for the next of ``paths`` (in a
    cycle) and reads the whole answer."""
    parts = urlsplit(base)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    requests = [
        f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept: application/json\r\n\r\n".encode()
        for path in paths
    ]
    turn = 0

    async def fetch() -> int:
        nonlocal turn
        writer.write(requests[turn])
        turn = (turn + 1) % len(requests)
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        match = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
        if not match:
            raise RuntimeError(f"no Content-Length in {head[:200]!r}")
        await reader.readexactly(int(match.group(1)))
        return status

    return fetch, writer.close


async def httpx_connection(base: str, paths: Sequence[str]) -> tuple[Fetch, Callable[[], None]]:
    import httpx

    client = httpx.AsyncClient(base_url=base, limits=httpx.Limits(max_connections=1))
    turn = 0

    async def fetch() -> int:
        nonlocal turn
        path = paths[turn]
        turn = (turn + 1) % len(paths)
        return (await client.get(path)).status_code

    def close() -> None:
        asyncio.get_running_loop().create_task(client.aclose())

    return fetch, close


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def tree_cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds of a process and its living descendants (Linux /proc), or
    None where that cannot be read."""
    if pid is None:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    try:
        while todo:
            current = todo.pop()
            stat = Path(f"/proc/{current}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
    except (OSError, ValueError):
        return None
    return total


async def load(base: str, name: str, paths: Sequence[str], args: argparse.Namespace,
               server_pid: int | None, requests: int, seconds: float, clients: int) -> Run:
    connect = raw_connection if args.client == "raw" else httpx_connection
    step = max(1, len(paths) // clients)
    connections = [
        await connect(base, [*paths[i * step % len(paths):], *paths[: i * step % len(paths)]])
        for i in range(clients)
    ]
    latencies: list[float] = []
    errors = 0
    left = requests

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

    server_before = tree_cpu_seconds(server_pid)
    client_before = cpu_seconds()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(client(fetch) for fetch, _ in connections))
    elapsed = time.perf_counter() - started
    client_cpu = cpu_seconds() - client_before
    server_after = tree_cpu_seconds(server_pid)
    server_cpu = (server_after - server_before
                  if server_before is not None and server_after is not None else None)
    for _, close in connections:
        close()
    await asyncio.sleep(0)
    return Run(name, elapsed, latencies, errors, client_cpu, server_cpu)


def start_server(db: Path, workers: int | None) -> tuple[subprocess.Popen[str], str]:
    exe = Path(sys.executable).parent / "triggerpoint"
    extra = ["--workers", str(workers)] if workers else []
    process = subprocess.Popen(
        [str(exe), "serve", "--port", "0", "--db", f"sqlite:///{db}", *extra],
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
            fetch, close = await raw_connection(base, [TRIVIAL])
            status = await fetch()
            close()
            if status == 200:
                return
        except OSError:
            pass
        if time.perf_counter() > deadline:
            raise SystemExit(f"{base} never answered")
        await asyncio.sleep(0.1)


async def bench(base: str, args: argparse.Namespace, server_pid: int | None) -> list[Run]:
    await wait_until_up(base)
    plan = [("trivial", TRIVIAL, [TRIVIAL])]
    if args.find in ("fixed", "both"):
        plan.append(("find fixed", FIXED, [FIXED]))
    if args.find in ("mix", "both"):
        plan.append(("find mix", "/api/find (455 drawings)", drawings()))
    runs = []
    for _, _, paths in plan:  # warm-up: code paths, caches (every worker), connections
        await load(base, "warm-up", paths, args, None, max(200, 2 * len(paths)), 30,
                   min(args.clients, 10))
    for name, _, paths in plan:
        runs.append(await load(base, name, paths, args, server_pid, args.requests,
                               args.seconds, args.clients))
    return runs


def _share(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.0%}"


def report(runs: list[Run], args: argparse.Namespace) -> dict[str, object]:
    print(f"{args.clients} concurrent clients, keep-alive, {args.client} client, loopback, "
          f"{os.cpu_count()} CPUs")
    print(f"{'endpoint':12} {'answers':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>7} "
          f"{'p99 ms':>7} {'client CPU':>10} {'server CPU':>10} {'server ms/answer':>16}")
    for run in runs:
        per = run.server_cpu / len(run.latencies) * 1000 if run.server_cpu and run.latencies \
            else None
        print(f"{run.name:12} {len(run.latencies):8d} {run.errors:6d} {run.throughput:7.0f} "
              f"{run.percentile(0.5):7.1f} {run.percentile(0.99):7.1f} "
              f"{_share(run.share(run.client_cpu)):>10} {_share(run.share(run.server_cpu)):>10} "
              f"{'-' if per is None else f'{per:.2f}':>16}")
    print("(CPU: seconds per second of the run, 100% = one core busy; server ms/answer: the "
          "server's CPU time per answer, the figure a busy machine disturbs least)")
    trivial, finds = runs[0], runs[1:]
    verdicts: dict[str, object] = {}
    for find in finds:
        ratio = find.throughput / trivial.throughput if trivial.throughput else 0.0
        p99 = find.percentile(0.99)
        ok = ratio >= TARGET_RATIO and p99 <= TARGET_P99_MS and not find.errors
        verdicts[find.name] = {"ratio": ratio, "met": ok}
        print(f"{find.name}: throughput {ratio:.0%} of the trivial endpoint's "
              f"(target >= {TARGET_RATIO:.0%}); p99 {p99:.1f} ms "
              f"(target <= {TARGET_P99_MS:.0f} ms): {'met' if ok else 'NOT met'}")
    return {
        "clients": args.clients,
        "runs": [{"name": r.name, "answers": len(r.latencies), "errors": r.errors,
                  "req_s": round(r.throughput, 1), "p50_ms": round(r.percentile(0.5), 2),
                  "p99_ms": round(r.percentile(0.99), 2),
                  "client_cpu": r.share(r.client_cpu), "server_cpu": r.share(r.server_cpu),
                  "server_ms_per_answer": r.server_cpu / len(r.latencies) * 1000
                  if r.server_cpu and r.latencies else None}
                 for r in runs],
        "verdicts": verdicts,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="answers per endpoint at most")
    parser.add_argument("--seconds", type=float, default=20.0, help="time per endpoint at most")
    parser.add_argument("--find", choices=["fixed", "mix", "both"], default="both",
                        help="one fixed drawing, the mix of 455 drawings, or both")
    parser.add_argument("--workers", type=int, help="passed to triggerpoint serve")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw")
    parser.add_argument("--url", help="a running server (default: start one)")
    parser.add_argument("--server-pid", type=int, help="with --url: the server's process id, "
                        "for its CPU time")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    if args.url:
        runs = asyncio.run(bench(args.url.rstrip("/"), args, args.server_pid))
    else:
        with tempfile.TemporaryDirectory() as folder:
            process, base = start_server(Path(folder) / "journal.sqlite3", args.workers)
            try:
                runs = asyncio.run(bench(base, args, process.pid))
            finally:
                process.terminate()
                process.wait(timeout=10)
    figures = report(runs, args)
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
