"""Which screens exist, in what order, for which roles. A screen is listed only once its feature is built."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.models.accounts import Role
from desktop.context import ScreenContext


def _on_first_use(module: str, name: str) -> Callable[[ScreenContext], QWidget]:
    """A screen's constructor, imported when the screen is first opened: the screens pull in reports, printing and
    charts, which the sign-in must not wait for."""

    def build(context: ScreenContext) -> QWidget:
        return getattr(importlib.import_module(module), name)(context)

    build.__name__ = name
    return build


ApplicationsScreen = _on_first_use("desktop.screens.applications_screen", "ApplicationsScreen")
CatalogScreen = _on_first_use("desktop.screens.catalog_screen", "CatalogScreen")
ComplaintsScreen = _on_first_use("desktop.screens.complaints_screen", "ComplaintsScreen")
DashboardScreen = _on_first_use("desktop.screens.dashboard_screen", "DashboardScreen")
HandoverScreen = _on_first_use("desktop.screens.handover_screen", "HandoverScreen")
HomeScreen = _on_first_use("desktop.screens.home_screen", "HomeScreen")
InfoLogScreen = _on_first_use("desktop.screens.info_log_screen", "InfoLogScreen")
IntakeScreen = _on_first_use("desktop.screens.intake_screen", "IntakeScreen")
MessagesScreen = _on_first_use("desktop.screens.messages_screen", "MessagesScreen")
QueueScreen = _on_first_use("desktop.screens.queue_screen", "QueueScreen")
ReportsScreen = _on_first_use("desktop.screens.reports_screen", "ReportsScreen")
SettingsScreen = _on_first_use("desktop.screens.settings_screen", "SettingsScreen")
SkmReportScreen = _on_first_use("desktop.screens.skm_report_screen", "SkmReportScreen")
TicketDeskScreen = _on_first_use("desktop.screens.ticket_desk", "TicketDeskScreen")
VerifyScreen = _on_first_use("desktop.screens.verify_screen", "VerifyScreen")

ALL_ROLES = frozenset(Role)
COUNTER_ROLES = frozenset({Role.PETUGAS_LOKET, Role.CUSTOMER_SERVICE, Role.ADMINISTRATOR})
DESK_ROLES = frozenset({Role.CUSTOMER_SERVICE, Role.ADMINISTRATOR})
INTAKE_ROLES = frozenset({Role.PETUGAS_LOKET, Role.ADMINISTRATOR})
COMPLAINT_ROLES = frozenset({Role.CUSTOMER_SERVICE, Role.SUPERVISOR, Role.ADMINISTRATOR})
# The complaint SOP's own actors record their steps (Kasi, Tim Pengaduan, Kabid, Kepala Dinas); the Kasi and the
# Kabid answer the information and consultation questions referred to them.
COMPLAINT_ROLES |= {Role.KASI, Role.KABID, Role.KEPALA_DINAS, Role.BACK_OFFICE}
INFO_ROLES = COUNTER_ROLES | {Role.KASI, Role.KABID, Role.SUPERVISOR}
SUPERVISION_ROLES = frozenset({Role.SUPERVISOR, Role.ADMINISTRATOR})
MESSAGE_ROLES = COUNTER_ROLES | SUPERVISION_ROLES  # who answers the applicant who asks "where is my message?"


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    title: Callable[[], str]
    roles: frozenset[Role]
    build: Callable[[ScreenContext], QWidget]


SCREENS: list[ScreenEntry] = [
    ScreenEntry("home", lambda: QCoreApplication.translate("Navigation", "Beranda"), ALL_ROLES, HomeScreen),
    ScreenEntry("queue", lambda: QCoreApplication.translate("Navigation", "Antrian"), COUNTER_ROLES, QueueScreen),
    ScreenEntry(
        "tickets", lambda: QCoreApplication.translate("Navigation", "Ambil Antrian"), DESK_ROLES, TicketDeskScreen
    ),
    ScreenEntry(
        "intake", lambda: QCoreApplication.translate("Navigation", "Pendaftaran Berkas"), INTAKE_ROLES, IntakeScreen
    ),
    ScreenEntry(
        "applications", lambda: QCoreApplication.translate("Navigation", "Permohonan"), ALL_ROLES, ApplicationsScreen
    ),
    ScreenEntry("handover", lambda: QCoreApplication.translate("Navigation", "Penyerahan"), DESK_ROLES, HandoverScreen),
    ScreenEntry("verify", lambda: QCoreApplication.translate("Navigation", "Verifikasi SK"), ALL_ROLES, VerifyScreen),
    ScreenEntry(
        "complaints", lambda: QCoreApplication.translate("Navigation", "Pengaduan"), COMPLAINT_ROLES, ComplaintsScreen
    ),
    ScreenEntry(
        "info_log",
        lambda: QCoreApplication.translate("Navigation", "Informasi & Konsultasi"),
        INFO_ROLES,
        InfoLogScreen,
    ),
    ScreenEntry(
        "messages",
        lambda: QCoreApplication.translate("Navigation", "Pesan Pemohon"),
        MESSAGE_ROLES,
        MessagesScreen,
    ),
    ScreenEntry(
        "dashboard", lambda: QCoreApplication.translate("Navigation", "Dasbor"), SUPERVISION_ROLES, DashboardScreen
    ),
    ScreenEntry(
        "reports", lambda: QCoreApplication.translate("Navigation", "Laporan"), SUPERVISION_ROLES, ReportsScreen
    ),
    ScreenEntry(
        "skm_report",
        lambda: QCoreApplication.translate("Navigation", "Laporan SKM"),
        SUPERVISION_ROLES,
        SkmReportScreen,
    ),
    ScreenEntry(
        "catalog", lambda: QCoreApplication.translate("Navigation", "Katalog Layanan"), ALL_ROLES, CatalogScreen
    ),
    ScreenEntry(
        "settings",
        lambda: QCoreApplication.translate("Navigation", "Pengaturan"),
        frozenset({Role.ADMINISTRATOR}),
        SettingsScreen,
    ),
]


def screens_for(role: Role) -> list[ScreenEntry]:
    return [entry for entry in SCREENS if role in entry.roles]
