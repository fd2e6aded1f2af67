"""Shared pieces of the browser tests: the running stack, Chromium, and a page that records requests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import Browser, Page, expect

from bot.content.migrate import upgrade
from bot.content.service import seed
from tests.conftest import ROOT, free_port
from tests.servers import Server, start_action_server, start_portal, start_rasa

SCREENSHOTS = ROOT / "var" / "screenshots"
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
NEUTRAL = "https://www.bbc.co.uk/weather"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        script = ROOT / "scripts" / "test-browser.sh"
        found = subprocess.run(
            [str(script)], capture_output=True, text=True, check=True
        ).stdout.strip()
    return found


class Stack:
    """The three servers; the portal can be stopped and started again on the same port."""

    def __init__(self, model: Path, tmp: Path) -> None:
        self.tmp = tmp
        self.content = f"sqlite:///{tmp / 'content.db'}"
        upgrade(self.content)
        seed(self.content)
        action_port, rasa_port = free_port(), free_port()
        self.portal: Server | None = None
        self.actions = start_action_server(action_port, self.content, tmp / "actions.log")
        try:
            self.rasa = start_rasa(
                rasa_port, f"http://127.0.0.1:{action_port}/webhook",
                f"sqlite:///{tmp / 'tracker.db'}", model, tmp / "rasa.log",
            )  # fmt: skip
        except Exception:
            self.actions.stop()
            raise
        self.rasa_url = f"http://127.0.0.1:{rasa_port}"
        self.portal_port = free_port()
        try:
            self.start_portal()
        except Exception:
            self.rasa.stop()
            self.actions.stop()
            raise

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.portal_port}"

    def start_portal(self) -> None:
        self.portal = start_portal(
            self.portal_port, self.rasa_url, self.content, self.tmp / "portal.log"
        )

    def stop_portal(self) -> None:
        if self.portal:
            self.portal.stop()
            self.portal = None

    def stop(self) -> None:
        self.stop_portal()
        self.rasa.stop()
        self.actions.stop()


class Visit:
    """One page on the demo site, recording every request the browser makes."""

    def __init__(
        self, browser: Browser, stack: Stack, viewport: dict[str, int], bypass_csp: bool = False
    ) -> None:
        # The demo page's CSP forbids inline scripts; only the axe test lifts it, to inject axe.
        self.context = browser.new_context(viewport=viewport, bypass_csp=bypass_csp)
        self.page: Page = self.context.new_page()
        self.requests: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        # Quick exit leaves for a neutral site: answer it locally so nothing leaves the host.
        self.context.route(
            f"{NEUTRAL}**",
            lambda route: route.fulfill(body="<h1>Weather</h1>", content_type="text/html"),
        )
        self.stack = stack
        self.page.goto(f"{stack.origin}/")
        self.shadow = self.page.locator("parent-safety-chat")

    def hook(self, test_id: str):
        return self.page.get_by_test_id(test_id)

    def open(self) -> None:
        self.hook("chat-launcher").click()
        expect(self.hook("chat-input")).to_be_focused()

    def send(self, text: str) -> None:
        before = self.hook("bot-message").count()
        self.hook("chat-input").fill(text)
        self.hook("chat-send").click()
        expect(self.hook("bot-message")).not_to_have_count(before, timeout=30_000)
        expect(self.hook("typing")).to_be_hidden(timeout=30_000)

    def bot_text(self) -> str:
        return "\n".join(self.hook("bot-message").all_inner_texts())

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))

    def external_requests(self) -> list[str]:
        allowed = {urlparse(self.stack.origin).netloc}
        return [
            url
            for url in self.requests
            if urlparse(url).scheme in {"http", "https"}
            and urlparse(url).netloc not in allowed
            and not url.startswith(NEUTRAL)
        ]

    def close(self) -> None:
        self.context.close()
