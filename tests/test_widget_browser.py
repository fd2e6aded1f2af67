"""The widget in a real browser (Debian's Chromium driven by Playwright) against the real stack.

Action server, Rasa with the trained model, and the portal run as processes on loopback;
the browser opens the portal's demo page, which embeds the widget as a school would.
Screenshots land in var/screenshots/ (the README shows one copied to docs/).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from sqlalchemy import update

from bot.content.db import session_scope
from bot.content.models import Topic
from tests.browser_support import AXE, DESKTOP, NEUTRAL, PHONE, ROOT, Stack, Visit

pytestmark = [pytest.mark.model, pytest.mark.browser]


@pytest.fixture(scope="module")
def stack(model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(model_path, tmp_path_factory.mktemp("browser-stack"))
    yield running
    running.stop()


@pytest.fixture()
def visit(browser: Browser, stack: Stack, request: pytest.FixtureRequest) -> Iterator[Visit]:
    viewport = getattr(request, "param", DESKTOP)
    page = Visit(browser, stack, viewport)
    yield page
    assert page.external_requests() == [], "a request left the host"
    page.close()


@pytest.mark.parametrize(
    ("visit", "name"), [(PHONE, "phone"), (DESKTOP, "desktop")], indirect=["visit"]
)
def test_topic_and_disclosure_with_a_button(visit: Visit, name: str) -> None:
    expect(visit.hook("chat-launcher")).to_be_visible()
    expect(visit.hook("quick-exit")).to_be_visible()
    visit.shot(f"{name}-closed")
    visit.open()
    expect(visit.hook("bot-message").first).to_contain_text("Hello")
    expect(visit.page.get_by_text("Not an emergency service")).to_be_visible()
    visit.send("how do I talk to my 9 year old about staying safe online?")
    assert "age 5 to 10" in visit.bot_text()
    visit.send("a man on roblox keeps asking my daughter for photos")
    assert "call 999" in visit.bot_text()
    safe = visit.page.get_by_role("button", name="Yes, safe right now")
    expect(safe).to_be_visible()
    before = visit.hook("bot-message").count()
    safe.click()
    expect(visit.hook("bot-message")).not_to_have_count(before, timeout=30_000)
    expect(visit.hook("bot-message").last).to_contain_text("999", timeout=30_000)
    assert "CEOP" in visit.bot_text()
    link = visit.page.get_by_role("link", name="https://www.ceop.police.uk/Safety-Centre/").first
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    visit.shot(f"{name}-open")


def test_hostile_markup_is_shown_as_text_and_never_run(visit: Visit, stack: Stack) -> None:
    with session_scope(stack.content) as session:
        # Every topic, so that whichever one the classifier picks shows the staff's markup.
        session.execute(
            update(Topic).values(
                summary="<script>window.__staff_pwned = 1</script><b>bold?</b> Play together."
            )
        )
    visit.open()
    hostile = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'
    visit.send(hostile)
    expect(visit.hook("user-message").last).to_have_text(hostile)
    visit.send("what should I know about online gaming and chat?")
    assert "<script>window.__staff_pwned = 1</script><b>bold?</b>" in visit.bot_text()
    assert visit.page.evaluate("() => [window.__pwned, window.__staff_pwned]") == [None, None]


def test_quick_exit_button_leaves_and_clears_the_session(visit: Visit) -> None:
    visit.open()
    visit.send("hello")
    assert visit.page.evaluate("() => sessionStorage.getItem('psa-sender')")
    visit.hook("quick-exit").click()
    visit.page.wait_for_url(f"{NEUTRAL}**")
    visit.page.goto(f"{visit.stack.origin}/")
    assert visit.page.evaluate("() => sessionStorage.getItem('psa-sender')") is None


def test_escape_three_times_leaves_at_once(visit: Visit) -> None:
    visit.page.locator("body").click(position={"x": 5, "y": 5})
    for _ in range(3):
        visit.page.keyboard.press("Escape")
    visit.page.wait_for_url(f"{NEUTRAL}**")


def test_keyboard_only_use(visit: Visit) -> None:
    visit.page.keyboard.press("Tab")
    for _ in range(30):
        focused = visit.page.evaluate(
            "() => { const h = document.querySelector('parent-safety-chat');"
            " const a = h && h.shadowRoot && h.shadowRoot.activeElement;"
            " return a ? a.getAttribute('data-testid') : null; }"
        )
        if focused == "chat-launcher":
            break
        visit.page.keyboard.press("Tab")
    assert focused == "chat-launcher"
    visit.page.keyboard.press("Enter")
    expect(visit.hook("chat-input")).to_be_focused()
    visit.page.keyboard.type("what is the PANTS rule?")
    before = visit.hook("bot-message").count()
    visit.page.keyboard.press("Enter")
    expect(visit.hook("bot-message")).not_to_have_count(before, timeout=30_000)
    visit.page.keyboard.press("Escape")
    expect(visit.hook("chat-launcher")).to_be_focused()
    expect(visit.hook("chat-launcher")).to_have_attribute("aria-expanded", "false")


def test_server_down_shows_an_error_keeps_the_message_and_retries(
    visit: Visit, stack: Stack
) -> None:
    visit.open()
    stack.stop_portal()
    try:
        visit.hook("chat-input").fill("how do I set up parental controls?")
        visit.hook("chat-send").click()
        expect(visit.hook("chat-error")).to_be_visible(timeout=30_000)
        expect(visit.hook("chat-retry")).to_be_visible()
    finally:
        stack.start_portal()
    before = visit.hook("bot-message").count()
    visit.hook("chat-retry").click()
    expect(visit.hook("bot-message")).not_to_have_count(before, timeout=30_000)
    assert "control" in visit.bot_text().lower()
    expect(visit.hook("user-message").last).to_have_text("how do I set up parental controls?")


def test_text_resized_to_200_percent_still_fits_a_phone(browser: Browser, stack: Stack) -> None:
    page = Visit(browser, stack, PHONE)
    try:
        cdp = page.context.new_cdp_session(page.page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
        page.open()
        page.send("hello")
        for hook in ("chat-input", "chat-send", "quick-exit"):
            box = page.hook(hook).bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, hook
        overflow = page.page.evaluate(
            "() => [...document.querySelector('parent-safety-chat').shadowRoot"
            ".querySelectorAll('[data-testid=bot-message]')].some(b => b.scrollWidth > b.clientWidth + 1)"
        )
        assert not overflow
        page.shot("phone-text-200")
    finally:
        page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_serious_accessibility_violations(
    browser: Browser, stack: Stack, viewport: dict[str, int]
) -> None:
    visit = Visit(browser, stack, viewport, bypass_csp=True)
    visit.open()
    visit.send("what is grooming?")
    visit.page.add_script_tag(path=str(AXE))
    result = visit.page.evaluate(
        """async () => {
            const host = document.querySelector('parent-safety-chat');
            const r = await axe.run(host, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}));
        }"""
    )
    visit.close()
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(result)


def test_widget_budget_and_no_storage_but_session() -> None:
    import gzip

    size = len(gzip.compress((ROOT / "bot" / "web" / "static" / "widget.js").read_bytes(), 9))
    assert size <= 15 * 1024
    source = (ROOT / "bot" / "web" / "static" / "widget.js").read_text()
    for forbidden in (
        "innerHTML",
        "insertAdjacentHTML",
        "outerHTML",
        "localStorage",
        "document.cookie",
    ):
        assert forbidden not in source
