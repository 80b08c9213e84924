"""The lean path of the command line: `triggerpoint find ... --json`, `triggerpoint muscle
NAME --json` and `triggerpoint log ...` without Typer, Rich or the settings (and, for ``log``,
without SQLAlchemy), which cost more to import than the work itself.

``main`` (cli/app.py) offers the arguments here first. ``run`` takes only what it fully
understands: ``find`` or ``muscle`` with ``--json``, options in the forms below and values that
are plainly valid. For anything else (help, ``--batch``, an unknown or unusual option, a value
out of range, a ``TRIGGERPOINT_*`` setting in the environment, an error of the use case, a
figure JSON cannot hold) it returns None *before printing anything*, and the Typer application
runs the command instead, with its own messages and exit codes. What it prints is byte for byte
what the Typer command prints (tests/cli/test_lean.py compares them over the development sets).

``log`` (with or without ``--json``) is taken on a plain SQLite journal only, through
``services.journal.log_pain_lite``; it leaves the command to Typer only *before anything is
written* (see ``_log``), and finishes on its own once the entry is saved
(tests/cli/test_lean_log.py compares the two paths' output and rows).

``TRIGGERPOINT_LEAN=0`` turns the lean path off.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from triggerpoint.knowledge import KnowledgeBase

__all__ = ["FindArgs", "LogArgs", "exit_now", "parse_find", "parse_log", "run"]

_OFF = {"0", "false", "no", "off"}
#: Environment variables the lean path may leave unread: any other ``TRIGGERPOINT_*`` may be a
#: setting the full path validates at start (an invalid one is an error there).
_NOT_SETTINGS = frozenset(
    {"TRIGGERPOINT_LEAN", "TRIGGERPOINT_CACHE_DIR", "TRIGGERPOINT_NO_CACHE", "TRIGGERPOINT_PROFILE"}
)
_TOP = re.compile(r"[0-9]{1,3}")

#: find's options that take a value: option -> (field, repeatable).
_VALUES: dict[str, tuple[str, bool]] = {
    "--region": ("regions", True),
    "-r": ("regions", True),
    "--symptom": ("symptoms", True),
    "-s": ("symptoms", True),
    "--tender": ("tender", True),
    "--confirm": ("confirm", True),
    "--deny": ("deny", True),
    "--condition": ("conditions", True),
    "-c": ("conditions", True),
    "--top": ("top", False),
    "--answers": ("answers", False),
}


@dataclass
class FindArgs:
    """``find``'s arguments as the Typer command receives them."""

    text: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    symptoms: list[str] = field(default_factory=list)
    tender: list[str] = field(default_factory=list)
    confirm: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    top: int = 5
    answers: Path | None = None
    as_json: bool = False


#: log's options that take a value: option -> (field, repeatable).
_LOG_VALUES: dict[str, tuple[str, bool]] = {
    "--spot": ("spots", True),
    "--quality": ("qualities", True),
    "--note": ("note", False),
    "--at": ("at", False),
    "--db": ("db", False),
    "--profile": ("profile", False),
}


@dataclass
class LogArgs:
    """``log``'s arguments as the Typer command receives them."""

    words: list[str] = field(default_factory=list)
    spots: list[str] = field(default_factory=list)
    qualities: list[str] = field(default_factory=list)
    note: str = ""
    at: str | None = None
    db: str | None = None
    profile: str | None = None
    as_json: bool = False


def run(argv: Sequence[str]) -> int | None:
    """Run the command on the lean path and return its exit code, or None (having printed
    nothing) when the full command line must run it."""
    if os.environ.get("TRIGGERPOINT_LEAN", "").strip().lower() in _OFF:
        return None
    if not argv or _settings_in_environment():
        return None
    command: Callable[[], int | None]
    if argv[0] == "find":
        args = parse_find(argv[1:])
        if args is None or not args.as_json:
            return None
        command = partial(_find_json, argv, args)
    elif argv[0] == "muscle":
        name = _muscle_name(argv[1:])
        if name is None:
            return None
        command = partial(_muscle_json, argv, name)
    elif argv[0] == "log":
        log_args = parse_log(argv[1:])
        if log_args is None or "TRIGGERPOINT_PROFILE" in os.environ:
            return None  # the profile's variable: Typer reads and checks it
        command = partial(_log, argv, log_args)
    else:
        return None
    # One command, then the process ends: the cycle collector's passes over the hundreds of
    # thousands of objects the imports create cost a tenth of the run, for memory the end of
    # the process returns anyway.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return command()
    finally:
        if was_enabled:
            gc.enable()


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` once the output is flushed, without the interpreter's
    teardown: freeing the objects of every import one by one costs a fifth of a lean run.

    The lean path registers no exit handlers; should one ever be registered, or the output
    not flush (a closed pipe), the process ends the normal way instead."""
    import atexit

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        raise SystemExit(code) from None
    if atexit._ncallbacks():
        raise SystemExit(code)
    os._exit(code)


def parse_find(argv: Sequence[str]) -> FindArgs | None:
    """``find``'s arguments after the command name, or None for anything the lean path leaves
    to Typer (it parses the same forms the same way: ``--region X``, ``--region=X``, ``-r X``,
    options and words in any order; the last ``--top`` or ``--answers`` wins)."""
    found = FindArgs()
    as_json = _scan(argv, _VALUES, found.text, lambda spec, value: _store(found, spec, value),
                    dash_is_word=True)
    if as_json is None:
        return None
    found.as_json = as_json
    return found


def parse_log(argv: Sequence[str]) -> LogArgs | None:
    """``log``'s arguments after the command name, or None for anything the lean path leaves
    to Typer (the forms ``--spot X`` and ``--spot=X``, options and words in any order; the last
    ``--note``, ``--at``, ``--db`` or ``--profile`` wins)."""
    found = LogArgs()

    def store(spec: tuple[str, bool], value: str) -> bool:
        key, repeatable = spec
        if repeatable:
            getattr(found, key).append(value)
        else:
            setattr(found, key, value)
        return True

    as_json = _scan(argv, _LOG_VALUES, found.words, store, dash_is_word=False)
    if as_json is None:
        return None
    found.as_json = as_json
    return found


def _scan(argv: Sequence[str], options: Mapping[str, tuple[str, bool]], words: list[str],
          store: Callable[[tuple[str, bool], str], bool], *, dash_is_word: bool) -> bool | None:
    """Read a command's words and options as Typer does: words in ``words``, each option's
    value through ``store``; whether ``--json`` was given, or None for anything left to Typer
    (--help, "--", an unknown option, a missing or refused value, "-rX", "-5")."""
    as_json = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if not arg.startswith("-") or (dash_is_word and arg == "-"):
            words.append(arg)
            continue
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name == "--json" and not equals:
            as_json = True
            continue
        if name not in options:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if value.startswith("-") or not store(options[name], value):
            return None
    return as_json


def _store(found: FindArgs, spec: tuple[str, bool], value: str) -> bool:
    name, repeatable = spec
    if repeatable:
        getattr(found, name).append(value)
    elif name == "top":
        if not _TOP.fullmatch(value) or not 1 <= int(value) <= 500:
            return False  # Typer's range and number messages
        found.top = int(value)
    else:
        if not value:
            return False
        found.answers = Path(value)
    return True


def _muscle_name(argv: Sequence[str]) -> str | None:
    """The NAME of ``muscle NAME --json`` (the flag before or after it), else None."""
    words = [arg for arg in argv if arg != "--json"]
    if len(words) != 1 or len(words) == len(argv) or words[0].startswith("-"):
        return None
    return words[0]


def _muscle_json(argv: Sequence[str], name: str) -> int | None:
    """``muscle NAME --json``: the muscle's JSON, or a list for a group ('SCM'). An unknown
    name is left to Typer, which reports it with suggestions."""
    import json

    from triggerpoint.errors import TriggerpointError
    from triggerpoint.inputs import check_arguments
    from triggerpoint.knowledge import KnowledgeBase

    try:
        check_arguments(argv)
        # services.atlas.muscles_named, the Typer command's use case, is this call on ctx.kb;
        # render.muscle_json is model_dump(mode="json")
        data = [m.model_dump(mode="json") for m in KnowledgeBase.load().muscles_named(name)]
        text = json.dumps(
            data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False, allow_nan=False
        )
    except (TriggerpointError, ValueError):
        return None
    sys.stdout.write(text + "\n")
    return 0


def _settings_in_environment() -> bool:
    """True when the environment holds a ``TRIGGERPOINT_*`` variable that may be a setting
    (pydantic-settings reads them whatever their case)."""
    return any(
        key.upper().startswith("TRIGGERPOINT_") and key.upper() not in _NOT_SETTINGS
        for key in os.environ
    )


def _find_json(argv: Sequence[str], args: FindArgs) -> int | None:
    """``find --json``: the consultation's JSON on stdout; exit 2 when the description names no
    place. Any error leaves the command to Typer, which reports it."""
    import json

    from triggerpoint.errors import TriggerpointError
    from triggerpoint.inputs import check_arguments

    try:
        check_arguments(argv)
        # the knowledge base with the safety index and the finder's parts in place, from one
        # snapshot file (knowledge/snapshot.py): the same objects KnowledgeBase.load() gives
        from triggerpoint.knowledge.snapshot import find_knowledge

        kb = find_knowledge()
        from triggerpoint.services.consult import consult

        answers = None
        if args.answers is not None:
            from triggerpoint.safety.answers import read_answers

            answers = read_answers(args.answers, kb)
        # find_muscles, the Typer command's use case, is this call on ctx.kb; an AppContext
        # would load the settings, the very import the lean path saves.
        consultation = consult(
            kb,
            text=" ".join(args.text),
            regions=args.regions,
            symptoms=args.symptoms,
            tender=args.tender,
            confirm=args.confirm,
            deny=args.deny,
            top=args.top,
            answers=answers,
            conditions=args.conditions,
        )
        # render.json_text's call; a figure that is not finite (it writes null) raises here
        text = json.dumps(consultation.to_json(), indent=2, ensure_ascii=False, allow_nan=False)
    except (TriggerpointError, ValueError):
        return None
    sys.stdout.write(text + "\n")
    return 2 if consultation.error is not None else 0


def _log(argv: Sequence[str], args: LogArgs) -> int | None:
    """``log``: save the entry with plain sqlite3 (services.journal.log_pain_lite) and print
    what the Typer command prints. Before the entry is saved, anything out of the ordinary (an
    error in the input, a journal to create, migrate or refuse, an unknown profile, a database
    URL other than a plain ``sqlite:///PATH``) leaves the command to Typer, nothing written.
    Once it is saved, an error reading the warnings is reported as the Typer command would."""
    from triggerpoint.errors import InputError, SafetyStop, TriggerpointError
    from triggerpoint.inputs import MAX_NAME, check_arguments, check_text, message_text

    try:
        check_arguments(argv)
        if args.profile is not None:  # the --profile option's callback (cli/common.py)
            check_text(args.profile, "The profile name", MAX_NAME)
        from triggerpoint.knowledge import KnowledgeBase
        from triggerpoint.reports.clock import local_zone
        from triggerpoint.services.journal import LogRequest, SavedWithError, log_pain_lite

        request = LogRequest(words=args.words, spots=args.spots, qualities=args.qualities,
                             note=args.note, at=args.at, profile=args.profile)
        kb = KnowledgeBase.load()
        zone = local_zone(None)
        view = log_pain_lite(kb, request, database_url=args.db, zone=zone)
    except (TriggerpointError, ValueError):
        return None  # nothing was saved: Typer runs the command and reports the error
    except SavedWithError as saved:  # saved, then the warnings could not be read: _Group's way
        error = saved.error
        sys.stderr.write(f"Error: {message_text(str(error))}\n")
        return 2 if isinstance(error, InputError) else 3 if isinstance(error, SafetyStop) else 1
    if view is None:
        return None
    if args.as_json:
        from triggerpoint.cli.jsonout import json_text  # render.json_text, without Rich

        sys.stdout.write(json_text(view.to_json()) + "\n")
    else:
        from triggerpoint.cli.log_view import logged

        logged(_Places(kb), view.entry, zone, view.warnings)
    return 0


class _Places:
    """``reports.data.Names.place`` for the atlas, without importing ``reports.data`` (which
    imports the journal and SQLAlchemy); tests/cli/test_lean_log.py holds the two equal."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._names = {region.id: region.name for region in kb.atlas}

    def place(self, region: str, side: str | None) -> str:
        """'Temple (right)', 'Low back (both sides)', 'Breastbone'."""
        name = self._names.get(region, region)
        if side in ("left", "right"):
            return f"{name} ({side})"
        return f"{name} (both sides)" if side == "both" else name
