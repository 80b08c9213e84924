"""Shared fixtures: the packaged knowledge base and atlas, loaded once per test session."""

from __future__ import annotations

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


@pytest.fixture(scope="session", autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the journal and data folders at a temp dir: tests never touch a real user's data.

    Environment variables set here reach the CLI processes the tests start, too.
    """
    home = tmp_path_factory.mktemp("user")
    patch = pytest.MonkeyPatch()
    patch.setenv("TRIGGERPOINT_DATABASE_URL", f"sqlite:///{home / 'journal.sqlite3'}")
    patch.setenv("XDG_DATA_HOME", str(home / "data"))
    yield home
    patch.undo()
