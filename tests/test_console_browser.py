"""An editor, in a real browser, changes a channel in the console and publishes it; the running
assistant's next reply in the widget uses it, and markup the editor typed stays text everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from bot.content.db import session_scope
from bot.staff import create_staff
from tests.browser_support import DESKTOP, Stack, Visit

pytestmark = [pytest.mark.model, pytest.mark.browser]

EDITOR, PASSWORD = "editor@example.org", "a long enough password"
HOSTILE = "<script>window.__console_pwned = 1</script><b>Anyone</b> worried about a child."


@pytest.fixture(scope="module")
def stack(model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(model_path, tmp_path_factory.mktemp("console-stack"))
    with session_scope(running.content) as session:
        create_staff(session, email=EDITOR, role="editor", password=PASSWORD)
    yield running
    running.stop()


def test_editor_changes_a_channel_publishes_and_the_bot_uses_it(
    browser: Browser, stack: Stack
) -> None:
    visit = Visit(browser, stack, DESKTOP)
    page = visit.page
    try:
        page.goto(f"{stack.origin}/console/login")
        page.get_by_label("Email").fill(EDITOR)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()

        page.goto(f"{stack.origin}/console/channels/uk-stop-it-now")
        page.get_by_label("Phone").fill("0808 2222 333")
        page.get_by_role("button", name="Save to draft").click()
        expect(page.get_by_text("Saved to the draft")).to_be_visible()

        page.goto(f"{stack.origin}/console/channels/uk-nspcc")
        page.get_by_label("Purpose (required)").fill(HOSTILE)
        page.get_by_role("button", name="Save to draft").click()
        expect(page.get_by_label("Purpose (required)")).to_have_value(HOSTILE)

        page.goto(f"{stack.origin}/console/")
        expect(page.get_by_role("cell", name="uk-stop-it-now")).to_be_visible()
        page.get_by_role("button", name="Publish").click()
        expect(page.get_by_role("status")).to_contain_text("Published")
        page.screenshot(path=str(Path("var/screenshots/console-published.png")))

        page.goto(f"{stack.origin}/")
        visit.open()
        visit.send("I'm scared of my own thoughts about children")
        text = visit.bot_text()
        assert "0808 2222 333" in text and "0808 1000 900" not in text
        assert "<script>window.__console_pwned = 1</script><b>Anyone</b>" in text
        assert page.evaluate("() => window.__console_pwned") is None
        assert visit.external_requests() == []
    finally:
        visit.close()
