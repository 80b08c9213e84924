"""``triggerpoint serve`` as a real process: it listens on 127.0.0.1 only, keep-alive answers do
not wait for delayed ACKs (with uvloop and httptools, and in the h11 + asyncio fallback), two
worker processes share the address and the journal and stop together, and consultations sent at
the same time get the answers the use case gives one at a time.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from triggerpoint.cli.serve_cmd import _listener
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.services.consult import consult

EXE = Path(sys.executable).parent / "triggerpoint"
ROOT = Path(__file__).resolve().parents[2]
_ADDRESS = re.compile(r"running at (http://127\.0\.0\.1:(\d+))/")


class Served:
    def __init__(self, process: subprocess.Popen[str], url: str, port: int) -> None:
        self.process, self.url, self.port = process, url, port

    def children(self) -> list[int]:
        found = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            found += [int(pid) for pid in (task / "children").read_text().split()]
        return found


def _start(db: Path, *args: str, env: dict[str, str] | None = None) -> Served:
    process = subprocess.Popen(
        [str(EXE), "serve", "--port", "0", "--db", f"sqlite:///{db}", *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = _ADDRESS.search(line)
    if not match:
        process.kill()
        rest = process.stdout.read()
        process.stdout.close()
        process.wait()
        raise AssertionError(f"no address: {line}{rest}")
    served = Served(process, match.group(1), int(match.group(2)))
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(served.url + "/api/health", timeout=2).status_code == 200:
                return served
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline and process.poll() is None, "never answered"
        time.sleep(0.1)


def _stop(served: Served) -> int:
    served.process.send_signal(signal.SIGTERM)
    try:
        return served.process.wait(timeout=20)
    finally:
        if served.process.poll() is None:
            served.process.kill()
        if served.process.stdout is not None:
            served.process.stdout.close()


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[Served]:
    served = _start(tmp_path / "journal.sqlite3", "--workers", "2")
    try:
        yield served
    finally:
        if served.process.poll() is None:
            _stop(served)
        elif served.process.stdout is not None:
            served.process.stdout.close()


def _listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as /proc/net/tcp* writes them) listening on ``port``."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc/net/tcp")
def test_serve_listens_on_loopback_only(server: Any) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1, and nothing else


def test_the_listener_names_tcp_so_asyncio_turns_nagle_off() -> None:
    listener = _listener("127.0.0.1", 0)
    try:
        assert listener.proto == socket.IPPROTO_TCP
        assert listener.getsockname()[0] == "127.0.0.1"
    finally:
        listener.close()


@pytest.fixture(scope="module")
def without_fast_parts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment in which ``import httptools`` and ``import uvloop`` fail, so uvicorn falls
    back to h11 and asyncio."""
    folder = tmp_path_factory.mktemp("blocked")
    for name in ("httptools", "uvloop"):
        (folder / f"{name}.py").write_text(f"raise ImportError('{name} blocked for a test')\n")
    env = {"PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])}
    check = subprocess.run([sys.executable, "-c", "import httptools"], env={**os.environ, **env},
                           capture_output=True, text=True)
    assert check.returncode != 0 and "blocked for a test" in check.stderr
    return env


@pytest.mark.parametrize("parts", ["installed", "fallback"])
def test_keep_alive_answers_do_not_wait_for_delayed_acks(
    tmp_path: Path, parts: str, without_fast_parts: dict[str, str]
) -> None:
    """Nagle's algorithm with delayed ACKs holds every second write of an answer for ~40 ms."""
    served = _start(tmp_path / "journal.sqlite3",
                    env=without_fast_parts if parts == "fallback" else None)
    try:
        with httpx.Client(base_url=served.url) as client:  # one keep-alive connection
            times = []
            for _ in range(40):
                started = time.perf_counter()
                assert client.get("/api/health").status_code == 200
                times.append(time.perf_counter() - started)
        assert statistics.median(times) < 0.02, f"median {statistics.median(times) * 1000:.1f} ms"
    finally:
        _stop(served)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="--workers above 1 needs fork")
def test_two_workers_share_the_address_and_the_journal(
    two_workers: Served, kb: KnowledgeBase
) -> None:
    assert len(two_workers.children()) == 2
    added = httpx.post(two_workers.url + "/api/profiles", json={"name": "ann"})
    assert added.status_code == 200, added.text
    drawing = {"r": "temple:right", "n.temple:right": "6"}
    found = []
    for _ in range(12):  # fresh connections, accepted by either process
        names = [p["name"] for p in httpx.get(two_workers.url + "/api/profiles").json()["profiles"]]
        assert "ann" in names
        found.append(httpx.get(two_workers.url + "/api/find", params=drawing).json())
    assert all(answer == found[0] for answer in found)  # forked: the same hash seed
    ranked = consult(kb, regions=["temple:right=6"], top=5).to_json()["candidates"]
    assert found[0]["candidates"] == json.loads(json.dumps(ranked))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="--workers above 1 needs fork")
def test_two_workers_stop_together(two_workers: Served) -> None:
    children = two_workers.children()
    code = _stop(two_workers)
    assert code in (0, 128 + signal.SIGTERM), code
    time.sleep(0.5)
    for pid in children:
        stat = Path(f"/proc/{pid}/stat")
        assert not stat.exists() or stat.read_text().split(")")[1].split()[0] == "Z"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="--workers above 1 needs fork")
def test_when_one_worker_dies_the_server_stops(two_workers: Served) -> None:
    os.kill(two_workers.children()[0], signal.SIGKILL)
    assert two_workers.process.wait(timeout=20) == 128 + signal.SIGKILL


def test_workers_below_one_are_refused_clearly() -> None:
    done = subprocess.run([str(EXE), "serve", "--workers", "0"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2
    assert "--workers" in done.stderr and "Traceback" not in done.stderr + done.stdout


_REFERENCE = """
import json, sys
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.services.consult import consult
kb = KnowledgeBase.load()
print(json.dumps([consult(kb, text=t, top=5).to_json() for t in json.loads(sys.stdin.read())]))
"""


def test_consultations_at_the_same_time_answer_as_one_at_a_time(tmp_path: Path) -> None:
    """100 descriptions sent 16 at a time get exactly the answers the use case gives them one by
    one in another process. Both run with the same PYTHONHASHSEED: the order of the safety
    screen's concepts follows set order, which differs between processes otherwise."""
    lines = (ROOT / "benchmarks" / "vignettes-heldout-styles.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    seed = {"PYTHONHASHSEED": "0"}
    reference = subprocess.run([sys.executable, "-c", _REFERENCE], input=json.dumps(texts),
                               capture_output=True, text=True, env={**os.environ, **seed},
                               timeout=300, check=True)
    expected = json.loads(reference.stdout)
    served = _start(tmp_path / "journal.sqlite3", env=seed)
    try:
        def ask(text: str) -> Any:
            answer = httpx.get(served.url + "/api/find", params={"text": text}, timeout=60)
            assert answer.status_code == 200, answer.text
            return answer.json()

        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(ask, texts))
    finally:
        _stop(served)
    for text, answer, one_by_one in zip(texts, answers, expected, strict=True):
        assert answer == one_by_one, text
