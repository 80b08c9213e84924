"""Rich and JSON renderings of atlas and knowledge-base records for the terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from triggerpoint.atlas import Region
from triggerpoint.cli.jsonout import json_text
from triggerpoint.knowledge import KnowledgeBase, Muscle

__all__ = ["facts", "json_text", "muscle_json", "muscle_table", "muscle_view", "print_json",
           "region_table", "stored", "stored_text"]


def _console() -> Console:
    return Console(soft_wrap=False)


def print_json(data: Any) -> None:
    """Write JSON to stdout: UTF-8, two-space indent, stable key order, standard JSON only."""
    sys.stdout.write(json_text(data) + "\n")


def stored(text: str) -> str:
    """Text from the journal, a file or a person, ready to embed in Rich markup: terminal
    controls made visible and markup characters escaped, so it is shown as written."""
    from rich.markup import escape

    from triggerpoint.inputs import terminal_safe

    return escape(terminal_safe(text))


def stored_text(text: str, style: str = "") -> Text:
    """Stored text as a Rich Text (never read as markup), terminal controls made visible."""
    from triggerpoint.inputs import terminal_safe

    return Text(terminal_safe(text), style=style)


def muscle_json(muscle: Muscle) -> dict[str, Any]:
    """The stable JSON form of a muscle (see docs/json.md)."""
    return muscle.model_dump(mode="json")


def _region_names(kb: KnowledgeBase, ids: Iterable[str]) -> str:
    return ", ".join(kb.atlas.regions[i].name.lower() for i in ids if i in kb.atlas.regions)


def muscle_table(kb: KnowledgeBase, muscles: list[Muscle], region: str | None) -> None:
    """A compact table of muscles with where they send pain."""
    title = f"Muscles that can send pain to: {region}" if region else "Muscles"
    table = Table(title=title, show_lines=False)
    table.add_column("id", style="bold")
    table.add_column("name")
    table.add_column("main pain zone")
    for m in muscles:
        table.add_row(m.id, m.name, _region_names(kb, m.essential_regions))
    _console().print(table)
    _console().print(f"{len(muscles)} muscle(s).")


def facts(rows: Sequence[tuple[str, str | None]]) -> Table:
    """A two-column label/value grid; empty values are left out."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    for label, value in rows:
        if value:
            grid.add_row(label, stored_text(value))
    return grid


def _range(value: tuple[float, float] | None, unit: str) -> str:
    if value is None:
        return ""
    low, high = (int(v) if float(v).is_integer() else v for v in value)
    return f"{low}{unit}" if low == high else f"{low}-{high}{unit}"


def muscle_view(kb: KnowledgeBase, m: Muscle) -> None:
    """A full, readable view of one muscle."""
    console = _console()
    header = Text(m.name, style="bold")
    if m.aliases:
        header.append(f"  ({', '.join(m.aliases)})", style="dim")
    console.print(Panel(header, subtitle=f"id: {m.id} · group: {m.group} · size: {m.size}"))
    console.print(facts([
        ("Pain is felt", _region_names(kb, m.essential_regions)),
        ("Sometimes also", _region_names(kb, m.spillover_regions)),
        ("Side", m.referral_side.replace("-", " ")),
        ("Also causes", ", ".join(kb.symptoms[s].name for s in m.symptoms if s in kb.symptoms)),
        ("Linked to", ", ".join(kb.conditions[c].name for c in m.conditions if c in kb.conditions)),
        ("Often worse with", "; ".join(m.aggravated_by)),
    ]))
    title = "Trigger points (for a therapist)" if m.therapist_only else (
        "Trigger points: where to press")
    points = Table(title=title, title_justify="left", expand=True)
    points.add_column("point", no_wrap=True)
    points.add_column("where", no_wrap=True)
    points.add_column("how to find it")
    for tp in m.trigger_points:
        where = tp.location if tp.self_treatable else (
            f"{tp.location}\n[bold]For a therapist only, not for pressing at home:[/bold] "
            f"{tp.therapist_note}")
        points.add_row(tp.name, _region_names(kb, tp.regions), where)
    console.print(points)
    console.print(_treatment_panel(kb, m))
    console.print(_safety_panel(kb, m))
    console.print(_sources_block(kb, m))


def _treatment_panel(kb: KnowledgeBase, m: Muscle) -> Panel:
    if m.therapist_only:
        body = facts([
            ("Who", "A trained therapist: do not press on this muscle at home."),
            ("At home", m.self_treatment.instructions),
            ("Stretch", f"{m.stretch.name}: {m.stretch.instructions} "
                        f"Hold {_range(m.stretch.hold_s, ' s')}."),
        ])
        return Panel(body, title="Therapist only", title_align="left", border_style="yellow")
    st, dose = m.self_treatment, m.self_treatment.dose
    technique = kb.techniques.get(st.technique)
    tools = ", ".join(kb.tools[t].name for t in st.tools if t in kb.tools)
    body = facts([
        ("Technique", technique.name if technique else st.technique),
        ("Tools", tools),
        ("Position", st.position),
        ("How", st.instructions),
        ("Hold", _range(dose.hold_s, " s")),
        ("Strokes", _range(dose.strokes, "")),
        ("Roll", _range(dose.roll_s, " s")),
        ("Rounds", _range(dose.repetitions, "")),
        ("Pressure", _range(dose.pressure, "/10 discomfort")),
        ("Stretch", f"{m.stretch.name}: {m.stretch.instructions} "
                    f"Hold {_range(m.stretch.hold_s, ' s')}."),
    ])
    return Panel(body, title="Self-care", title_align="left")


def _safety_panel(kb: KnowledgeBase, m: Muscle) -> Panel:
    lines = [Text(f"• {c.text}") for c in m.cautions]
    for zone_id in m.danger_zones:
        zone = kb.danger_zones.get(zone_id)
        if zone:
            lines.append(Text(f"• Do not press on the {zone.name.lower()}: {zone.advice}"))
    lines.append(Text("• Stop if pain turns sharp, electric, or spreads; see a professional.",
                      style="bold"))
    return Panel(Group(*lines), title="Take care", title_align="left", border_style="yellow")


def _sources_block(kb: KnowledgeBase, m: Muscle) -> Group:
    ids = dict.fromkeys([*m.referral_sources, *m.sources])
    lines = [Text("Sources", style="bold")]
    for source_id in ids:
        source = kb.sources.get(source_id)
        if source:
            lines.append(Text(f"  [{source.id}] {source.title} {source.url or source.citation}",
                              style="dim"))
    return Group(*lines)


def region_table(regions: Sequence[Region]) -> None:
    """Every region with its laterality and the words people use for it."""
    table = Table(title=f"Body regions ({len(regions)})")
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("name")
    table.add_column("side")
    table.add_column("also called")
    for r in regions:
        table.add_row(r.id, r.name, "L/R" if r.laterality == "paired" else "midline",
                      ", ".join(r.synonyms))
    _console().print(table)
