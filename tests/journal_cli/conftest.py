"""A fresh SQLite journal file per test, and a runner for the real Typer app."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_cli_helpers import Result, Run
from typer.testing import CliRunner

from triggerpoint.cli.app import app


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/j.sqlite3"


@pytest.fixture
def run(db: str) -> Run:
    """Invoke the CLI with --db pointing at this test's journal (unless the args name one)."""
    runner = CliRunner()

    def invoke(*args: str, db_url: str | None = db, stdin: str | None = None) -> Result:
        extra = ["--db", db_url] if db_url and "--db" not in args else []
        result = runner.invoke(app, [*args, *extra], input=stdin)
        return Result(result.exit_code, result.stdout, result.stderr)

    return invoke
