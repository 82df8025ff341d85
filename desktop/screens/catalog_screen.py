"""Katalog Layanan: the information desk's tool. Search as you type, read a service, print its requirements."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.catalog.search import CatalogIndex, SearchHit
from db.catalog.store import ServiceEntry
from db.core.errors import DomainError
from db.models.accounts import Role
from desktop.context import ScreenContext
from desktop.print_flow import print_request
from desktop.screens.service_edit import ServiceEditDialog
from desktop.screens.service_view import service_html
from desktop.widgets import MessageBanner

AnyIndex = QModelIndex | QPersistentModelIndex


class HitsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.name}  ·  {hit.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.sector or ""
        if role == Qt.ItemDataRole.UserRole:
            return hit.code
        return None


class CatalogScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalog_screen")
        self.context = context
        self.index: CatalogIndex | None = None
        self.current: ServiceEntry | None = None
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Cari layanan, sektor, produk atau persyaratan... (Ctrl+F)"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(self._open_first)
        self.model = HitsModel(self)
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.selectionModel().currentChanged.connect(self._selected)
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.banner = MessageBanner()
        self.edit_button = QPushButton(self.tr("&Ubah layanan..."))
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setVisible(context.user.role == Role.ADMINISTRATOR)
        self.print_button = QPushButton(self.tr("&Cetak persyaratan (Ctrl+P)"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_thermal)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF... (Ctrl+Shift+P)"))
        self.pdf_button.setObjectName("pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("F4", "F4")
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_thermal)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.save_pdf)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.print_button)
        self.buttons.addWidget(self.paper)
        self.buttons.addWidget(self.pdf_button)
        self.buttons.addStretch()
        self.buttons.addWidget(self.edit_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.query)
        left_layout.addWidget(self.results)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        right_layout.addWidget(self.banner)
        right_layout.addLayout(self.buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.query.setFocus)
        self.dialog: ServiceEditDialog | None = None
        self.reload()

    def reload(self) -> None:
        self.context.runner.run(self.context.services.catalog.index, self._indexed, owner=self)

    def _indexed(self, index: CatalogIndex) -> None:
        self.index = index
        self.search(self.query.text())

    def search(self, text: str) -> None:
        """The index is in memory (a few hundred entries): searching here keeps up with typing."""
        if self.index is not None:
            self.model.set_hits(self.index.search(text, limit=200))

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
            self.results.setFocus()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_service(current.data(Qt.ItemDataRole.UserRole))

    def show_service(self, code: str) -> None:
        self.context.runner.run(lambda: self.context.services.catalog.get(code), self._show, owner=self)

    def _show(self, entry: ServiceEntry) -> None:
        self.current = entry
        self.detail.setHtml(service_html(entry.service))
        self.banner.clear_message()

    def _require_service(self) -> bool:
        if self.current is None:
            self.banner.show_error(self.tr("Pilih layanan lebih dulu."))
            return False
        return True

    def print_thermal(self) -> None:
        if not self._require_service():
            return
        services, actor, code = self.context.services, self.context.actor, self.current.service.code

        def printed(job) -> None:
            if job.state == "printed":
                self.banner.show_info(self.tr("Daftar persyaratan tercetak."))
            else:
                self.banner.show_error(self.tr("Tidak tercetak: {reason}").format(reason=job.message))

        prepare = lambda: services.documents.requirement_list(code)  # noqa: E731
        print_request(self.context.runner, services.print_jobs, actor, prepare, printed, self.banner.show_error, self)

    def save_pdf(self, path: str | None = None) -> None:
        if not self._require_service():
            return
        code, paper = self.current.service.code, self.paper.currentData()
        if not path:
            suggested = str(Path.home() / f"persyaratan-{code}-{paper}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan daftar persyaratan"), suggested, "PDF (*.pdf)")
        if not path:
            return
        services = self.context.services

        def saved(written: str) -> None:
            self.last_pdf = written
            self.banner.show_info(self.tr("PDF disimpan: {path}").format(path=written))
            QDesktopServices.openUrl(QUrl.fromLocalFile(written))

        self.context.runner.run(
            lambda: services.documents.save_requirement_list_pdf(code, paper, path),
            saved,
            self.banner.show_error,
            io=True,
            owner=self,
        )

    def edit(self) -> None:
        if not self._require_service():
            return
        self.dialog = ServiceEditDialog(self.current.service, self)
        self.dialog.submitted.connect(self._submit_edit)
        self.dialog.open()

    def _submit_edit(self) -> None:
        dialog = self.dialog
        try:
            service = dialog.edited_service()
        except DomainError as error:
            dialog.banner.show_error(error.message)
            return
        actor, reason, catalog = self.context.actor, dialog.reason.text(), self.context.services.catalog

        def saved(entry: ServiceEntry) -> None:
            dialog.accept()
            self._show(entry)
            self.banner.show_info(
                self.tr("Layanan disimpan sebagai revisi {revision}.").format(revision=entry.revision)
            )
            self.reload()

        self.context.runner.run(
            lambda: catalog.update_entry(actor, service, reason), saved, dialog.banner.show_error, owner=self
        )
