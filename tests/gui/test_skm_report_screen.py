from PySide6.QtCore import QDate

from db.core.actor import Actor
from db.skm.profile import Profile
from desktop.screens.skm_report_screen import SkmReportScreen


def test_compute_and_save(qtbot, screen_context, sqlite_services, tmp_path):
    survey = Actor("survei", sqlite_services.device_id)
    sqlite_services.skm.submit(survey, "DPM-007", [4] * 9, profile=Profile(age=27, sex="P", education="S1"))
    sqlite_services.skm.submit(
        survey, "DPM-007", [3] * 9, profile=Profile(occupation="Lainnya", occupation_other="Petani")
    )
    screen = SkmReportScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.service.count() > 1)
    screen.date_from.setDate(QDate(2000, 1, 1))
    screen.date_to.setDate(QDate(2100, 1, 1))
    screen.population.setValue(100)
    screen.compute()
    qtbot.waitUntil(lambda: screen.report is not None)
    assert "87,50" in screen.summary.text() and "B (Baik)" in screen.summary.text()
    assert "minimum 80" in screen.summary.text()
    assert screen.table.rowCount() == 12 and screen.table.item(0, 3).text() == "3,50"
    rows = [tuple(screen.profile.item(r, c).text() for c in range(4)) for r in range(screen.profile.rowCount())]
    assert ("Umur", "20-29", "1", "50,0 %") in rows and ("Jenis kelamin", "Perempuan", "1", "50,0 %") in rows
    assert ("Pendidikan", "S3", "0", "0,0 %") in rows and ("Pekerjaan", "Lainnya", "1", "50,0 %") in rows
    assert ("Pekerjaan lainnya (disebutkan)", "Petani", "1", "50,0 %") in rows
    pdf = tmp_path / "skm.pdf"
    screen.export("pdf", str(pdf))
    qtbot.waitUntil(lambda: "disimpan" in screen.banner.text())
    assert pdf.read_bytes().startswith(b"%PDF")
    import pypdfium2

    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pypdfium2.PdfDocument(pdf))
    assert "Profil responden" in text and "Perempuan" in text and "Petani" in text
