"""The daily report counts the other features' records: decrees, handovers, complaints, information, consultation."""

from db.core.actor import Actor
from db.info_log.service import InfoInput
from db.models import Role
from db.reports import ReportQuery


def test_information_and_consultation_are_counted(services):
    officer = Actor("sari", services.device_id, role=Role.CUSTOMER_SERVICE, counter_number=3)
    for kind in ("informasi", "informasi", "konsultasi"):
        services.info_log.record(officer, InfoInput(kind, "Budi Santoso", "Syarat izin apotek?", "Dijelaskan", 5))
    today = services.queue.today()
    extras = {
        extra.key: extra
        for extra in services.reports.daily(
            ReportQuery(today, today), actor=Actor("kepala", services.device_id, role=Role.SUPERVISOR)
        ).extras
    }
    assert extras["information"].value == 2 and extras["information"].available
    assert extras["consultations"].value == 1
    assert extras["complaints"].value == 0 and extras["complaints"].available
    assert extras["decrees_signed"].available and extras["decrees_handed_over"].available
