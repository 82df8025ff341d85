"""Which screens exist, in what order, for which roles. A screen is listed only once its feature is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.models.accounts import Role
from desktop.context import ScreenContext
from desktop.screens.applications_screen import ApplicationsScreen
from desktop.screens.catalog_screen import CatalogScreen
from desktop.screens.complaints_screen import ComplaintsScreen
from desktop.screens.dashboard_screen import DashboardScreen
from desktop.screens.handover_screen import HandoverScreen
from desktop.screens.home_screen import HomeScreen
from desktop.screens.info_log_screen import InfoLogScreen
from desktop.screens.intake_screen import IntakeScreen
from desktop.screens.queue_screen import QueueScreen
from desktop.screens.reports_screen import ReportsScreen
from desktop.screens.settings_screen import SettingsScreen
from desktop.screens.skm_report_screen import SkmReportScreen
from desktop.screens.ticket_desk import TicketDeskScreen
from desktop.screens.verify_screen import VerifyScreen

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
