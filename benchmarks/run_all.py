"""Every start-up and latency benchmark in one table: whole-process commands against bare
Python, and in-process medians and p99.

Usage: python benchmarks/run_all.py [--rounds N] [--cold-rounds N] [--quick] [--no-bytecode]

Whole-process figures are medians of N runs (default 11; 3 for the cold ones) with the runs
of every command interleaved with runs of ``python -c pass`` of the same interpreter, so a
busy machine slows the reference as much as the command: read the ratios, not the
milliseconds. Each row gives the wall-clock median and its ratio to bare Python's, and the
same for CPU time (user + system of the child), which varies less when other programs share
the cores.

- ``find --json`` warm: the lean path (cli/lean.py) and the full Typer path
  (``TRIGGERPOINT_LEAN=0``), with the knowledge-base cache filled;
- ``find --json`` cold: the same with an empty cache (a fresh ``TRIGGERPOINT_CACHE_DIR`` for
  every run). The lean path then reads the find snapshot shipped in the package
  (knowledge/snapshot.py) when it is current; "no packaged snapshot" is the lean path of a copy
  without a current one (an edited checkout): the knowledge base is read and validated, the
  safety index and the finder's parts built, as the full path does;
- ``muscle --json`` on both paths; ``screen --json``, ``log`` on both paths (into a throw-away
  journal, which the first run creates: the lean path then takes every timed run) and ``--help``;
- ``python -c "import numpy"``: what an array formulation of the ranking would add to every
  start;
- safety start-up: importing the gate and loading its concept index, in a fresh process;
- in-process (one process, warm): parse, screen, rank and the whole consultation, median and
  p99 over the development vignettes (``../shared/eval``) or, without them, the safety suite.

The processes run as an installed copy does, with compiled bytecode: this checkout's sources
have no ``__pycache__`` when ``PYTHONDONTWRITEBYTECODE`` is set, so the runs use a throw-away
``PYTHONPYCACHEPREFIX`` (filled by a first run) instead; ``--no-bytecode`` measures without it,
every module of the package compiled from source at every start.

Targets (issue 12): find --json at most 10x bare Python warm and 20x cold; log at most 20x;
a consultation's in-process median at most 0.5 ms.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
TEXT = "right temple and behind my right eye"
BIN = Path(sys.executable).parent
EXE = shutil.which("triggerpoint", path=str(BIN)) or str(BIN / "triggerpoint")

#: The lean path of `find --json`, stage by stage, in a fresh process (CPU time).
LEAN_STAGES = """
import sys, time
clock = time.process_time
marks = [clock()]
import pydantic.main
from triggerpoint.atlas import Atlas
from triggerpoint.knowledge import KnowledgeBase
marks.append(clock())
import triggerpoint.finder
marks.append(clock())
import triggerpoint.safety
from triggerpoint.services.consult import consult
marks.append(clock())
from triggerpoint.knowledge import snapshot
snapshot._key(snapshot._inputs())
marks.append(clock())
kb = snapshot.find_knowledge()
marks.append(clock())
found = consult(kb, text=sys.argv[1], top=5)
marks.append(clock())
import json
json.dumps(found.to_json(), indent=2, ensure_ascii=False)
marks.append(clock())
print(" ".join(str(b - a) for a, b in zip(marks, marks[1:])))
"""
LEAN_STAGE_NAMES = (
    "import pydantic, the atlas and the knowledge models",
    "import the finder",
    "import the safety gate and the consult use case",
    "list and key the snapshot's inputs (stat data, hash sources)",
    "load the find snapshot (key again, unpickle, hand over)",
    "first consultation",
    "JSON",
)

#: The console script, with the packaged find snapshot out of reach.
NO_PACKAGED = """
import sys
from pathlib import Path
from triggerpoint.knowledge import snapshot
snapshot.PACKAGED = Path("/nonexistent/find-snapshot.pickle")
from triggerpoint.cli.app import main
sys.argv = ["triggerpoint", *sys.argv[1:]]
main()
"""

SAFETY_START = """
import time
start = time.perf_counter()
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import screen
imported = time.perf_counter()
kb = KnowledgeBase.load()
loaded = time.perf_counter()
from triggerpoint.safety.concepts import concept_index
concept_index(kb)
indexed = time.perf_counter()
screen(kb, text="sore neck")
done = time.perf_counter()
print(imported - start, loaded - imported, indexed - loaded, done - indexed)
"""


@dataclass
class Row:
    name: str
    wall_ms: float
    cpu_ms: float
    target: float | None = None


def median_of(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed_process(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float, int, bytes]:
    """(wall ms, CPU ms, exit code, stderr) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000, done.returncode, done.stderr


@dataclass
class Command:
    name: str
    argv: list[str]
    env: dict[str, str]
    rounds: int
    target: float | None = None
    fresh_cache: bool = False
    codes: tuple[int, ...] = (0,)


def measure(commands: Sequence[Command], base_env: dict[str, str]) -> tuple[Row, list[Row]]:
    """Bare Python and every command, interleaved round by round."""
    bare_argv = [sys.executable, "-c", "pass"]
    walls: dict[str, list[float]] = {c.name: [] for c in commands}
    cpus: dict[str, list[float]] = {c.name: [] for c in commands}
    bare_wall: list[float] = []
    bare_cpu: list[float] = []
    for round_ in range(max(c.rounds for c in commands)):
        wall, cpu, _, _ = timed_process(bare_argv, base_env)
        bare_wall.append(wall)
        bare_cpu.append(cpu)
        for command in commands:
            if round_ >= command.rounds:
                continue
            env = {**base_env, **command.env}
            with tempfile.TemporaryDirectory(prefix="tp-bench-cache-") as empty:
                if command.fresh_cache:
                    env["TRIGGERPOINT_CACHE_DIR"] = empty
                wall, cpu, code, err = timed_process(command.argv, env)
            if code not in command.codes:
                raise SystemExit(f"{command.name}: exit code {code}\n{err.decode()[-2000:]}")
            walls[command.name].append(wall)
            cpus[command.name].append(cpu)
    bare = Row("python -c pass", median_of(bare_wall), median_of(bare_cpu))
    return bare, [
        Row(c.name, median_of(walls[c.name]), median_of(cpus[c.name]), c.target) for c in commands
    ]


def in_process(texts: list[str]) -> list[tuple[str, float, float]]:
    """(name, median ms, p99 ms) of each stage of a consultation, one warm process."""
    from triggerpoint.finder import build_query, find
    from triggerpoint.finder.engine import bonus_for, model_for
    from triggerpoint.knowledge import KnowledgeBase
    from triggerpoint.safety import screen
    from triggerpoint.services.consult import consult

    kb = KnowledgeBase.load()
    for text in texts:  # warm: models, lexicons and indexes built once, as in a server
        consult(kb, text=text, top=5)
    queries = {text: build_query(kb, text=text, top=5) for text in texts}
    model = model_for(kb)

    def rank_only(text: str) -> object:
        query = queries[text]
        weights = model.mark_weight(query.marks)
        return model.rank(query, weights, bonus_for(query, kb, weights, text))

    stages: list[tuple[str, Callable[[str], object]]] = [
        ("parse (build_query)", lambda t: build_query(kb, text=t, top=5)),
        ("safety screen", lambda t: screen(kb, text=t)),
        ("MuscleModel.rank alone (parsed query, weights, bonus)", rank_only),
        ("find: rank, explain, combine (parsed query)", lambda t: find(queries[t], kb, text=t)),
        ("consult (parse + screen + rank)", lambda t: consult(kb, text=t, top=5)),
    ]
    found = []
    for name, stage in stages:
        times = []
        for _ in range(5):
            for text in texts:
                start = time.perf_counter()
                stage(text)
                times.append((time.perf_counter() - start) * 1000)
        found.append((name, statistics.median(times), percentile(times, 0.99)))
    return found


def safety_start(env: dict[str, str], rounds: int) -> list[tuple[str, float]]:
    """Medians of the safety gate's start-up stages in a fresh process (warm cache)."""
    runs = []
    for _ in range(rounds):
        done = subprocess.run(
            [sys.executable, "-c", SAFETY_START],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs.append([float(x) * 1000 for x in done.stdout.split()])
    names = (
        "import knowledge + safety",
        "load the knowledge base",
        "load the concept index",
        "first screen",
    )
    return [(name, statistics.median(r[i] for r in runs)) for i, name in enumerate(names)]


def lean_stages(env: dict[str, str], rounds: int) -> list[tuple[str, float]]:
    """Median CPU ms of each stage of the lean `find --json` in a fresh process."""
    runs = []
    for _ in range(rounds):
        done = subprocess.run(
            [sys.executable, "-c", LEAN_STAGES, TEXT],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs.append([float(x) * 1000 for x in done.stdout.split()])
    return [
        (name, statistics.median(r[i] for r in runs)) for i, name in enumerate(LEAN_STAGE_NAMES)
    ]


def texts_for_in_process() -> list[str]:
    files = [SHARED / "dev-vignettes.jsonl", SHARED / "dev-vignettes-styles.jsonl"]
    if not all(f.exists() for f in files):
        files = sorted((ROOT / "tests" / "safety" / "suite").glob("*.jsonl"))
    return [
        json.loads(line)["text"]
        for f in files
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def main(argv: list[str]) -> None:
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 11
    cold = int(argv[argv.index("--cold-rounds") + 1]) if "--cold-rounds" in argv else 3
    if "--quick" in argv:
        rounds, cold = 5, 1
    work = Path(tempfile.mkdtemp(prefix="tp-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("TRIGGERPOINT_")}
    env["TRIGGERPOINT_CACHE_DIR"] = str(work / "cache")
    bytecode = "--no-bytecode" not in argv
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    journal = f"sqlite:///{work / 'journal.sqlite3'}"
    find = [EXE, "find", TEXT, "--json"]
    full = {"TRIGGERPOINT_LEAN": "0"}
    muscle = [EXE, "muscle", "upper trapezius", "--json"]
    commands = [
        Command("find --json, warm (lean path)", find, {}, rounds, 10),
        Command("find --json, warm (full path)", find, full, rounds),
        Command("find --json, cold (lean path)", find, {}, cold, 20, fresh_cache=True),
        Command(
            "find --json, cold, no packaged snapshot (lean path)",
            [sys.executable, "-c", NO_PACKAGED, *find[1:]],
            {},
            cold,
            fresh_cache=True,
            codes=(0, 2),
        ),
        Command("find --json, cold (full path)", find, full, cold, fresh_cache=True),
        Command(
            "screen --json --no-ask", [EXE, "screen", "sore neck", "--json", "--no-ask"], {}, rounds
        ),
        Command("muscle --json (lean path)", muscle, {}, rounds),
        Command("muscle --json (full path)", muscle, full, rounds),
        Command(
            "log (SQLite journal, lean path)",
            [EXE, "log", "--spot", "temple:right=5", "--db", journal],
            {},
            rounds,
            20,
        ),
        Command(
            "log (SQLite journal, full path)",
            [EXE, "log", "--spot", "temple:right=5", "--db", journal],
            full,
            rounds,
        ),
        Command("--help", [EXE, "--help"], {}, rounds),
        Command('python -c "import numpy"', [sys.executable, "-c", "import numpy"], {}, rounds),
    ]
    try:
        for command in commands:  # fills the caches (knowledge base, bytecode, journal)
            subprocess.run(
                command.argv, capture_output=True, env={**env, **command.env}, check=False
            )
        bare, rows = measure(commands, env)
        start = safety_start(env, max(3, rounds // 2))
        lean = lean_stages(env, max(3, rounds // 2))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    stages = in_process(texts_for_in_process())

    print(
        f"triggerpoint benchmarks: Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
        f"{rounds} rounds ({cold} cold), bytecode {'cached' if bytecode else 'not cached'}, "
        f"load average {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M')}"
    )
    print()
    print("| whole process | wall ms | x bare | CPU ms | x bare | target |")
    print("|---|---:|---:|---:|---:|---|")
    print(f"| {bare.name} | {bare.wall_ms:.1f} | 1.0 | {bare.cpu_ms:.1f} | 1.0 | |")
    for row in rows:
        ratio = row.wall_ms / bare.wall_ms
        target = (
            ""
            if row.target is None
            else (f"<= {row.target:g}x: {'met' if ratio <= row.target else 'not met'}")
        )
        print(
            f"| {row.name} | {row.wall_ms:.0f} | {ratio:.1f} | {row.cpu_ms:.0f} | "
            f"{row.cpu_ms / bare.cpu_ms:.1f} | {target} |"
        )
    print()
    print("| safety start-up, fresh process (warm cache) | wall ms | x bare (wall) |")
    print("|---|---:|---:|")
    for name, ms in start:
        print(f"| {name} | {ms:.1f} | {ms / bare.wall_ms:.1f} |")
    print()
    print("| lean `find --json`, stage by stage, fresh process | CPU ms | x bare (CPU) |")
    print("|---|---:|---:|")
    for name, ms in lean:
        print(f"| {name} | {ms:.1f} | {ms / bare.cpu_ms:.1f} |")
    print()
    print("| in-process, warm | median ms | p99 ms |")
    print("|---|---:|---:|")
    for name, median, p99 in stages:
        print(f"| {name} | {median:.3f} | {p99:.3f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
