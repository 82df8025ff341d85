"""The supervisor's report files read as written: no word broken inside a table cell ("Lok et", "Tid ak had ir"),
unique sheet names that say what they hold, CSV decimals as the PDF prints them."""

import re

import pypdfium2 as pdfium
import pytest

from printing.report_pdf import ReportDocument, ReportTable, report_pdf
from tests.unit.printing_fixtures import office

HEADERS = (
    "Loket",
    "Petugas",
    "Dipanggil",
    "Dilayani",
    "Tidak hadir",
    "Dialihkan",
    "Rata-rata tunggu (menit)",
    "Rata-rata layanan (menit)",
    "Tepat waktu",
    "Keterangan",
)


def _document(headers=HEADERS) -> ReportDocument:
    rows = tuple(
        (f"Loket {n}", "Ahmad Fauzi", 40, 38, 2, 1, 12.5, 7.25, "Tidak hadir", "Pelayanan Perizinan Berusaha")
        for n in range(1, 4)
    )
    table = ReportTable("counters", "Kinerja loket", tuple(headers), rows)
    return ReportDocument("LAPORAN HARIAN LOKET", "Rabu, 25 November 2026", "", (table,), "Paringin", "Kepala", None)


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_no_word_is_broken_inside_a_cell(paper):
    document = pdfium.PdfDocument(report_pdf(_document(), office(), paper))
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    lines = {line.strip() for line in text.splitlines()}
    words = {w for h in HEADERS for w in re.split(r"[\s()]+", h) if w} | {"Loket", "Fauzi", "Perizinan", "Berusaha"}
    for line in lines:
        for token in line.split():
            # A broken word shows as a line-end fragment: a piece of a known word that is not the word itself.
            assert not any(token != word and word.startswith(token) and len(token) >= 2 for word in words), (
                token,
                line,
            )


def test_sheet_names_are_unique_whole_words_within_31_characters():
    from db.reports.export import SHEET_NAMES, sheet_title

    used: set[str] = set()
    names = [
        sheet_title(title, used)
        for title in [
            "Kepatuhan waktu layanan per layanan",
            "Kepatuhan waktu layanan per layanan",
            "Persyaratan paling sering kurang",
            *SHEET_NAMES.values(),
        ]
    ]
    assert all(len(name) <= 31 for name in names) and len({n.lower() for n in names}) == len(names)
    assert names[0] == "Kepatuhan waktu layanan per"  # cut at a word, not "...per lay"
    assert all(len(name) <= 31 for name in SHEET_NAMES.values())


def test_csv_decimals_are_written_as_the_pdf_prints_them():
    from db.reports.export import _csv_cell

    assert (_csv_cell(12.5), _csv_cell(7.25), _csv_cell(3), _csv_cell(None)) == ("12,5", "7,25", 3, "")
