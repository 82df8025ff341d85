"""The surat penolakan permohonan: a numbered letter telling the applicant the file was refused, at which step and
why (001 Lampiran II: the Back Office drafts the approval "atau penolakan"; the file ends there)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.dates import format_date, format_day_date_time
from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, styles
from printing.receipt_pdf import fact_table, signature_block
from printing.records import RenderError

OPENING = "Dengan hormat, setelah permohonan Saudara kami periksa, dengan ini kami sampaikan bahwa permohonan:"
DECISION = "<b>TIDAK DAPAT DISETUJUI / DITOLAK</b>, dengan alasan sebagai berikut:"
CLOSING = (
    "Saudara dapat mengajukan permohonan baru setelah hal di atas dipenuhi. Keberatan atas penolakan ini dapat "
    "disampaikan melalui layanan pengaduan kantor kami."
)


@dataclass(frozen=True)
class RejectionData:
    letter_number: str
    registration_number: str
    applicant_name: str
    applicant_identity: str
    service_name: str
    received_on: date
    step: str  # the SOP step at which the file was refused, e.g. "Back Office: Mengevaluasi ..."
    reason: str
    city: str
    official_role: str  # who refused, e.g. "Back Office" or "Plt. Kepala Dinas"
    official_name: str
    rejected_at: datetime


def rejection_pdf(data: RejectionData, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat, "SURAT PENOLAKAN PERMOHONAN" with its number, the application's facts, the decision
    and the reason, where and when, and the signature of the official who refused. Same input, same bytes.
    RenderError (Indonesian) for an empty reason, an unknown paper or an unreadable logo."""
    if not data.reason.strip():
        raise RenderError("Surat penolakan tanpa alasan tidak dapat dibuat.")
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm)]
    story.append(Paragraph("SURAT PENOLAKAN PERMOHONAN", style["title"]))
    story += [Paragraph(f"Nomor: {escape(data.letter_number)}", style["subtitle"]), Spacer(1, 4 * mm)]
    story += [Paragraph(OPENING, style["body"]), Spacer(1, 2 * mm)]
    rows = [
        ("Nomor pendaftaran", data.registration_number),
        ("Nama pemohon", data.applicant_name),
        ("Identitas", data.applicant_identity),
        ("Jenis pelayanan", data.service_name),
        ("Berkas diterima", format_date(data.received_on)),
        ("Diperiksa pada tahap", data.step),
    ]
    story += [fact_table(rows, style), Spacer(1, 3 * mm), Paragraph(DECISION, style["body"]), Spacer(1, 2 * mm)]
    story += [Paragraph(escape(data.reason.strip()), style["body"]), Spacer(1, 3 * mm)]
    story += [Paragraph(CLOSING, style["body"]), Spacer(1, 3 * mm)]
    story.append(Paragraph(f"{escape(data.city)}, {escape(format_day_date_time(data.rejected_at))}", style["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(signature_block("Pemohon", data.applicant_name, data.official_role, data.official_name, style))
    return build_pdf(story, office, paper, title=f"Surat Penolakan {data.letter_number}")
