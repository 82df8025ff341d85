"""Screen language: Indonesian in the source, English from resources/i18n/loket_en.qm, switchable at run time."""

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
        return True
    translator = QTranslator(app)
    path = resources.files("resources").joinpath(f"i18n/loket_{code}.qm")
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
