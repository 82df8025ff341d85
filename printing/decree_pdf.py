"""The Surat Keputusan (SK, the licence decree) on F4 paper, with a QR code carrying the office's Ed25519 signature.

How the decree is signed is the office's setting (signing_mode): "basah", as Perbup Balangan 16/2021 Pasal 8 ayat (2)
and 000 require ("tanda tangan serta cap basah"), leaves room for the signature and the stamp and calls the QR code a
check of authenticity; "elektronik", the provincial office's practice (004: "tandatangan elektronik serta barcode"),
says the decree is signed electronically. decree_pdf is the document handed over; decree_content_pdf is the same
document without the QR code and without the SALINAN / withdrawal marks: the bytes whose SHA-256 the code's
signature covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from printing.fonts import FONT, FONT_BOLD, register_fonts
from printing.pdf_base import (
    MARGIN_SIDE,
    MARGIN_TOP,
    Letterhead,
    OfficeHeader,
    PageHook,
    build_pdf,
    format_date,
    page_size,
    qr_drawing,
    styles,
)
from printing.receipt_pdf import fact_table
from printing.records import DecreeData, RenderError, requirement_label

PAPER = "F4"  # Perbup Balangan 16/2021 Pasal 8: a decree is printed on F4, never on another size
QR_SIZE = 35 * mm  # a ~250-character payload is a version 10 code (57 modules): 0.6 mm a module
QR_FORM = "LoketDecreeSignatureQr"  # the QR is one form XObject, so it can be found (and checked) in the PDF
SIGNATURE_SPACE = 25 * mm  # room for the wet signature and the stamp
LABEL_WIDTH = 27 * mm  # "Menimbang", "Menetapkan", "KESATU", ...
COLON_WIDTH = 4 * mm
NUMBER_WIDTH = 7 * mm
CLOSING_WIDTH = 88 * mm
E_SIGN_CAPTION = "Dokumen ini ditandatangani secara elektronik. Pindai kode QR untuk memeriksa keasliannya."
WET_SIGN_CAPTION = "Sah dengan tanda tangan dan cap basah. Pindai kode QR untuk memeriksa keasliannya."
CAPTIONS = {"elektronik": E_SIGN_CAPTION, "basah": WET_SIGN_CAPTION}
COPIES_INTRO = "Tembusan disampaikan kepada Yth.:"
TERMS_INTRO = "dengan ketentuan sebagai berikut:"
MARK_TOP = 3 * mm  # the marks sit in the top margin, above the letterhead and the text of every page
MARK_GAP = 1.5 * mm
COPY_BOX = (40 * mm, 9 * mm)
NOTE_FITS = ((9, 2), (8, 2), (7, 3), (6, 3))  # (font size, lines): the note shrinks before it wraps further
WITHDRAWN_RED = colors.HexColor("#B00000")


def decree_pdf(data: DecreeData, office: OfficeHeader) -> bytes:
    """PDF bytes of the SK, always on F4 (215 x 330 mm): kop surat with the colour logo; "KEPUTUSAN KEPALA <office>",
    "NOMOR: <decree_number>", "TENTANG" and the title; the registration number; "Menimbang :" points a., b., ...;
    "Mengingat :" points 1., 2., ...; "MEMUTUSKAN :", "Menetapkan :" and each decision (KESATU, KEDUA, ...) as a
    label column and a text column, the holder table right after the first decision's text and the terms numbered
    after it; the closing block on the right ("Ditetapkan di <city>", "pada tanggal 25 November 2026", the signer's
    title, 25 mm for signature and stamp, the name bold and underlined, the rank, "NIP. <nip>") kept on one page,
    with the QR code of qr_payload (35 mm, one form XObject) and the caption of the signing mode on its left; then
    the tembusan (copies_to), numbered, when there is one.
    A copy carries a boxed "SALINAN" and withdrawn_note is printed in red, both in the top margin of every page.
    Every page is numbered. Same input, same bytes. RenderError (Indonesian) for an unreadable logo, no decision,
    an empty QR payload or a withdrawal note too long for the top margin.
    """
    if not data.qr_payload:
        raise RenderError("data verifikasi tanda tangan elektronik (kode QR) kosong; keputusan tidak dapat dicetak")
    marks = _marks(data)
    title = f"{'SALINAN - ' if data.copy else ''}Keputusan Nomor {data.decree_number}"
    return build_pdf(_story(data, office, signed=True), office, PAPER, title=title, on_page=marks)


def decree_content_pdf(data: DecreeData, office: OfficeHeader) -> bytes:
    """The decree exactly as decree_pdf lays it out, but with the QR code's place left blank and without the
    SALINAN and withdrawal marks: the content whose SHA-256 the electronic signature covers. It does not depend on
    qr_payload, copy or withdrawn_note. Same input, same bytes. RenderError as decree_pdf (bar the QR payload).
    """
    return build_pdf(_story(data, office, signed=False), office, PAPER, title=f"Keputusan Nomor {data.decree_number}")


def authority(office: OfficeHeader) -> str:
    """'KEPALA DINAS ... KABUPATEN BALANGAN': the office's head, the region taken from the government's name."""
    name = office.name.strip()
    region = re.sub(r"^pemerintah\s+", "", office.government.strip(), flags=re.IGNORECASE)
    if region and region.lower() not in name.lower():
        name = f"{name} {region}"
    return f"KEPALA {name}".upper()


def _story(data: DecreeData, office: OfficeHeader, signed: bool) -> list[Flowable]:
    if not data.decisions:
        raise RenderError("keputusan tidak memuat satu diktum pun (KESATU, KEDUA, ...)")
    style = _styles()
    head = authority(office)
    story: list[Flowable] = [Letterhead(office), Spacer(1, 4 * mm)]
    story += [
        Paragraph(f"KEPUTUSAN {escape(head)}", style["heading"]),
        Paragraph(f"NOMOR: {escape(data.decree_number)}", style["heading"]),
        Spacer(1, 2 * mm),
        Paragraph("TENTANG", style["heading"]),
        Paragraph(escape(data.title.upper()), style["heading"]),
        Spacer(1, 1.5 * mm),
        Paragraph(f"Nomor pendaftaran: {escape(data.registration_number)}", style["centred"]),
        Spacer(1, 4 * mm),
        Paragraph(f"{escape(head)},", style["heading"]),
        Spacer(1, 3 * mm),
    ]
    if data.considerations:
        story += [_points("Menimbang", data.considerations, lambda index: requirement_label(index, 0), style)]
        story.append(Spacer(1, 2 * mm))
    if data.legal_basis:
        story += [_points("Mengingat", data.legal_basis, lambda index: f"{index + 1}.", style)]
    story += [Spacer(1, 4 * mm), Paragraph("MEMUTUSKAN :", style["heading"]), Spacer(1, 2 * mm)]
    enacted = f"KEPUTUSAN {head} TENTANG {data.title.upper()}."
    story += [_enactment(enacted, style), Spacer(1, 2 * mm), *_decisions(data, style)]
    story += [Spacer(1, 8 * mm), _closing(data, style, signed)]
    if data.copies_to:
        story += [Spacer(1, 6 * mm), _copies(data.copies_to, style)]
    return story


def _copies(copies_to: Sequence[str], style: dict) -> Flowable:
    """The tembusan under the closing block, kept together so it never starts a page alone."""
    body = style["body"]
    rows = [[Paragraph(f"{index + 1}.", body), Paragraph(escape(line), body)] for index, line in enumerate(copies_to)]
    table = Table(rows, colWidths=[NUMBER_WIDTH, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([Paragraph(f"<u>{COPIES_INTRO}</u>", body), Spacer(1, 1 * mm), table])


def _styles() -> dict[str, ParagraphStyle]:
    style = styles()
    body = style["body"]
    return {
        "body": body,
        "justified": ParagraphStyle("justified", body, alignment=TA_JUSTIFY),
        "centred": ParagraphStyle("centred", body, alignment=1),
        "heading": ParagraphStyle("heading", body, fontName=FONT_BOLD, fontSize=11, leading=14.5, alignment=1),
        "caption": ParagraphStyle("caption", body, fontSize=7.5, leading=9.5),
    }


def _table(rows: list[list], spans: Sequence[int], style: dict) -> Table:
    """The four-column body layout: label | ":" | number | text; rows listed in spans join number and text."""
    table = Table(rows, colWidths=[LABEL_WIDTH, COLON_WIDTH, NUMBER_WIDTH, None], hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("SPAN", (2, row), (3, row)) for row in spans]
    table.setStyle(TableStyle(commands))
    return table


def _points(label: str, points: Sequence[str], numbering, style: dict) -> Table:
    """A "Menimbang" / "Mengingat" section: one row per point, so a long list flows onto the next page."""
    body, text = style["body"], style["justified"]
    rows = [
        [
            Paragraph(label if index == 0 else "", body),
            Paragraph(":" if index == 0 else "", body),
            Paragraph(numbering(index), body),
            Paragraph(escape(point), text),
        ]
        for index, point in enumerate(points)
    ]
    return _table(rows, (), style)


def _enactment(enacted: str, style: dict) -> Table:
    row = [
        Paragraph("Menetapkan", style["body"]),
        Paragraph(":", style["body"]),
        Paragraph(escape(enacted), style["justified"]),
        "",
    ]
    return _table([row], [0], style)


def _decisions(data: DecreeData, style: dict) -> list[Flowable]:
    """KESATU with the holder table and the numbered terms under its text, then KEDUA, KETIGA, ... KESATU's words
    and the holder table are kept on one page: a diktum never ends a page with "kepada:" and nobody after it."""
    body, text = style["body"], style["justified"]

    def block() -> tuple[list[list], list[int]]:
        return [], []

    def decision(into: tuple[list[list], list[int]], label: str, value: str) -> None:
        rows, spans = into
        spans.append(len(rows))
        rows.append([Paragraph(escape(label), body), Paragraph(":", body), Paragraph(escape(value), text), ""])

    first, rest = block(), block()
    first_label, first_text = data.decisions[0]
    decision(first, first_label, first_text)
    if data.holder:
        first[1].append(len(first[0]))
        first[0].append(["", "", fact_table(data.holder, {"body": body}, label_width=40 * mm), ""])
    rows, spans = rest
    if data.terms:
        spans.append(len(rows))
        rows.append(["", "", Paragraph(TERMS_INTRO, body), ""])
        for index, term in enumerate(data.terms):
            rows.append(["", "", Paragraph(f"{index + 1}.", body), Paragraph(escape(term), text)])
    for label, value in data.decisions[1:]:
        decision(rest, label, value)
    story: list[Flowable] = [KeepTogether([_table(*first, style)])]
    if rows:
        story.append(_table(rows, spans, style))
    return story


class _QrForm(Flowable):
    """The QR code drawn once into a form XObject and placed with Do, so the PDF holds it as one object."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.code = qr_drawing(payload, size)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if not canvas.hasForm(QR_FORM):
            canvas.beginForm(QR_FORM, 0, 0, self.width, self.height)
            self.code.draw_on(canvas)
            canvas.endForm()
        canvas.doForm(QR_FORM)


def _closing(data: DecreeData, style: dict, signed: bool) -> Flowable:
    """The signature block on the right and the QR code (or its empty place) bottom-left of it, on one page."""
    body = style["body"]
    signer = data.signer
    right = [
        Paragraph(f"Ditetapkan di {escape(data.city)}", body),
        Paragraph(f"pada tanggal {format_date(data.signed_on)}", body),
        Spacer(1, 3 * mm),
        Paragraph(f"<b>{escape(signer.title.upper())},</b>", body),
        Spacer(1, SIGNATURE_SPACE),
        Paragraph(f"<u><b>{escape(signer.name)}</b></u>", body),
        Paragraph(escape(signer.rank), body),
        Paragraph(f"NIP. {escape(signer.nip)}", body),
    ]
    code: Flowable = _QrForm(data.qr_payload, QR_SIZE) if signed else Spacer(QR_SIZE, QR_SIZE)
    caption = CAPTIONS.get(data.signing_mode)
    if caption is None:
        raise RenderError(f"cara penandatanganan {data.signing_mode!r} tidak dikenal (basah atau elektronik)")
    left = [code, Spacer(1, 1.5 * mm), Paragraph(caption, style["caption"])]
    table = Table([[left, right]], colWidths=[None, CLOSING_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (0, 0), 3 * mm),  # white quiet zone around the code
                ("RIGHTPADDING", (0, 0), (0, 0), 12 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])


def _marks(data: DecreeData) -> PageHook | None:
    """The per-page hook drawing "SALINAN" (boxed, top right) and the withdrawal note (red, top left)."""
    if not data.copy and not data.withdrawn_note:
        return None
    copy_width, copy_height = COPY_BOX
    band = MARGIN_TOP - MARK_TOP - MARK_GAP
    note = data.withdrawn_note
    if note:
        note_width = page_size(PAPER)[0] - 2 * MARGIN_SIDE - (copy_width + 4 * mm if data.copy else 0) - 4 * mm
        size, lines = _fit_note(note, note_width, band - 4)

    def draw(canvas: Canvas, number: int, total: int) -> None:
        width, height = canvas._pagesize
        top = height - MARK_TOP
        if data.copy:
            left = width - MARGIN_SIDE - copy_width
            canvas.setLineWidth(1.5)
            canvas.rect(left, top - copy_height, copy_width, copy_height)
            canvas.setFont(FONT_BOLD, 16)
            canvas.drawCentredString(left + copy_width / 2, top - copy_height + 2.7 * mm, "SALINAN")
        if note:
            leading = size * 1.18
            box_height = leading * len(lines) + 4
            canvas.setStrokeColor(WITHDRAWN_RED)
            canvas.setFillColor(WITHDRAWN_RED)
            canvas.setLineWidth(1)
            canvas.rect(MARGIN_SIDE, top - box_height, note_width + 4 * mm, box_height)
            canvas.setFont(FONT_BOLD, size)
            y = top - 2 - size
            for line in lines:
                canvas.drawString(MARGIN_SIDE + 2 * mm, y, line)
                y -= leading

    return draw


def _fit_note(note: str, width: float, height: float) -> tuple[float, list[str]]:
    """The largest font size at which the note fits the top margin's band, and its lines."""
    register_fonts()
    for size, most in NOTE_FITS:
        lines = simpleSplit(" ".join(note.split()), FONT_BOLD, size, width)
        if len(lines) <= most and len(lines) * size * 1.18 <= height:
            return size, lines
    raise RenderError("catatan pencabutan terlalu panjang untuk dicetak di setiap halaman; persingkat catatannya")
