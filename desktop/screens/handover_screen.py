"""Penyerahan: customer service finds the application, checks who collects the decree and hands it over once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.decrees.handover import HandoverResult, ReadyDecree
from db.documents.print_jobs import PrintRecord
from db.intake.checklist import PaymentSlip
from desktop.context import ScreenContext
from desktop.print_flow import print_request
from desktop.screens.payment_slip import ask_payment_slip
from desktop.widgets import MessageBanner


class HandoverScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handover_screen")
        self.context = context
        self.found: list[ReadyDecree] = []
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Nomor pendaftaran, pindai QR tanda terima, atau NIK/NIB, lalu Enter"))
        self.query.returnPressed.connect(lambda: self.find())
        self.results = QListWidget()
        self.results.setWordWrap(True)  # a long service name wraps instead of ending in "..."
        self.results.setObjectName("results")
        self.results.currentRowChanged.connect(self._selected)
        box = QGroupBox(self.tr("Pengambil"))
        form = QFormLayout(box)
        self.proxy = QCheckBox(self.tr("Diambil oleh &kuasa (dengan surat kuasa)"))
        self.proxy.setObjectName("proxy")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.nik = QLineEdit()
        self.nik.setObjectName("nik")
        self.letter = QLineEdit()
        self.letter.setObjectName("letter")
        self.letter.setPlaceholderText(self.tr("nomor/tanggal surat kuasa"))
        form.addRow("", self.proxy)
        form.addRow(self.tr("&Nama"), self.name)
        form.addRow(self.tr("N&IK"), self.nik)
        form.addRow(self.tr("&Surat kuasa"), self.letter)
        self.hand_button = QPushButton(self.tr("Serahkan SK dan cetak &tanda terima"))
        self.hand_button.setObjectName("hand_over")
        self.hand_button.clicked.connect(self.hand_over)
        self.condition_button = QPushButton(self.tr("Catat s&yarat sebelum penyerahan (bukti setor, ...)"))
        self.condition_button.setObjectName("condition")
        self.condition_button.clicked.connect(lambda: self.record_condition())
        self.banner = MessageBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        row = QHBoxLayout()
        row.addWidget(self.results, 2)
        row.addWidget(box, 1)
        layout.addLayout(row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.condition_button)
        buttons.addWidget(self.hand_button, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.query.setFocus()  # the USB scanner types the receipt's QR into the search, then Enter
        self.query.selectAll()

    def find(self, then_say: str = "") -> None:
        """Look the text up (a USB scanner types the receipt's QR and Enter); `then_say` is shown once the list is
        back (the refreshed list must not wipe the message)."""
        text = self.query.text()
        self.context.runner.run(
            lambda: self.context.services.handovers.find(text, self.context.actor),
            lambda found: self._show(found, then_say),
            self.banner.show_error,
            owner=self,
        )

    def _show(self, found: list[ReadyDecree], then_say: str = "") -> None:
        self.found = found
        self.results.clear()
        for item in found:
            if item.handed_over:
                state = self.tr("sudah diserahkan")
            elif item.decree_number and item.decree_status == "valid":
                state = self.tr("SK {number} siap diserahkan").format(number=item.decree_number)
            else:
                state = self.tr("SK belum terbit")
            self.results.addItem(f"{item.registration_number} · {item.applicant_name} · {item.service_name} — {state}")
        if not found:
            self.banner.show_error(self.tr("Tidak ditemukan."))
        elif then_say:
            self.banner.show_info(then_say)
            self.results.setCurrentRow(0)
        else:
            self.banner.clear_message()
            self.results.setCurrentRow(0)

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.found) and not self.proxy.isChecked():
            self.name.setText(self.found[row].applicant_name)

    def record_condition(self, payment: PaymentSlip | None = None, note: str | None = None) -> None:
        """The next condition the SOP checks after intake (a fee paid after approval, ...) is met: a payment is
        recorded with its slip's number, amount and date (asked when not given), anything else with a note."""
        row = self.results.currentRow()
        if row < 0:
            self.banner.show_error(self.tr("Cari dan pilih permohonan lebih dulu."))
            return
        item = self.found[row]
        services, actor = self.context.services, self.context.actor

        def loaded(conditions) -> None:
            waiting = [condition for condition in conditions if not condition.fulfilled]
            if not waiting:
                self.banner.show_info(self.tr("Tidak ada syarat yang menunggu untuk permohonan ini."))
                return
            condition = waiting[0]
            slip, remark = payment, note
            if condition.needs_payment_slip and slip is None:
                slip = ask_payment_slip(self, condition.label)
                if slip is None:
                    return
            elif not condition.needs_payment_slip and remark is None:
                remark, ok = QInputDialog.getText(
                    self, self.tr("Syarat dipenuhi"), f"{condition.label} {condition.text}\n" + self.tr("Catatan:")
                )
                if not ok:
                    return
            self.context.runner.run(
                lambda: services.conditions.fulfil(actor, item.application_id, condition.position, slip, remark),
                lambda done: self.banner.show_info(
                    self.tr("Dicatat: {label} {text} dipenuhi.").format(label=done.label, text=done.text[:60])
                ),
                self.banner.show_error,
                owner=self,
            )

        self.context.runner.run(
            lambda: services.conditions.for_application(item.application_id, self.context.actor),
            loaded,
            self.banner.show_error,
            owner=self,
        )

    def hand_over(self) -> None:
        row = self.results.currentRow()
        if row < 0:
            self.banner.show_error(self.tr("Cari dan pilih permohonan lebih dulu."))
            return
        item = self.found[row]
        services, actor = self.context.services, self.context.actor
        proxy, name, nik, letter = self.proxy.isChecked(), self.name.text(), self.nik.text(), self.letter.text()
        self.hand_button.setEnabled(False)

        def failed(message: str) -> None:
            self.hand_button.setEnabled(True)
            self.banner.show_error(message)

        def handed(result: HandoverResult) -> None:
            # Recorded and archived: the receipt goes to the printer next, its outcome recorded after.
            prepare = lambda: services.documents.handover_receipt(result)  # noqa: E731
            printed = lambda record: self._done(result, record)  # noqa: E731
            print_request(self.context.runner, services.print_jobs, actor, prepare, printed, failed, self)

        self.context.runner.run(
            lambda: services.handovers.hand_over(
                actor, item.application_id, proxy=proxy, name=name, nik=nik, letter=letter
            ),
            handed,
            failed,
            owner=self,
        )

    def _done(self, result: HandoverResult, record: PrintRecord) -> None:
        self.hand_button.setEnabled(True)
        printed = self.tr("tercetak") if record.state == "printed" else record.message
        self.find(
            then_say=self.tr("SK diserahkan; tanda terima {number} ({printed}); arsip: {path}").format(
                number=result.receipt_number, printed=printed, path=result.pdf_path
            )
        )
