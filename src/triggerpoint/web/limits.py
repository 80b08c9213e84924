"""Bounds on what one request may send, as the CLI bounds its input (docs/hardening.md).

``RequestLimits`` is a pure ASGI middleware, so it sees a request before anything reads it:

- **the address**: path and query together at most ``MAX_URL`` bytes (the drawing lives in
  the query), else 414;
- **the body**: at most ``MAX_BODY`` bytes for forms and JSON, ``MAX_IMPORT_BODY`` for a journal
  import, else 413. A ``Content-Length`` over the limit is refused before a byte of the body is
  read; a body without one (chunked) is counted as it arrives and refused as soon as it passes
  the limit, so no more than the limit plus one chunk is ever held;
- **fields**: at most ``MAX_FIELDS`` in the query or in a form body (URL-encoded or multipart),
  counted on the raw bytes as they arrive, else 400.

Refusals are a page under the site's layout, or ``{"error": ...}`` under ``/api/``, saying what
the limit is; never a 500.
"""

from __future__ import annotations

import html
from typing import Final

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from triggerpoint.inputs import MAX_DOCUMENT_BYTES, MAX_NOTE, shown

__all__ = ["IMPORT_PATHS", "MAX_BODY", "MAX_FIELDS", "MAX_IMPORT_BODY", "MAX_URL",
           "RequestLimits"]

#: Path and query string, in bytes as sent. The largest drawing the finder takes (50 places
#: with intensities, 2,000 ASCII characters of words, every safety answer and 20 press-test
#: muscles) is 6.3 KB. It stays under 16 KB, the request head uvicorn's pure-Python parser
#: (h11) takes at all, with room for the other headers, so both of uvicorn's parsers give
#: this plain 414 (httptools passes far longer addresses on).
MAX_URL: Final = 12 * 1024
#: Fields in a query string or a form body. That drawing is 164 fields; marking every one of
#: the chart's 117 regions with an intensity on the journal form is about 240.
MAX_FIELDS: Final = 500
#: A form or JSON body, in bytes. The largest one sent on purpose is a session record with a
#: note of MAX_NOTE characters (at most 12 bytes each once JSON-escaped) and 50 steps: 57 KB.
MAX_BODY: Final = 256 * 1024
#: The journal import (the upload form and its JSON twin): the upload form's own file limit
#: plus room for the multipart envelope.
MAX_IMPORT_BODY: Final = 64 * 1024 * 1024 + 64 * 1024
#: Where MAX_IMPORT_BODY applies instead of MAX_BODY.
IMPORT_PATHS: Final = frozenset({"/journal/import", "/api/journal/import"})


class _Refused(Exception):
    """A request over a limit: the status and the message to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class RequestLimits:
    """ASGI middleware: refuse an address, a body or a number of fields over the limits."""

    def __init__(self, app: ASGIApp, *, max_url: int = MAX_URL, max_body: int = MAX_BODY,
                 max_import_body: int = MAX_IMPORT_BODY, max_fields: int = MAX_FIELDS) -> None:
        self.app = app
        self.max_url = max_url
        self.max_body = max_body
        self.max_import_body = max_import_body
        self.max_fields = max_fields

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            body = self._check_head(scope)
        except _Refused as refused:
            await _answer(scope, receive, send, refused)
            return
        state = _Guard(body)

        async def bounded_receive() -> Message:
            if state.refused is not None:
                raise state.refused
            message = await receive()
            if message["type"] == "http.request":
                state.count(message.get("body", b""))
            return message

        async def guarded_send(message: Message) -> None:
            if state.refused is not None:
                return  # the app's answer to a body cut short; ours goes instead
            if message["type"] == "http.response.start":
                state.started = True
            await send(message)

        try:
            await self.app(scope, bounded_receive, guarded_send)
        except Exception:
            if state.refused is None or state.started:
                raise
        if state.refused is not None and not state.started:
            await _answer(scope, receive, send, state.refused)

    def _check_head(self, scope: Scope) -> _BodyLimit:
        """Check the address and the declared length; the bounds for the body that follows."""
        path: bytes = scope.get("raw_path") or scope["path"].encode()
        query: bytes = scope.get("query_string", b"")
        size = len(path) + (len(query) + 1 if query else 0)
        if size > self.max_url:
            raise _Refused(414, (
                f"The address is {size:,} bytes long; this server takes at most "
                f"{self.max_url:,}. Mark fewer places or use fewer words (50 places, every "
                "answer and 2,000 characters of plain words fit)."))
        if query and query.count(b"&") + 1 > self.max_fields:
            raise _Refused(400, (
                f"The address holds {query.count(b'&') + 1:,} fields; this server takes at most "
                f"{self.max_fields:,}. Nothing was read or saved."))
        importing = scope["path"] in IMPORT_PATHS
        limit = self.max_import_body if importing else self.max_body
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                raise _Refused(400, (
                    f"Content-Length must be a whole number of bytes, not {shown(declared)}."))
            if int(declared) > limit:
                raise _Refused(413, _too_large(int(declared), limit, importing))
        return _BodyLimit(limit, importing, self.max_fields, _separator(headers))


class _BodyLimit:
    """What a body may hold: bytes, fields, and how fields are separated in it."""

    def __init__(self, limit: int, importing: bool, max_fields: int,
                 separator: bytes | None) -> None:
        self.limit = limit
        self.importing = importing
        self.max_fields = max_fields
        self.separator = separator


class _Guard:
    """Counts a body as it arrives; ``refused`` once it passes a limit."""

    def __init__(self, bounds: _BodyLimit) -> None:
        self.bounds = bounds
        self.size = 0
        self.separators = 0
        self.tail = b""  # the end of the last chunk: a separator may span two chunks
        self.refused: _Refused | None = None
        self.started = False

    def count(self, chunk: bytes) -> None:
        """Add a chunk; raise (and remember) _Refused when the body passes a limit."""
        bounds = self.bounds
        self.size += len(chunk)
        if self.size > bounds.limit:
            self.refused = _Refused(413, _too_large(self.size, bounds.limit, bounds.importing,
                                                    declared=False))
            raise self.refused
        separator = bounds.separator
        if separator is None or not chunk:
            return
        window = self.tail + chunk  # the tail is shorter than a separator: none is counted twice
        self.separators += window.count(separator)
        self.tail = window[-(len(separator) - 1):] if len(separator) > 1 else b""
        fields = self.separators + (1 if separator == b"&" else -1)
        if fields > bounds.max_fields:
            self.refused = _Refused(400, (
                f"The form holds more than {bounds.max_fields:,} fields; this server takes at "
                f"most {bounds.max_fields:,}. Nothing was saved."))
            raise self.refused


def _separator(headers: Headers) -> bytes | None:
    """What separates fields in this body: '&' in a URL-encoded form, the boundary line in a
    multipart one; None for other bodies (JSON), whose size is their bound."""
    kind, _, params = headers.get("content-type", "").partition(";")
    kind = kind.strip().lower()
    if kind == "application/x-www-form-urlencoded":
        return b"&"
    if kind == "multipart/form-data":
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "boundary" and value.strip().strip('"'):
                return b"--" + value.strip().strip('"').encode("latin-1", "replace")
    return None


def _too_large(size: int, limit: int, importing: bool, *, declared: bool = True) -> str:
    """The 413 message: how big, the limit, and what to do instead."""
    said = f"is {size:,} bytes; this server takes at most" if declared else "is over"
    if importing:
        return (f"The journal import {said} {limit:,} bytes. Nothing was imported. Import a "
                "larger export with the command line (triggerpoint import FILE takes up to "
                f"{MAX_DOCUMENT_BYTES // 2**20} MB).")
    return (f"The request body {said} {limit:,} bytes, the most this server takes for a form "
            f"or JSON request (a note holds up to {MAX_NOTE:,} characters). Nothing was saved.")


async def _answer(scope: Scope, receive: Receive, send: Send, refused: _Refused) -> None:
    """The refusal as JSON under /api/, else as the site's error page."""
    headers = {"Connection": "close"}  # the rest of an unread body is not wanted
    response: Response
    if scope["path"].startswith("/api/"):
        response = JSONResponse({"error": refused.message}, status_code=refused.status,
                                headers=headers)
    else:
        response = _page(scope, refused, headers)
    await response(scope, receive, send)


def _page(scope: Scope, refused: _Refused, headers: dict[str, str]) -> Response:
    """The site's error page; a bare one when the app's templates are not at hand."""
    templates = getattr(getattr(scope.get("app"), "state", None), "templates", None)
    if templates is not None:
        response: Response = templates.TemplateResponse(
            request=Request(scope), name="error.html", status_code=refused.status,
            context={"message": refused.message}, headers=headers)
        return response
    return HTMLResponse(f"<!doctype html><title>Refused</title><p>{html.escape(refused.message)}",
                        status_code=refused.status, headers=headers)
