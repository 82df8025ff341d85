"""The catalog entry as the information desk reads it to a visitor (HTML for a QTextBrowser)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from db.catalog.schema import Requirement, Service
from db.documents.printing import requirement_note


def _labels() -> dict[str, str]:
    return {
        "jika": QCoreApplication.translate("ServiceView", "jika"),
        "jangka_waktu": QCoreApplication.translate("ServiceView", "Jangka waktu"),
        "biaya": QCoreApplication.translate("ServiceView", "Biaya"),
        "produk": QCoreApplication.translate("ServiceView", "Produk"),
        "persyaratan": QCoreApplication.translate("ServiceView", "Persyaratan"),
        "dokumen_sumber_tidak": QCoreApplication.translate(
            "ServiceView", "Dokumen sumber tidak menyebut persyaratan untuk layanan ini."
        ),
        "prosedur": QCoreApplication.translate("ServiceView", "Prosedur"),
        "dasar_hukum": QCoreApplication.translate("ServiceView", "Dasar hukum"),
        "pengaduan": QCoreApplication.translate("ServiceView", "Pengaduan"),
        "catatan_peninjauan": QCoreApplication.translate("ServiceView", "Catatan peninjauan"),
        "sumber": QCoreApplication.translate("ServiceView", "Sumber"),
    }


def _requirements(items: list[Requirement], ordered: str = "1") -> str:
    if not items:
        return ""
    labels = _labels()
    rows = []
    for item in items:
        condition = f" <i>({labels['jika']}: {escape(item.condition)})</i>" if item.condition else ""
        note = requirement_note(item)  # one of alternatives, checked later, with a payment slip
        condition += f" <i>({escape(note)})</i>" if note else ""
        rows.append(f"<li>{escape(item.text)}{condition}{_requirements(item.children, 'a')}</li>")
    return f"<ol type='{ordered}'>{''.join(rows)}</ol>"


def service_html(service: Service) -> str:
    labels = _labels()
    parts = [f"<h2>{escape(service.name)}</h2>", f"<p><b>{escape(service.code)}</b> · {escape(service.agency)}"]
    if service.unit:
        parts.append(f" · {escape(service.unit)}")
    if service.sector:
        parts.append(f" · {escape(service.sector)}")
    parts.append("</p>")
    sla = service.sla_text or (f"{service.sla_working_days} hari kerja" if service.sla_working_days else "-")
    fee = service.fee_text or ("Gratis" if service.fee_rupiah == 0 else f"Rp {service.fee_rupiah:,}".replace(",", "."))
    parts.append(
        "<table cellpadding='3'>"
        f"<tr><td><b>{labels['jangka_waktu']}</b></td><td>{escape(sla)}</td></tr>"
        f"<tr><td><b>{labels['biaya']}</b></td><td>{escape(fee)}</td></tr>"
        f"<tr><td><b>{labels['produk']}</b></td><td>{escape(service.product or '-')}</td></tr></table>"
    )
    parts.append(f"<h3>{labels['persyaratan']}</h3>")
    if not service.requirements and not service.variants:
        parts.append(f"<p><i>{labels['dokumen_sumber_tidak']}</i></p>")
    parts.append(_requirements(service.requirements))
    for variant in service.variants:
        parts.append(f"<h4>{escape(variant.name)}</h4>{_requirements(variant.requirements)}")
    if service.steps:
        parts.append(f"<h3>{labels['prosedur']}</h3><ol>")
        for step in service.steps:
            duration = f" <i>({escape(step.duration_text)})</i>" if step.duration_text else ""
            parts.append(f"<li><b>{escape(step.actor)}</b>: {escape(step.text)}{duration}</li>")
        parts.append("</ol>")
    if service.legal_basis:
        items = "".join(f"<li>{escape(basis)}</li>" for basis in service.legal_basis)
        parts.append(f"<h3>{labels['dasar_hukum']}</h3><ol>{items}</ol>")
    if service.complaint_channels:
        items = "".join(f"<li>{escape(channel)}</li>" for channel in service.complaint_channels)
        parts.append(f"<h3>{labels['pengaduan']}</h3><ul>{items}</ul>")
    if service.review_notes:
        items = "".join(f"<li>{escape(note)}</li>" for note in service.review_notes)
        parts.append(f"<h3>{labels['catatan_peninjauan']}</h3><ul style='color:#555'>{items}</ul>")
    sources = ", ".join(f"{escape(s.file.split('_')[0])}:{s.line_start}" for s in service.sources)
    parts.append(f"<p style='color:#777'>{labels['sumber']}: {sources}</p>")
    return "".join(parts)
