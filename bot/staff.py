"""Staff accounts: argon2 password hashes, roles, and lock-out after repeated failed sign-ins."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.content.models import Staff

ROLES = ("editor", "site_manager", "admin")
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 12
_EMAIL = re.compile(r"^[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_hasher = PasswordHasher()


class StaffError(ValueError):
    """A staff account request that cannot be done, with a message for a person."""


@dataclass(frozen=True)
class StaffMember:
    """A signed-in staff member as the console sees them."""

    id: int
    email: str
    role: str
    sites: tuple[str, ...]

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def edits_content(self) -> bool:
        """Editors and admins change topics, channels, routes and regions."""
        return self.role in ("editor", "admin")

    def manages(self, slug: str) -> bool:
        """Admins and editors manage every site; a site manager only their own."""
        return self.role != "site_manager" or slug in self.sites


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def member(row: Staff) -> StaffMember:
    """The plain form of a staff row."""
    sites = tuple(s for s in (row.site_slugs or "").splitlines() if s.strip())
    return StaffMember(row.id, row.email, row.role, sites)


def create_staff(
    session: Session, *, email: str, role: str, password: str, sites: list[str] | None = None
) -> StaffMember:
    """Adds a staff account; refuses a bad email, an unknown role, a short password or a duplicate."""
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise StaffError("That is not an email address.")
    if role not in ROLES:
        raise StaffError(f"The role must be one of: {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"The password needs at least {MIN_PASSWORD} characters.")
    if session.execute(select(Staff).where(Staff.email == email)).scalar_one_or_none():
        raise StaffError("A staff member with that email already exists.")
    row = Staff(
        email=email,
        password_hash=_hasher.hash(password),
        role=role,
        site_slugs="\n".join(sites or []),
        failed_logins=0,
        active=True,
    )
    session.add(row)
    session.flush()
    return member(row)


def authenticate(session: Session, email: str, password: str) -> StaffMember | None:
    """Checks a sign-in; counts failures and locks the account for a while after too many."""
    row = session.execute(
        select(Staff).where(Staff.email == (email or "").strip().lower())
    ).scalar_one_or_none()
    if row is None or not row.active:
        _hasher.hash(password or "x")  # the same work either way, so timing tells nothing
        return None
    if row.locked_until and row.locked_until > _now():
        return None
    try:
        _hasher.verify(row.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        row.failed_logins = (row.failed_logins or 0) + 1
        if row.failed_logins >= MAX_FAILED_LOGINS:
            row.locked_until = _now() + dt.timedelta(minutes=LOCK_MINUTES)
            row.failed_logins = 0
        return None
    row.failed_logins = 0
    row.locked_until = None
    return member(row)


def is_locked(session: Session, email: str) -> bool:
    """True while the account is locked out."""
    row = session.execute(
        select(Staff).where(Staff.email == (email or "").strip().lower())
    ).scalar_one_or_none()
    return bool(row and row.locked_until and row.locked_until > _now())


def get_member(session: Session, staff_id: int) -> StaffMember | None:
    """Finds an active staff member by id (for each console request)."""
    row = session.get(Staff, staff_id)
    return member(row) if row is not None and row.active else None


def list_staff(session: Session) -> list[Staff]:
    """All accounts, for admins."""
    return list(session.execute(select(Staff).order_by(Staff.email)).scalars())


def update_staff(
    session: Session,
    staff_id: int,
    *,
    active: bool | None = None,
    unlock: bool = False,
    password: str | None = None,
) -> StaffMember:
    """Disables or enables an account, clears a lock-out, or sets a new password."""
    row = session.get(Staff, staff_id)
    if row is None:
        raise StaffError("No such staff member.")
    if password is not None:
        if len(password) < MIN_PASSWORD:
            raise StaffError(f"The password needs at least {MIN_PASSWORD} characters.")
        row.password_hash = _hasher.hash(password)
    if active is not None:
        row.active = active
    if unlock:
        row.failed_logins, row.locked_until = 0, None
    return member(row)
