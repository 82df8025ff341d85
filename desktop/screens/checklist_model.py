"""The requirement checklist as a Qt table: one row per item, marked from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from db.intake.checklist import (
    STAGES,
    STATUSES,
    ApplicantFacts,
    ChecklistItem,
    Decision,
    Mark,
    can_take,
    decide,
    resolve,
)

AnyIndex = QModelIndex | QPersistentModelIndex
COLOURS = {"ada_sesuai": "#e8f5e9", "tidak_sesuai": "#fff3e0", "tidak_ada": "#fde8e8", "tidak_berlaku": "#eeeeee"}


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[ChecklistItem] = []
        self.marks: dict[int, Mark] = {}
        self.facts: ApplicantFacts | None = None  # the applicant and the proxy decide the conditional items
        self.headers = [self.tr("No."), self.tr("Persyaratan"), self.tr("Hasil periksa"), self.tr("Alasan")]

    def load(self, items: list[ChecklistItem]) -> None:
        self.beginResetModel()
        self.items, self.marks = items, {}
        self.endResetModel()

    def decision(self) -> Decision:
        return decide(self.items, self.marks, self.facts)

    def set_facts(self, facts: ApplicantFacts | None) -> None:
        self.facts = facts
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(self.headers) - 1))

    def mark(self, row: int, status: str, reason: str | None = None, payment=None) -> bool:
        """Mark one row; False when the row cannot take that mark (a heading, a condition checked later, or N/A on
        a mandatory item)."""
        item = self.items[row]
        if not can_take(item, status):
            return False
        self.marks[item.position] = Mark(status, reason, payment)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        return True

    def mark_remaining(self, status: str = "ada_sesuai") -> None:
        """Every item still open: not those the applicant is not concerned by, not the other alternatives of a
        satisfied group, and not a payment slip, whose number, amount and date the officer types."""
        for row, item in enumerate(self.items):
            if (
                item.markable
                and item.evidence is None
                and item.position not in resolve(self.items, self.marks, self.facts)
            ):
                self.mark(row, status)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        mark = self.marks.get(item.position)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "    " * item.level + item.label
            if column == 1:
                condition = f"  ({self.tr('jika')}: {item.condition})" if item.condition else ""
                return item.text + condition
            if column == 2:
                return self._status_text(item, mark)
            if mark and mark.payment:
                return self.tr("Bukti setor {number}, Rp {amount}").format(
                    number=mark.payment.number, amount=f"{mark.payment.amount:,}".replace(",", ".")
                )
            return (mark.reason or "") if mark else ""
        if role == Qt.ItemDataRole.BackgroundRole and mark is None and not item.heading:
            automatic = resolve(self.items, self.marks, self.facts).get(item.position)
            return QBrush(QColor(COLOURS["tidak_berlaku"])) if automatic or item.later else None
        if role == Qt.ItemDataRole.BackgroundRole and mark:
            return QBrush(QColor(COLOURS[mark.status]))
        if role == Qt.ItemDataRole.FontRole and item.heading:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return item.text
        return None

    def _status_text(self, item: ChecklistItem, mark: Mark | None) -> str:
        if item.heading:
            return ""
        if item.later:
            return self.tr("Diperiksa kemudian ({stage})").format(stage=STAGES[item.kind])
        if mark:
            return STATUSES[mark.status]
        automatic = resolve(self.items, self.marks, self.facts).get(item.position)
        if automatic:
            return self.tr("Tidak berlaku ({reason})").format(reason=automatic.reason)
        return self.tr("belum diperiksa")
