"""Every screen text has its English translation, and the compiled .qm matches the .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "loket_en.ts"
QM = TS.with_suffix(".qm")


def test_every_message_is_translated():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 100
    unfinished = [m.find("source").text for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_no_screen_text_is_missing_from_the_translation(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    new = [
        m.find("source").text
        for m in ET.parse(fresh).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert new == [], "run tools/i18n/update.sh and translate these"


def test_the_compiled_translation_is_the_ts_compiled(tmp_path):
    """The app loads the .qm, not the .ts: a translation edited but not compiled would never reach the screen.
    lrelease is deterministic, so compiling the .ts again must give the committed file byte for byte."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/i18n/update.sh to compile loket_en.qm"
