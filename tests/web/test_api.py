"""The web app in-process (Starlette's TestClient over ``create_app``, a temporary journal): the
JSON twins equal the use cases' own ``to_json()``, the local-server protections hold, no page
carries inline script or style, and schemathesis finds no server error anywhere in the OpenAPI
description.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from inprocess import LOCAL, TestClient

from triggerpoint.services import AppContext
from triggerpoint.services.atlas import muscles_named, regions
from triggerpoint.services.consult import FindRequest, find_muscles
from triggerpoint.web import app as web_app
from triggerpoint.web.security import CSP

# -- JSON twins ---------------------------------------------------------------------------------

FINDS = [
    ({"r": ["temple:right"], "n.temple:right": "6"}, FindRequest(regions=["temple:right=6"])),
    (
        {"text": "behind my right eye and the right temple"},
        FindRequest(text="behind my right eye and the right temple"),
    ),
    (
        {
            "r": ["low-back:left", "buttock:left"],
            "a": ["chest-pain:no", "saddle:no"],
            "confirm": ["quadratus-lumborum"],
            "deny": ["gluteus-medius"],
            "top": "8",
        },
        FindRequest(
            regions=["low-back:left", "buttock:left"],
            answers={"chest-pain": False, "saddle": False},
            confirm=["quadratus-lumborum"],
            deny=["gluteus-medius"],
            top=8,
        ),
    ),
    (
        {"r": ["temple:right"], "a": ["chest-pain:yes"]},
        FindRequest(regions=["temple:right"], answers={"chest-pain": True}),
    ),
    ({"text": "a pain I cannot place"}, FindRequest(text="a pain I cannot place")),
]


@pytest.mark.parametrize(
    ("query", "request_"), FINDS, ids=["marks", "words", "answers-press", "red-flag", "unplaceable"]
)
def test_api_find_is_the_consultation(
    client: TestClient, ctx: AppContext, query: dict[str, Any], request_: FindRequest
) -> None:
    response = client.get("/api/find", params=query)
    assert response.status_code == 200, response.text
    assert response.json() == find_muscles(ctx, request_).to_json()


def test_the_results_page_shows_the_api_ranking(client: TestClient) -> None:
    query = {"r": ["temple:right", "back-of-neck:right"]}
    ranked = [c["muscle"] for c in client.get("/api/find", params=query).json()["candidates"]]
    page = client.get("/results", params=query).text
    shown = [m for m in ranked if f'id="m-{m}"' in page]
    assert shown == ranked[: len(shown)] and len(shown) >= 3
    assert page.index(f'id="m-{shown[0]}"') < page.index(f'id="m-{shown[1]}"')


def test_the_results_page_names_what_else_a_muscle_explains(client: TestClient) -> None:
    """Beside the places: a symptom the muscle causes and a resisted test it fails, as the
    command line says them."""
    page = client.get("/results", params={"text": "why does my temple hurt when i chew"}).text
    assert "pain on chewing (a symptom it causes)" in page
    note = "R posterior shoulder pain, deep, just below the acromion. Resisted ER reproduces."
    page = client.get("/results", params={"text": note}).text
    assert "(a movement it makes)" in page


def test_api_muscle_and_regions_are_the_atlas(client: TestClient, ctx: AppContext) -> None:
    muscle = client.get("/api/muscles/upper-trapezius").json()
    assert muscle == muscles_named(ctx, "upper-trapezius")[0].model_dump(mode="json")
    assert client.get("/api/regions").json() == [r.model_dump(mode="json") for r in regions(ctx)]
    found = client.get("/api/muscles", params={"q": "temple"}).json()
    assert {"temporalis", "upper-trapezius"} <= {m["id"] for m in found}


def test_bad_input_is_a_clear_422_not_a_traceback(client: TestClient) -> None:
    response = client.get("/api/find", params={"r": "temple:right", "a": "chest-pain:maybe"})
    assert response.status_code == 422
    assert "question-id:yes" in response.json()["error"]
    page = client.get("/results", params={"r": "temple:right", "n.temple:right": "11"})
    assert page.status_code == 422
    assert "0 to 10" in page.text and "Traceback" not in page.text


def test_api_find_reads_its_own_query_and_still_documents_it(client: TestClient) -> None:
    """/api/find reads its query once (FindState, top_of); OpenAPI still describes every part,
    and a bad 'top' is a clear 422 in the API's error shape."""
    three = client.get("/api/find", params={"r": "temple:right", "top": "3"}).json()
    assert len(three["candidates"]) == 3
    assert len(client.get("/api/find", params={"r": "temple:right"}).json()["candidates"]) == 5
    for bad in ("0", "51", "three", "2.5", "-1"):
        response = client.get("/api/find", params={"r": "temple:right", "top": bad})
        assert response.status_code == 422, bad
        assert "whole number from 1 to 50" in response.json()["error"], bad
    spec = client.get("/api/openapi.json").json()["paths"]["/api/find"]["get"]
    named = {p["name"]: p["schema"] for p in spec["parameters"]}
    assert set(named) == {"r", "a", "text", "confirm", "deny", "top"}
    assert (named["top"]["minimum"], named["top"]["maximum"]) == (1, 50)
    assert spec["responses"]["422"]["content"]["application/json"]["schema"]["required"] == [
        "error"]


def test_each_question_is_its_own_radio_group(client: TestClient) -> None:
    """One shared name made the whole form one radio group: only one answer could be given."""
    page = client.get("/").text
    names = re.findall(r'<input type="radio" name="([^"]+)" value="(yes|no)"', page)
    asked = [n for n, v in names if v == "yes"]
    assert len(asked) >= 5 and len(set(asked)) == len(asked)
    assert sorted(n for n, v in names if v == "no") == sorted(asked)
    # what such a form sends is read as answers
    first = asked[0].removeprefix("a.")
    sent = {"r": "temple:right", **dict.fromkeys(asked, "no"), asked[0]: "yes"}
    found = client.get("/api/find", params=sent).json()["safety"]
    assert found["level"] == "emergency" and found["self_care_allowed"] is False
    assert {q["id"]: q["answer"] for q in found["questions"]}[first] == "yes"


def test_health(client: TestClient) -> None:
    assert client.get("/api/health").json() == {"ok": True}


# -- protections of a local server --------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"])
def test_loopback_hosts_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/health", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:8765",
        "127.0.0.1.nip.io",
        "192.168.1.20:8765",
        "localhost.evil.example",
    ],
)
def test_other_hosts_are_refused(client: TestClient, host: str) -> None:
    """DNS rebinding: a page on another name that resolves to 127.0.0.1 gets nothing."""
    response = client.get("/api/find", params={"r": "temple:right"}, headers={"host": host})
    assert response.status_code == 400
    assert "127.0.0.1" in response.text
    assert response.headers["content-security-policy"] == CSP


@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
        {"origin": "http://evil.example"},
        {"origin": "null"},
    ],
    ids=["cross-site", "same-site", "foreign-origin", "null-origin"],
)
def test_cross_site_changes_are_refused(client: TestClient, headers: dict[str, str]) -> None:
    for path, form in (
        ("/profiles/add", {"name": "mallory"}),
        ("/journal/log", {"r": "temple:right"}),
    ):
        response = client.post(path, data=form, headers=headers, follow_redirects=False)
        assert response.status_code == 403, (path, headers)
    assert "mallory" not in client.get("/api/profiles").text


def test_same_origin_changes_pass_the_check(client: TestClient) -> None:
    response = client.post(
        "/profiles/add",
        data={"name": "sam"},
        follow_redirects=False,
        headers={"sec-fetch-site": "same-origin", "origin": LOCAL},
    )
    assert response.status_code == 303, response.text
    assert "sam" in client.get("/api/profiles").text


def test_a_profile_named_beyond_latin_1_can_be_chosen(client: TestClient) -> None:
    """Found by schemathesis: the cookie carried the raw name, and a header is Latin-1 only."""
    name = "Zoë 李"
    assert client.post("/api/profiles", json={"name": name}).status_code == 200
    response = client.post("/api/profiles/choose", json={"name": name})
    assert response.status_code == 200, response.text
    assert response.json()["chosen"] == name
    assert client.get("/api/profiles").json()["chosen"] == name
    assert f">{name}</a>" in client.get("/about").text  # the menu names the chosen profile
    client.cookies.clear()


EXPECTED_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/results?r=temple:right",
        "/api/find?r=temple:right",
        "/static/css/app.css",
        "/no-such-page",
        "/muscles/nope",
    ],
)
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    for name, value in EXPECTED_HEADERS.items():
        assert response.headers.get(name) == value, (path, name)
    assert "camera=()" in response.headers["permissions-policy"]
    csp = dict(part.strip().split(" ", 1) for part in CSP.split(";"))
    assert csp["script-src"] == "'self'" and csp["style-src"] == "'self'"
    assert csp["frame-ancestors"] == "'none'"


# -- no inline script or style in any page -----------------------------------------------------


class Inline(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, handlers, style attributes,
    <style> elements, and anything loaded from another origin."""

    def __init__(self, origin: str = LOCAL) -> None:
        super().__init__()
        self.origin = origin + "/"
        self.problems: list[str] = []
        self._script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "script":
            if not named.get("src"):
                self.problems.append("<script> without src")
            self._script = True
        if tag == "style":
            self.problems.append("<style> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name == "style":
                self.problems.append(f"<{tag} style=...>")
            loads = name in ("src", "action", "formaction", "srcset", "poster") or (
                tag == "link" and name == "href"
            )
            if (
                loads
                and value
                and not value.startswith(self.origin)
                and ("//" in value.split("?")[0] or value.startswith("javascript:"))
            ):
                self.problems.append(f"<{tag} {name}={value}> loads from elsewhere")
            if name == "href" and value and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} href=javascript:...>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = False

    def handle_data(self, data: str) -> None:
        if self._script and data.strip():
            self.problems.append("<script> with inline code")


def html_pages(app: FastAPI) -> list[str]:
    """Every GET page without path parameters in the OpenAPI description, plus the pages in
    their states that show more."""
    paths = app.openapi()["paths"]
    pages = [
        p
        for p, ops in paths.items()
        if "get" in ops
        and not p.startswith("/api")
        and "{" not in p
        and not p.endswith((".ics", ".json", "/printable", "/report"))
    ]
    return sorted(pages) + [
        "/where?r=temple:right&text=behind+my+right+eye",
        "/results?r=temple:right&n.temple:right=6",
        "/results?r=temple:right&a=chest-pain:yes",
        "/results?r=temple:right&confirm=temporalis",
        "/muscles?q=temple",
        "/muscles/upper-trapezius",
        "/muscles/infrahyoids",
        "/muscles/no-such-muscle",
        "/no-such-page",
    ]


def test_no_page_has_inline_script_or_style(client: TestClient, app: FastAPI) -> None:
    pages = html_pages(app)
    assert {"/", "/where", "/results", "/muscles", "/about"} <= set(pages)
    problems = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code < 500, (path, response.text[:500])
        if not response.headers.get("content-type", "").startswith("text/html"):
            continue
        parser = Inline()
        parser.feed(response.text)
        if parser.problems:
            problems[path] = sorted(set(parser.problems))
    assert not problems, problems


def test_the_inline_check_can_fail() -> None:
    parser = Inline()
    parser.feed(
        '<p style="color:red" onclick="x()">a</p><script>alert(1)</script>'
        '<script src="https://cdn.example/x.js"></script>'
    )
    assert len(parser.problems) == 5, parser.problems


def test_static_files_are_all_local(client: TestClient) -> None:
    root = Path(web_app.__file__).parent / "static"
    for path in root.rglob("*"):
        if path.suffix in (".js", ".css"):
            text = path.read_text()
            assert "http://" not in text and "https://" not in text, path
            url = "/static/" + path.relative_to(root).as_posix()
            assert client.get(url).status_code == 200, url


# -- schemathesis over the OpenAPI description ---------------------------------------------------


def test_schemathesis_finds_no_server_error(app: FastAPI) -> None:
    """Every operation, fuzzed from its schema: no 5xx anywhere (4xx for bad input is fine)."""
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.core.result import Err, Ok

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app, headers={"host": "127.0.0.1"})
    loaded = list(schema.get_all_operations())
    broken = [str(op.err()) for op in loaded if isinstance(op, Err)]
    assert not broken, broken
    operations = [op.ok() for op in loaded if isinstance(op, Ok)]
    assert len(operations) >= 10
    failures: list[str] = []
    statuses: dict[str, set[int]] = {}
    for operation in operations:

        @settings(
            max_examples=15,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            response = case.call(base_url=LOCAL, headers={"host": "127.0.0.1"})
            statuses.setdefault(case.operation.label, set()).add(response.status_code)
            try:
                case.validate_response(response, checks=[not_a_server_error])
            except AssertionError as exc:  # collected; every operation still runs
                failures.append(f"{case.operation.label}: {response.status_code} {exc}"[:800])

        run()
    assert not failures, "\n\n".join(failures)
    assert len(statuses) == len(operations)
    # the fuzzing reached the code behind the operations, not only the validation layer
    assert sum(any(s < 300 for s in seen) for seen in statuses.values()) >= len(operations) // 2, (
        statuses
    )


def test_the_fast_json_answer_is_the_document_json_dumps_writes(ctx: AppContext) -> None:
    """/api/find is encoded by orjson (web.app.FastJSONResponse): the same document, keys in
    the same order, as Starlette's JSONResponse (json.dumps) writes."""
    import json

    from fastapi.responses import JSONResponse

    from triggerpoint.web.app import FastJSONResponse

    for request in (FindRequest(regions=["low-back:left=6", "buttock:left=4"]),
                    FindRequest(text="sharp pain behind my right eye, 7/10, café au lait")):
        doc = find_muscles(ctx, request).to_json()
        fast, slow = FastJSONResponse(doc).body, JSONResponse(doc).body
        assert json.loads(fast) == json.loads(slow)
        assert list(json.loads(fast)) == list(json.loads(slow))
        assert fast.decode("utf-8").isascii() is slow.decode("utf-8").isascii()
