"""Settings page: this PC's counter, its thermal and document printers, the archive folder and the language."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QWidget

from db.settings.service import thermal_config
from desktop.context import ScreenContext
from desktop.printer_text import printer_text
from desktop.screens.settings_form import SettingsForm
from printing.config import PrinterConfigError, validate
from printing.status import probe


class DeviceSettingsPage(SettingsForm):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("device_settings")
        test = QPushButton(self.tr("&Uji printer termal"))
        test.setObjectName("test_printer")
        test.clicked.connect(self.test_printer)
        browse = QPushButton(self.tr("Pilih folder &arsip..."))
        browse.clicked.connect(self.choose_archive)
        self.extra_buttons.insertWidget(0, test)
        self.extra_buttons.insertWidget(1, browse)

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("counter.number", self.tr("Nomor loket")),
            ("counter.name", self.tr("Nama loket")),
            ("printer.thermal.kind", self.tr("Printer tiket (ESC/POS)")),
            ("printer.thermal.target", self.tr("Alamat printer tiket")),
            ("printer.thermal.paper_width", self.tr("Lebar kertas (mm)")),
            ("printer.document.name", self.tr("Printer dokumen")),
            ("documents.paper", self.tr("Kertas dokumen")),
            ("archive.dir", self.tr("Folder arsip")),
            ("ui.language", self.tr("Bahasa tampilan")),
        ]

    def _make_field(self, key: str) -> QWidget:
        if key == "printer.document.name":
            combo = QComboBox()
            combo.addItem(self.tr("(tidak ada: simpan sebagai PDF)"), "")
            for name in QPrinterInfo.availablePrinterNames():
                combo.addItem(name, name)
            return combo
        if key == "printer.thermal.paper_width":
            combo = QComboBox()
            combo.addItem("80 mm", "80")
            combo.addItem("58 mm", "58")
            return combo
        return super()._make_field(key)

    def set_value(self, key: str, value: str) -> None:
        field = self.fields[key]
        if key == "printer.document.name" and isinstance(field, QComboBox) and value and field.findData(value) < 0:
            field.addItem(self.tr("{name} (tidak terpasang)").format(name=value), value)
        super().set_value(key, value)

    def choose_archive(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder arsip"), self.value_of("archive.dir"))
        if folder:
            self.set_value("archive.dir", folder)

    def test_printer(self) -> None:
        values = {key: self.value_of(key) for key in self.fields}
        config = thermal_config({**self.loaded, **values})
        try:
            validate(config)
        except PrinterConfigError as error:
            self.banner.show_error(str(error))
            return
        self.context.runner.run(lambda: probe(config), self._probed, io=True, owner=self)

    def _probed(self, state) -> None:
        text = self.tr("Printer tiket: {state}").format(state=printer_text(state))
        (self.banner.show_info if state.ready else self.banner.show_error)(text)
