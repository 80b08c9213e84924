"""One regression test per class of input issue 13 found crashing, hanging or leaking.

Each case builds its files in a temp folder, runs the real CLI in-process and checks the exit
code and that the message says what was wrong; every run is also checked for no traceback, a
known exit code and an answer within 2 s (fuzz_helpers.Outcome.assert_clean).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fuzz_helpers import invoke

from triggerpoint.errors import InputError, StorageError
from triggerpoint.inputs import loads_json, shown, terminal_safe, write_private
from unprivileged import PROGRAM, unprivileged

DEEP_JSON = "[" * 100_000 + "]" * 100_000
DEEP_YAML = "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 200))


@dataclass(frozen=True)
class Case:
    """A command built in a folder (with the journal URL and the answers file), its exit code
    and words the message must hold."""

    name: str
    args: Callable[[Path, str, Path], list[str]]
    code: int
    says: str
    stdin: str | None = None


def _file(folder: Path, name: str, text: str | bytes) -> str:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def _answers_with(folder: Path, answers: Path, value: object) -> str:
    data: dict[str, object] = dict.fromkeys(_question_ids(answers), "no")
    data[next(iter(data))] = value
    return _file(folder, "answers.json", json.dumps(data))


def _question_ids(answers: Path) -> list[str]:
    import yaml

    return list(yaml.safe_load(answers.read_text(encoding="utf-8")))


def _export(text_of_number: str) -> str:
    """A one-profile export whose session step lasts ``text_of_number`` seconds."""
    return (
        '{"format": "triggerpoint-journal", "version": 1, "profiles": [{"name": "sam", '
        '"created_at": "2026-11-01T08:00:00Z", "pain_entries": [], "checkins": [], '
        '"plans": [], "sessions": [{"started_at": "2026-11-02T08:00:00Z", '
        '"ended_at": "2026-11-02T08:10:00Z", "pain_before": 5, "pain_after": 3, '
        '"safety_level": "self-care", "stopped_early": false, "plan_id": null, "note": "", '
        '"steps": [{"muscle": "upper-trapezius", "side": "right", "technique": '
        '"sustained-pressure", "tool": "thumb", "duration_s": ' + text_of_number + ", "
        '"pressure": 4, "completed": true}]}]}]}'
    )


CASES = [
    # Deeply nested documents: a clear error, never RecursionError.
    Case(
        "deep JSON import",
        lambda f, db, a: ["import", _file(f, "e.json", DEEP_JSON), "--db", db],
        2,
        "deep",
    ),
    Case(
        "deep YAML answers",
        lambda f, db, a: ["find", "sore neck", "--answers", _file(f, "a.yaml", DEEP_YAML)],
        2,
        "deep",
    ),
    Case(
        "deep JSON answers",
        lambda f, db, a: ["find", "sore neck", "--answers", _file(f, "a.json", DEEP_JSON)],
        2,
        "deep",
    ),
    Case(
        "deep JSON plan file",
        lambda f, db, a: [
            "session",
            "--plan",
            _file(f, "p.json", DEEP_JSON),
            "--answers",
            str(a),
            "--db",
            db,
        ],
        2,
        "deep",
    ),
    # --answers values that are lists or objects.
    Case(
        "answer is a list",
        lambda f, db, a: ["find", "sore neck", "--answers", _answers_with(f, a, ["yes"])],
        2,
        "yes or no",
    ),
    Case(
        "answer is an object",
        lambda f, db, a: ["find", "sore neck", "--answers", _answers_with(f, a, {"a": 1})],
        2,
        "yes or no",
    ),
    Case(
        "answers key is a list",
        lambda f, db, a: ["find", "sore neck", "--answers", _file(f, "a.yaml", "1: yes\n")],
        2,
        "Unknown question",
    ),
    # --out that cannot be a private file.
    Case(
        "export --out empty",
        lambda f, db, a: ["export", "--out", "", "--db", db],
        2,
        "names no file",
    ),
    Case(
        "export --out folder", lambda f, db, a: ["export", "--out", str(f), "--db", db], 2, "folder"
    ),
    Case(
        "export --out /", lambda f, db, a: ["export", "--out", "/", "--db", db], 2, "names no file"
    ),
    Case(
        "export --out 300 characters",
        lambda f, db, a: ["export", "--out", str(f / ("x" * 300)), "--db", db],
        2,
        "this file system allows",
    ),
    Case(
        "export --out missing folder",
        lambda f, db, a: ["export", "--out", str(f / "no" / "e.json"), "--db", db],
        2,
        "does not exist",
    ),
    Case(
        "report --out folder",
        lambda f, db, a: ["report", "--format", "html", "--out", str(f), "--db", db],
        2,
        "folder",
    ),
    Case(
        "report csv beside a folder",
        lambda f, db, a: [
            "report",
            "--format",
            "csv",
            "--out",
            str(_folder(f / "r-sessions.csv").parent / "r.csv"),
            "--db",
            db,
        ],
        2,
        "folder",
    ),
    Case(
        "backup --out folder", lambda f, db, a: ["backup", "--out", str(f), "--db", db], 2, "folder"
    ),
    Case(
        "backup --out folder --force",
        lambda f, db, a: ["backup", "--out", str(f), "--force", "--db", db],
        2,
        "folder",
    ),
    Case(
        "bodymap --out 300 characters",
        lambda f, db, a: [
            "bodymap",
            "--muscle",
            "upper-trapezius",
            "--out",
            str(f / ("x" * 300 + ".svg")),
        ],
        2,
        "this file system allows",
    ),
    Case(
        "plan --html into a missing folder",
        lambda f, db, a: [
            "plan",
            "upper-trapezius",
            "--answers",
            str(a),
            "--html",
            str(f / "no" / "p.html"),
            "--db",
            db,
        ],
        2,
        "does not exist",
    ),
    Case(
        "session --record is a folder",
        lambda f, db, a: [
            "session",
            "upper-trapezius",
            "--answers",
            str(a),
            "--record",
            str(f),
            "--db",
            db,
        ],
        2,
        "folder",
    ),
    # Time zones, database URLs, profile names, versions, numbers.
    Case(
        "--tz names a folder",
        lambda f, db, a: ["history", "--tz", "America", "--db", db],
        2,
        "Unknown time zone",
    ),
    Case(
        "--tz too long",
        lambda f, db, a: ["history", "--tz", "Europe/" + "x" * 500, "--db", db],
        2,
        "Unknown time zone",
    ),
    Case(
        "plan --tz names a folder",
        lambda f, db, a: [
            "plan",
            "upper-trapezius",
            "--answers",
            str(a),
            "--tz",
            "America",
            "--db",
            db,
        ],
        2,
        "Unknown time zone",
    ),
    Case("--db with NUL", lambda f, db, a: ["history", "--db", db + "\x00x"], 2, "NUL"),
    Case(
        "--db in memory (query)",
        lambda f, db, a: [
            "log",
            "--spot",
            "temple:right=5",
            "--db",
            f"sqlite:///file:{f}/j?mode=memory&cache=shared&uri=true",
        ],
        1,
        "in-memory",
    ),
    Case(
        "--db :memory:",
        lambda f, db, a: ["log", "--spot", "temple=5", "--db", "sqlite:///:memory:"],
        1,
        "in-memory",
    ),
    Case(
        "profile name not UTF-8",
        lambda f, db, a: ["log", "--spot", "temple:right=5", "--profile", "me\udcff", "--db", db],
        2,
        "UTF-8",
    ),
    Case(
        "profile name with an escape",
        lambda f, db, a: ["profile", "add", "mum\x1b[2J", "--db", db],
        2,
        "control characters",
    ),
    Case(
        "profile name 100 KB",
        lambda f, db, a: ["profile", "add", "p" * 100_000, "--db", db],
        2,
        "at most",
    ),
    Case(
        "import duration 10^30",
        lambda f, db, a: ["import", _file(f, "e.json", _export("1" + "0" * 30)), "--db", db],
        2,
        "too large",
    ),
    Case(
        "import duration 1e999",
        lambda f, db, a: ["import", _file(f, "e.json", _export("1e999")), "--db", db],
        2,
        "too large",
    ),
    Case(
        "import NaN",
        lambda f, db, a: ["import", _file(f, "e.json", _export("NaN")), "--db", db],
        2,
        "NaN",
    ),
    Case(
        "import Infinity",
        lambda f, db, a: ["import", _file(f, "e.json", _export("-Infinity")), "--db", db],
        2,
        "Infinity",
    ),
    Case(
        "import 5,000 digits",
        lambda f, db, a: ["import", _file(f, "e.json", _export("9" * 5_000)), "--db", db],
        2,
        "too large",
    ),
    # Lengths: refused fast, not ground through the finder.
    Case("find 100 KB word", lambda f, db, a: ["find", "x" * 1_990 + " neck"], 2, "word"),
    Case("find 100 KB argument", lambda f, db, a: ["find", "neck " * 20_000], 2, "at most"),
    Case("muscle named 100 KB", lambda f, db, a: ["muscle", "m" * 100_000], 2, "at most"),
    Case(
        "log 20,000 spots",
        lambda f, db, a: ["log", *["--spot", "temple=5"] * 20_000, "--db", db],
        2,
        "at most",
    ),
]


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_class_ends_in_a_clear_error(
    case: Case, tmp_path: Path, db: str, answers: Path
) -> None:
    result = invoke(case.args(tmp_path, db, answers), case.stdin).assert_clean()
    assert result.code == case.code, result.err
    assert case.says in result.err, result.err
    assert len(result.err) < 1_500, "errors quote input shortened"


def test_postgresql_without_its_driver_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    import triggerpoint.settings as settings

    monkeypatch.setattr(settings, "_has_psycopg", lambda: False)
    result = invoke(["history", "--db", "postgresql://u@localhost/j"]).assert_clean()
    assert result.code == 1 and "pip install 'triggerpoint[postgres]'" in result.err


def test_a_profile_name_from_the_environment_is_checked_too(
    monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    monkeypatch.setenv("TRIGGERPOINT_PROFILE", "me\udcff")
    result = invoke(["history", "--db", db]).assert_clean()
    assert result.code == 2 and "not valid UTF-8" in result.err


def test_a_journal_from_a_newer_version_says_update(tmp_path: Path, db: str) -> None:
    assert invoke(["log", "--spot", "temple:right=5", "--db", db]).code == 0
    with sqlite3.connect(tmp_path / "journal.sqlite3") as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
    result = invoke(["history", "--db", db]).assert_clean()
    assert result.code == 1
    assert "newer triggerpoint" in result.err and "'0099'" in result.err
    assert "Update triggerpoint" in result.err


def test_backup_refuses_a_corrupt_journal_and_writes_nothing(tmp_path: Path, db: str) -> None:
    for n in range(12):
        assert (
            invoke(
                [
                    "log",
                    "--spot",
                    "temple:right=5",
                    "--note",
                    "n" * 4_000,
                    "--at",
                    f"2026-11-01T{n:02d}:00",
                    "--db",
                    db,
                ]
            ).code
            == 0
        )
    assert invoke(["history", "--db", db]).code == 0  # checkpoints the WAL into the file
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'pain_entries'"
        ).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start : start + page] = b"\xff" * page  # the table's root page: garbage
    path.write_bytes(bytes(data))
    out = tmp_path / "copy.sqlite3"
    result = invoke(["backup", "--out", str(out), "--db", db]).assert_clean()
    assert result.code == 1 and "damaged" in result.err
    assert not out.exists() and not list(tmp_path.glob(".triggerpoint-*"))


def test_stored_markup_and_escapes_never_break_a_later_view(db: str) -> None:
    note = "[/] [bold]x[/bold] [link=http://e.org]y \x1b]0;owned\x07 \x1b[2J \x9b31m end"
    assert invoke(["log", "--spot", "temple:right=5", "--note", note, "--db", db]).code == 0
    assert invoke(["checkin", "--med", "[/]ibu\x1b[31m", "--note", "[/]", "--db", db]).code == 0
    for args in (["history"], ["progress"], ["history", "--days", "1"]):
        result = invoke([*args, "--db", db]).assert_clean()
        assert result.code == 0, result.err
        assert "\x1b" not in result.out and "\x9b" not in result.out and "\x07" not in result.out
    shown_history = invoke(["history", "--db", db]).out
    assert "[/]" in shown_history and "\\x1b" in shown_history  # shown as written, escaped
    assert "[/]ibu" in invoke(["progress", "--db", db]).out


def test_find_shows_markup_in_what_was_typed_as_text(template_journal: Path) -> None:
    result = invoke(["find", "[/] pain in my right temple [bold]zzqx[/bold]"]).assert_clean()
    assert result.code in (0, 2) and "Traceback" not in result.err


def test_a_batch_goes_on_past_deep_huge_and_broken_lines(
    tmp_path: Path, template_journal: Path
) -> None:
    lines = [
        '{"id": 1, "text": "pain in my right temple"}',
        "[" * 30_000,
        '{"id": 3, "regions": [' + ",".join(['"temple"'] * 20_000) + "]}",
        '{"id": 4, "text": "' + " ".join(["w" * 200] * 8) + '"}',
        '{"id": 5, "text": NaN}',
        "\x1b[31m not json",
        '{"id": 7, "text": "ache in my lower back"}',
    ]
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke(["find", "--batch", str(batch)]).assert_clean(time_limit_s=4.0)
    answers = [json.loads(line) for line in result.out.splitlines()]
    assert [a.get("id") for a in answers] == [1, None, None, 4, None, None, 7]
    assert "error" not in answers[0] and "error" not in answers[-1]
    assert all("error" in a for a in answers[1:-1])
    assert "deep" in answers[1]["error"] and "bytes" in answers[2]["error"]
    assert "word" in answers[3]["error"]
    assert "NaN" in answers[4]["error"]
    assert all(len(a["error"]) < 600 for a in answers[1:-1])


def test_output_files_are_private_and_never_replace_links(
    tmp_path: Path, db: str, answers: Path
) -> None:
    files = {name: tmp_path / name for name in ("p.json", "p.ics", "p.html", "r.json")}
    made = invoke(
        [
            "plan",
            "upper-trapezius",
            "--days",
            "2",
            "--answers",
            str(answers),
            "--out-json",
            str(files["p.json"]),
            "--ics",
            str(files["p.ics"]),
            "--html",
            str(files["p.html"]),
            "--db",
            db,
        ]
    ).assert_clean()
    assert made.code == 0, made.err
    walked = invoke(
        [
            "session",
            "upper-trapezius",
            "--speed",
            "1000",
            "--answers",
            str(answers),
            "--record",
            str(files["r.json"]),
            "--db",
            db,
        ],
        stdin="6\n\n\n\n3\n",
    ).assert_clean()
    assert walked.code == 0, walked.err
    for path in files.values():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for out in (link, fifo):
        result = invoke(["export", "--out", str(out), "--db", db]).assert_clean()
        assert result.code == 2 and ("symbolic link" in result.err or "FIFO" in result.err)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "keep me"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_json_out_is_standard_json(db: str) -> None:
    assert invoke(["log", "--spot", "temple:right=5", "--db", db]).code == 0
    for args in (
        ["history", "--json"],
        ["progress", "--json"],
        ["export"],
        ["find", "right temple", "--json"],
    ):
        result = invoke([*args, "--db", db] if args[0] != "find" else args).assert_clean()
        json.loads(result.out, parse_constant=_refuse)


def _refuse(name: str) -> object:
    raise AssertionError(f"non-standard JSON constant {name}")


# The checks themselves, directly.


def test_shown_shortens_and_makes_controls_visible() -> None:
    quoted = shown("a\x1b[31m" + "b" * 200)
    assert quoted.startswith("'a\\x1b[31m") and "… (206 characters)" in quoted
    assert "\x1b" not in quoted and len(quoted) < 120
    assert terminal_safe("tab\tnew\nline\x9b\x07") == "tab\tnew\nline\\x9b\\x07"


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", '{"a": -Infinity}', "[1e400]"])
def test_strict_json_in_refuses_nan_and_infinity(text: str) -> None:
    with pytest.raises(InputError, match="not a number triggerpoint can store"):
        loads_json(text, "The document")


def test_write_private_replaces_a_regular_file_only_and_leaves_no_partial(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    write_private(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(InputError, match="already exists"):
        write_private(path, b"x", replace=False)
    with pytest.raises(InputError, match="a device"):
        write_private(Path("/dev/null"), b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(InputError, match="not writable"):
            write_private(folder / "a.txt", b"x")
    finally:
        folder.chmod(0o700)


def test_storage_error_is_kept_for_failures_of_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError, match="No space left"):
        write_private(tmp_path / "a.txt", b"x")
    assert list(tmp_path.iterdir()) == []


# -- read-only journals (docs/hardening.md, "The journal") --------------------------------------


def test_a_journal_that_turns_read_only_while_open_refuses_plainly(tmp_path: Path, db: str) -> None:
    """SQLite's own 'attempt to write a readonly database' (here from PRAGMA query_only, which
    stops root too) becomes ReadOnlyJournal saying nothing was changed, not a raw driver error."""
    from datetime import UTC, datetime

    from sqlalchemy import event

    from triggerpoint.errors import ReadOnlyJournal
    from triggerpoint.records import PainEntry, PainSpot
    from triggerpoint.storage import Journal

    with Journal.open(db) as journal:
        journal.engine.dispose()
        event.listen(journal.engine, "connect",
                     lambda raw, _record: raw.execute("PRAGMA query_only = ON"))
        entry = PainEntry(at=datetime.now(UTC), spots=[PainSpot(region="temple", side="right",
                                                                 intensity=5)])
        with pytest.raises(ReadOnlyJournal, match="cannot be written.*Nothing was changed"):
            journal.add_pain_entry(profile="me", entry=entry)
        assert journal.pain_entries(profile="me") == []  # reads still work


@pytest.mark.parametrize("mode", [0o444, 0o644])
def test_a_read_only_journal_file_reads_and_refuses_a_log(
    template_journal: Path, mode: int
) -> None:
    import subprocess
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="triggerpoint-ro-"))
    try:
        folder.chmod(0o755)
        (folder / "home").mkdir(mode=0o777)
        (folder / "home").chmod(0o777)
        path = folder / "journal.sqlite3"
        path.write_bytes(template_journal.read_bytes())
        path.chmod(mode)
        env = {**os.environ, "TRIGGERPOINT_CACHE_DIR": str(folder / "home"),
               "XDG_CACHE_HOME": str(folder / "home"), "XDG_DATA_HOME": str(folder / "home")}
        program = [*unprivileged(), str(PROGRAM)]

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*program, *args, "--db", f"sqlite:///{path}"], env=env,
                                  capture_output=True, text=True, timeout=60, check=False)

        before = path.read_bytes()
        read = run("history", "--json")
        assert read.returncode == 0, read.stderr
        write = run("log", "--spot", "temple:right=5")
        assert write.returncode == 1 and "Traceback" not in write.stderr
        assert "is read-only for you" in write.stderr and f"mode {mode:04o}" in write.stderr
        assert path.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["home", "journal.sqlite3"]
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


# -- web request bounds (web/limits.py) ---------------------------------------------------------

WEB_OVERSIZED = [
    ("GET", "/where?text=" + "a" * 20_000, {}, b"", 414),
    ("GET", "/api/find?" + "r=a&" * 1_000, {}, b"", 400),
    ("POST", "/api/journal/entries", {"content-type": "application/json"}, b"[" * 300_000, 413),
    ("POST", "/api/profiles", {"content-type": "application/json"},
     json.dumps({"name": "x" * 300_000}).encode(), 413),
    ("POST", "/journal/log", {"content-type": "application/x-www-form-urlencoded"},
     b"q=a&" * 1_000, 400),
    ("POST", "/journal/checkin", {"content-type": "multipart/form-data; boundary=b"},
     b"--b\r\nContent-Disposition: form-data; name=\"n\"\r\n\r\n1\r\n" * 600 + b"--b--\r\n", 400),
    ("POST", "/api/journal/import", {"content-length": "99999999999"}, b"", 413),
    ("POST", "/api/sessions", {"content-length": "12x"}, b"", 400),
]


@pytest.fixture(scope="module")
def web_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    import warnings

    from starlette.exceptions import StarletteDeprecationWarning

    from triggerpoint.services import AppContext
    from triggerpoint.web.app import create_app

    with warnings.catch_warnings():  # Starlette 1.x prefers httpx2; the installed httpx works
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

    db = tmp_path_factory.mktemp("web") / "j.sqlite3"
    with AppContext.create(db=f"sqlite:///{db}").session() as ctx, \
            TestClient(create_app(ctx), base_url="http://127.0.0.1") as client:
        yield client


@pytest.mark.parametrize("method, target, headers, body, status", WEB_OVERSIZED,
                         ids=[f"{m} {t[:30]} {s}" for m, t, _, _, s in WEB_OVERSIZED])
def test_web_requests_over_a_bound_get_a_plain_4xx(
    web_client: Any, method: str, target: str, headers: dict[str, str], body: bytes, status: int
) -> None:
    import time

    started = time.perf_counter()
    response = web_client.request(method, target, headers=headers, content=body)
    assert time.perf_counter() - started < 2
    assert response.status_code == status, response.text[:300]
    text = response.json()["error"] if "/api/" in target else response.text
    assert "at most" in text or "whole number" in text
    assert "Traceback" not in response.text
