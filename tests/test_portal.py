"""The portal over HTTP, with Rasa faked at the HTTP boundary (the browser tests use the real one)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import update
from starlette.testclient import TestClient

from bot.content.db import session_scope
from bot.content.models import Site
from bot.web.app import create_app
from bot.web.limits import RateLimiter
from bot.web.settings import PortalSettings

SCHOOL = "https://school.example"


class FakeRasa:
    """Records what the portal relays and answers like Rasa's REST channel."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.down = False

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("down")
        if request.url.path == "/":
            return httpx.Response(200, text="Hello from Rasa")
        body = json.loads(request.content)
        self.received.append(body)
        return httpx.Response(200, json=[{"recipient_id": body["sender"], "text": "hi there"}])


@pytest.fixture()
def rasa() -> FakeRasa:
    return FakeRasa()


@pytest.fixture()
def client(database_url: str, rasa: FakeRasa) -> Iterator[TestClient]:
    with session_scope(database_url) as session:
        session.execute(
            update(Site).where(Site.slug == "demo-primary").values(allowed_origins=SCHOOL)
        )
    app = create_app(
        PortalSettings(rasa_url="http://rasa.test", messages_per_minute=5),
        transport=httpx.MockTransport(rasa.handler),
    )
    with TestClient(app, base_url="http://portal.test") as test_client:
        yield test_client


def chat(client: TestClient, origin: str | None = SCHOOL, **body) -> httpx.Response:
    payload = {"sender": "s1", "message": "hello", "site": "demo-primary", **body}
    headers = {"origin": origin} if origin else {}
    return client.post("/api/chat", content=json.dumps(payload), headers=headers)


def test_relays_with_server_set_site_and_region(client: TestClient, rasa: FakeRasa) -> None:
    response = chat(client, region="US")
    assert response.status_code == 200
    assert response.json() == [{"recipient_id": "s1", "text": "hi there"}]
    assert response.headers["access-control-allow-origin"] == SCHOOL
    assert rasa.received[0]["metadata"] == {"site": "demo-primary", "region": "UK"}
    assert "set-cookie" not in response.headers


def test_a_page_from_another_origin_is_refused(client: TestClient, rasa: FakeRasa) -> None:
    response = chat(client, origin="https://evil.example")
    assert response.status_code == 403
    assert "does not allow" in response.json()["error"]
    assert rasa.received == []


def test_the_portals_own_pages_are_allowed(client: TestClient) -> None:
    assert chat(client, origin="http://portal.test").status_code == 200


def test_unknown_site_and_bad_input(client: TestClient) -> None:
    assert chat(client, site="no-such-school").status_code == 404
    assert chat(client, message="").status_code == 400
    assert chat(client, message=5).status_code == 400
    assert chat(client, message="x" * 10_001).status_code == 413
    assert client.post("/api/chat", content=b"{oops").status_code == 400
    assert client.post("/api/chat", content=b"x" * 200_000).status_code == 413
    assert client.post("/api/chat", content=b"[" * 40_000).status_code == 400  # not a 500


def test_a_big_body_is_refused_before_it_is_read(client: TestClient) -> None:
    # Declared too big: refused from the header alone.
    declared = client.post(
        "/api/chat", content=b"{}", headers={"content-length": str(200 * 1024 * 1024)}
    )
    assert declared.status_code == 413


def test_a_body_with_no_length_is_read_only_up_to_the_limit() -> None:
    import asyncio

    from starlette.requests import Request

    from bot.web.app import read_body

    received: list[int] = []

    async def receive() -> dict[str, object]:
        received.append(1)
        return {"type": "http.request", "body": b"x" * 10_000, "more_body": len(received) < 100}

    request = Request({"type": "http", "method": "POST", "headers": []}, receive)
    assert asyncio.run(read_body(request, 44_096)) is None
    assert len(received) == 5  # stopped past 44 KB, not after all 1 MB


def test_rate_limit_per_sender_with_a_clear_message(client: TestClient) -> None:
    codes = [chat(client).status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]
    assert "wait a minute" in chat(client).json()["error"]
    assert chat(client, sender="someone-else").status_code == 200


def test_rasa_down_gives_a_clear_503(client: TestClient, rasa: FakeRasa) -> None:
    rasa.down = True
    response = chat(client)
    assert response.status_code == 503
    assert "not reachable" in response.json()["error"]


def test_site_config_for_allowed_origins(client: TestClient) -> None:
    response = client.get("/api/sites/demo-primary", headers={"origin": SCHOOL})
    config = response.json()
    assert response.status_code == 200
    assert config["region"] == "UK" and config["emergency_number"] == "999"
    assert config["allowed_origins"] == [SCHOOL]
    assert config["greeting"] and config["safeguarding_lead"]
    assert (
        client.get("/api/sites/demo-primary", headers={"origin": "https://x.example"}).status_code
        == 403
    )
    assert client.get("/api/sites/nope").status_code == 404


def test_widget_and_demo_page(client: TestClient) -> None:
    widget = client.get("/widget.js")
    assert widget.status_code == 200
    assert widget.headers["content-type"].startswith("application/javascript")
    page = client.get("/")
    assert 'src="/widget.js" data-site="demo-primary"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_health_reports_database_and_rasa(client: TestClient, rasa: FakeRasa) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "database": "ok", "rasa": "ok"}
    rasa.down = True
    response = client.get("/healthz")
    assert response.status_code == 503 and response.json()["rasa"] == "error"


def test_rate_limiter_refills_over_time() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=2, max_senders=2, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    now[0] = 30.0
    assert limiter.allow("a")
    limiter.allow("b")
    limiter.allow("c")
    assert len(limiter._buckets) == 2


def test_every_route_refuses_a_body_over_the_limit(client: TestClient) -> None:
    from bot.web.body_limit import MAX_REQUEST_BYTES

    huge = {"content-length": str(MAX_REQUEST_BYTES + 1)}
    for path in ("/console/login", "/console/import", "/api/chat"):
        response = client.post(path, content=b"x", headers=huge)
        assert response.status_code == 413, path


def test_the_body_limit_stops_reading_a_stream_past_it() -> None:
    import asyncio

    from bot.web.body_limit import BodyLimit

    received: list[int] = []
    sent: list[dict[str, object]] = []

    async def app(scope: dict[str, object], receive, send) -> None:  # noqa: ANN001
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"read it all"})

    async def receive() -> dict[str, object]:
        received.append(1)
        return {"type": "http.request", "body": b"x" * 1_000, "more_body": len(received) < 100}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/console/import", "headers": []}
    asyncio.run(BodyLimit(app, limit=10_000)(scope, receive, send))
    assert sent[0]["status"] == 413 and len(received) == 11
