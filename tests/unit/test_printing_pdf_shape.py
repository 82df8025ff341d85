"""How the PDFs are written, where it decides their speed: the QR code as one path, streams not ASCII85-encoded."""

from __future__ import annotations

import re
import zlib

from printing.decree_pdf import decree_pdf
from printing.receipt_pdf import receipt_pdf
from tests.unit.printing_fixtures import decree_data, office, receipt_data


def streams(pdf: bytes) -> list[bytes]:
    """Every stream of the PDF, inflated (they are all FlateDecode alone once ASCII85 is off)."""
    found = []
    for match in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", pdf, re.S):
        length = int(re.search(rb"/Length (\d+)", match.group(1)).group(1))
        raw = pdf[match.end() : match.end() + length]
        found.append(zlib.decompress(raw) if b"/FlateDecode" in match.group(1) else raw)
    return found


def test_no_stream_is_ascii85_encoded():
    for pdf in (decree_pdf(decree_data(), office()), receipt_pdf(receipt_data(), office(), "A4")):
        assert b"/ASCII85Decode" not in pdf


def test_the_decree_qr_is_one_filled_path_of_rectangles():
    pdf = decree_pdf(decree_data(), office())
    forms = [s for s in streams(pdf) if s.count(b" re") > 100]  # the QR form: a rectangle per run of dark modules
    assert len(forms) == 1
    form = forms[0]
    # One fill for the whole code (drawn as a reportlab shape per run, it was a fill per rectangle).
    assert len(re.findall(rb"(?m)\bf\*?\s*$|\bf\b", form)) == 1, form[:400]
