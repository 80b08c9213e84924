"""Shared fixtures: the packaged knowledge base and atlas, loaded once per test session."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from triggerpoint.atlas import Atlas
from triggerpoint.knowledge import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return Atlas.load()


def pytest_configure(config: pytest.Config) -> None:
    """Point the knowledge-base cache at a private temp folder before anything is collected:
    some test modules load the knowledge base when they are imported, before any fixture runs.
    The folder and the variable go when the session ends."""
    folder = tempfile.mkdtemp(prefix="pytest-triggerpoint-cache-")
    previous = os.environ.get("TRIGGERPOINT_CACHE_DIR")
    os.environ["TRIGGERPOINT_CACHE_DIR"] = folder

    def restore() -> None:
        if previous is None:
            os.environ.pop("TRIGGERPOINT_CACHE_DIR", None)
        else:
            os.environ["TRIGGERPOINT_CACHE_DIR"] = previous
        shutil.rmtree(folder, ignore_errors=True)

    config.add_cleanup(restore)


@pytest.fixture(scope="session", autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the journal and the user's data, cache, config and state folders at a temp dir:
    tests never touch a real user's files (the knowledge-base cache, TRIGGERPOINT_CACHE_DIR, is
    set even earlier, in pytest_configure).

    Environment variables set here reach the CLI processes the tests start, too.
    """
    home = tmp_path_factory.mktemp("user")
    patch = pytest.MonkeyPatch()
    patch.setenv("TRIGGERPOINT_DATABASE_URL", f"sqlite:///{home / 'journal.sqlite3'}")
    patch.setenv("XDG_DATA_HOME", str(home / "data"))
    patch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    patch.setenv("XDG_STATE_HOME", str(home / "state"))
    yield home
    patch.undo()
