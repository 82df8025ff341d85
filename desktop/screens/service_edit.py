"""The administrator's revision of one catalog entry; requirements edited in the plain-text form."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from db.catalog import text_format
from db.catalog.schema import Service
from db.catalog.store import validation_reasons
from db.core.errors import DomainError
from desktop.widgets import FormDialog


class ServiceEditDialog(FormDialog):
    def __init__(self, service: Service, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah layanan {code}").format(code=service.code), parent)
        self.original = service
        self.resize(820, 700)
        self.name = QLineEdit(service.name)
        self.sla_days = QSpinBox()
        self.sla_days.setRange(0, 999)
        self.sla_days.setSpecialValueText(self.tr("(bukan hari kerja)"))
        self.sla_days.setValue(service.sla_working_days or 0)
        self.sla_text = QLineEdit(service.sla_text or "")
        self.fee_text = QLineEdit(service.fee_text or "")
        self.product = QLineEdit(service.product or "")
        self.requirements = QPlainTextEdit(text_format.to_text(service.requirements, service.variants))
        self.requirements.setTabChangesFocus(True)
        self.legal_basis = QPlainTextEdit("\n".join(service.legal_basis))
        self.legal_basis.setTabChangesFocus(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. SK Kepala Dinas tentang standar pelayanan 2026"))
        for name, widget in [
            ("name", self.name),
            ("sla_days", self.sla_days),
            ("sla_text", self.sla_text),
            ("fee_text", self.fee_text),
            ("product", self.product),
            ("requirements", self.requirements),
            ("legal_basis", self.legal_basis),
            ("reason", self.reason),
        ]:
            widget.setObjectName(name)
        self.form.addRow(self.tr("&Nama layanan"), self.name)
        self.form.addRow(self.tr("Jangka waktu (&hari kerja)"), self.sla_days)
        self.form.addRow(self.tr("Jangka waktu (&teks)"), self.sla_text)
        self.form.addRow(self.tr("&Biaya"), self.fee_text)
        self.form.addRow(self.tr("&Produk"), self.product)
        self.form.addRow(
            self.tr("&Persyaratan\n('- ' per butir, dua spasi\nper tingkat, [jika: ...],\n== varian ==)"),
            self.requirements,
        )
        self.form.addRow(self.tr("&Dasar hukum (satu per baris)"), self.legal_basis)
        self.form.addRow(self.tr("&Alasan perubahan"), self.reason)

    def edited_service(self) -> Service:
        """The revised entry; DomainError when the requirement text cannot be read."""
        requirements, variants = text_format.from_text(
            self.requirements.toPlainText(), self.original.requirements, self.original.variants
        )
        update = {
            "name": self.name.text().strip(),
            "sla_working_days": self.sla_days.value() or None,
            "sla_text": self.sla_text.text().strip() or None,
            "sla_parts": self.original.sla_parts if self.sla_days.value() == self.original.sla_working_days else [],
            "fee_text": self.fee_text.text().strip() or None,
            "product": self.product.text().strip() or None,
            "requirements": requirements,
            "variants": variants,
            "legal_basis": [line.strip() for line in self.legal_basis.toPlainText().splitlines() if line.strip()],
        }
        try:
            return Service.model_validate({**self.original.model_dump(), **update})
        except ValidationError as error:
            raise DomainError("Isian tidak sah: " + "; ".join(validation_reasons(error))) from error
