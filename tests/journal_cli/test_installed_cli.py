"""The installed `triggerpoint` program, run as a person would: a separate process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _program() -> list[str]:
    """The console script next to this Python, else `python -m triggerpoint`."""
    script = Path(sys.executable).with_name("triggerpoint")
    if script.exists():
        return [str(script)]
    found = shutil.which("triggerpoint")
    return [found] if found else [sys.executable, "-m", "triggerpoint"]


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_program(), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


@pytest.mark.parametrize("how", ["setting", "option"])
def test_log_then_history_in_a_subprocess(tmp_path: Path, how: str) -> None:
    url = f"sqlite:///{tmp_path}/j.sqlite3"
    env = {**os.environ, "TRIGGERPOINT_PROFILE": "sam"}
    db = ["--db", url] if how == "option" else []
    if how == "setting":
        env["TRIGGERPOINT_DATABASE_URL"] = url
    unknown = _run("log", "right temple", "6", *db, env=env)
    assert unknown.returncode == 2 and "Unknown profile 'sam'" in unknown.stderr
    assert _run("profile", "add", "sam", *db, env=env).returncode == 0
    saved = _run("log", "right temple", "6", *db, env=env)
    assert saved.returncode == 0, saved.stderr
    assert "temple (right) 6/10" in saved.stdout
    shown = _run("history", "--json", *db, env=env)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["profile"] == "sam"
    assert data["pain_entries"][0]["spots"] == [
        {"region": "temple", "side": "right", "intensity": 6}]
    bad = _run("log", "right temple", "12", *db, env=env)
    assert bad.returncode == 2 and bad.stderr.startswith("Error: ")
    assert "Traceback" not in bad.stderr
