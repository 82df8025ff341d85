"""Pengaturan (administrator): office, this PC, accounts, the hall and its agencies, and the audit log, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.context import ScreenContext
from desktop.screens.agencies_page import AgenciesPage
from desktop.screens.audit_page import AuditPage
from desktop.screens.device_settings import DeviceSettingsPage
from desktop.screens.diagnostics_screen import DiagnosticsPage
from desktop.screens.message_settings import MessageSettingsPage
from desktop.screens.numbering_settings import NumberingSettingsPage
from desktop.screens.office_settings import OfficeSettingsPage
from desktop.screens.queue_setup_page import QueueSetupPage
from desktop.screens.users_page import UsersPage


def scrolling(page: QWidget) -> QScrollArea:
    """A long form scrolls inside its tab instead of making the window taller than a 1366x768 counter screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class SettingsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_screen")
        self.tabs = QTabWidget()
        self.office = OfficeSettingsPage(context)
        self.numbering = NumberingSettingsPage(context)
        self.device = DeviceSettingsPage(context)
        self.users = UsersPage(context)
        self.agencies = AgenciesPage(context)
        self.queue = QueueSetupPage(context)
        self.audit = AuditPage(context)
        self.diagnostics = DiagnosticsPage(context)
        self.messages = MessageSettingsPage(context)
        self.tabs.addTab(scrolling(self.office), self.tr("&Kantor dan penandatangan"))
        self.tabs.addTab(scrolling(self.numbering), self.tr("Pe&nomoran dokumen"))
        self.tabs.addTab(scrolling(self.device), self.tr("&PC ini: loket dan printer"))
        self.tabs.addTab(self.users, self.tr("Akun &petugas"))
        self.tabs.addTab(scrolling(self.agencies), self.tr("&Instansi dan aula"))
        self.tabs.addTab(self.queue, self.tr("&Antrian dan loket"))
        self.tabs.addTab(scrolling(self.messages), self.tr("Pesan ke p&emohon"))
        self.tabs.addTab(self.audit, self.tr("&Log audit"))
        self.tabs.addTab(self.diagnostics, self.tr("&Tentang / Diagnostik"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
