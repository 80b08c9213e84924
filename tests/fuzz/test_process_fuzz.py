"""Fuzz the installed CLI as real processes: a few hundred nasty inputs, batched.

One ``find --batch`` file of hundreds of nasty lines, imports of nasty documents, and every
command with nasty arguments, each a real ``triggerpoint`` process with real argv bytes (not
valid UTF-8 too), a real terminal-less stdout and the real exit code. Each must end without a
traceback, with exit code 0-3, in time: 2 s for the input on top of the process's start-up.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_helpers import EXIT_CODES, FUZZ_COUNTS, TIME_LIMIT_S, db_url
from test_cli_fuzz import NASTY

#: Lines in the one batch file; each is one input.
BATCH_LINES = 400
_RANDOM = random.Random(13)  # the same inputs every run
COUNTS = FUZZ_COUNTS.setdefault("processes", {})


def _process(
    exe: Path, args: list[str | bytes], stdin: bytes = b"", limit_s: float = TIME_LIMIT_S
) -> subprocess.CompletedProcess[bytes]:
    started = time.perf_counter()
    done = subprocess.run(
        [os.fsencode(exe), *[os.fsencode(a) if isinstance(a, str) else a for a in args]],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=_HOME[0],
        env={**os.environ, "COLUMNS": "100", "TRIGGERPOINT_DATABASE_URL": db_url(_HOME[0])},
    )
    seconds = time.perf_counter() - started
    shown = f"args={[a[:80] for a in args]!r}\nstderr={done.stderr[-600:]!r}"
    assert b"Traceback" not in done.stdout + done.stderr, shown
    assert done.returncode in EXIT_CODES, f"exit {done.returncode}\n{shown}"
    assert seconds < limit_s + _startup(exe), f"took {seconds:.2f} s\n{shown}"
    return done


_STARTUP: list[float] = []
#: Where the processes run: relative output names land here, and a command without --db uses
#: this folder's journal.
_HOME: list[Path] = []


def _startup(exe: Path) -> float:
    """The start-up allowance: four times what a command that does nearly nothing takes here
    (a report's first run imports its whole stack; the machine may be busy)."""
    if not _STARTUP:
        started = time.perf_counter()
        subprocess.run([exe, "questions"], capture_output=True, timeout=120, check=True)
        _STARTUP.append(4 * (time.perf_counter() - started))
    return _STARTUP[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("process-fuzz")
    _HOME[:] = [path]
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _nasty_line() -> str:
    choice = _RANDOM.randrange(6)
    text = _RANDOM.choice(NASTY)
    if choice == 0:
        return json.dumps({"id": _RANDOM.randrange(10**6), "text": text})
    if choice == 1:
        return json.dumps({"id": text, "regions": _RANDOM.sample(NASTY, 3)})
    if choice == 2:
        return "[" * _RANDOM.choice([10, 40, 5_000, 60_000])
    if choice == 3:
        return json.dumps({"id": 1, "text": " ".join(_RANDOM.choices(NASTY, k=8))})
    if choice == 4:
        return text
    return json.dumps({"id": 2, "regions": ["temple"] * _RANDOM.choice([1, 60, 30_000])})


def test_a_batch_of_hundreds_of_nasty_lines(exe: Path, folder: Path) -> None:
    lines = [_nasty_line() for _ in range(BATCH_LINES)]
    batch = folder / "batch.jsonl"
    raw = "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n\xff\xfe\n"
    batch.write_bytes(raw)
    done = _process(
        exe, ["find", "--batch", str(batch), "--json"], limit_s=TIME_LIMIT_S * BATCH_LINES / 20
    )
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").split("\n")[:-1]]
    expected = [n for n, line in enumerate(raw.splitlines(), start=1) if line.strip()]
    assert [a.get("line", n) for a, n in zip(answers, expected, strict=True)] == expected
    assert all("safety" in a or "error" in a for a in answers)
    COUNTS["find --batch lines"] = len(answers)


def test_imports_of_nasty_documents(exe: Path, folder: Path, template_journal: Path) -> None:
    documents = [
        "[" * 100_000,
        "NaN",
        '{"format": "triggerpoint-journal", "version": 1e999}',
        '{"format": "triggerpoint-journal", "version": 1, "profiles": '
        '[{"name": "' + "\\u001b[31m" * 50 + '"}]}',
        '{"format": "triggerpoint-journal", "version": 1, "profiles": [' + "[" * 40,
        "9" * 6_000,
        "\ufeff{}",
        "{" * 30 + "}" * 30,
    ]
    for number, text in enumerate(documents):
        path = folder / f"import-{number}.json"
        path.write_text(text, encoding="utf-8")
        journal = folder / f"import-{number}" / "journal.sqlite3"
        journal.parent.mkdir()
        shutil.copy(template_journal, journal)
        done = _process(exe, ["import", str(path), "--db", db_url(journal.parent)])
        assert done.returncode == 2
    COUNTS["import documents"] = len(documents)


def test_every_command_with_nasty_arguments(
    exe: Path, folder: Path, template_journal: Path
) -> None:
    shutil.copy(template_journal, folder / "journal.sqlite3")
    db = db_url(folder)
    nasty: list[str | bytes] = [
        b"\xff\xfe",
        b"me\xc3",
        "[/]\x1b[2J",
        "a" * 3_000,
        "America",
        "Europe/" + "x" * 300,
        str(folder),
        "/",
        "",
        "NaN",
        "1e999",
    ]
    commands: list[list[str | bytes]] = [
        ["find"],
        ["find", "--region"],
        ["screen"],
        ["muscle"],
        ["muscles", "--region"],
        ["bodymap", "--muscle", "scm", "--out"],
        ["log", "--note"],
        ["log", "--spot"],
        ["checkin", "--med"],
        ["history", "--tz"],
        ["progress", "--tz"],
        ["export", "--out"],
        ["backup", "--out"],
        ["report", "--format", "html", "--out"],
        ["profile", "add"],
        ["history", "--profile"],
        ["import"],
        ["plan", "upper-trapezius", "--tz"],
    ]
    runs = 0
    for number, args in enumerate(commands):  # each nasty value comes up at least once
        journal = (
            ["--db", db]
            if args[0] not in ("find", "screen", "muscle", "muscles", "bodymap")
            else []
        )
        _process(exe, [*args, nasty[number % len(nasty)], *journal])
        runs += 1
    for url in (
        "sqlite:///:memory:",
        f"sqlite:///file:{folder}/m?mode=memory&uri=true",
        "postgresql://nobody@127.0.0.1:1/none",
        "mysql://x/y",
        "sqlite://",
    ):
        done = _process(exe, ["log", "--spot", "temple:right=5", "--db", url], limit_s=12)
        assert done.returncode == 1 and b"Error:" in done.stderr
        runs += 1
    COUNTS["commands with nasty arguments"] = runs
