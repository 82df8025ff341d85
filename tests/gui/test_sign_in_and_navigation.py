from PySide6.QtWidgets import QDialogButtonBox

from db.models import Role
from desktop.app import AppController
from desktop.login import FirstRunDialog, LoginDialog
from tests.gui.conftest import make_clerk


def press_ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_start_creates_the_administrator_and_opens_the_main_window(qtbot, sqlite_services, runner):
    controller = AppController(sqlite_services, runner)
    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FirstRunDialog)
    dialog.full_name.setText("Admin Kantor")
    dialog.password.setText("rahasia-123")
    dialog.confirm.setText("rahasia-124")
    press_ok(dialog)
    assert "tidak sama" in dialog.banner.text()
    dialog.confirm.setText("rahasia-123")
    press_ok(dialog)
    qtbot.waitUntil(lambda: controller.window is not None)
    window = controller.window
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    from desktop.navigation import screens_for

    expected = [entry.title() for entry in screens_for(Role.ADMINISTRATOR)]
    assert titles == expected and titles[0] == "Beranda" and titles[-1] == "Pengaturan"
    assert {"Antrian", "Ambil Antrian", "Pendaftaran Berkas", "Permohonan", "Penyerahan", "Katalog Layanan"} <= set(
        titles
    )
    for row, key in enumerate(window.screens):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is window.screens[key]
    qtbot.waitUntil(lambda: "DPMPTSP Kabupaten Balangan" in window.statusBar().office.text())
    assert "Admin Kantor" in window.statusBar().user.text()
    qtbot.waitUntil(lambda: "tersambung" in window.statusBar().database.text())
    qtbot.waitUntil(lambda: "belum diatur" in window.statusBar().printer.text())
    assert "BERSAHA" in window.screens["home"].pledge.text()


def test_wrong_password_is_explained_and_the_right_one_signs_in(qtbot, sqlite_services, runner, admin_user):
    controller = AppController(sqlite_services, runner)
    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, LoginDialog)
    dialog.username.setText("admin")
    dialog.password.setText("keliru-sekali")
    press_ok(dialog)
    qtbot.waitUntil(lambda: "Sisa percobaan" in dialog.banner.text())
    assert dialog.password.text() == ""
    dialog.password.setText("rahasia-123")
    press_ok(dialog)
    qtbot.waitUntil(lambda: controller.window is not None)
    qtbot.addWidget(controller.window)


def test_the_signed_in_window_syncs_through_the_controllers_own_scheduler(qtbot, sqlite_services, runner, admin_user):
    controller = AppController(sqlite_services, runner)
    controller.start_background_jobs()
    assert controller.sync_scheduler is not None and controller.daily_backup is not None
    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("rahasia-123")
    press_ok(dialog)
    qtbot.waitUntil(lambda: controller.window is not None)
    window = controller.window
    qtbot.addWidget(window)
    window.sync_requested.emit()  # the menu action "Sinkronkan sekarang"
    qtbot.waitUntil(lambda: "Sinkronisasi gagal" in window.statusBar().currentMessage())
    assert "belum terdaftar" in window.statusBar().currentMessage()
    controller.stop_background_jobs()  # as at quit: nothing of this test's jobs outlives its runner
    qtbot.waitUntil(lambda: not controller.report_days.busy, timeout=10_000)


def test_front_office_clerk_sees_no_settings(qtbot, sqlite_services, runner, admin_user):
    make_clerk(sqlite_services, admin_user)
    controller = AppController(sqlite_services, runner)
    controller.start()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    dialog.username.setText("budi")
    dialog.password.setText("sandi-budi-1")
    press_ok(dialog)
    qtbot.waitUntil(lambda: controller.window is not None)
    window = controller.window
    qtbot.addWidget(window)
    assert "settings" not in window.screens and {"queue", "intake", "catalog"} <= set(window.screens)
    assert window.context.user.role == Role.PETUGAS_LOKET


def test_menus_show_their_shortcuts(qtbot, screen_context):
    from desktop.main_window import MainWindow

    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    shortcuts = window.shortcuts_text()
    for expected in ["Ctrl+1\tBeranda", "Ctrl+2\tAntrian", "Ctrl+9\t", "Ctrl+L", "Ctrl+Q\tKeluar", "F1"]:
        assert expected in shortcuts
    window.show_screen("settings")
    assert window.stack.currentWidget() is window.screens["settings"]


def test_screens_are_built_when_first_opened(qtbot, screen_context):
    from desktop.main_window import MainWindow

    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    assert [key for key in window.screens if window.screens.is_built(key)] == ["home"]
    window.navigation.setCurrentRow(list(window.screens).index("queue"))
    assert window.screens.is_built("queue") and window.stack.currentWidget() is window.screens["queue"]
    assert not window.screens.is_built("reports")


def test_the_sign_in_window_comes_before_the_database_and_works_once_adopted(
    qtbot, sqlite_services, runner, admin_user, sqlite_url
):
    from desktop.app import _early_sign_in

    dialog = _early_sign_in(runner, sqlite_url)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert isinstance(dialog, LoginDialog) and not ok.isEnabled() and "Menyiapkan" in dialog.banner.text()
    dialog.username.setText("admin")  # typing can start while the database opens
    controller = AppController(sqlite_services, runner)
    controller.adopt(dialog)
    assert controller.dialog is dialog and ok.isEnabled() and "DPMPTSP" in dialog.heading.text()
    dialog.password.setText("rahasia-123")
    press_ok(dialog)
    qtbot.waitUntil(lambda: controller.window is not None)
    qtbot.addWidget(controller.window)


def test_a_wrong_early_guess_is_replaced_by_the_right_dialog(qtbot, sqlite_services, runner, admin_user, tmp_path):
    from desktop.app import _early_sign_in

    dialog = _early_sign_in(runner, f"sqlite:///{tmp_path / 'belum-ada.db'}")
    assert isinstance(dialog, FirstRunDialog)
    controller = AppController(sqlite_services, runner)
    controller.adopt(dialog)  # this database already has its administrator
    qtbot.addWidget(controller.dialog)
    assert isinstance(controller.dialog, LoginDialog) and controller.dialog is not dialog
