"""The consolidated daily count across offices and devices, computed from the synced rows."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Engine, text

from printing.pdf_base import OfficeHeader, build_pdf, styles

HALL_LINE = "Aula (tanpa instansi)"
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


def _counts(conn, day: date, office: str | None, agency_id: uuid.UUID | None, by: str) -> dict[tuple, dict[str, int]]:
    """{(office, `by` value): {figure: count}} of the day's rows; `by` is r.agency_id or d.name (the device)."""
    per: dict[tuple, dict[str, int]] = {}
    scope = (" AND r.office = :office" if office else "") + (" AND r.agency_id = :agency" if agency_id else "")
    for key, (_label, table_name, condition) in FIGURES.items():
        result = conn.execute(
            text(
                f"SELECT r.office, {by}, count(*) FROM synced_rows r JOIN devices d ON d.id = r.device_id "
                f"WHERE r.table_name = :table AND NOT r.deleted AND {condition}{scope} GROUP BY r.office, {by}"
            ),
            {"table": table_name, "day": day.isoformat(), "office": office, "agency": agency_id},
        )
        for hall, group, count in result:
            per.setdefault((hall, group), dict.fromkeys(FIGURES, 0))[key] = count
    return per


def _names(conn, table_name: str, field: str) -> dict[tuple[str, str], str]:
    """{(office, row id): a name} of the halls' and agencies' records their master devices sent up."""
    rows = conn.execute(
        text(f"SELECT office, id, data->>'{field}' FROM master_rows WHERE table_name = :table AND NOT deleted"),
        {"table": table_name},
    )
    return {(office, str(row_id)): name for office, row_id, name in rows if name}


def _sum(rows: list[dict]) -> dict[str, int]:
    return {key: sum(row[key] for row in rows) for key in FIGURES}


def daily(engine: Engine, day: date, office: str | None = None, agency_id: uuid.UUID | None = None) -> dict:
    """The day's figures of each hall (office) and, within it, of each agency side by side, then of each device.

    {"date", "halls": [{"office", "name", "agencies": [{"agency_id", "agency", figure...}], "total": {...}}],
    "devices": [{"office", "device", figure...}], "total": {figure...}}; `office` / `agency_id` narrow it to one
    hall / one agency. Rows of no agency (the hall's own: its information desk, rows synced before agencies
    existed) are the hall's line. Deleted rows are not counted. Dates are the office's own (ticket day,
    received_on, signed_on); file returns use the UTC date of the check."""
    with engine.connect() as conn:
        by_agency = _counts(conn, day, office, agency_id, "r.agency_id")
        by_device = _counts(conn, day, office, agency_id, "d.name")
        hall_names = {hall: name for (hall, _id), name in _names(conn, "halls", "name").items()}
        agency_names = _names(conn, "agencies", "short_name")
    halls: dict[str, list[dict]] = {}
    for (hall, agency), figures in by_agency.items():
        name = agency_names.get((hall, str(agency)), str(agency)) if agency else HALL_LINE
        line = {"agency_id": str(agency) if agency else None, "agency": name, **figures}
        halls.setdefault(hall, []).append(line)
    hall_rows = [
        {
            "office": hall,
            "name": hall_names.get(hall, hall),
            "agencies": sorted(lines, key=lambda line: (line["agency_id"] is None, line["agency"])),
            "total": _sum(lines),
        }
        for hall, lines in sorted(halls.items())
    ]
    devices = [{"office": hall, "device": name, **figures} for (hall, name), figures in sorted(by_device.items())]
    return {"date": day.isoformat(), "halls": hall_rows, "devices": devices, "total": _sum(devices)}


def daily_pdf(report: dict) -> bytes:
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    style = styles()
    header = ["Aula", "Instansi", *(label for label, _t, _c in FIGURES.values())]
    body = []
    for hall in report["halls"]:
        for line in hall["agencies"]:
            body.append([hall["name"], line["agency"], *(str(line[key]) for key in FIGURES)])
        body.append([hall["name"], "Jumlah aula", *(str(hall["total"][key]) for key in FIGURES)])
    body.append(["Jumlah", "", *(str(report["total"][key]) for key in FIGURES)])
    cells = [[Paragraph(str(cell), style["small"]) for cell in line] for line in [header, *body]]
    grid = Table(cells, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Rekap Harian Pelayanan per Aula dan Instansi", style["title"]),
        Paragraph(f"Tanggal {report['date']}", style["subtitle"]),
        Spacer(1, 8),
        grid,
    ]
    office = OfficeHeader(government="", name="Server Loket", address="")
    return build_pdf(story, office, "A4", f"Rekap harian {report['date']}")
