"""A long status text (a printer's file path, an error) must not widen the main window past a 1366-pixel screen."""

from __future__ import annotations

from desktop.status_bar import ElidedLabel


def test_a_long_status_text_is_shortened_not_widening_its_window(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    long_text = "Printer: siap (berkas " + "/sangat/panjang" * 40 + "/printer-termal.bin)"
    label.setText(long_text)
    label.resize(300, 20)
    assert label.minimumSizeHint().width() <= 40
    assert label.text() == long_text and label.toolTip() == long_text
    shown = super(ElidedLabel, label).text()
    assert shown != long_text and "…" in shown
