"""Settings page: the office identity, its logo and the signing official (administrator)."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from db.core.errors import DomainError
from db.settings import registry
from desktop.context import ScreenContext
from desktop.screens.settings_form import SettingsForm


class OfficeSettingsPage(SettingsForm):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.logo_value = ""
        self.setObjectName("office_settings")
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Pilih &logo..."))
        choose.clicked.connect(self.choose_logo)
        self.form.insertRow(0, self.tr("Logo"), self.logo_preview)
        self.form.insertRow(1, "", choose)
        # a reference the seeds do not hold is printed only once the office confirms it: say so beside its field
        self.legal_notice = QLabel()
        self.legal_notice.setObjectName("legal_notice")
        self.legal_notice.setWordWrap(True)
        self.legal_notice.hide()
        self.form.addRow("", self.legal_notice)

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("office.government", self.tr("Pemerintah daerah")),
            ("office.name", self.tr("Nama kantor")),
            ("office.short_name", self.tr("Nama singkat")),
            ("office.address", self.tr("Alamat")),
            ("office.city", self.tr("Kota penetapan")),
            ("office.phone", self.tr("Telepon")),
            ("office.fax", self.tr("Faksimile")),
            ("office.email", self.tr("Email")),
            ("office.website", self.tr("Situs web")),
            ("office.motto", self.tr("Motto")),
            ("office.motto_text", self.tr("Arti motto")),
            ("office.maklumat", self.tr("Maklumat pelayanan")),
            ("office.timezone", self.tr("Zona waktu")),
            ("signing.title", self.tr("Jabatan penandatangan")),
            ("signing.name", self.tr("Nama penandatangan")),
            ("signing.rank", self.tr("Pangkat/golongan")),
            ("signing.nip", self.tr("NIP penandatangan")),
            ("signing.mode", self.tr("Cara penandatanganan SK")),
            ("decree.berita_daerah_perbup", self.tr("Berita Daerah Perbup 16/2021")),
        ]

    def _loaded(self, values: dict[str, str]) -> None:
        super()._loaded(values)
        self._show_logo(values.get("office.logo", ""))
        self._check_references()

    def _saved(self, stored: dict[str, str]) -> None:
        super()._saved(stored)
        self._check_references()

    def _check_references(self) -> None:
        decrees = self.context.services.decrees
        self.context.runner.run(decrees.unconfirmed_references, self._show_references, owner=self)

    def _show_references(self, missing) -> None:
        lines = [self.tr("Belum dikonfirmasi kantor: {note}").format(note=item.note) for item in missing]
        self.legal_notice.setText("\n".join(lines))
        self.legal_notice.setVisible(bool(lines))

    def _show_logo(self, encoded: str) -> None:
        self.logo_value = encoded
        pixmap = QPixmap()
        if encoded and pixmap.loadFromData(base64.b64decode(encoded)):
            self.logo_preview.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.logo_preview.setText(self.tr("(tanpa logo)"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.use_logo_file(path)

    def use_logo_file(self, path: str) -> None:
        try:
            self._show_logo(registry.logo_from_file(path))
        except DomainError as error:
            self.banner.show_error(error.message)

    def changes(self) -> dict[str, str]:
        changes = super().changes()
        if self.logo_value != self.loaded.get("office.logo", ""):
            changes["office.logo"] = self.logo_value
        return changes
