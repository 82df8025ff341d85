"""The faults found in a day at the counter (issue 15), each shown gone."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton, QWidget

from db.core.actor import Actor
from db.models import Role
from desktop import shortcuts
from desktop.announcer import Announcer, SilentSink
from desktop.app import _parse_args
from desktop.charts import BarChart, nice_axis, short_label
from desktop.hall_display import AnnouncedCalls, HallDisplay
from desktop.i18n import apply_language
from desktop.kiosk import KioskWindow
from desktop.login import LoginDialog
from desktop.main_window import MainWindow
from desktop.navigation import screens_for
from desktop.screens.queue_screen import QueueScreen

QTBASE_ID = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "qtbase_id.ts"


def officer(counter):
    return Actor("budi", "pc", role=Role.PETUGAS_LOKET, counter_number=counter)


@pytest.fixture
def indonesian():
    apply_language("id")
    yield
    apply_language("id")


@pytest.fixture
def display(qtbot, sqlite_services, runner, loket_home):
    shown = HallDisplay(sqlite_services, runner, Announcer(SilentSink(0.01)), AnnouncedCalls(loket_home / "a.json"))
    qtbot.addWidget(shown)
    return shown


def test_the_hall_forgets_the_call_of_a_closed_counter_and_idles_with_the_logo(qtbot, sqlite_services, display):
    sqlite_services.queue.issue(officer(None), "A")
    sqlite_services.queue.call_next(officer(1), 1)
    qtbot.waitUntil(lambda: display.calling_number.text() == "A-001", timeout=5000)
    sqlite_services.queue.close_counter(officer(1), 1)
    qtbot.waitUntil(lambda: display.calling_number.isHidden(), timeout=5000)
    assert display.calling_number.text() == "" and "—" not in display.calling_counter.text()
    assert display.call_heading.text() == "SELAMAT DATANG"
    assert not display.idle_logo.pixmap().isNull() and not display.logo.pixmap().isNull()
    assert display.recent.count() == 0


def test_the_hall_sends_a_transferred_ticket_to_its_new_counter(qtbot, sqlite_services, display):
    sqlite_services.queue.issue(officer(None), "A")
    sqlite_services.queue.call_next(officer(1), 1)
    sqlite_services.queue.transfer(officer(1), 1, to_counter=3)
    qtbot.waitUntil(lambda: display.recent.count() == 1 and "Loket 3" in display.recent.item(0).text(), timeout=5000)
    assert "Loket 1" not in display.recent.item(0).text() and display.calling_number.isHidden()


def test_qt_standard_buttons_and_file_dialog_speak_indonesian(qtbot, indonesian):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    dialog = QFileDialog(None, "Simpan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Lihat di:" in texts and "&Nama berkas:" in texts
    assert not {"&Look in:", "File &name:"} & texts


def test_every_indonesian_qt_text_is_one_qt_really_uses():
    """A source text Qt does not use would never show: check each against a translation Qt ships."""
    german = QTranslator()
    assert german.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    unknown = [
        (context.find("name").text, message.find("source").text)
        for context in ET.parse(QTBASE_ID).iter("context")
        for message in context.iter("message")
        if not german.translate(context.find("name").text, message.find("source").text)
    ]
    assert unknown == []


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_mnemonic(qtbot, sqlite_services, runner, screen_context):
    kiosk = KioskWindow(sqlite_services, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: "C" in kiosk.group_buttons)
    assert kiosk.group_buttons["C"].text().endswith("Informasi && Pengaduan")
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    menu_texts = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "Informasi && Konsultasi" in menu_texts
    assert "Informasi & Konsultasi" in window.shortcuts_text()


def test_loket_help_is_indonesian(capsys):
    with pytest.raises(SystemExit):
        _parse_args(["loket", "--help"])
    text = capsys.readouterr().out
    assert text.startswith("Pemakaian: loket") and "tampilkan bantuan ini" in text
    assert "usage" not in text and "show this help" not in text and "options:" not in text


def test_f1_lists_every_key_of_every_screen(qtbot, screen_context):
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    text = window.shortcuts_text()
    for key in ["F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "Ctrl+Enter", "Ctrl+Shift+A", "Ctrl+N", "Ctrl+R"]:
        assert f"\n{key}\t" in text, key
    # The table cannot drift from the screens: every QShortcut a screen creates is listed for that screen.
    table = shortcuts.screen_shortcuts()
    for key, screen in window.screens.items():
        created = {s.key().toString() for s in screen.findChildren(QShortcut) if not s.key().isEmpty()}
        listed = {k for k, _ in table.get(key, [])}
        assert created <= listed, (key, created - listed)


def test_no_show_and_close_can_be_undone_from_the_counter(qtbot, screen_context, sqlite_services):
    sqlite_services.queue.issue(officer(None), "A")
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    screen.call()
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-001")
    screen.no_show()
    qtbot.waitUntil(lambda: screen.undo_button.isVisibleTo(screen))
    assert "Batalkan" in screen.undo_button.text()
    screen.undo()
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-001" and screen.card.state == "called")
    screen.close()
    qtbot.waitUntil(lambda: screen.card.state == "closed" and screen.undo_button.isVisibleTo(screen))
    screen.undo()
    qtbot.waitUntil(lambda: screen.card.state == "called" and screen.ticket.text() == "A-001")


def test_the_counter_calls_a_number_typed_in_lower_case(qtbot, screen_context, sqlite_services):
    for _ in range(3):
        sqlite_services.queue.issue(officer(None), "A")
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    screen.call_label("a3")
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-003")


def test_a_message_does_not_move_the_counter_buttons(qtbot, screen_context):
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    screen.resize(1100, 650)
    screen.show()
    qtbot.waitExposed(screen)
    before = screen.buttons["call"].mapTo(screen, screen.buttons["call"].rect().topLeft())
    screen.banner.show_error("Loket 1 masih menangani A-001. Selesaikan, tandai tidak hadir atau alihkan dulu.")
    qtbot.wait(50)
    assert screen.buttons["call"].mapTo(screen, screen.buttons["call"].rect().topLeft()) == before


def test_the_sign_in_error_and_the_lockout_are_shown_whole(qtbot, sqlite_services, runner, admin_user):
    dialog = LoginDialog(sqlite_services, runner, "DPMPTSP Kabupaten Balangan", counter_name="Loket 1")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Loket 1" in dialog.heading.text()
    banner = dialog.banner
    for attempt in range(6):  # five wrong passwords lock the account; the sixth attempt is told how long
        dialog.username.setText("admin")
        dialog.password.setText("salah-sekali")
        shown = banner.text()
        dialog.submit()
        qtbot.waitUntil(lambda before=shown, n=attempt: banner.text() != before or n == 5 and "kunci" in banner.text())
        qtbot.waitUntil(lambda: banner.height() >= banner.heightForWidth(banner.width()))
    assert "kunci" in banner.text()


def test_english_mode_translates_the_priority_rule(qtbot, screen_context):
    apply_language("en")
    try:
        screen = QueueScreen(screen_context)
        qtbot.addWidget(screen)
        qtbot.waitUntil(lambda: "3" in screen.rule.text())
        assert "Priority" in screen.rule.text() and "didahulukan" not in screen.rule.text()
    finally:
        apply_language("id")


def test_counter_buttons_show_their_key(qtbot, screen_context):
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    for name, key, _icon in QueueScreen.ACTIONS:
        assert screen.findChild(QPushButton, name).text().startswith(key)
    assert screen.buttons["call"].property("role") == "primary"
    assert Qt.Key.Key_F2  # the keys themselves are exercised in test_queue_screens


@pytest.mark.parametrize(
    ("top", "expected"),
    [(3, (3, 3)), (4.2, (5, 5)), (42, (50, 5)), (9, (10, 5)), (0, (1, 1)), (170, (200, 4)), (1, (1, 1))],
)
def test_count_axes_have_whole_round_ticks(top, expected):
    upper, intervals = nice_axis(top)
    assert (upper, intervals) == expected
    assert (upper / intervals).is_integer()


def test_the_sla_chart_names_its_services_and_the_axis_ticks_are_whole(qtbot):
    chart = BarChart("SLA", horizontal=True)
    qtbot.addWidget(chart)
    name = short_label("DPM-007 Izin Usaha Penyediaan Tenaga Listrik untuk Kepentingan Umum")
    assert (
        name.endswith("…")
        and "Kepentingan" not in name
        and name[:-1].split()[-1] in "DPM-007 Izin Usaha Penyediaan Tenaga Listrik untuk".split()
    )
    counts = BarChart("Tiket per jam")
    qtbot.addWidget(counts)
    counts.set_data(["09", "10"], [("Tiket", [3, 42])])
    assert (counts.value_axis.max(), counts.value_axis.tickCount()) == (50, 6)


def test_english_mode_translates_the_printer_state(qtbot, tmp_path):
    from printing.config import ThermalConfig
    from printing.status import probe

    state = probe(ThermalConfig(kind="file", target=str(tmp_path / "printer.bin")))
    assert state.text.startswith("siap")
    apply_language("en")
    try:
        from desktop.printer_text import printer_text

        assert printer_text(state).startswith("ready (")
    finally:
        apply_language("id")


def test_home_shows_the_signed_in_persons_day(qtbot, screen_context, sqlite_services):
    from desktop.screens.home_screen import HomeScreen

    me = Actor("admin", "pc", role=Role.ADMINISTRATOR, counter_number=2)
    for _ in range(3):
        sqlite_services.queue.issue(officer(None), "A")
    for finish in (sqlite_services.queue.finish, sqlite_services.queue.finish, sqlite_services.queue.no_show):
        sqlite_services.queue.call_next(me, 2)
        finish(me, 2)
    home = HomeScreen(screen_context)
    qtbot.addWidget(home)
    figures = home.day.figures
    qtbot.waitUntil(lambda: figures["served"].text() == "2")
    assert (figures["no_shows"].text(), figures["counter"].text()) == ("1", "2")


def test_the_complaints_list_wraps_instead_of_cutting(qtbot, screen_context):
    from desktop.screens.complaints_screen import ComplaintsScreen

    screen = ComplaintsScreen(screen_context)
    qtbot.addWidget(screen)
    assert screen.table.wordWrap() and screen.table.textElideMode() == Qt.TextElideMode.ElideNone
    assert screen.detail.lineWrapMode() != screen.detail.LineWrapMode.NoWrap


def test_indonesian_qt_texts_leave_shortcut_keys_parseable(indonesian):
    from PySide6.QtGui import QKeySequence

    assert QKeySequence("Ctrl+Return") == QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return)
    assert QKeySequence("Ctrl+Shift+A") == QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_A)


def test_a_hall_display_can_be_given_its_groups_and_qt_never_sees_loket_options():
    args = _parse_args(["loket", "--display", "--groups", "A,B", "-style", "fusion"])
    assert args.display and args.groups == "A,B"
    assert args.qt_args == ["-style", "fusion"]  # "--display" is not passed on: Qt would take it for an X display


def test_f10_pauses_the_counter_and_the_hall_shows_it(qtbot, screen_context, sqlite_services, display):
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    screen.call()  # opens the counter (nobody waits)
    qtbot.waitUntil(lambda: screen.card.state == "open")
    screen.toggle_pause()
    qtbot.waitUntil(lambda: screen.card.state == "paused" and "Lanjut" in screen.pause_button.text())
    qtbot.waitUntil(lambda: display.tiles and display.tiles[0].ticket.text() == "Istirahat", timeout=5000)
    screen.toggle_pause()
    qtbot.waitUntil(lambda: screen.card.state == "open")


def test_the_handover_list_wraps_long_lines(qtbot, screen_context):
    from desktop.screens.handover_screen import HandoverScreen

    screen = HandoverScreen(screen_context)
    qtbot.addWidget(screen)
    assert screen.results.wordWrap()


def test_the_hall_names_a_counter_as_its_slips_do(qtbot, sqlite_services, display):
    admin = Actor("admin", "pc", role=Role.ADMINISTRATOR)
    counter = next(c for c in sqlite_services.queue_setup.counters() if c.number == 3)
    sqlite_services.queue_setup.save_counter(admin, 3, "Meja Informasi", list(counter.group_codes), False, True)
    sqlite_services.queue.issue(officer(None), "C")
    sqlite_services.queue.call_next(officer(3), 3)
    qtbot.waitUntil(lambda: display.calling_number.text() == "C-001", timeout=5000)
    assert display.calling_counter.text() == "Silakan ke Meja Informasi"
    assert "Meja Informasi" in display.recent.item(0).text()


def test_a_message_does_not_move_the_intake_buttons(qtbot, screen_context):
    from desktop.screens.intake_screen import IntakeScreen

    screen = IntakeScreen(screen_context)
    qtbot.addWidget(screen)
    screen.resize(1100, 650)
    screen.show()
    qtbot.waitExposed(screen)
    buttons = [b for b in screen.findChildren(QPushButton) if b.isVisible()]
    before = [b.mapTo(screen, b.rect().topLeft()) for b in buttons]
    screen.banner.show_error("Pilih pemohon dan layanan lebih dulu. " * 3)
    qtbot.wait(50)
    assert [b.mapTo(screen, b.rect().topLeft()) for b in buttons] == before


def test_the_kiosk_has_coloured_groups_with_icons_and_pictograms_for_priority(qtbot, sqlite_services, runner):
    kiosk = KioskWindow(sqlite_services, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: len(kiosk.group_buttons) == 4)
    colours = {button.styleSheet().split("background: ")[1][:7] for button in kiosk.group_buttons.values()}
    assert len(colours) == 4  # one colour per group
    assert all(not button.icon().isNull() for button in kiosk.group_buttons.values())
    assert all(not button.icon().isNull() for button in kiosk.priority_buttons.buttons())
    assert kiosk.number.font().pointSizeF() >= 100 and not kiosk.logo.pixmap().isNull()


def test_the_counter_screen_names_the_counter_as_slips_and_the_hall_do(qtbot, screen_context, sqlite_services):
    admin = Actor("admin", "pc", role=Role.ADMINISTRATOR)
    sqlite_services.queue_setup.save_counter(admin, 1, "Loket 1 Pendaftaran", ["A", "B"], False, True)
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.heading.text() == "Loket 1 Pendaftaran")
    hall = sqlite_services.queue_views.hall_state()
    assert next(t.name for t in hall.counters if t.number == 1) == "Loket 1 Pendaftaran"


def test_a_new_call_blinks_then_stays(qtbot, sqlite_services, display):
    sqlite_services.queue.issue(officer(None), "A")
    sqlite_services.queue.call_next(officer(1), 1)
    qtbot.waitUntil(lambda: display.calling_number.text() == "A-001", timeout=5000)
    assert display.blink_timer.isActive()
    display.blink_timer.setInterval(1)
    qtbot.waitUntil(lambda: not display.blink_timer.isActive())
    assert display.calling_number.styleSheet() == ""


def test_f1_opens_a_scrolling_list_that_fits_the_counter_pc(qtbot, screen_context):
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768 and "Ctrl+Shift+A" in dialog.findChild(QWidget, "shortcuts").toPlainText()
    dialog.close()


def test_a_long_running_text_never_widens_the_hall_display(qtbot, sqlite_services, display):
    display.resize(1366, 768)
    display.show()
    qtbot.waitUntil(lambda: len(display.running_text) > 100, timeout=5000)  # the motto and the whole pledge
    qtbot.wait(300)  # a few marquee steps
    assert display.minimumSizeHint().width() <= 1366 and display.width() == 1366


def test_every_screen_fits_a_1366_by_768_counter_screen(qtbot, screen_context):
    """The common counter PC screen: no screen may make the main window wider or taller than it (a too-tall
    settings form once cut the buttons off; the rekomendasi row once pushed the intake screen past the right edge)."""
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    window.show()
    for entry in screens_for(screen_context.user.role):  # the administrator's: every screen
        screen = window.show_screen(entry.key)
        key = entry.key
        if key == "intake":
            screen.recommendation_box.show()
            screen.proxy.setChecked(True)
    needed = window.minimumSizeHint()
    assert needed.width() <= 1366 and needed.height() <= 768 - 30, (needed.width(), needed.height())  # title bar


def test_type_grows_with_the_screen_only_as_far_as_both_sides_allow():
    from desktop.theme import scale_for

    assert scale_for(1366, 768) == 1.0 and scale_for(1366, 900) == 1.0  # taller, not wider: the same type
    assert scale_for(1920, 1080) == pytest.approx(1.405, abs=0.01)
    assert scale_for(1280, 1024) == 1.0 and scale_for(3840, 2160) == 2.5
