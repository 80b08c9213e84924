"""What every hardening test checks of one CLI run: no traceback, a known exit code, in time."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from triggerpoint.cli.app import app

#: Exit codes the CLI may use (docs/hardening.md): 0 done, 1 failed, 2 bad input, 3 safety stop.
EXIT_CODES = {0, 1, 2, 3}
#: Every input is answered within this many seconds.
TIME_LIMIT_S = 2.0
#: Inputs run, per suite and command; reported at the end of the run (conftest).
FUZZ_COUNTS: dict[str, dict[str, int]] = {}


@dataclass
class Outcome:
    """One run: exit code, stdout, stderr, seconds taken and any uncaught exception."""

    code: int
    out: str
    err: str
    seconds: float
    exception: BaseException | None
    args: Sequence[str]

    def assert_clean(self, time_limit_s: float = TIME_LIMIT_S) -> Outcome:
        """No traceback, no uncaught exception, a known exit code, answered in time."""
        shown = (
            f"args={[a[:120] for a in self.args]!r}\nstdout={self.out[-800:]!r}\n"
            f"stderr={self.err[-800:]!r}"
        )
        assert self.exception is None or isinstance(self.exception, SystemExit), (
            f"uncaught {type(self.exception).__name__}: {self.exception!r}\n{shown}"
        )
        assert "Traceback" not in self.out + self.err, shown
        assert self.code in EXIT_CODES, f"exit code {self.code}\n{shown}"
        assert self.seconds < time_limit_s, f"took {self.seconds:.2f} s\n{shown}"
        return self


_RUNNER = CliRunner()


def invoke(args: Sequence[str], stdin: str | None = None) -> Outcome:
    """Run the real Typer app in-process."""
    started = time.perf_counter()
    result = _RUNNER.invoke(app, list(args), input=stdin)
    seconds = time.perf_counter() - started
    return Outcome(
        result.exit_code, result.stdout, result.stderr, seconds, result.exception, list(args)
    )


def db_url(folder: Path) -> str:
    """A SQLite journal URL in ``folder``."""
    return f"sqlite:///{folder}/journal.sqlite3"
