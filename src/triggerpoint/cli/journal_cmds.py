"""`triggerpoint log | checkin | import`: the commands that add to the journal.

Each command parses what was typed, calls the journal (triggerpoint.storage) and renders; all
input is checked before anything is written, so a mistake saves nothing. The commands that only
read the journal out (history, progress, report, export, backup) are in progress_cmd and share
the options and helpers defined here.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from triggerpoint.errors import InputError, InvalidQuery

if TYPE_CHECKING:
    from datetime import tzinfo

    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.records import CheckIn, PainSpot
    from triggerpoint.storage import Journal

__all__ = ["AsJson", "Db", "Who", "Zone", "check_days", "checkin", "current_warnings", "import_",
           "log", "open_journal", "require_profile"]

Db = Annotated[str | None, typer.Option(
    "--db", metavar="URL",
    help="Journal database, e.g. sqlite:///path/journal.sqlite3 (overrides "
    "TRIGGERPOINT_DATABASE_URL; default: your private journal file).")]
Who = Annotated[str, typer.Option(
    "--profile", metavar="NAME", envvar="TRIGGERPOINT_PROFILE",
    help="Whose journal (a name you chose).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Zone = Annotated[str | None, typer.Option(
    "--tz", metavar="ZONE",
    help="Time zone for days and times, e.g. Europe/London (default: this computer's).")]
DEFAULT_PROFILE = "me"
#: Entries may be logged a little ahead of this computer's clock (another device's clock).
_CLOCK_SLACK = timedelta(minutes=5)


def open_journal(db: str | None) -> Journal:
    """The journal at ``db``, or the configured one."""
    from triggerpoint.storage import Journal

    return Journal.open(db)


def require_profile(journal: Journal, name: str) -> None:
    """InputError with a way forward when nothing was ever logged for ``name``."""
    import difflib
    names = [p.name for p in journal.profiles()]
    if name.strip() not in names:
        near = difflib.get_close_matches(name, names, n=3, cutoff=0.5) or names[:3]
        hint = f" Profiles in this journal: {', '.join(near)}." if near else ""
        raise InputError(f"Nothing has been logged for '{name}' yet; start with: triggerpoint "
                         f"log \"right temple\" 6 --profile {name}.{hint}")


def check_days(days: int) -> None:
    """InputError for a --days outside what a view can cover."""
    from triggerpoint.reports.data import MAX_DAYS

    if not 1 <= days <= MAX_DAYS:
        raise InputError(f"--days must be from 1 to {MAX_DAYS}, not {days}.")


def log(
    words: Annotated[list[str] | None, typer.Argument(
        metavar="PLACE PAIN",
        help="Where it hurts, then how much from 0 to 10, e.g. \"right temple\" 6.")] = None,
    spot: Annotated[list[str] | None, typer.Option(
        "--spot", metavar="REGION:SIDE=N",
        help="REGION[:SIDE]=0-10, e.g. temple:right=6. Repeatable.")] = None,
    quality: Annotated[list[str] | None, typer.Option(
        "--quality", metavar="WORD",
        help="What it feels like: aching, burning, sharp... Repeatable.")] = None,
    note: Annotated[str, typer.Option(
        metavar="TEXT", help="Anything else worth remembering.")] = "",
    at: Annotated[str | None, typer.Option(
        metavar="TIME",
        help="When, e.g. 2026-11-20T08:00 (default now; local time unless an offset is given).")]
    = None,
    db: Db = None, profile: Who = DEFAULT_PROFILE, as_json: AsJson = False,
) -> None:
    """Log pain now: where it hurts and how much (0 none ... 10 worst imaginable).

    Example: triggerpoint log "right temple" 6   or   triggerpoint log --spot temple:right=6
    """
    from triggerpoint.cli import journal_view
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.records import PainEntry
    from triggerpoint.reports.clock import local_zone, parse_moment

    zone = local_zone()
    now = datetime.now(zone)
    moment = parse_moment(at, zone) if at else now
    if moment > now + _CLOCK_SLACK:
        raise InputError(f"--at {at} is in the future; nothing was saved.")
    qualities = list(dict.fromkeys(q.strip().lower() for q in quality or [] if q.strip()))
    entry: PainEntry = _record(PainEntry, at=moment, note=note.strip(), qualities=qualities,
                               spots=_spots(KnowledgeBase.load(), words or [], spot or []))
    with open_journal(db) as journal:
        entry_id = journal.add_pain_entry(profile=profile, entry=entry)
        warnings = current_warnings(journal, profile, zone)
    if as_json:
        journal_view.print_json({"id": entry_id, "entry": entry.model_dump(mode="json"),
                                 "warnings": [w.to_json() for w in warnings]})
    else:
        journal_view.logged(entry, zone, warnings)


def _spots(kb: KnowledgeBase, words: list[str], specs: list[str]) -> list[PainSpot]:
    """The spots of a quick description ("right temple" 6) or of --spot specs."""
    from triggerpoint.finder.build import parse_region_spec

    if words and specs:
        raise InputError("Give either a place and a number, or --spot options, not both.")
    if not words and not specs:
        raise InputError('Say where it hurts and how much, e.g. triggerpoint log "right temple" 6'
                         " (or --spot temple:right=6).")
    if words:
        return _described(kb, words)
    found = []
    for spec in specs:
        mark = parse_region_spec(spec, kb)
        if mark.intensity is None:
            raise InputError(f"Add how much '{spec}' hurts, e.g. {spec.strip()}=6 (0-10).")
        found.append(_spot(kb, mark.region, mark.side, _level(str(mark.intensity), spec)))
    return _unique(found)


def _described(kb: KnowledgeBase, words: list[str]) -> list[PainSpot]:
    """Spots from plain words: every place named, each at the one intensity given last."""
    from triggerpoint.finder.build import lexicon_for

    if len(words) < 2:
        raise InvalidQuery(f"Say where it hurts and how much, e.g. triggerpoint log "
                           f"\"{words[0] if not words[0].isdigit() else 'right temple'}\" 6.")
    level = _level(words[-1], words[-1])
    parsed = lexicon_for(kb).parse(" ".join(words[:-1]))
    unclear = [f"'{u.text}' (did you mean {', '.join(u.suggestions)}?)"
               for u in parsed.unresolved if u.suggestions]
    if not parsed.marks or unclear:
        reason = "; ".join(unclear) or f"'{' '.join(words[:-1])}'"
        raise InvalidQuery(f"Could not tell where it hurts from {reason}. Name a body part, e.g. "
                           "'right temple' (list them: triggerpoint regions). Nothing was saved.")
    return _unique([_spot(kb, m.region, m.side, level) for m in parsed.marks])


def _spot(kb: KnowledgeBase, region: str, side: str, level: int) -> PainSpot:
    """A pain spot; an unspecified side ('either') of a paired region counts as both sides."""
    from triggerpoint.records import PainSpot

    midline = kb.atlas.regions[region].laterality == "midline"
    chosen = "midline" if midline else side if side in ("left", "right") else "both"
    return PainSpot(region=region, side=chosen, intensity=level)


def _unique(spots: list[PainSpot]) -> list[PainSpot]:
    """One spot per region and side (the highest intensity when named twice)."""
    best: dict[tuple[str, str], PainSpot] = {}
    for spot in spots:
        key = (spot.region, spot.side)
        if key not in best or spot.intensity > best[key].intensity:
            best[key] = spot
    return list(best.values())


def _level(text: str, where: str) -> int:
    """A whole number 0-10; InputError saying what the scale means otherwise."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not (0 <= value <= 10 and value.is_integer()):
        place = f" in '{where}'" if where != text else ""
        raise InputError(f"Pain must be a whole number from 0 (none) to 10 (worst imaginable), "
                         f"not '{text}'{place}. Nothing was saved.")
    return int(value)


def _record(model: Any, **fields: Any) -> Any:
    """Build a record, turning a validation error into a one-line InputError."""
    from pydantic import ValidationError

    try:
        return model(**fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = "--" + "-".join(str(part) for part in first["loc"][:1]) if first["loc"] else ""
        raise InputError(f"{where}: {first['msg']}. Nothing was saved.") from None


def current_warnings(journal: Journal, profile: str, zone: tzinfo) -> tuple[Any, ...]:
    """The profile's warnings as of now, over its whole record."""
    from triggerpoint.reports.data import current_warnings

    now = datetime.now(zone)
    return current_warnings(journal.pain_entries(profile=profile),
                            journal.sessions(profile=profile), now=now, tz=zone)


def checkin(
    sleep: Annotated[int | None, typer.Option(
        metavar="0-10", help="Sleep quality last night: 0 very poor, "
                                              "10 great.")] = None,
    stress: Annotated[int | None, typer.Option(
        metavar="0-10", help="Stress today: 0 none, 10 extreme.")] = None,
    stiffness: Annotated[int | None, typer.Option(
        metavar="0-10", help="Stiffness today: 0 none, 10 cannot move.")] = None,
    med: Annotated[list[str] | None, typer.Option(
        "--med", metavar="NAME",
        help="A medication taken today, e.g. 'ibuprofen 400 mg'. Repeatable.")] = None,
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="A note for the day.")] = None,
    day: Annotated[str | None, typer.Option(
        metavar="DAY", help="The day, YYYY-MM-DD, 'today' (default) or 'yesterday'.")] = None,
    db: Db = None, profile: Who = DEFAULT_PROFILE, as_json: AsJson = False,
) -> None:
    """Check in for the day: sleep, stress, stiffness and medications.

    With nothing given at a terminal, it asks for the three scores (Enter skips one). A second
    check-in on the same day updates the first: scores given replace, medications add up.
    """
    from triggerpoint.cli import journal_view
    from triggerpoint.reports.clock import local_zone

    scores = {"sleep": sleep, "stress": stress, "stiffness": stiffness}
    if all(v is None for v in scores.values()) and not med and note is None:
        if not _interactive():
            raise InputError("Nothing to check in: give --sleep, --stress, --stiffness (0-10), "
                             "--med or --note.")
        scores = journal_view.ask_scores()
    bad = next((f"--{k} {v}" for k, v in scores.items() if v is not None and not 0 <= v <= 10), "")
    if bad:
        raise InputError(f"{bad}: scores go from 0 to 10. Nothing was saved.")
    when = _day(day, datetime.now(local_zone()).date())
    with open_journal(db) as journal:
        known = any(p.name == profile.strip() for p in journal.profiles())
        found = journal.checkins(profile=profile, since=when, until=when) if known else []
        earlier = found[-1] if found else None
        record = _merged(earlier, when, scores, med or [], note)
        journal.add_checkin(profile=profile, checkin=record)
    if as_json:
        journal_view.print_json({"checkin": record.model_dump(mode="json"),
                                 "updated": earlier is not None})
    else:
        journal_view.checked_in(record, updated=earlier is not None)


def _interactive() -> bool:
    """Whether a person is at the keyboard to answer questions."""
    return sys.stdin.isatty()


def _day(text: str | None, today: date) -> date:
    """'today', 'yesterday' or YYYY-MM-DD; not in the future."""
    words = {None: today, "today": today, "yesterday": today - timedelta(days=1)}
    key = text.strip().lower() if text else None
    try:
        chosen = words[key] if key in words else date.fromisoformat(key or "")
    except ValueError:
        raise InputError(f"Cannot read the day '{text}'; write it like 2026-11-20.") from None
    if chosen > today:
        raise InputError(f"{chosen} is in the future; nothing was saved.")
    return chosen


def _merged(earlier: CheckIn | None, day: date, scores: dict[str, int | None],
            meds: list[str], note: str | None) -> CheckIn:
    """The day's check-in: given scores replace earlier ones, medications add up."""
    from triggerpoint.records import CheckIn

    old = earlier.model_dump() if earlier else {}
    names = {"sleep": "sleep_quality", "stress": "stress", "stiffness": "stiffness"}
    fields = {names[k]: v if v is not None else old.get(names[k]) for k, v in scores.items()}
    taken = [m.strip() for m in [*old.get("medications", []), *meds] if m.strip()]
    text = note.strip() if note is not None else old.get("note", "")
    record: CheckIn = _record(CheckIn, day=day, medications=list(dict.fromkeys(taken)),
                              note=text, **fields)
    return record


def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE",
        help="A file written by 'triggerpoint export'.")],
    profile: Annotated[str | None, typer.Option(
        "--profile", metavar="NAME",
        help="Import only this profile from the file (default: all).")] = None,
    db: Db = None,
) -> None:
    """Import an exported journal: all of it or nothing, never over an existing profile."""
    from triggerpoint.cli import journal_view
    from triggerpoint.storage import import_journal

    document = _read_export(file)
    if profile is not None:
        chosen = [p for p in document.get("profiles", []) if isinstance(p, dict)
                  and p.get("name") == profile.strip()]
        if not chosen:
            raise InputError(f"{file} has no profile '{profile}'; nothing was imported.")
        document = {**document, "profiles": chosen}
    with open_journal(db) as journal:
        summary = import_journal(journal, document)
    journal_view.imported(summary, file)


def _read_export(file: Path) -> dict[str, Any]:
    """The JSON object in ``file``; InputError for a missing, unreadable or non-JSON file."""
    import json

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"Cannot read {file}: {error.strerror or error}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{file} is not a triggerpoint journal export (not JSON: {error}); "
                         "nothing was imported.") from None
    if not isinstance(data, dict):
        raise InputError(f"{file} is not a triggerpoint journal export; nothing was imported.")
    return data
