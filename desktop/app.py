"""Entry point of the `loket` desktop app: open the database, sign in, show the main window.

The sign-in window comes first: it is shown while the database layer loads and the database opens (migrations
included) on a helper thread, and its button waits until they are ready; nothing touches data before that.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.core.errors import LoketError
from db.core.logs import configure_logging
from desktop import theme
from desktop.context import ChangeBridge, ScreenContext, SettingsBridge
from desktop.crash import install_excepthook, show_bug, show_refusal
from desktop.i18n import apply_language
from desktop.login import FirstRunDialog, LoginDialog
from desktop.opening import run_with_progress
from desktop.ops import Runner

if TYPE_CHECKING:
    from db.services import Services
    from desktop.main_window import MainWindow
    from desktop.messages_ui import MessageScheduler
    from desktop.report_days import ReportDays
    from desktop.sync_ui import SyncScheduler

log = logging.getLogger("loket")

# The daily backup and the sync start this long after the sign-in window is up: its first seconds, and the memory
# it is measured by (bench/startup.py), belong to the officer signing in, not to zip files and httpx.
BACKGROUND_START_MS = 15_000


def window_shown(name: str) -> None:
    """Log that a window is up; with LOKET_REPORT_WINDOW_SHOWN set, also print one line once the event loop runs
    (the moment a person sees it), which is what bench/startup times."""
    log.info("window shown: %s", name)
    if os.environ.get("LOKET_REPORT_WINDOW_SHOWN"):
        QTimer.singleShot(0, lambda: print(f"loket-window-shown {name}", flush=True))


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
        self.message_scheduler: MessageScheduler | None = None
        self.report_days: ReportDays | None = None

    def start_background_jobs(self) -> None:
        """The daily backup, the daily sync, the messages to applicants and the report's days while the app is open;
        the controller owns them, and each signed-in window's "Sinkronkan sekarang" runs the one sync scheduler.
        Idempotent."""
        if self.daily_backup is not None:
            return
        from desktop.messages_ui import MessageScheduler
        from desktop.report_days import ReportDays
        from desktop.sync_ui import SyncScheduler  # not on the path to the sign-in window

        self.daily_backup = DailyBackup(self.services, self.runner, self.show_status, self)
        self.daily_backup.start()
        self.sync_scheduler = SyncScheduler(self.services, self.runner, self.show_status, self)
        self.sync_scheduler.synced.connect(self._refresh_status)
        self.sync_scheduler.start()
        self.message_scheduler = MessageScheduler(self.services, self.runner, self.changes, self.show_status, self)
        self.message_scheduler.start()
        self.report_days = ReportDays(self.services, self.runner, self)
        self.report_days.start()

    def stop_background_jobs(self) -> None:
        """At quit (or a test's end): no new sync, message run or report day; the one under way finishes."""
        for job in (self.daily_backup, self.sync_scheduler, self.message_scheduler, self.report_days):
            if job is not None:
                job.stop()

    def _refresh_status(self) -> None:
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.statusBar().refresh()

    def show_status(self, text: str) -> None:
        """A background job's word on the status bar; kept in the log only once the window is gone (a backup or a
        sync may finish after the officer closed it)."""
        log.info("status: %s", text)
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.statusBar().showMessage(text, 60_000)

    def start(self) -> None:
        if self.services.accounts.has_users():
            office, counter, logo = self._sign_in_heading()
            self.dialog = LoginDialog(self.services, self.runner, office, counter_name=counter, logo=logo)
        else:
            self.dialog = FirstRunDialog(self.services, self.runner)
        self.dialog.accepted.connect(self._signed_in)
        self.dialog.rejected.connect(self._cancelled)
        self.dialog.show()
        window_shown(type(self.dialog).__name__)

    def adopt(self, dialog) -> None:
        """Take over the sign-in window shown before the database was open; replaced by the right one when the
        database says otherwise (no account yet, or another language)."""
        wanted = LoginDialog if self.services.accounts.has_users() else FirstRunDialog
        if type(dialog) is not wanted:
            dialog.close()
            dialog.deleteLater()
            self.start()
            return
        self.dialog = dialog
        if isinstance(dialog, LoginDialog):
            dialog.set_office(*self._sign_in_heading())
        dialog.accepted.connect(self._signed_in)
        dialog.rejected.connect(self._cancelled)
        dialog.attach(self.services)

    def _sign_in_heading(self) -> tuple[str, str, str]:
        """The sign-in window's office name, this PC's counter and the office logo."""
        settings = self.services.settings
        counter = self.services.queue_views.counter_name(int(settings.get("counter.number")))
        return settings.get("office.short_name"), counter, settings.get("office.logo")

    def _signed_in(self) -> None:
        from desktop.main_window import MainWindow  # the screens load after the sign-in, not before it

        user = self.dialog.user
        context = ScreenContext(self.services, self.runner, user, self.bridge, change_bridge=self.changes)
        self.window = MainWindow(context)
        self.window.sign_out_requested.connect(self._sign_out)
        self.window.sync_requested.connect(self._sync_now)
        self.window.show()
        log.info("window shown: MainWindow for %s", user.username)

    def _sync_now(self) -> None:
        """Loket -> Sinkronkan sekarang, also in the seconds before the background jobs start by themselves."""
        self.start_background_jobs()
        self.sync_scheduler.run_now()

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

    def stop(self) -> None:
        """At quit: no further check; a backup under way finishes."""
        self.timer.stop()

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


def _wake_on_signals(app: QApplication) -> object:
    """Let Python run its signal handlers the moment a signal arrives while Qt's loop is in C++ (a polling timer made
    a SIGTERM wait up to its period): the C handler writes a byte to a socket Qt watches."""
    try:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
    except (OSError, ValueError):
        heartbeat = QTimer(app)  # no wake-up socket here: poll instead
        heartbeat.timeout.connect(lambda: None)
        heartbeat.start(200)
        return heartbeat
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: reader.recv(64))
    return notifier, reader, writer


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
    stop_requested: list[int] = []  # a signal while the database opens: Qt's main loop is not running yet

    def request_stop(*_args) -> None:
        stop_requested.append(1)
        QTimer.singleShot(0, app.quit)

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    wake = _wake_on_signals(app)  # noqa: F841 - kept alive for the life of the loop
    runner = Runner(on_bug=show_bug, on_refused=show_refusal)
    public = args.kiosk or args.display or args.survey
    early = None if public else _early_sign_in(runner, args.database_url)
    try:
        services = run_with_progress(lambda: _open_services(args.database_url))
        language = services.settings.get("ui.language")
        apply_language(language)
    except LoketError as error:
        if early is not None:
            early.close()
        log.error("cannot open database: %s", error.message)
        box = QMessageBox(QMessageBox.Icon.Critical, "Loket", f"Loket tidak dapat dimulai.\n\n{error.message}")
        box.finished.connect(app.quit)
        box.show()
        app.exec()
        return 2
    cancelled = early is not None and early.result() == early.DialogCode.Rejected and not early.isVisible()
    if stop_requested or cancelled:
        services.close()  # asked to stop, or "Keluar" pressed, while the database was still opening
        log.info("exit 0")
        return 0
    # The opening's own writes (migrations, the shipped catalog, the archive repair) are done, on the helper
    # thread; from here on only the database worker writes.
    runner.guard_writes(services.database)
    controller = AppController(services, runner)
    if public:
        window = _public_window(services, controller.runner, kiosk=args.kiosk, survey=args.survey, groups=args.groups)
        window.show() if args.windowed else theme.fill_screen(window)
        window_shown(type(window).__name__)
    elif language not in ("", "id"):
        early.close()  # the early window speaks Indonesian; this office reads another language
        early.deleteLater()
        controller.start()
    else:
        controller.adopt(early)
    if early is not None and os.environ.get("LOKET_REPORT_WINDOW_SHOWN"):
        QTimer.singleShot(0, lambda: print("loket-sign-in-ready", flush=True))  # the button works from here
    # The daily backup and the sync start once the first window has been up a while: not on the path to it.
    QTimer.singleShot(BACKGROUND_START_MS, controller.start_background_jobs)
    code = app.exec()
    controller.stop_background_jobs()  # a sync under way stops after its current batch; the backup finishes
    controller.runner.wait_idle()
    services.close()
    log.info("exit %s", code)
    return code


def _open_services(url: str | None) -> Services:
    from db.services import open_services  # on the helper thread: SQLAlchemy and the services load there

    return open_services(url)


def _early_sign_in(runner: Runner, url: str | None):
    """The sign-in window, shown before the database layer loads: the first-start dialog when this PC's database
    file does not exist yet, else the sign-in (AppController.adopt corrects the guess if need be)."""
    from db.core.paths import default_database_url

    target = url or default_database_url()
    first_start = target.startswith("sqlite:///") and not os.path.exists(target.removeprefix("sqlite:///"))
    dialog = FirstRunDialog(None, runner) if first_start else LoginDialog(None, runner, "")
    dialog.show()
    window_shown(type(dialog).__name__)
    return dialog


def launch() -> None:
    """The `loket` program: main(), then leave without tearing down the interpreter. By then the database is closed
    and the log flushed; Python's orderly teardown of Qt and every module only made quitting take 0.2-0.3 s more."""
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    launch()
