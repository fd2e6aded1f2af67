"""The staff console over HTTP: sign-in, lock-out, CSRF, roles, draft and publish, audit, import."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from starlette.testclient import TestClient

import bot.web.console.security as console_security
from bot.content.db import session_scope
from bot.content.models import AuditEntry, Channel
from bot.content.queries import load_route_table
from bot.routing import route
from bot.staff import create_staff
from bot.web.app import create_app
from bot.web.settings import PortalSettings

PASSWORD = "a long enough password"
ADMIN, EDITOR, MANAGER = "admin@example.org", "editor@example.org", "manager@example.org"


@pytest.fixture()
def app_client(database_url: str) -> Iterator[TestClient]:
    with session_scope(database_url) as session:
        create_staff(session, email=ADMIN, role="admin", password=PASSWORD)
        create_staff(session, email=EDITOR, role="editor", password=PASSWORD)
        create_staff(
            session, email=MANAGER, role="site_manager", password=PASSWORD, sites=["demo-primary"]
        )
    settings = PortalSettings(rasa_url="http://rasa.test", console_secret="test-secret")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with TestClient(create_app(settings, transport), base_url="http://portal.test") as client:
        yield client


def token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "every form carries a CSRF token"
    return found.group(1)


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> httpx.Response:
    page = client.get("/console/login").text
    return client.post(
        "/console/login", data={"email": email, "password": password, "csrf_token": token(page)}
    )


def post(client: TestClient, path: str, data: dict, page_path: str | None = None) -> httpx.Response:
    page = client.get(page_path or path).text
    return client.post(path, data={**data, "csrf_token": token(page)})


def channel_form(client: TestClient, key: str) -> dict[str, str]:
    """The channel's current form values, as a browser would submit them."""
    html = client.get(f"/console/channels/{key}").text
    values = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', html))
    values.update(re.findall(r'<textarea id="[a-z_]+" name="([a-z_]+)">([^<]*)</textarea>', html))
    for name in re.findall(r'<select id="[a-z_]+" name="([a-z_]+)">', html):
        chosen = re.search(rf'name="{name}">.*?<option value="([^"]*)" selected', html, re.S)
        values[name] = chosen.group(1) if chosen else ""
    if re.search(r'name="verified" checked', html):
        values["verified"] = "on"
    values.pop("csrf_token", None)
    return {
        k: v.replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", '"')
        for k, v in values.items()
    }


def live_phone(database_url: str, key: str) -> str | None:
    with session_scope(database_url) as session:
        return session.query(Channel).filter_by(key=key).one().phone


def test_console_needs_sign_in_and_no_cookie_for_parents(app_client: TestClient) -> None:
    response = app_client.get("/console/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].endswith("/console/login")
    assert "set-cookie" not in app_client.get("/widget.js").headers


def test_wrong_password_then_lock_out(app_client: TestClient) -> None:
    for _ in range(4):
        assert sign_in(app_client, EDITOR, "wrong password!!").status_code == 401
    locked = sign_in(app_client, EDITOR, "wrong password!!")
    assert "locked" in locked.text
    assert "locked" in sign_in(app_client, EDITOR).text  # even the right password, for now
    assert sign_in(app_client, "nobody@example.org").status_code == 401


def test_posts_without_the_csrf_token_are_refused(
    app_client: TestClient, database_url: str
) -> None:
    assert (
        app_client.post("/console/login", data={"email": EDITOR, "password": PASSWORD}).status_code
        == 403
    )
    sign_in(app_client, EDITOR)
    form = channel_form(app_client, "uk-nspcc")
    refused = app_client.post("/console/channels/uk-nspcc", data={**form, "phone": "0808 000 0000"})
    assert refused.status_code == 403
    forged = app_client.post("/console/publish", data={"csrf_token": "guess"})
    assert forged.status_code == 403


def test_draft_preview_publish_and_audit(app_client: TestClient, database_url: str) -> None:
    sign_in(app_client, EDITOR)
    form = {**channel_form(app_client, "uk-stop-it-now"), "phone": "0808 1111 222"}
    saved = post(app_client, "/console/channels/uk-stop-it-now", form)
    assert saved.status_code == 200 and "Saved to the draft" in saved.text
    assert live_phone(database_url, "uk-stop-it-now") == "0808 1000 900"  # the bot still uses this
    preview = app_client.get("/console/preview?situation=adult_behaviour&region=UK").text
    assert (
        preview.index("0808 1111 222") < preview.index("Live now") < preview.index("0808 1000 900")
    )
    dashboard = app_client.get("/console/").text
    assert "uk-stop-it-now" in dashboard and "updated" in dashboard
    post(app_client, "/console/publish", {}, page_path="/console/")
    assert live_phone(database_url, "uk-stop-it-now") == "0808 1111 222"
    with session_scope(database_url) as session:
        table = load_route_table(session)
        entry = session.query(AuditEntry).filter_by(key="uk-stop-it-now", action="updated").one()
    assert route("adult_behaviour", "UK", table).channels[0].phone == "0808 1111 222"
    assert (
        entry.actor == EDITOR and "0808 1000 900" in entry.before and "0808 1111 222" in entry.after
    )
    app_client.post("/console/logout", data={"csrf_token": "any"})
    sign_in(app_client, ADMIN)
    assert "0808 1111 222" in app_client.get("/console/audit").text


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call 0800 NOW", "phone number"),
        ("url", "javascript:alert(1)", "web address"),
        ("name", "x" * 3000, "at most"),
        ("name", "", "at least 2 characters"),
    ],
)
def test_bad_input_is_refused_with_a_clear_error(
    app_client: TestClient, database_url: str, field: str, value: str, message: str
) -> None:
    sign_in(app_client, EDITOR)
    form = {**channel_form(app_client, "uk-nspcc"), field: value}
    response = post(app_client, "/console/channels/uk-nspcc", form)
    assert response.status_code == 400
    errors = response.text[response.text.index('class="errors"') : response.text.index("</div>")]
    assert message in errors
    assert "No unpublished changes" in app_client.get("/console/").text


def test_markup_is_stored_and_shown_as_text(app_client: TestClient, database_url: str) -> None:
    sign_in(app_client, EDITOR)
    hostile = "<script>alert('x')</script> Helpline"
    form = {**channel_form(app_client, "uk-nspcc"), "purpose": hostile}
    post(app_client, "/console/channels/uk-nspcc", form)
    page = app_client.get("/console/channels/uk-nspcc").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(" in page
    post(app_client, "/console/publish", {}, page_path="/console/")
    with session_scope(database_url) as session:
        assert session.query(Channel).filter_by(key="uk-nspcc").one().purpose == hostile


def test_roles_see_and_change_only_what_they_may(app_client: TestClient) -> None:
    sign_in(app_client, MANAGER)
    assert app_client.get("/console/channels/uk-nspcc").status_code == 403
    assert app_client.get("/console/routes/UK").status_code == 403
    assert app_client.get("/console/sites/demo-us-middle").status_code == 403
    own = app_client.get("/console/sites/demo-primary")
    assert own.status_code == 200
    assert (
        "&lt;script src=&#34;http://portal.test/widget.js&#34; data-site=&#34;demo-primary&#34; async&gt;"
        in own.text
    )
    assert "demo-us-middle" not in app_client.get("/console/sites/").text
    assert app_client.get("/console/audit").status_code == 403
    assert app_client.get("/console/staff").status_code == 403
    app_client.post("/console/logout", data={"csrf_token": "x"})
    sign_in(app_client, EDITOR)
    assert app_client.get("/console/audit").status_code == 403
    assert app_client.get("/console/routes/UK").status_code == 200


def test_site_manager_publishes_only_their_own_changes(
    app_client: TestClient, database_url: str
) -> None:
    sign_in(app_client, EDITOR)
    post(
        app_client,
        "/console/channels/uk-nspcc",
        {**channel_form(app_client, "uk-nspcc"), "hours": "Always"},
    )
    app_client.post("/console/logout", data={"csrf_token": "x"})
    sign_in(app_client, MANAGER)
    refused = post(app_client, "/console/publish", {}, page_path="/console/")
    assert refused.status_code == 403 and "editor must publish" in refused.text


def test_import_refuses_a_broken_file_and_changes_nothing(app_client: TestClient) -> None:
    sign_in(app_client, EDITOR)
    exported = app_client.get("/console/export")
    assert exported.status_code == 200 and "channels:" in exported.text
    data = yaml.safe_load(exported.text)
    data["routes"]["UK"]["grooming"] = ["no-such-channel"]
    page = app_client.get("/console/import").text
    refused = app_client.post(
        "/console/import",
        data={"csrf_token": token(page)},
        files={"file": ("bad.yml", yaml.safe_dump(data).encode(), "application/x-yaml")},
    )
    assert refused.status_code == 400 and "unknown channel" in refused.text
    assert "No unpublished changes" in app_client.get("/console/").text
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    aliased = app_client.post(
        "/console/import",
        data={"csrf_token": token(app_client.get("/console/import").text)},
        files={"file": ("bomb.yml", bomb.encode(), "application/x-yaml")},
    )
    assert aliased.status_code == 400 and "aliases" in aliased.text
    data["routes"]["UK"]["grooming"] = ["uk-nspcc", "uk-ceop"]
    accepted = app_client.post(
        "/console/import",
        data={"csrf_token": token(app_client.get("/console/import").text)},
        files={"file": ("good.yml", yaml.safe_dump(data).encode(), "application/x-yaml")},
    )
    assert "Imported into the draft" in accepted.text and "UK/grooming" in accepted.text


def test_stale_facts_are_listed(app_client: TestClient) -> None:
    sign_in(app_client, EDITOR)
    form = {**channel_form(app_client, "uk-ceop"), "verified_on": "2020-01-01"}
    post(app_client, "/console/channels/uk-ceop", form)
    dashboard = app_client.get("/console/").text
    facts = dashboard[dashboard.index("Facts to check") :]
    assert "CEOP Safety Centre" in facts and "2020-01-01" in facts


def test_idle_session_expires(app_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in(app_client, EDITOR)
    assert app_client.get("/console/", follow_redirects=False).status_code == 200
    later = console_security.time.time() + console_security.IDLE_SECONDS + 5
    monkeypatch.setattr(console_security.time, "time", lambda: later)
    assert app_client.get("/console/", follow_redirects=False).status_code == 303


def test_admin_adds_staff_with_checks(app_client: TestClient) -> None:
    sign_in(app_client, ADMIN)
    short = post(
        app_client,
        "/console/staff",
        {"email": "new@example.org", "role": "editor", "password": "short"},
    )
    assert short.status_code == 400 and "12 characters" in short.text
    ok = post(
        app_client,
        "/console/staff",
        {"email": "new@example.org", "role": "editor", "password": PASSWORD},
    )
    assert "new@example.org" in ok.text


def test_sign_out_ends_the_session(app_client: TestClient) -> None:
    sign_in(app_client, EDITOR)
    page = app_client.get("/console/").text
    app_client.post("/console/logout", data={"csrf_token": token(page)})
    assert app_client.get("/console/", follow_redirects=False).status_code == 303


def test_first_admin_from_the_cli_reads_the_password_from_stdin(database_url: str) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    command = [
        sys.executable,
        "-m",
        "bot",
        "staff",
        "create",
        "--email",
        "first@example.org",
        "--role",
        "admin",
    ]
    created = subprocess.run(
        command, input=f"{PASSWORD}\n", capture_output=True, text=True, cwd=ROOT
    )
    assert created.returncode == 0, created.stderr
    assert PASSWORD not in " ".join(command)
    refused = subprocess.run(
        command, input=f"{PASSWORD}\n", capture_output=True, text=True, cwd=ROOT
    )
    assert refused.returncode == 1 and "already exists" in refused.stderr


def test_admin_disables_unlocks_and_resets_accounts(
    app_client: TestClient, database_url: str
) -> None:
    from bot.content.models import Staff

    for _ in range(5):
        sign_in(app_client, EDITOR, "wrong password!!")
    sign_in(app_client, ADMIN)
    with session_scope(database_url) as session:
        ids = {s.email: s.id for s in session.query(Staff)}
    assert "locked until" in app_client.get("/console/staff").text
    post(
        app_client,
        f"/console/staff/{ids[EDITOR]}",
        {"action": "unlock"},
        page_path="/console/staff",
    )
    post(
        app_client,
        f"/console/staff/{ids[MANAGER]}",
        {"action": "disable"},
        page_path="/console/staff",
    )
    short = post(
        app_client,
        f"/console/staff/{ids[EDITOR]}",
        {"action": "password", "password": "short"},
        page_path="/console/staff",
    )
    assert short.status_code == 400
    post(
        app_client,
        f"/console/staff/{ids[EDITOR]}",
        {"action": "password", "password": "another long password"},
        page_path="/console/staff",
    )
    self_disable = post(
        app_client,
        f"/console/staff/{ids[ADMIN]}",
        {"action": "disable"},
        page_path="/console/staff",
    )
    assert self_disable.status_code == 400
    app_client.post("/console/logout", data={"csrf_token": token(app_client.get("/console/").text)})
    assert sign_in(app_client, MANAGER).status_code == 401  # disabled
    assert sign_in(app_client, EDITOR, "another long password").status_code == 200
    assert (
        app_client.post(
            f"/console/staff/{ids[MANAGER]}",
            data={"action": "enable", "csrf_token": token(app_client.get("/console/").text)},
        ).status_code
        == 403
    )


def test_the_route_matrix_shows_every_cell_with_gaps_and_unchecked_channels(
    app_client: TestClient,
) -> None:
    sign_in(app_client, EDITOR)
    page = app_client.get("/console/matrix")
    assert page.status_code == 200
    html = page.text
    assert html.count('<tr><th scope="row">') == 9  # UK, UK-SCT, UK-NIR, IE, US, CA, AU, NZ, OTHER
    assert "Gateway team of your Health and Social Care Trust" in html
    assert "No checked channel" in html  # another country, outside child abuse images
    assert "Needs a check: Pieta" in html  # an UNCONFIRMED channel, held back from parents
    dashboard = app_client.get("/console/").text
    assert "never verified" in dashboard


def test_a_fact_by_region_is_edited_in_the_draft_and_previewed_for_that_region(
    app_client: TestClient,
) -> None:
    sign_in(app_client, EDITOR)
    html = app_client.get("/console/facts/social_media_age").text
    assert 'name="text.AU"' in html and 'name="text.default"' in html
    form = {
        "key": "social_media_age",
        "source": "a checked source",
        "text.default": "Most apps say 13.",
        "text.AU": "In Australia the age is 16 for the big platforms.",
    }
    saved = post(app_client, "/console/facts/social_media_age", form)
    assert saved.status_code in (200, 303)
    preview = app_client.get(
        "/console/preview", params={"topic": "social_media_age", "region": "AU"}
    ).text
    assert "In Australia the age is 16 for the big platforms." in preview
    elsewhere = app_client.get(
        "/console/preview", params={"topic": "social_media_age", "region": "US"}
    ).text
    assert "Most apps say 13." in elsewhere
    refused = post(app_client, "/console/facts/social_media_age", {**form, "source": ""})
    assert refused.status_code == 400


def test_upgrade_conflicts_are_decided_in_the_console_draft(
    app_client: TestClient, database_url: str, tmp_path: Path
) -> None:
    import shutil

    from bot.content import service
    from bot.content.upgrade import run_upgrade

    sign_in(app_client, EDITOR)
    post(
        app_client,
        "/console/channels/uk-ceop",
        {**channel_form(app_client, "uk-ceop"), "hours": "Ours"},
    )
    post(app_client, "/console/publish", {}, page_path="/console/")
    seed = tmp_path / "content"
    shutil.copytree(service.SEED_DIR, seed)
    regions = yaml.safe_load((seed / "regions.yml").read_text())
    next(c for c in regions["channels"] if c["key"] == "uk-ceop")["hours"] = "Theirs"
    (seed / "regions.yml").write_text(yaml.safe_dump(regions, sort_keys=False))
    assert [c.key for c in run_upgrade(database_url, seed_dir=seed).conflicts] == ["uk-ceop"]
    dashboard = app_client.get("/console/").text
    assert "Content upgrade: 1 to decide" in dashboard and "Theirs" in dashboard
    conflict_id = re.search(r'/console/conflicts/(\d+)"', dashboard).group(1)
    post(app_client, f"/console/conflicts/{conflict_id}", {"choice": "theirs"}, "/console/")
    assert "Content upgrade" not in app_client.get("/console/").text
    assert 'value="Theirs"' in app_client.get("/console/channels/uk-ceop").text
