"""The body atlas: named regions of the body surface and the chart they are drawn on."""

from triggerpoint.atlas.atlas import Atlas
from triggerpoint.atlas.models import Laterality, Region, RegionId, Side, View

__all__ = ["Atlas", "Laterality", "Region", "RegionId", "Side", "View"]
