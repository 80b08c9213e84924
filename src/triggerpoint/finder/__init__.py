"""The finder: from where it hurts to the trigger points most likely behind it."""

from triggerpoint.finder.build import build_query, parse_region_spec
from triggerpoint.finder.engine import find
from triggerpoint.finder.query import Mark, MarkSide, Query
from triggerpoint.finder.result import Candidate, Combination, FinderResult
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
