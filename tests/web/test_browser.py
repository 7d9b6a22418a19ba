"""A real browser (Debian's chromium, driven by Playwright) uses the form.

It needs a system chromium (``apt-get install chromium``; found at
$TQCHECK_CHROMIUM, /usr/bin/chromium or on PATH); Playwright's own browser
downloads are never used. Without one these tests are skipped, with the
reason; with ``TQCHECK_REQUIRE_BROWSER=1`` (``.ci/run`` sets it) a missing
browser is a failure instead, so CI cannot pass without running them.
Screenshots are kept under tests/artifacts/browser/ (git-ignored) for
people to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "browser"
REQUIRE = os.environ.get("TQCHECK_REQUIRE_BROWSER") == "1"


def find_chromium() -> str | None:
    """The system chromium: $TQCHECK_CHROMIUM, Debian's path, or one on PATH
    (``TQCHECK_CHROMIUM=none`` behaves as a machine without one)."""
    if os.environ.get("TQCHECK_CHROMIUM") == "none":
        return None
    for candidate in (os.environ.get("TQCHECK_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _missing(reason: str):
    if REQUIRE:
        pytest.fail(f"{reason}, and TQCHECK_REQUIRE_BROWSER=1 says the browser tests must run", pytrace=False)
    pytest.skip(reason)


CHROMIUM = find_chromium()


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    if CHROMIUM is None:
        _missing("no Chromium found (apt-get install chromium, or set TQCHECK_CHROMIUM to its path)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


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

    # and the JSON report can be downloaded (a small form post to /report.json)
    with page.expect_download() as info:
        page.click("form.actions button[type=submit]")
    assert info.value.suggested_filename == "tqcheck-report.json"
    import json

    report = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert report["text"] == sample_text  # the browser's CRLF undone
    page.screenshot(path=str(ARTIFACTS / "result-page.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_whole_issue_list_is_visible_on_desktop_and_phone(browser, live_server, sample_text, width):
    context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server + "/")
        page.fill("#text", sample_text)
        page.click("#check-form button[type=submit]")
        # count() does not wait: on a loaded machine the result page may still be on its way
        page.wait_for_selector(".tq-issues li.tq-item")
        items = page.locator(".tq-issues li.tq-item")
        count = items.count()
        assert count >= 20  # the sample article's issues, errors and advice
        for media in ("screen", "print"):
            page.emulate_media(media=media)
            # the list is in the page's flow: no box of its own that scrolls or clips
            box = page.evaluate("""() => { const s = document.querySelector('.tq-issues'), c = getComputedStyle(s);
                return {overflow: c.overflowY, scroll: s.scrollHeight, client: s.clientHeight,
                        maxHeight: c.maxHeight, position: c.position}; }""")
            assert box["overflow"] == "visible" and box["maxHeight"] == "none", (media, box)
            assert box["scroll"] <= box["client"] + 1, (media, box)
            assert box["position"] != "sticky", (media, box)
            # every entry has a size and lies inside the full page, so a full-page view or printout shows it
            page_height = page.evaluate("document.documentElement.scrollHeight")
            page_width = page.evaluate("document.documentElement.clientWidth")
            for i in range(count):
                r = items.nth(i).bounding_box()
                assert r and r["height"] > 0 and r["width"] > 0, (media, i)
                y = r["y"] + page.evaluate("window.scrollY")
                assert y + r["height"] <= page_height + 1, (media, i, r)
                assert r["x"] >= -1 and r["x"] + r["width"] <= page_width + 1, (media, i, r)
        page.emulate_media(media="screen")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"result-{width}.png"), full_page=True)
        last = items.nth(count - 1)
        last.scroll_into_view_if_needed()
        assert last.is_visible()
    finally:
        context.close()


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
