from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from db.accounts.service import AccountService
from db.core.actor import Actor
from db.core.errors import AuthError, DomainError, PermissionDenied
from db.models import AuditEntry, Role, User


@pytest.fixture
def clock_start():
    return datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def accounts(services, clock):
    return AccountService(services.database, clock)


@pytest.fixture
def admin(accounts, services):
    user = accounts.create_first_administrator("admin", "Admin Kantor", "rahasia-123", services.device_id)
    return Actor(username=user.username, device_id=services.device_id, user_id=user.id, role=Role.ADMINISTRATOR)


def audit_actions(services):
    with services.database.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.at)))


def test_first_administrator_only_once(accounts, services, admin):
    assert accounts.has_users()
    with pytest.raises(DomainError, match="sudah dibuat"):
        accounts.create_first_administrator("admin2", "Admin Dua", "rahasia-123", services.device_id)
    assert [user.username for user in accounts.list_users()] == ["admin"]


def test_password_is_stored_as_argon2_hash(accounts, services, admin):
    with services.database.read() as session:
        stored = session.scalar(select(User.password_hash))
    assert stored.startswith("$argon2id$") and "rahasia-123" not in stored


def test_sign_in_is_case_insensitive_on_username_and_audited(accounts, services, admin):
    user = accounts.authenticate(" ADMIN ", "rahasia-123", services.device_id)
    assert user.role == Role.ADMINISTRATOR and user.last_login_at is not None
    assert "user.login" in audit_actions(services)


def test_five_wrong_passwords_lock_for_fifteen_minutes(accounts, services, admin, clock):
    for attempt in range(1, 5):
        with pytest.raises(AuthError, match=f"Sisa percobaan sebelum akun dikunci: {5 - attempt}"):
            accounts.authenticate("admin", "salah", services.device_id)
    with pytest.raises(AuthError, match="terkunci.*15 menit"):
        accounts.authenticate("admin", "salah", services.device_id)
    # Even the right password is refused while locked.
    clock.now += timedelta(minutes=14)
    with pytest.raises(AuthError, match="Coba lagi dalam 1 menit"):
        accounts.authenticate("admin", "rahasia-123", services.device_id)
    clock.now += timedelta(minutes=1, seconds=1)
    assert accounts.authenticate("admin", "rahasia-123", services.device_id).username == "admin"
    assert audit_actions(services).count("user.login_failed") == 4
    assert "user.locked" in audit_actions(services)


def test_administrator_unlocks_and_resets(accounts, services, admin, clock):
    accounts.add_user(admin, "budi", "Budi Santoso", Role.PETUGAS_LOKET, "sandi-budi-1")
    for _ in range(5):
        with pytest.raises(AuthError):
            accounts.authenticate("budi", "salah", services.device_id)
    assert next(u for u in accounts.list_users() if u.username == "budi").is_locked(clock.now)
    accounts.unlock(admin, "budi")
    assert accounts.authenticate("budi", "sandi-budi-1", services.device_id).username == "budi"
    accounts.reset_password(admin, "budi", "sandi-baru-2")
    with pytest.raises(AuthError):
        accounts.authenticate("budi", "sandi-budi-1", services.device_id)
    assert accounts.authenticate("budi", "sandi-baru-2", services.device_id).username == "budi"


def test_only_administrators_manage_accounts(accounts, services, admin):
    clerk_info = accounts.add_user(admin, "sari", "Sari Dewi", Role.CUSTOMER_SERVICE, "sandi-sari-1")
    clerk = Actor(username="sari", device_id=services.device_id, user_id=clerk_info.id, role=Role.CUSTOMER_SERVICE)
    with pytest.raises(PermissionDenied, match="Administrator"):
        accounts.add_user(clerk, "x-user", "X", Role.SUPERVISOR, "sandi-xxxx-1")
    with pytest.raises(PermissionDenied):
        accounts.reset_password(clerk, "admin", "ambil-alih-1")


@pytest.mark.parametrize(
    ("username", "full_name", "password", "message"),
    [
        ("ab", "Nama", "sandi-12345", "3-32 karakter"),
        ("budi santoso", "Nama", "sandi-12345", "3-32 karakter"),
        ("budi", "", "sandi-12345", "Nama lengkap wajib"),
        ("budi", "Budi", "pendek", "minimal 8"),
        ("admin", "Admin Lagi", "sandi-12345", "sudah dipakai"),
    ],
)
def test_bad_input_changes_nothing(accounts, services, admin, username, full_name, password, message):
    before = len(audit_actions(services))
    with pytest.raises(DomainError, match=message):
        accounts.add_user(admin, username, full_name, Role.PETUGAS_LOKET, password)
    with services.database.read() as session:
        assert session.scalar(select(func.count(User.id))) == 1
    assert len(audit_actions(services)) == before


def test_last_administrator_cannot_be_removed(accounts, services, admin):
    with pytest.raises(DomainError, match="akun sendiri"):
        accounts.update_user(admin, "admin", full_name="Admin", role=Role.SUPERVISOR, active=True)
    accounts.add_user(admin, "kepala", "Kepala TI", Role.ADMINISTRATOR, "sandi-kepala1")
    accounts.update_user(admin, "kepala", full_name="Kepala TI", role=Role.SUPERVISOR, active=True)
    roles = {user.username: user.role for user in accounts.list_users()}
    assert roles == {"admin": Role.ADMINISTRATOR, "kepala": Role.SUPERVISOR}


def test_inactive_account_cannot_sign_in(accounts, services, admin):
    accounts.add_user(admin, "budi", "Budi", Role.PETUGAS_LOKET, "sandi-budi-1")
    accounts.update_user(admin, "budi", full_name="Budi", role=Role.PETUGAS_LOKET, active=False)
    with pytest.raises(AuthError, match="dinonaktifkan"):
        accounts.authenticate("budi", "sandi-budi-1", services.device_id)


def test_change_own_password_needs_the_old_one(accounts, services, admin):
    with pytest.raises(AuthError, match="lama salah"):
        accounts.change_own_password(admin, "keliru-123", "baru-sandi-1")
    accounts.change_own_password(admin, "rahasia-123", "baru-sandi-1")
    assert accounts.authenticate("admin", "baru-sandi-1", services.device_id)
