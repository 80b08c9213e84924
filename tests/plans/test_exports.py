"""Plan exports: the calendar parses back with the right events, the page is complete HTML."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from triage_helpers import cleared
from triggerpoint.errors import InvalidQuery
from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.plans import Plan, PlanOptions, Target, make_plan
from triggerpoint.plans.export_html import plan_html
from triggerpoint.plans.export_ics import plan_calendar, session_uid
from triggerpoint.plans.steps import STOP_RULE

START = date(2025, 3, 28)  # the UK clocks change on the 30th


@pytest.fixture(scope="module")
def plan(kb: KnowledgeBase) -> Plan:
    targets = [Target(muscle="upper-trapezius", side="right"),
               Target(muscle="levator-scapulae", side="right")]
    return make_plan(kb, targets, PlanOptions(start=START, days=5, per_day=2), cleared(kb))


def parsed(kb: KnowledgeBase, plan: Plan, tz: str | None = None) -> Calendar:
    return Calendar.from_ical(plan_calendar(kb, plan, tz).to_ical())


def start_of(event: Event) -> datetime:
    """An event's start, which for a plan is always a date and time."""
    start = event.start
    assert isinstance(start, datetime)
    return start


def test_one_event_per_session_with_floating_times(kb: KnowledgeBase, plan: Plan) -> None:
    events = parsed(kb, plan).events
    assert len(events) == len(plan.sessions) == 10
    for event, session in zip(events, plan.sessions, strict=True):
        start = datetime.combine(session.date, session.start)
        assert start_of(event) == start and start_of(event).tzinfo is None
        assert event.end - event.start == timedelta(seconds=session.duration_s)
        assert str(event["UID"]) == session_uid(plan, session)
        summary = str(event["SUMMARY"])
        assert summary.startswith("Self-care: ") and summary.endswith(" min)")
        assert "upper trapezius" in summary and "levator scapulae" in summary
        description = str(event["DESCRIPTION"])
        assert STOP_RULE in description
        for step in session.steps:
            assert step.title in description


def test_every_event_has_a_display_alarm_ten_minutes_before(kb: KnowledgeBase,
                                                            plan: Plan) -> None:
    for event in parsed(kb, plan).events:
        times = event.alarms.times
        assert len(times) == 1
        assert times[0].trigger == event.start - timedelta(minutes=10)
        (alarm,) = [c for c in event.subcomponents if c.name == "VALARM"]
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm.decoded("TRIGGER") == timedelta(minutes=-10)


def test_uids_are_unique_and_stable(kb: KnowledgeBase, plan: Plan) -> None:
    first = [str(e["UID"]) for e in parsed(kb, plan).events]
    again = [str(e["UID"]) for e in parsed(kb, plan).events]
    assert first == again and len(set(first)) == len(first)


def test_a_named_zone_pins_times_across_a_clock_change(kb: KnowledgeBase, plan: Plan) -> None:
    calendar = parsed(kb, plan, "Europe/London")
    assert [str(tz["TZID"]) for tz in calendar.timezones] == ["Europe/London"]
    london = ZoneInfo("Europe/London")
    for event, session in zip(calendar.events, plan.sessions, strict=True):
        assert start_of(event).replace(tzinfo=None) == datetime.combine(session.date,
                                                                        session.start)
        assert start_of(event).utcoffset() == datetime.combine(
            session.date, session.start, tzinfo=london).utcoffset()
    offsets = {start_of(e).utcoffset() for e in calendar.events}
    assert offsets == {timedelta(0), timedelta(hours=1)}


def test_an_unknown_zone_is_a_clear_error(kb: KnowledgeBase, plan: Plan) -> None:
    with pytest.raises(InvalidQuery, match="IANA"):
        plan_calendar(kb, plan, "Mars/Olympus")


class _Strict(HTMLParser):
    """Collects what a browser would silently repair: unclosed or stray tags."""

    VOID = {"meta", "input", "br", "img", "link", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.checkboxes = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "input" and values.get("type") == "checkbox":
            self.checkboxes += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"stray </{tag}> with {self.stack[-3:]} open")
            return
        self.stack.pop()


def check_html(text: str) -> _Strict:
    parser = _Strict()
    parser.feed(text)
    parser.close()
    assert parser.problems == [] and parser.stack == []
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    return parser


def test_page_has_every_session_a_checkbox_and_the_stop_rule(kb: KnowledgeBase,
                                                              plan: Plan) -> None:
    text = plan_html(kb, plan)
    parser = check_html(text)
    assert parser.checkboxes == len(plan.sessions)
    for session in plan.sessions:
        assert f'id="session-{session.day}-{session.slot}"' in text
        assert f"{session.start:%H:%M}" in text
    assert STOP_RULE in text
    assert "Safety level: self-care" in text
    assert "light (4/10)" in text
    for source in plan.sources:
        assert kb.sources[source].title.replace("'", "&#39;").replace('"', "&#34;") in text


def test_page_lists_the_persons_limits(kb: KnowledgeBase) -> None:
    safety = cleared(kb, conditions=["warfarin"])
    plan = make_plan(kb, [Target(muscle="upper-trapezius", side="right")],
                     PlanOptions(start=START, days=3), safety)
    text = plan_html(kb, plan, safety)
    check_html(text)
    assert "never more than 3 out of 10" in text
    assert "Do not use these tools:" in text and "foam roller" in text
    assert text.count("Blood thinners make bruising") == 1  # said once, at the top
    assert 'class="over"' in text  # pressure levels above the limit greyed out


def test_page_escapes_what_it_shows(kb: KnowledgeBase, plan: Plan) -> None:
    tricky = plan.model_copy(update={"title": "<script>alert(1)</script> & co",
                                     "skipped": ["<b>x</b>"]})
    text = plan_html(kb, tricky)
    assert "<script>" not in text and "&lt;script&gt;" in text and "&amp; co" in text
    assert "<b>x</b>" not in text
    check_html(text)


def test_page_renders_to_pdf(kb: KnowledgeBase, plan: Plan) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    pdf = weasyprint.HTML(string=plan_html(kb, plan)).write_pdf()
    assert pdf is not None and pdf.startswith(b"%PDF")
