"""The truth for visitors, and health by direction, in the browser (issue 25).

A visitor without a key is told, in the page's language and in a person's words, what a key would
show and whom to ask for one; a box that needs a key never claims to be empty ("Participants (0)",
"No organisations"); an unknown organisation or event answers 404 with a page that says so; a
profile names its community and hub instead of showing their ids. On the dashboard a change is
coloured and worded by whether it is healthier, not by its sign. Reuses tests/test_web.py's browser,
data and helpers; screenshots go to ``test-artifacts/screenshots/``.
"""

from __future__ import annotations

from itertools import pairwise

import httpx
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from tests.test_web import (
    EVENT,
    POOL,
    browser,  # noqa: F401 (fixture)
    downloads,  # noqa: F401 (fixture)
    link,
    load,
    open_page,
    org,
    screenshot,
    setup_event,
    use_key,
    wait,
    web,  # noqa: F401 (fixture)
)

# What a visitor must never be shown: the API's instructions for programmers.
DEVELOPER_WORDS = ("Bearer", "keys create", "Authorization")
HUB = {"record": "hub", "id": "w-hub", "name": "Harbour Hub", "name_ja": "ハーバー拠点", "community": "w-gtb"}


def japanese(driver: WebDriver) -> None:
    """Switch the page to Japanese with the header's button, as a reader would."""
    driver.find_element(By.ID, "lang-ja").click()
    wait(driver, lambda d: d.execute_script("return document.documentElement.lang") == "ja", what="Japanese")


def key_box(driver: WebDriver, what: str) -> str:
    """The text of the shared "needs a key" box for ``what``, once the page shows it."""
    boxes = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, f".key-needed[data-key-needed='{what}']"),
                 what=f"the key box for {what}")  # fmt: skip
    return boxes[0].text


def page_text(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def no_developer_words(driver: WebDriver) -> None:
    text = page_text(driver)
    assert not [w for w in DEVELOPER_WORDS if w in text], text


def test_a_visitor_is_told_what_a_key_shows_and_whom_to_ask_in_english_and_japanese(
    web: str,  # noqa: F811
    api: httpx.Client,
    browser: WebDriver,  # noqa: F811
) -> None:
    setup_event(api)  # a real programme, six participants and requests: none of it empty
    load(api, [HUB, org("w-tide", "university", "Tide University", "Marine biology.", communities=["w-gtb"],
                        hub="w-hub")])  # fmt: skip

    # Find partners: the key is needed to match, said before the visitor types anything, and again after.
    open_page(browser, f"{web}/")
    text = key_box(browser, "find")
    assert "This needs an API key." in text and "secretariat" in text and "ranked" in text, text
    browser.find_element(By.ID, "need-text").send_keys("We need a GMP CDMO for our AAV vector.")
    browser.find_element(By.ID, "find-submit").click()
    wait(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, "#find-status .spinner"), what="the search to end")
    assert key_box(browser, "find") and not browser.find_elements(By.CSS_SELECTOR, "#find-status .notice.error")
    no_developer_words(browser)
    japanese(browser)
    text = key_box(browser, "find")
    assert "APIキーが必要です" in text and "事務局" in text and "This needs" not in text, text
    no_developer_words(browser)
    screenshot(browser, "find-no-key-ja")

    # The event page (still in Japanese, as remembered): a key is needed, nothing claims to be empty.
    open_page(browser, f"{web}/events/{EVENT}")
    text = key_box(browser, "event")
    assert "主催者" in text and "事務局" in text, text
    assert browser.find_element(By.ID, "event-name").text == "ウェブ・パートナリング2026"
    for false_empty in (
        "パートナリングのプログラムはまだありません",
        "参加者はまだいません",
        "依頼はありません",
        "(0)",
    ):
        assert false_empty not in page_text(browser), false_empty
    assert browser.find_element(By.ID, "participants-count").text == ""
    assert not browser.find_element(By.ID, "generate").is_displayed()  # nothing a visitor could schedule
    assert "キーがあれば表示されます" in browser.find_element(By.ID, "participants").text
    no_developer_words(browser)
    screenshot(browser, "event-no-key-ja")
    browser.find_element(By.ID, "lang-en").click()
    wait(browser, lambda d: "organiser’s key" in key_box(d, "event"), what="the key box in English")
    for false_empty in ("No partnering programme yet", "No participants yet", "Participants (0)", "Generate schedule"):
        assert false_empty not in page_text(browser), false_empty
    assert "Shown with a key." in browser.find_element(By.ID, "programme").text
    no_developer_words(browser)
    screenshot(browser, "event-no-key")

    # The dashboard: one key box, no section saying "No organisations".
    open_page(browser, f"{web}/dashboard")
    text = key_box(browser, "dashboard")
    assert "secretariat’s key" in text and "network health" in text, text
    assert not browser.find_element(By.ID, "dash-body").is_displayed()
    assert "No organisations" not in page_text(browser) and "No isolated members" not in page_text(browser)
    no_developer_words(browser)
    screenshot(browser, "dashboard-no-key")
    japanese(browser)
    text = key_box(browser, "dashboard")
    assert "コミュニティ事務局のキー" in text and "この条件に該当する組織はありません" not in page_text(browser), text
    screenshot(browser, "dashboard-no-key-ja")

    # A profile: communities and hub by name (not w-gtb, w-hub); facets and links need a key, not "none".
    open_page(browser, f"{web}/organizations/w-tide")
    wait(browser, lambda d: d.find_element(By.ID, "org-name").text == "Tide University", what="profile")
    declared = browser.find_element(By.ID, "org-declared").text
    assert "テストバイオコミュニティ" in declared and "ハーバー拠点" in declared, declared
    assert "w-gtb" not in declared and "w-hub" not in declared, declared
    key_box(browser, "org_links")
    assert "つながり" in key_box(browser, "org_links") and browser.find_element(By.ID, "org-links-count").text == ""
    assert "つながりはまだありません" not in page_text(browser)
    no_developer_words(browser)
    browser.find_element(By.ID, "lang-en").click()
    wait(browser, lambda d: "Test Biocommunity" in d.find_element(By.ID, "org-declared").text, what="names in English")
    assert "Harbour Hub" in browser.find_element(By.ID, "org-declared").text

    # The import page: said before a file is chosen.
    open_page(browser, f"{web}/import")
    assert "import it" in key_box(browser, "import")
    no_developer_words(browser)


def test_unknown_ids_answer_a_404_page_and_known_profiles_show_labels_not_ids(
    web: str,  # noqa: F811
    api: httpx.Client,
    admin_key: str,
    browser: WebDriver,  # noqa: F811
) -> None:
    load(api, POOL)
    for path, words in (("/organizations/does-not-exist", "No organisation has this id"),
                        ("/events/does-not-exist", "No event has this id")):  # fmt: skip
        r = httpx.get(f"{web}{path}", timeout=30)
        assert r.status_code == 404 and "text/html" in r.headers["content-type"], (path, r.status_code)
        assert words in r.text and "does-not-exist" in r.text
    assert httpx.get(f"{web}/organizations/w-startup", timeout=30).status_code == 200  # a known one is found
    assert httpx.get(f"{web}/organizations/w-gtb", timeout=30).status_code == 404  # a community is no organisation

    browser.get(f"{web}/events")  # remember Japanese first, as a returning reader would have it
    browser.execute_script("localStorage.setItem('matchmaker.lang', 'ja')")
    open_page(browser, f"{web}/organizations/does-not-exist")
    assert browser.find_element(By.TAG_NAME, "h1").text == "見つかりません"
    assert "このIDの組織は登録されていません" in page_text(browser)
    assert browser.find_element(By.ID, "not-found-id").text == "does-not-exist"
    screenshot(browser, "organization-404-ja")
    open_page(browser, f"{web}/events/does-not-exist")
    assert "このIDのイベントは登録されていません" in page_text(browser)

    # A link's attributes read as words: the round by its label, the lead flag as yes (not "seed", "true").
    use_key(browser, web, admin_key)
    open_page(browser, f"{web}/organizations/w-startup")
    invested = wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#org-links li[data-other='w-vc']"),
                    what="the investment link")[0].text  # fmt: skip
    assert "ラウンド: シード" in invested and "リード投資家: はい" in invested and "true" not in invested, invested


def test_a_worsening_indicator_is_shown_as_worse_and_an_improving_one_as_better(
    web: str,  # noqa: F811
    api: httpx.Client,
    admin_key: str,
    browser: WebDriver,  # noqa: F811
) -> None:
    # Six members tied in a chain in 2022; in 2023 one of them ties with every other, so the network
    # turns into a star (degree centralisation rises: less healthy) while paths get shorter (the
    # average path length falls: healthier). Colour by sign would show both the wrong way round.
    ids = [f"w-h{i}" for i in range(6)]
    kinds = ["university", "startup", "cdmo", "vc", "pharma", "cro"]
    records = [org(i, k, f"Member {i[-1]}", "A fictional member.") for i, k in zip(ids, kinds, strict=True)]
    records += [link(a, b, "COLLABORATES_WITH", since="2022-04-01") for a, b in pairwise(ids)]
    records += [link(ids[0], b, "COLLABORATES_WITH", since="2023-04-01") for b in ids[2:]]
    load(api, records)
    scorecard = {i["id"]: i for i in api.get("/v1/metrics/scorecard").json()["indicators"]}

    def last_change(indicator: str) -> float:
        values = [p["value"] for p in scorecard[indicator]["trend"] if p["value"] is not None]
        return values[-1] - values[-2]

    star, reach = scorecard["degree_centralization"], scorecard["average_shortest_path_length"]
    assert (star["direction"], reach["direction"]) == ("lower", "lower")
    assert last_change("degree_centralization") > 0 and last_change("average_shortest_path_length") < 0

    use_key(browser, web, admin_key)
    open_page(browser, f"{web}/dashboard")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#scorecard .indicator .delta"), what="the trend arrows")
    worse = browser.find_element(By.CSS_SELECTOR, "[data-indicator='degree_centralization'] .delta")
    better = browser.find_element(By.CSS_SELECTOR, "[data-indicator='average_shortest_path_length'] .delta")
    assert worse.get_attribute("data-health") == "worse" and "less healthy" in worse.text and "▲" in worse.text
    assert better.get_attribute("data-health") == "better" and "healthier" in better.text and "▼" in better.text
    red, green = worse.value_of_css_property("color"), better.value_of_css_property("color")
    assert red != green and red == "rgba(185, 28, 28, 1)" and green == "rgba(21, 128, 61, 1)", (red, green)
    assert worse.get_attribute("title") == "less healthy since 2022"
    screenshot(browser, "dashboard-health-direction")
    japanese(browser)
    star_delta = "[data-indicator='degree_centralization'] .delta"
    wait(browser, lambda d: "悪化" in d.find_element(By.CSS_SELECTOR, star_delta).text, what="the verdict in Japanese")
    assert (
        "改善" in browser.find_element(By.CSS_SELECTOR, "[data-indicator='average_shortest_path_length'] .delta").text
    )
