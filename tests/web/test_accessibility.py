"""WCAG 2.2 AA in a real browser: axe-core (bundled by ``axe-playwright-python``, no download) on
every page at desktop and phone width, and our own checks for what axe does not see: the body
map's target sizes and their list twins, the contrast of marked, unmarked and focused regions,
and a visible focus on every control reached with Tab.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": TAGS}}
#: Every page, in the states that change what it shows: name -> (path, also at phone width).
#: ``{no}`` stands for 'no' to every safety question (from /api/questions).
PAGES = {
    "start": ("/", True),
    "where": ("/where", True),
    "where-marked": (
        "/where?r=temple:right&n.temple:right=6&r=low-back:left&text=right+temple",
        False,
    ),
    "results": ("/results?r=temple:right&n.temple:right=6", False),
    "results-answered": ("/results?r=temple:right&{no}", True),
    "results-pressed": ("/results?r=temple:right&{no}&confirm=temporalis", False),
    "results-emergency": ("/results?r=temple:right&a=chest-pain:yes", True),
    "muscles": ("/muscles", False),
    "muscles-search": ("/muscles?q=temple", True),
    "muscle": ("/muscles/upper-trapezius", True),
    "muscle-therapist-only": ("/muscles/infrahyoids", False),
    "about": ("/about", False),
    "error": ("/muscles/no-such-muscle", False),
    "plan": ("/plan", False),
    "plan-questions": ("/plan?m=upper-trapezius&tools_set=1", False),
    "plan-shown": ("/plan?m=upper-trapezius&m=levator-scapulae&{no}", True),
    "plan-blocked": ("/plan?m=upper-trapezius&a=chest-pain:yes", False),
    "session-questions": ("/session?m=upper-trapezius", False),
    "session": ("/session?m=upper-trapezius&side=right&{no}", True),
    "journal": ("/journal", True),
    "journal-checkin": ("/journal/checkin", False),
    "journal-history": ("/journal/history", False),
    "journal-progress": ("/journal/progress", True),
    "journal-map": ("/journal/map", False),
    "journal-reports": ("/journal/reports", False),
    "journal-export": ("/journal/export", False),
    "profiles": ("/profiles", True),
}
CASES = [pytest.param(path, DESKTOP, id=f"{name}-desktop") for name, (path, _) in PAGES.items()]
CASES += [
    pytest.param(path, PHONE, id=f"{name}-phone") for name, (path, phone) in PAGES.items() if phone
]
_axe = Axe()


@pytest.fixture(scope="module")
def all_no(base_url: str) -> str:
    """'a=ID:no' for every safety question, as a query string."""
    questions = httpx.get(base_url + "/api/questions", timeout=10).json()
    assert len(questions) > 10
    return "&".join(f"a={q['id']}:no" for q in questions)


@pytest.fixture(scope="module", autouse=True)
def journal_with_records(base_url: str) -> None:
    """Two weeks of pain entries and a session, so the journal pages draw their charts, maps
    and tables (an empty journal shows little to check)."""
    today = date.today()
    for days in range(14, 0, -1):  # up to yesterday: the future is refused
        day = today - timedelta(days=days)
        level = max(1, 7 - days // 3) if days % 4 else 8
        for hour, spots in (
            (8, [f"temple:right={level}", "back-of-neck:right=3"]),
            (20, [f"temple:right={max(0, level - 2)}"]),
        ):
            answer = httpx.post(
                base_url + "/api/journal/entries",
                timeout=10,
                json={
                    "spots": spots,
                    "qualities": ["aching"],
                    "at": f"{day.isoformat()}T{hour:02d}:00",
                },
            )
            assert answer.status_code == 200, answer.text
    start = datetime.combine(today - timedelta(days=2), time(9, 0), tzinfo=UTC)
    session = {
        "started_at": start.isoformat(),
        "ended_at": (start + timedelta(minutes=6)).isoformat(),
        "pain_before": 6,
        "pain_after": 3,
        "safety_level": "self-care",
        "stopped_early": False,
        "plan_id": None,
        "steps": [
            {
                "muscle": "upper-trapezius",
                "side": "right",
                "technique": "sustained-pressure",
                "tool": "thumb",
                "duration_s": 90,
                "pressure": 4,
                "completed": True,
            }
        ],
    }
    answer = httpx.post(base_url + "/api/sessions", json=session, timeout=10)
    assert answer.status_code == 201, answer.text


def axe_violations(page: Any) -> list[dict[str, Any]]:
    results = _axe.run(page, options=AXE_OPTIONS)
    assert results.response["passes"], "axe evaluated nothing: is it running?"
    violations: list[dict[str, Any]] = results.response["violations"]
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
    )


@pytest.mark.parametrize(("path", "viewport"), CASES)
def test_axe_finds_no_violation(
    new_page: Any, all_no: str, path: str, viewport: dict[str, int]
) -> None:
    page = new_page(viewport=viewport)
    response = page.goto(path.format(no=all_no))
    assert response is not None and response.status in (200, 422), response
    violations = axe_violations(page)
    assert not violations, describe(violations)


#: Whether any of a grid of points over the focused element shows the element itself.
VISIBLE_PART = """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
    for (let i = 1; i < 6; i++) { for (let j = 1; j < 6; j++) {
        const x = r.left + r.width * i / 6, y = r.top + r.height * j / 6;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === e || e.contains(hit))) return true; } }
    return false; }"""


#: Whether every point of a grid over the named button shows the button (nothing covers it).
FULLY_VISIBLE = """(name) => { const e = [...document.querySelectorAll('button')]
        .find(b => b.textContent.trim() === name); const r = e.getBoundingClientRect();
    for (let i = 1; i < 6; i++) { for (let j = 1; j < 6; j++) {
        const x = r.left + r.width * i / 6, y = r.top + r.height * j / 6;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === e || e.contains(hit))) return false; } }
    return true; }"""


def test_axe_on_a_session_being_walked(new_page: Any, all_no: str) -> None:
    """The walk's screen is built by session.js: check it while a step runs, and at the end."""
    page = new_page(viewport=PHONE)
    page.goto(f"/session?m=upper-trapezius&side=right&{all_no}&speed=50")
    page.get_by_role("button", name="Start the session").click()
    page.get_by_role("button", name="Pause").click()
    assert page.get_by_role("button", name="Resume").is_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    # on a 360x780 phone the four timer buttons show whole, above the sticky stop rule
    for name in ("Resume", "+30 s", "Skip this step", "Stop the session"):
        assert page.evaluate(FULLY_VISIBLE, name), f"{name} is partly covered on a phone"
    # WCAG 2.4.11: a focused control is never entirely hidden (the stop rule sticks to the
    # bottom of a phone's screen during a step)
    for name in ("Resume", "+30 s", "Skip this step", "Stop the session"):
        page.get_by_role("button", name=name).focus()
        assert page.evaluate(VISIBLE_PART), f"{name} is hidden when focused"
    page.get_by_role("button", name="Stop the session").click()
    page.get_by_role("heading", name="How is it now?").wait_for()
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_axe_would_see_a_violation(page: Any) -> None:
    """The harness can fail: an image with no text alternative is reported."""
    page.goto("/about")
    page.evaluate("""() => { const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; img.width = 30; img.height = 30;
        document.querySelector('main').appendChild(img); }""")
    assert "image-alt" in {v["id"] for v in axe_violations(page)}


# -- what axe does not check --------------------------------------------------------------------


def rgb(css: str) -> tuple[float, float, float]:
    match = re.fullmatch(r"rgba?\((\d+), (\d+), (\d+)(?:, [\d.]+)?\)", css.strip())
    assert match, f"not an rgb() colour: {css!r}"
    red, green, blue = (int(g) for g in match.groups())
    return red, green, blue


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two computed CSS colours."""

    def luminance(css: str) -> float:
        channels = [c / 255 for c in rgb(css)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_helper() -> None:
    assert contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)") == pytest.approx(21)
    assert contrast("rgb(118, 118, 118)", "rgb(255, 255, 255)") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_map_region_has_a_24px_target_or_a_list_twin(
    new_page: Any, viewport: dict[str, int]
) -> None:
    page = new_page(viewport=viewport)
    page.goto("/where")
    regions = page.locator(".bodymap .region").evaluate_all("""ps => ps.map(p => {
        const r = p.getBoundingClientRect();
        return {spec: p.dataset.spec, name: p.getAttribute('aria-label'),
                width: r.width, height: r.height}; })""")
    rows = page.locator(".region-row").evaluate_all("""rs => rs.map(r => {
        const box = r.querySelector('input[type=checkbox]');
        const label = r.querySelector('label[for="' + box.id + '"]');
        return {spec: box.value, row: r.getBoundingClientRect().height,
                label: label.getBoundingClientRect().height,
                name: label.textContent.trim()}; })""")
    assert len(regions) > 200 and rows
    listed = {r["spec"]: r for r in rows}
    small = [r for r in regions if min(r["width"], r["height"]) < 24]
    for region in regions:
        if region in small:
            twin = listed.get(region["spec"])
            assert twin, f"{region['name']} is under 24 px and has no list twin"
            assert twin["row"] >= 24 and twin["label"] >= 24, twin
            assert region["name"].startswith(twin["name"] + ", "), (region, twin)
    # every list row is a comfortable target, and nothing in the list is missing from the map
    assert all(r["row"] >= 24 and r["label"] >= 24 for r in rows), [
        r for r in rows if r["row"] < 24 or r["label"] < 24
    ]
    assert set(listed) == {r["spec"] for r in regions}


def region_style(page: Any, name: str) -> dict[str, str]:
    style: dict[str, str] = page.locator(f'.bodymap [aria-label="{name}"]').evaluate(
        """p => { const s = getComputedStyle(p);
                  return {fill: s.fill, stroke: s.stroke, width: s.strokeWidth}; }"""
    )
    return style


def test_marked_unmarked_and_focused_regions_contrast(page: Any) -> None:
    page.goto("/where?r=temple:right&r=forehead:right")
    marked = region_style(page, "Right temple, front view")
    plain = region_style(page, "Left temple, front view")
    # a marked region stands out from unmarked ones (WCAG 1.4.11: 3:1)
    assert contrast(marked["fill"], plain["fill"]) >= 3, (marked, plain)
    # region borders against their fill, marked and not (two marked neighbours stay apart)
    assert contrast(plain["stroke"], plain["fill"]) >= 3, plain
    assert contrast(marked["stroke"], marked["fill"]) >= 3, marked
    # the unmarked outline against the page, so the body's outline is visible
    page_colour = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert contrast(plain["stroke"], page_colour) >= 3
    # focus shows on both kinds of region: a thick edge that contrasts with the fill
    for name, before in (("Left temple, front view", plain), ("Right temple, front view", marked)):
        page.locator(f'.bodymap [aria-label="{name}"]').focus()
        focused = region_style(page, name)
        width = float(focused["width"].removesuffix("px"))
        assert width >= 2.5 and width >= 2 * float(before["width"].removesuffix("px")), focused
        assert contrast(focused["stroke"], before["fill"]) >= 3, (name, focused)


def focus_style(page: Any) -> dict[str, Any]:
    style: dict[str, Any] = page.evaluate("""() => { const e = document.activeElement;
        const s = getComputedStyle(e);
        let bg = 'rgb(255, 255, 255)';
        // an outline drawn outside the element lies on its parent's background
        const start = parseFloat(s.outlineOffset) > 0 ? e.parentNode : e;
        for (let n = start; n && n !== document; n = n.parentNode) {
            const c = getComputedStyle(n).backgroundColor;
            if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; } }
        return {tag: e.tagName, text: (e.getAttribute('aria-label') || e.textContent || e.name
                                       || '').trim().slice(0, 40),
                style: s.outlineStyle, width: parseFloat(s.outlineWidth),
                colour: s.outlineColor, stroke: s.stroke, strokeWidth: parseFloat(s.strokeWidth),
                background: bg, svg: e instanceof SVGElement}; }""")
    return style


@pytest.mark.parametrize(
    "name",
    [
        "start",
        "where",
        "results-answered",
        "muscles",
        "muscle",
        "plan-shown",
        "journal",
        "profiles",
    ],
)
def test_focus_is_visible_on_every_control_reached_with_tab(
    page: Any, all_no: str, name: str
) -> None:
    page.goto(PAGES[name][0].format(no=all_no))
    seen = 0
    for _ in range(25):
        page.keyboard.press("Tab")
        f = focus_style(page)
        if f["tag"] == "BODY":
            break
        seen += 1
        if f["svg"]:  # map regions show focus with their edge (outline is not drawn on SVG)
            assert f["strokeWidth"] >= 2.5, f
        else:
            assert f["style"] not in ("none", "hidden") and f["width"] >= 2, f
            assert contrast(f["colour"], f["background"]) >= 3, f
    assert seen >= 5
