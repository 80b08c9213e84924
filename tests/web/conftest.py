"""Fixtures for the web app's tests: a real ``triggerpoint serve`` on a free loopback port (one per
test session), Debian's Chromium driven by Playwright (one browser per session, a fresh context
per test), and a route guard on every page that records and aborts any request that is not for
the server itself.

No ``playwright install`` and no pytest-playwright plugin: the browser is /usr/bin/chromium,
installed by ``scripts/system-deps``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from inprocess import TestClient, local_client

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.services import AppContext
from triggerpoint.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}
_ADDRESS = re.compile(r"running at (http://127\.0\.0\.1:\d+)/")


@dataclass
class Server:
    """A running ``triggerpoint serve``: its base URL (no trailing slash) and journal file."""

    url: str
    db: Path
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)


def start_server(db: Path, timeout: float = 60.0) -> Server:
    """Start ``triggerpoint serve --port 0`` with the venv's executable, read the address it
    prints, and wait until it answers. Raises with the server's output when it does not."""
    exe = Path(sys.executable).parent / "triggerpoint"
    process = subprocess.Popen(
        [str(exe), "serve", "--port", "0", "--db", f"sqlite:///{db}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    server = Server("", db, process)
    found = threading.Event()

    def read() -> None:  # keeps draining the pipe so the server never blocks on a full pipe
        assert process.stdout is not None
        for line in process.stdout:
            server.output.append(line)
            match = _ADDRESS.search(line)
            if match and not found.is_set():
                server.url = match.group(1)
                found.set()

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    while not found.wait(0.1):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_server(server)
            raise RuntimeError(
                "triggerpoint serve did not print its address:\n" + "".join(server.output)
            )
    while True:
        try:
            if httpx.get(server.url + "/api/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            stop_server(server)
            raise RuntimeError(
                f"triggerpoint serve at {server.url} never answered:\n" + "".join(server.output)
            )
        time.sleep(0.1)


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    if server.process.stdout is not None:
        server.process.stdout.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One real server for the whole session, with its own empty journal."""
    running = start_server(tmp_path_factory.mktemp("web") / "journal.sqlite3")
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def base_url(server: Server) -> str:
    return server.url


@pytest.fixture(scope="session")
def outside_requests() -> list[str]:
    """Every request a page tried to send anywhere but the test server (all aborted)."""
    return []


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless, for the whole session. Missing Chromium is a failure (CI
    must install it), not a skip."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run scripts/system-deps (it installs Debian's "
            "chromium package) before the browser tests.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


def guard_page(target: Any, base: str, outside: list[str]) -> None:
    """On a page or a whole browser context (all its pages, popups included): let through only
    requests for ``base`` (scheme, host and port); record and abort the rest."""
    prefix = base.rstrip("/") + "/"

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(prefix) or url == base:
            r.continue_()
        else:
            outside.append(url)
            r.abort()

    target.route("**/*", route)


NewPage = Callable[..., Any]


@pytest.fixture(scope="session")
def guard() -> Callable[[Any, str, list[str]], None]:
    """The route guard, for tests that make their own contexts."""
    return guard_page


@pytest.fixture
def new_page(browser: Any, base_url: str, outside_requests: list[str]) -> Iterator[NewPage]:
    """Make guarded pages in fresh contexts: ``new_page()`` at desktop size,
    ``new_page(viewport=PHONE, has_touch=True)`` for a phone. Contexts close after the test, and
    the test fails if any page tried to reach another origin."""
    contexts: list[Any] = []
    before = len(outside_requests)

    def make(**options: Any) -> Any:
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(base_url=base_url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        guard_page(context, base_url, outside_requests)  # every page of the context
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
    tried = outside_requests[before:]
    assert not tried, f"pages tried to reach other origins: {tried}"


@pytest.fixture
def page(new_page: NewPage) -> Any:
    """A guarded desktop-sized page."""
    return new_page()


# -- the app in-process, one per test module (tests/web/inprocess.py) ---------------------------


@pytest.fixture(scope="module")
def ctx(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """The use cases on a fresh journal file, shared by the tests of one module."""
    db = tmp_path_factory.mktemp("web") / "journal.sqlite3"
    with AppContext.create(db=f"sqlite:///{db}", kb=kb).session() as context:
        yield context


@pytest.fixture(scope="module")
def app(ctx: AppContext) -> FastAPI:
    return create_app(ctx)


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with local_client(app) as test_client:
        yield test_client
