"""Choosing one of 157 services on a touch screen: type a few letters, or touch a name under its heading.
Names are shown whole (wrapped), headings are not choosable, the office's own public services come first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from db.skm.service import SurveyService
from desktop import theme


class ServicePicker(QWidget):
    chosen = Signal(object)  # the SurveyService touched

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("service_search")
        self.search.setPlaceholderText(self.tr("Cari layanan: ketik sebagian nama, mis. apotek"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(round(56 * theme.scale(self)))
        self.search.setFont(theme.font("heading", self))
        self.search.textChanged.connect(self._filter)
        self.listing = QListWidget()
        self.listing.setObjectName("service_list")
        self.listing.setWordWrap(True)  # a long name wraps; it is never cut mid-word
        self.listing.setFont(theme.font("title", self))
        pad = theme.space("m", self)
        self.listing.setStyleSheet(
            f"QListWidget::item {{ padding: {pad}px {pad}px; border-bottom: 1px solid {theme.PALETTE.border}; }}"
        )  # a finger-sized row for every name
        self.listing.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.listing.itemClicked.connect(self._touched)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.listing, 1)
        self.services: list[SurveyService] = []

    def set_services(self, services: Sequence[SurveyService]) -> None:
        self.services = list(services)
        self._filter(self.search.text())

    def current(self) -> SurveyService | None:
        item = self.listing.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def clear_choice(self) -> None:
        self.search.clear()
        self.listing.clearSelection()
        self.listing.setCurrentRow(-1)
        self.listing.scrollToTop()

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self.listing.clear()
        heading = None
        for service in self.services:
            haystack = f"{service.name} {service.code} {service.unit}".lower()
            if not all(word in haystack for word in words):
                continue
            if service.group != heading:
                heading = service.group
                self._heading(heading)
            item = QListWidgetItem(service.name)
            item.setData(Qt.ItemDataRole.UserRole, service)
            item.setSizeHint(item.sizeHint())
            self.listing.addItem(item)
        if self.listing.count() == 0:
            empty = QListWidgetItem(self.tr("Tidak ada layanan dengan kata itu."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.listing.addItem(empty)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading cannot be chosen
        font = QFont(self.listing.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(Qt.GlobalColor.darkBlue)
        self.listing.addItem(item)

    def _touched(self, item: QListWidgetItem) -> None:
        service = item.data(Qt.ItemDataRole.UserRole)
        if service is not None:
            self.chosen.emit(service)
