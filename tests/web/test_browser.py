"""A real browser (Debian's chromium, driven by Playwright) uses the form.

It needs the system chromium at /usr/bin/chromium (``apt-get install
chromium``); Playwright's own browser downloads are never used. The
screenshot is kept under tests/artifacts/ for people to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "browser"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_submitting_the_sample_article_highlights_the_unclosed_quote(page, live_server, sample_text):
    page.goto(live_server + "/")
    page.fill("#text", sample_text)
    page.click("button[type=submit]")

    mark = page.locator('mark[data-rules="punctuation.quotes.unbalanced"]')
    expect(mark).to_have_count(1)
    expect(mark).to_have_text('"')
    expect(mark).to_have_class("tq-hl tq-minor")  # minor by the MQM evidence
    # it sits where the article has it
    context = mark.evaluate("m => m.previousSibling.textContent.slice(-10) + m.textContent + m.nextSibling.textContent.slice(0, 4)")
    assert context == 'She said, "Many'

    # the message shows on keyboard focus (CSS only; scripts are off)
    tip = "m => getComputedStyle(m, '::after').display"
    assert mark.evaluate(tip) == "none"
    mark.focus()
    assert mark.evaluate(tip) == "block"
    assert "never closed" in mark.evaluate("m => getComputedStyle(m, '::after').content")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "unclosed-quote.png"))

    # the list entry jumps to the span
    link = page.locator('.tq-issues a[href="#' + mark.get_attribute("id") + '"]')
    expect(link).to_have_count(1)
    link.click()
    assert page.url.endswith("#" + mark.get_attribute("id"))
    assert mark.evaluate("m => m.matches(':target')")

    # and the JSON report can be downloaded
    with page.expect_download() as info:
        page.click("a[download]")
    assert info.value.suggested_filename == "tqcheck-report.json"
    page.screenshot(path=str(ARTIFACTS / "result-page.png"), full_page=True)


def test_the_form_is_keyboard_operable(page, live_server):
    page.goto(live_server + "/")
    page.keyboard.press("Tab")  # skip link first
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.focus("#text")
    page.keyboard.type('He said, "yes.')
    for _ in range(12):  # tab through the fields to the button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_selector("mark.tq-hl")
    # the highlight itself takes keyboard focus
    mark = page.locator("mark.tq-hl")
    mark.focus()
    assert page.evaluate("document.activeElement.tagName") == "MARK"
