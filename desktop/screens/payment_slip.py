"""The payment slip (bukti setor) dialog: number, amount and date, asked when a levy's slip is marked present."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from db.intake.checklist import PaymentSlip


class PaymentSlipDialog(QDialog):
    """The office never takes cash (000 line 544): the slip's number, amount and date are the evidence."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bukti setor butir {label}").format(label=label))
        self.number = QLineEdit()
        self.number.setObjectName("slip_number")
        self.amount = QSpinBox()
        self.amount.setObjectName("slip_amount")
        self.amount.setRange(0, 2_000_000_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("Rp ")
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setObjectName("slip_date")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("dd-MM-yyyy")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Nomor bukti setor"), self.number)
        form.addRow(self.tr("Jumlah"), self.amount)
        form.addRow(self.tr("Tanggal setor"), self.paid_on)
        form.addRow(buttons)

    def slip(self) -> PaymentSlip:
        return PaymentSlip(self.number.text().strip(), self.amount.value(), self.paid_on.date().toPython())


def ask_payment_slip(parent: QWidget, label: str) -> PaymentSlip | None:
    """The slip typed by the officer, or None when cancelled; the service checks it (number, amount above 0)."""
    dialog = PaymentSlipDialog(label, parent)
    return dialog.slip() if dialog.exec() == QDialog.DialogCode.Accepted else None
