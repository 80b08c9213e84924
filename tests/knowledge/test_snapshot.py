"""The find snapshot (knowledge/snapshot.py): built, stored and read back by real processes, the
packaged one used only when its fingerprint matches, anything unreadable rebuilt, and the
packaged file kept current.

The snapshot hands its objects to process-wide caches, so every case runs in a fresh process
with its own cache folder; the parent only compares what they print.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.knowledge import snapshot as snapshot_module
from triggerpoint.knowledge.snapshot import NAME, PACKAGED, check, find_knowledge, fingerprint
from triggerpoint.services.consult import consult

TEXT = "right temple and behind my right eye, dizzy since this morning"

#: Loads the knowledge base for find in a fresh process and reports where it came from.
#: argv: packaged snapshot path, "build-ok" or "no-build".
SCRIPT = """
import json, sys
from triggerpoint.knowledge import snapshot
snapshot.PACKAGED = __import__("pathlib").Path(sys.argv[1])
built = []
real_build = snapshot.build
def build():
    if sys.argv[2] == "no-build":
        raise AssertionError("built although a snapshot was expected")
    built.append(1)
    return real_build()
snapshot.build = build
kb = snapshot.find_knowledge()
from triggerpoint.finder import build as finder_build, engine
from triggerpoint.knowledge import KnowledgeBase, cache
from triggerpoint.safety.concepts import concept_index
from triggerpoint.services.consult import consult
# in place before the first consultation, which then builds nothing
installed = [engine._MODELS.get(kb), engine._EXTRAS.get(kb), finder_build._LEXICONS.get(kb)]
same = [KnowledgeBase.load() is kb, None not in installed,
        concept_index(kb) is cache._ADOPTED["safety-index"]]
found = consult(kb, text=sys.argv[3], top=5)
same += [engine.model_for(kb) is installed[0], finder_build.lexicon_for(kb) is installed[2]]
print(json.dumps({"built": bool(built), "same": all(same),
                  "json": json.dumps(found.to_json(), indent=2, ensure_ascii=False)}))
"""


def run(
    cache: Path, packaged: Path, build: str = "build-ok", text: str = TEXT
) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "TRIGGERPOINT_NO_CACHE"}
    env["TRIGGERPOINT_CACHE_DIR"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(packaged), build, text],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def seeded(tmp_path: Path) -> Path:
    """A cache folder holding the session's knowledge-base and safety-index entries (not the
    find snapshot), so that a build in it reads those instead of the YAML: seconds saved."""
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    session = Path(os.environ["TRIGGERPOINT_CACHE_DIR"])
    for entry in [*session.glob("knowledge-base-*.pickle"), *session.glob("safety-index-*")]:
        (cache / entry.name).write_bytes(entry.read_bytes())
    return cache


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{NAME}-*.pickle"))


@pytest.fixture(scope="module")
def expected(kb: KnowledgeBase) -> str:
    """The consultation's JSON as this process (which never read a snapshot) computes it; the
    session's cache folder then holds the knowledge base and the safety index."""
    return json.dumps(consult(kb, text=TEXT, top=5).to_json(), indent=2, ensure_ascii=False)


@pytest.fixture(scope="module")
def built_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot file as ``python -m triggerpoint.knowledge.snapshot`` writes it."""
    target = tmp_path_factory.mktemp("packaged") / "find-snapshot.pickle"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; "
            "from triggerpoint.knowledge.snapshot import write; write(Path(sys.argv[1]))",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return target


def test_a_first_run_builds_and_stores_it_and_the_next_reads_it(
    tmp_path: Path, expected: str
) -> None:
    cache = seeded(tmp_path)
    first = run(cache, tmp_path / "none.pickle")
    assert first["built"] and first["same"] and first["json"] == expected
    [entry] = entries(cache)
    assert entry.stat().st_mode & 0o777 == 0o600
    second = run(cache, tmp_path / "none.pickle", build="no-build")
    assert not second["built"] and second["same"] and second["json"] == expected
    assert entries(cache) == [entry]


def test_the_packaged_snapshot_serves_an_empty_cache(
    tmp_path: Path, built_snapshot: Path, expected: str
) -> None:
    cache = tmp_path / "cache"
    result = run(cache, built_snapshot, build="no-build")
    assert not result["built"] and result["same"] and result["json"] == expected
    [entry] = entries(cache)  # copied, so the next start reads the cache
    assert entry.read_bytes() == built_snapshot.read_bytes()


@pytest.mark.parametrize("damage", ["other fingerprint", "corrupt pickle", "not a snapshot"])
def test_a_packaged_snapshot_of_other_inputs_or_damaged_is_not_used(
    tmp_path: Path, built_snapshot: Path, expected: str, damage: str
) -> None:
    data = built_snapshot.read_bytes()
    header, _, body = data.partition(b"\n")
    if damage == "other fingerprint":
        data = header[:-8] + b"00000000\n" + body
    elif damage == "corrupt pickle":
        data = header + b"\n" + body[: len(body) // 2]
    else:
        data = b"hello\n" + body
    packaged = tmp_path / "find-snapshot.pickle"
    packaged.write_bytes(data)
    result = run(seeded(tmp_path), packaged)
    assert result["built"] and result["json"] == expected
    assert check(packaged) is not None


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path: Path, expected: str) -> None:
    cache = seeded(tmp_path)
    run(cache, tmp_path / "none.pickle")
    [entry] = entries(cache)
    entry.write_bytes(entry.read_bytes()[:5000])
    result = run(cache, tmp_path / "none.pickle")
    assert result["built"] and result["json"] == expected
    assert entries(cache) == [entry] and entry.stat().st_size > 5000


def test_the_fingerprint_follows_content_and_the_key_also_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = snapshot_module._inputs()
    assert any(p.endswith("finder/model.py") for p in inputs)
    assert any("knowledge/data/muscles/" in p for p in inputs)
    assert any(p.endswith("safety/data/context.yaml") for p in inputs)
    assert not any(p.endswith(".pickle") for p in inputs)
    original = fingerprint(inputs)
    # a copy of the package elsewhere (another install) has the same fingerprint
    copy = tmp_path / "triggerpoint"
    ignore = shutil.ignore_patterns("__pycache__", "*.pickle")
    for name in ("atlas", "knowledge", "finder", "safety"):
        shutil.copytree(snapshot_module.PACKAGE / name, copy / name, ignore=ignore)
    for name in ("names.py", "yamlio.py", "errors.py"):
        shutil.copy2(snapshot_module.PACKAGE / name, copy / name)
    monkeypatch.setattr(snapshot_module, "PACKAGE", copy)
    copied = snapshot_module._inputs()
    assert len(copied) == len(inputs)
    if fingerprint(copied) != original:  # an engineer's edit landed while copying: try again
        pytest.skip("the package changed while it was copied")
    key = snapshot_module._key(copied)
    words = copy / "finder" / "data" / "words.yaml"
    os.utime(words, ns=(words.stat().st_atime_ns, words.stat().st_mtime_ns + 10**9))
    assert fingerprint(copied) == original  # same content
    assert snapshot_module._key(copied) != key  # a data file's time is in the key
    key = snapshot_module._key(copied)
    words.write_bytes(words.read_bytes() + b"\n# edited\n")
    assert fingerprint(copied) != original
    assert snapshot_module._key(copied) != key
    # a source is keyed by content: an edit that keeps its size and time still changes the key
    key = snapshot_module._key(copied)
    model = copy / "finder" / "model.py"
    stat = model.stat()
    model.write_bytes(model.read_bytes().replace(b"def ", b"def\t", 1))
    os.utime(model, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert model.stat().st_size == stat.st_size
    assert snapshot_module._key(copied) != key


def test_a_process_that_already_loaded_the_knowledge_base_keeps_it(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIGGERPOINT_CACHE_DIR", str(tmp_path))
    assert find_knowledge() is kb is KnowledgeBase.load()
    assert not list(tmp_path.iterdir())


def test_the_command_checks_and_writes(tmp_path: Path) -> None:
    module = [sys.executable, "-m", "triggerpoint.knowledge.snapshot"]
    done = subprocess.run([*module, "--nonsense"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "usage:" in done.stderr
    done = subprocess.run([*module, "--check"], capture_output=True, text=True, check=False)
    current = check() is None
    assert done.returncode == (0 if current else 1), done.stderr
    if not current:
        assert "run python -m triggerpoint.knowledge.snapshot" in done.stderr
    assert PACKAGED.name == "find-snapshot.pickle"
