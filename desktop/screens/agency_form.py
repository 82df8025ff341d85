"""The form of one agency (letterhead, signing official, numbering, hall-wide services, units) and of the hall.

The forms only move text in and out; db/agencies/records.py checks every field and says what is wrong.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.agencies.placement import general_codes
from db.agencies.records import NUMBER_KINDS, hours_from_text, hours_to_text, units_from_text, units_to_text
from desktop.screens.logo_picker import LogoPicker

LETTERHEAD = ("short_name", "name", "government", "address", "city", "phone", "fax", "email", "website")
SIGNER = ("title", "name", "rank", "nip")


def _text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class AgencyForm(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        labels = {
            "short_name": self.tr("Nama singkat"),
            "name": self.tr("Nama instansi (kop surat)"),
            "government": self.tr("Pemerintah daerah"),
            "address": self.tr("Alamat"),
            "city": self.tr("Kota penetapan"),
            "phone": self.tr("Telepon"),
            "fax": self.tr("Faksimile"),
            "email": self.tr("Email"),
            "website": self.tr("Situs web"),
        }
        self.others: dict = {}  # what the form does not show but keeps (the signers after the first)
        self.code = QLineEdit()
        self.code.setObjectName("agency_code")
        self.fields: dict[str, QLineEdit] = {}
        identity = QFormLayout()
        identity.addRow(self.tr("Kode instansi"), self.code)
        for key in LETTERHEAD:
            self.fields[key] = QLineEdit()
            self.fields[key].setObjectName(f"agency_{key}")
            identity.addRow(labels[key], self.fields[key])
        self.logo = LogoPicker(self.tr("(logo aula)"))
        identity.addRow(self.tr("Logo"), self.logo)
        self.motto, self.motto_text, self.maklumat = QLineEdit(), QLineEdit(), _text_box()
        identity.addRow(self.tr("Motto"), self.motto)
        identity.addRow(self.tr("Arti motto"), self.motto_text)
        identity.addRow(self.tr("Maklumat pelayanan"), self.maklumat)
        signer_labels = {
            "title": self.tr("Jabatan penandatangan SK"),
            "name": self.tr("Nama penandatangan"),
            "rank": self.tr("Pangkat/golongan"),
            "nip": self.tr("NIP penandatangan"),
        }
        self.signer: dict[str, QLineEdit] = {}
        signing = QFormLayout()
        for key in SIGNER:
            self.signer[key] = QLineEdit()
            self.signer[key].setObjectName(f"signer_{key}")
            signing.addRow(signer_labels[key], self.signer[key])
        self.signing_mode = QComboBox()
        self.signing_mode.addItem(self.tr("Tanda tangan dan cap basah"), "basah")
        self.signing_mode.addItem(self.tr("Tanda tangan elektronik"), "elektronik")
        signing.addRow(self.tr("Cara penandatanganan"), self.signing_mode)
        kind_labels = {
            "registration": self.tr("Nomor pendaftaran (tanda terima)"),
            "decree": self.tr("Nomor SK"),
            "return_slip": self.tr("Nomor surat pengembalian berkas"),
            "handover": self.tr("Nomor tanda terima penyerahan"),
            "complaint": self.tr("Nomor pengaduan"),
            "rejection": self.tr("Nomor surat penolakan"),
        }
        self.formats: dict[str, QLineEdit] = {}
        numbering = QFormLayout()
        for kind in NUMBER_KINDS:
            self.formats[kind] = QLineEdit()
            self.formats[kind].setObjectName(f"format_{kind}")
            self.formats[kind].setPlaceholderText(self.tr("kosong: format pada pengaturan kantor"))
            numbering.addRow(kind_labels[kind], self.formats[kind])
        self.general: dict[str, QCheckBox] = {}
        offered = QVBoxLayout()
        for code in sorted(general_codes()):
            self.general[code] = QCheckBox(code)
            offered.addWidget(self.general[code])
        self.units = _text_box(110)
        self.units.setObjectName("agency_units")
        self.units.setPlaceholderText(self.tr("satu unit sebaris: kode lalu nama, mis. HKM Bagian Hukum"))
        layout = QVBoxLayout(self)
        for title, inner in (
            (self.tr("Identitas dan kop surat"), identity),
            (self.tr("Penandatangan"), signing),
            (self.tr("Penomoran dokumen"), numbering),
            (self.tr("Layanan umum aula yang ditawarkan"), offered),
        ):
            box = QGroupBox(title)
            box.setLayout(inner)
            layout.addWidget(box)
        units = QGroupBox(self.tr("Unit (bagian/bidang pemilik layanan)"))
        QVBoxLayout(units).addWidget(self.units)
        layout.addWidget(units)

    def load(self, record: dict, *, new: bool = False) -> None:
        self.code.setText(record.get("code", ""))
        self.code.setReadOnly(not new)  # numbers and ids are derived from the code: it never changes
        for key, field in self.fields.items():
            field.setText(record.get(key, "") or "")
        self.logo.show_logo(record.get("logo", "") or "")
        self.motto.setText(record.get("motto", "") or "")
        self.motto_text.setText(record.get("motto_text", "") or "")
        self.maklumat.setPlainText(record.get("maklumat", "") or "")
        signer = (record.get("signers") or [{}])[0]
        for key, field in self.signer.items():
            field.setText(signer.get(key, "") or "")
        self.signing_mode.setCurrentIndex(max(self.signing_mode.findData(record.get("signing_mode", "basah")), 0))
        formats = record.get("number_formats") or {}
        for kind, field in self.formats.items():
            field.setText(formats.get(kind, ""))
        for code, box in self.general.items():
            box.setChecked(code in (record.get("general_services") or []))
        self.units.setPlainText(units_to_text(record.get("units") or []))
        self.others = {key: record[key] for key in ("signers",) if key in record}

    def record(self) -> dict:
        """The form as records.AgencyRecord's fields; DomainError for a unit line that cannot be read."""
        signers = [dict(s) for s in self.others.get("signers", [])] or [{"role": "kepala_dinas"}]
        signers[0].update({key: field.text().strip() for key, field in self.signer.items()})
        if not signers[0]["title"] and len(signers) == 1 and not any(signers[0][k] for k in SIGNER):
            signers = []
        return {
            "code": self.code.text().strip().upper(),
            **{key: field.text().strip() for key, field in self.fields.items()},
            "logo": self.logo.value,
            "motto": self.motto.text().strip(),
            "motto_text": self.motto_text.text().strip(),
            "maklumat": self.maklumat.toPlainText().strip(),
            "signers": signers,
            "signing_mode": self.signing_mode.currentData(),
            "number_formats": {
                kind: field.text().strip() for kind, field in self.formats.items() if field.text().strip()
            },
            "general_services": [code for code, box in self.general.items() if box.isChecked()],
            "units": units_from_text(self.units.toPlainText()),
        }


class HallForm(QGroupBox):
    """The hall's management (pengelola MPP): name, logo, address, maklumat, opening hours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Aula pelayanan (pengelola MPP)"))
        self.name, self.short_name, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("hall_name")
        self.logo = LogoPicker(self.tr("(tanpa logo)"))
        self.maklumat = _text_box()
        self.hours = _text_box()
        self.hours.setObjectName("hall_hours")
        self.hours.setPlaceholderText(self.tr("satu baris per hari: Senin-Kamis 08:30-16:00"))
        form = QFormLayout(self)
        form.addRow(self.tr("Nama aula"), self.name)
        form.addRow(self.tr("Nama singkat"), self.short_name)
        form.addRow(self.tr("Alamat"), self.address)
        form.addRow(self.tr("Logo"), self.logo)
        form.addRow(self.tr("Maklumat pelayanan"), self.maklumat)
        form.addRow(self.tr("Jam pelayanan"), self.hours)

    def load(self, record: dict) -> None:
        self.name.setText(record.get("name", ""))
        self.short_name.setText(record.get("short_name", ""))
        self.address.setText(record.get("address", ""))
        self.logo.show_logo(record.get("logo", "") or "")
        self.maklumat.setPlainText(record.get("maklumat", ""))
        self.hours.setPlainText(hours_to_text(record.get("opening_hours") or []))

    def record(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "short_name": self.short_name.text().strip(),
            "address": self.address.text().strip(),
            "logo": self.logo.value,
            "maklumat": self.maklumat.toPlainText().strip(),
            "opening_hours": hours_from_text(self.hours.toPlainText()),
        }
