"""The document printer keeps a decree's F4 exactly: printing to a PDF file stands in for the paper printer."""

import pypdfium2
import pytest

from db.core.errors import DomainError
from desktop.document_printer import exact_page_size, print_pdf
from printing.pdf_base import F4
from printing.requirements_pdf import requirement_list_pdf
from tests.unit.printing_fixtures import office, requirement_list


def test_f4_stays_f4_when_printed(qtbot, tmp_path):
    pdf = requirement_list_pdf(requirement_list(count=45), office(), "F4")
    target = tmp_path / "cetak.pdf"
    pages = print_pdf(pdf, "", str(target))
    printed = pypdfium2.PdfDocument(str(target))
    try:
        assert pages == len(printed) >= 2
        width, height = printed[0].get_size()
        assert (round(width), round(height)) == (round(F4[0]), round(F4[1]))
    finally:
        printed.close()


def test_exact_match_is_not_snapped_to_a_standard_size(qtbot):
    size = exact_page_size(*F4)
    assert round(size.sizePoints().width()) == 609 and round(size.sizePoints().height()) == 935


def test_no_printer_configured_is_explained(qtbot):
    with pytest.raises(DomainError, match="belum diatur"):
        print_pdf(b"%PDF", "", None)
