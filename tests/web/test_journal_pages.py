"""The journal and profile pages through the app factory, with a temporary SQLite journal: what
a form saves is what the history, the JSON twins, the reports and the export then show."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest
from inprocess import SAME_ORIGIN as SAME
from inprocess import TestClient, local_client

from triggerpoint.services import AppContext
from triggerpoint.web.app import create_app

NOW = datetime(2026, 11, 20, 12, 0)


class FixedClock:
    """Always noon on 20 Nov 2026, in the zone asked for."""

    def now(self, zone: tzinfo) -> datetime:
        return NOW.replace(tzinfo=zone)


def _client(tmp_path: Path, name: str = "j") -> TestClient:
    ctx = AppContext.create(
        db=f"sqlite:///{tmp_path}/{name}.sqlite3", tz="Europe/London", clock=FixedClock()
    )
    return local_client(create_app(ctx))


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with _client(tmp_path) as c:
        yield c


def _alerts(html: str) -> list[str]:
    return [m.strip() for m in re.findall(r'role="alert">([^<]*)<', html)]


def _log(client: TestClient, marks: dict[str, int], **extra: Any) -> Any:
    data: dict[str, Any] = {"r": list(marks), **{f"n.{k}": str(v) for k, v in marks.items()}}
    return client.post("/journal/log", data={**data, **extra}, headers=SAME, follow_redirects=False)


def test_add_and_choose_a_profile(client: TestClient) -> None:
    assert [p["name"] for p in client.get("/api/profiles").json()["profiles"]] == ["me"]
    added = client.post("/profiles/add", data={"name": "mum"}, headers=SAME, follow_redirects=False)
    assert added.status_code == 303
    assert "Added the profile &#39;mum&#39;" in client.get(added.headers["location"]).text
    assert client.get("/api/profiles").json()["chosen"] == "me"  # adding does not choose

    chosen = client.post(
        "/profiles/choose", data={"name": "mum"}, headers=SAME, follow_redirects=False
    )
    assert chosen.status_code == 303
    cookie = chosen.headers["set-cookie"].lower()
    assert "profile=mum" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert "path=/" in cookie
    assert client.get("/api/profiles").json()["chosen"] == "mum"
    assert _log(client, {"temple:right": 5}).status_code == 303
    assert len(client.get("/api/journal/history").json()["pain_entries"]) == 1
    client.cookies.clear()
    assert client.get("/api/journal/history").json()["pain_entries"] == []  # 'me' logged none


def test_a_duplicate_or_unknown_profile_is_a_clear_error_and_creates_nothing(
    client: TestClient,
) -> None:
    duplicate = client.post("/profiles/add", data={"name": "me"}, headers=SAME)
    assert duplicate.status_code == 422
    assert "There is already a profile called &#39;me&#39;" in duplicate.text
    unknown = client.post("/profiles/choose", data={"name": "mumm"}, headers=SAME)
    assert unknown.status_code == 422
    assert "There is no profile &#39;mumm&#39;" in unknown.text
    assert "profile=" not in unknown.headers.get("set-cookie", "")
    client.cookies.set("profile", "ghost")
    page = client.get("/journal")
    assert page.status_code == 422
    assert (
        "This browser logs for &#39;ghost&#39;, but this journal has no such profile" in page.text
    )
    assert (
        client.post(
            "/api/journal/entries",
            json={"spots": ["temple:right=4"]},
        ).status_code
        == 422
    )
    client.cookies.clear()
    assert [p["name"] for p in client.get("/api/profiles").json()["profiles"]] == ["me"]


def test_a_logged_entry_shows_in_the_history_and_its_json_twin(client: TestClient) -> None:
    saved = _log(
        client,
        {"temple:right": 6, "back-of-neck:left": 4},
        q=["aching", "throbbing"],
        q_other="like a band",
        note="after typing",
    )
    assert saved.status_code == 303 and saved.headers["location"].startswith("/journal?saved=")
    confirmation = client.get(saved.headers["location"]).text
    assert (
        "Saved 20 Nov 2026 12:00: Temple (right) 6/10, Back of the neck (left) 4/10."
        in confirmation
    )

    history = client.get("/journal/history?days=7").text
    assert "Temple (right) 6/10" in history and "after typing" in history
    entries = client.get("/api/journal/history?days=7").json()["pain_entries"]
    assert len(entries) == 1
    assert {(s["region"], s["side"], s["intensity"]) for s in entries[0]["spots"]} == {
        ("temple", "right", 6),
        ("back-of-neck", "left", 4),
    }
    assert entries[0]["qualities"] == ["aching", "throbbing", "like a band"]
    twin = client.get("/api/journal").json()
    assert twin["last_entry"]["spots"] == entries[0]["spots"]


def test_copy_my_last_drawing_prefills_the_last_spots(client: TestClient) -> None:
    _log(client, {"temple:right": 6, "sacrum": 3})
    page = client.get("/journal?copy=1").text
    marked = set(
        re.findall(
            r'data-spec="([^"]+)"[^>]*aria-checked="true"|'
            r'aria-checked="true"[^>]*data-spec="([^"]+)"',
            page,
        )
    )
    specs = {a or b for a, b in marked}
    assert specs == {"temple:right", "sacrum"}
    select = re.search(r'<select name="n\.temple:right".*?</select>', page, re.S)
    assert select and re.findall(r'value="(\d+)" selected', select.group()) == ["6"]
    assert 'aria-checked="true"' not in client.get("/journal").text


def test_bad_input_gives_a_clear_422_and_saves_nothing(client: TestClient) -> None:
    no_level = client.post("/journal/log", data={"r": "temple:right"}, headers=SAME)
    assert no_level.status_code == 422
    assert _alerts(no_level.text) == [
        "Choose how much it hurts (0-10) in: Temple (right). Nothing was saved."
    ]
    assert 'value="temple:right" id="r-temple-right" checked' in no_level.text  # kept
    too_high = _log(client, {"temple:right": 11})
    assert too_high.status_code == 422 and "from 0 to 10, not &#39;11&#39;" in too_high.text
    nowhere = client.post("/journal/log", data={"note": "x"}, headers=SAME)
    assert "Mark at least one place" in _alerts(nowhere.text)[0]
    future = _log(client, {"temple:right": 3}, at="2026-11-21T09:00")
    assert future.status_code == 422 and "in the future" in future.text
    bad_score = client.post("/journal/checkin", data={"sleep": "eleven"}, headers=SAME)
    assert bad_score.status_code == 422
    assert "Sleep quality must be a whole number from 0 to 10" in bad_score.text
    assert client.get("/api/journal/history").json() == {
        "profile": "me",
        "first_day": "2026-11-07",
        "pain_entries": [],
        "sessions": [],
        "checkins": [],
    }
    api = client.post("/api/journal/entries", json={"spots": ["temple:right=12"]})
    assert api.status_code == 422 and "error" in api.json()


def test_check_ins_of_one_day_merge(client: TestClient) -> None:
    assert "No check-in today yet" in client.get("/journal").text
    first = client.post(
        "/journal/checkin",
        data={"sleep": "5", "meds": "ibuprofen", "note": "slept badly"},
        headers=SAME,
        follow_redirects=False,
    )
    assert first.status_code == 303
    assert (
        "Checked in for 20 Nov 2026: sleep 5/10, took ibuprofen"
        in client.get(first.headers["location"]).text
    )
    second = client.post(
        "/journal/checkin", data={"stress": "3", "meds": "paracetamol, ibuprofen"}, headers=SAME
    )
    assert "Updated the check-in for 20 Nov 2026" in second.text
    [checkin] = client.get("/api/journal/checkin").json()["checkins"]
    assert (checkin["sleep_quality"], checkin["stress"], checkin["stiffness"]) == (5, 3, None)
    assert checkin["medications"] == ["ibuprofen", "paracetamol"]
    assert checkin["note"] == "slept badly"  # an empty note keeps the day's note
    assert "No check-in today yet" not in client.get("/journal").text


def test_progress_shows_the_warnings_first_with_their_own_words(client: TestClient) -> None:
    for day in range(14, 0, -1):
        at = (NOW - timedelta(days=day)).isoformat()
        assert (
            client.post(
                "/api/journal/entries", json={"spots": ["back-of-neck:left=4"], "at": at}
            ).status_code
            == 200
        )
    logged = _log(client, {"back-of-neck:left": 4, "calf:left": 7})
    page = client.get(logged.headers["location"]).text
    assert "Pain spread to a new place" in page  # the warning shows right after saving

    progress = client.get("/journal/progress?days=28")
    twin = client.get("/api/journal/progress?days=28").json()
    [warning] = [w for w in twin["warnings"] if w["kind"] == "pain-spread"]
    text = progress.text
    assert text.index("Pain spread to a new place") < text.index("first week against")
    assert warning["message"].replace("(", "").split(")")[0][:30] in text.replace("(", "")
    assert "Stop self-treatment for now and get advice" in text
    assert '<svg class="chart"' in text and 'role="img"' in text
    assert "latest 7-day mean" in text  # the chart's text alternative
    assert "No warnings." not in text


def test_progress_without_warnings_says_so(client: TestClient) -> None:
    _log(client, {"temple:right": 3})
    text = client.get("/journal/progress").text
    assert "No warnings. Stop and get advice if pain spikes, spreads" in text


def test_combined_map_shows_the_mean_per_place(client: TestClient) -> None:
    for level, at in ((6, "2026-11-18T09:00"), (2, "2026-11-19T09:00")):
        assert _log(client, {"temple:right": level}, at=at).status_code == 303
    _log(client, {"temple:right": 9}, at="2026-11-10T09:00")  # before the range
    twin = client.get("/api/journal/map?start=2026-11-15&end=2026-11-20").json()
    assert twin["entries"] == 2
    assert twin["places"] == [
        {"region": "temple", "side": "right", "name": "Temple (right)", "mean_intensity": 4.0}
    ]
    page = client.get("/journal/map?start=2026-11-15&end=2026-11-20").text
    assert '<th scope="row">Temple (right)</th><td>4.0</td>' in page
    assert "Mean pain, 18 Nov 2026" not in page and "Mean pain, 15 Nov 2026" in page
    bad = client.get("/journal/map?start=2026-11-19&end=2026-11-15")
    assert bad.status_code == 422 and "must not be after" in bad.text


@pytest.mark.parametrize(
    ("fmt", "start", "kind"),
    [
        ("pdf", b"%PDF", "application/pdf"),
        ("html", b"<!DOCTYPE", "text/html"),
        ("csv", b"\xef\xbb\xbftime", "text/csv"),
        ("fhir", b"{", "application/fhir+json"),
    ],
)
def test_each_report_downloads_as_an_attachment(
    client: TestClient, fmt: str, start: bytes, kind: str
) -> None:
    _log(client, {"temple:right": 6}, note="for the report")
    response = client.get(f"/journal/report?format={fmt}&days=30")
    assert response.status_code == 200
    assert response.content.startswith(start)
    assert response.headers["content-type"].startswith(kind)
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "pain-report-me-2026-11-20" in disposition
    assert response.headers["cache-control"] == "no-store"
    if fmt == "fhir":
        assert json.loads(response.content)["resourceType"] == "Bundle"
    if fmt == "csv":
        assert b"for the report" in response.content
        sessions = client.get("/journal/report?format=csv&part=sessions&days=30")
        assert "sessions" in sessions.headers["content-disposition"]


def test_a_report_format_not_offered_is_refused(client: TestClient) -> None:
    response = client.get("/journal/report?format=docx")
    assert response.status_code == 422 and "Unknown report format" in response.text


def test_export_then_import_into_a_fresh_journal(client: TestClient, tmp_path: Path) -> None:
    _log(client, {"temple:right": 6, "sacrum": 2}, note="exported")
    client.post("/journal/checkin", data={"sleep": "7"}, headers=SAME)
    download = client.get("/journal/export.json?scope=all")
    assert download.headers["content-disposition"].startswith("attachment;")
    document = download.json()
    assert document == client.get("/api/journal/export").json()

    with _client(tmp_path, "fresh") as fresh:
        done = fresh.post(
            "/journal/import",
            files={"file": ("mine.json", download.content)},
            headers=SAME,
            follow_redirects=False,
        )  # replaces the empty 'me'
        assert done.status_code == 303
        assert (
            "Imported 1 profile(s), 1 pain entries, 0 sessions, 1 check-ins"
            in fresh.get(done.headers["location"]).text
        )
        history = fresh.get("/api/journal/history").json()
        assert [e["note"] for e in history["pain_entries"]] == ["exported"]
        assert history["checkins"][0]["sleep_quality"] == 7
        assert fresh.get("/api/journal/export").json() == document

        # all or nothing: 'me' now holds records, so 'dad' beside it is not imported either
        both = {
            **document,
            "profiles": [*document["profiles"], {**document["profiles"][0], "name": "dad"}],
        }
        clash = fresh.post(
            "/journal/import",
            headers=SAME,
            files={"file": ("both.json", json.dumps(both).encode())},
        )
        assert clash.status_code == 422
        assert "already has the profile(s) me" in _alerts(clash.text)[0]
        assert [p["name"] for p in fresh.get("/api/profiles").json()["profiles"]] == ["me"]
        assert len(fresh.get("/api/journal/history").json()["pain_entries"]) == 1


def test_a_broken_import_file_is_a_clear_error_and_imports_nothing(client: TestClient) -> None:
    not_json = client.post("/journal/import", files={"file": ("notes.txt", b"hello")}, headers=SAME)
    assert not_json.status_code == 422
    assert "notes.txt is not a triggerpoint journal export" in not_json.text
    wrong = client.post(
        "/journal/import", files={"file": ("x.json", b'{"format": "other"}')}, headers=SAME
    )
    assert wrong.status_code == 422 and "not a triggerpoint journal export" in wrong.text
    assert [p["name"] for p in client.get("/api/profiles").json()["profiles"]] == ["me"]


def test_a_change_from_another_site_is_refused(client: TestClient) -> None:
    for url, data in (
        ("/journal/log", {"r": "temple:right", "n.temple:right": "5"}),
        ("/journal/checkin", {"sleep": "5"}),
        ("/profiles/add", {"name": "x"}),
        ("/profiles/choose", {"name": "me"}),
    ):
        refused = client.post(url, data=data, headers={"Sec-Fetch-Site": "cross-site"})
        assert refused.status_code == 403, url
    other_origin = client.post(
        "/journal/checkin", data={"sleep": "5"}, headers={"Origin": "http://evil.example"}
    )
    assert other_origin.status_code == 403
    assert client.get("/api/journal/history").json()["pain_entries"] == []
    assert client.get("/api/journal/checkin").json()["checkins"] == []
    assert len(client.get("/api/profiles").json()["profiles"]) == 1
    same = client.post(
        "/journal/checkin",
        data={"sleep": "5"},
        headers={"Origin": "http://127.0.0.1"},
        follow_redirects=False,
    )
    assert same.status_code == 303


def test_every_journal_page_has_its_twin_in_openapi(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for twin in (
        "/api/journal",
        "/api/journal/history",
        "/api/journal/progress",
        "/api/journal/map",
        "/api/journal/checkin",
        "/api/journal/reports",
        "/api/journal/export",
        "/api/journal/import",
        "/api/journal/entries",
        "/api/profiles",
        "/api/profiles/choose",
    ):
        assert twin in paths, twin


def test_copy_reaches_back_beyond_the_recent_days(client: TestClient) -> None:
    _log(client, {"calf:left": 5}, at="2026-10-01T09:00")  # seven weeks ago
    page = client.get("/journal").text
    assert "Nothing logged in the last 7 days." in page
    copied = client.get("/journal?copy=1").text
    assert "Copied your last drawing" in copied
    assert re.search(r'aria-checked="true"[^>]*data-spec="calf:left"', copied)


# The progress charts, drawn from analytics results


def _entries(days: int, places: list[tuple[str, str]], level: int) -> list[Any]:
    from triggerpoint.records import PainEntry, PainSpot

    start = datetime(2026, 10, 1, 9, 0).astimezone()
    return [
        PainEntry(
            at=start + timedelta(days=d),
            spots=[PainSpot(region=r, side=s, intensity=max(0, level - d // 7)) for r, s in places],
        )
        for d in range(days)
    ]


def test_the_trend_chart_says_in_words_what_it_draws() -> None:
    from triggerpoint.analytics.log import PainLog
    from triggerpoint.analytics.trends import overall_trend
    from triggerpoint.web.journal_charts import trend_svg

    trend = overall_trend(PainLog.from_entries(_entries(21, [("temple", "right")], 7)))
    assert trend is not None
    chart = trend_svg(trend, trend.change.words)
    assert chart.svg.count('class="daily"') == 21  # one dot per logged day
    label = re.search(r'aria-label="([^"]+)"', chart.svg)
    assert label and f"first-week mean {trend.baseline:.1f}" in label.group(1)
    assert f"latest 7-day mean {trend.recent:.1f}" in label.group(1)
    assert any("within 2.0 points" in text for _, _, text in chart.legend)  # 7 -> MCID 2


def test_region_lines_differ_by_dash_as_well_as_colour(kb: Any) -> None:
    from triggerpoint.analytics.log import PainLog
    from triggerpoint.analytics.trends import region_trends
    from triggerpoint.reports.data import Names
    from triggerpoint.web.journal_charts import MAX_REGION_LINES, regions_svg

    places = [
        ("temple", "right"),
        ("temple", "left"),
        ("sacrum", "midline"),
        ("calf", "left"),
        ("calf", "right"),
        ("back-of-neck", "left"),
        ("back-of-neck", "right"),
    ]
    chart = regions_svg(region_trends(PainLog.from_entries(_entries(10, places, 5))), Names.of(kb))
    assert chart is not None
    lines = re.findall(
        r'<path class="region (r\d)" d="[^"]+"( stroke-dasharray="[^"]+")?', chart.svg
    )
    assert len(lines) == MAX_REGION_LINES < len(places)
    assert len({dash for _, dash in lines}) == MAX_REGION_LINES
    assert [label for _, _, label in chart.legend][0] == "Back of the neck (left)"


def test_session_marks_show_a_meaningful_change_by_tone_and_legend() -> None:
    from triggerpoint.analytics.sessions import session_overview
    from triggerpoint.records import SessionRecord
    from triggerpoint.web.journal_charts import sessions_svg

    start = datetime(2026, 11, 1, 9, 0).astimezone()
    records = [
        SessionRecord(
            started_at=start + timedelta(days=i),
            ended_at=start + timedelta(days=i, minutes=8),
            pain_before=b,
            pain_after=a,
            safety_level="self-care",
            steps=[],
        )
        for i, (b, a) in enumerate(((7, 3), (5, 5), (3, 6)))
    ]
    chart = sessions_svg(session_overview(records).changes)
    assert chart is not None
    assert re.findall(r'<g class="session (\w+)"', chart.svg) == ["better", "same", "worse"]
    assert "fell by a meaningful amount in 1, rose by a meaningful amount in 1" in chart.svg
