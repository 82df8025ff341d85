from datetime import date, datetime

from printing.complaint_receipt import ComplaintReceiptData, complaint_receipt_bytes, complaint_receipt_pdf
from printing.records import OfficeHeader

OFFICE = OfficeHeader("PEMERINTAH KABUPATEN BALANGAN", "DPMPTSP", "Jl. A. Yani, Paringin")


def data(reprint=False):
    return ComplaintReceiptData(
        tracking_number="ADU/2026/11/0007",
        complainant="Anonim",
        contact="-",
        channel="WhatsApp",
        category="Hambatan dalam pelayanan",
        description="Sistem antrian mati sejak pagi sehingga pemohon menunggu tanpa kepastian.",
        related="Antrian A-012",
        received_at=datetime(2026, 11, 20, 10, 5),
        due_on=date(2026, 12, 4),
        officer_name="Rina CS",
        counter_name="Loket 1",
        printed_at=datetime(2026, 11, 20, 10, 6),
        reprint=reprint,
    )


def test_thermal_receipt_fits_and_names_the_number():
    for width, columns in ((58, 32), (80, 48)):
        raw = complaint_receipt_bytes(data(), width, OFFICE)
        assert b"ADU/2026/11/0007" in raw and b"TANDA TERIMA PENGADUAN" in raw
        assert b"SALINAN" not in raw
        text_lines = [line for line in raw.split(b"\n") if line and all(32 <= c < 127 for c in line)]
        assert all(len(line) <= columns for line in text_lines)
    assert b"SALINAN" in complaint_receipt_bytes(data(reprint=True), 58, OFFICE)


def test_pdf_is_deterministic():
    first = complaint_receipt_pdf(data(), OFFICE, "A4")
    assert first.startswith(b"%PDF") and first == complaint_receipt_pdf(data(), OFFICE, "A4")
