"""A logo preview with its 'choose' button: the picked image is checked by the settings' logo rule (db)."""

from __future__ import annotations

import base64

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from db.core.errors import DomainError
from db.settings import registry


class LogoPicker(QWidget):
    refused = Signal(str)  # why the chosen file cannot be a logo (Indonesian)

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = ""
        self.empty_text = empty_text
        self.preview = QLabel()
        self.preview.setFixedSize(72, 72)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose = QPushButton(self.tr("Pilih logo..."))
        self.choose.clicked.connect(self._ask)
        self.clear = QPushButton(self.tr("Hapus logo"))
        self.clear.clicked.connect(lambda: self.show_logo(""))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preview, self.choose, self.clear):
            layout.addWidget(widget)
        layout.addStretch()

    def show_logo(self, encoded: str) -> None:
        self.value = encoded
        pixmap = QPixmap()
        if encoded and pixmap.loadFromData(base64.b64decode(encoded)):
            self.preview.setPixmap(pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.empty_text)

    def _ask(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> None:
        try:
            self.show_logo(registry.logo_from_file(path))
        except DomainError as error:
            self.refused.emit(error.message)
