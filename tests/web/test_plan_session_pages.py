"""The plan builder and the guided session through the web app (FastAPI's TestClient, a temporary
journal): make a plan with the triage answered, save it, find it in the journal through the
services, download its calendar and printable page, walk its session, keep the record; a red
flag blocks the plan; bad input is a clear 422 that saves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from icalendar import Calendar
from inprocess import SAME_ORIGIN, TestClient, local_client

from triage_helpers import all_no
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.services import AppContext
from triggerpoint.services.sessions import pick_session, saved_plan
from triggerpoint.web.app import create_app

FORM = {**SAME_ORIGIN, "Content-Type": "application/x-www-form-urlencoded"}
MUSCLES = [
    ("m", "upper-trapezius"),
    ("m", "levator-scapulae"),
    ("side", "right"),
    ("minutes", "8"),
    ("tools_set", "1"),
    ("tool", "tennis-ball"),
]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    context = AppContext.create(db=f"sqlite:///{tmp_path}/j.sqlite3")
    with context.session():
        yield context


@pytest.fixture
def client(ctx: AppContext) -> TestClient:
    return local_client(create_app(ctx))


def no_to_all(kb: KnowledgeBase) -> list[tuple[str, str]]:
    return [("a", f"{q}:{'yes' if yes else 'no'}") for q, yes in all_no(kb).items()]


def post_form(client: TestClient, url: str, pairs: list[tuple[str, str]]) -> Any:
    return client.post(url, content=urlencode(pairs), headers=FORM, follow_redirects=False)


def saved_plans(ctx: AppContext) -> list[Any]:
    return ctx.journal().plans(profile="me")


def save(client: TestClient, ctx: AppContext) -> str:
    """Save the plan for MUSCLES with every question answered 'no'; its id."""
    answered = post_form(client, "/plan", MUSCLES + no_to_all(ctx.kb))
    assert answered.status_code == 303, answered.text
    path = urlsplit(str(answered.headers["location"])).path
    assert path.startswith("/plan/")
    return path.removeprefix("/plan/")


def test_the_builder_asks_the_open_questions_before_any_plan(
    client: TestClient, ctx: AppContext
) -> None:
    page = client.get("/plan?" + urlencode(MUSCLES))
    assert page.status_code == 200
    asked = set(re.findall(r'name="a\.([a-z0-9-]+)" value="yes"', page.text))
    assert "chest-pain" in asked  # an emergency question, for everyone
    assert asked <= set(all_no(ctx.kb))
    assert "Day by day" not in page.text and "Save to my journal" not in page.text
    # The choices are carried: the two muscles stay ticked, the tool too.
    assert re.search(r'value="upper-trapezius" id="m-upper-trapezius" checked', page.text)
    assert re.search(r'value="tennis-ball" checked', page.text)


def test_answered_the_builder_shows_the_two_week_plan_with_doses(
    client: TestClient, ctx: AppContext
) -> None:
    page = client.get("/plan?" + urlencode(MUSCLES + no_to_all(ctx.kb)))
    assert page.status_code == 200
    assert page.text.count('class="plan-day"') == 14
    assert "Press: Upper trapezius (right)" in page.text
    assert re.search(r"hold \d+ s", page.text)  # a dose, not just a name
    assert "Stop rule:" in page.text
    assert not saved_plans(ctx)  # showing is not saving


def test_save_the_plan_then_find_it_in_the_journal(client: TestClient, ctx: AppContext) -> None:
    plan_id = save(client, ctx)
    kept = saved_plan(ctx, None, plan_id)
    assert [(t.muscle, t.side) for t in kept.plan.targets] == [
        ("upper-trapezius", "right"),
        ("levator-scapulae", "right"),
    ]
    assert kept.plan.options.minutes == 8 and kept.plan.options.days == 14
    assert kept.plan.options.tools is not None and "tennis-ball" in kept.plan.options.tools
    page = client.get(f"/plan/{plan_id}")
    assert page.status_code == 200
    assert kept.plan.title in page.text and f"/session?plan={plan_id}" in page.text
    as_json = client.get(f"/api/plan/{plan_id}").json()
    assert as_json["id"] == plan_id and len(as_json["sessions"]) == len(kept.plan.sessions)


def test_the_saved_plan_downloads_as_a_calendar_and_a_printable_page(
    client: TestClient, ctx: AppContext
) -> None:
    plan_id = save(client, ctx)
    plan = saved_plan(ctx, None, plan_id).plan
    ics = client.get(f"/plan/{plan_id}/calendar.ics")
    assert ics.status_code == 200
    assert ics.headers["content-type"].startswith("text/calendar")
    assert ics.headers["content-disposition"].startswith("attachment;")
    events = Calendar.from_ical(ics.content).walk("VEVENT")
    assert len(events) == len(plan.sessions)
    first = plan.sessions[0]
    assert events[0].decoded("dtstart") == datetime.combine(first.date, first.start)
    printable = client.get(f"/plan/{plan_id}/printable")
    assert printable.status_code == 200
    assert printable.headers["content-disposition"].startswith("attachment;")
    assert plan.title in printable.text and "<html" in printable.text


def test_an_unsaved_plan_downloads_too(client: TestClient, ctx: AppContext) -> None:
    query = urlencode(MUSCLES + no_to_all(ctx.kb) + [("start", "2026-03-02")])
    events = Calendar.from_ical(client.get("/plan/calendar.ics?" + query).content)
    assert (
        min(e.decoded("dtstart") for e in events.walk("VEVENT")).date().isoformat() == "2026-03-02"
    )
    assert client.get("/plan/printable?" + query).status_code == 200
    assert not saved_plans(ctx)


def test_the_session_page_walks_the_saved_plans_due_session(
    client: TestClient, ctx: AppContext
) -> None:
    plan_id = save(client, ctx)
    unanswered = client.get(f"/session?plan={plan_id}")
    assert 'name="a.chest-pain"' in unanswered.text and "session-step" not in unanswered.text
    page = client.get(f"/session?plan={plan_id}&" + urlencode(no_to_all(ctx.kb)))
    assert page.status_code == 200
    assert f'data-plan-id="{plan_id}"' in page.text
    durations = [int(d) for d in re.findall(r'data-duration="(\d+)"', page.text)]
    plan = saved_plan(ctx, None, plan_id).plan
    # the session due now (the plan starts today; late in the evening that is tomorrow's
    # first), without the check
    due = pick_session(plan, ctx.now(), None, None)
    walked = [s.duration_s for s in due.steps if s.kind != "check"]
    assert durations == walked
    assert "js/session.js" in page.text and "Stop rule:" in page.text


def test_a_record_posted_to_the_api_is_in_the_journal_with_the_plan_id(
    client: TestClient, ctx: AppContext
) -> None:
    plan_id = save(client, ctx)
    due = client.get(f"/api/session?plan={plan_id}&" + urlencode(no_to_all(ctx.kb))).json()
    release = [s for s in due["session"]["steps"] if s["kind"] == "release"]
    start = ctx.now().replace(microsecond=0) - timedelta(minutes=6)
    record = {
        "started_at": start.isoformat(),
        "ended_at": (start + timedelta(minutes=5)).isoformat(),
        "pain_before": 6,
        "pain_after": 3,
        "safety_level": due["safety_level"],
        "steps": [
            {
                "muscle": s["muscle"],
                "side": s["side"],
                "technique": s["technique"],
                "tool": s["tool"],
                "duration_s": s["duration_s"],
                "pressure": s["pressure"],
                "completed": True,
            }
            for s in release
        ],
        "stopped_early": False,
        "plan_id": plan_id,
    }
    kept = client.post("/api/sessions", json=record, headers=SAME_ORIGIN)
    assert kept.status_code == 201, kept.text
    body = kept.json()
    assert body["profile"] == "me" and isinstance(body["warnings"], list)
    [stored] = ctx.journal().sessions(profile="me")
    assert stored.id == body["id"] and stored.plan_id == plan_id
    assert (stored.pain_before, stored.pain_after) == (6, 3)
    assert [s.muscle for s in stored.steps] == [s["muscle"] for s in release]
    summary = client.get(f"/session/done?id={body['id']}")
    assert "6/10 before, 3/10 after (3 points less)" in summary.text


def test_without_javascript_the_plain_form_keeps_the_session(
    client: TestClient, ctx: AppContext
) -> None:
    plan_id = save(client, ctx)
    page = client.get(f"/session?plan={plan_id}&" + urlencode(no_to_all(ctx.kb)))
    form = page.text[page.text.index('id="session-record"') :]
    hidden = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)
    boxes = re.findall(r'name="done" value="(\d+)"', form)
    assert len(boxes) == 2  # one per release step
    sent = post_form(
        client, "/session", [*hidden, ("pain_before", "5"), ("done", boxes[0]), ("pain_after", "4")]
    )
    assert sent.status_code == 303
    assert urlsplit(sent.headers["location"]).path == "/session/done"
    [stored] = ctx.journal().sessions(profile="me")
    assert stored.plan_id == plan_id and (stored.pain_before, stored.pain_after) == (5, 4)
    assert [s.completed for s in stored.steps] == [True, False]


def test_a_yes_to_an_emergency_question_blocks_the_plan(
    client: TestClient, ctx: AppContext
) -> None:
    answers = [*no_to_all(ctx.kb)]
    answers[answers.index(("a", "chest-pain:no"))] = ("a", "chest-pain:yes")
    page = client.get("/plan?" + urlencode(MUSCLES + answers))
    assert 'class="safety level-emergency"' in page.text
    assert "No self-treatment plan" in page.text and "Day by day" not in page.text
    refused = post_form(client, "/plan", MUSCLES + answers)
    assert refused.status_code == 409 and "level-emergency" in refused.text
    api = client.get("/api/plan?" + urlencode(MUSCLES + answers))
    assert api.status_code == 409 and api.json()["safety"]["level"] == "emergency"
    assert not saved_plans(ctx)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("minutes", "2"), "Minutes per session must be from 3 to 45, not 2"),
        (("minutes", "ten"), "Minutes per session must be a whole number"),
        (("m", "no-such-muscle"), "Unknown muscle"),
        (("start", "tomorrow"), "YYYY-MM-DD"),
    ],
)
def test_bad_input_is_a_clear_422_and_saves_nothing(
    client: TestClient, ctx: AppContext, change: tuple[str, str], words: str
) -> None:
    pairs = [p for p in MUSCLES if p[0] != change[0] or change[0] == "m"] + [change]
    pairs += no_to_all(ctx.kb)
    shown = client.get("/plan?" + urlencode(pairs))
    assert shown.status_code == 422 and words in shown.text
    assert "Traceback" not in shown.text
    sent = post_form(client, "/plan", pairs)
    assert sent.status_code == 422 and words in sent.text
    assert not saved_plans(ctx)


def test_a_bad_session_record_is_a_422_and_saves_nothing(
    client: TestClient, ctx: AppContext
) -> None:
    record = {
        "started_at": "2026-12-01T08:00:00",
        "ended_at": "2026-12-01T08:05:00+00:00",
        "pain_before": 12,
        "safety_level": "self-care",
    }
    refused = client.post("/api/sessions", json=record, headers=SAME_ORIGIN)
    assert refused.status_code == 422
    assert {e["loc"][-1] for e in refused.json()["detail"]} == {"started_at", "pain_before"}
    assert not ctx.journal().sessions(profile="me")


def test_the_fast_clock_is_capped(client: TestClient, ctx: AppContext) -> None:
    query = urlencode([("m", "upper-trapezius"), *no_to_all(ctx.kb)])
    assert 'data-speed="200"' in client.get(f"/session?{query}&speed=200").text
    too_fast = client.get(f"/session?{query}&speed=5000")
    assert (
        too_fast.status_code == 422
        and "speed must be a whole number from 1 to 1000" in too_fast.text
    )


def test_the_results_page_links_to_a_plan_for_the_drawing(
    client: TestClient, ctx: AppContext
) -> None:
    drawing = [("r", "temple:right"), *no_to_all(ctx.kb)]
    results = client.get("/results?" + urlencode(drawing))
    link = re.search(r'href="(/plan\?[^"]+)">Make a plan for these', results.text)
    assert link is not None
    carried = parse_qsl(urlsplit(link.group(1).replace("&amp;", "&")).query)
    assert ("r", "temple:right") in carried
    plan = client.get("/api/plan?" + urlencode(carried))
    assert plan.status_code == 200, plan.text
    ranked = client.get("/api/find?" + urlencode(drawing)).json()
    first = ranked["combination"]["muscles"] or [c["muscle"] for c in ranked["candidates"][:2]]
    assert {t["muscle"] for t in plan.json()["targets"]} <= set(first)
    assert plan.json()["targets"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"ended_at": "2026-12-01T07:00:00+00:00"}, "ended_at must not be before started_at"),
        (
            {
                "steps": [
                    {
                        "muscle": "no-such-muscle",
                        "side": "right",
                        "technique": "static-pressure",
                        "tool": "thumb",
                        "duration_s": 30,
                    }
                ]
            },
            "unknown muscle 'no-such-muscle'",
        ),
    ],
)
def test_a_record_no_walk_could_make_is_refused(
    client: TestClient, ctx: AppContext, change: dict[str, Any], words: str
) -> None:
    record = {
        "started_at": "2026-12-01T08:00:00+00:00",
        "ended_at": "2026-12-01T08:05:00+00:00",
        "safety_level": "self-care",
        **change,
    }
    refused = client.post("/api/sessions", json=record, headers=SAME_ORIGIN)
    assert refused.status_code == 422 and words in refused.json()["error"]
    assert not ctx.journal().sessions(profile="me")


def test_without_a_saved_plan_the_session_page_says_so_before_any_question(
    client: TestClient, ctx: AppContext
) -> None:
    page = client.get("/session")
    assert page.status_code == 200
    assert "no saved plan yet" in page.text and 'name="a.' not in page.text
    save(client, ctx)
    assert 'name="a.chest-pain"' in client.get("/session").text  # now the questions come first
