"""The certification pages in Chromium (issue 25): a member body fills its self-assessment and
sees its level and what it lacks; the secretariat sees the level in its maturity table. Reuses the
browser and helpers of tests/test_web.py; screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import httpx
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from matchmaker.access.models import Role
from matchmaker.graph.connection import Graph
from tests import test_web as tw
from tests.conftest import make_key
from tests.test_certification import fictional_global

# the browser and the served UI, as tests/test_web.py makes them
web = tw.web
downloads = tw.downloads
browser = tw.browser


def test_a_member_fills_its_self_assessment_and_the_secretariat_sees_it(
    web: str, api: httpx.Client, graph: Graph, browser: WebDriver
) -> None:
    tw.load(api, fictional_global("wc"))
    member = make_key(graph, Role.member, org="wc-startup")
    tw.use_key(browser, web, member)
    tw.open_page(browser, f"{web}/self-assessment")
    tw.wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#sa-items input[type=checkbox]"), what="the list")
    assert browser.find_element(By.ID, "sa-org").get_attribute("value") == "wc-startup"  # the key's own organisation
    assert browser.find_element(By.ID, "sa-level-now").get_attribute("data-level") == "none"
    boxes = browser.find_elements(
        By.CSS_SELECTOR, "fieldset[data-column=registration] input, fieldset[data-column=setup] input"
    )
    results = browser.find_elements(By.CSS_SELECTOR, "fieldset[data-column=results] input")
    assert len(boxes) >= 4 and results
    for box in boxes:
        tw.click(browser, box)
    tw.click(browser, browser.find_element(By.ID, "sa-save"))
    tw.wait(browser, lambda d: d.find_elements(By.ID, "sa-saved"), what="saved")
    level = browser.find_element(By.ID, "sa-level-now")
    assert level.get_attribute("data-level") == "initial" and "Initial" in level.text
    lacks = browser.find_elements(By.CSS_SELECTOR, "#sa-lacks li")
    assert len(lacks) == len(results) and "money" in " ".join(li.text for li in lacks)
    tw.screenshot(browser, "self-assessment")
    browser.find_element(By.ID, "lang-ja").click()
    tw.wait(browser, lambda d: d.find_element(By.TAG_NAME, "h1").text == "自己評価", what="Japanese")
    tw.wait(browser, lambda d: "初期" in d.find_element(By.ID, "sa-level-now").text, what="the level in Japanese")
    assert "資金調達" in browser.find_element(By.ID, "sa-lacks").text
    # stored: the API says the same as the page
    mine = httpx.get(
        f"{web}/v1/organizations/wc-startup/self-assessment", headers={"authorization": f"Bearer {member}"}
    )
    assert mine.json()["level"] == "initial"

    secretariat = make_key(graph, Role.secretariat, community="wc")
    tw.use_key(browser, web, secretariat)
    tw.open_page(browser, f"{web}/maturity")
    row = tw.wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#mat-members tr[data-id=wc-startup]"),
                  what="the members table")[0]  # fmt: skip
    assert row.get_attribute("data-level") == "initial" and "初期" in row.text  # the page stays in Japanese
    assert "企業（ベンチャー含む）" in row.text  # the required body by name, not its id
    cells = browser.find_elements(By.CSS_SELECTOR, "#mat-table td.mat-cell")
    assert len(cells) == 9
    statuses = {(c.get_attribute("data-axis"), c.get_attribute("data-column")): c.get_attribute("data-status")
                for c in cells}  # fmt: skip
    # every required body within 100 km and a target, but no network body has answered yet
    assert statuses[("community_building", "setup")] == "partly"
    assert statuses[("community_building", "recognition")] == "not_met"
    browser.find_element(By.ID, "lang-en").click()
    tw.wait(browser, lambda d: d.find_element(By.TAG_NAME, "h1").text == "Community maturity", what="English")
    assert "Partly met" in browser.find_element(By.ID, "mat-table").text
    tw.screenshot(browser, "maturity")
