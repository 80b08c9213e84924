"""The knowledge-base cache: hits, fresh builds after a data or code change, several keys side by
side, pruning, corrupt files, and a test session that never uses the real user cache."""

from __future__ import annotations

import importlib
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import platformdirs
import pytest

from triggerpoint.finder.words import words
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge import cache as cache_module
from triggerpoint.knowledge.base import _default_kb
from triggerpoint.knowledge.cache import KEEP, MAX_AGE_DAYS, cache_dir, cached, pickled_modules
from triggerpoint.safety.concepts import concept_index
from triggerpoint.safety.context import context_rules


class Counter:
    """A build function that counts its calls and returns a new value each time."""

    def __init__(self, make: Callable[[], Any] | None = None) -> None:
        self.calls = 0
        self.make = make

    def __call__(self) -> Any:
        self.calls += 1
        return self.make() if self.make else {"build": self.calls}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder for one test, with the cache turned on."""
    target = tmp_path / "cache"
    monkeypatch.setenv("TRIGGERPOINT_CACHE_DIR", str(target))
    monkeypatch.delenv("TRIGGERPOINT_NO_CACHE", raising=False)
    return target


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "muscles.yaml"
    path.parent.mkdir()
    path.write_text("- id: upper-trapezius\n", encoding="utf-8")
    return path


def entries(folder: Path, name: str = "kb") -> list[Path]:
    """The cache entries of ``name``: ``{name}-{24 hex digits}.pickle``."""
    return sorted(
        p
        for p in folder.glob(f"{name}-*.pickle")
        if re.fullmatch(r"[0-9a-f]{24}", p.stem[len(name) + 1 :])
    )


def test_a_value_is_stored_and_then_served_from_the_cache(folder: Path, data: Path) -> None:
    build = Counter()
    first = cached("kb", [data], build)
    second = cached("kb", [data], build)
    assert build.calls == 1
    assert first == second == {"build": 1}
    [entry] = entries(folder)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_changed_data_file_gives_a_fresh_build(folder: Path, data: Path) -> None:
    build = Counter()
    cached("kb", [data], build)
    data.write_text("- id: upper-trapezius\n- id: levator-scapulae\n", encoding="utf-8")
    assert cached("kb", [data], build) == {"build": 2}
    # same size, new content and time
    data.write_text(data.read_text(encoding="utf-8").replace("upper", "lower"), encoding="utf-8")
    later = data.stat().st_mtime_ns + 2_000_000_000
    os.utime(data, ns=(later, later))
    assert cached("kb", [data], build) == {"build": 3}
    assert cached("kb", [data], build) == {"build": 3}


MODEL_SOURCE = """
class Thing:
    def __init__(self) -> None:
        self.colour = "red"
"""


@pytest.fixture
def model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """A real model module, imported from a temp folder (no bytecode, so edits are re-read)."""
    name = f"tp_cache_model_{os.getpid()}_{time.monotonic_ns()}"
    (tmp_path / f"{name}.py").write_text(MODEL_SOURCE, encoding="utf-8")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module(name)
    yield module
    sys.modules.pop(name, None)


def test_a_changed_model_gives_a_fresh_build_not_the_stale_object(
    folder: Path, data: Path, model: ModuleType
) -> None:
    def build() -> Any:
        return sys.modules[model.__name__].Thing()

    counted = Counter(build)
    assert cached("kb", [data], counted, modules=[model.__name__]).colour == "red"
    assert cached("kb", [data], counted, modules=[model.__name__]).colour == "red"
    assert counted.calls == 1

    # The model changes, keeping the file's size and modification time: only its content differs.
    source = Path(model.__file__ or "")
    before = source.stat()
    source.write_text(MODEL_SOURCE.replace('"red"', '"tan"'), encoding="utf-8")
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert source.stat().st_size == before.st_size
    importlib.reload(model)

    fresh = cached("kb", [data], counted, modules=[model.__name__])
    assert counted.calls == 2
    assert fresh.colour == "tan"
    assert type(fresh) is model.Thing


def test_an_object_of_a_module_not_in_the_key_is_never_stored(
    folder: Path, data: Path, model: ModuleType
) -> None:
    build = Counter(lambda: model.Thing())
    assert cached("kb", [data], build).colour == "red"
    assert cached("kb", [data], build).colour == "red"
    assert build.calls == 2
    assert entries(folder) == []


def test_two_installs_sharing_the_folder_keep_their_own_entries(
    folder: Path, tmp_path: Path
) -> None:
    installs = []
    for install in ("venv-a", "venv-b"):
        path = tmp_path / install / "muscles.yaml"
        path.parent.mkdir()
        path.write_text(f"# {install}\n", encoding="utf-8")
        installs.append((path, Counter()))
    for _ in range(3):
        for path, build in installs:
            cached("kb", [path], build)
    assert [build.calls for _, build in installs] == [1, 1]
    assert len(entries(folder)) == 2


def test_storing_prunes_only_entries_unused_for_long_or_beyond_the_newest(
    folder: Path, data: Path
) -> None:
    folder.mkdir()
    now = time.time()
    stale = folder / f"kb-{'a' * 24}.pickle"
    others = [folder / f"kb-{rank:024x}.pickle" for rank in range(KEEP)]
    other_names = [folder / f"safety-index-{'a' * 24}.pickle", folder / f"kb-x-{'a' * 24}.pickle"]
    for path, age_days in (
        [(stale, MAX_AGE_DAYS + 1)]
        + [(path, MAX_AGE_DAYS + 1) for path in other_names]
        + [(path, rank) for rank, path in enumerate(others)]
    ):
        path.write_bytes(b"")
        os.utime(path, (now - age_days * 86400, now - age_days * 86400))

    cached("kb", [data], Counter())

    kept = entries(folder)
    assert stale not in kept
    assert others[-1] not in kept  # the least recently used of the KEEP others
    assert len(kept) == KEEP
    assert all(path.exists() for path in other_names)  # other names' entries are left alone


def test_a_hit_marks_its_entry_as_recently_used(folder: Path, data: Path) -> None:
    cached("kb", [data], Counter())
    [entry] = entries(folder)
    long_ago = time.time() - 10 * 86400
    os.utime(entry, (long_ago, long_ago))
    cached("kb", [data], Counter())
    assert entry.stat().st_mtime > long_ago + 9 * 86400


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05\x95\x10\x00"])
def test_a_corrupt_cache_file_falls_back_to_a_build(
    folder: Path, data: Path, garbage: bytes
) -> None:
    build = Counter()
    cached("kb", [data], build)
    [entry] = entries(folder)
    entry.write_bytes(garbage)
    assert cached("kb", [data], build) == {"build": 2}
    assert cached("kb", [data], build) == {"build": 2}  # rewritten, served again


def test_the_cache_can_be_turned_off(
    folder: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIGGERPOINT_NO_CACHE", "1")
    build = Counter()
    cached("kb", [data], build)
    cached("kb", [data], build)
    assert build.calls == 2
    assert not folder.exists()
    monkeypatch.setenv("TRIGGERPOINT_NO_CACHE", "0")
    assert cache_dir() == folder


def test_a_folder_that_cannot_be_written_still_gives_the_value(
    tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("TRIGGERPOINT_CACHE_DIR", str(blocker / "cache"))
    assert cached("kb", [data], Counter()) == {"build": 1}


def test_the_test_session_never_uses_the_real_user_cache(
    private_user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_cache = Path(os.environ["TRIGGERPOINT_CACHE_DIR"])
    assert session_cache.is_relative_to(tempfile.gettempdir())
    assert Path(os.environ["XDG_CACHE_HOME"]).is_relative_to(private_user_dirs)
    with monkeypatch.context() as real:
        real.delenv("XDG_CACHE_HOME")
        real_cache = platformdirs.user_cache_path("triggerpoint", appauthor=False)
    assert not session_cache.is_relative_to(real_cache)

    def forbidden(*args: object, **kwargs: object) -> Path:
        raise AssertionError("the user cache folder must not be looked up")

    monkeypatch.setattr(platformdirs, "user_cache_path", forbidden)
    assert cache_dir() == session_cache


@pytest.mark.parametrize("name", ["knowledge-base", "safety-index", "finder-words",
                                  "safety-context"])
def test_the_packaged_caches_key_every_module_their_pickles_hold(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: dict[str, set[str]] = {}

    def spy(cache_name: str, files: object, build: Callable[[], object], modules: Any = ()) -> Any:
        calls[cache_name] = {*modules, build.__module__}
        return None

    kb = KnowledgeBase.load()  # the real values, before the spy takes the cache's place
    rebuild: dict[str, tuple[object, Callable[[], object]]] = {
        "knowledge-base": (kb, _default_kb.__wrapped__),
        "safety-index": (concept_index(kb), lambda: concept_index.__wrapped__(kb)),
        "finder-words": (words(), words.__wrapped__),
        "safety-context": (context_rules(), context_rules.__wrapped__),
    }
    value, build = rebuild[name]
    monkeypatch.setattr(cache_module, "cached", spy)
    build()
    own = {m for m in pickled_modules(value) if m.startswith("triggerpoint")}
    assert own, "the recorder should see the project's classes"
    assert own <= calls[name], f"{name}: add {sorted(own - calls[name])} to its modules"


def test_the_word_lists_and_context_rules_come_back_from_the_cache_unvalidated(
    tmp_path: Path,
) -> None:
    """A second process loads both from the cache folder: the same values, and neither model's
    validator is ever built (building the first costs a short command about 30 ms)."""
    script = (
        "import json, sys\n"
        "from triggerpoint.finder.words import WordLists, words\n"
        "from triggerpoint.safety.context import ContextRules, context_rules\n"
        "w, c = words(), context_rules()\n"
        "built = [WordLists.__pydantic_complete__, ContextRules.__pydantic_complete__]\n"
        "print(json.dumps([built, w.model_dump(), c.model_dump()]))\n"
    )
    env = {**os.environ, "TRIGGERPOINT_CACHE_DIR": str(tmp_path)}
    env.pop("TRIGGERPOINT_NO_CACHE", None)
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], env=env, check=True,
                                      capture_output=True, text=True).stdout)
            for _ in range(2)]
    assert runs[0][0] == [True, True], "the first process validates the YAML"
    assert runs[1][0] == [False, False], "the second should load both from the cache"
    assert runs[1][1:] == runs[0][1:]
    assert {p.name.split("-")[0] + "-" + p.name.split("-")[1] for p in tmp_path.iterdir()} >= {
        "finder-words", "safety-context"}
