"""`triggerpoint serve`: the web app on this computer (127.0.0.1), with your local journal."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from triggerpoint.cli.common import Db

if TYPE_CHECKING:
    from fastapi import FastAPI

    from triggerpoint.services import AppContext

__all__ = ["serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_WORKERS = 16


def serve(
    port: Annotated[int, typer.Option(min=0, max=65535,
                                      help="Port (0 picks a free one).")] = 8765,
    host: Annotated[str, typer.Option(
        help="Address to listen on. Keep 127.0.0.1: anything else lets other computers "
        "reach your health data.")] = "127.0.0.1",
    open_browser: Annotated[bool, typer.Option(
        "--open/--no-open", help="Open a browser at the address, where one exists.")] = False,
    workers: Annotated[int, typer.Option(
        min=1, max=MAX_WORKERS,
        help="Server processes answering on the same address (Linux and macOS). One is "
        "plenty for one person; one per CPU core answers more consultations at once.")] = 1,
    db: Db = None,
) -> None:
    """Start the web app: mark where it hurts, see why, follow a plan, keep the journal.

    Example: triggerpoint serve   then open http://127.0.0.1:8765 in your browser.
    """
    from triggerpoint.cli.common import app_context
    from triggerpoint.web.app import create_app
    from triggerpoint.web.security import LOOPBACK_HOSTS

    if workers > 1 and not hasattr(os, "fork"):
        raise typer.BadParameter("more than one worker needs a system that can fork "
                                 "processes (Linux, macOS); use --workers 1 here.",
                                 param_hint="--workers")
    allowed = list(LOOPBACK_HOSTS)
    if host not in LOOPBACK:
        typer.secho(f"WARNING: listening on {host} lets other computers on the network reach "
                    "this app and your journal. Use 127.0.0.1 unless you know why not.",
                    err=True, fg="red", bold=True)
        allowed.append(host.lower())
    ctx = app_context(db)
    _warm_up(ctx)
    if workers > 1:  # the journal created or migrated once, before the processes share it
        ctx.journal()
        ctx.close()
    app = create_app(ctx, allowed_hosts=allowed)
    listener = _listener(host, port)
    listener.listen(2048)  # from here a connection waits in the queue, never refused
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{listener.getsockname()[1]}/"
    typer.echo(f"triggerpoint is running at {address}  (Ctrl+C stops it)", err=False)
    if open_browser:
        import webbrowser

        webbrowser.open(address)

    def run() -> None:
        try:
            _serve_on(listener, app)
        finally:
            ctx.close()

    if workers == 1:
        run()
    else:  # every process accepts from the one queue of the socket made here
        raise typer.Exit(_run_processes(workers, run))


def _listener(host: str, port: int) -> socket.socket:
    """The server's socket, bound (not yet listening)."""
    # IPPROTO_TCP named: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say so;
    # without it every keep-alive answer waits ~40 ms for a delayed ACK (uvloop, when present,
    # turns it off on every TCP connection; asyncio is the fallback)
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET,
                             socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    return listener


def _warm_up(ctx: AppContext) -> None:
    """One consultation before the address is shown, so the first person to ask does not pay
    for building the finder's model, its spelling guards and the safety index (and, with
    several processes, each starts from this warm copy)."""
    from triggerpoint.finder.build import lexicon_for
    from triggerpoint.services.consult import FindRequest, find_muscles

    find_muscles(ctx, FindRequest(text="an ache in my right temple", regions=["temple:right=5"]))
    index = lexicon_for(ctx.kb).index  # the spelling guards (about 0.2 s each), also now
    _ = index.short_guard, index.swap_guard, index.long_guard


def _serve_on(listener: socket.socket, app: FastAPI) -> None:
    """The app on an open socket until a signal stops it. uvicorn picks its fastest parts when
    they are installed (the httptools HTTP parser and the uvloop event loop, both dependencies)
    and falls back to h11 and asyncio where they are not."""
    import uvicorn

    config = uvicorn.Config(app, log_level="warning", access_log=False, http="auto",
                            loop="auto")
    uvicorn.Server(config).run(sockets=[listener])


def _run_processes(count: int, run: Callable[[], None]) -> int:
    """``run`` in ``count`` forked processes; this one waits for them, passes Ctrl+C and
    SIGTERM on, and stops them all when one ends. Returns the first non-zero exit code (128 +
    the signal for a process a signal ended)."""
    sys.stdout.flush()  # nothing buffered here may be written again by every child
    sys.stderr.flush()
    running: set[int] = set()
    for _ in range(count):
        pid = os.fork()
        if pid == 0:  # a worker: serve, then leave without the parent's clean-up
            code = 0
            try:
                run()
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        running.add(pid)

    def pass_on(signum: int, _frame: object) -> None:
        for child in running:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signum)

    signal.signal(signal.SIGINT, pass_on)
    signal.signal(signal.SIGTERM, pass_on)
    status = 0
    while running:
        try:
            pid, wait_status = os.wait()
        except ChildProcessError:
            break
        if pid not in running:
            continue
        running.discard(pid)
        code = os.waitstatus_to_exitcode(wait_status)
        status = status or (128 - code if code < 0 else code)
        pass_on(signal.SIGTERM, None)  # one ended: the address must not half-work
    return status
