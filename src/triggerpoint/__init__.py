"""triggerpoint: find the trigger points behind referred muscle pain and treat them safely.

The public API is small; everything else lives in its module (atlas, knowledge, finder, safety,
plans, analytics, storage).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triggerpoint.atlas import Atlas, Region
    from triggerpoint.errors import (
        InputError,
        InvalidQuery,
        KnowledgeBaseError,
        SafetyStop,
        StorageError,
        TriggerpointError,
        UnknownMuscle,
        UnknownRegion,
    )
    from triggerpoint.finder import FinderResult, Mark, Query, build_query, find
    from triggerpoint.knowledge import KnowledgeBase, Muscle
    from triggerpoint.safety import SafetyAssessment, screen
    from triggerpoint.services.consult import Consultation, consult

__all__ = [
    "Atlas",
    "Consultation",
    "FinderResult",
    "InputError",
    "InvalidQuery",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Mark",
    "Muscle",
    "Query",
    "Region",
    "SafetyAssessment",
    "SafetyStop",
    "StorageError",
    "TriggerpointError",
    "UnknownMuscle",
    "UnknownRegion",
    "build_query",
    "consult",
    "find",
    "screen",
]


__version__ = "0.1.0"

_HOMES = {
    "Atlas": "atlas", "Region": "atlas", "Consultation": "services.consult",
    "consult": "services.consult",
    "FinderResult": "finder", "Mark": "finder", "Query": "finder", "build_query": "finder",
    "find": "finder", "KnowledgeBase": "knowledge", "Muscle": "knowledge",
    "SafetyAssessment": "safety", "screen": "safety",
}


def __getattr__(name: str) -> Any:
    """Import public names on first use, so the command line starts fast."""
    import importlib

    if name in _HOMES:
        return getattr(importlib.import_module(f"triggerpoint.{_HOMES[name]}"), name)
    if name in __all__:
        return getattr(importlib.import_module("triggerpoint.errors"), name)
    raise AttributeError(f"module 'triggerpoint' has no attribute '{name}'")
