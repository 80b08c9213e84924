"""`triggerpoint export | import | backup`: lossless round trip, refusals, a readable copy."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from journal_cli_helpers import Run, days_ago

from triggerpoint.storage import Journal


@pytest.fixture
def logged(run: Run) -> None:
    for back in (5, 3, 1):
        assert run("log", "--spot", "temple:right=5", "--quality", "aching",
                   "--at", days_ago(back)).code == 0
    assert run("profile", "add", "anna").code == 0
    assert run("log", "left heel", "3", "--profile", "anna").code == 0
    assert run("checkin", "--sleep", "6", "--med", "ibuprofen").code == 0


@pytest.mark.usefixtures("logged")
def test_export_import_export_is_identical(run: Run, tmp_path: Path) -> None:
    first = run("export")
    assert first.code == 0
    dump = tmp_path / "journal.json"
    assert run("export", "--out", str(dump)).code == 0
    assert dump.read_text(encoding="utf-8") == first.out
    assert dump.stat().st_mode & 0o077 == 0  # private file
    other = f"sqlite:///{tmp_path}/other.sqlite3"
    result = run("import", str(dump), db_url=other)
    assert result.code == 0, result.err
    assert "2 profile(s), 4 pain entries" in result.out
    again = run("export", db_url=other)
    assert json.loads(again.out) == json.loads(first.out)
    assert again.out == first.out


@pytest.mark.usefixtures("logged")
def test_export_one_profile_and_import_it(run: Run, tmp_path: Path) -> None:
    data = run("export", "--profile", "anna").json()
    assert [p["name"] for p in data["profiles"]] == ["anna"]
    dump = tmp_path / "all.json"
    assert run("export", "--out", str(dump)).code == 0
    other = f"sqlite:///{tmp_path}/other.sqlite3"
    assert run("import", str(dump), "--profile", "me", db_url=other).code == 0
    with Journal.open(other) as journal:
        assert [p.name for p in journal.profiles()] == ["me"]


@pytest.mark.usefixtures("logged")
def test_import_refuses_bad_files_and_changes_nothing(run: Run, tmp_path: Path, db: str) -> None:
    before = run("export").out
    files = {
        "newer.json": json.dumps({"format": "triggerpoint-journal", "version": 99,
                                  "profiles": []}),
        "other.json": json.dumps({"hello": "world"}),
        "broken.json": "{not json",
        "list.json": "[]",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in [*files, "missing.json"]:
        result = run("import", str(tmp_path / name))
        assert result.code == 2, (name, result.err)
        assert result.err.startswith("Error: ") and "Traceback" not in result.err
    assert "version 99" in run("import", str(tmp_path / "newer.json")).err
    clash = tmp_path / "same.json"
    clash.write_text(before, encoding="utf-8")
    result = run("import", str(clash))
    assert result.code == 2 and "already has the profile" in result.err
    assert run("export").out == before


@pytest.mark.usefixtures("logged")
def test_backup_is_a_readable_copy(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   ) -> None:
    target = tmp_path / "copy.sqlite3"
    result = run("backup", "--out", str(target))
    assert result.code == 0, result.err
    with sqlite3.connect(target) as connection:
        assert connection.execute("pragma integrity_check").fetchone() == ("ok",)
    with Journal.open(f"sqlite:///{target}") as copy:
        assert len(copy.pain_entries(profile="me")) == 3
    old = tmp_path / "old.sqlite3"
    old.write_bytes(b"an older backup")
    assert run("backup", "--out", str(old)).code == 2  # no silent overwrite
    assert run("backup", "--out", str(old), "--force").code == 0
    assert old.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.chdir(tmp_path)
    result = run("backup")
    assert result.code == 0
    [default] = tmp_path.glob("triggerpoint-backup-*.sqlite3")
    assert default.stat().st_size > 0


def test_backup_of_postgresql_says_pg_dump(run: Run) -> None:
    result = run("backup", db_url="postgresql://someone@localhost/journal")
    assert result.code == 1 and "pg_dump" in result.err
