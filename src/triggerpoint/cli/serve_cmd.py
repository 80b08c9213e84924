"""`triggerpoint serve`: the web app on this computer (127.0.0.1), with your local journal."""

from __future__ import annotations

from typing import Annotated

import typer

from triggerpoint.cli.common import Db

__all__ = ["serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    port: Annotated[int, typer.Option(min=0, max=65535,
                                      help="Port (0 picks a free one).")] = 8765,
    host: Annotated[str, typer.Option(
        help="Address to listen on. Keep 127.0.0.1: anything else lets other computers "
        "reach your health data.")] = "127.0.0.1",
    open_browser: Annotated[bool, typer.Option(
        "--open/--no-open", help="Open a browser at the address, where one exists.")] = False,
    db: Db = None,
) -> None:
    """Start the web app: mark where it hurts, see why, follow a plan, keep the journal.

    Example: triggerpoint serve   then open http://127.0.0.1:8765 in your browser.
    """
    import socket

    import uvicorn

    from triggerpoint.cli.common import app_context
    from triggerpoint.web.app import create_app
    from triggerpoint.web.security import LOOPBACK_HOSTS

    allowed = list(LOOPBACK_HOSTS)
    if host not in LOOPBACK:
        typer.secho(f"WARNING: listening on {host} lets other computers on the network reach "
                    "this app and your journal. Use 127.0.0.1 unless you know why not.",
                    err=True, fg="red", bold=True)
        allowed.append(host.lower())
    ctx = app_context(db)
    app = create_app(ctx, allowed_hosts=allowed)
    # IPPROTO_TCP named: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say so;
    # without it every keep-alive answer waits ~40 ms for a delayed ACK
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET,
                             socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{listener.getsockname()[1]}/"
    typer.echo(f"triggerpoint is running at {address}  (Ctrl+C stops it)", err=False)
    if open_browser:
        import webbrowser

        webbrowser.open(address)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    try:
        uvicorn.Server(config).run(sockets=[listener])
    finally:
        ctx.close()
