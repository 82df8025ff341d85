"""Settings page: the number pattern of each kind of document the office issues (administrator)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.context import ScreenContext
from desktop.screens.settings_form import SettingsForm


class NumberingSettingsPage(SettingsForm):
    """One row per numbered document; the service refuses a pattern without {nomor} or {tahun} (the series restarts
    every year), so a wrong pattern is shown in the banner and nothing is saved."""

    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("numbering_settings")
        hint = QLabel(
            self.tr(
                "Kolom: {nomor:04d} nomor urut per tahun, {bulan} bulan Romawi, {bulan_angka} bulan angka, {tahun}. "
                "Contoh: 503/{nomor:04d}/SK/DPMPTSP/{bulan}/{tahun}"
            )
        )
        hint.setWordWrap(True)
        self.form.insertRow(0, hint)

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("intake.registration_format", self.tr("Nomor pendaftaran (tanda terima berkas)")),
            ("decree.number_format", self.tr("Nomor SK")),
            ("return_slip.number_format", self.tr("Nomor pengembalian berkas")),
            ("handover.number_format", self.tr("Nomor tanda terima penyerahan")),
            ("complaint.number_format", self.tr("Nomor pengaduan")),
            ("rejection.number_format", self.tr("Nomor surat penolakan")),
        ]
