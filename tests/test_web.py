"""The browser UI as a person uses it: Debian's Chromium, headless, driven by Selenium against the
session's app (conftest ``api_url``: uvicorn over the real Neo4j) with small fictional data loaded
through the API. Each test saves a screenshot of its page to ``test-artifacts/screenshots/``.

The API wants a key for all but public data: the UI keeps one in ``localStorage``, entered in the
header's key field. Tests enter the session's admin key there as a user would, or set it in
``localStorage`` before opening the page they test; one test shows what a visitor without a key sees.

Chromium is not optional here: without ``/usr/bin/chromium`` and ``/usr/bin/chromedriver`` the
tests fail (CI installs them with apt), since a skipped browser test would pass a broken UI.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import icalendar
import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from matchmaker.access.models import Role
from matchmaker.graph.connection import Graph
from matchmaker.settings import REPO_ROOT
from tests.conftest import make_key
from tests.helpers import jsonl

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"
WAIT = 90  # seconds: the first match loads the encoder, the first schedule starts the solver
T = TypeVar("T")


def org(id_: str, kind: str, name: str, description: str, **extra: object) -> dict[str, object]:
    return {"record": "organization", "id": id_, "kind": kind, "name": name, "description": description, **extra}


def link(source: str, target: str, type_: str, **extra: object) -> dict[str, object]:
    return {"record": "link", "source": source, "target": target, "type": type_, **extra}


COMMUNITY = {"record": "community", "id": "w-gtb", "name": "Test Biocommunity", "name_ja": "テストバイオコミュニティ",
             "kind": "regional"}  # fmt: skip
POOL = [
    COMMUNITY,
    org("w-cdmo-aav", "cdmo", "Northwind Vector Works", "We manufacture AAV viral vectors under GMP for first-in-human "
        "clinical trials. Our 200 L suspension process covers upstream culture and purification.",
        name_ja="ノースウィンド・ベクター", needs="Drug ventures developing gene therapies that need clinical batches.",
        region="JP-14", communities=["w-gtb"]),
    org("w-cdmo-ab", "cdmo", "Sakura Biologics", "抗体医薬品の原薬製造と無菌充填をGMPで受託しています。"
        "2,000Lのシングルユース培養槽を備えています。", name_ja="さくらバイオロジクス", region="JP-12"),
    org("w-cdmo-pep", "cdmo", "Harbor Peptide Labs", "Contract synthesis of peptides and small molecules at kilogram "
        "scale. We do not manufacture under GMP.", region="JP-27"),
    org("w-cro", "cro", "Meadow Preclinical", "GLP toxicology and safety pharmacology studies for biologics.",
        region="JP-13"),
    org("w-vc", "vc", "Kaede Bio Capital", "遺伝子治療の創薬ベンチャーにシリーズAで投資するベンチャーキャピタルです。",
        name_ja="かえでバイオキャピタル", communities=["w-gtb"]),
    org("w-startup", "startup", "Aozora Gene Therapeutics", "We develop AAV gene therapies for inherited retinal "
        "disease; our lead is entering phase 1.", name_ja="あおぞらジーンセラピューティクス",
        needs="We need a CDMO for GMP manufacturing of our AAV vector, and Series A investors.",
        modalities=["gene_therapy", "viral_vector"], communities=["w-gtb"]),
    link("w-vc", "w-startup", "INVESTED_IN", since="2023-05-01", attributes={"round": "seed", "lead": True}),
    link("w-startup", "w-cro", "OUTSOURCES_TO", since="2024-01-10"),
]  # fmt: skip
AAV_NEED = "We need a CDMO for GMP manufacturing of our AAV vector for a phase 1 clinical trial."
ANTIBODY_NEED = "抗体医薬品の原薬をGMPで製造できる委託先を探しています。"


def load(api: httpx.Client, records: list[dict[str, Any]]) -> None:
    r = api.post("/v1/import", content=jsonl(*records).encode(), headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200, r.text


@pytest.fixture
def web(api_url: str, api: httpx.Client) -> str:
    """The UI's base URL: the session app must serve it (``matchmaker.api.pages.install`` in ``create_app``)."""
    page = httpx.get(f"{api_url}/dashboard", timeout=30)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"], (
        "the app does not serve the web UI: create_app() must call matchmaker.api.pages.install(app)"
    )
    return api_url


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """Where the browser saves what the UI downloads."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


def chromium(downloads: Path) -> WebDriver:
    """A headless Chromium that saves downloads into ``downloads`` without asking (one per session
    of a multi-user test, one per test otherwise)."""
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--lang=en-GB",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "profile.default_content_setting_values.automatic_downloads": 1,
    })  # fmt: skip
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture
def browser(downloads: Path) -> Iterator[WebDriver]:
    """Debian's Chromium, headless, one fresh profile per test (so no remembered language or key leaks)."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"browser tests need Debian's Chromium: {', '.join(missing)} missing (apt-get install chromium "
                    "chromium-driver)", pytrace=False)  # fmt: skip
    driver = chromium(downloads)
    try:
        yield driver
    finally:
        driver.quit()


def wait(driver: WebDriver, condition: Callable[[WebDriver], T], timeout: float = WAIT, what: str = "") -> T:
    """Wait for a condition; on timeout, say what was awaited and show the page's error box if any."""
    try:
        return WebDriverWait(
            driver, timeout, poll_frequency=0.2, ignored_exceptions=(StaleElementReferenceException,)
        ).until(condition)
    except WebDriverException as exc:
        errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".notice.error")]
        raise AssertionError(f"timed out waiting for {what or condition}; page errors: {errors}") from exc


def open_page(driver: WebDriver, url: str) -> None:
    driver.get(url)
    wait(driver, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"), what="page script")


def key_status(driver: WebDriver) -> str:
    return driver.find_element(By.ID, "api-key-status").text


def enter_key(driver: WebDriver, key: str) -> None:
    """Type a key into the header's field and save it, as a user would; the page reloads with it."""
    driver.execute_script("window.beforeSave = true")  # gone once the page has reloaded
    field = driver.find_element(By.ID, "api-key")
    field.clear()
    field.send_keys(key)
    driver.find_element(By.ID, "api-key-save").click()
    wait(
        driver,
        lambda d: d.execute_script("return !window.beforeSave && document.body.dataset.ready === 'true'"),
        what="the page to reload with the key",
    )


def use_key(driver: WebDriver, web: str, key: str) -> None:
    """Remember a key in the UI's origin (as the key field does); pages opened next send it."""
    open_page(driver, f"{web}/events")
    driver.execute_script("localStorage.setItem('matchmaker.apiKey', arguments[0])", key)


def downloaded(folder: Path, name: str) -> Path:
    """A file the browser saved, once complete."""
    path = folder / name
    deadline = time.monotonic() + 30
    while not (path.is_file() and not list(folder.glob("*.crdownload"))):
        if time.monotonic() > deadline:
            found = sorted(p.name for p in folder.iterdir())
            raise AssertionError(f"{name} was not downloaded; the folder has {found}")
        time.sleep(0.2)
    return path


def screenshot(driver: WebDriver, name: str) -> Path:
    """Save the page, full height (up to 3,000 px), for the test artifacts and the README."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.execute_script("window.scrollTo(0, 0)")
    height = min(3000, driver.execute_script("return document.documentElement.scrollHeight"))
    driver.set_window_size(1400, max(1000, height))
    time.sleep(0.3)
    path = SCREENSHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(1400, 1000)
    return path


def click(driver: WebDriver, element: Any) -> None:
    """Click an element scrolled to the middle of the window, not under the sticky header."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def results(driver: WebDriver) -> list[Any]:
    return driver.find_elements(By.CSS_SELECTOR, "#results .match")


def test_find_a_cdmo_by_free_text_and_open_its_profile(
    web: str, api: httpx.Client, admin_key: str, browser: WebDriver
) -> None:
    load(api, POOL)
    open_page(browser, f"{web}/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Find partners"
    assert key_status(browser) == "No key: public data only"
    enter_key(browser, admin_key)
    assert key_status(browser) == f"Signed in with key {admin_key[:15]}"
    assert browser.execute_script("return localStorage.getItem('matchmaker.apiKey')") == admin_key
    browser.find_element(By.ID, "need-text").send_keys(AAV_NEED)
    Select(browser.find_element(By.ID, "target")).select_by_value("cdmo")
    browser.find_element(By.ID, "find-submit").click()
    found = wait(browser, results, what="match results")
    first = found[0]
    assert first.find_element(By.CSS_SELECTOR, ".match-name").text == "Northwind Vector Works"
    assert {m.get_attribute("data-id") for m in found} <= {"w-cdmo-aav", "w-cdmo-ab", "w-cdmo-pep"}
    reasons = [r.text for r in first.find_elements(By.CSS_SELECTOR, ".reasons li")]
    assert reasons and any("GMP" in r or "vector" in r.lower() for r in reasons), reasons
    assert float(first.find_element(By.CSS_SELECTOR, ".score-value").text) > 0
    screenshot(browser, "find")

    first.find_element(By.CSS_SELECTOR, ".match-name").click()
    wait(browser, lambda d: d.find_element(By.ID, "org-name").text == "Northwind Vector Works", what="profile")
    assert "AAV viral vectors under GMP" in browser.find_element(By.ID, "org-description").text
    facets = browser.find_elements(By.CSS_SELECTOR, "#org-facets tr.facet")
    assert any("GMP" in f.text for f in facets), [f.text for f in facets]
    assert "Test Biocommunity" in browser.find_element(By.ID, "org-links").text
    drawn = "return window.matchmakerGraph && window.matchmakerGraph.nodes().length"
    nodes = wait(browser, lambda d: d.execute_script(drawn), what="neighbourhood graph")
    assert nodes == 2  # itself and its community
    open_page(browser, f"{web}/organizations/w-startup")  # a profile with investors and partners, for the picture
    wait(browser, lambda d: d.execute_script(drawn) == 4, what="the venture's neighbourhood")
    assert "Kaede Bio Capital" in browser.find_element(By.ID, "org-links").text
    screenshot(browser, "organization")
    browser.back()
    wait(browser, lambda d: d.find_element(By.ID, "org-name").text == "Northwind Vector Works", what="back")
    browser.find_element(By.ID, "org-find").click()
    wait(browser, lambda d: len(results(d)) > 0, what="matches for the organisation")
    assert "org=w-cdmo-aav" in browser.current_url


def test_a_parts_maker_finds_buyers_by_what_it_offers(
    web: str, api: httpx.Client, admin_key: str, browser: WebDriver
) -> None:
    buyers = [
        org("w-buyer-bags", "cdmo", "Hokuto Biologics", "Antibody CDMO in Sendai running 2,000 L single-use lines.",
            needs="We buy single-use bags from overseas and want a domestic second source.", region="JP-04"),
        org("w-buyer-covered", "cdmo", "Minato Bio", "Antibody CDMO in Tokyo with single-use upstream.",
            needs="Single-use bags are covered by our current supplier.", region="JP-13"),
    ]  # fmt: skip
    load(api, [*POOL, *buyers])
    use_key(browser, web, admin_key)
    open_page(browser, f"{web}/")
    browser.find_element(By.CSS_SELECTOR, 'input[name="mode"][value="offer"]').click()
    browser.find_element(By.ID, "offer-text").send_keys("We make single-use bags and tubing in Japan.")
    Select(browser.find_element(By.ID, "target")).select_by_value("cdmo")
    browser.find_element(By.ID, "find-submit").click()
    found = wait(browser, results, what="buyers")
    assert found[0].get_attribute("data-id") == "w-buyer-bags"
    assert "buyers who look for what you offer" in browser.find_element(By.ID, "find-status").text
    reasons = [r.text for r in found[0].find_elements(By.CSS_SELECTOR, ".reasons li")]
    assert any("They look for Single-use bags" in r for r in reasons), reasons
    assert "offer=" in browser.current_url
    screenshot(browser, "find-offer")


def test_switch_to_japanese_and_it_is_remembered(
    web: str, api: httpx.Client, admin_key: str, browser: WebDriver
) -> None:
    load(api, POOL)
    use_key(browser, web, admin_key)
    open_page(browser, f"{web}/")
    browser.find_element(By.ID, "lang-ja").click()
    wait(browser, lambda d: d.find_element(By.TAG_NAME, "h1").text == "パートナーを探す", what="Japanese strings")
    assert browser.find_element(By.CSS_SELECTOR, ".nav a.active").text == "パートナー検索"
    assert browser.find_element(By.CSS_SELECTOR, "label[for=api-key]").text == "APIキー"
    assert key_status(browser) == f"キー {admin_key[:15]} で利用中"
    assert browser.find_element(By.ID, "find-submit").text == "パートナーを探す"
    browser.find_element(By.ID, "need-text").send_keys(ANTIBODY_NEED)
    Select(browser.find_element(By.ID, "target")).select_by_value("cdmo")
    browser.find_element(By.ID, "find-submit").click()
    first = wait(browser, results, what="match results")[0]
    assert first.find_element(By.CSS_SELECTOR, ".match-name").text == "さくらバイオロジクス"
    reason = first.find_element(By.CSS_SELECTOR, ".reasons li").text
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in reason), reason
    screenshot(browser, "find-ja")

    open_page(browser, f"{web}/organizations/w-startup")  # remembered across pages
    wait(
        browser, lambda d: d.find_element(By.ID, "org-name").text == "あおぞらジーンセラピューティクス", what="name_ja"
    )
    assert browser.find_element(By.ID, "org-subname").text == "Aozora Gene Therapeutics"
    assert "AAV gene therapies" in browser.find_element(By.ID, "org-description").text  # profile text as written
    assert browser.find_element(By.ID, "org-find").text == "この組織のパートナーを探す"
    browser.find_element(By.ID, "lang-en").click()
    wait(
        browser, lambda d: d.find_element(By.ID, "org-name").text == "Aozora Gene Therapeutics", what="back to English"
    )


EVENT = "w-event"
EVENT_RECORDS = [
    {"record": "event", "id": EVENT, "name": "Web Partnering 2026", "name_ja": "ウェブ・パートナリング2026",
     "starts_on": "2030-10-14", "ends_on": "2030-10-15", "timezone": "Asia/Tokyo", "venue": "Pacifico Yokohama"},
    *POOL[:7],
]  # fmt: skip


def setup_event(api: httpx.Client) -> list[tuple[str, str]]:
    """An event with a programme, six participants and requests in every state; returns the accepted pairs."""
    load(api, EVENT_RECORDS)
    base = f"/v1/events/{EVENT}"
    programme = {"sessions": [{"day": "2030-10-14", "start": "10:00", "end": "12:00", "minutes": 30}],
                 "tables": ["T1", "T2"], "default_max_meetings": 4}  # fmt: skip
    assert api.put(f"{base}/programme", json=programme).status_code == 200
    for oid in ("w-startup", "w-cdmo-aav", "w-cdmo-ab", "w-vc", "w-cro", "w-cdmo-pep"):
        people = [{"name": "Sato Hanako", "title": "CEO"}] if oid == "w-startup" else []
        assert api.put(f"{base}/participants/{oid}", json={"people": people}).status_code == 200
    accepted = [("w-startup", "w-cdmo-aav"), ("w-startup", "w-vc"), ("w-cro", "w-startup"), ("w-cdmo-ab", "w-vc")]
    for a, b in [*accepted, ("w-cdmo-pep", "w-startup"), ("w-cro", "w-cdmo-ab")]:
        r = api.post(f"{base}/requests", json={"from": a, "to": b, "priority": 4, "message": f"{a} would like to meet"})
        assert r.status_code == 201, r.text
        if (a, b) in accepted:
            assert api.post(f"{base}/requests/{r.json()['id']}/accept").status_code == 200
        elif a == "w-cdmo-pep":
            assert api.post(f"{base}/requests/{r.json()['id']}/decline", json={"reason": "not now"}).status_code == 200
    return accepted


def test_generate_an_event_schedule_and_download_an_agenda(
    web: str, api: httpx.Client, admin_key: str, browser: WebDriver, downloads: Path
) -> None:
    accepted = setup_event(api)
    use_key(browser, web, admin_key)
    open_page(browser, f"{web}/events")
    browser.find_element(By.LINK_TEXT, "Web Partnering 2026").click()
    wait(browser, lambda d: d.find_element(By.ID, "event-name").text == "Web Partnering 2026", what="event page")
    requests_text = browser.find_element(By.ID, "requests").text
    assert "Accepted" in requests_text and "Pending" in requests_text and "Declined" in requests_text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#participants tbody tr")) == 6
    wait(browser, lambda d: "No meetings scheduled yet" in d.find_element(By.ID, "grid").text, what="empty grid")

    time_limit = browser.find_element(By.ID, "time-limit")
    time_limit.clear()
    time_limit.send_keys("3")
    browser.find_element(By.ID, "generate").click()
    wait(browser, lambda d: d.find_elements(By.ID, "summary-meetings"), what="schedule summary")
    assert browser.find_element(By.ID, "summary-meetings").text == str(len(accepted))
    cells = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#schedule-grid td.meeting"), what="grid")
    assert len(cells) == len(accepted)
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#schedule-grid thead th")]
    assert headers[1:] == ["T1", "T2"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#schedule-grid tbody tr")) == 4  # 10:00-12:00 by 30 min

    Select(browser.find_element(By.ID, "participant")).select_by_value("w-startup")
    rows = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#agenda-table tbody tr"), what="agenda")
    assert len(rows) == 3 and all(":" in row.text for row in rows)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#schedule-grid td.meeting.mine")) == 3
    screenshot(browser, "event")

    # The exports need the key, which a plain link cannot send: the buttons fetch with it and save.
    ics_url = browser.find_element(By.ID, "dl-agenda-ics").get_attribute("href")
    assert httpx.get(ics_url, timeout=30).status_code == 401  # the address alone is not enough
    click(browser, browser.find_element(By.ID, "dl-agenda-ics"))
    calendar = icalendar.Calendar.from_ical(downloaded(downloads, f"{EVENT}-w-startup.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 3 and calendar.walk("VTIMEZONE")
    assert all(e.decoded("dtstart").tzinfo is not None for e in events)
    click(browser, browser.find_element(By.ID, "dl-overview-csv"))
    text = downloaded(downloads, f"{EVENT}-meetings.csv").read_text(encoding="utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(text)))) == len(accepted)
    click(browser, browser.find_element(By.ID, "dl-overview-xlsx"))
    assert downloaded(downloads, f"{EVENT}-meetings.xlsx").read_bytes()[:2] == b"PK"
    assert not browser.find_elements(By.CSS_SELECTOR, ".download-error")

    page = browser.current_window_handle
    click(browser, browser.find_element(By.ID, "dl-agenda-html"))  # the printable agenda, in a new tab
    wait(browser, lambda d: len(d.window_handles) == 2, what="the printable agenda's tab")
    browser.switch_to.window(next(w for w in browser.window_handles if w != page))
    wait(browser, lambda d: "Meadow Preclinical" in d.find_element(By.TAG_NAME, "body").text, what="printable agenda")
    assert browser.current_url.startswith("blob:")
    browser.close()
    browser.switch_to.window(page)
    assert browser.find_element(By.ID, "summary-changes").text == "4 added, 0 moved, 0 dropped"

    # A re-run with nothing changed moves nothing; a cap then leaves a pair out, and its request says why.
    click(browser, browser.find_element(By.ID, "generate"))
    wait(browser, lambda d: d.find_element(By.ID, "summary-changes").text == "0 added, 0 moved, 0 dropped",
         what="an unchanged re-run")  # fmt: skip
    assert api.put(f"/v1/events/{EVENT}/participants/w-vc", json={"max_meetings": 1}).status_code == 200
    click(browser, browser.find_element(By.ID, "generate"))
    wait(
        browser, lambda d: "Left out of the schedule" in d.find_element(By.ID, "requests").text, what="left-out reason"
    )
    assert "maximum number of meetings" in browser.find_element(By.ID, "requests").text


def test_dashboard_draws_the_network_and_fills_the_scorecard(
    web: str, api: httpx.Client, admin_key: str, browser: WebDriver
) -> None:
    records = [*POOL, org("w-pharma", "pharma", "Elm Pharma", "Pharmaceutical company in-licensing gene therapies."),
               org("w-uni", "university", "Kita University", "Research on AAV capsids.", communities=["w-gtb"]),
               org("w-lonely", "supplier", "Lonely Bags", "Single-use bioprocess bags.", communities=["w-gtb"]),
               link("w-uni", "w-startup", "SPUN_OUT_FROM", since="2021-04-01"),
               link("w-startup", "w-pharma", "LICENSED_TO", since="2025-02-01"),
               link("w-startup", "w-cdmo-aav", "OUTSOURCES_TO", since="2024-06-01"),
               link("w-cdmo-ab", "w-pharma", "SUPPLIES", since="2022-03-01", attributes={"items": ["drug_substance"]}),
               link("w-uni", "w-cro", "COLLABORATES_WITH", since="2022-09-01")]  # fmt: skip
    load(api, records)
    use_key(browser, web, admin_key)
    open_page(browser, f"{web}/dashboard")
    nodes = wait(
        browser,
        lambda d: d.execute_script("return window.matchmakerNetwork && window.matchmakerNetwork.nodes().length"),
        what="network drawing",
    )
    edges = browser.execute_script("return window.matchmakerNetwork.edges().length")
    assert nodes >= 7 and edges >= 6, (nodes, edges)
    indicators = browser.find_elements(By.CSS_SELECTOR, "#scorecard .indicator")
    assert indicators and any(
        i.find_element(By.CSS_SELECTOR, ".indicator-value").text not in ("", "–") for i in indicators
    )
    assert browser.execute_script("return !!(window.Chart && Chart.getChart('trend-chart'))")
    assert (
        "Kaede Bio Capital" in browser.find_element(By.ID, "brokers").text
        or browser.find_element(By.ID, "brokers").text
    )
    assert "Lonely Bags" in browser.find_element(By.ID, "isolated").text
    screenshot(browser, "dashboard")

    Select(browser.find_element(By.ID, "d-community")).select_by_value("w-gtb")
    browser.find_element(By.CSS_SELECTOR, "#dash-form button[type=submit]").click()
    wait(browser, lambda d: "community=w-gtb" in d.current_url, what="filtered view")
    wait(browser, lambda d: d.execute_script("return window.matchmakerNetwork.nodes().length") == 5, what="subgraph")
    browser.execute_script("window.matchmakerNetwork.getElementById('w-startup').emit('tap')")
    wait(browser, lambda d: "/organizations/w-startup" in d.current_url, what="click a node for its profile")


def test_without_a_key_only_public_data_until_one_is_entered(
    web: str, api: httpx.Client, graph: Graph, admin_key: str, browser: WebDriver
) -> None:
    load(api, POOL)
    open_page(browser, f"{web}/organizations/w-startup")
    wait(browser, lambda d: d.find_element(By.ID, "org-name").text == "Aozora Gene Therapeutics", what="profile")
    assert key_status(browser) == "No key: public data only"
    assert "AAV gene therapies" in browser.find_element(By.ID, "org-description").text  # public fields
    assert browser.find_element(By.ID, "org-needs").text == "Shown to API key holders only."
    for box in ("org-facets", "org-links"):  # these need a key: what it would show, and where to put one
        refusal = browser.find_element(By.CSS_SELECTOR, f"#{box} .key-needed").text
        assert "This needs an API key." in refusal and "“API key” field at the top of the page" in refusal
    assert "attention" in browser.find_element(By.ID, "api-key-form").get_attribute("class")
    screenshot(browser, "organization-no-key")

    open_page(browser, f"{web}/dashboard")  # nothing on it is public
    refusal = wait(
        browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#dash-status .key-needed[data-status='401']"),
        what="the 401",
    )[0]  # fmt: skip
    assert "This needs an API key." in refusal.text
    refusal.find_element(By.CSS_SELECTOR, "button.key-go").click()
    assert browser.switch_to.active_element.get_attribute("id") == "api-key"

    browser.find_element(By.ID, "api-key").send_keys("mm_000000000000_not-a-key")  # refused, and not kept
    browser.find_element(By.ID, "api-key-save").click()
    wait(browser, lambda d: "the API key is not valid" in key_status(d), what="the invalid key's refusal")
    assert browser.execute_script("return localStorage.getItem('matchmaker.apiKey')") is None

    enter_key(browser, make_key(graph, Role.member, org="w-startup"))  # a key, but not one for metrics
    refusal = wait(
        browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#dash-status .notice.error[data-status='403']"),
        what="the 403",
    )[0]  # fmt: skip
    assert "this key may not read network metrics" in refusal.text

    enter_key(browser, admin_key)
    assert key_status(browser) == f"Signed in with key {admin_key[:15]}"
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#scorecard .indicator"), what="the scorecard")
    assert not browser.find_elements(By.CSS_SELECTOR, ".notice.error")

    open_page(browser, f"{web}/organizations/w-startup")
    wait(browser, lambda d: d.find_element(By.ID, "org-name").text == "Aozora Gene Therapeutics", what="profile")
    assert browser.find_element(By.ID, "org-needs").text.startswith("We need a CDMO for GMP manufacturing")
    assert browser.find_elements(By.CSS_SELECTOR, "#org-facets tr.facet")
    assert "Kaede Bio Capital" in browser.find_element(By.ID, "org-links").text
    assert not browser.find_elements(By.CSS_SELECTOR, ".notice.error")

    browser.find_element(By.ID, "api-key-forget").click()  # back to public data
    wait(browser, lambda d: key_status(d) == "No key: public data only", what="the key forgotten")
    wait(browser, lambda d: d.find_element(By.ID, "org-needs").text == "Shown to API key holders only.", what="reload")
    assert browser.execute_script("return localStorage.getItem('matchmaker.apiKey')") is None


def test_a_secretariat_imports_a_spreadsheet_after_fixing_the_error_the_preview_shows(
    web: str, api: httpx.Client, graph: Graph, browser: WebDriver, tmp_path: Path
) -> None:
    import openpyxl  # the spreadsheet a secretariat keeps

    load(api, [COMMUNITY])
    header = ["ID", "種別", "名称（英語）", "名称", "モダリティ", "都道府県", "コミュニティ"]
    rows = [
        ["w-new-cdmo", "CDMO", "Maple Biologics", "メープルバイオロジクス株式会社", "抗体、AAV", "神奈川県", "w-gtb"],
        ["w-new-vc", "ベンチャーキャピタル", "Birch Capital", "バーチキャピタル", "抗体医", "東京都", "w-gtb"],
    ]

    def sheet(name: str) -> str:
        book = openpyxl.Workbook()
        book.active.title = "会員"
        for row in [header, *rows]:
            book.active.append(row)
        path = tmp_path / name
        book.save(path)
        return str(path)

    use_key(browser, web, make_key(graph, Role.secretariat, community="w-gtb"))
    open_page(browser, f"{web}/import")
    browser.find_element(By.ID, "import-file").send_keys(sheet("members.xlsx"))
    browser.find_element(By.ID, "import-preview").click()
    table = wait(browser, lambda d: d.find_elements(By.ID, "import-error-table"), what="the preview's errors")[0]
    cells = [c.text for c in table.find_elements(By.CSS_SELECTOR, "tbody tr:first-child td")]
    assert cells[:4] == ["会員", "3", "E (モダリティ)", "modalities"], cells
    assert "antibody" in cells[4]  # the nearest term is offered
    assert not browser.find_element(By.ID, "import-write").is_enabled()
    assert api.get("/v1/organizations/w-new-cdmo").status_code == 404  # nothing written
    screenshot(browser, "import")

    rows[1][4] = "抗体"  # fixed in the spreadsheet, uploaded again
    browser.find_element(By.ID, "import-file").send_keys(sheet("members-fixed.xlsx"))
    browser.find_element(By.ID, "import-preview").click()
    counts = wait(browser, lambda d: d.find_elements(By.ID, "import-counts"), what="the preview's counts")[0]
    assert "2 organisation(s)" in counts.text
    assert api.get("/v1/organizations/w-new-vc").status_code == 404  # a preview writes nothing
    browser.find_element(By.ID, "import-write").click()
    wait(browser, lambda d: d.find_element(By.ID, "import-result").get_attribute("data-state") == "written",
         what="the import")  # fmt: skip
    written = api.get("/v1/organizations/w-new-vc").json()
    assert (written["kind"], written["region"], written["modalities"]) == ("vc", "JP-13", ["antibody"])
    audit = api.get("/v1/audit", params={"limit": 20}).json()
    entries = audit["items"] if isinstance(audit, dict) else audit
    assert any(e["action"] == "POST /v1/import" and e["role"] == "secretariat" and e["status"] == 200 for e in entries)
