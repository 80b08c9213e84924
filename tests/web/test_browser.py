"""The web app in a real browser (Debian's Chromium via Playwright) against a real
``triggerpoint serve``: marking places with the mouse, the keyboard, words and the list; the
safety gate; the press test; a phone with touch; and no request ever leaving the machine.

The ranking shown in the browser is compared with ``triggerpoint find --json`` run as a process
for the same input, so these tests follow the finder rather than hard-coding its answers.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

PHONE = {"width": 360, "height": 780}

SUBMIT = "Show what may cause it"


@functools.cache
def cli_ranking(*args: str) -> list[str]:
    """The muscles ``triggerpoint find --json ARGS`` ranks, best first."""
    exe = Path(sys.executable).parent / "triggerpoint"
    done = subprocess.run(
        [str(exe), "find", "--json", *args], capture_output=True, text=True, timeout=120, check=True
    )
    return [c["muscle"] for c in json.loads(done.stdout)["candidates"]]


def shown_ranking(page: Any) -> list[str]:
    """The muscles the results page lists, best first (from each candidate's anchor)."""
    ids: list[str] = page.locator("ol.candidates > li.candidate").evaluate_all(
        "items => items.map(li => li.id)"
    )
    assert all(i.startswith("m-") for i in ids), ids
    return [i[2:] for i in ids]


def region(page: Any, name: str) -> Any:
    return page.locator(f'.bodymap [role="checkbox"][aria-label="{name}"]')


def list_box(page: Any, spec: str) -> Any:
    return page.locator(f'input[type=checkbox][name="r"][value="{spec}"]')


def submit_where(page: Any) -> None:
    page.get_by_role("button", name=SUBMIT).click()
    page.wait_for_url("**/results?**")


def test_mouse_click_marks_the_right_temple_and_results_match_the_cli(page: Any) -> None:
    page.goto("/where")
    temple = region(page, "Right temple, front view")
    assert temple.get_attribute("aria-checked") == "false"
    temple.click()
    assert temple.get_attribute("aria-checked") == "true"
    # the list mirrors the map: it is what the form sends
    assert list_box(page, "temple:right").is_checked()
    assert "Right temple marked" in page.locator("#map-status").inner_text()
    submit_where(page)
    assert parse_qs(urlsplit(page.url).query)["r"] == ["temple:right"]
    shown = shown_ranking(page)
    expected = cli_ranking("-r", "temple:right")
    assert shown[0] == expected[0]
    assert shown == expected[: len(shown)]
    assert {"upper-trapezius", "temporalis"} & set(shown[:3])
    # clicking again unmarks, on the map and in the list
    page.go_back()
    page.wait_for_url("**/where**")
    temple = region(page, "Right temple, front view")
    if temple.get_attribute("aria-checked") == "true":  # the browser may restore the form
        temple.click()
    assert temple.get_attribute("aria-checked") == "false"
    assert not list_box(page, "temple:right").is_checked()


def test_keyboard_only_one_tab_stop_arrows_and_space(page: Any) -> None:
    page.goto("/where")
    # Tab from the top of the page until focus enters the front view of the map
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#view-front')"):
            break
    else:
        pytest.fail("Tab never reached the body map")
    front = page.locator("#view-front .region")
    assert page.locator('#view-front .region[tabindex="0"]').count() == 1
    assert front.count() > 50
    first = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert first.endswith(", front view")
    # arrows move within the map, one region at a time, keeping a single tab stop
    page.keyboard.press("ArrowRight")
    second = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert second != first and second.endswith(", front view")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == first
    target = "Right temple, front view"
    for _ in range(front.count()):
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == target:
            break
        page.keyboard.press("ArrowRight")
    else:
        pytest.fail(f"arrow keys never reached {target}")
    assert page.locator('#view-front .region[tabindex="0"]').count() == 1
    page.keyboard.press("Space")
    assert region(page, target).get_attribute("aria-checked") == "true"
    assert list_box(page, "temple:right").is_checked()
    # the next Tab leaves the map (both views): the whole map is one stop, not one per view
    assert page.locator('.bodymap .region[tabindex="0"]').count() == 1
    page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('.bodymap')")
    # back to the map, then to the text box, and Enter submits the form
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == target
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "text"
    page.keyboard.press("Enter")
    page.wait_for_url("**/results?**")
    assert shown_ranking(page)[0] == cli_ranking("-r", "temple:right")[0]


def test_words_in_the_text_box_rank_like_the_cli(page: Any) -> None:
    words = "pain in my right temple"
    page.goto("/where")
    page.get_by_label("Describe it in your own words").fill(words)
    submit_where(page)
    assert "temple (right)" in page.locator(".understood").first.inner_text().lower()
    shown = shown_ranking(page)
    expected = cli_ranking(words)
    assert shown[0] == expected[0]
    assert {"upper-trapezius", "temporalis"} & set(shown[:3])


def test_the_list_filter_finds_a_place_and_marks_it(page: Any) -> None:
    page.goto("/where")
    page.get_by_label("Find a place").fill("temple")
    visible = page.locator(".region-row:visible")
    names = visible.evaluate_all("rows => rows.map(r => r.dataset.name)")
    assert names and all("temple" in n for n in names), names
    assert page.locator(".region-row").count() > len(names)
    page.get_by_label("Left temple", exact=True).check()
    # the map follows the list
    assert region(page, "Left temple, front view").get_attribute("aria-checked") == "true"
    assert region(page, "Left temple, back view").get_attribute("aria-checked") == "true"
    page.get_by_label("How much, 0 to 10, Left temple").select_option("7")
    submit_where(page)
    query = parse_qs(urlsplit(page.url).query)
    assert query["r"] == ["temple:left"] and query["n.temple:left"] == ["7"]
    assert shown_ranking(page)[0] == cli_ranking("-r", "temple:left=7")[0]


def answer_start(page: Any, yes: set[str]) -> list[str]:
    """Answer every question on the start page (yes for the ids given, no for the rest) with
    the mouse; returns the question ids in order."""
    radios = page.locator('form.questions input[type=radio][value="no"]')
    ids = [n.removeprefix("a.") for n in radios.evaluate_all("rs => rs.map(r => r.name)")]
    for qid in ids:
        answer = "yes" if qid in yes else "no"
        page.locator(f'form.questions input[name="a.{qid}"][value="{answer}"]').check()
    # one radio group per question: every answer is still chosen
    assert page.locator("form.questions input[type=radio]:checked").count() == len(ids)
    return ids


def test_yes_to_an_emergency_question_blocks_self_treatment(page: Any) -> None:
    page.goto("/")
    first = page.locator("form.questions input[type=radio]").first.get_attribute("name")
    assert first is not None and first.startswith("a.")
    ids = answer_start(page, {first.removeprefix("a.")})
    assert len(ids) >= 5
    page.get_by_role("button", name="Next: where does it hurt?").click()
    page.wait_for_url("**/where?**")
    region(page, "Right temple, front view").click()
    submit_where(page)
    banner = page.locator("section.safety")
    assert "level-emergency" in (banner.get_attribute("class") or "")
    assert banner.get_attribute("role") == "alert"
    assert "self-treatment" in banner.inner_text().lower()
    assert page.locator("ol.candidates").count() == 0
    assert page.locator(".spots").count() == 0
    assert page.get_by_role("link", name="Pressing here brought back my pain").count() == 0


def answer_open_questions(page: Any) -> None:
    """Answer the results page's safety questions 'no' with the form, and submit it."""
    form = page.locator("section.open-questions form")
    radios = form.locator('input[type=radio][value="no"]')
    for i in range(radios.count()):
        radios.nth(i).check()
    form.get_by_role("button").click()
    page.wait_for_load_state()


def test_the_press_test_re_ranks(page: Any) -> None:
    page.goto("/where?r=temple:right")
    submit_where(page)
    assert page.locator(".spots").count() == 0  # not before the questions
    answer_open_questions(page)
    assert page.locator("section.open-questions").count() == 0
    before = shown_ranking(page)
    texts_before = page.locator(".candidate").all_inner_texts()
    assert page.locator(".spots h4", has_text="Where to press").count() >= 1
    # press the second muscle's spot: it brought back the pain
    second = page.locator("li.candidate").nth(1)
    muscle = before[1]
    second.get_by_role("link", name="Pressing here brought back my pain").click()
    page.wait_for_url(f"**confirm={muscle}**")
    after = shown_ranking(page)
    texts_after = page.locator(".candidate").all_inner_texts()
    assert after != before or texts_after != texts_before
    assert after.index(muscle) <= before.index(muscle)
    answers = parse_qs(urlsplit(page.url).query)["a"]
    expected = cli_ranking("-r", "temple:right", "--confirm", muscle)
    assert after[0] == expected[0]
    assert len(answers) >= 10  # the answers stay in the URL


def test_phone_tap_marks_and_front_back_switch(new_page: Any) -> None:
    page = new_page(viewport=PHONE, has_touch=True, is_mobile=True, device_scale_factor=2)
    page.goto("/where")
    front, back = page.locator("#view-front"), page.locator("#view-back")
    assert front.is_visible() and not back.is_visible()  # one view at a time on a phone
    region(page, "Right temple, front view").tap()
    assert region(page, "Right temple, front view").get_attribute("aria-checked") == "true"
    page.get_by_role("button", name="Back view").tap()
    assert back.is_visible() and not front.is_visible()
    assert page.get_by_role("button", name="Back view").get_attribute("aria-pressed") == "true"
    low_back = region(page, "Right low back, back view")
    low_back.tap()
    assert low_back.get_attribute("aria-checked") == "true"
    assert list_box(page, "low-back:right").is_checked()
    page.get_by_role("button", name="Front view").tap()
    assert front.is_visible() and not back.is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways on a phone ({width} px)"
    page.get_by_role("button", name=SUBMIT).tap()
    page.wait_for_url("**/results?**")
    assert set(parse_qs(urlsplit(page.url).query)["r"]) == {"temple:right", "low-back:right"}
    assert shown_ranking(page)


def answer_all_no(page: Any, form: Any) -> None:
    """Answer every yes/no question in ``form`` 'no' (with the mouse)."""
    radios = form.locator('input[type=radio][value="no"]')
    assert radios.count() > 0
    for i in range(radios.count()):
        radios.nth(i).check()


def test_build_save_a_plan_download_the_ics_then_walk_a_session(page: Any) -> None:
    """The loop: make a plan, download its calendar, save it, walk its next session with a
    fast clock, and find the session in the journal."""
    page.goto("/plan")
    page.get_by_label("Find a muscle by name or where it sends pain").fill("trapezius")
    visible = page.locator(".pick-row:visible").evaluate_all("rs => rs.map(r => r.dataset.name)")
    assert visible and all("trapezius" in n for n in visible), visible
    page.get_by_label("Upper trapezius", exact=True).check()
    page.get_by_label("Minutes per session").fill("5")
    page.get_by_role("button", name="Show the plan").click()
    page.wait_for_load_state()
    answer_all_no(page, page.locator("#plan-form"))
    page.get_by_role("button", name="Answer and show the plan").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Save to my journal").is_visible()

    with page.expect_download() as waiting:
        page.get_by_role("link", name="Download the calendar (.ics)").click()
    download = waiting.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Path(download.path()).read_text()
    assert calendar.startswith("BEGIN:VCALENDAR") and calendar.rstrip().endswith("END:VCALENDAR")
    events = calendar.count("BEGIN:VEVENT")
    assert events >= 14, events  # two weeks, at least a session a day
    assert "upper trapezius" in calendar.lower()

    page.get_by_role("button", name="Save to my journal").click()
    page.wait_for_url("**/plan/*")
    plan_id = urlsplit(page.url).path.rsplit("/", 1)[1]
    saved = page.request.get(f"/api/plan/{plan_id}").json()
    assert "upper-trapezius" in json.dumps(saved)
    assert page.request.get(f"/plan/{plan_id}/calendar.ics").text().count("BEGIN:VEVENT") == events

    start = page.get_by_role("link", name="Start the next session")
    href = start.get_attribute("href")
    assert href is not None
    page.goto(href + ("&" if "?" in href else "?") + "speed=200")
    questions = page.locator("section.open-questions form")
    if questions.count():
        answer_all_no(page, questions)
        questions.get_by_role("button").click()
        page.wait_for_load_state()
        page.goto(page.url + ("&" if "?" in page.url else "?") + "speed=200")
    assert "200" in page.get_by_text("Fast clock").inner_text()
    page.locator('label[for="pain-before-6"]').click()
    page.get_by_role("button", name="Start the session").click()
    page.get_by_role("heading", name="How is it now?").wait_for(timeout=60_000)
    page.locator('label[for="pain-after-3"]').click()
    page.get_by_role("button", name="Keep it in my journal").click()
    page.wait_for_url("**/session/done?id=*")
    assert "6/10 before, 3/10 after" in page.locator("main").inner_text()

    history = page.request.get("/api/journal/history").json()
    kept = [s for s in history["sessions"] if s.get("plan_id") == plan_id]
    assert len(kept) == 1, history["sessions"]
    assert (kept[0]["pain_before"], kept[0]["pain_after"]) == (6, 3)
    assert kept[0]["steps"] and all(
        step["muscle"] == "upper-trapezius" for step in kept[0]["steps"]
    )
    page.goto("/journal/history")
    assert "pain 6 → 3" in page.locator("main").inner_text()


def test_the_guard_catches_a_request_to_another_host(
    browser: Any, base_url: str, guard: Any
) -> None:
    """The guard itself works (so the next test can pass only because nothing went out)."""
    caught: list[str] = []
    context = browser.new_context(base_url=base_url)
    try:
        guard(context, base_url, caught)
        page = context.new_page()
        page.goto("/about")
        with pytest.raises(PlaywrightError):
            page.goto("http://example.invalid/x")
    finally:
        context.close()
    assert caught == ["http://example.invalid/x"]


def test_no_request_left_the_machine(outside_requests: list[str], base_url: str) -> None:
    """Across every browser test so far, no page asked for anything but this server."""
    assert urlsplit(base_url).hostname == "127.0.0.1"
    assert outside_requests == []
