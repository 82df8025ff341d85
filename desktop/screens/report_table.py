"""A report table (printing.report_pdf.ReportTable) as a read-only Qt model, for the report screens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget

from printing.report_pdf import ReportTable, cell_text

AnyIndex = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """One report table, read-only."""

    def __init__(self, table: ReportTable, parent=None):
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def replace_table_tabs(tabs: QTabWidget, tables: list[ReportTable]) -> dict[str, ReportTableModel]:
    """The tabs after the first (the charts) made again, one table each; the models by table key."""
    while tabs.count() > 1:
        widget = tabs.widget(1)
        tabs.removeTab(1)
        widget.deleteLater()
    models = {}
    for table in tables:
        model = ReportTableModel(table, tabs)
        view = QTableView()
        view.setObjectName(f"table_{table.key}")
        view.setModel(model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        models[table.key] = model
        tabs.addTab(view, table.title)
    return models
