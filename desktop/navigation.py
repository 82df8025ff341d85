"""Which screens exist, in what order, for which roles. A screen is listed only once its feature is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.models.accounts import Role
from desktop.context import ScreenContext
from desktop.screens.catalog_screen import CatalogScreen
from desktop.screens.home_screen import HomeScreen
from desktop.screens.settings_screen import SettingsScreen

ALL_ROLES = frozenset(Role)


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    title: Callable[[], str]
    roles: frozenset[Role]
    build: Callable[[ScreenContext], QWidget]


SCREENS: list[ScreenEntry] = [
    ScreenEntry("home", lambda: QCoreApplication.translate("Navigation", "Beranda"), ALL_ROLES, HomeScreen),
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
