"""The seed's HTML edition in a real browser: Debian's chromium, headless, via Playwright.

Skipped where /usr/bin/chromium is absent (``.ci/run`` installs it); the
accessibility check is skipped where axe-core is not installed in
tests/browser/node_modules (``cd tests/browser && npm install``).  A screenshot
is saved in artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, SEED
from edition.render import Renderer

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser_page(converted, tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")
    folder = tmp_path_factory.mktemp("html")
    page_file = folder / "seed.html"
    page_file.write_text(Renderer().html(converted[SEED.name], tei_href="seed.xml"), encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        console: list[str] = []
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: console.append(f"pageerror: {e}"))
        page.goto(page_file.as_uri())
        page.wait_for_load_state("load")
        yield page, console
        browser.close()


def test_title_figures_and_index(browser_page):
    page, _ = browser_page
    assert page.title().startswith("Đảng ủy Khối các cơ quan Trung ương: Đề cao vai trò nêu gương")
    alts = page.eval_on_selector_all(
        "main figure", "fs => fs.map(f => { const i = f.querySelector('img, [role=img]');"
                       " return i && (i.getAttribute('alt') || i.getAttribute('aria-label')); })")
    assert len(alts) == 3
    assert all(alt and alt.endswith(f"Ảnh {n}.") for n, alt in enumerate(alts, 1))
    assert page.locator("figure figcaption").count() == 3
    entries = page.locator("#-chi-muc li.entry")
    assert entries.count() > 0, "the index lists the entities"
    assert page.locator("#-chi-muc").is_visible()


def test_every_internal_link_has_a_target(browser_page):
    page, _ = browser_page
    missing = page.evaluate(
        "() => [...document.querySelectorAll('a[href^=\"#\"]')]"
        ".map(a => decodeURIComponent(a.getAttribute('href').slice(1)))"
        ".filter(id => !document.getElementById(id))")
    assert missing == []
    # Following a mention reaches its index entry.
    first = page.locator("main a.ent").first
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("() => location.hash") == target


def test_view_switch_shows_the_diplomatic_view(browser_page):
    page, _ = browser_page
    alt_line = page.locator("main .figdesc").first
    assert not alt_line.is_visible()
    page.locator("label.view-switch-label").click()
    assert alt_line.is_visible()
    page.locator("label.view-switch-label").click()
    assert not alt_line.is_visible()


def test_no_console_errors_and_a_screenshot(browser_page):
    page, console = browser_page
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "seed-html.png"), full_page=True)
    assert (ARTIFACTS / "seed-html.png").stat().st_size > 10_000
    assert console == []


def test_no_serious_accessibility_violations(browser_page):
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run `cd tests/browser && npm install`")
    page, _ = browser_page
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
