"""The finder: from where it hurts to the trigger points most likely behind it.

The names below are imported from their submodules on first use (PEP 562), so reading a region
spec (``finder.spec``, as ``triggerpoint log --spot`` does) does not import the description
reader and the ranking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from triggerpoint.lazy import lazy_names

if TYPE_CHECKING:
    from triggerpoint.finder.build import build_query
    from triggerpoint.finder.engine import find
    from triggerpoint.finder.query import Mark, MarkSide, Query
    from triggerpoint.finder.result import Candidate, Combination, FinderResult
    from triggerpoint.finder.spec import parse_region_spec
    from triggerpoint.finder.unresolved import Unresolved

__all__ = [
    "Candidate",
    "Combination",
    "FinderResult",
    "Mark",
    "MarkSide",
    "Query",
    "Unresolved",
    "build_query",
    "find",
    "parse_region_spec",
]

#: Where each public name lives.
_HOMES = {
    "build_query": "build",
    "find": "engine",
    **dict.fromkeys(("Mark", "MarkSide", "Query"), "query"),
    **dict.fromkeys(("Candidate", "Combination", "FinderResult"), "result"),
    "parse_region_spec": "spec",
    "Unresolved": "unresolved",
}

__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
