"""Screen language: Indonesian in the source, English from resources/i18n/loket_en.qm, switchable at run time.

Qt's own texts (standard buttons, the file dialog, context menus) come from Qt's translations: qtbase_en is built in,
and for Indonesian, which Qt does not ship, from Loket's resources/i18n/qtbase_id.qm."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_installed: list[QTranslator] = []


def apply_language(code: str) -> bool:
    """Install the translator for `code` ('id' needs none). Returns False when the translation is missing."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if code == "en" else QLocale.Language.Indonesian))
    if code == "id":
        return _install(app, "i18n/qtbase_id.qm")
    return _install(app, f"i18n/loket_{code}.qm")


def _install(app: QCoreApplication, resource: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(resources.files("resources").joinpath(resource))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
