"""Settings page: the latest audit entries (who changed what, when, at which counter)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from db.core import audit
from db.settings.service import office_zone
from desktop.context import ScreenContext
from desktop.table_model import AnyIndex, RowsTableModel


class AuditModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[audit.AuditRow] = []
        self.zone = office_zone({})  # the default until the settings are read
        self.headers = [
            self.tr("Waktu"),
            self.tr("Pengguna"),
            self.tr("Loket"),
            self.tr("Tindakan"),
            self.tr("Rincian"),
        ]

    def set_rows(self, rows: list[audit.AuditRow], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self.rows, self.zone = rows, zone
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        details = ", ".join(f"{key}={value}" for key, value in row.details.items())
        return [
            row.at.astimezone(self.zone).strftime("%d-%m-%Y %H:%M:%S"),
            row.username,
            "" if row.counter_number is None else str(row.counter_number),
            f"{row.action} {row.entity_id or ''}".strip(),
            details,
        ][index.column()]


class AuditPage(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit_page")
        self.context = context
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        refresh = QPushButton(self.tr("&Muat ulang"))
        refresh.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(refresh)
        layout.addWidget(self.table)
        self.reload()

    def reload(self) -> None:
        services = self.context.services

        def load():
            return services.audit.recent(), services.settings.office_zone()

        self.context.runner.run(load, lambda result: self.model.set_rows(*result), owner=self)
