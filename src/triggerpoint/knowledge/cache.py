"""A cache of the validated packaged knowledge base, so the CLI starts fast.

Parsing and validating a few hundred YAML files takes a few hundred milliseconds; a pickle of
the result loads in a few. The cache is written only by triggerpoint itself, and any failure
(a missing, unreadable or corrupt file, a folder that cannot be written) falls back to a full
build: the cache is an optimisation, never a source of truth.

**The key.** ``cached(name, files, build, modules=...)`` stores ``build()``'s result in
``{name}-{key}.pickle``, where the key hashes

- every data file's path, size and modification time (an edited file is never served stale);
- the source of every module in ``modules``, by content: the modules whose classes the pickle
  holds and those that read the files (the module defining ``build`` is always added). A
  changed model never gets objects pickled by the old code, even when the edit keeps the file's
  size and time. Hashing the dozen source files costs well under a millisecond; the data files'
  ``stat`` calls cost more;
- the Python version and the pickle protocol.

A pickle that holds an object of a module missing from ``modules`` (other than the standard
library) is not stored: its key could not see that module change. The value is still
returned, just not cached.

The package version is not in the key: reading it (``importlib.metadata``) costs 2-7 ms per
start, and 25-40 ms more when nothing else has imported that module yet, as much as loading the
cache itself. The source hashes cover what an edited checkout changes, and installing a release
rewrites the data files, which changes their paths or times.

**Several keys side by side.** Two installs sharing one cache folder (two virtual environments,
two checkouts) have different keys and keep their own entries. A hit refreshes its entry's
modification time; when an entry is stored, the other entries of the same name that have not
been used for ``MAX_AGE_DAYS`` days are deleted, and of the rest only the ``KEEP`` most recently
used stay.

**Adopted values.** ``adopt(name, value)`` makes ``cached(name, ...)`` return ``value`` for
the rest of the process without looking at the folder: the find snapshot (snapshot.py), one
file checked by a key that covers every input of the knowledge base and the safety index,
hands them over this way.

**The folder.** ``TRIGGERPOINT_CACHE_DIR`` when it is set, else the user's cache folder
(``platformdirs.user_cache_path("triggerpoint")``, ``~/.cache/triggerpoint`` on Linux).
``TRIGGERPOINT_NO_CACHE=1`` turns the cache off. The folder is created user-only (0700) and
the files are written user-only (0600): they hold the packaged knowledge, no health data.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["KEEP", "MAX_AGE_DAYS", "adopt", "cache_dir", "cached", "pickled_modules"]

T = TypeVar("T")
_FORMAT = "2"
KEEP = 8
MAX_AGE_DAYS = 30
_OFF = {"", "0", "false", "no", "off"}
_ENTRY = re.compile(r"[0-9a-f]{24}\.pickle")
#: name -> the value ``cached(name, ...)`` returns in this process (see ``adopt``).
_ADOPTED: dict[str, object] = {}


def cache_dir() -> Path | None:
    """The cache folder (not created here), or None when the cache is turned off."""
    if os.environ.get("TRIGGERPOINT_NO_CACHE", "").strip().lower() not in _OFF:
        return None
    folder = os.environ.get("TRIGGERPOINT_CACHE_DIR", "").strip()
    if folder:
        return Path(folder).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("triggerpoint", appauthor=False)


def cached(
    name: str, files: Iterable[Path], build: Callable[[], T], modules: Iterable[str] = ()
) -> T:
    """``build()``'s result, from the cache when neither the data ``files`` nor the source of the
    ``modules`` (and of the module defining ``build``) changed since it was stored."""
    if name in _ADOPTED:
        adopted: T = _ADOPTED[name]  # type: ignore[assignment]
        return adopted
    folder = cache_dir()
    if folder is None:
        return build()
    code = frozenset({*modules, build.__module__})
    path = folder / f"{name}-{_key(files, code)}.pickle"
    try:
        hit: T = _load(path)
    except Exception:  # missing, unreadable or corrupt: build it again
        pass
    else:
        _touch(path)
        return hit
    value = build()
    _store(folder, name, path, value, code)
    return value


def adopt(name: str, value: object) -> None:
    """Make ``cached(name, ...)`` return ``value`` from now on in this process, whatever its
    files: for a caller that has checked a key covering every input of ``name``'s build."""
    _ADOPTED[name] = value


def _load(path: Path) -> Any:
    """The pickle at ``path``, read with the cyclic garbage collector paused: unpickling
    allocates tens of thousands of containers, and the collections they set off (each walking
    every object of the process) cost more than the load itself: the safety index loads two to
    five times faster in a fresh process. Nothing unpickled is garbage, so the skipped
    collections would have freed nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own file in the user's cache dir
    finally:
        if was_enabled:
            gc.enable()


def pickled_modules(value: object) -> set[str]:
    """The modules of every class and function a pickle of ``value`` refers to."""
    recorder = _Recorder(io.BytesIO())
    recorder.dump(value)
    return recorder.modules


class _Recorder(pickle.Pickler):
    """A pickler that notes the module of every object it saves (it is never called for
    None, bools, and exact ints, floats, strings, bytes, lists, tuples, dicts and sets)."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.modules: set[str] = set()

    def reducer_override(self, obj: Any) -> Any:
        owner = obj if isinstance(obj, type) or callable(obj) else type(obj)
        module = getattr(owner, "__module__", None)
        if isinstance(module, str):
            self.modules.add(module)
        return NotImplemented


def _key(files: Iterable[Path], modules: Iterable[str]) -> str:
    digest = hashlib.sha256(f"{_FORMAT}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}\n".encode())
    for file in sorted(map(os.fspath, files)):
        stat = os.stat(file)
        digest.update(f"{file}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for module in sorted(modules):
        digest.update(f"{module}\0{_source_digest(module)}\n".encode())
    return digest.hexdigest()[:24]


def _source_digest(module: str) -> str:
    """A hash of the module's source file (its path, size and time when it has no .py source,
    e.g. an extension module), or "-" when it cannot be found."""
    loaded = sys.modules.get(module)
    origin = getattr(loaded, "__file__", None)
    if origin is None:
        from importlib.util import find_spec

        try:
            spec = find_spec(module)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec else None
    if not origin:
        return "-"
    try:
        if origin.endswith(".py"):
            return hashlib.sha256(Path(origin).read_bytes()).hexdigest()
        stat = os.stat(origin)
    except OSError:
        return "-"
    return f"{origin}\0{stat.st_size}\0{stat.st_mtime_ns}"


@lru_cache(maxsize=1)
def _stdlib() -> frozenset[str]:
    return frozenset(sys.stdlib_module_names) | {"builtins", "__builtin__"}


def _store(folder: Path, name: str, path: Path, value: object, code: frozenset[str]) -> None:
    buffer = io.BytesIO()
    recorder = _Recorder(buffer)
    try:
        recorder.dump(value)
    except Exception:  # a value that cannot be pickled is simply not cached
        return
    unkeyed = {m for m in recorder.modules - code if m.partition(".")[0] not in _stdlib()}
    if unkeyed:
        return
    write_entry(folder, name, path, buffer.getbuffer())


def write_entry(folder: Path, name: str, path: Path, data: bytes | memoryview) -> None:
    """Write ``data`` to the entry ``path`` of ``name`` (user-only, atomically: a reader sees
    the old file or the new one) and prune ``name``'s old entries; a folder that cannot be
    written is left alone."""
    temporary: Path | None = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(  # created 0600
            "wb", dir=folder, prefix=f".{name}-", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
        os.replace(temporary, path)
        _prune(folder, name, keep=path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _touch(path: Path) -> None:
    """Mark an entry as used (pruning keeps the recently used ones)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Delete this name's entries unused for MAX_AGE_DAYS, and all but the KEEP most recently
    used; also leftovers of interrupted writes older than a day."""
    now = time.time()
    entries: list[tuple[float, Path]] = []
    for entry in folder.glob(f"{name}-*.pickle"):
        if not _ENTRY.fullmatch(entry.name.removeprefix(f"{name}-")):
            continue  # another name that starts like this one
        try:
            entries.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    entries.sort(reverse=True)
    old = [
        e
        for rank, (used, e) in enumerate(entries)
        if rank >= KEEP or now - used > MAX_AGE_DAYS * 86400
    ]
    stray = [e for e in folder.glob(f".{name}-*.tmp") if _older_than(e, now - 86400)]
    for entry in [*old, *stray]:
        if entry != keep:
            entry.unlink(missing_ok=True)


def _older_than(path: Path, moment: float) -> bool:
    try:
        return path.stat().st_mtime < moment
    except OSError:
        return False
