"""The sourced knowledge base: muscles, trigger points, techniques, tools and safety data."""

from triggerpoint.knowledge.base import KINDS, KnowledgeBase
from triggerpoint.knowledge.models import (
    Complaint,
    Condition,
    Contraindication,
    DangerZone,
    Muscle,
    RedFlag,
    Source,
    Symptom,
    Technique,
    Tool,
    TriggerPoint,
)

__all__ = [
    "KINDS",
    "Complaint",
    "Condition",
    "Contraindication",
    "DangerZone",
    "KnowledgeBase",
    "Muscle",
    "RedFlag",
    "Source",
    "Symptom",
    "Technique",
    "Tool",
    "TriggerPoint",
]
