"""Entry point of the `loket` desktop app: open the database, sign in, show the main window."""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.core.errors import LoketError
from db.core.logs import configure_logging
from db.services import Services, open_services
from desktop import theme
from desktop.context import ChangeBridge, ScreenContext, SettingsBridge
from desktop.crash import install_excepthook, show_bug, show_refusal
from desktop.i18n import apply_language
from desktop.login import FirstRunDialog, LoginDialog
from desktop.main_window import MainWindow
from desktop.ops import Runner
from desktop.sync_ui import SyncScheduler

log = logging.getLogger("loket")


class AppController(QObject):
    """Walks the officer from first start or sign-in to the main window, and back on sign-out."""

    def __init__(self, services: Services, runner: Runner | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        if runner is None:
            runner = Runner(on_bug=show_bug, on_refused=show_refusal, parent=self)
            runner.guard_writes(services.database)  # from here on only the database worker writes
        self.runner = runner
        self.bridge = SettingsBridge(services, self)
        self.changes = ChangeBridge(services, self)
        self.window: MainWindow | None = None
        self.dialog = None
        self.daily_backup: DailyBackup | None = None
        self.sync_scheduler: SyncScheduler | None = None

    def start_background_jobs(self) -> None:
        """The daily backup and the daily sync while the app is open; the controller owns both, and each signed-in
        window's "Sinkronkan sekarang" runs the one scheduler."""
        self.daily_backup = DailyBackup(self.services, self.runner, self.show_status, self)
        self.daily_backup.start()
        self.sync_scheduler = SyncScheduler(self.services, self.runner, self.show_status, self)
        self.sync_scheduler.synced.connect(lambda: self.window is not None and self.window.statusBar().refresh())
        self.sync_scheduler.start()

    def show_status(self, text: str) -> None:
        log.info("status: %s", text)
        if self.window is not None:
            self.window.statusBar().showMessage(text, 60_000)

    def start(self) -> None:
        if self.services.accounts.has_users():
            settings = self.services.settings
            office = settings.get("office.short_name")
            counter = self.services.queue_views.counter_name(int(settings.get("counter.number")))
            self.dialog = LoginDialog(
                self.services, self.runner, office, counter_name=counter, logo=settings.get("office.logo")
            )
        else:
            self.dialog = FirstRunDialog(self.services, self.runner)
        self.dialog.accepted.connect(self._signed_in)
        self.dialog.rejected.connect(self._cancelled)
        self.dialog.show()
        log.info("window shown: %s", type(self.dialog).__name__)

    def _signed_in(self) -> None:
        user = self.dialog.user
        context = ScreenContext(self.services, self.runner, user, self.bridge, change_bridge=self.changes)
        self.window = MainWindow(context)
        self.window.sign_out_requested.connect(self._sign_out)
        if self.sync_scheduler is not None:
            self.window.sync_requested.connect(self.sync_scheduler.run_now)
        self.window.show()
        log.info("window shown: MainWindow for %s", user.username)

    def _cancelled(self) -> None:
        if self.window is None:
            QApplication.quit()

    def _sign_out(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()
        self.start()


class DailyBackup(QObject):
    """Once per calendar day while the app is open (SQLite only): at start when today's backup is missing, then checked
    hourly. Runs off the GUI thread; a failure is logged and shown in the status bar, never a crash."""

    CHECK_MS = 3_600_000

    def __init__(self, services: Services, runner: Runner, report, parent: QObject | None = None):
        super().__init__(parent)
        self.services, self.runner, self.report = services, runner, report
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        if self.services.database.file_path is not None:
            self.timer.start()
            self.check()

    def check(self) -> None:
        if self.running:
            return
        self.running = True
        services = self.services
        self.runner.run(
            services.backups.daily,
            self._done,
            self._failed,
            io=True,
            owner=self,
        )

    def _done(self, result) -> None:
        self.running = False
        if result is not None:
            self.report(self.tr("Cadangan harian dibuat: {name}").format(name=result.path.name))

    def _failed(self, message: str) -> None:
        self.running = False
        log.warning("daily backup failed: %s", message)
        self.report(self.tr("Cadangan harian: {reason}").format(reason=message))


def _public_window(services: Services, runner: Runner, kiosk: bool, survey: bool = False, groups: str | None = None):
    """The unattended windows of the hall: no sign-in, nothing an officer can change."""
    if survey:
        from desktop.survey import SurveyWindow

        return SurveyWindow(services, runner)
    if kiosk:
        from desktop.kiosk import KioskWindow

        return KioskWindow(services, runner)
    from desktop.announcer import Announcer, SpeakerSink
    from desktop.hall_display import HallDisplay

    shown = [code.strip().upper() for code in (groups or "").split(",") if code.strip()]
    return HallDisplay(services, runner, Announcer(SpeakerSink()), groups=shown or None)


class _IndonesianHelp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, prefix="Pemakaian: ")


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="loket",
        description="Loket: aplikasi front office pelayanan.",
        add_help=False,
        formatter_class=_IndonesianHelp,
    )
    options = parser.add_argument_group("pilihan")
    options.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
    options.add_argument(
        "--database-url", help="alamat basis data (bawaan: SQLite di folder data / LOKET_DATABASE_URL)"
    )
    mode = options.add_mutually_exclusive_group()
    mode.add_argument("--kiosk", action="store_true", help="anjungan ambil nomor antrian (layar penuh)")
    mode.add_argument("--display", action="store_true", help="layar ruang tunggu dengan panggilan suara")
    mode.add_argument("--survey", action="store_true", help="survei kepuasan masyarakat di tablet/layar sentuh")
    options.add_argument(
        "--groups", metavar="A,B", help="layar ruang tunggu: hanya grup antrian ini (beberapa layar, grup berbeda)"
    )
    options.add_argument("--windowed", action="store_true", help="anjungan/layar dalam jendela biasa (uji)")
    options.add_argument(
        "--self-test", action="store_true", help="uji mandiri pada folder data sementara, lalu keluar (0 = semua OK)"
    )
    known, qt_args = parser.parse_known_args(argv[1:])
    known.qt_args = qt_args
    return known


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = _parse_args(argv)
    if args.self_test:
        from desktop.self_test import run

        return run()
    configure_logging("loket")
    # Qt sees only what Loket does not use: on X11 it would take "--display" for its own "-display <X server>".
    app = QApplication.instance() or QApplication(argv[:1] + args.qt_args)
    app.setApplicationName("Loket")
    theme.apply(app)
    app.setQuitOnLastWindowClosed(True)
    install_excepthook()
    # Quit through the event queue: a signal that arrives before app.exec() starts must not be lost.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.quit))
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, app.quit))
    heartbeat = QTimer()  # lets Python run its signal handlers while Qt's loop is in C++
    heartbeat.start(300)
    heartbeat.timeout.connect(lambda: None)
    try:
        services = open_services(args.database_url)
        apply_language(services.settings.get("ui.language"))
    except LoketError as error:
        log.error("cannot open database: %s", error.message)
        box = QMessageBox(QMessageBox.Icon.Critical, "Loket", f"Loket tidak dapat dimulai.\n\n{error.message}")
        box.finished.connect(app.quit)
        box.show()
        app.exec()
        return 2
    controller = AppController(services)
    if args.kiosk or args.display or args.survey:
        window = _public_window(services, controller.runner, kiosk=args.kiosk, survey=args.survey, groups=args.groups)
        window.show() if args.windowed else theme.fill_screen(window)
        log.info("window shown: %s", type(window).__name__)
    else:
        controller.start()
    controller.start_background_jobs()
    code = app.exec()
    controller.runner.wait_idle()
    services.close()
    log.info("exit %s", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
