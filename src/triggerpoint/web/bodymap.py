"""The body chart as web controls: every region on each side and view a named checkbox in an
SVG group (one Tab stop, arrows move, Space marks), and a muscle's pattern drawn with the main
zone and the spillover told apart by hatching as well as by colour."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from triggerpoint.atlas.chart import chart_size, region_shapes
from triggerpoint.knowledge import KnowledgeBase, Muscle

__all__ = ["MapRegion", "map_regions", "map_svg", "pattern_svg", "place_name"]

VIEWS = ("front", "back")
_HALF = 400  # the front view is x 0-400, the back view 400-800
_TOP, _BOTTOM = 40, 900


@dataclass(frozen=True)
class MapRegion:
    """One thing a person can mark: a region on one side ('midline' when it has none)."""

    region: str
    side: str
    name: str
    area: str

    @property
    def spec(self) -> str:
        """How the finder and the URL name it: 'temple:right', 'sacrum'."""
        return self.region if self.side == "midline" else f"{self.region}:{self.side}"


def place_name(name: str, side: str) -> str:
    """'Right temple', 'Sacrum'."""
    if side == "midline":
        return name
    return f"{side.capitalize()} {name[0].lower()}{name[1:]}"


def map_regions(kb: KnowledgeBase) -> list[MapRegion]:
    """Every markable region and side, in atlas order (right before left)."""
    found = []
    for region in kb.atlas:
        sides = ("midline",) if region.laterality == "midline" else ("right", "left")
        found += [MapRegion(region.id, s, place_name(region.name, s), region.area) for s in sides]
    return found


def map_svg(kb: KnowledgeBase, view: str, marked: Mapping[str, int | None]) -> str:
    """One view of the chart as an accessible group of checkboxes (``marked``: spec -> 0-10)."""
    names = {r.id: r.name for r in kb.atlas}
    width, _ = chart_size()
    left = 0 if view == "front" else width // 2
    right_word, left_word = ("Right", "Left") if view == "front" else ("Left", "Right")
    label = f"Body chart, {view} view"
    out = [f'<svg class="bodymap" viewBox="{left} {_TOP} {_HALF} {_BOTTOM - _TOP}" role="group" '
           f'aria-label={quoteattr(label)} data-view="{view}" xmlns="http://www.w3.org/2000/svg">',
           f'<text class="side-label" x="{left + 40}" y="{_TOP + 30}">{right_word}</text>',
           f'<text class="side-label" x="{left + _HALF - 40}" y="{_TOP + 30}" '
           f'text-anchor="end">{left_word}</text>']
    first = view == "front"  # one Tab stop for the whole map: the first front region
    for shape in region_shapes():
        if shape.view != view:
            continue
        spec = shape.region if shape.side == "midline" else f"{shape.region}:{shape.side}"
        name = place_name(names.get(shape.region, shape.region), shape.side)
        intensity = marked.get(spec) if spec in marked else None
        checked = spec in marked
        state = "true" if checked else "false"
        level = f' data-intensity="{intensity}"' if intensity is not None else ""
        out.append(
            f'<path class="region" id="map-{shape.id}" d="{shape.path}" role="checkbox" '
            f'aria-checked="{state}" aria-label={quoteattr(f"{name}, {view} view")} '
            f'data-spec="{spec}"{level} tabindex="{0 if first else -1}"/>')
        first = False
    out.append("</svg>")
    return "\n".join(out)


def pattern_svg(kb: KnowledgeBase, muscle: Muscle, side: str) -> str:
    """Where a muscle sends pain, on both views: main zone solid, spillover hatched, X marks."""
    width, _ = chart_size()
    essential = set(muscle.essential_regions)
    spill = set(muscle.spillover_regions) - essential
    points = {p.regions[0] for p in muscle.trigger_points}
    label = f"Where {muscle.name} sends pain ({side} side): main zone solid, spillover hatched"
    out = [f'<svg class="pattern" viewBox="0 {_TOP} {width} {_BOTTOM - _TOP}" role="img" '
           f'aria-label={quoteattr(label)} xmlns="http://www.w3.org/2000/svg">',
           '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
           'patternTransform="rotate(45)"><rect width="6" height="6" class="spill-bg"/>'
           '<line x1="0" y1="0" x2="0" y2="6" class="spill-line"/></pattern></defs>']
    for shape in region_shapes():
        if shape.side not in (side, "midline"):
            css = "zone"
        elif shape.region in essential:
            css = "zone essential"
        elif shape.region in spill:
            css = "zone spillover"
        else:
            css = "zone"
        out.append(f'<path class="{css}" d="{shape.path}"/>')
    for shape in region_shapes():
        if shape.region in points and shape.side in (side, "midline"):
            x, y, r = shape.cx, shape.cy, 4.0
            out.append(f'<path class="tp-mark" d="M{x - r:.1f} {y - r:.1f}L{x + r:.1f} '
                       f'{y + r:.1f}M{x - r:.1f} {y + r:.1f}L{x + r:.1f} {y - r:.1f}"/>')
    out.append(f'<text class="side-label" x="200" y="{_TOP + 24}" '
               'text-anchor="middle">Front</text>')
    out.append(f'<text class="side-label" x="600" y="{_TOP + 24}" '
               'text-anchor="middle">Back</text>')
    out.append("</svg>")
    return "\n".join(out)
