"""Verifikasi SK: paste or scan the QR text (a scanner types it), or choose a PDF; genuine and current or not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from db.decrees.service import Verification
from desktop.context import ScreenContext


class VerifyScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verify_screen")
        self.context = context
        self.payload = QPlainTextEdit()
        self.payload.setObjectName("payload")
        self.payload.setPlaceholderText(self.tr("Tempel atau pindai kode QR SK di sini"))
        self.payload.setFixedHeight(90)
        check = QPushButton(self.tr("&Periksa kode"))
        check.clicked.connect(self.check_payload)
        choose = QPushButton(self.tr("Periksa berkas &PDF..."))
        choose.clicked.connect(lambda: self.check_pdf())
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(check)
        buttons.addWidget(choose)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.payload)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch()

    def check_payload(self) -> None:
        text = self.payload.toPlainText().strip()
        self.context.runner.run(lambda: self.context.services.decrees.verify(text), self._show, self._error, owner=self)

    def check_pdf(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih PDF SK"), "", "PDF (*.pdf)")
        if path:
            decrees = self.context.services.decrees
            self.context.runner.run(
                lambda: decrees.verify_pdf(Path(path).read_bytes()), self._show, self._error, owner=self
            )

    def _show(self, result: Verification) -> None:
        if result.genuine and result.current:
            head = self.tr("<h2 style='color:#1b5e20'>ASLI DAN BERLAKU</h2>")
        elif result.genuine:
            head = self.tr("<h2 style='color:#e65100'>ASLI, TETAPI TIDAK BERLAKU LAGI</h2>")
        else:
            head = self.tr("<h2 style='color:#a40000'>TIDAK SAH</h2>")
        body = "<br>".join(result.messages)
        if result.claims:
            c = result.claims
            body += self.tr(
                "<p>Nomor SK: {n}<br>Nomor pendaftaran: {r}<br>Pemegang: {h}<br>Layanan: {s}<br>Tanggal: {d}</p>"
            ).format(n=c.decree_number, r=c.registration_number, h=c.holder, s=c.service_code, d=c.signed_on)
        self.result.setText(head + body)

    def _error(self, message: str) -> None:
        self.result.setText(message)
