"""The SKM report in the layout of PermenPANRB 14/2017's annex, as PDF (A4/F4) and XLSX, from the plain dict
`db.skm.service.SkmService.report` returns (printing never reads the database)."""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, styles
from printing.receipt_pdf import fact_table, grid_table

GRADE_TABLE = (
    ("A", "88,31 - 100,00", "Sangat Baik"),
    ("B", "76,61 - 88,30", "Baik"),
    ("C", "65,00 - 76,60", "Kurang Baik"),
    ("D", "25,00 - 64,99", "Tidak Baik"),
)


def number(value: float, places: int = 2) -> str:
    """Indonesian decimal comma: 3.5 -> '3,50'."""
    return f"{value:.{places}f}".replace(".", ",")


def period_text(report: dict) -> str:
    return f"{report['period']['from']} s.d. {report['period']['to']}"


def scope_text(report: dict) -> str:
    if report.get("service_code"):
        return f"{report['service_name']} ({report['service_code']})"
    return "Semua layanan"


def agency_text(report: dict) -> str:
    """The agency whose responses the index covers, or the whole hall (every response of the hall)."""
    agency = report.get("agency")
    return agency["name"] if agency else "Seluruh aula (semua instansi)"


def agency_rows(report: dict) -> list[list[str]]:
    return [
        [g["agency"], str(g["respondents"]), number(g["ikm_converted"]), f"{g['grade']} ({g['grade_label']})"]
        for g in report.get("per_agency", [])
    ]


def sample_rows(report: dict) -> list[tuple[str, str]]:
    sample = report["sample"]
    return [
        ("Periode", period_text(report)),
        ("Instansi", agency_text(report)),
        ("Layanan", scope_text(report)),
        ("Populasi", f"{sample['population']} ({sample['population_source']})"),
        ("Sampel minimum", f"{sample['minimum']} (Krejcie dan Morgan)"),
        ("Jumlah responden", str(sample["respondents"])),
        ("Sampel terpenuhi", "Ya" if sample["met"] else "Tidak"),
    ]


def element_rows(figures: dict) -> list[list[str]]:
    """No, unsur, jumlah nilai, NRR, NRR tertimbang; then IKM, converted and grade."""
    rows = [
        [str(i), f"{e['code']} {e['name']}", str(e["total"]), number(e["nrr"]), number(e["nrr_weighted"], 3)]
        for i, e in enumerate(figures["elements"], start=1)
    ]
    rows.append(["", "IKM (jumlah NRR tertimbang)", "", "", number(figures["ikm"], 3)])
    rows.append(["", "IKM konversi (IKM x 25)", "", "", number(figures["ikm_converted"])])
    rows.append(["", "Mutu pelayanan", "", "", f"{figures['grade']} ({figures['grade_label']})"])
    return rows


def profile_rows(report: dict) -> list[list[str]]:
    """Profil, kelompok, jumlah, persen: every category of the annex's profile (also at zero), the unanswered, and
    the occupations named under "Lainnya"."""
    return [
        [section["label"], row["label"], str(row["count"]), number(row["percent"], 1) + " %"]
        for section in report["profile"]
        for row in section["rows"]
    ]


def group_rows(report: dict) -> list[list[str]]:
    return [
        [g["service_code"], g["service_name"], g["unit"], str(g["respondents"]), number(g["ikm_converted"]), g["grade"]]
        for g in report["per_service"]
    ]


def unit_rows(report: dict) -> list[list[str]]:
    return [
        [g["unit"], str(g["respondents"]), number(g["ikm_converted"]), f"{g['grade']} ({g['grade_label']})"]
        for g in report["per_unit"]
    ]


def skm_report_pdf(report: dict, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat, title and period, the sample, the per-element table (jumlah nilai, NRR, NRR
    tertimbang) ending with IKM, converted IKM and grade, the grade scale, the index per service and per unit, the
    respondents' profile and their comments. Same input, same bytes."""
    style = styles()

    def cells(rows: list[list[str]]) -> list[list[Paragraph]]:
        return [[Paragraph(escape(text), style["body"]) for text in row] for row in rows]

    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm)]
    story.append(Paragraph("LAPORAN SURVEI KEPUASAN MASYARAKAT", style["title"]))
    story += [Paragraph("Indeks Kepuasan Masyarakat menurut PermenPANRB 14/2017", style["subtitle"])]
    story += [Spacer(1, 4 * mm), fact_table(sample_rows(report), style, label_width=40 * mm)]
    overall = report["overall"]
    story.append(Paragraph("Nilai per unsur pelayanan", style["heading"]))
    if overall is None:
        story.append(Paragraph("Belum ada jawaban survei pada periode ini.", style["body"]))
    else:
        header = ["No", "Unsur pelayanan", "Jumlah nilai", "NRR", "NRR tertimbang (NRR x 0,111)"]
        widths = [10 * mm, None, 22 * mm, 18 * mm, 38 * mm]
        story.append(grid_table(header, cells(element_rows(overall)), widths, style))
    story.append(Paragraph("Nilai persepsi, interval konversi dan mutu pelayanan", style["heading"]))
    grades = [[g, interval, label] for g, interval, label in GRADE_TABLE]
    story.append(
        grid_table(
            ["Mutu", "Nilai interval konversi", "Kinerja unit pelayanan"],
            cells(grades),
            [20 * mm, 50 * mm, None],
            style,
        )
    )
    if report.get("per_agency"):
        heading = Paragraph("IKM per instansi (IKM aula: seluruh jawaban di atas)", style["heading"])
        widths = [None, 30 * mm, 20 * mm, 36 * mm]
        table = grid_table(["Instansi", "Responden", "IKM", "Mutu"], cells(agency_rows(report)), widths, style)
        story.append(KeepTogether([heading, table]))  # a heading never ends a page without its table
    if report["per_service"]:
        story.append(Paragraph("IKM per layanan", style["heading"]))
        header = ["Kode", "Layanan", "Unit", "Resp.", "IKM", "Mutu"]
        widths = [28 * mm, None, 34 * mm, 16 * mm, 19 * mm, 16 * mm]
        story.append(grid_table(header, cells(group_rows(report)), widths, style))
        story.append(Paragraph("IKM per unit", style["heading"]))
        story.append(
            grid_table(
                ["Unit", "Responden", "IKM", "Mutu"], cells(unit_rows(report)), [None, 30 * mm, 20 * mm, 36 * mm], style
            )
        )
    story.append(Paragraph("Profil responden", style["heading"]))
    story.append(
        grid_table(
            ["Profil", "Kelompok", "Jumlah", "Persen"],
            cells(profile_rows(report)),
            [32 * mm, None, 20 * mm, 22 * mm],
            style,
        )
    )
    if report.get("comments"):
        story.append(Paragraph("Saran dan masukan responden", style["heading"]))
        story += [Paragraph(f"- {escape(text)}", style["body"]) for text in report["comments"]]
    return build_pdf(story, office, paper, title=f"Laporan SKM {period_text(report)}")


def skm_report_xlsx(report: dict) -> bytes:
    """The same figures as a workbook: sheet "IKM" (sample, per-element table, IKM, grade), "Per layanan",
    "Per unit" and "Profil responden". Numbers are numbers, not text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "IKM"
    bold = Font(bold=True)
    sheet.append(["LAPORAN SURVEI KEPUASAN MASYARAKAT (PermenPANRB 14/2017)"])
    sheet["A1"].font = bold
    sample = report["sample"]
    for label, value in [
        ("Periode", period_text(report)),
        ("Instansi", agency_text(report)),
        ("Layanan", scope_text(report)),
        ("Populasi", sample["population"]),
        ("Sampel minimum", sample["minimum"]),
        ("Jumlah responden", sample["respondents"]),
        ("Sampel terpenuhi", "Ya" if sample["met"] else "Tidak"),
    ]:
        sheet.append([label, value])
    sheet.append([])
    sheet.append(["No", "Unsur pelayanan", "Jumlah nilai", "NRR", "NRR tertimbang"])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    overall = report["overall"]
    if overall is not None:
        for i, e in enumerate(overall["elements"], start=1):
            sheet.append([i, f"{e['code']} {e['name']}", e["total"], e["nrr"], e["nrr_weighted"]])
        sheet.append([None, "IKM", None, None, overall["ikm"]])
        sheet.append([None, "IKM konversi", None, None, overall["ikm_converted"]])
        sheet.append([None, "Mutu pelayanan", None, None, f"{overall['grade']} ({overall['grade_label']})"])
    sheet.column_dimensions["B"].width = 45
    services = book.create_sheet("Per layanan")
    services.append(["Kode", "Layanan", "Unit", "Responden", "IKM", "IKM konversi", "Mutu"])
    for g in report["per_service"]:
        services.append(
            [
                g["service_code"],
                g["service_name"],
                g["unit"],
                g["respondents"],
                g["ikm"],
                g["ikm_converted"],
                g["grade"],
            ]
        )
    if report.get("per_agency"):
        agencies = book.create_sheet("Per instansi")
        agencies.append(["Instansi", "Responden", "IKM", "IKM konversi", "Mutu"])
        for g in report["per_agency"]:
            agencies.append([g["agency"], g["respondents"], g["ikm"], g["ikm_converted"], g["grade"]])
    units = book.create_sheet("Per unit")
    units.append(["Unit", "Responden", "IKM", "IKM konversi", "Mutu"])
    for g in report["per_unit"]:
        units.append([g["unit"], g["respondents"], g["ikm"], g["ikm_converted"], g["grade"]])
    profile = book.create_sheet("Profil responden")
    profile.append(["Profil", "Kelompok", "Jumlah", "Persen"])
    for section in report["profile"]:
        for row in section["rows"]:
            profile.append([section["label"], row["label"], row["count"], row["percent"]])
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
