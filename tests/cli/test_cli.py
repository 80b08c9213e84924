"""The command line as a person uses it: real output, exit codes, never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triage_helpers import answers_file, no_answers_file
from triggerpoint.cli.app import app
from triggerpoint.knowledge import KnowledgeBase

runner = CliRunner()
EXE = shutil.which("triggerpoint", path=str(Path(sys.executable).parent))


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_muscles_json_contract() -> None:
    code, out, _ = run("muscles", "--json")
    assert code == 0
    muscles = json.loads(out)
    assert len(muscles) >= 80
    for key in ("id", "name", "aliases", "group", "essential_regions", "spillover_regions",
                "trigger_points", "sources", "self_treatment", "stretch"):
        assert key in muscles[0], key


def test_muscles_filtered_by_region_name() -> None:
    code, out, _ = run("muscles", "--region", "Temple", "--json")
    assert code == 0
    ids = {m["id"] for m in json.loads(out)}
    assert "upper-trapezius" in ids and "gastrocnemius" not in ids


def test_regions_json_contract() -> None:
    code, out, _ = run("regions", "--json")
    regions = json.loads(out)
    assert code == 0 and len(regions) >= 100
    assert {"id", "name", "synonyms", "laterality"} <= set(regions[0])


@pytest.mark.parametrize("name", ["upper-trapezius", "Upper Trapezius", "upper traps"])
def test_muscle_by_id_name_or_alias(name: str) -> None:
    code, out, _ = run("muscle", name)
    assert code == 0
    assert "Upper trapezius" in out and "Trigger points" in out and "Sources" in out


def test_muscle_json_by_abbreviation() -> None:
    code, out, _ = run("muscle", "SCM", "--json")
    data = json.loads(out)
    assert code == 0 and {m["group"] for m in data} == {"sternocleidomastoid"} and len(data) == 2


def test_unknown_muscle_suggests_and_exits_2() -> None:
    code, _, err = run("muscle", "trapezus")
    assert code == 2
    assert "Unknown muscle 'trapezus'" in err and "upper-trapezius" in err
    assert "Traceback" not in err


def test_unknown_region_suggests_and_exits_2() -> None:
    code, _, err = run("muscles", "--region", "tempel")
    assert code == 2 and "temple" in err


def test_find_json_contract() -> None:
    code, out, _ = run("find", "right temple and behind my right eye", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"regions", "unresolved", "candidates", "combination"}
    assert data["regions"][0] == {"id": "temple", "side": "right", "intensity": None,
                                  "text": "temple"}
    first = data["candidates"][0]
    assert set(first) >= {"muscle", "name", "group", "score", "essential_matched",
                          "spillover_matched", "unexplained", "trigger_points"}
    assert set(data["combination"]) == {"muscles", "coverage"}


def test_find_structured_regions_and_press_test() -> None:
    code, out, _ = run("find", "--region", "temple:right=6", "--region", "back-of-neck:right",
                       "--json", "--top", "3")
    first = json.loads(out)["candidates"][0]["muscle"]
    code, out, _ = run("find", "--region", "temple:right=6", "--region", "back-of-neck:right",
                       "--deny", first, "--json")
    assert code == 0 and json.loads(out)["candidates"][0]["muscle"] != first


def test_find_readable_output() -> None:
    code, out, _ = run("find", "pain at my left temple", "--answers", str(no_answers_file()))
    assert code == 0
    assert "Muscles most likely involved" in out and "Check first" in out


def test_find_shows_self_treatment_only_once_the_questions_are_answered() -> None:
    code, out, _ = run("find", "pain at my left temple")
    assert code == 0 and "Muscles most likely involved" in out
    assert "Check first" not in out and "safety questions are still open" in out
    data = json.loads(run("find", "pain at my left temple", "--json")[1])
    assert data["safety"]["self_care_allowed"] and not data["safety"]["self_care_ready"]
    assert {"chest-pain", "stroke-signs", "saddle", "new-headache-over-50"} <= set(
        data["safety"]["open_questions"])


def test_a_description_with_no_region_still_gets_its_safety_level() -> None:
    code, out, _ = run("find", "my speech is slurred and I keep dropping things", "--json")
    data = json.loads(out)
    assert code == 2 and "No body region found" in data["error"]
    assert data["safety"]["level"] == "emergency" and not data["safety"]["self_care_allowed"]
    code, out, err = run("find", "my speech is slurred and I keep dropping things")
    assert code == 2 and "CALL AN AMBULANCE NOW" in out and "No body region found" in err


def test_batch_line_with_no_region_has_safety_beside_the_error(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": 1, "text": "I cannot feel the toilet paper when I wipe"}\n',
                     encoding="utf-8")
    code, out, _ = run("find", "--batch", str(cases), "--json")
    line = json.loads(out.splitlines()[0])
    assert code == 0 and "error" in line and line["safety"]["level"] == "emergency"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["find"], "empty"),
        (["find", "blorp zorp"], "No body region found"),
        (["find", "--region", "temple:right=12"], "outside 0-10"),
        (["find", "--region", "sacrum:left"], "midline"),
        (["find", "x" * 10_000], "characters long"),
    ],
)
def test_find_bad_input_is_one_clear_line(args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2 and message in err and "Traceback" not in err


def test_batch_answers_every_line_even_bad_ones(tmp_path: Path) -> None:
    batch = tmp_path / "cases.jsonl"
    batch.write_bytes(
        b'{"id": "a", "text": "right temple"}\n'
        b'{"id": "b", "regions": ["calf:left=5"]}\n'
        b'\xff\xfe not utf-8\n'
        b'{"id": "d", "text": ""}\n'
        b'not json\n'
        b'{"id": "f", "regions": ["tempel"]}\n'
    )
    code, out, _ = run("find", "--batch", str(batch), "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("id") for line in lines] == ["a", "b", None, "d", None, "f"]
    assert "candidates" in lines[0] and "candidates" in lines[1]
    assert "UTF-8" in lines[2]["error"] and lines[2]["line"] == 3
    assert "empty" in lines[3]["error"]
    assert "JSON" in lines[4]["error"]
    assert "temple" in lines[5]["error"]


def test_bodymap_writes_svg_and_png(tmp_path: Path) -> None:
    svg, png = tmp_path / "m.svg", tmp_path / "m.png"
    assert run("bodymap", "--muscle", "upper trapezius", "--out", str(svg))[0] == 0
    assert svg.read_text().startswith("<svg") or "<svg" in svg.read_text()[:200]
    assert run("bodymap", "--muscle", "SCM", "--side", "left", "--out", str(png))[0] == 0
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_bodymap_bad_extension() -> None:
    code, _, err = run("bodymap", "--muscle", "soleus", "--out", "map.gif")
    assert code == 2 and ".svg or .png" in err


def test_kb_check_and_lint_pass_on_packaged_data() -> None:
    assert run("kb", "check")[0] == 0
    assert run("kb", "lint")[0] == 0


@pytest.mark.skipif(EXE is None, reason="console script not installed")
def test_installed_cli_runs_as_a_process() -> None:
    assert EXE is not None
    done = subprocess.run([EXE, "find", "left calf and heel", "--json"], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["candidates"]
    done = subprocess.run([EXE, "muscle", "nope-muscle"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 2 and "Unknown muscle" in done.stderr
    assert "Traceback" not in done.stderr


def test_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "triggerpoint", "regions", "--json"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and json.loads(done.stdout)


def test_every_command_has_help_with_an_example() -> None:
    for command in ("muscles", "muscle", "regions", "bodymap", "find"):
        code, out, _ = run(command, "--help")
        assert code == 0 and "Example:" in out, command


def test_find_leads_with_safety_and_withholds_self_care_on_a_red_flag() -> None:
    code, out, _ = run("find", "low back pain and pins and needles in both legs", "--json")
    data = json.loads(out)
    assert code == 0 and list(data)[0] == "safety"
    assert data["safety"]["level"] == "emergency"
    assert data["safety"]["self_care_allowed"] is False
    assert data["candidates"], "muscles are still listed, to mention to the doctor"
    code, out, _ = run("find", "low back pain and pins and needles in both legs")
    assert out.index("CALL AN AMBULANCE NOW") < out.index("Muscles to mention to your doctor")
    assert "Check first" not in out


def test_find_without_red_flags_is_self_care() -> None:
    data = json.loads(run("find", "dull ache at my right temple, no numbness", "--json")[1])
    assert data["safety"]["level"] == "self-care" and data["safety"]["self_care_allowed"]


def test_find_condition_changes_restrictions() -> None:
    data = json.loads(run("find", "right calf", "--condition", "warfarin", "--json")[1])
    assert data["safety"]["restrictions"]["max_pressure"] <= 3


def test_batch_lines_carry_safety(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": 1, "text": "worst headache of my life, came on suddenly"}\n'
                     '{"id": 2, "text": "sore left calf after running"}\n', encoding="utf-8")
    lines = [json.loads(x) for x in run("find", "--batch", str(batch), "--json")[1].splitlines()]
    assert lines[0]["safety"]["level"] == "emergency"
    assert lines[1]["safety"]["level"] == "self-care"


def test_screen_with_answers_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("both-legs: no\nblood-thinners: yes\n", encoding="utf-8")
    code, out, _ = run("screen", "stiff neck", "--answers", str(answers), "--json")
    data = json.loads(out)
    assert code == 0 and data["questionnaire"] == "partly answered"
    assert [r["id"] for r in data["reasons"]] == ["anticoagulants"]
    full = answers_file(KnowledgeBase.load(), tmp_path, **{"blood-thinners": True})
    data = json.loads(run("screen", "stiff neck", "--answers", str(full), "--json")[1])
    assert data["questionnaire"] == "answered" and data["triage_complete"]


def test_screen_rejects_unknown_question(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("flying: yes\n", encoding="utf-8")
    code, _, err = run("screen", "--answers", str(answers), "--json")
    assert code == 2 and "Unknown question 'flying'" in err



def test_a_therapist_only_muscle_says_so_and_shows_no_technique() -> None:
    code, out, _ = run("muscle", "pectineus")
    assert code == 0 and "Therapist only" in out and "Trigger points (for a therapist)" in out
    assert "Technique" not in out


def test_questions_are_listed_by_area_most_serious_first() -> None:
    code, out, _ = run("questions")
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert code == 0 and headings[0].startswith("Emergency signs")
    assert headings[1].startswith("Before you press on a muscle")
    assert "optional" in headings[-1]


def test_screen_names_the_words_that_raised_the_level() -> None:
    data = json.loads(run("screen", "I'm 67, my temp was 38.6 last night and my lower back is "
                          "killing me", "--json", "--no-ask")[1])
    reason = next(r for r in data["reasons"] if r["id"] == "spinal-pain-with-fever")
    assert data["level"] == "urgent" and any("38.6" in e for e in reason["evidence"])
