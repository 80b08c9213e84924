"""The live session in a real terminal: tmux runs the CLI, we press keys and read the screen.

A private tmux socket (-L) and no config file (-f /dev/null) keep a user's tmux untouched.
Keys that must land within one short step at --speed 10 are sent together, so the test
never races the timer: the app reads them in order and acts on each in turn.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from triage_helpers import no_answers_file
from triggerpoint.records import SessionRecord

TMUX = shutil.which("tmux")
EXE = Path(sys.executable).parent / "triggerpoint"
COUNTDOWN = re.compile(r"this step: \d+:\d\d left")
LAST_LINE = "Q  stop the session"  # drawn last: a screen showing it is not half-drawn

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


class Pane:
    """One detached tmux session on a private server."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run([TMUX, "-L", self.socket, "-f", "/dev/null", *args],
                              capture_output=True, text=True, timeout=10, check=False)
        return done.stdout

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "tp")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "tp", *keys)

    def wait_for(self, *needles: str | re.Pattern[str], timeout: float = 20.0,
                 absent: str | None = None) -> str:
        """Poll the screen until every needle shows (and ``absent`` does not)."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            found = all(n.search(screen) if isinstance(n, re.Pattern) else n in screen
                        for n in needles)
            if found and (absent is None or absent not in screen):
                return screen
            time.sleep(0.02)
        raise AssertionError(f"timed out waiting for {needles!r}; screen:\n{screen}")


@pytest.fixture
def pane() -> Iterator[Pane]:
    terminal = Pane(f"tp-test-{uuid.uuid4().hex[:12]}")
    try:
        yield terminal
    finally:
        terminal.tmux("kill-server")


def test_keys_in_a_real_terminal(pane: Pane, tmp_path: Path) -> None:
    record, stty = tmp_path / "record.json", tmp_path / "stty.txt"
    command = (f"{shlex.quote(str(EXE))} session upper-trapezius --side right --speed 10 "
               f"--answers {shlex.quote(str(no_answers_file()))} "
               f"--record {shlex.quote(str(record))}; stty -a > {shlex.quote(str(stty))}; "
               "sleep 600")
    pane.tmux("new-session", "-d", "-s", "tp", "-x", "120", "-y", "40", command)

    pane.wait_for("How much does it hurt right now? (0-10)", LAST_LINE)
    pane.keys("6", "Enter")
    first = pane.wait_for("Step 1 of 3", COUNTDOWN, LAST_LINE)
    assert "STOP" in first and "Next: Upper trapezius (right)" in first

    pane.keys("p")  # pause the warm-up
    paused = pane.wait_for("PAUSED", "Step 1 of 3", LAST_LINE)
    assert "Stop at once if the pain turns sharp" in paused

    pane.keys("p", "s", "s", "p")  # resume, skip the warm-up, skip the release, pause again
    stretch = pane.wait_for("Step 3 of 3", "PAUSED", LAST_LINE)
    assert COUNTDOWN.search(stretch) and "Next: you rate your pain again" in stretch

    pane.keys("q")
    pane.wait_for("After the session: How much does it hurt right now?")
    pane.keys("3", "Enter")
    summary = pane.wait_for("Saved the record", "Session stopped early")
    assert "went down from 6 to 3" in summary

    saved = SessionRecord.model_validate_json(record.read_text(encoding="utf-8"))
    assert saved.stopped_early and (saved.pain_before, saved.pain_after) == (6, 3)
    assert [(s.muscle, s.completed) for s in saved.steps] == [("upper-trapezius", False)]

    deadline = time.monotonic() + 10
    while not stty.exists() or not stty.read_text():
        assert time.monotonic() < deadline, "the command did not exit"
        time.sleep(0.02)
    modes = stty.read_text().split()
    assert "icanon" in modes and "echo" in modes  # the terminal was given back
