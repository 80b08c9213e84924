"""The lean `triggerpoint log` (cli/lean.py, plain sqlite3) against the Typer command
(SQLAlchemy): real processes on copies of one real SQLite journal, compared byte for byte
(stdout, stderr, exit code) and row for row, file mode included. The lean run records whether it
took the command or left it to Typer, and what it imported.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.storage import Journal

PROGRAM = Path(sys.executable).with_name("triggerpoint")
#: The console script's main(), writing down (in LEAN_MARKER) whether the lean path ran.
WRAPPER = """
import os, sys
from triggerpoint.cli.lean import exit_now, run
code = run(sys.argv[1:])
heavy = [m for m in ("sqlalchemy", "alembic", "typer", "pydantic_settings") if m in sys.modules]
with open(os.environ["LEAN_MARKER"], "w") as marker:
    marker.write("declined" if code is None else "lean " + ",".join(heavy))
if code is not None:
    exit_now(code)
from triggerpoint.cli.commands import app
app(prog_name="triggerpoint")
"""
NOW = datetime.now(UTC).replace(second=0, microsecond=0)
AT = [(NOW - timedelta(hours=h)).strftime("%Y-%m-%dT%H:%M") for h in (3, 2, 1)]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal with a month of mild temple pain for 'me' and a profile 'anna'."""
    folder = tmp_path_factory.mktemp("lean-log")
    path = folder / "base.sqlite3"
    with Journal.open(f"sqlite:///{path}") as journal:
        journal.add_profile("anna")
        for days in range(30, 1, -1):
            journal.add_pain_entry(profile="me", entry=PainEntry(
                at=NOW - timedelta(days=days), note=f"day {days}",
                spots=[PainSpot(region="temple", side="right", intensity=2)]))
    return path


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("TRIGGERPOINT_")}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "TZ": "Europe/Paris",
                "TRIGGERPOINT_CACHE_DIR": str(home / "cache"), "COLUMNS": "80"})
    return env


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table; of the owners and profiles, all but when they were created
    (a new journal's are stamped with the moment the command ran)."""
    if not path.exists():
        return {}
    found = {}
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
                       if not (table in ("owners", "profiles") and row[1] == "created_at")]
            found[table] = sorted(connection.execute(
                f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
    return found


def _both(base: Path, tmp_path: Path, args: list[str], *, db_name: str = "journal.sqlite3",
          prepare: str | None = None, fresh: bool = False,
          ) -> tuple[subprocess.CompletedProcess[bytes], subprocess.CompletedProcess[bytes], str]:
    """Run ``args`` on the lean path and on the full path, each on its own copy of ``base``
    (``fresh``: no journal yet); assert the same output, exit code, rows and file mode."""
    results = {}
    rows = {}
    modes = {}
    marker = tmp_path / "marker"
    for path_kind in ("lean", "full"):
        folder = tmp_path / path_kind
        folder.mkdir()
        db = folder / db_name
        if not fresh:
            shutil.copyfile(base, db)
            db.chmod(0o600)
            if prepare:
                with sqlite3.connect(db) as connection:
                    connection.execute(prepare)
        env = _environment(tmp_path)
        full_args = [*args, "--db", f"sqlite:///{db}"]
        if path_kind == "lean":
            env["LEAN_MARKER"] = str(marker)
            command = [sys.executable, "-c", WRAPPER, *full_args]
        else:
            env["TRIGGERPOINT_LEAN"] = "0"
            command = [str(PROGRAM), *full_args]
        results[path_kind] = subprocess.run(command, capture_output=True, env=env,
                                            timeout=180, check=False, cwd=tmp_path)
        rows[path_kind] = _rows(db)
        modes[path_kind] = stat.S_IMODE(db.stat().st_mode) if db.exists() else None
    lean, full = results["lean"], results["full"]
    assert (lean.returncode, lean.stdout.decode(), lean.stderr.decode()) == (
        full.returncode, full.stdout.decode(), full.stderr.decode())
    assert "Traceback" not in full.stderr.decode()
    assert rows["lean"] == rows["full"]
    assert modes["lean"] == modes["full"]
    assert modes["full"] in (None, 0o600)
    return lean, full, marker.read_text()


@pytest.mark.parametrize("args", [
    ["log", "right temple", "6", "--at", AT[0]],
    ["log", "--spot", "temple:right=5", "--spot=back-of-neck:left=3", "--quality", "Aching",
     "--quality", "burning ", "--note", "  after work ", "--at", AT[1], "--json"],
    ["log", "--json", "low back", "4", "--profile", "anna", f"--at={AT[2]}"],
    ["log", "--spot", "temple=10", "--spot", "calf:left=8", "--at", AT[2]],  # warnings
    ["log", "--spot", "temple=10", "--spot", "calf:left=8", "--at", AT[2], "--json"],
    ["log", "both temples", "3", "--note", "[bold]not markup[/bold]", "--at", AT[0]],
])
def test_lean_log_writes_and_prints_what_the_full_command_does(
        base: Path, tmp_path: Path, args: list[str]) -> None:
    lean, _, marker = _both(base, tmp_path, args)
    assert lean.returncode == 0
    assert marker.startswith("lean")
    assert marker == "lean "  # nor SQLAlchemy, Alembic, Typer or the settings imported


def test_place_names_are_the_reports() -> None:
    from triggerpoint.cli.lean import _Places
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.reports.data import Names

    kb = KnowledgeBase.load()
    names, places = Names.of(kb), _Places(kb)
    for region in [*(r.id for r in kb.atlas), "gone-region"]:
        for side in ("left", "right", "both", "midline", None):
            assert places.place(region, side) == names.place(region, side)


def test_the_warnings_case_raises_warnings(base: Path, tmp_path: Path) -> None:
    lean, _, _ = _both(base, tmp_path, ["log", "--spot", "calf:left=8", "--at", AT[1]])
    assert "Please read: warnings" in lean.stdout.decode()


@pytest.mark.parametrize(("args", "code"), [
    (["log", "right temple", "11"], 2),
    (["log", "zorblax", "5"], 2),
    (["log", "--spot", "temple:right=5", "right temple", "5"], 2),
    (["log", "--spot", "temple:right=5", "--profile", "nobody"], 2),
    (["log", "--spot", "temple:right=5", "--at", "2999-01-01T00:00"], 2),
    (["log"], 2),
])
def test_errors_are_the_full_commands_and_nothing_is_written(
        base: Path, tmp_path: Path, args: list[str], code: int) -> None:
    lean, _, marker = _both(base, tmp_path, args)
    assert lean.returncode == code, lean.stderr
    assert lean.stderr.startswith(b"Error: ")
    assert marker == "declined"


def test_a_newer_journal_is_refused_by_the_full_command(base: Path, tmp_path: Path) -> None:
    lean, _, marker = _both(base, tmp_path, ["log", "--spot", "temple:right=5"],
                            prepare="UPDATE alembic_version SET version_num = '0999'")
    assert lean.returncode == 1 and b"newer triggerpoint" in lean.stderr
    assert marker == "declined"


def test_a_new_journal_is_created_by_the_full_command(base: Path, tmp_path: Path) -> None:
    lean, _, marker = _both(base, tmp_path, ["log", "--spot", "temple:right=5", "--json",
                                             "--at", AT[0]], fresh=True)
    assert lean.returncode == 0
    assert marker == "declined"  # created, migrated and started by Journal, mode 0600


def test_options_the_lean_path_leaves_to_typer(base: Path, tmp_path: Path) -> None:
    for args in (["log", "--help"], ["log", "--spot", "--json"], ["log", "-5", "3"]):
        for folder in ("lean", "full"):
            shutil.rmtree(tmp_path / folder, ignore_errors=True)
        _, _, marker = _both(base, tmp_path, args)
        assert marker == "declined", args


@pytest.mark.parametrize("columns", ["80", "200", "45", "20", "0", None])
def test_the_saved_line_is_what_rich_prints(columns: str | None, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """log_view writes a plain line itself only where Rich would print it unchanged."""
    import io

    from rich.console import Console

    from triggerpoint.cli.lean import _Places
    from triggerpoint.cli.log_view import logged
    from triggerpoint.knowledge import KnowledgeBase

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    kb = KnowledgeBase.load()
    places = _Places(kb)
    regions = [r.id for r in kb.atlas]
    zone = ZoneInfo("Asia/Kolkata")
    for count in (1, 2, 3, 6):
        for start in range(0, len(regions), 7):
            spots = [PainSpot(region=region, side="left" if i % 2 else "both", intensity=i % 11)
                     for i, region in enumerate(regions[start:start + count])]
            entry = PainEntry(at=NOW, spots=spots)
            logged(places, entry, zone, [])
            printed = capsys.readouterr().out
            shown = ", ".join(f"{places.place(s.region, s.side).lower()} {s.intensity}/10"
                              for s in entry.spots)
            when = NOW.astimezone(zone)
            buffer = io.StringIO()
            Console(file=buffer, soft_wrap=False).print(
                f"Saved {when.day} {when:%b %Y} {when:%H:%M}: {shown}.", highlight=False)
            assert printed == buffer.getvalue()


def test_the_lean_defaults_are_the_settings(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """log_pain_lite reads no settings: its journal and busy timeout are the defaults'."""
    import platformdirs

    from triggerpoint.services.journal import LITE_BUSY_TIMEOUT_S
    from triggerpoint.settings import Settings, default_database_url

    for key in [k for k in os.environ if k.upper().startswith("TRIGGERPOINT_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert Settings().sqlite_busy_timeout_s == LITE_BUSY_TIMEOUT_S
    lean_default = f"sqlite:///{platformdirs.user_data_path('triggerpoint') / 'journal.sqlite3'}"
    assert default_database_url() == lean_default == Settings().database_url


def test_a_spot_given_as_a_spec_reads_no_description(base: Path, tmp_path: Path) -> None:
    """``--spot temple:right=5`` is read by ``finder.spec`` alone: neither the description
    reader nor the ranking (and their word lists) is imported to log it."""
    db = tmp_path / "journal.sqlite3"
    shutil.copyfile(base, db)
    db.chmod(0o600)
    script = (
        "import sys\n"
        "from triggerpoint.cli.lean import run\n"
        "code = run(sys.argv[1:])\n"
        "loaded = [m for m in ('triggerpoint.finder.parse', 'triggerpoint.finder.engine',"
        " 'triggerpoint.finder.build') if m in sys.modules]\n"
        "print('CODE', code, 'LOADED', ','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "log", "--spot", "temple:right=5", "--at", AT[0],
         "--db", f"sqlite:///{db}"],
        env=_environment(tmp_path), capture_output=True, check=True)
    assert done.stdout.decode().splitlines()[-1] == "CODE 0 LOADED "
