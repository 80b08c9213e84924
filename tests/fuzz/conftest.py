"""Fixtures for the hardening tests: a journal per test (copied from one migrated once, so a
run times the command, not the first migration), the answers file, the installed CLI."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from fuzz_helpers import FUZZ_COUNTS, db_url, invoke

from triage_helpers import no_answers_file


@pytest.fixture(scope="session")
def template_journal() -> Path:
    """A migrated journal; every command has run once against it, so the time bound of a
    test's run measures the command, not this process importing its modules."""
    folder = Path(tempfile.mkdtemp(prefix="triggerpoint-fuzz-journal-"))
    db, answers = db_url(folder), str(no_answers_file())
    assert invoke(["profile", "list", "--db", db]).code == 0
    for args in (
        ["history"],
        ["progress"],
        ["export"],
        ["checkin", "--sleep", "5", "--no-x"],
        ["report", "--format", "pdf", "--out", str(folder / "r.pdf")],
        ["backup", "--out", str(folder / "b.sqlite3")],
        [
            "plan",
            "upper-trapezius",
            "--answers",
            answers,
            "--ics",
            str(folder / "p.ics"),
            "--html",
            str(folder / "p.html"),
        ],
        ["session", "upper-trapezius", "--answers", answers, "--no-save"],
        ["import", str(folder / "none.json")],
    ):
        invoke([*args, "--db", db])
    for args in (
        ["find", "sore right temple"],
        ["muscle", "scm"],
        ["questions"],
        ["bodymap", "--muscle", "scm", "--out", str(folder / "m.svg")],
    ):
        invoke(args)
    return folder / "journal.sqlite3"


@pytest.fixture
def db(tmp_path: Path, template_journal: Path) -> str:
    shutil.copy(template_journal, tmp_path / "journal.sqlite3")
    return db_url(tmp_path)


@pytest.fixture(scope="session")
def answers() -> Path:
    return no_answers_file()


@pytest.fixture(scope="session")
def exe() -> Path:
    return Path(sys.executable).parent / "triggerpoint"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fuzz counts of this run, per suite and command."""
    for suite, counts in FUZZ_COUNTS.items():
        if counts:
            terminalreporter.write_line(
                f"fuzz ({suite}): {sum(counts.values())} inputs; "
                + ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
            )
