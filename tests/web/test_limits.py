"""Request bounds (web/limits.py): an address, a body or a number of fields over the limit is
refused with 414, 413 or 400 and a plain message naming the limit, as a page or as JSON under
/api/, never a 500; a body is not read beyond its limit.

In-process through Starlette's TestClient and through the ASGI app driven directly (to count how
much of a body was pulled), and against a real ``triggerpoint serve`` with a raw socket: a
declared Content-Length over the limit, a chunked body without one, and a long address.
"""

from __future__ import annotations

import asyncio
import json
import select
import socket
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI
from inprocess import TestClient
from starlette.types import Message

from triage_helpers import all_no
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.web.limits import MAX_BODY, MAX_FIELDS, MAX_IMPORT_BODY, MAX_URL
from triggerpoint.web.routes_journal import MAX_UPLOAD
from triggerpoint.web.state import FindState

CHUNK = 16 * 1024



def largest_drawing(kb: KnowledgeBase) -> str:
    """The biggest query a person can make on purpose: 50 places at 10, 2,000 characters of
    words, every safety question answered and 20 press-test muscles."""
    regions = sorted((r.id for r in kb.atlas), key=len, reverse=True)[:50]
    muscles = sorted(kb.muscles, key=len, reverse=True)[:20]
    words = ("my right shoulder aches when I lift the kettle " * 50)[:2000]
    state = FindState({f"{r}:right": 10 for r in regions}, words,
                      dict.fromkeys(all_no(kb), False), tuple(muscles), ())
    return state.query()


# -- the figures --------------------------------------------------------------------------------


def test_the_largest_drawing_fits_the_address_limit_with_room(kb: KnowledgeBase) -> None:
    query = largest_drawing(kb)
    assert len("/where?" + query) < MAX_URL * 0.8, len(query)
    assert query.count("&") + 1 < MAX_FIELDS / 2


def test_the_import_limit_is_the_upload_forms_own(kb: KnowledgeBase) -> None:
    assert MAX_UPLOAD < MAX_IMPORT_BODY <= MAX_UPLOAD + 64 * 1024
    assert MAX_BODY < MAX_IMPORT_BODY


def test_the_largest_drawing_is_answered(client: TestClient, kb: KnowledgeBase) -> None:
    response = client.get("/where?" + largest_drawing(kb))
    assert response.status_code == 200


# -- the address --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/where", "/api/find"])
def test_an_address_over_the_limit_is_414_with_the_limit(client: TestClient, path: str) -> None:
    response = client.get(f"{path}?text=" + "a" * MAX_URL)
    assert response.status_code == 414
    message = _message(response, path)
    assert f"{MAX_URL:,}" in message and "Mark fewer places" in message


def test_an_address_at_the_limit_passes(client: TestClient) -> None:
    query = "text=" + "a" * (MAX_URL - len("/api/health?text="))
    assert client.get(f"/api/health?{query}").status_code == 200


@pytest.mark.parametrize("path", ["/where", "/api/find"])
def test_too_many_fields_in_the_address_is_400(client: TestClient, path: str) -> None:
    response = client.get(f"{path}?" + "&".join(["r=temple"] * (MAX_FIELDS + 1)))
    assert response.status_code == 400
    assert f"at most {MAX_FIELDS}" in _message(response, path)


# -- the body -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/journal/entries", "/journal/log", "/profiles/add"])
def test_a_declared_body_over_the_limit_is_413(client: TestClient, path: str) -> None:
    response = client.post(path, content=b"x" * (MAX_BODY + 1),
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413
    message = _message(response, path)
    assert f"{MAX_BODY + 1:,} bytes" in message and f"at most {MAX_BODY:,}" in message
    assert "Nothing was saved" in message


def test_a_body_at_the_limit_reaches_the_app(client: TestClient) -> None:
    note = "n" * 100
    body = json.dumps({"spots": ["temple:right=4"], "note": note}).encode()
    body += b" " * (MAX_BODY - len(body))  # JSON allows the padding; the app decides the rest
    response = client.post("/api/journal/entries", content=body,
                           headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["entry"]["note"] == note


def test_an_import_may_be_larger_than_a_form_but_not_without_bound(client: TestClient) -> None:
    big = b"{" + b" " * (MAX_BODY * 2) + b"}"
    under = client.post("/api/journal/import", content=big,
                        headers={"content-type": "application/json"})
    assert under.status_code == 422  # read and judged by the app: not an export
    over = client.post("/api/journal/import", content=b"",
                       headers={"content-type": "application/json",
                                "content-length": str(MAX_IMPORT_BODY + 1)})
    assert over.status_code == 413
    assert "Nothing was imported" in over.json()["error"]
    assert "triggerpoint import FILE" in over.json()["error"]


@pytest.mark.parametrize("value", ["ten", "-1", "1e9"])
def test_a_content_length_that_is_not_a_number_is_400(client: TestClient, value: str) -> None:
    response = client.post("/api/journal/entries", content=b"",
                           headers={"content-length": value,
                                    "content-type": "application/json"})
    assert response.status_code == 400
    assert "whole number of bytes" in response.json()["error"]


def test_too_many_form_fields_is_400(client: TestClient) -> None:
    fields = {f"f{i}": "1" for i in range(MAX_FIELDS + 1)}
    form = client.post("/journal/log", data=fields)
    assert form.status_code == 400 and "text/html" in form.headers["content-type"]
    assert f"more than {MAX_FIELDS}" in form.text
    files = {f"f{i}": ("a.txt", b"1") for i in range(MAX_FIELDS + 1)}
    multipart = client.post("/journal/import", files=files)
    assert multipart.status_code == 400 and f"more than {MAX_FIELDS}" in multipart.text


def test_a_form_with_many_fields_under_the_limit_is_the_apps_to_judge(
    client: TestClient, kb: KnowledgeBase
) -> None:
    regions = [r.id for r in kb.atlas][:50]
    data: dict[str, Any] = {"r": [f"{r}:left" for r in regions]}
    data.update({f"n.{r}:left": "3" for r in regions})
    response = client.post("/journal/log", data=data, follow_redirects=False)
    # saved (303), or the app's own form page naming a place it will not take (422)
    assert response.status_code in (303, 422), response.text[:500]
    assert response.status_code == 303 or "Journal: log pain" in response.text


def test_refusals_carry_the_security_headers(client: TestClient) -> None:
    response = client.get("/where?text=" + "a" * MAX_URL)
    assert response.status_code == 414
    assert "content-security-policy" in response.headers


# -- a body is not read beyond its limit (the ASGI app driven directly) -------------------------


def _drive(app: FastAPI, path: str, chunks: int, headers: list[tuple[bytes, bytes]]
           ) -> tuple[int, int, bytes]:
    """POST ``chunks`` chunks of 16 KB without a Content-Length; (status, chunks pulled, body)."""
    pulled = 0
    sent: list[Message] = []

    async def receive() -> Message:
        nonlocal pulled
        if pulled >= chunks:
            await asyncio.sleep(3600)  # a client that never finishes: the app must not wait
        pulled += 1
        return {"type": "http.request", "body": b"a=1&" * (CHUNK // 4),
                "more_body": pulled < chunks}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "",
             "headers": [(b"host", b"127.0.0.1"), *headers],
             "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 80)}
    # on a thread of its own: Playwright's tests leave an event loop running on this one
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, asyncio.wait_for(app(scope, receive, send), timeout=30)).result()
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, pulled, body


def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(app: FastAPI) -> None:
    status, pulled, body = _drive(app, "/api/journal/entries", chunks=1000,
                                  headers=[(b"content-type", b"application/json")])
    assert status == 413 and b"is over 262,144 bytes" in body
    assert pulled == MAX_BODY // CHUNK + 1  # one chunk past the limit, not the 1,000 offered


def test_a_chunked_form_is_refused_at_the_field_limit(app: FastAPI) -> None:
    form = (b"content-type", b"application/x-www-form-urlencoded")
    status, pulled, body = _drive(app, "/journal/log", chunks=1000, headers=[form])
    assert status == 400 and b"more than 500 fields" in body
    assert pulled == 1  # 4,096 fields in the first chunk


# -- a real server and a raw socket -------------------------------------------------------------


def _exchange(base: str, head: bytes, body: Iterable[bytes] = ()) -> tuple[int, bytes, int]:
    """Send a request head then the body chunks, stopping when the server answers; the status,
    the response, and how many body bytes were sent before the answer came."""
    parts = urlsplit(base)
    sent = 0
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        sock.sendall(head)
        for chunk in body:
            if select.select([sock], [], [], 0)[0]:
                break
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
        data = b""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                piece = sock.recv(65536)
            except ConnectionResetError:
                break
            if not piece:
                break
            data += piece
            if b"\r\n\r\n" in data and _complete(data):
                break
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
    return status, data, sent


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def _head(base: str, method: str, target: str, *lines: str) -> bytes:
    host = urlsplit(base).netloc
    text = "\r\n".join([f"{method} {target} HTTP/1.1", f"Host: {host}", *lines, "", ""])
    return text.encode("latin-1")


def test_served_a_declared_content_length_over_the_limit_is_refused_unread(
    server: Any,
) -> None:
    head = _head(server.url, "POST", "/api/journal/entries", "Content-Type: application/json",
                 f"Content-Length: {1024**3}")
    started = time.monotonic()
    status, data, sent = _exchange(server.url, head, [b"x" * CHUNK] * 4)
    assert status == 413, data[:500]
    assert time.monotonic() - started < 5  # answered without waiting for a gigabyte
    assert b"1,073,741,824 bytes" in data and b"Traceback" not in data
    assert json.loads(data.partition(b"\r\n\r\n")[2])["error"].startswith("The request body")


def test_served_a_chunked_body_without_length_is_cut_off_at_the_limit(server: Any) -> None:
    head = _head(server.url, "POST", "/journal/log", "Transfer-Encoding: chunked",
                 "Content-Type: application/x-www-form-urlencoded")
    chunk = f"{CHUNK:x}\r\n".encode() + b"x" * CHUNK + b"\r\n"
    offered = 64 * 1024 * 1024 // CHUNK  # 64 MB offered to a 256 KB limit
    status, data, sent = _exchange(server.url, head, (chunk for _ in range(offered)))
    assert status == 413, data[:500]
    assert b"text/html" in data and b"is over 262,144 bytes" in data
    assert sent < 32 * 1024 * 1024  # answered long before the body ended (socket buffers aside)


def test_served_a_long_address_is_414_and_a_huge_head_never_500(server: Any) -> None:
    status, data, _ = _exchange(server.url, _head(server.url, "GET",
                                                  "/where?text=" + "a" * (MAX_URL + 10)))
    assert status == 414 and b"Mark fewer places" in data
    status, data, _ = _exchange(server.url, _head(server.url, "GET",
                                                  "/where?text=" + "a" * 64 * 1024))
    assert 400 <= status < 500, data[:300]  # uvicorn's own head limit (16 KB) answers first


def test_served_a_body_under_the_limit_is_saved(server: Any, tmp_path: Path) -> None:
    body = json.dumps({"spots": ["temple:left=2"], "note": "limits"}).encode()
    head = _head(server.url, "POST", "/api/journal/entries", "Content-Type: application/json",
                 f"Content-Length: {len(body)}", "Connection: close")
    status, data, _ = _exchange(server.url, head, [body])
    assert status == 200, data[:500]
    assert json.loads(data.partition(b"\r\n\r\n")[2])["entry"]["note"] == "limits"


def _message(response: Any, path: str) -> str:
    if path.startswith("/api/"):
        assert response.headers["content-type"] == "application/json"
        return str(response.json()["error"])
    assert response.headers["content-type"].startswith("text/html")
    assert "Something to fix" in response.text
    return str(response.text)
