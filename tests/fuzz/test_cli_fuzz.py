"""Fuzz every command in-process: arguments, options and the files they read, as a careless
user or script would give them.

Each run must end without a traceback or an uncaught exception, with exit code 0-3, within
2 s (fuzz_helpers.Outcome.assert_clean). The examples are derandomized (the same every run, no
example database), so a failure is reproduced by running the test again. The counts per command
are in EXAMPLES; ``test_the_suite_runs_at_least_10000_examples`` keeps their sum honest, and the
number run is reported at the end of the pytest run (conftest.pytest_terminal_summary).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import typer.main
from click.testing import CliRunner
from fuzz_helpers import FUZZ_COUNTS, TIME_LIMIT_S, Outcome, db_url
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage_helpers import no_answers_file
from triggerpoint.cli.app import app

#: Examples per command; the cheap ones get many, the slow ones (a PDF, a session) a few.
EXAMPLES: dict[str, int] = {
    "find": 1_400,
    "find_batch": 500,
    "screen": 700,
    "questions": 50,
    "muscle": 700,
    "muscles": 500,
    "regions": 30,
    "bodymap": 400,
    "plan": 700,
    "session": 200,
    "log": 1_100,
    "checkin": 800,
    "history": 500,
    "progress": 250,
    "report": 120,
    "export": 400,
    "import": 700,
    "backup": 250,
    "profile": 600,
    "kb": 50,
    "global": 600,
}
RAN = FUZZ_COUNTS.setdefault("in-process", {})
#: Every command has run once (conftest.template_journal): the time bound measures the input,
#: not this process importing the command's modules and loading the knowledge base.
pytestmark = pytest.mark.usefixtures("template_journal")

_COMMAND = typer.main.get_command(app)
_RUNNER = CliRunner()


#: TRIGGERPOINT_FUZZ_SCALE=0.1 runs a tenth of the examples (while developing), 10 ten times.
SCALE = float(os.environ.get("TRIGGERPOINT_FUZZ_SCALE", "1"))


def _fuzz(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return settings(
        max_examples=max(1, round(EXAMPLES[name] * SCALE)),
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
            HealthCheck.filter_too_much,
        ],
    )


def run(name: str, args: list[str], stdin: str | None = None) -> Outcome:
    """Invoke the app (built once: the command tree, not a Typer rebuild per run)."""
    import time

    RAN[name] = RAN.get(name, 0) + 1
    started = time.perf_counter()
    result = _RUNNER.invoke(_COMMAND, args, input=stdin)
    outcome = Outcome(
        result.exit_code,
        result.stdout,
        result.stderr,
        time.perf_counter() - started,
        result.exception,
        args,
    )
    return outcome.assert_clean(TIME_LIMIT_S)


# What careless input looks like.

NASTY = [
    "",
    " ",
    "\t",
    "\n",
    "[/]",
    "[bold]x",
    "[link=http://x]y",
    "\x1b[31mred",
    "\x1b]0;title\x07",
    "\x9b2J",
    "\x00",
    "me\udcff",
    "\ud800",
    "NaN",
    "Infinity",
    "-Infinity",
    "-1",
    "0",
    "11",
    "1e999",
    "9" * 40,
    "3.5",
    "../..",
    "/",
    ".",
    "~",
    "temple",
    "right",
    "left",
    "both",
    "temple:right=6",
    "temple:left",
    "=",
    ":",
    "::==",
    "temple:up=5",
    "neck=11",
    "scm",
    "upper-trapezius",
    "upper trapezius",
    "trapezius",
    "me",
    "sam",
    "today",
    "yesterday",
    "2026-11-20",
    "2026-11-20T08:00",
    "2026-02-30",
    "9999-12-31T23:59",
    "Europe/London",
    "America",
    "UTC",
    "ball,foam-roller",
    "warfarin",
    "pregnancy",
    "ibuprofen 400 mg",
    "chest pain",
    "pins and needles in both legs",
    "☃",
    "ﷺ",
    "𝕏" * 3,
    "Ω" * 100,
    "%s%n",
    "{}",
    "[]",
    "--help",
    "-",
    "--",
    "a" * 5_000,
    "word " * 900,
    "é" * 61,
]
CHARS = st.characters(codec="utf-8") | st.sampled_from(["\x1b", "\x9b", "\x00", "\udcff", "["])
word = st.one_of(
    st.sampled_from(NASTY), st.text(CHARS, max_size=24), st.text(CHARS, min_size=60, max_size=300)
)
small_int = st.one_of(st.integers(-3, 70).map(str), st.sampled_from(NASTY))


def options(spec: dict[str, st.SearchStrategy[str] | None]) -> st.SearchStrategy[list[str]]:
    """Some of the options in ``spec`` (None: a flag), in any order, some repeated."""
    pair = st.sampled_from(sorted(spec)).flatmap(
        lambda name: (
            st.just([name]) if spec[name] is None else spec[name].map(lambda value: [name, value])
        )
    )  # type: ignore[union-attr]
    return st.lists(pair, max_size=5).map(lambda pairs: [a for p in pairs for a in p])


def command(
    name: list[str],
    spec: dict[str, st.SearchStrategy[str] | None],
    words: st.SearchStrategy[list[str]] | None = None,
) -> st.SearchStrategy[list[str]]:
    """The command's argv: its name, words and options mixed (now and then an unknown one)."""
    positional = words if words is not None else st.lists(word, max_size=4)
    extra = st.lists(st.sampled_from(["--nope", "-z", "--json", "--", "--help"]), max_size=1)
    return st.tuples(positional, options(spec), extra).flatmap(
        lambda t: st.permutations(t[0] + t[1]).map(lambda mixed: name + mixed + t[2])
    )


# The files commands read, written fresh for each example.


class Files:
    """A folder of special paths, and documents written from generated content."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "dir").mkdir()
        os.mkfifo(folder / "fifo")
        (folder / "target.txt").write_text("keep", encoding="utf-8")
        (folder / "link").symlink_to(folder / "target.txt")
        self.special = [
            str(folder / "dir"),
            str(folder / "fifo"),
            str(folder / "link"),
            str(folder / "missing" / "x"),
            str(folder / "no-such-file"),
            "/",
            "/dev/null",
            str(folder / ("n" * 300)),
            "",
            str(no_answers_file()),
        ]
        self.count = 0
        (folder / "import").mkdir()
        self.empty_journal = folder / "empty.sqlite3"
        made = _RUNNER.invoke(
            _COMMAND, ["profile", "list", "--db", f"sqlite:///{folder}/empty.sqlite3"]
        )
        assert made.exit_code == 0, made.output

    def write(self, content: bytes) -> str:
        self.count += 1
        path = self.folder / f"doc-{self.count % 8}.txt"
        path.write_bytes(content)
        return str(path)

    def out(self) -> st.SearchStrategy[str]:
        """Where an output file goes: a new name, an existing file, or a special path."""
        names = st.sampled_from(
            [
                "o.json",
                "o.svg",
                "o.png",
                "o.html",
                "o.pdf",
                "o.csv",
                "o.ics",
                "o",
                ".o",
                "a b.json",
                "x" * 250 + ".svg",
            ]
        )
        fresh = names.map(lambda n: str(self.folder / "out" / n))
        return st.one_of(fresh, st.sampled_from(self.special), word)


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


json_value = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(CHARS, max_size=20),
    ),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
document_text = st.one_of(
    json_value.map(lambda v: json.dumps(v, ensure_ascii=False)),
    st.sampled_from(
        [
            _deep(50),
            _deep(100_000),
            "{" * 5_000,
            "NaN",
            '{"a": Infinity}',
            "[1e999]",
            "9" * 5_000,
            "a: &a [1]\nb: [*a, *a]\n",
            "- - - - -",
            "? [1]\n: 2\n",
            "\ufeff{}",
            "%YAML 9.9\n---\n",
            "!!python/object:os.system",
        ]
    ),
    st.text(CHARS, max_size=200),
)
document = st.one_of(
    document_text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200)
)


@pytest.fixture(scope="module")
def env() -> Iterator[tuple[str, Files, str]]:
    """A journal with some records, the files, and the answers file."""
    folder = Path(tempfile.mkdtemp(prefix="triggerpoint-fuzz-"))
    db = db_url(folder)
    # Relative --out names land in the temp folder, and a command without --db uses its journal.
    before, previous = Path.cwd(), os.environ.get("TRIGGERPOINT_DATABASE_URL")
    os.chdir(folder)
    os.environ["TRIGGERPOINT_DATABASE_URL"] = db
    for args in (
        ["log", "--spot", "temple:right=5", "--note", "[/] \x1b[31m"],
        ["log", "--spot", "low-back=3", "--at", "2026-11-20T08:00"],
        ["checkin", "--sleep", "4", "--med", "[bold]x"],
        ["profile", "add", "sam"],
    ):
        assert _RUNNER.invoke(_COMMAND, [*args, "--db", db]).exit_code == 0
    (folder / "out").mkdir()
    try:
        yield db, Files(folder), str(no_answers_file())
    finally:
        os.chdir(before)
        if previous is None:
            os.environ.pop("TRIGGERPOINT_DATABASE_URL", None)
        else:
            os.environ["TRIGGERPOINT_DATABASE_URL"] = previous
        shutil.rmtree(folder, ignore_errors=True)


def file_arg(files: Files) -> st.SearchStrategy[str]:
    return st.one_of(document.map(files.write), st.sampled_from(files.special))


# One test per command.


@given(data=st.data())
@_fuzz("find")
def test_find(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--region": word,
        "-r": word,
        "--symptom": word,
        "--tender": word,
        "--confirm": word,
        "--deny": word,
        "--top": small_int,
        "--condition": word,
        "--json": None,
        "--answers": st.one_of(st.just(answers), file_arg(files)),
    }
    run("find", data.draw(command(["find"], spec)))


@given(data=st.data())
@_fuzz("find_batch")
def test_find_batch(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    line = st.one_of(
        st.fixed_dictionaries({"id": json_value, "text": word}).map(json.dumps),
        st.fixed_dictionaries({"id": st.integers(), "regions": st.lists(word, max_size=60)}).map(
            json.dumps
        ),
        document_text,
    )
    lines = data.draw(st.lists(line, max_size=6))
    raw = "\n".join(lines).encode("utf-8", "surrogatepass")
    batch = data.draw(st.one_of(st.just(raw).map(files.write), st.sampled_from(files.special)))
    result = run("find_batch", ["find", "--batch", batch, "--json"])
    if result.code == 0:
        for out in result.out.split("\n")[:-1]:  # JSON lines: one object per \n, no other
            json.loads(out, parse_constant=_no_constant)


@given(data=st.data())
@_fuzz("screen")
def test_screen(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--region": word,
        "--condition": word,
        "--json": None,
        "--no-ask": None,
        "--answers": file_arg(files),
    }
    run("screen", data.draw(command(["screen"], spec)))


@given(args=st.lists(word, max_size=2))
@_fuzz("questions")
def test_questions(args: list[str]) -> None:
    run("questions", ["questions", *args])


@given(data=st.data())
@_fuzz("muscle")
def test_muscle(data: st.DataObject) -> None:
    run(
        "muscle",
        data.draw(command(["muscle"], {"--json": None}, st.lists(word, min_size=0, max_size=2))),
    )


@given(data=st.data())
@_fuzz("muscles")
def test_muscles(data: st.DataObject) -> None:
    run("muscles", data.draw(command(["muscles"], {"--region": word, "--json": None}, st.just([]))))


@given(data=st.data())
@_fuzz("regions")
def test_regions(data: st.DataObject) -> None:
    run("regions", data.draw(command(["regions"], {"--json": None}, st.lists(word, max_size=1))))


@given(data=st.data())
@_fuzz("bodymap")
def test_bodymap(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--muscle": st.one_of(st.just("scm"), word),
        "--out": files.out(),
        "--side": word,
    }
    run("bodymap", data.draw(command(["bodymap"], spec, st.just([]))))


@given(data=st.data())
@_fuzz("plan")
def test_plan(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--side": word,
        "--from-find": word,
        "--days": small_int,
        "--per-day": small_int,
        "--minutes": small_int,
        "--tools": word,
        "--start": word,
        "--pain": small_int,
        "--answers": st.one_of(st.just(answers), file_arg(files)),
        "--condition": word,
        "--all": None,
        "--json": None,
        "--out-json": files.out(),
        "--ics": files.out(),
        "--tz": word,
        "--html": files.out(),
        "--profile": word,
    }
    muscles = st.lists(st.one_of(st.sampled_from(["upper-trapezius", "scm"]), word), max_size=3)
    run("plan", data.draw(command(["plan"], spec, muscles)) + ["--db", db])


@given(data=st.data())
@_fuzz("session")
def test_session(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    plan_file = st.one_of(file_arg(files), st.just(_plan_file(files)))
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--side": word,
        "--plan": plan_file,
        "--saved": None,
        "--day": small_int,
        "--slot": small_int,
        "--minutes": small_int,
        "--record": files.out(),
        "--answers": st.one_of(st.just(answers), file_arg(files)),
        "--condition": word,
        "--no-save": None,
        "--profile": word,
    }
    stdin = data.draw(st.text(CHARS, max_size=40))
    args = data.draw(
        command(
            ["session"], spec, st.lists(st.one_of(st.just("upper-trapezius"), word), max_size=2)
        )
    )
    run("session", [*args, "--speed", "5000", "--db", db], stdin=stdin)


_PLAN: list[str] = []


def _plan_file(files: Files) -> str:
    """A real plan file (made once), for session --plan."""
    if not _PLAN:
        path = files.folder / "plan.json"
        made = _RUNNER.invoke(
            _COMMAND,
            [
                "plan",
                "upper-trapezius",
                "--days",
                "2",
                "--answers",
                str(no_answers_file()),
                "--out-json",
                str(path),
            ],
        )
        assert made.exit_code == 0, made.output
        _PLAN.append(str(path))
    return _PLAN[0]


@given(data=st.data())
@_fuzz("log")
def test_log(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--spot": st.one_of(st.just("temple:right=5"), word),
        "--quality": word,
        "--note": word,
        "--at": word,
        "--profile": st.one_of(st.just("sam"), word),
        "--json": None,
    }
    run("log", data.draw(command(["log"], spec)) + ["--db", db])


@given(data=st.data())
@_fuzz("checkin")
def test_checkin(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--sleep": small_int,
        "--stress": small_int,
        "--stiffness": small_int,
        "--med": word,
        "--note": word,
        "--day": word,
        "--profile": word,
        "--json": None,
    }
    run("checkin", data.draw(command(["checkin"], spec, st.just([]))) + ["--db", db])


@given(data=st.data())
@_fuzz("history")
def test_history(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--days": small_int,
        "--profile": word,
        "--json": None,
        "--tz": word,
    }
    result = run("history", data.draw(command(["history"], spec, st.just([]))) + ["--db", db])
    assert "\x1b" not in result.out  # stored escapes are shown, never sent to the terminal


@given(data=st.data())
@_fuzz("progress")
def test_progress(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--days": small_int,
        "--per-day": small_int,
        "--profile": word,
        "--json": None,
        "--tz": word,
    }
    run("progress", data.draw(command(["progress"], spec, st.just([]))) + ["--db", db])


@given(data=st.data())
@_fuzz("report")
def test_report(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {
        "--format": st.one_of(st.sampled_from(["html", "csv", "fhir", "pdf"]), word),
        "--out": files.out(),
        "--days": small_int,
        "--per-day": small_int,
        "--profile": word,
        "--tz": word,
    }
    run("report", data.draw(command(["report"], spec, st.just([]))) + ["--db", db])


@given(data=st.data())
@_fuzz("export")
def test_export(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {"--out": files.out(), "--profile": word}
    result = run("export", data.draw(command(["export"], spec, st.just([]))) + ["--db", db])
    if result.code == 0 and result.out.startswith("{"):
        json.loads(result.out, parse_constant=_no_constant)


@given(data=st.data())
@_fuzz("import")
def test_import(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    export = _export_text(db)
    mutated = st.builds(
        _mutate,
        st.just(export),
        st.sampled_from(NASTY + ["NaN", "1e999"]),
        st.integers(0, len(export) - 1),
    )
    source = st.one_of(
        mutated.map(lambda t: files.write(t.encode("utf-8", "surrogatepass"))), file_arg(files)
    )
    args = data.draw(command(["import"], {"--profile": word}, source.map(lambda f: [f])))
    target = files.folder / "import" / "journal.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(files.empty_journal, target)  # each import into an empty journal
    run("import", [*args, "--db", db_url(target.parent)])


_EXPORT: list[str] = []


def _export_text(db: str) -> str:
    if not _EXPORT:
        _EXPORT.append(_RUNNER.invoke(_COMMAND, ["export", "--db", db]).stdout)
    return _EXPORT[0]


def _mutate(text: str, insert: str, at: int) -> str:
    """The export with a nasty value put in at one place (often breaking it, sometimes not)."""
    return text[:at] + insert + text[at + len(insert) // 2 :]


@given(data=st.data())
@_fuzz("backup")
def test_backup(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    spec: dict[str, st.SearchStrategy[str] | None] = {"--out": files.out(), "--force": None}
    run("backup", data.draw(command(["backup"], spec, st.just([]))) + ["--db", db])


@given(data=st.data())
@_fuzz("profile")
def test_profile(env: tuple[str, Files, str], data: st.DataObject) -> None:
    db, files, answers = env
    sub = data.draw(st.sampled_from([["profile", "add"], ["profile", "list"], ["profile"]]))
    run(
        "profile",
        data.draw(command(sub, {"--json": None}, st.lists(word, max_size=2))) + ["--db", db],
    )


@given(data=st.data())
@_fuzz("kb")
def test_kb(data: st.DataObject) -> None:
    sub = data.draw(st.sampled_from([["kb", "stats"], ["kb", "check"], ["kb"]]))
    run("kb", sub + data.draw(st.lists(word, max_size=1)))


_JOURNAL_COMMANDS = [
    "log",
    "checkin",
    "history",
    "progress",
    "report",
    "export",
    "import",
    "backup",
    "plan",
]
_OTHER_COMMANDS = [
    "find",
    "screen",
    "questions",
    "muscle",
    "muscles",
    "regions",
    "bodymap",
    "profile",
    "nope",
    "--help",
    "--version",
]


@given(
    args=st.lists(st.one_of(st.sampled_from(_JOURNAL_COMMANDS + _OTHER_COMMANDS), word), max_size=4)
)
@_fuzz("global")
def test_anything_at_the_top(env: tuple[str, Files, str], args: list[str]) -> None:
    """Any words after 'triggerpoint' (serve, session and kb are left to their own tests:
    they start a server, wait for a person, or rewrite the knowledge base)."""
    db, files, answers = env
    if args[:1] in (["serve"], ["session"], ["kb"]):
        args = ["--help"]
    run("global", [*args, "--db", db] if args[:1] and args[0] in _JOURNAL_COMMANDS else args)


def test_the_suite_runs_at_least_10000_examples() -> None:
    assert sum(EXAMPLES.values()) >= 10_000


def _no_constant(name: str) -> None:
    raise AssertionError(f"non-standard JSON constant {name} in the output")
