"""Settings page (administrator): the hall and its agencies: see, add (new, shipped, or imported from JSON/CSV)
and edit each agency's letterhead, signing official, numbering, hall-wide services and units."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.agencies.records import default_formats
from db.agencies.shipped import shipped_codes
from db.core.errors import DomainError
from desktop.context import ScreenContext
from desktop.screens.agency_form import AgencyForm, HallForm
from desktop.widgets import MessageBanner


class AgenciesPage(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agencies_page")
        self.context = context
        self.current: str | None = None  # the code of the agency in the form; None: a new one
        self.hall = HallForm()
        self.save_hall_button = QPushButton(self.tr("Simpan data &aula"))
        self.save_hall_button.clicked.connect(self.save_hall)
        self.agency_list = QListWidget()
        self.agency_list.setObjectName("agency_list")
        self.agency_list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton(self.tr("Instansi &baru"))
        self.new_button.clicked.connect(self.new_agency)
        self.shipped = QComboBox()
        self.shipped.setObjectName("shipped_agency")
        self.add_shipped_button = QPushButton(self.tr("Tambah instansi &bawaan"))
        self.add_shipped_button.clicked.connect(self.add_shipped)
        self.import_button = QPushButton(self.tr("&Impor JSON/CSV..."))
        self.import_button.clicked.connect(self.choose_import)
        self.form = AgencyForm()
        self.form.logo.refused.connect(lambda message: self.banner.show_error(message))
        self.hall.logo.refused.connect(lambda message: self.banner.show_error(message))
        self.save_button = QPushButton(self.tr("&Simpan instansi (Ctrl+S)"))
        self.save_button.setObjectName("save_agency")
        self.save_button.clicked.connect(self.save_agency)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save_agency)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.banner = MessageBanner()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.hall)
        left_layout.addWidget(self.save_hall_button)
        left_layout.addWidget(QLabel(self.tr("Instansi di aula ini")))
        left_layout.addWidget(self.agency_list, 1)
        for widget in (self.new_button, self.shipped, self.add_shipped_button, self.import_button):
            left_layout.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        self.reload()

    # -- loading ------------------------------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        services = self.context.services
        self.context.runner.run(
            lambda: (services.agencies.hall_record(), services.agencies.list(include_inactive=True)),
            lambda loaded: self._show(*loaded, select or self.current),
            self.banner.show_error,
            owner=self,
        )

    def _show(self, hall: dict, agencies: list, select: str | None) -> None:
        self.hall.load(hall)
        self.agency_list.blockSignals(True)
        self.agency_list.clear()
        for agency in agencies:
            item = QListWidgetItem(f"{agency.code} - {agency.short_name}")
            item.setData(Qt.ItemDataRole.UserRole, agency.code)
            self.agency_list.addItem(item)
        self.agency_list.blockSignals(False)
        present = {agency.code for agency in agencies}
        self.shipped.clear()
        for code in shipped_codes():
            if code not in present:
                self.shipped.addItem(code, code)
        self.add_shipped_button.setEnabled(self.shipped.count() > 0)
        codes = [agency.code for agency in agencies]
        row = codes.index(select) if select in codes else 0
        if codes:
            self.agency_list.setCurrentRow(row)  # loads its form

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        self.context.runner.run(
            lambda: self.context.services.agencies.record_of(code),
            lambda record: self._edit(code, record),
            self.banner.show_error,
            owner=self,
        )

    def _edit(self, code: str, record: dict) -> None:
        self.current = code
        self.form.load(record)

    # -- changes --------------------------------------------------------------------------------------------------
    def new_agency(self) -> None:
        self.current = None
        self.agency_list.clearSelection()
        self.form.load({"signing_mode": "basah", "number_formats": default_formats("KODE")}, new=True)
        self.form.code.setFocus()
        self.banner.show_info(self.tr("Isi data instansi baru; ganti tanda KODE pada format nomor, lalu simpan."))

    def save_agency(self) -> None:
        try:
            record = self.form.record()
        except DomainError as error:
            self.banner.show_error(error.message)
            return
        agencies, actor, code = self.context.services.agencies, self.context.actor, self.current
        if code is None:
            operation = lambda: agencies.add(actor, record)  # noqa: E731
        else:
            operation = lambda: agencies.update(actor, code, record)  # noqa: E731
        self.context.runner.run(operation, self._saved, self.banner.show_error, owner=self)

    def _saved(self, agency) -> None:
        self.banner.show_info(self.tr("Instansi {code} disimpan.").format(code=agency.code))
        self.reload(agency.code)

    def save_hall(self) -> None:
        try:
            record = self.hall.record()
        except DomainError as error:
            self.banner.show_error(error.message)
            return
        agencies, actor = self.context.services.agencies, self.context.actor
        self.context.runner.run(
            lambda: agencies.update_hall(actor, record),
            lambda hall: self.banner.show_info(self.tr("Data aula {name} disimpan.").format(name=hall.name)),
            self.banner.show_error,
            owner=self,
        )

    def add_shipped(self) -> None:
        code, agencies, actor = self.shipped.currentData(), self.context.services.agencies, self.context.actor
        if code:
            self.context.runner.run(
                lambda: agencies.add_shipped(actor, code), self._saved, self.banner.show_error, owner=self
            )

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor instansi"), "", self.tr("Instansi (*.json);;Layanan instansi (*.csv)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """JSON: an agency with its catalog; CSV: services of the agency selected in the list."""
        agencies, actor, code = self.context.services.agencies, self.context.actor, self.current
        self.context.runner.run(
            lambda: agencies.import_file(actor, Path(path), code),
            lambda result: (self.banner.show_info(result.summary()), self.reload(result.agency.code)),
            self.banner.show_error,
            owner=self,
        )
