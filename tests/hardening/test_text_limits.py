"""Issue 16 #1 and #10: text a person types has the same limits on SQLite and PostgreSQL, and never a NUL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.complaints.service import ComplaintInput
from db.core import text_guard, validators
from db.core.actor import Actor
from db.core.errors import DomainError
from db.info_log.service import InfoInput
from db.intake.applicants import PersonInput
from db.models import Applicant, Role
from db.models.public_services import Complaint, InfoConsultation
from tests.lifecycle_helpers import holder

NIK = "6311015508900001"
OFFICER = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Budi Santoso")
CS = Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=1, full_name="Sari")


def count(services, model) -> int:
    with services.database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("birth_place", "P" * 101, "Tempat lahir maksimal 100 karakter"),
        ("birth_place", "Pari\x00ngin", "Tempat lahir mengandung karakter kendali"),
        ("birth_place", "Pari\nngin", "Tempat lahir mengandung karakter kendali atau baris baru"),
        ("address", "Jl. " + "A" * 5_000_000, "Alamat maksimal 500 karakter"),
        ("address", "Jl. Ahmad\x00Yani", "Alamat mengandung karakter kendali"),
        ("address", "Jl. \x1b[31mAhmad", "Alamat mengandung karakter kendali"),
    ],
)
def test_applicant_text_is_refused_the_same_on_both_engines(services, field, value, message):
    person = PersonInput(NIK, "Siti Aminah", **{field: value})
    with pytest.raises(DomainError, match=message):
        services.applicants.save_person(OFFICER, person)
    assert count(services, Applicant) == 0


def test_text_at_the_limit_and_multiline_address_are_stored(services):
    saved = services.applicants.save_person(
        OFFICER, PersonInput(NIK, "Siti Aminah", birth_place="P" * 100, address="Jl. A\nRT 01\tRW 02")
    )
    assert saved.birth_place == "P" * 100 and saved.address == "Jl. A\nRT 01\tRW 02"


def test_complaint_and_info_text_refuse_nul(services):
    with pytest.raises(DomainError, match="Uraian pengaduan mengandung karakter kendali"):
        services.complaints.record(
            CS, ComplaintInput("langsung", "pelaksanaan", "Antrian terlalu lama\x00", anonymous=True)
        )
    with pytest.raises(DomainError, match="Jawaban mengandung karakter kendali"):
        services.info_log.record(CS, InfoInput("informasi", "Budi", "Syarat IMB?", "Lihat\x00 katalog", 5))
    assert count(services, Complaint) == 0 and count(services, InfoConsultation) == 0


def test_the_flush_guard_catches_what_a_service_forgot(services):
    """A column a service does not check itself still cannot take more than it holds (PostgreSQL: DataError)."""
    with pytest.raises(DomainError, match="Isian Nama maksimal 200 karakter"):
        with services.database.transaction() as session:
            session.add(Applicant(kind="person", nik=NIK, name="N" * 201))
    with pytest.raises(DomainError, match="karakter kendali"):
        with services.database.transaction() as session:
            session.add(Applicant(kind="person", nik=NIK, name="Siti", address="a\x00b"))
    assert count(services, Applicant) == 0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=1, max_value=120), st.booleans())
def test_text_validator_returns_clean_text_or_a_domain_error(value, limit, multiline):
    try:
        cleaned = validators.text(value, "Catatan", limit, multiline=multiline)
    except DomainError as error:
        assert error.message.startswith("Catatan")
        return
    assert len(cleaned) <= limit and cleaned == cleaned.strip()
    assert text_guard.problem(cleaned, limit) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_identity_validators_only_succeed_or_raise_domain_errors(value):
    for check in (validators.nik, validators.nib, validators.npwp, validators.phone, validators.email):
        try:
            check(value)
        except DomainError:
            pass
    try:
        name = validators.person_name(value)
    except DomainError:
        return
    assert text_guard.problem(name, 100) is None


PERSON_TEXT = st.text(st.characters(codec="utf-8"), max_size=700)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=120), birth_place=PERSON_TEXT, address=PERSON_TEXT)
def test_saving_any_person_text_is_success_or_a_domain_error(sqlite_services, name, birth_place, address):
    before = count(sqlite_services, Applicant)
    try:
        saved = sqlite_services.applicants.save_person(OFFICER, PersonInput(NIK, name, birth_place, None, address))
    except DomainError:
        assert count(sqlite_services, Applicant) == before
        return
    assert saved.birth_place is None or len(saved.birth_place) <= 100
    assert saved.address is None or "\x00" not in saved.address


ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=300) | st.text(max_size=30).map(lambda t: t * 300)


def stored_cleanly(*texts: str | None) -> bool:
    """What a service stored holds no control character (but tab and line breaks) and fits a Text column."""
    return all(text is None or text_guard.problem(text, text_guard.TEXT_LIMIT) is None for text in texts)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(description=ANY_TEXT, name=st.text(max_size=60), question=ANY_TEXT, answer=ANY_TEXT)
def test_complaints_and_information_take_any_text_or_refuse_it(sqlite_services, description, name, question, answer):
    try:
        complaint = sqlite_services.complaints.record(
            CS,
            ComplaintInput("langsung", "pelaksanaan", description, complainant_name=name or None, anonymous=not name),
        )
        assert stored_cleanly(complaint.description, complaint.complainant_name)
        assert "\x00" not in complaint.description and len(complaint.description) <= 5000
    except DomainError:
        pass
    try:
        entry = sqlite_services.info_log.record(CS, InfoInput("konsultasi", name, question, answer, 5))
        assert stored_cleanly(entry.question, entry.answer) and len(entry.answer) <= 5000
    except DomainError:
        pass


@pytest.fixture
def application(sqlite_services):
    from tests.db.test_decrees import finished_application

    return finished_application(sqlite_services, complete=False)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=ANY_TEXT)
def test_sop_notes_and_rejection_reasons_take_any_text_or_refuse_it(sqlite_services, application, note):
    def officer():  # whoever holds the file's step now: the lifecycle lets only them record it or reject it
        info = sqlite_services.tracking.get(application.id)
        return holder(info) if info.waiting_roles else OFFICER  # a finished file: refused whoever asks

    for act in (
        lambda: sqlite_services.tracking.record_step(officer(), application.id, note),
        lambda: sqlite_services.lifecycle.reject(officer(), application.id, note).application,
    ):
        try:
            info = act()
        except DomainError:
            continue
        assert info is None or stored_cleanly(*(entry.note for entry in sqlite_services.tracking.history(info.id)))
