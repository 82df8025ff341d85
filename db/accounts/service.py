"""Staff accounts: the first administrator, sign-in with lockout, and the administrator's user management.

Passwords are hashed with argon2id; five wrong passwords lock an account for 15 minutes. A failed sign-in is itself
a write (the counter of wrong tries) and commits on its own, so the lock holds even if the app is killed right after.
"""

from __future__ import annotations

import functools
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import EllipsisType

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.core import audit
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import AuthError, DomainError, NotFound
from db.models.accounts import ROLE_LABELS, Role, User
from db.models.agencies import Agency

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{2,31}")

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    last_login_at: datetime | None
    agency_id: uuid.UUID | None = None  # None: the hall's own staff (db/agencies)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.full_name,
        Role(user.role),
        user.active,
        user.locked_until,
        user.failed_attempts,
        user.last_login_at,
        user.agency_id,
    )


def parse_role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        allowed = ", ".join(role.value for role in Role)
        raise DomainError(f"Peran '{value}' tidak dikenal. Pilihan: {allowed}.") from None


def _check_username(username: str) -> str:
    normalised = username.strip().lower()
    if not USERNAME_PATTERN.fullmatch(normalised):
        raise DomainError(
            "Nama pengguna harus 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, "
            "diawali huruf atau angka."
        )
    return normalised


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.")
    if password.strip() != password:
        raise DomainError("Kata sandi tidak boleh diawali atau diakhiri spasi.")


def _check_full_name(full_name: str) -> str:
    cleaned = " ".join(full_name.split())
    if len(cleaned) < 2:
        raise DomainError("Nama lengkap wajib diisi.")
    return cleaned


class AccountService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def has_users(self) -> bool:
        with self._db.read() as session:
            return session.scalar(select(func.count(User.id))) > 0

    def create_first_administrator(self, username: str, full_name: str, password: str, device_id: str) -> UserInfo:
        """Only possible while no account exists: the setup step of a new installation."""
        username, full_name = _check_username(username), _check_full_name(full_name)
        _check_password(password)
        with self._db.transaction() as session:
            if session.scalar(select(func.count(User.id))) > 0:
                raise DomainError("Administrator pertama sudah dibuat. Silakan masuk.")
            user = self._new_user(session, username, full_name, Role.ADMINISTRATOR, password)
            actor = Actor(username=username, device_id=device_id, user_id=user.id, role=Role.ADMINISTRATOR)
            audit.record(session, actor, "user.create_first_admin", "user", user.id, username=username)
            return _info(user)

    def authenticate(self, username: str, password: str, device_id: str) -> UserInfo:
        """Check a sign-in. Raises AuthError with the reason; every failure is counted and committed."""
        name = username.strip().lower()
        now = self._now()
        failure: str | None = None
        with self._db.transaction() as session:
            # The row lock serialises sign-ins of one account (PostgreSQL; SQLite's BEGIN IMMEDIATE already does):
            # without it, parallel wrong passwords each read the same count and get far more than five tries.
            user = session.scalar(select(User).where(User.username == name).with_for_update())
            if user is None:
                # As slow as a wrong password, so the time taken does not tell which usernames exist.
                _verify(_dummy_hash(), password)
                raise AuthError("Nama pengguna atau kata sandi salah.")
            if not user.active:
                raise AuthError("Akun ini dinonaktifkan. Hubungi administrator.")
            if user.locked_until and user.locked_until > now:
                raise AuthError(_locked_message(user.locked_until, now))
            if _verify(user.password_hash, password):
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = _hasher.hash(password)
                actor = Actor(username=user.username, device_id=device_id, user_id=user.id, role=Role(user.role))
                audit.record(session, actor, "user.login", "user", user.id)
                signed_in = _info(user)
            else:
                # The counted failure commits with this block: the lock must hold even if the app is killed now.
                failure = self._count_failure(session, user, now, device_id)
        if failure:
            raise AuthError(failure)
        return signed_in

    def _count_failure(self, session: Session, user: User, now: datetime, device_id: str) -> str:
        user.failed_attempts += 1
        actor = Actor(username=user.username, device_id=device_id, user_id=user.id)
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.locked_until = now + LOCK_DURATION
            user.failed_attempts = 0
            audit.record(session, actor, "user.locked", "user", user.id, minutes=LOCK_DURATION.seconds // 60)
            return _locked_message(user.locked_until, now)
        audit.record(session, actor, "user.login_failed", "user", user.id, attempt=user.failed_attempts)
        left = MAX_FAILED_ATTEMPTS - user.failed_attempts
        return f"Nama pengguna atau kata sandi salah. Sisa percobaan sebelum akun dikunci: {left}."

    def add_user(
        self,
        actor: Actor,
        username: str,
        full_name: str,
        role: Role,
        password: str,
        agency_id: uuid.UUID | None = None,
    ) -> UserInfo:
        """A new account; `agency_id` None: the hall's own staff, who may serve every agency (db/agencies)."""
        actor.require(Role.ADMINISTRATOR)
        username, full_name, role = _check_username(username), _check_full_name(full_name), parse_role(role)
        _check_password(password)
        with self._db.transaction() as session:
            if session.scalar(select(User.id).where(User.username == username)):
                raise DomainError(f"Nama pengguna '{username}' sudah dipakai.")
            _check_agency(session, role, agency_id)
            user = self._new_user(session, username, full_name, role, password)
            user.agency_id = agency_id
            audit.record(
                session, actor, "user.create", "user", user.id, username=username, role=role.value, agency=_code(user)
            )
            return _info(user)

    def list_users(self) -> list[UserInfo]:
        with self._db.read() as session:
            return [_info(user) for user in session.scalars(select(User).order_by(User.username))]

    def unlock(self, actor: Actor, username: str) -> UserInfo:
        actor.require(Role.ADMINISTRATOR)
        with self._db.transaction() as session:
            user = self._get(session, username)
            user.locked_until = None
            user.failed_attempts = 0
            audit.record(session, actor, "user.unlock", "user", user.id, username=user.username)
            return _info(user)

    def reset_password(self, actor: Actor, username: str, new_password: str) -> UserInfo:
        """Administrator sets a new password; this also unlocks the account."""
        actor.require(Role.ADMINISTRATOR)
        _check_password(new_password)
        with self._db.transaction() as session:
            user = self._get(session, username)
            user.password_hash = _hasher.hash(new_password)
            user.locked_until = None
            user.failed_attempts = 0
            audit.record(session, actor, "user.reset_password", "user", user.id, username=user.username)
            return _info(user)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        _check_password(new_password)
        with self._db.transaction() as session:
            user = session.get(User, actor.user_id)
            if user is None or not _verify(user.password_hash, old_password):
                raise AuthError("Kata sandi lama salah.")
            user.password_hash = _hasher.hash(new_password)
            audit.record(session, actor, "user.change_password", "user", user.id)

    def update_user(
        self,
        actor: Actor,
        username: str,
        *,
        full_name: str,
        role: Role,
        active: bool,
        agency_id: uuid.UUID | None | EllipsisType = ...,
    ) -> UserInfo:
        """Change an account; `agency_id` (None: the hall's own staff) is left as it is when not given."""
        actor.require(Role.ADMINISTRATOR)
        full_name, role = _check_full_name(full_name), parse_role(role)
        with self._db.transaction() as session:
            user = self._get(session, username)
            if user.id == actor.user_id and (role != Role.ADMINISTRATOR or not active):
                raise DomainError("Anda tidak dapat mencabut hak administrator atau menonaktifkan akun sendiri.")
            if Role(user.role) == Role.ADMINISTRATOR and (role != Role.ADMINISTRATOR or not active):
                others = session.scalar(
                    select(func.count(User.id)).where(
                        User.role == Role.ADMINISTRATOR.value, User.active.is_(True), User.id != user.id
                    )
                )
                if not others:
                    raise DomainError("Harus tetap ada minimal satu administrator aktif.")
            if agency_id is not ...:
                user.agency_id = agency_id
            _check_agency(session, role, user.agency_id)
            changes = {"full_name": full_name, "role": role.value, "active": active}
            user.full_name, user.role, user.active = full_name, role.value, active
            changes["agency"] = _code(user)
            audit.record(session, actor, "user.update", "user", user.id, username=user.username, **changes)
            return _info(user)

    def _get(self, session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFound(f"Pengguna '{username}' tidak ditemukan.")
        return user

    def _new_user(self, session: Session, username: str, full_name: str, role: Role, password: str) -> User:
        user = User(
            id=uuid.uuid4(),
            username=username,
            full_name=full_name,
            role=role.value,
            password_hash=_hasher.hash(password),
            created_at=self._now(),
            updated_at=self._now(),
        )
        session.add(user)
        session.flush()
        return user


@functools.cache
def _check_agency(session: Session, role: Role, agency_id: uuid.UUID | None) -> None:
    """An officer's agency must be one of the hall's, active; the administrator runs the whole hall."""
    if agency_id is None:
        return
    if role == Role.ADMINISTRATOR:
        raise DomainError("Administrator mengelola seluruh aula; akunnya tidak terikat pada satu instansi.")
    active = session.scalar(select(Agency.active).where(Agency.id == agency_id))
    if active is None:
        raise NotFound("Instansi yang dipilih tidak ada di aula ini.")
    if not active:
        raise DomainError("Instansi yang dipilih sudah nonaktif; pilih instansi lain.")


def _code(user: User) -> str:
    """The agency named in the audit log ("aula": the hall's own staff)."""
    if user.agency_id is None:
        return "aula"
    session = Session.object_session(user)
    return session.scalar(select(Agency.code).where(Agency.id == user.agency_id)) or str(user.agency_id)


def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _locked_message(locked_until: datetime, now: datetime) -> str:
    minutes = max(1, int((locked_until - now).total_seconds() + 59) // 60)
    return (
        f"Akun terkunci karena {MAX_FAILED_ATTEMPTS} kali salah kata sandi. "
        f"Coba lagi dalam {minutes} menit atau minta administrator membukanya."
    )
