"""The PySide6 desktop app: screens, dialogs, the hall display and the kiosk. No SQL, no business rules."""

from desktop.pyside_sources import read_sources_without_keeping_them

read_sources_without_keeping_them()  # before the database layer and the screens are imported
