"""Tentang / Diagnostik: versions, folders, database health, printer, last backup and sync; a support bundle."""

from __future__ import annotations

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.admin import diagnostics
from desktop.context import ScreenContext
from desktop.widgets import MessageBanner


class DiagnosticsPage(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("diagnostics")
        self.context = context
        self.report: diagnostics.Report | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("diagnostics_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Hal"), self.tr("Keterangan")])
        self.tree.setRootIsDecorated(False)
        self.banner = MessageBanner()
        self.refresh_button = QPushButton(self.tr("&Periksa ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        self.bundle_button = QPushButton(self.tr("Buat paket &dukungan..."))
        self.bundle_button.setObjectName("bundle_button")
        self.bundle_button.clicked.connect(self.make_bundle)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.bundle_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        services, qt = self.context.services, qVersion()
        self.context.runner.run(lambda: services.diagnostics.collect(qt), self._show, self._failed, owner=self)

    def _show(self, report: diagnostics.Report) -> None:
        self.report = report
        self.tree.clear()
        for section in report.sections:
            heading = QTreeWidgetItem([section.title, ""])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self.tree.addTopLevelItem(heading)
            for label, value in section.rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([f"    {label}", value]))
        self.tree.resizeColumnToContents(0)

    def _failed(self, message: str) -> None:
        self.banner.show_error(message)

    def make_bundle(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan paket dukungan"), "paket-dukungan-loket.zip", self.tr("Arsip zip (*.zip)")
        )
        if not path:
            return
        services, report = self.context.services, self.report
        self.bundle_button.setEnabled(False)
        self.context.runner.run(
            lambda: services.diagnostics.write_bundle(path, report),
            self._bundle_written,
            self._bundle_failed,
            io=True,
            owner=self,
        )

    def _bundle_written(self, result: diagnostics.BundleResult) -> None:
        self.bundle_button.setEnabled(True)
        self.banner.show_info(
            self.tr("Paket dukungan disimpan: {path} ({size} KB). Kirimkan berkas ini ke petugas TI.").format(
                path=str(result.path), size=max(1, result.size // 1024)
            )
        )

    def _bundle_failed(self, message: str) -> None:
        self.bundle_button.setEnabled(True)
        self.banner.show_error(message)
