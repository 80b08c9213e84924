"""A cache of the validated packaged knowledge base, so the CLI starts fast.

Parsing and validating a few hundred YAML files takes a few hundred milliseconds; a pickle of
the result loads in a few. The cache lives in the user's cache directory, is written only by
triggerpoint itself, and is keyed by the package version and every data file's path, size and
modification time, so an edited file is never served stale. Any failure falls back to a full
load; the cache is an optimisation, never a source of truth.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["cached"]

T = TypeVar("T")
_VERSION = "1"


def _fingerprint(files: Iterable[Path]) -> str:
    digest = hashlib.sha256(_VERSION.encode())
    for path in sorted(files):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def _cache_dir() -> Path | None:
    if os.environ.get("TRIGGERPOINT_NO_CACHE"):
        return None
    from platformdirs import user_cache_path

    return user_cache_path("triggerpoint", appauthor=False)


def cached(name: str, files: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``'s result, from the cache when the files are unchanged since it was stored."""
    folder = _cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_fingerprint(files)}.pickle"
    try:
        with path.open("rb") as handle:
            value: T = pickle.load(handle)  # noqa: S301 - our own file in the user's cache dir
            return value
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError):
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        return
