"""The portal: serves the widget and its demo page, site config, a checked relay to Rasa, and health.

The widget talks to the portal, never to Rasa: the portal checks the page's origin against
the site's allowed origins, sets the site's slug and region as metadata itself (a page cannot
claim another site), rate-limits each sender, and relays to Rasa's REST channel, so Rasa
need not be public. Nothing here sets cookies or stores IP addresses or user agents.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.templating import Jinja2Templates

from bot.content.db import session_scope
from bot.message_checks import MAX_BODY_BYTES, InputError, check_sender, check_text, load_json
from bot.regions import normalise_region
from bot.web.body_limit import BodyLimit
from bot.web.console.app import create_console
from bot.web.limits import RateLimiter
from bot.web.settings import PortalSettings, portal_settings
from bot.web.sites import SiteConfig, load_site, origin_allowed

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
DEMO_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return _json({"error": message}, status, headers)


def _own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def _cors(origin: str | None) -> dict[str, str]:
    if not origin:
        return {}
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


async def read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None when it is over `limit` bytes: refused from Content-Length
    before reading, and while streaming when the header is absent or wrong, so a 200 MB
    request is never read into memory."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


class Portal:
    """The portal's handlers, sharing one settings object, one HTTP client and one rate limiter."""

    def __init__(
        self, settings: PortalSettings, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self.transport = transport
        self.limiter = RateLimiter(settings.messages_per_minute, settings.max_senders)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.client: httpx.AsyncClient | None = None

    async def startup(self) -> None:
        self.client = httpx.AsyncClient(
            timeout=self.settings.rasa_timeout, transport=self.transport
        )

    async def shutdown(self) -> None:
        if self.client is not None:
            await self.client.aclose()

    def _site(self, slug: str | None) -> SiteConfig | None:
        return load_site(slug, self.settings) if slug else None

    async def demo(self, request: Request) -> Response:
        """A fictional school page embedding the widget exactly as a school would."""
        site = request.query_params.get("site", self.settings.demo_site)
        response = self.templates.TemplateResponse(
            request, "demo.html", {"widget_url": "/widget.js", "site": site}
        )
        response.headers.update({**SECURITY_HEADERS, "Content-Security-Policy": DEMO_CSP})
        return response

    async def widget(self, request: Request) -> Response:
        """The one script a school embeds; cacheable, and usable from any origin."""
        return FileResponse(
            HERE / "static" / "widget.js",
            media_type="application/javascript",
            headers={
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "public, max-age=300",
                "Access-Control-Allow-Origin": "*",
            },
        )

    async def site_config(self, request: Request) -> Response:
        """What the widget needs to know about a site, for origins the site allows."""
        origin = request.headers.get("origin")
        try:
            site = self._site(request.path_params["slug"])
        except Exception:  # noqa: BLE001 - the widget falls back to defaults
            logger.exception("Site lookup failed.")
            return _error(503, "Site settings are not available right now.")
        if site is None:
            return _error(404, "Unknown site.")
        if not origin_allowed(origin, site, _own_origin(request)):
            return _error(403, "This site does not allow the chat on this page.")
        return _json(site.public(), headers=_cors(origin))

    async def preflight(self, request: Request) -> Response:
        """CORS preflight: grants nothing by itself; POST checks the origin against the site."""
        origin = request.headers.get("origin")
        return Response(
            status_code=204,
            headers={
                **_cors(origin),
                "Access-Control-Allow-Methods": "POST, GET, OPTIONS",
                "Access-Control-Allow-Headers": "content-type",
                "Access-Control-Max-Age": "600",
            },
        )

    async def chat(self, request: Request) -> Response:
        """Checks the message and the page's origin, then relays to Rasa with server-set metadata."""
        origin = request.headers.get("origin")
        cors = _cors(origin)
        body = await read_body(request, MAX_BODY_BYTES)
        if body is None:
            return _error(413, "The message is too long.", cors)
        try:
            data = load_json(body) if body else None
        except InputError as error:
            return _error(error.status, str(error), cors)
        if not isinstance(data, dict):
            return _error(400, "The request body must be a JSON object.", cors)
        try:
            sender = check_sender(data.get("sender"))
            message = check_text(data.get("message"))
        except InputError as error:
            return _error(error.status, str(error), cors)
        slug = data.get("site")
        metadata: dict[str, str] = {}
        if slug is not None:
            try:
                site = self._site(slug) if isinstance(slug, str) else None
            except Exception:  # noqa: BLE001 - the chat must go on without site settings
                logger.exception("Site lookup failed; relaying without the site.")
            else:
                if site is None:
                    return _error(404, "Unknown site.", cors)
                if not origin_allowed(origin, site, _own_origin(request)):
                    return _error(403, "This site does not allow the chat on this page.", cors)
                metadata = {"site": site.slug, "region": site.region}
        elif origin and origin != _own_origin(request):
            return _error(403, "The chat needs a site that allows this page.", cors)
        if "region" not in metadata:
            region = normalise_region(data.get("region"))
            if region:
                metadata["region"] = region
        if not self.limiter.allow(sender):
            return _error(
                429,
                "You're sending messages very quickly. Please wait a minute and try again.",
                cors,
            )
        return await self._relay(sender, message, metadata, cors)

    async def _relay(
        self, sender: str, message: str, metadata: dict[str, str], cors: dict[str, str]
    ) -> Response:
        assert self.client is not None
        url = f"{self.settings.rasa_url}/webhooks/rest/webhook"
        try:
            upstream = await self.client.post(
                url, json={"sender": sender, "message": message, "metadata": metadata}
            )
        except httpx.HTTPError:
            logger.warning("Rasa is not reachable.")
            return _error(503, "The assistant is not reachable right now. Please try again.", cors)
        if upstream.status_code >= 500:
            return _error(502, "The assistant had a problem. Please try again.", cors)
        try:
            replies = upstream.json()
        except ValueError:
            return _error(502, "The assistant sent an answer I could not read.", cors)
        if upstream.status_code >= 400:
            error = replies.get("error") if isinstance(replies, dict) else None
            return _error(upstream.status_code, error or "The message was refused.", cors)
        return _json(replies, headers=cors)

    async def health(self, request: Request) -> Response:
        """Reports the content database and the Rasa server; 503 when either is down."""
        checks = {"database": "ok", "rasa": "ok"}
        try:
            with session_scope() as session:
                session.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001
            checks["database"] = "error"
        try:
            assert self.client is not None
            reply = await self.client.get(f"{self.settings.rasa_url}/", timeout=3)
            if reply.status_code != 200:
                checks["rasa"] = "error"
        except httpx.HTTPError:
            checks["rasa"] = "error"
        ok = all(value == "ok" for value in checks.values())
        return _json({"status": "ok" if ok else "degraded", **checks}, 200 if ok else 503)


def create_app(
    settings: PortalSettings | None = None, transport: httpx.AsyncBaseTransport | None = None
) -> Starlette:
    """Builds the portal; `uvicorn bot.web.app:create_app --factory` serves it."""
    portal = Portal(settings or portal_settings(), transport)
    routes = [
        Route("/", portal.demo),
        Route("/widget.js", portal.widget),
        Route("/api/sites/{slug}", portal.site_config),
        Route("/api/chat", portal.chat, methods=["POST"]),
        Route("/api/chat", portal.preflight, methods=["OPTIONS"]),
        Route("/api/sites/{slug}", portal.preflight, methods=["OPTIONS"]),
        Route("/healthz", portal.health),
        Mount(
            "/console",
            app=create_console(
                secret=portal.settings.console_secret, https_only=portal.settings.console_https_only
            ),
        ),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await portal.startup()
        yield
        await portal.shutdown()

    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(BodyLimit)])
    app.state.portal = portal
    return app
