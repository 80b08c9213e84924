"""The naive baseline the finder is measured against: count the marks a muscle's zones touch."""

from __future__ import annotations

from triggerpoint.finder.query import Query
from triggerpoint.knowledge import KnowledgeBase

__all__ = ["baseline_ranking"]


def baseline_ranking(query: Query, kb: KnowledgeBase) -> list[str]:
    """Muscle ids ordered by how many marked regions their referral zones touch (ties: KB order).

    Side, essential versus spillover, neighbours and symptoms are all ignored.
    """
    counts = []
    for order, muscle in enumerate(kb.muscles.values()):
        zones = set(muscle.essential_regions) | set(muscle.spillover_regions)
        hits = sum(1 for m in query.marks if zones & {m.region, *m.alternatives})
        counts.append((-hits, order, muscle.id))
    return [muscle_id for _, _, muscle_id in sorted(counts)]
