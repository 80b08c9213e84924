"""A journal this user may only read: reads work, every write says plainly why it cannot be done
and changes nothing, and the web app answers 403 with the same words.

Real files and real permissions: the installed ``triggerpoint`` runs as an unprivileged user
(``nobody``, via ``setpriv``) on a journal owned by root, because root's writes ignore file modes.
Run by an ordinary user the tests chmod their own files instead, which stops that user's writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from alembic import command

from triage_helpers import answers_file
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.records import PainEntry, PainSpot
from triggerpoint.storage import Journal
from triggerpoint.storage.engine import make_engine
from triggerpoint.storage.migrate import alembic_config
from unprivileged import PROGRAM, unprivileged

ADDRESS = re.compile(r"running at (http://127\.0\.0\.1:\d+)/")


@dataclass
class Sandbox:
    """A folder every user can enter, with a private-looking cache and home for the CLI."""

    root: Path
    env: dict[str, str]
    answers: Path

    def run(self, *args: str, db: Path, stdin: str = "",
            as_me: bool = False) -> subprocess.CompletedProcess[str]:
        """The installed CLI as the unprivileged user (or ``as_me``), on the journal at ``db``."""
        who = [] if as_me else unprivileged()
        return subprocess.run(
            [*who, str(PROGRAM), *args, "--db", f"sqlite:///{db}"],
            input=stdin, capture_output=True, text=True, env=self.env, timeout=120,
            check=False, cwd=self.root,
        )


@pytest.fixture(scope="module")
def sandbox(kb: KnowledgeBase) -> Iterator[Sandbox]:
    unprivileged()  # skip early, with the reason, where no user can be switched to
    root = Path(tempfile.mkdtemp(prefix="triggerpoint-readonly-"))
    root.chmod(0o755)
    home = root / "home"
    home.mkdir(mode=0o777)
    home.chmod(0o777)  # the unprivileged user's cache, config and output files
    answers = answers_file(kb, root)
    answers.chmod(0o644)
    env = {**os.environ, "HOME": str(home), "TRIGGERPOINT_CACHE_DIR": str(home / "cache"),
           "XDG_DATA_HOME": str(home), "XDG_CACHE_HOME": str(home),
           "XDG_CONFIG_HOME": str(home), "XDG_STATE_HOME": str(home),
           "TRIGGERPOINT_DATABASE_URL": f"sqlite:///{home}/unused.sqlite3",
           "PYTHONUNBUFFERED": "1"}
    yield Sandbox(root, env, answers)
    shutil.rmtree(root, ignore_errors=True)


def folder_of(sandbox: Sandbox, name: str) -> Path:
    """A new folder owned by this user that others may enter but not write."""
    folder = sandbox.root / name
    folder.mkdir()
    folder.chmod(0o755)
    return folder


def seeded_journal(path: Path) -> None:
    """A journal with one pain entry, owned by the user running the tests."""
    with Journal.open(f"sqlite:///{path}") as journal:
        journal.add_pain_entry(profile="me", entry=PainEntry(
            at=datetime.now(UTC) - timedelta(hours=1), note="read me",
            spots=[PainSpot(region="temple", side="right", intensity=6)]))


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in the folder with a hash of its bytes: what 'nothing changed' means."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("Error: Cannot "), result.stderr
    for word in ("Nothing was changed", "--db", *words):
        assert word in " ".join(result.stderr.split()), (word, result.stderr)


@pytest.fixture
def read_only_file(sandbox: Sandbox, request: pytest.FixtureRequest) -> Path:
    """A journal file with mode 0444 in a folder only its owner may write."""
    folder = folder_of(sandbox, request.node.name.replace("[", "-").replace("]", ""))
    db = folder / "journal.sqlite3"
    seeded_journal(db)
    db.chmod(0o444)
    return db


READS = [
    ("history", "--json"),
    ("progress", "--json"),
    ("export",),
    ("profile", "list", "--json"),
]


@pytest.mark.parametrize("args", READS, ids=[a[0] for a in READS])
def test_reads_work_on_a_read_only_journal_and_leave_no_file_behind(
    sandbox: Sandbox, read_only_file: Path, args: tuple[str, ...]
) -> None:
    before = fingerprint(read_only_file.parent)
    result = sandbox.run(*args, db=read_only_file)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    if args[0] in ("history", "export"):
        assert "read me" in result.stdout, data
    assert fingerprint(read_only_file.parent) == before  # no -wal, no -shm, not a byte changed


def test_a_report_and_a_backup_of_a_read_only_journal_are_written_elsewhere(
    sandbox: Sandbox, read_only_file: Path
) -> None:
    out = sandbox.root / "home" / f"report-{read_only_file.parent.name}.csv"
    result = sandbox.run("report", "--format", "csv", "--out", str(out), db=read_only_file)
    assert result.returncode == 0, result.stderr
    assert "temple" in out.read_text().lower()
    copy = out.with_suffix(".sqlite3")
    backup = sandbox.run("backup", "--out", str(copy), db=read_only_file)
    assert backup.returncode == 0, backup.stderr
    with Journal.open(f"sqlite:///{copy}") as restored:
        assert [e.note for e in restored.pain_entries(profile="me")] == ["read me"]


def test_every_write_is_refused_plainly_and_changes_nothing(
    sandbox: Sandbox, read_only_file: Path, tmp_path: Path
) -> None:
    export = tmp_path / "export.json"
    with Journal.open(f"sqlite:///{tmp_path / 'other.sqlite3'}") as other:
        other.add_profile("sam")
    dumped = sandbox.run("export", "--out", str(export), db=tmp_path / "other.sqlite3",
                         as_me=True)
    assert dumped.returncode == 0, dumped.stderr
    export = Path(shutil.copy(export, sandbox.root / "export.json"))
    export.chmod(0o644)
    answers = str(sandbox.answers)
    writes = [
        ("log", "right temple", "5"),
        ("checkin", "--sleep", "6"),
        ("profile", "add", "bob"),
        ("import", str(export)),
        ("plan", "upper trapezius", "--days", "2", "--answers", answers, "--save"),
        ("session", "upper trapezius", "--speed", "1000", "--answers", answers),
    ]
    owner = read_only_file.owner()
    before = fingerprint(read_only_file.parent)
    for args in writes:
        result = sandbox.run(*args, db=read_only_file, stdin="6\n\n\n\n3\n")
        assert_refused(result, f"{read_only_file} is read-only for you",
                       f"(owner {owner}, mode 0444)", f"chmod u+w {read_only_file}")
        assert fingerprint(read_only_file.parent) == before, args
    shown = sandbox.run("history", "--json", db=read_only_file)
    assert [e["note"] for e in json.loads(shown.stdout)["pain_entries"]] == ["read me"]


def test_a_writable_file_in_a_read_only_folder_names_the_folder(sandbox: Sandbox) -> None:
    folder = folder_of(sandbox, "folder-read-only")
    db = folder / "journal.sqlite3"
    seeded_journal(db)
    db.chmod(0o666)  # the file itself may be written; SQLite's -wal and -shm may not be made
    before = fingerprint(folder)
    assert sandbox.run("history", "--json", db=db).returncode == 0
    result = sandbox.run("log", "right temple", "5", db=db)
    assert_refused(result, f"the folder {folder} is read-only for you",
                   "journal.sqlite3-wal", f"chmod u+w {folder}")
    assert fingerprint(folder) == before


@pytest.mark.parametrize("args", [("history",), ("log", "right temple", "5")])
def test_the_first_run_in_a_read_only_folder_says_so(
    sandbox: Sandbox, args: tuple[str, ...]
) -> None:
    folder = folder_of(sandbox, f"first-run-{args[0]}")
    db = folder / "journal.sqlite3"
    result = sandbox.run(*args, db=db)
    assert_refused(result, f"Cannot create the journal {db}",
                   f"the folder {folder} is read-only for you")
    assert list(folder.iterdir()) == []


def test_an_old_read_only_journal_says_it_needs_upgrading(sandbox: Sandbox) -> None:
    folder = folder_of(sandbox, "old-schema")
    db = folder / "journal.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
    finally:
        engine.dispose()
    db.chmod(0o444)
    before = fingerprint(folder)
    result = sandbox.run("history", db=db)
    assert_refused(result, "needs upgrading", "'0001'", "read-only for you")
    assert fingerprint(folder) == before


def test_the_web_app_reads_and_answers_a_write_with_403(
    sandbox: Sandbox, read_only_file: Path
) -> None:
    process = subprocess.Popen(
        [*unprivileged(), str(PROGRAM), "serve", "--port", "0", "--db",
         f"sqlite:///{read_only_file}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=sandbox.env,
        cwd=sandbox.root,
    )
    output: list[str] = []
    found = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if ADDRESS.search(line):
                found.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        assert found.wait(60), "".join(output)
        match = ADDRESS.search("".join(output))
        assert match is not None
        base = match.group(1)
        for _ in range(300):  # the address is printed just before the server listens
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        page = httpx.get(f"{base}/journal", timeout=30)
        assert page.status_code == 200 and "read me" in page.text
        api = httpx.post(f"{base}/api/journal/entries", json={"spots": ["temple:right=5"]},
                         timeout=30)
        assert api.status_code == 403, api.text
        assert "read-only for you" in api.json()["error"]
        assert "Nothing was changed" in api.json()["error"]
        form = httpx.post(f"{base}/journal/log", data={"r": "temple:right",
                                                       "n.temple:right": "5"}, timeout=30)
        assert form.status_code == 403 and "text/html" in form.headers["content-type"]
        assert "read-only for you" in form.text and "Traceback" not in form.text
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
    assert "Traceback" not in "".join(output)
    entries = Journal.open(f"sqlite:///{read_only_file}")
    try:
        assert len(entries.pain_entries(profile="me")) == 1
    finally:
        entries.close()
