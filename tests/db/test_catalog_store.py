import json

import pytest
from sqlalchemy import func, select

from db.catalog.schema import Requirement
from db.catalog.store import parse_catalog, shipped_catalog
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.models import AuditEntry, CatalogService, Role, ServiceRevision


@pytest.fixture
def admin(services):
    return Actor("admin", services.device_id, role=Role.ADMINISTRATOR)


def test_new_database_holds_the_whole_shipped_catalog(services):
    shipped = shipped_catalog()
    assert services.catalog.count() == len(shipped.services) >= 150
    assert services.catalog.current_version() == shipped.version
    entry = services.catalog.get("DPM-042")
    assert entry.revision == 1 and entry.service.name == "Izin Pembuangan Air Limbah"


def test_importing_the_same_catalog_again_changes_nothing(services, admin):
    result = services.catalog.import_catalog(admin, shipped_catalog(), "ulang")
    assert result.already_imported
    with services.database.read() as session:
        assert session.scalar(select(func.count(ServiceRevision.id))) == services.catalog.count()


def test_export_import_round_trip_and_changes_make_new_revisions(services, admin, tmp_path):
    exported = services.catalog.export()
    reklame = next(s for s in exported if s["code"] == "DPM-051")
    reklame["sla_working_days"] = 7
    reklame["sla_text"] = "Maksimal 7 (tujuh) hari kerja"
    exported = [s for s in exported if s["code"] != "LYN-PENYULUHAN"]
    path = tmp_path / "katalog.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    result = services.catalog.import_file(admin, path)
    assert result.changed == ["DPM-051"] and result.deactivated == ["LYN-PENYULUHAN"] and not result.added
    entry = services.catalog.get("DPM-051")
    assert entry.revision == 2 and entry.service.sla_working_days == 7
    assert not services.catalog.get("LYN-PENYULUHAN").active
    assert "LYN-PENYULUHAN" not in {s["code"] for s in services.catalog.export()}


def test_a_past_snapshot_never_changes(services, admin):
    before = services.catalog.get("DPM-007")
    edited = before.service.model_copy(deep=True)
    edited.requirements.append(Requirement(text="Surat pernyataan tambahan"))
    after = services.catalog.update_entry(admin, edited, "SK Kepala Dinas No. 1/2026 tentang standar pelayanan")
    assert after.revision == before.revision + 1
    assert services.catalog.revision(before.revision_id) == before.service
    assert services.catalog.revision(after.revision_id).requirements[-1].text == "Surat pernyataan tambahan"
    with services.database.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "catalog.edit")).one()
        assert entry.entity_id == "DPM-007" and "SK Kepala Dinas" in entry.details["reason"]


def test_a_newer_shipped_catalog_keeps_the_administrators_edit(services, admin):
    edited = services.catalog.get("DPM-007").service.model_copy(update={"fee_text": "Gratis (ditetapkan ulang)"})
    services.catalog.update_entry(admin, edited, "revisi tahunan")
    newer = shipped_catalog().model_copy(update={"version": "catalog-baru"})
    result = services.catalog.import_catalog(admin, newer, "versi baru")
    assert "DPM-007" in result.kept_local_edits
    assert services.catalog.get("DPM-007").service.fee_text == "Gratis (ditetapkan ulang)"


def test_an_invalid_catalog_is_refused_whole_with_every_reason(services, admin):
    exported = services.catalog.export()
    exported[0]["name"] = "<p>Izin</p>"
    del exported[1]["kind"]
    exported[2]["fee_rupiah"] = -5
    with pytest.raises(DomainError) as refused:
        parse_catalog(json.dumps(exported))
    message = refused.value.message
    assert "sisa OCR" in message and "kind: wajib diisi" in message and "tidak boleh negatif" in message
    with pytest.raises(DomainError, match="bukan JSON"):
        parse_catalog("{rusak")


def test_edits_need_an_administrator_and_a_reason(services, admin):
    clerk = Actor("cs", services.device_id, role=Role.CUSTOMER_SERVICE)
    service = services.catalog.get("DPM-007").service
    with pytest.raises(PermissionDenied):
        services.catalog.update_entry(clerk, service.model_copy(update={"product": "x"}), "alasan")
    with pytest.raises(DomainError, match="Alasan"):
        services.catalog.update_entry(admin, service.model_copy(update={"product": "x"}), " ")
    with pytest.raises(DomainError, match="Tidak ada perubahan"):
        services.catalog.update_entry(admin, service, "alasan")
    with services.database.read() as session:
        assert session.scalar(select(CatalogService.edited_locally).where(CatalogService.code == "DPM-007")) is False
