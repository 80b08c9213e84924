"""The lean path of `find --json` (cli/lean.py) prints what the Typer command prints, byte for
byte, with the same exit code, and leaves everything it does not fully understand to Typer.

The full path is the Typer application (in-process through CliRunner, or a process with
TRIGGERPOINT_LEAN=0); the lean path is ``lean.run`` or the console entry point ``main``.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triage_helpers import answers_file
from triggerpoint.cli import lean
from triggerpoint.cli.app import app, main
from triggerpoint.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
SUITE = sorted((ROOT / "tests" / "safety" / "suite").glob("*.jsonl"))
DEV_SETS = [
    SHARED / name
    for name in ("dev-vignettes.jsonl", "dev-vignettes-styles.jsonl", "safety-dev.jsonl")
]

runner = CliRunner()


@pytest.fixture(autouse=True)
def lean_allowed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The test session sets TRIGGERPOINT_DATABASE_URL, a setting that sends every command to
    the full path; find never opens the journal, so these tests unset it."""
    monkeypatch.delenv("TRIGGERPOINT_DATABASE_URL", raising=False)
    monkeypatch.delenv("TRIGGERPOINT_LEAN", raising=False)
    yield


def _texts(path: Path) -> list[str]:
    return [
        json.loads(line)["text"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def lean_run(args: list[str]) -> tuple[int | None, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = lean.run(args)
    return code, out.getvalue()


def full_run(args: list[str]) -> tuple[int, str]:
    result = runner.invoke(app, args)
    return result.exit_code, result.stdout


def assert_same(args: list[str]) -> int:
    """Both paths print the same and exit alike; the lean path must have taken the command."""
    code, out = lean_run(args)
    assert code is not None, f"the lean path left {args} to Typer"
    assert (code, out) == full_run(args), args
    return code


@pytest.mark.parametrize("path", [*DEV_SETS, *SUITE], ids=lambda p: p.name)
def test_lean_find_matches_the_full_path_over_a_development_set(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared evaluation folder is optional)")
    codes = [assert_same(["find", text, "--json"]) for text in _texts(path)]
    assert codes and 0 in codes


OPTIONS = [
    ["--top", "8", "--region", "temple:right=6", "-s", "dizziness"],
    ["--top=3", "-r", "back-of-neck:left", "--tender", "top-of-shoulder:left"],
    ["--confirm", "upper trapezius", "--deny", "temporalis", "-c", "pregnancy"],
    ["--condition", "warfarin", "--symptom", "tinnitus", "--region=jaw"],
    ["--top", "500"],
]


@pytest.mark.parametrize("options", OPTIONS, ids=" ".join)
def test_lean_find_options_match_the_full_path(options: list[str]) -> None:
    for text in _texts(SUITE[0])[:5] + ["", "right temple and behind my right eye"]:
        assert_same(["find", *options, text, "--json"])
        assert_same(["find", "--json", text, *options])


@pytest.mark.parametrize("yes", [{}, {"pregnant": True}])
def test_an_answers_file_is_read_alike(
    kb: KnowledgeBase, tmp_path: Path, yes: dict[str, bool]
) -> None:
    path = answers_file(kb, tmp_path, **yes)
    assert_same(["find", "sore neck and shoulders", "--answers", str(path), "--json"])


def test_a_description_naming_no_place_prints_its_safety_and_exits_2() -> None:
    assert assert_same(["find", "zorblax", "--json"]) == 2


def test_lean_muscle_matches_the_full_path_for_every_muscle_and_group(kb: KnowledgeBase) -> None:
    names = [m.id for m in kb.muscles.values()] + ["upper trapezius", "SCM", "trapezius"]
    for name in names:
        assert_same(["muscle", name, "--json"])
    assert_same(["muscle", "--json", "SCM"])
    group = json.loads(lean_run(["muscle", "SCM", "--json"])[1])
    assert isinstance(group, list) and len(group) >= 2  # a group's muscles, as a list


@pytest.mark.parametrize(
    "args",
    [
        ["muscle", "not-a-muscle", "--json"],
        ["muscle", "upper trapezius"],
        ["muscle", "upper", "trapezius", "--json"],
        ["muscle", "--json"],
        ["muscle", "SCM", "--json", "--help"],
        ["find", "--help"],
        ["find", "neck", "--json", "--batch", "cases.jsonl"],
        ["find", "neck", "--json", "--top", "0"],
        ["find", "neck", "--json", "--top", "501"],
        ["find", "neck", "--json", "--top", "five"],
        ["find", "neck", "--json", "--top"],
        ["find", "neck", "--json", "--region", "--json"],
        ["find", "neck", "--json", "--frobnicate"],
        ["find", "neck", "--json", "-rtemple"],
        ["find", "--json", "--", "-5", "neck"],
        ["find", "neck", "--json=yes"],
        ["find", "neck"],
        ["screen", "neck", "--json"],
        ["--help"],
        [],
    ],
)
def test_what_the_lean_path_does_not_know_goes_to_typer(args: list[str]) -> None:
    assert lean_run(args) == (None, "")


@pytest.mark.parametrize(
    "args",
    [
        ["find", "neck", "--condition", "not-a-condition", "--json"],
        ["find", "neck", "--answers", "/no/such/answers.yaml", "--json"],
        ["find", "neck\x00", "--json"],
        ["find", "x" * 3000, "--json"],
    ],
)
def test_errors_are_reported_by_the_full_path(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lean_run(args) == (None, "")
    results = []
    for setting in ("1", "0"):
        monkeypatch.setenv("TRIGGERPOINT_LEAN", setting)
        monkeypatch.setattr(sys, "argv", ["triggerpoint", *args])
        with pytest.raises(SystemExit) as stop:
            main()
        results.append((stop.value.code, *capsys.readouterr()))
    assert results[0] == results[1]
    code, out, err = results[0]
    assert code == 2 and out == "" and err.startswith("Error: ")


def test_a_setting_in_the_environment_sends_find_to_the_full_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRIGGERPOINT_DATABASE_URL", "mysql://nowhere")
    assert lean_run(["find", "neck", "--json"]) == (None, "")
    monkeypatch.setenv("TRIGGERPOINT_DATABASE_URL", "sqlite:///journal.sqlite3")
    assert lean_run(["find", "neck", "--json"]) == (None, "")
    monkeypatch.delenv("TRIGGERPOINT_DATABASE_URL")
    monkeypatch.setenv("triggerpoint_sqlite_busy_timeout_s", "-1")
    assert lean_run(["find", "neck", "--json"]) == (None, "")


def test_triggerpoint_lean_0_turns_the_lean_path_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIGGERPOINT_LEAN", "0")
    assert lean_run(["find", "neck", "--json"]) == (None, "")


PROCESS = """
import os, sys
from triggerpoint.cli.app import main

def report(how):
    heavy = sorted(m for m in ("typer", "rich", "pydantic_settings", "sqlalchemy")
                   if m in sys.modules)
    sys.stderr.write(f"{how} exit, imported:" + ",".join(heavy))

def quick_exit(code, _exit=os._exit):
    report("quick")
    sys.stderr.flush()
    _exit(code)

os._exit = quick_exit
sys.argv = ["triggerpoint", *sys.argv[1:]]
try:
    main()
finally:
    report("normal")
"""


@pytest.mark.parametrize(
    "args",
    [
        ["find", "right temple and behind my right eye", "--json"],
        ["find", "zorblax", "--json"],
    ],
)
def test_the_processes_print_the_same_bytes_and_the_lean_one_imports_no_typer(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    done = {}
    for setting in ("0", "1"):
        monkeypatch.setenv("TRIGGERPOINT_LEAN", setting)
        done[setting] = subprocess.run(
            [sys.executable, "-c", PROCESS, *args], capture_output=True, timeout=180, check=False
        )
    lean_done, full_done = done["1"], done["0"]
    assert (lean_done.returncode, lean_done.stdout) == (full_done.returncode, full_done.stdout)
    assert lean_done.stdout.startswith(b"{")
    assert lean_done.stderr.decode() == "quick exit, imported:", lean_done.stderr[-2000:]
    assert full_done.stderr.decode().startswith("normal exit, imported:")
    assert "typer" in full_done.stderr.decode()
