"""Commands that never touch the journal must not pay for importing it (SQLAlchemy, Alembic,
the report writers): `find` and `screen` run in a fresh process and are checked."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import contextlib, io, sys
from triggerpoint.cli.app import app
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    app(args={args!r}, prog_name="triggerpoint")
heavy = sorted(m for m in ("sqlalchemy", "alembic", "weasyprint", "matplotlib", "fastapi")
               if m in sys.modules)
print(",".join(heavy))
"""


@pytest.mark.parametrize("args", [
    ["find", "right temple and behind my right eye", "--json"],
    ["screen", "sore neck", "--json", "--no-ask"],
])
def test_commands_without_a_journal_do_not_import_it(args: list[str]) -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(args=args)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"{args[0]} imported {done.stdout.strip()}"
