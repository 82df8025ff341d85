"""The SK as it will be signed, read inside the app: the draft's pages as images (pypdfium2), then Tandatangani."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PREVIEW_DPI = 96


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page as an image; safe off the GUI thread (QImage, not QPixmap)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = picture.tobytes("raw", "RGB")
            image = QImage(data, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: `data` goes away with this frame
        return images
    finally:
        document.close()


class DecreePreviewDialog(QDialog):
    """Pages stacked in a scroll area; with `sign_text` the OK button signs (the caller does it on accepted)."""

    def __init__(self, title: str, pages: list[QImage], sign_text: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decree_preview")
        self.setWindowTitle(title)
        self.resize(760, 900)
        column = QWidget()
        pages_layout = QVBoxLayout(column)
        self.page_labels: list[QLabel] = []
        for image in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            pages_layout.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        if sign_text:
            self.sign_button = buttons.addButton(sign_text, QDialogButtonBox.ButtonRole.AcceptRole)
            self.sign_button.setObjectName("sign")
            self.sign_button.setDefault(True)  # Enter signs, after reading
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
