"""The browser UI's pages (find partners, organisation profile, events, secretariat dashboard, import)
served by the same FastAPI app as the API, so one process and one port serve both.

Pages are thin server-rendered shells (Jinja2) whose data comes from the public ``/v1`` API through
plain ES modules in ``static/js``: the UI never reads the graph any other way, so whatever it shows a
user can also be had from the API. The one exception is public: a page for an id checks that the id
exists, so an unknown one answers 404 with a page saying so rather than an empty profile.
Strings come from one dictionary per language
(``static/i18n/{en,ja}.json``); the server renders the English ones so a page reads well before its
script runs, and the script switches language in place. Front-end libraries (cytoscape, Chart.js)
are copied from the npm registry into ``static/vendor`` by ``scripts/build-web``; a page whose
library is missing still renders and says so.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from matchmaker import __version__
from matchmaker.access.policy import public
from matchmaker.api.deps import GraphDep
from matchmaker.graph.connection import Graph
from matchmaker.model.records import Id
from matchmaker.web import STATIC, TEMPLATES

VENDOR = STATIC / "vendor"
LANGUAGES = ("en", "ja")
# The library files scripts/build-web copies, by the name pages ask for.
VENDOR_FILES = {"cytoscape": "cytoscape.min.js", "chart": "chart.umd.min.js"}

templates = Jinja2Templates(directory=TEMPLATES)
router = APIRouter(include_in_schema=False)


@cache
def strings(lang: str) -> dict[str, str]:
    """One language's UI strings; read once, since they only change with a deploy."""
    return json.loads((STATIC / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))


def vendor_present() -> dict[str, bool]:
    """Which libraries were built; checked per request so running ``scripts/build-web`` needs no restart."""
    return {name: (VENDOR / file).is_file() for name, file in VENDOR_FILES.items()}


def page(request: Request, template: str, active: str, needs: tuple[str, ...] = (), **context: Any) -> HTMLResponse:
    """Render a page shell with the English strings; the page's script takes it from there."""
    en = strings("en")
    present = vendor_present()
    return templates.TemplateResponse(
        request,
        template,
        {
            "t": lambda key: en.get(key, key),
            "active": active,
            "version": __version__,
            "vendor": {name: VENDOR_FILES[name] for name in needs if present[name]},
            "missing": [name for name in needs if not present[name]],
            **context,
        },
    )


def exists(graph: Graph, label: str, node_id: str) -> bool:
    """Whether a page's subject exists. Records are public, so answering 404 reveals nothing a
    visitor could not read from ``/v1``; it spares them an empty page that looks like a bare profile."""
    rows = graph.read("read/page_exists", id=node_id, label=label)
    return bool(rows and rows[0]["found"])


def not_found(request: Request, what: str, node_id: str, active: str) -> HTMLResponse:
    """The 404 page for an id nothing carries, saying so in the reader's language (``notfound.*``)."""
    response = page(request, "not_found.html", active, what=what, node_id=node_id)
    response.status_code = 404
    return response


@router.get("/", response_class=HTMLResponse)
@public
def find_page(request: Request) -> HTMLResponse:
    return page(request, "find.html", "find")


@router.get("/organizations/{org_id}", response_class=HTMLResponse)
@public
def organization_page(request: Request, org_id: Id, graph: GraphDep) -> HTMLResponse:
    if not exists(graph, "Organization", org_id):
        return not_found(request, "organization", org_id, "find")
    return page(request, "organization.html", "find", ("cytoscape",), org_id=org_id)


@router.get("/events", response_class=HTMLResponse)
@public
def events_page(request: Request) -> HTMLResponse:
    return page(request, "events.html", "events")


@router.get("/events/{event_id}", response_class=HTMLResponse)
@public
def event_page(request: Request, event_id: Id, graph: GraphDep) -> HTMLResponse:
    if not exists(graph, "Event", event_id):
        return not_found(request, "event", event_id, "events")
    return page(request, "event.html", "events", event_id=event_id)


@router.get("/events/{event_id}/me", response_class=HTMLResponse)
@public
def participant_page(request: Request, event_id: Id) -> HTMLResponse:
    """A participant's own partnering (its member key): registration, suggestions, requests in and
    out, its agenda with feedback, and its notifications."""
    return page(request, "participant.html", "events", event_id=event_id)


@router.get("/dashboard", response_class=HTMLResponse)
@public
def dashboard_page(request: Request) -> HTMLResponse:
    return page(request, "dashboard.html", "dashboard", ("cytoscape", "chart"))


@router.get("/import", response_class=HTMLResponse)
@public
def import_page(request: Request) -> HTMLResponse:
    """The secretariat's import: upload a spreadsheet, preview it (a dry run), then write it. The
    shell is public like every page; the API it calls wants an admin or secretariat key."""
    return page(request, "import.html", "import")


@router.get("/self-assessment", response_class=HTMLResponse)
@public
def self_assessment_page(request: Request, org: Id | None = None) -> HTMLResponse:
    """A member body rates itself against its type's requirement list (issue 25); the API it calls
    wants the organisation's member key (or an admin's). Without ``org`` the key's own is used."""
    return page(request, "self_assessment.html", "certification", org_id=org)


@router.get("/maturity", response_class=HTMLResponse)
@public
def maturity_page(request: Request, community: Id | None = None) -> HTMLResponse:
    """The secretariat's maturity table and its members' self-assessed levels (issue 25)."""
    return page(request, "maturity.html", "certification", community_id=community)


@router.get("/favicon.ico")
@public
def favicon() -> RedirectResponse:
    """Browsers ask for it on every page; answer with the SVG icon rather than a logged 404."""
    return RedirectResponse("/static/img/icon.svg")


def install(app: FastAPI) -> None:
    """Add the UI to an app built by ``create_app()``: its pages and ``/static``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
