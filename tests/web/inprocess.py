"""The web app in-process: Starlette's TestClient over ``create_app``, on the loopback address the
app accepts. One import for every in-process test, so the warning filter lives in one place."""

from __future__ import annotations

import warnings

from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2; the installed httpx still works
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

LOCAL = "http://127.0.0.1"
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}

__all__ = ["LOCAL", "SAME_ORIGIN", "TestClient", "local_client"]


def local_client(app: FastAPI) -> TestClient:
    """A TestClient that talks to the app as a browser on the same machine would."""
    return TestClient(app, base_url=LOCAL)
