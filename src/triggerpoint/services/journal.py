"""Journal use cases: log pain, check in, read the history, judge progress, write reports,
export, import and back up. Every input is checked before anything is written, so a mistake
saves nothing; each write is one transaction."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from triggerpoint.errors import InputError, InvalidQuery, StorageError, TriggerpointError
from triggerpoint.records import CheckIn, PainEntry, PainSpot
from triggerpoint.services.profiles import profile_name
from triggerpoint.storage.models import ImportSummary, Profile

if TYPE_CHECKING:
    from triggerpoint.analytics.warnings import ProgressWarning
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.reports import ReportData
    from triggerpoint.services.context import AppContext, Clock
    from triggerpoint.storage import StoredPainEntry, StoredSession

__all__ = ["CheckInRequest", "CheckInView", "HistoryView", "ImportSummary", "LogRequest", "Profile",
           "LoggedView",
           "backup", "check_in", "collect", "export", "history", "import_document", "log_pain",
           "log_pain_lite", "read_export", "report", "warnings_now", "SavedWithError"]

#: The settings' default ``sqlite_busy_timeout_s`` (log_pain_lite runs without the settings).
LITE_BUSY_TIMEOUT_S = 15.0
#: Entries may be logged a little ahead of this computer's clock (another device's clock).
CLOCK_SLACK = timedelta(minutes=5)
M = TypeVar("M", bound=BaseModel)


# Log


class LogRequest(BaseModel):
    """Pain now: plain words ending in a number ("right temple" 6) or REGION[:SIDE]=N specs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str] = Field(default_factory=list)
    spots: list[str] = Field(default_factory=list)
    qualities: list[str] = Field(default_factory=list)
    note: str = ""
    at: str | None = None
    profile: str | None = None


@dataclass(frozen=True)
class LoggedView:
    """The saved entry, its id, and the warnings the journal raises now."""

    entry_id: int
    entry: PainEntry
    warnings: tuple[ProgressWarning, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.entry_id, "entry": self.entry.model_dump(mode="json"),
                "warnings": [w.to_json() for w in self.warnings]}


def log_pain(ctx: AppContext, request: LogRequest) -> LoggedView:
    """Save one pain entry; InputError (nothing saved) for a place, number or time not read."""
    now = ctx.now()
    entry = _new_entry(ctx.kb, request, now, ctx.zone)
    name = profile_name(ctx, request.profile)
    journal = ctx.journal()
    entry_id = journal.add_pain_entry(profile=name, entry=entry)
    return LoggedView(entry_id, entry, warnings_now(ctx, name, now))


class SavedWithError(Exception):
    """``log_pain_lite`` saved the entry, then reading the warnings failed with ``error``."""

    def __init__(self, error: TriggerpointError) -> None:
        super().__init__(str(error))
        self.error = error


def log_pain_lite(kb: KnowledgeBase, request: LogRequest, *, database_url: str | None,
                  zone: tzinfo, clock: Clock | None = None) -> LoggedView | None:
    """``log_pain`` on a SQLite journal through plain ``sqlite3``, without an AppContext (no
    settings: the caller checks that no ``TRIGGERPOINT_*`` setting is in the environment) or
    SQLAlchemy: the lean ``triggerpoint log`` (cli/lean.py).

    None, with nothing written, when ``database_url`` (or the default journal, for None) is
    not a plain ``sqlite:///PATH`` or the journal not the plain case ``storage.lite`` takes
    (new, to migrate, read-only, newer, an unknown profile...): then ``log_pain`` must run.
    Errors of the request (InputError and the like) are raised before the journal is opened;
    an error after the entry is saved is raised as SavedWithError.
    """
    from triggerpoint.reports.journal_warnings import journal_warnings
    from triggerpoint.services.context import SystemClock
    from triggerpoint.services.profiles import DEFAULT_PROFILE
    from triggerpoint.storage.lite import LiteDeclined, LiteJournal, sqlite_path

    if database_url is None:
        import platformdirs

        # settings.default_database_url, without importing pydantic-settings
        folder = platformdirs.user_data_path("triggerpoint")
        database_url = f"sqlite:///{folder / 'journal.sqlite3'}"
    path = sqlite_path(database_url)
    if path is None:
        return None
    now = (clock or SystemClock()).now(zone)
    entry = _new_entry(kb, request, now, zone)
    # profile_name's rule: the name given (stripped), else the default profile
    wanted = request.profile
    name = DEFAULT_PROFILE if wanted is None or not wanted.strip() else wanted.strip()
    journal = LiteJournal.open(path, atlas=kb.atlas, busy_timeout_s=LITE_BUSY_TIMEOUT_S)
    if journal is None:
        return None
    with journal:
        try:
            entry_id = journal.add_pain_entry(profile=name, entry=entry)
        except LiteDeclined:
            return None
        try:
            warnings = journal_warnings(journal, name, now=now, tz=zone)
        except TriggerpointError as error:
            raise SavedWithError(error) from error
        return LoggedView(entry_id, entry, warnings)


def _new_entry(kb: KnowledgeBase, request: LogRequest, now: datetime, zone: tzinfo) -> PainEntry:
    """The entry a log request describes, every input checked; InputError (nothing saved)."""
    from triggerpoint.inputs import MAX_NOTE, check_items, check_text, check_words
    from triggerpoint.reports.clock import parse_moment

    check_items(request.spots, "--spot values")
    check_items(request.qualities, "--quality values")
    check_words(" ".join(request.words), "Where it hurts")
    check_text(request.note, "The note", MAX_NOTE)
    moment = parse_moment(request.at, zone) if request.at else now
    if moment > now + CLOCK_SLACK:
        raise InputError(f"--at {request.at} is in the future; nothing was saved.")
    qualities = list(dict.fromkeys(q.strip().lower() for q in request.qualities if q.strip()))
    return _record(PainEntry, at=moment, note=request.note.strip(), qualities=qualities,
                   spots=_spots(kb, request.words, request.spots))


def warnings_now(ctx: AppContext, profile: str, now: datetime | None = None,
                 ) -> tuple[ProgressWarning, ...]:
    """The profile's warnings as of now, over its whole record (reading only what they need)."""
    from triggerpoint.reports.journal_warnings import journal_warnings

    return journal_warnings(ctx.journal(), profile, now=now or ctx.now(), tz=ctx.zone)


def _spots(kb: KnowledgeBase, words: list[str], specs: list[str]) -> list[PainSpot]:
    """The spots of a quick description ("right temple" 6) or of --spot specs."""
    from triggerpoint.finder.spec import parse_region_spec

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


def _record(model: type[M], **fields: Any) -> M:
    """Build a record, turning a validation error into a one-line InputError."""
    try:
        return model(**fields)
    except ValidationError as error:
        first = error.errors()[0]
        where = "--" + "-".join(str(part) for part in first["loc"][:1]) if first["loc"] else ""
        raise InputError(f"{where}: {first['msg']}. Nothing was saved.") from None


# Check-in


class CheckInRequest(BaseModel):
    """The day's scores (0-10), medications and note; the day as text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sleep: int | None = None
    stress: int | None = None
    stiffness: int | None = None
    meds: list[str] = Field(default_factory=list)
    note: str | None = None
    day: str | None = None
    profile: str | None = None

    @property
    def empty(self) -> bool:
        """Nothing to check in."""
        scores = (self.sleep, self.stress, self.stiffness)
        return all(v is None for v in scores) and not self.meds and self.note is None


@dataclass(frozen=True)
class CheckInView:
    """The day's check-in as saved, and whether it updated an earlier one."""

    checkin: CheckIn
    updated: bool

    def to_json(self) -> dict[str, Any]:
        return {"checkin": self.checkin.model_dump(mode="json"), "updated": self.updated}


def check_in(ctx: AppContext, request: CheckInRequest) -> CheckInView:
    """Save the day's check-in: given scores replace earlier ones, medications add up.

    The earlier check-in is read and the merged one written in one transaction.
    """
    if request.empty:
        raise InputError("Nothing to check in: give --sleep, --stress, --stiffness (0-10), "
                         "--med or --note.")
    from triggerpoint.inputs import MAX_NOTE, check_items, check_text

    check_items(request.meds, "--med values")
    check_text(request.note or "", "The note", MAX_NOTE)
    scores = {"sleep": request.sleep, "stress": request.stress, "stiffness": request.stiffness}
    bad = next((f"--{k} {v}" for k, v in scores.items() if v is not None and not 0 <= v <= 10), "")
    if bad:
        raise InputError(f"{bad}: scores go from 0 to 10. Nothing was saved.")
    when = _day(request.day, ctx.now().date())
    _merged(None, when, scores, request.meds, request.note)  # check before any transaction
    saved, earlier = ctx.journal().merge_checkin(
        profile=profile_name(ctx, request.profile), day=when,
        merge=lambda old: _merged(old, when, scores, request.meds, request.note))
    return CheckInView(saved, earlier is not None)


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
    old = earlier.model_dump() if earlier else {}
    names = {"sleep": "sleep_quality", "stress": "stress", "stiffness": "stiffness"}
    fields = {names[k]: v if v is not None else old.get(names[k]) for k, v in scores.items()}
    taken = [m.strip() for m in [*old.get("medications", []), *meds] if m.strip()]
    text = note.strip() if note is not None else old.get("note", "")
    return _record(CheckIn, day=day, medications=list(dict.fromkeys(taken)), note=text,
                   **fields)


# Reading the journal out


@dataclass(frozen=True)
class HistoryView:
    """What was logged in the last ``days``: entries, sessions and check-ins, newest first."""

    profile: str
    first_day: date
    days: int
    entries: list[StoredPainEntry]
    sessions: list[StoredSession]
    checkins: list[CheckIn]

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "first_day": self.first_day.isoformat(),
            "pain_entries": [e.model_dump(mode="json") for e in self.entries],
            "sessions": [s.model_dump(mode="json") for s in self.sessions],
            "checkins": [c.model_dump(mode="json") for c in self.checkins],
        }


def check_days(days: int) -> None:
    """InputError for a --days outside what a view can cover."""
    from triggerpoint.reports.data import MAX_DAYS

    if not 1 <= days <= MAX_DAYS:
        raise InputError(f"--days must be from 1 to {MAX_DAYS}, not {days}.")


def history(ctx: AppContext, profile: str | None, days: int) -> HistoryView:
    """The profile's records of the last ``days`` (today included), newest first."""
    check_days(days)
    name = profile_name(ctx, profile)
    first = ctx.now().date() - timedelta(days=days - 1)
    since = datetime.combine(first, time(), tzinfo=ctx.zone)
    journal = ctx.journal()
    require_logged(ctx, name)
    return HistoryView(name, first, days,
                       journal.pain_entries(profile=name, since=since, trusted=True)[::-1],
                       journal.sessions(profile=name, since=since, trusted=True)[::-1],
                       journal.checkins(profile=name, since=first)[::-1])


def require_logged(ctx: AppContext, name: str) -> None:
    """InputError with a way forward when the owner has no profile called ``name``."""
    import difflib

    names = [p.name for p in ctx.journal().profiles()]
    if name.strip() not in names:
        near = difflib.get_close_matches(name, names, n=3, cutoff=0.5) or names[:3]
        hint = f" Profiles in this journal: {', '.join(near)}." if near else ""
        raise InputError(f"There is no profile '{name}'; add it with: triggerpoint profile add "
                         f"{name}.{hint}")


def collect(ctx: AppContext, profile: str | None, days: int,
            per_day: int | None = None) -> ReportData:
    """The profile's records and figures for the last ``days`` (progress and reports)."""
    from triggerpoint.reports import collect_report

    check_days(days)
    if per_day is not None and not 0 <= per_day <= 10:
        raise InputError(f"--per-day must be from 0 to 10, not {per_day}.")
    name = profile_name(ctx, profile)
    require_logged(ctx, name)
    return collect_report(ctx.journal(), name, days=days, now=ctx.now(), tz=ctx.zone,
                          per_day=per_day, kb=ctx.kb)


def export(ctx: AppContext, profile: str | None = None) -> dict[str, Any]:
    """The journal (or one profile of it) as an export document."""
    from triggerpoint.storage import export_journal

    if profile is not None:
        require_logged(ctx, profile.strip())
    document = export_journal(ctx.journal())
    if profile is not None:
        document["profiles"] = [p for p in document["profiles"] if p["name"] == profile.strip()]
    return document


def read_export(file: Path) -> dict[str, Any]:
    """The JSON object in ``file``; InputError for a missing, unreadable, non-JSON or
    non-standard (NaN, Infinity) file, or one nested deeper than any export."""
    from triggerpoint.inputs import loads_json, read_document_bytes, shown

    where = shown(str(file))
    raw = read_document_bytes(file, "The export file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{where} is not a triggerpoint journal export (not UTF-8 text at byte "
                         f"{error.start + 1}); nothing was imported.") from None
    try:
        data = loads_json(text, where)
    except InputError as error:
        raise InputError(f"{error} It is not a triggerpoint journal export; nothing was "
                         "imported.") from None
    if not isinstance(data, dict):
        raise InputError(f"{where} is not a triggerpoint journal export; nothing was imported.")
    return data


def import_document(ctx: AppContext, document: dict[str, Any], profile: str | None = None,
                    source: str = "the file") -> ImportSummary:
    """Import an export, all of it or nothing, never over an existing profile."""
    from triggerpoint.storage import import_journal

    if profile is not None:
        chosen = [p for p in document.get("profiles", []) if isinstance(p, dict)
                  and p.get("name") == profile.strip()]
        if not chosen:
            raise InputError(f"{source} has no profile '{profile}'; nothing was imported.")
        document = {**document, "profiles": chosen}
    return import_journal(ctx.journal(), document)


def backup(ctx: AppContext, out: Path | None, *, force: bool = False) -> Path:
    """Copy the SQLite journal safely, even while in use; the copy's path."""
    from triggerpoint.storage import backup as copy_journal

    url = ctx.database_url or ctx.settings.database_url
    if url.strip().lower().startswith("postgres"):
        raise StorageError("backup copies SQLite journals; back up PostgreSQL with pg_dump, e.g. "
                           "pg_dump --format=custom --file=journal.dump 'postgresql://user@host/db'")
    from triggerpoint.inputs import check_output

    target = out or Path.cwd() / f"triggerpoint-backup-{ctx.now():%Y%m%d-%H%M%S}.sqlite3"
    if os.path.lexists(target) and not force:
        check_output(target)  # a folder, link or device is refused, whatever --force says
        raise InputError(f"{target} already exists; choose another --out, or add --force.")
    check_output(target)
    copy_journal(ctx.journal(), target)
    return target


@dataclass(frozen=True)
class ReportWritten:
    """The report files written, and how much of the record they hold."""

    files: tuple[Path, ...]
    entries: int
    sessions: int

    def to_json(self) -> dict[str, Any]:
        return {"files": [str(f) for f in self.files], "entries": self.entries,
                "sessions": self.sessions}


def report(ctx: AppContext, profile: str | None, *, fmt: str, out: Path, days: int,
           per_day: int | None = None) -> ReportWritten:
    """Write the therapist report (html, pdf, csv or fhir), readable only by the user."""
    from triggerpoint.inputs import check_output
    from triggerpoint.reports import FORMATS, write_report

    if fmt.lower() not in FORMATS:
        raise InputError(f"Unknown --format '{fmt}'; use one of: {', '.join(FORMATS)}.")
    check_output(out)
    data = collect(ctx, profile, days, per_day)
    written = write_report(data, fmt.lower(), out)
    return ReportWritten(tuple(written), data.summary.entries, len(data.sessions))
