"""Protection for a server on the person's own machine: who may talk to it and what pages may do.

- **Host allow-list** (against DNS rebinding): only ``127.0.0.1``, ``localhost`` and ``[::1]``
  (plus any host the app was started for) may address the server.
- **Cross-origin protection without tokens** (the ``Sec-Fetch-Site`` and ``Origin`` check that
  datasette and Go's ``CrossOriginProtection`` use): a state-changing request (POST, PUT, PATCH,
  DELETE) is refused with 403 unless the browser says it came from this same origin. Requests
  with neither header (curl, scripts on this machine) pass.
- **Security headers** on every response: a strict Content-Security-Policy (scripts, styles,
  images and forms from this server only, no inline script, no framing), no referrer, no
  sniffing, and no camera, microphone or location.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CSP", "LOOPBACK_HOSTS", "LocalOnly"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'; object-src 'none'")
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
_NAMES = frozenset(k for k, _ in _HEADERS)
_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class LocalOnly:
    """ASGI middleware: Host allow-list, cross-origin protection and security headers."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] = LOOPBACK_HOSTS) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # the raw header list read once (ASGI servers give lower-case names; the first of a
        # repeated header counts, as with Starlette's Headers.get), no Headers object built
        raw: list[tuple[bytes, bytes]] = scope["headers"]
        if type(raw) is not list:  # ASGI allows any iterable: made a list once, as Headers does
            raw = scope["headers"] = list(raw)
        host = next((v for k, v in raw if k == b"host"), b"").decode("latin-1")
        if _hostname(host) not in self.allowed:
            await _refuse(400, f"This server answers only on {', '.join(sorted(self.allowed))} "
                               "(the Host header named another name).")(scope, receive, send)
            return
        if scope["method"] in _UNSAFE and not _same_origin(Headers(raw=raw)):
            await _refuse(403, "Refused a change sent from another web site. Use the page "
                               "this server shows.")(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers")
                if type(headers) is not list:  # absent, or another sequence: a list to extend
                    headers = message["headers"] = list(headers or ())
                present = {k.lower() for k, _ in headers}
                if present.isdisjoint(_NAMES):
                    headers += _HEADERS
                else:  # a response that set one of them itself keeps its own
                    headers += [(k, v) for k, v in _HEADERS if k not in present]
            await send(message)

        await self.app(scope, receive, with_headers)


def _refuse(status: int, text: str) -> PlainTextResponse:
    return PlainTextResponse(text, status_code=status, headers={k.decode(): v.decode()
                                                                for k, v in _HEADERS})


def _hostname(host: str) -> str:
    """The host name without its port ('[::1]:8000' -> '[::1]')."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _same_origin(headers: Headers) -> bool:
    """Whether a state-changing request comes from this site (or from no browser at all)."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc.lower() == headers.get("host", "").lower()
