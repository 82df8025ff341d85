"""The consolidated daily count across offices and devices, computed from the synced rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text

from printing.pdf_base import OfficeHeader, build_pdf, styles

FIGURES = {
    "tickets_issued": ("Tiket diterbitkan", "tickets", "data->>'day' = :day"),
    "tickets_served": ("Tiket dilayani", "tickets", "data->>'day' = :day AND data->>'status' = 'done'"),
    "files_registered": ("Berkas didaftarkan", "applications", "data->>'received_on' = :day"),
    "files_returned": (
        "Berkas dikembalikan",
        "file_checks",
        "data->>'outcome' = 'incomplete' AND left(data->>'checked_at', 10) = :day",
    ),
    "decrees": ("SK ditandatangani", "decrees", "data->>'signed_on' = :day"),
}


def daily(engine: Engine, day: date) -> dict:
    """{"date", "rows": [{office, device, figure...}], "total": {figure...}}; deleted rows are not counted.

    Dates are the office's own (ticket day, received_on, signed_on); file returns use the UTC date of the check."""
    per: dict[tuple[str, str], dict[str, int]] = {}
    with engine.connect() as conn:
        for key, (_label, table_name, condition) in FIGURES.items():
            result = conn.execute(
                text(
                    "SELECT r.office, d.name, count(*) FROM synced_rows r JOIN devices d ON d.id = r.device_id "
                    f"WHERE r.table_name = :table AND NOT r.deleted AND {condition} GROUP BY r.office, d.name"
                ),
                {"table": table_name, "day": day.isoformat()},
            )
            for office, device, count in result:
                per.setdefault((office, device), dict.fromkeys(FIGURES, 0))[key] = count
    rows = [{"office": office, "device": device, **figures} for (office, device), figures in sorted(per.items())]
    total = {key: sum(row[key] for row in rows) for key in FIGURES}
    return {"date": day.isoformat(), "rows": rows, "total": total}


def daily_pdf(report: dict) -> bytes:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    style = styles()
    header = ["Kantor", "Perangkat", *(label for label, _t, _c in FIGURES.values())]
    body = [[row["office"], row["device"], *(str(row[key]) for key in FIGURES)] for row in report["rows"]]
    body.append(["Jumlah", "", *(str(report["total"][key]) for key in FIGURES)])
    cells = [[Paragraph(str(cell), style["small"]) for cell in line] for line in [header, *body]]
    grid = Table(cells, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Rekap Harian Pelayanan Kabupaten", style["title"]),
        Paragraph(f"Tanggal {report['date']}", style["subtitle"]),
        Spacer(1, 8),
        grid,
    ]
    office = OfficeHeader(government="", name="Server Loket", address="")
    return build_pdf(story, office, "A4", f"Rekap harian {report['date']}")
