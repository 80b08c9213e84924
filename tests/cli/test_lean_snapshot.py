"""The lean `find --json` on the find snapshot prints what the full Typer path prints in a process
that never saw a snapshot, byte for byte, over the development sets and the safety suite.

tests/cli/test_lean.py compares the two paths inside one test process, where both use the same
loaded knowledge base; here each runs in its own process: the lean one reads the snapshot from
a cache file (stored by an earlier process), the full one builds everything itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
SETS = [
    *(
        SHARED / name
        for name in ("dev-vignettes.jsonl", "dev-vignettes-styles.jsonl", "safety-dev.jsonl")
    ),
    *sorted((ROOT / "tests" / "safety" / "suite").glob("*.jsonl")),
]

#: Runs `find TEXT --json` for every text of the files in argv on one path; prints one JSON
#: line per text: [exit code, stdout]. LEAN=1: lean.run (the snapshot), else the Typer app.
SCRIPT = """
import contextlib, io, json, os, sys
texts = [json.loads(line)["text"] for name in sys.argv[1:]
         for line in open(name, encoding="utf-8") if line.strip()]
rows = []
if os.environ["LEAN"] == "1":
    from triggerpoint.cli import lean
    for text in texts:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = lean.run(["find", text, "--json"])
        assert code is not None, text
        rows.append([code, out.getvalue()])
    from triggerpoint.knowledge import cache
    assert "safety-index" in cache._ADOPTED, "the lean process did not read the snapshot"
    # read from the cache, the snapshot holds every table the consultations read: no YAML
    # parsed, and the pure-Python stemmers (the tests' oracle) not imported
    heavy = ("yaml", "snowballstemmer", "typer", "rich")
    unwanted = [] if os.environ.get("FIRST") else [m for m in heavy if m in sys.modules]
    assert not unwanted, f"the lean process imported {unwanted}"
else:
    from typer.testing import CliRunner
    from triggerpoint.cli.app import app
    runner = CliRunner()
    for text in texts:
        result = runner.invoke(app, ["find", text, "--json"])
        rows.append([result.exit_code, result.stdout])
    from triggerpoint.knowledge import cache
    assert not cache._ADOPTED, "the full process read a snapshot"
sys.stdout.write(json.dumps(rows))
"""


def _run(lean: bool, files: list[Path], cache: Path, first: bool = False) -> list[list[object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGGERPOINT_")}
    # One hash seed for both: the safety screen lists a sentence's concepts in the order of a
    # set of index entries (safety/concepts.py, _sentence_mentions), which follows the string
    # hashes, so two full processes with different seeds can list them differently too.
    env.update(LEAN="1" if lean else "0", TRIGGERPOINT_CACHE_DIR=str(cache), PYTHONHASHSEED="0")
    if first:  # the run that stores the snapshot, perhaps after building it
        env["FIRST"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows: list[list[object]] = json.loads(done.stdout)
    return rows


def test_lean_find_on_the_snapshot_matches_a_full_process_over_the_development_sets(
    tmp_path: Path,
) -> None:
    files = [f for f in SETS if f.exists()]  # the shared folder is optional; the suite is not
    assert files
    lean_cache = tmp_path / "lean"
    # the first run stores the snapshot (from the package or a build)
    _run(True, files[:1], lean_cache, first=True)
    assert list(lean_cache.glob("find-snapshot-*.pickle"))
    lean = _run(True, files, lean_cache)
    full = _run(False, files, tmp_path / "full")
    assert len(lean) == len(full) > 100
    for (lean_code, lean_out), (full_code, full_out) in zip(lean, full, strict=True):
        assert (lean_code, lean_out) == (full_code, full_out)
    assert {code for code, _ in lean} <= {0, 2} and 0 in {code for code, _ in lean}
