"""Which muscles, on which sides, a plan made straight from a finder result works on."""

from __future__ import annotations

from triggerpoint.finder import FinderResult
from triggerpoint.plans.models import Target

__all__ = ["targets_from_result"]


def targets_from_result(result: FinderResult | None, limit: int = 3) -> list[Target]:
    """The combination's muscles (or the top two), on their side, or both sides if unknown."""
    if result is None:
        return []
    chosen = result.combination.muscles or [c.muscle for c in result.candidates[:2]]
    sides = {c.muscle: c.side for c in result.candidates}
    targets: list[Target] = []
    for muscle in chosen[:limit]:
        side = sides.get(muscle, "either")
        for s in (side,) if side in ("left", "right") else ("right", "left"):
            targets.append(Target(muscle=muscle, side=s))
    return targets
