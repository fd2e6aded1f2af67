"""The staff console at /console: sign-in, content editing into a draft, preview, publish, audit.

Server-rendered with Jinja2 (autoescaped: anything staff type is shown as text). Every POST
carries a CSRF token; sessions are signed cookies scoped to /console that expire when idle.
All writes go through bot.content.service, the same path as the CLI and the import.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from bot.content import service
from bot.content.db import session_scope
from bot.content.models import AGE_BANDS, AuditEntry, ContentConflict
from bot.content.pack_io import parse_pack
from bot.content.preview import route_matrix, route_reply, topic_reply
from bot.content.schema import PackError
from bot.content.upgrade import Conflict, apply_choice
from bot.situations import SITUATIONS
from bot.staff import (
    ROLES,
    StaffError,
    StaffMember,
    authenticate,
    create_staff,
    is_locked,
    list_staff,
    update_staff,
)
from bot.web.console.forms import KINDS, Kind, field_specs, form_values, parse_form
from bot.web.console.security import (
    MAX_SESSION_SECONDS,
    Refused,
    check_csrf,
    console_secret,
    csrf_token,
    current_member,
    sign_in,
    sign_out,
)

HERE = Path(__file__).resolve().parent.parent
STALE_DAYS = 183  # six months
HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer",
           "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'"}  # fmt: skip

Handler = Callable[[Request, StaffMember], Awaitable[Response]]


class Console:
    """The console's pages; each handler gets the signed-in member or is never called."""

    def __init__(self, portal_origin: str | None = None) -> None:
        self.templates = Jinja2Templates(directory=str(HERE / "templates" / "console"))
        self.portal_origin = portal_origin

    # --- plumbing ---------------------------------------------------------------------------
    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("member", None)
        context["csrf_token"] = csrf_token(request)
        response = self.templates.TemplateResponse(request, name, context, status_code=status)
        response.headers.update(HEADERS)
        return response

    def guarded(
        self, handler: Handler, *, admin: bool = False
    ) -> Callable[[Request], Awaitable[Response]]:
        """Signs-in, CSRF on POST, and the admin check, in one place for every page."""

        async def endpoint(request: Request) -> Response:
            member = current_member(request)
            if member is None:
                return RedirectResponse(
                    f"{request.scope.get('root_path', '')}/login", status_code=303
                )
            try:
                if request.method == "POST":
                    await check_csrf(request)
                if admin and not member.is_admin:
                    raise Refused(403, "Only an admin can do that.")
                return await handler(request, member)
            except Refused as refusal:
                return self.render(request, "message.html", refusal.status, member=member,
                                   title="Not allowed", message=str(refusal))  # fmt: skip

        return endpoint

    @staticmethod
    def _allowed(member: StaffMember, kind: Kind, key: str | None) -> None:
        if kind.content and not member.edits_content:
            raise Refused(403, "Your role cannot change this content.")
        if not kind.content and key is not None and not member.manages(key):
            raise Refused(403, "You can only change your own sites.")
        if not kind.content and key is None and member.role == "site_manager":
            raise Refused(403, "Only editors and admins can add sites.")

    # --- sign-in --------------------------------------------------------------------------
    async def login(self, request: Request) -> Response:
        if request.method == "GET":
            return self.render(request, "login.html")
        try:
            await check_csrf(request)
        except Refused as refusal:
            return self.render(request, "login.html", refusal.status, error=str(refusal))
        form = await request.form()
        email, password = str(form.get("email", "")), str(form.get("password", ""))
        with session_scope() as session:
            member = authenticate(session, email, password)
        if member is None:
            with session_scope() as session:
                locked = is_locked(session, email)
            error = (
                "Too many failed attempts: this account is locked for 15 minutes."
                if locked
                else "Wrong email or password."
            )
            return self.render(request, "login.html", 401, error=error, email=email)
        sign_in(request, member)
        return RedirectResponse(f"{request.scope.get('root_path', '')}/", status_code=303)

    async def logout(self, request: Request) -> Response:
        try:
            await check_csrf(request)
        except Refused:
            pass  # signing out is always allowed
        sign_out(request)
        return RedirectResponse(f"{request.scope.get('root_path', '')}/login", status_code=303)

    # --- dashboard ------------------------------------------------------------------------
    async def dashboard(self, request: Request, member: StaffMember) -> Response:
        with session_scope() as session:
            draft = service.draft(session)
            changes = service.pending(session)
        cutoff = (dt.date.today() - dt.timedelta(days=STALE_DAYS)).isoformat()
        stale = [
            c for c in draft["channels"]
            if not c.get("verified") or not c.get("verified_on") or str(c["verified_on"]) < cutoff
        ]  # fmt: skip
        unverified = sum(1 for c in draft["channels"] if not c.get("verified"))
        with session_scope() as session:
            conflicts = [
                {"id": c.id, "kind": c.kind, "key": c.key, "ours": c.ours, "theirs": c.theirs}
                for c in service.conflicts(session)
            ]
        return self.render(request, "dashboard.html", member=member, changes=changes, stale=stale,
                           unverified=unverified, kinds=KINDS, stale_days=STALE_DAYS,
                           conflicts=conflicts)  # fmt: skip

    async def resolve_conflict(self, request: Request, member: StaffMember) -> Response:
        if not member.edits_content:
            raise Refused(403, "Only editors and admins can decide content upgrade conflicts.")
        form = await request.form()
        with session_scope() as session:
            row = session.get(ContentConflict, request.path_params["conflict_id"])
            if row is None:
                raise Refused(404, "That conflict has already been decided.")
            if form.get("choice") == "theirs":
                conflict = Conflict(
                    row.kind, row.key,
                    None if row.ours is None else json.loads(row.ours),
                    None if row.theirs is None else json.loads(row.theirs),
                )  # fmt: skip
                service.save_draft(
                    session, apply_choice(service.draft(session), conflict), member.email
                )
            session.delete(row)
        return self._back(request, "/?decided=1")

    # --- the route matrix -----------------------------------------------------------------
    async def matrix(self, request: Request, member: StaffMember) -> Response:
        with session_scope() as session:
            pack = parse_pack([("draft", json.dumps(service.draft(session)))])
        rows = route_matrix(pack)
        gaps = sum(1 for row in rows for cell in row.cells if not cell.shown)
        unchecked = sum(1 for row in rows for cell in row.cells if cell.unverified)
        return self.render(request, "matrix.html", member=member, rows=rows,
                           situations=SITUATIONS, gaps=gaps, unchecked=unchecked)  # fmt: skip

    # --- entities -------------------------------------------------------------------------
    def _kind(self, request: Request) -> Kind:
        kind = KINDS.get(request.path_params["kind"])
        if kind is None:
            raise Refused(404, "No such page.")
        return kind

    async def list_items(self, request: Request, member: StaffMember) -> Response:
        kind = self._kind(request)
        with session_scope() as session:
            draft = service.draft(session)
            changed = {(c.kind, c.key) for c in service.pending(session)}
        items = draft[kind.name]
        if not kind.content:
            items = [i for i in items if member.manages(i[kind.id_field])]
        return self.render(request, "list.html", member=member, kind=kind, items=items,
                           changed=changed, regions=draft.get("regions", []))  # fmt: skip

    async def edit_item(self, request: Request, member: StaffMember) -> Response:
        kind = self._kind(request)
        key = request.path_params.get("key")
        self._allowed(member, kind, key)
        if key is None and not kind.can_create:
            raise Refused(403, "New items of this kind are added with a content pack.")
        with session_scope() as session:
            draft = service.draft(session)
        regions = [r["code"] for r in draft["regions"]]
        specs = field_specs(kind, regions)
        items = draft[kind.name]
        index = next((i for i, item in enumerate(items) if item[kind.id_field] == key), None)
        if key is not None and index is None:
            raise Refused(404, "Not found.")
        current = items[index] if index is not None else None
        errors: list[str] = []
        values = form_values(specs, current)
        if request.method == "POST":
            form = await request.form()
            data = parse_form(specs, form)
            if key is not None:
                data[kind.id_field] = key  # the key names it everywhere: it never changes
            elif not kind.content and not member.manages(str(data.get(kind.id_field, ""))):
                raise Refused(403, "You can only change your own sites.")
            new = copy.deepcopy(draft)
            if index is None:
                new[kind.name].append(data)
            else:
                new[kind.name][index] = data
            try:
                with session_scope() as session:
                    service.save_draft(session, new, member.email)
            except PackError as error:
                errors = str(error).splitlines()[1:] or [str(error)]
                values = form_values(specs, data)
            else:
                return self._back(request, f"/{kind.name}/{data[kind.id_field]}?saved=1")
        snippet = None
        if kind.name == "sites" and key:
            origin = self.portal_origin or f"{request.url.scheme}://{request.url.netloc}"
            snippet = f'<script src="{origin}/widget.js" data-site="{key}" async></script>'
        return self.render(request, "edit.html", 400 if errors else 200, member=member, kind=kind,
                           key=key, specs=specs, values=values, errors=errors, snippet=snippet,
                           saved=request.query_params.get("saved"))  # fmt: skip

    async def delete_item(self, request: Request, member: StaffMember) -> Response:
        kind = self._kind(request)
        key = request.path_params["key"]
        self._allowed(member, kind, key)
        if not kind.can_create or (not kind.content and not member.edits_content):
            raise Refused(403, "This cannot be deleted here.")
        with session_scope() as session:
            draft = service.draft(session)
            draft[kind.name] = [i for i in draft[kind.name] if i[kind.id_field] != key]
            try:
                service.save_draft(session, draft, member.email)
            except PackError as error:
                raise Refused(400, f"Not deleted: {error}") from None
        return self._back(request, f"/{kind.name}/")

    async def routes(self, request: Request, member: StaffMember) -> Response:
        if not member.edits_content:
            raise Refused(403, "Your role cannot change this content.")
        region = request.path_params["region"]
        with session_scope() as session:
            draft = service.draft(session)
        if region not in {r["code"] for r in draft["regions"]}:
            raise Refused(404, "Unknown region.")
        errors: list[str] = []
        if request.method == "POST":
            form = await request.form()
            by_situation = {}
            for situation in SITUATIONS:
                keys = [k.strip() for k in str(form.get(situation, "")).splitlines() if k.strip()]
                if keys:
                    by_situation[situation] = keys
            new = copy.deepcopy(draft)
            new.setdefault("routes", {})[region] = by_situation
            if not by_situation:
                new["routes"].pop(region)
            try:
                with session_scope() as session:
                    service.save_draft(session, new, member.email)
            except PackError as error:
                errors = str(error).splitlines()[1:] or [str(error)]
            else:
                return self._back(request, f"/routes/{region}?saved=1")
        current = draft.get("routes", {}).get(region, {})
        return self.render(request, "routes.html", 400 if errors else 200, member=member,
                           region=region, situations=SITUATIONS, current=current, errors=errors,
                           channels=draft["channels"], saved=request.query_params.get("saved"))  # fmt: skip

    # --- preview, publish, discard ----------------------------------------------------------
    async def preview(self, request: Request, member: StaffMember) -> Response:
        params = request.query_params
        with session_scope() as session:
            draft_pack = parse_pack([("draft", json.dumps(service.draft(session)))])
            live_pack = parse_pack([("live", json.dumps(service.published(session)))])
        situation, region = params.get("situation", "grooming"), params.get("region", "UK")
        topic, band = params.get("topic", ""), params.get("age_band") or None
        if topic:
            draft_reply = [topic_reply(draft_pack, topic, band, region) or "(no such topic)"]
            live_reply = [topic_reply(live_pack, topic, band, region) or "(no such topic)"]
        else:
            draft_reply = route_reply(draft_pack, situation, region, params.get("site") or None)
            live_reply = route_reply(live_pack, situation, region, params.get("site") or None)
        return self.render(request, "preview.html", member=member, draft_reply=draft_reply,
                           live_reply=live_reply, situations=SITUATIONS, situation=situation,
                           region=region, regions=[r.code for r in draft_pack.regions],
                           topics=[t.key for t in draft_pack.topics], topic=topic,
                           bands=AGE_BANDS, band=band or "")  # fmt: skip

    async def publish(self, request: Request, member: StaffMember) -> Response:
        with session_scope() as session:
            changes = service.pending(session)
            if member.role == "site_manager" and any(
                c.kind != "site" or not member.manages(c.key) for c in changes
            ):
                raise Refused(
                    403, "The draft holds changes beyond your sites: an editor must publish it."
                )
            service.publish(session, member.email)
        return self._back(request, "/?published=1")

    async def discard(self, request: Request, member: StaffMember) -> Response:
        if not member.edits_content:
            raise Refused(403, "Only editors and admins can discard the draft.")
        with session_scope() as session:
            service.discard_draft(session)
        return self._back(request, "/")

    # --- import and export -----------------------------------------------------------------
    async def export(self, request: Request, member: StaffMember) -> Response:
        text = service.export_text()
        return Response(text, media_type="application/x-yaml", headers={
            **HEADERS, "Content-Disposition": 'attachment; filename="content.yml"'})  # fmt: skip

    async def import_pack(self, request: Request, member: StaffMember) -> Response:
        if not member.edits_content:
            raise Refused(403, "Your role cannot change this content.")
        error = None
        if request.method == "POST":
            form = await request.form()
            upload = form.get("file")
            raw = await upload.read() if hasattr(upload, "read") else b""
            try:
                text = raw.decode("utf-8")
                # Parsed and validated off the event loop: parents' chat goes on meanwhile.
                pack = await run_in_threadpool(parse_pack, [("upload", text)])
                with session_scope() as session:
                    service.save_draft(session, json.loads(pack.json()), member.email)
            except UnicodeDecodeError:
                error = "The file is not UTF-8 text."
            except PackError as refusal:
                error = str(refusal)
            else:
                return self._back(request, "/?imported=1")
        return self.render(
            request, "import.html", 400 if error else 200, member=member, error=error
        )

    # --- admin ------------------------------------------------------------------------------
    async def audit(self, request: Request, member: StaffMember) -> Response:
        with session_scope() as session:
            entries = list(
                session.execute(
                    select(AuditEntry).order_by(AuditEntry.id.desc()).limit(300)
                ).scalars()
            )
        return self.render(request, "audit.html", member=member, entries=entries)

    async def staff(self, request: Request, member: StaffMember) -> Response:
        error = None
        if request.method == "POST":
            form = await request.form()
            try:
                with session_scope() as session:
                    create_staff(
                        session,
                        email=str(form.get("email", "")),
                        role=str(form.get("role", "")),
                        password=str(form.get("password", "")),
                        sites=[
                            s.strip() for s in str(form.get("sites", "")).splitlines() if s.strip()
                        ],
                    )
            except StaffError as refusal:
                error = str(refusal)
            else:
                return self._back(request, "/staff")
        with session_scope() as session:
            accounts = [
                (s.id, s.email, s.role, s.site_slugs, s.locked_until, s.active)
                for s in list_staff(session)
            ]
        return self.render(request, "staff.html", 400 if error else 200, member=member,
                           accounts=accounts, roles=ROLES, error=error)  # fmt: skip

    async def staff_update(self, request: Request, member: StaffMember) -> Response:
        """Disable, enable, unlock, or set a new password; an admin cannot disable themselves."""
        staff_id = int(request.path_params["staff_id"])
        form = await request.form()
        action = str(form.get("action", ""))
        if action == "disable" and staff_id == member.id:
            raise Refused(400, "You cannot disable your own account.")
        try:
            with session_scope() as session:
                update_staff(
                    session,
                    staff_id,
                    active={"disable": False, "enable": True}.get(action),
                    unlock=action == "unlock",
                    password=str(form.get("password", "")) if action == "password" else None,
                )
        except StaffError as refusal:
            raise Refused(400, str(refusal)) from None
        return self._back(request, "/staff")

    @staticmethod
    def _back(request: Request, path: str) -> Response:
        return RedirectResponse(f"{request.scope.get('root_path', '')}{path}", status_code=303)


def create_console(
    portal_origin: str | None = None, secret: str | None = None, https_only: bool = False
) -> Starlette:
    """The console app, mounted by the portal at /console."""
    console = Console(portal_origin)
    g = console.guarded
    routes = [
        Route("/login", console.login, methods=["GET", "POST"]),
        Route("/logout", console.logout, methods=["POST"]),
        Route("/", g(console.dashboard)),
        Route("/preview", g(console.preview)),
        Route("/matrix", g(console.matrix)),
        Route("/conflicts/{conflict_id:int}", g(console.resolve_conflict), methods=["POST"]),
        Route("/publish", g(console.publish), methods=["POST"]),
        Route("/discard", g(console.discard), methods=["POST"]),
        Route("/export", g(console.export)),
        Route("/import", g(console.import_pack), methods=["GET", "POST"]),
        Route("/audit", g(console.audit, admin=True)),
        Route("/staff", g(console.staff, admin=True), methods=["GET", "POST"]),
        Route("/staff/{staff_id:int}", g(console.staff_update, admin=True), methods=["POST"]),
        Route("/routes/{region}", g(console.routes), methods=["GET", "POST"]),
        Route("/{kind}/", g(console.list_items)),
        Route("/{kind}/new", g(console.edit_item), methods=["GET", "POST"]),
        Route("/{kind}/{key}", g(console.edit_item), methods=["GET", "POST"]),
        Route("/{kind}/{key}/delete", g(console.delete_item), methods=["POST"]),
    ]
    middleware = [
        Middleware(
            SessionMiddleware,
            secret_key=secret or console_secret(),
            session_cookie="console_session",
            max_age=MAX_SESSION_SECONDS,
            path="/console",
            same_site="strict",
            https_only=https_only,
        )
    ]
    return Starlette(routes=routes, middleware=middleware)
