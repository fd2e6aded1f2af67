"""Console sessions and CSRF: who is signed in, for how long, and that each form came from us."""

from __future__ import annotations

import hmac
import os
import secrets
import time
from pathlib import Path

from starlette.requests import Request

from bot.content.db import session_scope
from bot.settings import ROOT
from bot.staff import StaffMember, get_member

IDLE_SECONDS = 30 * 60
MAX_SESSION_SECONDS = 8 * 60 * 60


class Refused(Exception):
    """A request the console refuses: the status and a message for the person."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


MIN_SECRET_BYTES = 32


def console_secret(path: Path | None = None) -> str:
    """CONSOLE_SECRET (at least 32 bytes), or a random secret kept in var/console-secret,
    created private from the start (mode 600, never readable by others even for a moment)."""
    given = os.environ.get("CONSOLE_SECRET")
    if given:
        if len(given.encode()) < MIN_SECRET_BYTES:
            raise ValueError(f"CONSOLE_SECRET must be at least {MIN_SECRET_BYTES} bytes")
        return given
    path = path or ROOT / "var" / "console-secret"
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()  # made earlier, or by another process just now
    with os.fdopen(descriptor, "w") as file:
        file.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use; every console form carries it."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """Refuses a POST whose form token does not match the session's."""
    form = await request.form()
    sent = str(form.get("csrf_token", ""))
    expected = request.session.get("csrf", "")
    if not expected or not hmac.compare_digest(sent, expected):
        raise Refused(
            403, "This form has expired or came from another site. Reload the page and try again."
        )


def sign_in(request: Request, member: StaffMember) -> None:
    """Starts a fresh session for the member (a new CSRF token too)."""
    request.session.clear()
    now = time.time()
    request.session.update({"staff": member.id, "started": now, "seen": now})
    csrf_token(request)


def sign_out(request: Request) -> None:
    """Ends the session."""
    request.session.clear()


def current_member(request: Request) -> StaffMember | None:
    """The signed-in member, or None when signed out, idle too long or past the session's limit."""
    staff_id = request.session.get("staff")
    if not staff_id:
        return None
    now = time.time()
    if now - request.session.get("seen", 0) > IDLE_SECONDS or (
        now - request.session.get("started", 0) > MAX_SESSION_SECONDS
    ):
        sign_out(request)
        return None
    with session_scope() as session:
        member = get_member(session, int(staff_id))
    if member is None:
        sign_out(request)
        return None
    request.session["seen"] = now
    return member
