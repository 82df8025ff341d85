"""Issue 16 #9: the documented `loket-admin verify <payload>` works for real payloads, and no payload, however
forged, makes verification raise anything but its own verdict."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.core.actor import Actor
from db.decrees import payload
from db.models import Role
from tests.db.test_decrees import finished_application, kadis


@pytest.fixture
def issued(sqlite_services, tmp_path):
    sqlite_services.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "archive.dir", str(tmp_path / "a"))
    return finished_application(sqlite_services), sqlite_services


def forged(body: object) -> str:
    encoded = base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode()
    return f"SK1.{encoded}.AAAA"


def test_cli_verifies_a_real_payload_of_over_300_characters(issued, sqlite_url, admin_cli):
    app, services = issued
    decree = services.decrees.issue(kadis(), app.id)
    assert len(decree.payload) > 300
    result = admin_cli("--database-url", sqlite_url, "verify", decree.payload)
    assert result.returncode == 0, result.stderr
    assert "HASIL: ASLI DAN BERLAKU" in result.stdout


def test_cli_names_a_text_that_is_neither_payload_nor_file(admin_cli, sqlite_url):
    result = admin_cli("--database-url", sqlite_url, "verify", "x" * 5000)
    assert result.returncode == 1 and "bukan kode verifikasi SK" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "SK1." + "W" * 5000 + ".AAAA",
        forged({"n": ["a"], "r": "x", "h": "x", "s": "x", "d": "x"}),
        forged({"n": "1", "r": "x", "h": "x", "s": "x", "d": "x", "x": "y", "k": ["kunci"]}),
        forged([1, 2, 3]),
        "SK1." + base64.urlsafe_b64encode(b"[" * 100_000).decode().rstrip("=") + ".AAAA",
        "SK1.ü.AAAA",
    ],
)
def test_forged_payloads_are_refused_not_crashed(issued, text):
    _app, services = issued
    result = services.decrees.verify(text)
    assert not result.genuine and result.messages


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.text(max_size=400),
        st.builds(lambda middle, tail: f"SK1.{middle}.{tail}", st.text(max_size=200), st.text(max_size=100)),
        st.recursive(
            st.none() | st.integers() | st.text(max_size=10),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("nrhsdxk"), inner),
            max_leaves=12,
        ).map(forged),
    )
)
def test_the_payload_parser_returns_claims_or_its_own_error(text):
    try:
        claims, signed, _signature = payload.read(text)
    except payload.PayloadError:
        return
    assert all(isinstance(value, str) for value in vars(claims).values()) and signed.startswith(b"SK1.")
