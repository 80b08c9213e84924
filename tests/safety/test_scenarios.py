"""Table-driven tests of the safety gate: written scenarios (scenarios.yaml) and dev vignettes.

Each scenario names the level range the gate must return and, optionally, reasons that must
or must not be found and the restrictions that must apply. A failure names the scenario and
shows the level found with its reasons.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety import LEVELS, SafetyAssessment, all_questions, rank, screen

HERE = Path(__file__).resolve().parent
SCENARIOS_FILE = HERE / "scenarios.yaml"
VIGNETTES_FILE = HERE.parents[2] / "shared" / "eval" / "dev-vignettes.jsonl"

CATEGORIES = (
    "red-flag", "negation", "lookalike", "benign", "therapist", "contraindication",
    "questionnaire",
)
KEYS = {
    "id", "category", "text", "answers", "conditions", "regions", "min", "max",
    "must_include", "must_not_include", "restrictions",
}
RESTRICTION_KEYS = {
    "max_pressure", "forbid_techniques", "forbid_tools", "avoid_muscles", "avoid_regions",
}


def _load_scenarios() -> list[dict[str, Any]]:
    data = yaml.safe_load(SCENARIOS_FILE.read_text(encoding="utf-8"))
    return list(data["scenarios"])


SCENARIOS = _load_scenarios()
SUITE_DIR = HERE / "suite"
SUITE = [json.loads(line) for path in sorted(SUITE_DIR.glob("*.jsonl"))
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
#: Cases the gate still gets wrong, listed so that the suite runs whole and a fix shows up as an
#: unexpected pass (strict): remove an id from the file when its case passes.
KNOWN_MISSES = set(yaml.safe_load((HERE / "known-misses.yaml").read_text(encoding="utf-8"))
                   ["misses"])


def _params(rows: list[dict[str, Any]]) -> list[Any]:
    return [pytest.param(row, id=row["id"], marks=pytest.mark.xfail(
        strict=True, reason="known miss (tests/safety/known-misses.yaml)"))
        if row["id"] in KNOWN_MISSES else pytest.param(row, id=row["id"]) for row in rows]


def _answers(kb: KnowledgeBase, raw: dict[str, bool] | None) -> dict[str, bool] | None:
    """The answers to pass to screen(); '*' answers every question not listed."""
    if raw is None:
        return None
    answers = dict(raw)
    default = answers.pop("*", None)
    if default is not None:
        answers = {q.id: bool(default) for _, q in all_questions(kb)} | answers
    return answers


def _describe(result: SafetyAssessment) -> str:
    reasons = ", ".join(f"{r.id} ({r.level})" for r in result.reasons) or "none"
    return f"level found: {result.level}; reasons: {reasons}"


def _run(kb: KnowledgeBase, scenario: dict[str, Any]) -> SafetyAssessment:
    return screen(
        kb,
        text=scenario.get("text"),
        answers=_answers(kb, scenario.get("answers")),
        conditions=scenario.get("conditions", []),
        regions=scenario.get("regions", []),
    )


# --- The scenario file itself ---------------------------------------------------------------


def test_scenario_file_is_well_formed(kb: KnowledgeBase) -> None:
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    known_reasons = set(kb.red_flags) | set(kb.contraindications)
    question_ids = {q.id for _, q in all_questions(kb)} | {"*"}
    for s in SCENARIOS:
        where = f"scenario {s.get('id')}"
        assert set(s) <= KEYS, f"{where}: unknown keys {sorted(set(s) - KEYS)}"
        assert s["category"] in CATEGORIES, where
        assert any(k in s for k in ("text", "answers", "conditions")), f"{where}: no input"
        low, high = s.get("min", "self-care"), s.get("max", "emergency")
        assert low in LEVELS and high in LEVELS and rank(low) <= rank(high), where
        for key in ("must_include", "must_not_include"):
            unknown = set(s.get(key, [])) - known_reasons
            assert not unknown, f"{where}: unknown reason ids in {key}: {sorted(unknown)}"
        assert set(s.get("answers", {})) <= question_ids, f"{where}: unknown question ids"
        assert set(s.get("restrictions", {})) <= RESTRICTION_KEYS, where


def test_scenario_coverage() -> None:
    counts = Counter(s["category"] for s in SCENARIOS)
    assert len(SCENARIOS) >= 70, counts
    assert counts["benign"] >= 15, counts
    for category in CATEGORIES:
        assert counts[category] >= 5, counts


# --- The scenarios --------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", _params(SCENARIOS))
def test_scenario(kb: KnowledgeBase, scenario: dict[str, Any]) -> None:
    result = _run(kb, scenario)
    found = _describe(result)
    low, high = scenario.get("min", "self-care"), scenario.get("max", "emergency")
    assert rank(low) <= rank(result.level), f"expected at least {low}; {found}"
    assert rank(result.level) <= rank(high), f"expected at most {high}; {found}"
    reason_ids = {r.id for r in result.reasons}
    missing = set(scenario.get("must_include", [])) - reason_ids
    assert not missing, f"missing reasons {sorted(missing)}; {found}"
    unwanted = set(scenario.get("must_not_include", [])) & reason_ids
    assert not unwanted, f"unwanted reasons {sorted(unwanted)}; {found}"
    _check_restrictions(result, scenario.get("restrictions", {}), found)
    if scenario.get("answers") is not None:
        assert result.questionnaire in ("answered", "partly answered")


def _check_restrictions(result: SafetyAssessment, expected: dict[str, Any], found: str) -> None:
    limits = result.restrictions
    if "max_pressure" in expected:
        assert limits.max_pressure <= expected["max_pressure"], (
            f"max_pressure {limits.max_pressure} > {expected['max_pressure']}; {found}"
        )
    for key in ("forbid_techniques", "forbid_tools", "avoid_muscles", "avoid_regions"):
        have = set(getattr(limits, key))
        missing = set(expected.get(key, [])) - have
        assert not missing, f"{key} lacks {sorted(missing)} (has {sorted(have)}); {found}"


def test_self_care_not_allowed_from_doctor_up(kb: KnowledgeBase) -> None:
    """Every scenario that reaches 'doctor' or above must also withhold self-treatment."""
    for scenario in SCENARIOS:
        result = _run(kb, scenario)
        expected = rank(result.level) < rank("doctor")
        assert result.self_care_allowed is expected, f"{scenario['id']}: {_describe(result)}"


# --- Dev vignettes: ordinary trigger-point descriptions must never look like an emergency ----


def _vignettes() -> list[Any]:
    if not VIGNETTES_FILE.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{VIGNETTES_FILE} missing"))]
    rows = [json.loads(line) for line in VIGNETTES_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return _params(rows)


@pytest.mark.parametrize("vignette", _vignettes())
def test_dev_vignette_is_not_urgent(kb: KnowledgeBase, vignette: dict[str, Any]) -> None:
    result = screen(kb, text=vignette["text"])
    assert rank(result.level) < rank("urgent"), f"{vignette['text']!r}: {_describe(result)}"


# --- The scenario suite by category (tests/safety/suite, written apart from the matcher) -------


@pytest.mark.parametrize("case", _params(SUITE))
def test_suite_case(kb: KnowledgeBase, case: dict[str, Any]) -> None:
    result = screen(kb, text=case["text"])
    found = _describe(result)
    assert rank(case["min_level"]) <= rank(result.level), (
        f"expected at least {case['min_level']}; {found}")
    assert rank(result.level) <= rank(case["max_level"]), (
        f"expected at most {case['max_level']}; {found}")


def test_every_suite_red_flag_withholds_self_care(kb: KnowledgeBase) -> None:
    """Whatever level a red flag reaches, it must never leave self-treatment on offer."""
    flags = [c for c in SUITE if rank(c["min_level"]) >= rank("doctor")]
    leaks = [c["id"] for c in flags if screen(kb, text=c["text"]).self_care_allowed]
    assert len(flags) >= 250
    assert not leaks, f"red flags that still allow self-care: {leaks}"


DEV_SAFETY = HERE.parents[2] / "shared" / "eval" / "safety-dev.jsonl"


@pytest.mark.skipif(not DEV_SAFETY.exists(), reason="the development set is not beside the repo")
def test_development_set_withholds_self_care_and_keeps_false_alarms_low(kb: KnowledgeBase) -> None:
    """The other author's development set: every red flag withholds self-care; at most 10 %
    of benign lookalikes are raised above their highest acceptable level."""
    rows = [json.loads(line) for line in DEV_SAFETY.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    levels = {r["id"]: screen(kb, text=r["text"]).level for r in rows}
    flags = [r for r in rows if rank(r["min_level"]) >= rank("doctor")]
    assert not [r["id"] for r in flags if rank(levels[r["id"]]) < rank("doctor")]
    benign = [r for r in rows if r["category"].startswith("benign")]
    alarms = [r["id"] for r in benign if rank(levels[r["id"]]) > rank(r["max_level"])]
    assert len(alarms) <= 0.10 * len(benign), alarms
