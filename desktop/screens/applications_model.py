"""The Permohonan table: one row per application, overdue in red and nearly due in amber."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from db.intake.tracking import ApplicationInfo
from desktop.table_model import AnyIndex, RowsTableModel


class ApplicationsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ApplicationInfo] = []
        self.headers = [
            self.tr("Nomor pendaftaran"),
            self.tr("Pemohon"),
            self.tr("Layanan"),
            self.tr("Diterima"),
            self.tr("Jatuh tempo"),
            self.tr("Sisa hari kerja"),
            self.tr("Status / langkah"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        app = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            left = "" if app.days_left is None else str(app.days_left)
            if app.overdue:
                left = self.tr("{days} (lewat)").format(days=app.days_left)
            return [
                app.registration_number,
                app.applicant_name,
                app.service_name,
                app.received_on.strftime("%d-%m-%Y"),
                app.due_on.strftime("%d-%m-%Y") if app.due_on else app.sla_text,
                left,
                app.step_label,
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if app.overdue:
                return QBrush(QColor("#fde8e8"))
            if app.nearly_due:
                return QBrush(QColor("#fff3e0"))
        return None
