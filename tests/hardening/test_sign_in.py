"""Issue 16 #2 (lockout race on PostgreSQL) and #11 (usernames told apart by timing)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from db.accounts import service as accounts_module
from db.core.errors import AuthError
from db.models import AuditEntry
from db.services import open_services


@pytest.mark.pg
def test_parallel_wrong_passwords_get_at_most_five_checks(pg_migrated_url):
    """8 threads x 5 wrong passwords: exactly five are checked, then the account is locked for everyone."""
    services = open_services(pg_migrated_url, device_id="pc-1")
    try:
        services.accounts.create_first_administrator("admin", "Admin Kantor", "rahasia-123", "pc-1")
        outcomes: list[str] = []
        barrier = threading.Barrier(8)

        def attack() -> None:
            barrier.wait()
            for _ in range(5):
                try:
                    services.accounts.authenticate("admin", "salah-sekali", "pc-1")
                except AuthError as error:
                    outcomes.append(error.message)

        threads = [threading.Thread(target=attack) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert len(outcomes) == 40
        with services.database.read() as session:
            actions = list(session.scalars(select(AuditEntry.action)))
        assert actions.count("user.login_failed") == 4 and actions.count("user.locked") == 1
        assert sum("Sisa percobaan" in message for message in outcomes) == 4
        assert sum("terkunci" in message for message in outcomes) == 36
    finally:
        services.close()


def test_unknown_user_costs_a_password_check_like_a_known_one(sqlite_services, monkeypatch):
    sqlite_services.accounts.create_first_administrator("admin", "Admin Kantor", "rahasia-123", "pc-1")
    checked: list[str] = []
    real_verify = accounts_module._verify

    def counting_verify(password_hash: str, password: str) -> bool:
        checked.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts_module, "_verify", counting_verify)
    for username in ("admin", "tidak-ada"):
        with pytest.raises(AuthError, match="Nama pengguna atau kata sandi salah"):
            sqlite_services.accounts.authenticate(username, "salah-sekali", "pc-1")
    assert len(checked) == 2 and all(value.startswith("$argon2id$") for value in checked)
