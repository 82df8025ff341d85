"""Issue 18: not every requirement is a paper to bring; the checklist, the records and the decree follow its kind."""

from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from db.catalog.schema import RequirementKind
from db.core.actor import Actor
from db.core.errors import DomainError
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark, PaymentSlip
from db.intake.documents import receipt_data, return_slip_data
from db.intake.registration import ProxyInput
from db.lifecycle import roles
from db.models import Role
from db.models.intake import CheckItem
from db.services import open_services
from tests.lifecycle_helpers import as_role, sign, walk

WOMAN_NIK = "6311015508900001"
OFFICER = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
CS = Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, full_name="Sari Dewi", counter_number=3)
SLIP = PaymentSlip("BS-2026-000123", 1_500_000, date(2026, 11, 20))


@pytest.fixture
def office(database_url, loket_home, tmp_path):
    opened = open_services(database_url, device_id="pc-1")
    opened.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "archive.dir", str(tmp_path / "arsip"))
    yield opened
    opened.close()


def person(office):
    return office.applicants.save_person(OFFICER, PersonInput(WOMAN_NIK, "Siti Aminah", address="Paringin"))


def rows(office, check_id):
    with office.database.read() as session:
        found = session.scalars(select(CheckItem).where(CheckItem.check_id == check_id).order_by(CheckItem.position))
        return [
            SimpleNamespace(position=r.position, status=r.status, kind=r.kind, reason=r.reason, evidence=r.evidence)
            for r in found
        ]


def all_present(items, **payments):
    return {i.position: Mark("ada_sesuai", payment=payments.get(str(i.position))) for i in items if i.markable}


def test_a_fee_paid_after_approval_never_blocks_intake_and_gates_the_handover(office):
    entry, items = office.intake.checklist("KALTARA-02", "Lembaga yang Berbadan Hukum")
    fee = next(i for i in items if i.text.startswith("Membayar biaya permohonan izin UGB"))
    assert fee.later and not fee.markable and fee.evidence == "bukti_setor"
    with pytest.raises(DomainError, match="sebelum SK diserahkan"):
        office.intake.submit(
            OFFICER,
            person(office).id,
            entry.revision_id,
            entry.service.variants[0].name,
            {**all_present(items), fee.position: Mark("ada_sesuai")},
        )
    outcome = office.intake.submit(
        OFFICER, person(office).id, entry.revision_id, entry.service.variants[0].name, all_present(items)
    )
    assert outcome.complete
    stored = {row.position: row for row in rows(office, outcome.check_id)}
    assert stored[fee.position].status == "menunggu" and stored[fee.position].kind == "sebelum_penyerahan"

    # the provincial SOP (004) names only the applicant's submission: the office's own steps follow, up to the
    # Kepala Dinas's signature and the handover
    app = walk(office, outcome.application_id, stop_at=roles.SIGN)
    assert app.step_kind == roles.SIGN
    sign(office, app.id)  # a handover condition does not hold back the signing
    assert walk(office, app.id).status == "ready"
    with pytest.raises(DomainError, match="sebelum SK diserahkan belum dipenuhi"):
        office.handovers.hand_over(CS, app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    [condition] = office.conditions.for_application(app.id)
    assert condition.needs_payment_slip and not condition.fulfilled
    with pytest.raises(DomainError, match="bukti setor"):
        office.conditions.fulfil(CS, app.id, condition.position)
    done = office.conditions.fulfil(CS, app.id, condition.position, SLIP)
    assert done.fulfilled and done.evidence["slip_number"] == "BS-2026-000123"
    assert done.evidence["amount"] == 1_500_000 and done.evidence["recorded_by"] == "sari"
    with pytest.raises(DomainError, match="sudah dipenuhi"):
        office.conditions.fulfil(CS, app.id, condition.position, SLIP)
    office.handovers.hand_over(CS, app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)


def test_a_payment_slip_at_intake_is_recorded_with_number_amount_and_date(office):
    variant = "Lembaga yang tidak berbadan Hukum atau Kepanitiaan"
    entry, items = office.intake.checklist("KALTARA-02", variant)
    fund = next(i for i in items if i.text.startswith("Membayar dana usaha kesejahteraan sosial"))
    assert fund.markable and fund.evidence == "bukti_setor"
    with pytest.raises(DomainError, match="nomor bukti setor"):
        office.intake.submit(OFFICER, person(office).id, entry.revision_id, variant, all_present(items))
    with pytest.raises(DomainError, match="lebih dari Rp 0"):
        office.intake.submit(
            OFFICER,
            person(office).id,
            entry.revision_id,
            variant,
            all_present(items, **{str(fund.position): PaymentSlip("X-1", 0, date(2026, 11, 20))}),
        )
    outcome = office.intake.submit(
        OFFICER, person(office).id, entry.revision_id, variant, all_present(items, **{str(fund.position): SLIP})
    )
    stored = {row.position: row for row in rows(office, outcome.check_id)}
    assert stored[fund.position].evidence == {
        "slip_number": "BS-2026-000123",
        "amount": 1500000,
        "paid_on": "2026-11-20",
    }
    receipt = receipt_data(office, outcome.application_id, False)
    [paid] = [item for item in receipt.items if item.payment]
    assert paid.payment.slip_number == "BS-2026-000123" and paid.payment.amount == 1_500_000
    fee = next(item for item in receipt.items if item.text.startswith("Membayar biaya permohonan izin UGB"))
    assert fee.status == "menunggu" and fee.reason == "diperiksa sebelum SK diserahkan"


def test_one_of_alternatives_is_satisfied_by_one(office):
    entry, items = office.intake.checklist("SETDA-ORG-05")
    group = next(i for i in items if i.heading)
    letter, in_person = [i for i in items if i.alternative_of == group.position]
    outcome = office.intake.submit(
        OFFICER, person(office).id, entry.revision_id, None, {letter.position: Mark("ada_sesuai")}
    )
    assert outcome.complete
    stored = {row.position: row for row in rows(office, outcome.check_id)}
    assert stored[in_person.position].status == "tidak_berlaku"
    assert stored[in_person.position].reason == "alternatif lain sudah dipenuhi"
    # "tidak ada" on one alternative is no problem while the other is not yet looked at...
    with pytest.raises(DomainError, match="belum diperiksa"):
        office.intake.submit(OFFICER, person(office).id, entry.revision_id, None, {letter.position: Mark("tidak_ada")})
    # ...and when neither is there the file goes back naming both
    returned = office.intake.submit(
        OFFICER,
        person(office).id,
        entry.revision_id,
        None,
        {letter.position: Mark("tidak_ada"), in_person.position: Mark("tidak_ada")},
    )
    assert not returned.complete and len(returned.problems) == 2
    [line] = return_slip_data(office, returned.check_id, False).problems  # one line: any one of them will do
    assert line.text.startswith("Permintaan konsultasi, salah satu dari: Surat Resmi")
    assert "; atau Pengguna layanan dapat langsung ke Bagian Organisasi" in line.text and line.status == "tidak_ada"


def test_an_item_for_a_proxy_follows_the_proxy(office):
    entry, items = office.intake.checklist("DPM-043")
    kuasa = [i for i in items if i.applies_to == "dikuasakan"]
    assert {i.text.split(" (")[0] for i in kuasa} >= {"Surat Kuasa", "Fotocopy Identitas Penerima Kuasa"}
    marks = {i.position: Mark("ada_sesuai") for i in items if i.markable and i.applies_to is None}
    alone = office.intake.submit(OFFICER, person(office).id, entry.revision_id, None, marks)
    assert alone.complete
    stored = {row.position: row for row in rows(office, alone.check_id)}
    assert all(stored[i.position].status == "tidak_berlaku" for i in kuasa)
    assert stored[kuasa[0].position].reason == "tidak dikuasakan"
    proxy = ProxyInput("Ahmad Fauzi", "6311011203850002", "Surat kuasa bermeterai 25-11-2026")
    with pytest.raises(DomainError, match="belum diperiksa"):
        office.intake.submit(OFFICER, person(office).id, entry.revision_id, None, marks, proxy=proxy)


def test_the_rekomendasi_is_an_intake_item_where_the_front_office_receives_it(office):
    """001 Lampiran I: 'Rekomendasi Izin Operasional Laboratorium Klinik ... dari Kepala Dinas Kesehatan' (DPM-006)."""
    _entry, items = office.intake.checklist("DPM-006")
    rekomendasi = [i for i in items if i.text.startswith("Rekomendasi")]
    assert len(rekomendasi) == 1 and "dari Kepala Dinas Kesehatan" in rekomendasi[0].text
    assert rekomendasi[0].markable and rekomendasi[0].mandatory


def test_the_command_line_lists_and_fulfils_a_later_condition(office, database_url, capsys):
    from cli.main import main

    entry, items = office.intake.checklist("KALTARA-02", "Lembaga yang Berbadan Hukum")
    outcome = office.intake.submit(
        OFFICER, person(office).id, entry.revision_id, entry.service.variants[0].name, all_present(items)
    )
    number = outcome.registration_number
    fee = next(i for i in items if i.later)
    assert main(["--database-url", database_url, "conditions", "list", number]) == 0
    assert f"{fee.label} [BELUM] Membayar biaya permohonan izin UGB" in capsys.readouterr().out
    assert main(["--database-url", database_url, "conditions", "fulfil", number, fee.label]) == 1
    assert "bukti setor" in capsys.readouterr().err
    assert main(["--database-url", database_url, "conditions", "fulfil", number, "zz."]) == 1
    argv = ["--slip", "BS-9", "--amount", "2500000", "--date", "2026-11-20"]
    assert main(["--database-url", database_url, "conditions", "fulfil", number, fee.label, *argv]) == 0
    capsys.readouterr()
    assert main(["--database-url", database_url, "conditions", "list", number]) == 0
    out = capsys.readouterr().out
    assert "[SUDAH]" in out and "Rp 2.500.000 (dua juta lima ratus ribu rupiah)" in out


def test_a_condition_before_signing_holds_the_decree_back(office):
    """An administrator revises an entry: the site visit report is checked before the SK is signed."""
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    service = office.catalog.get("DPM-007").service
    visit = service.requirements[0].model_copy(
        update={
            "text": "Berita acara pemeriksaan lapangan oleh tim teknis",
            "kind": RequirementKind.SEBELUM_TANDA_TANGAN,
        }
    )
    office.catalog.update_entry(
        admin, service.model_copy(update={"requirements": [*service.requirements, visit]}), "uji: syarat kemudian"
    )
    entry, items = office.intake.checklist("DPM-007")
    outcome = office.intake.submit(OFFICER, person(office).id, entry.revision_id, None, all_present(items))
    app = walk(office, outcome.application_id, stop_at=roles.SIGN)
    assert app.step_kind == roles.SIGN
    kadis = as_role(Role.KEPALA_DINAS)
    with pytest.raises(DomainError, match="sebelum SK ditandatangani belum dipenuhi: .*Berita acara pemeriksaan"):
        office.decrees.issue(kadis, app.id)
    [condition] = office.conditions.for_application(app.id)
    assert not condition.needs_payment_slip
    office.conditions.fulfil(CS, app.id, condition.position, note="BA nomor 12/2026")
    assert sign(office, app.id).decree_number
