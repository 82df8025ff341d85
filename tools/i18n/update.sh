#!/usr/bin/env bash
# Refresh the English translation source from the desktop code, then compile it. Translate new entries in
# resources/i18n/loket_en.ts (Qt Linguist: .venv/bin/pyside6-linguist) before running this again to compile.
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/pyside6-lupdate $(find desktop -name '*.py' | sort) -no-obsolete -source-language id -target-language en \
    -ts resources/i18n/loket_en.ts
.venv/bin/pyside6-lrelease resources/i18n/loket_en.ts -qm resources/i18n/loket_en.qm
.venv/bin/pyside6-lrelease resources/i18n/qtbase_id.ts -qm resources/i18n/qtbase_id.qm  # Qt's own texts in Indonesian
