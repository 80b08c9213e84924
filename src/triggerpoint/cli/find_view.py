"""Rich rendering of a finder result: what was understood, the ranking, and where to press."""

from __future__ import annotations

from rich.console import Console

from triggerpoint.cli.render import stored
from triggerpoint.cli.safety_view import safety_banner
from triggerpoint.finder import Candidate, FinderResult
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.services.consult import Consultation
from triggerpoint.services.consult import explains as explained_by

__all__ = ["finder_view", "press_first_view"]

_SIDE_WORD = {"left": "left ", "right": "right ", "both": "both sides, ", "midline": "",
              "either": ""}


def _place(kb: KnowledgeBase, region: str, side: str = "either") -> str:
    name = kb.atlas.regions[region].name.lower() if region in kb.atlas.regions else region
    return f"{_SIDE_WORD.get(side, '')}{name}"


def _names(kb: KnowledgeBase, regions: list[str]) -> str:
    return ", ".join(_place(kb, r) for r in regions)


def finder_view(kb: KnowledgeBase, consultation: Consultation) -> None:
    """Print the result for a person: safety first, then best first, with the spots to check."""
    console = Console()
    result, safety = consultation.result, consultation.safety
    if safety.level != "self-care" or safety.reasons or not safety.triage_complete:
        console.print(safety_banner(safety))
    if result is None:
        return
    marks = " · ".join(_place(kb, m.region, m.side) for m in result.marks)
    console.print(f"[bold]Where it hurts, as understood:[/bold] {marks}")
    for reading in result.readings:
        console.print(f"[dim]{stored(reading)} (a reading of your words, not a diagnosis)[/dim]")
    if result.symptoms:
        names = ", ".join(kb.symptoms[s].name.lower() for s in result.symptoms)
        console.print(f"[bold]Other symptoms:[/bold] {names}")
    for item in result.unresolved:
        hint = f" — did you mean {', '.join(item.suggestions)}?" if item.suggestions else ""
        console.print(f"[yellow]Not understood:[/yellow] '{stored(item.text)}'{stored(hint)}")
    for words in result.negated:
        console.print(f"[dim]Noted as absent: {stored(words)}[/dim]")
    title = ("Muscles most likely involved" if safety.self_care_allowed
             else "Muscles to mention to your doctor")
    _ranking(console, kb, result.candidates, title)
    _combination(console, kb, result)
    if safety.self_care_ready:
        _press_first(console, kb, result.candidates[:3])
    console.print(
        "[dim]Not a diagnosis: these muscles commonly send pain to the places you marked. "
        "See a doctor for numbness, weakness, or pain after an injury.[/dim]"
    )


def press_first_view(kb: KnowledgeBase, consultation: Consultation) -> None:
    """After the questions: the level if it changed, and where to press when it is safe."""
    console = Console()
    safety, result = consultation.safety, consultation.result
    if safety.level != "self-care" or safety.reasons:
        console.print(safety_banner(safety))
    if result is not None and safety.self_care_ready:
        _press_first(console, kb, result.candidates[:3])


def _ranking(console: Console, kb: KnowledgeBase, candidates: list[Candidate],
             title: str) -> None:
    """A numbered list: muscle, fit, what it explains, what it does not."""
    console.print(f"\n[bold underline]{title}[/bold underline]")
    for rank, c in enumerate(candidates, start=1):
        side = f", {c.side} side" if c.side in ("left", "right") else ""
        console.print(f"[bold]{rank}. {c.name}[/bold]{side} [dim]({c.score:.0%} fit)[/dim]")
        explains = explained_by(kb, c, lambda r: _place(kb, r))
        if explains:
            console.print(f"   explains: {'; '.join(explains)}")
        if c.unexplained:
            console.print(f"   [dim]does not explain: {_names(kb, c.unexplained)}[/dim]")


def _combination(console: Console, kb: KnowledgeBase, result: FinderResult) -> None:
    combo = result.combination
    if len(combo.muscles) > 1:
        names = " + ".join(kb.muscles[m].name for m in combo.muscles)
        console.print(f"\n[bold]Together:[/bold] {names} explain {combo.coverage:.0%} "
                      "of what you marked.")


def _press_first(console: Console, kb: KnowledgeBase, candidates: list[Candidate]) -> None:
    console.print("\n[bold]Check first:[/bold] press gently on these spots. If one brings back "
                  "your familiar pain, add --confirm MUSCLE (or --deny MUSCLE) and ask again.")
    for c in candidates:
        tp = c.trigger_points[0]
        console.print(f"  • [bold]{c.name}[/bold] [dim](id {c.muscle})[/dim]: {tp.location}")
