"""The surat pengembalian berkas (return slip for an incomplete file) as an A4 or F4 PDF under the kop surat."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, format_day_date_time, styles
from printing.receipt_pdf import copy_mark, fact_table, item_paragraph, rows_then_closing, service_rows, signature_block
from printing.records import ReturnSlipData, problem_items, status_label

RETURN_REASON = (
    "Berkas permohonan Saudara kami kembalikan karena belum lengkap dan/atau belum sesuai dengan persyaratan, "
    "dengan rincian sebagai berikut:"
)
CLOSING = "Silakan lengkapi dokumen di atas lalu ajukan kembali."


def return_slip_pdf(data: ReturnSlipData, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat, "SURAT PENGEMBALIAN BERKAS" with the slip number, applicant and service, why the file
    is returned, a numbered table of each missing or unsuitable item ("Tidak ada" / "Ada tetapi tidak sesuai") with
    its reason, the request to complete and resubmit, the date and time of the check, officer and counter, and the
    Petugas / Pemohon signatures. Items of any other status are left out. A reprint carries a boxed "SALINAN"
    above the title. Same input, same bytes. Raises RenderError (Indonesian) for an unknown paper, logo or item
    status, or when no item is missing or unsuitable.
    """
    problems = problem_items(data.problems)
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm)]
    if data.reprint:
        story.append(copy_mark())
    story.append(Paragraph("SURAT PENGEMBALIAN BERKAS", style["title"]))
    story += [Paragraph(f"Nomor: {escape(data.slip_number)}", style["subtitle"]), Spacer(1, 4 * mm)]
    rows = [("Nama pemohon", data.applicant_name), ("Identitas", data.applicant_identity)]
    story.append(fact_table(rows + service_rows(data.service_code, data.service_name, data.variant), style))
    story += [Spacer(1, 3 * mm), Paragraph(RETURN_REASON, style["body"]), Spacer(1, 2 * mm)]
    cells = [
        [
            Paragraph(f"{number}.", style["centred"]),
            item_paragraph(item, style),
            Paragraph(escape(status_label(item)), style["body"]),
            Paragraph(escape(item.reason or "-"), style["body"]),
        ]
        for number, item in enumerate(problems, start=1)
    ]
    widths = [11 * mm, None, 32 * mm, 55 * mm]
    closing = [Spacer(1, 3 * mm), Paragraph(f"<b>{CLOSING}</b>", style["body"]), Spacer(1, 3 * mm)]
    checked = [
        ("Diperiksa pada", format_day_date_time(data.checked_at)),
        ("Petugas", data.officer_name),
        ("Loket", data.counter_name),
    ]
    closing += [fact_table(checked, style), Spacer(1, 6 * mm)]
    closing.append(signature_block("Petugas", data.officer_name, "Pemohon", data.applicant_name, style))
    story += rows_then_closing(["No", "Dokumen persyaratan", "Keterangan", "Alasan"], cells, widths, closing, style)
    title = f"{'SALINAN - ' if data.reprint else ''}Surat Pengembalian Berkas {data.slip_number}"
    return build_pdf(story, office, paper, title=title)
