"""Shared fixtures: the packaged knowledge base and atlas, loaded once per test session."""

from __future__ import annotations

import pytest

from triggerpoint.atlas import Atlas
from triggerpoint.knowledge import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def atlas() -> Atlas:
    return Atlas.load()
