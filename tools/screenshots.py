"""Photograph the public and counter windows on the X server in $DISPLAY (run by scripts/screenshots under Xvfb).

A fresh data folder ($LOKET_HOME) gets a small morning of tickets through the real services; then the sign-in window
(after a wrong password), the kiosk (before and after a touch), the survey tablet, the counter screen in each state
(closed, called, serving, open, after a no-show with its undo, paused) and the hall display (calls running, then
idle) are shown full screen and photographed with ImageMagick's `import -window root` (Qt's own screen grab when
ImageMagick is absent). Prints one line per picture.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from db.core.actor import Actor
from db.models import Role
from db.services import Services, open_services
from desktop import theme
from desktop.announcer import Announcer, SilentSink
from desktop.context import ScreenContext, SettingsBridge
from desktop.hall_display import AnnouncedCalls, HallDisplay
from desktop.i18n import apply_language
from desktop.kiosk import KioskWindow
from desktop.login import LoginDialog
from desktop.main_window import MainWindow
from desktop.ops import Runner
from desktop.survey import SurveyWindow


def settle(milliseconds: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_until(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the window did not reach the state to photograph")
        settle(100)


class Camera:
    def __init__(self, folder: Path, size: str):
        self.folder, self.size = folder, size
        folder.mkdir(parents=True, exist_ok=True)

    def shoot(self, name: str, window: QWidget) -> Path:
        settle(900)  # the first paints of a full-screen window on X arrive in several passes
        path = self.folder / f"{name}-{self.size}.png"
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], check=True, timeout=30)
        else:
            window.screen().grabWindow(0).save(str(path))
        print(path)
        return path


def morning(services: Services) -> dict[int, Actor]:
    """A hall at mid-morning: counters 2 and 3 busy, people waiting in every group, one priority visitor."""
    kiosk = Actor("kiosk", services.device_id)
    visitors = [(group, None) for group in "AAAABBBCCD"] + [("A", "lansia"), ("B", "disabilitas")]
    for group, priority in visitors:
        services.queue.issue(kiosk, group, priority=priority)
    officers = {n: Actor(f"petugas{n}", services.device_id, role=Role.PETUGAS_LOKET, counter_number=n) for n in (2, 3)}
    services.queue.call_next(officers[2], 2)
    services.queue.start_serving(officers[2], 2)
    services.queue.call_next(officers[3], 3)
    return officers


def main(folder: str, size: str) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Loket")
    theme.apply(app)
    apply_language("id")
    services = open_services(None)
    runner = Runner(on_bug=lambda error, details: print(details, file=sys.stderr), on_refused=print)
    admin = services.accounts.create_first_administrator("admin", "Admin Kantor", "rahasia-123", services.device_id)
    admin_actor = Actor("admin", services.device_id, admin.id, role=Role.ADMINISTRATOR)
    thermal = Path(folder) / "printer.bin"
    services.settings.set_many(admin_actor, {"printer.thermal.kind": "file", "printer.thermal.target": str(thermal)})
    clerk = services.accounts.add_user(admin_actor, "sari", "Sari Wulandari", Role.PETUGAS_LOKET, "sandi-sari-1")
    camera = Camera(Path(folder), size)
    officers = morning(services)
    public_windows(services, runner, camera)
    counter_states(services, runner, camera, clerk)
    if os.environ.get("LOKET_SCREENSHOTS_ALL"):  # every screen of the administrator's side list, as it opens
        every_screen(services, runner, camera, admin)
    hall(services, runner, camera, Path(folder), officers)
    runner.wait_idle()
    services.close()
    QCoreApplication.processEvents()
    return 0


def public_windows(services: Services, runner: Runner, camera: Camera) -> None:
    """The sign-in after a wrong password, the kiosk before and after a touch, the survey tablet."""
    login = LoginDialog(services, runner, "DPMPTSP Kabupaten Balangan", counter_name="Loket 1")
    login.show()
    login.username.setText("sari")
    login.password.setText("salah-sandi")
    login.submit()
    wait_until(lambda: "Sisa percobaan" in login.banner.text())
    camera.shoot("masuk", login)
    login.close()

    kiosk = KioskWindow(services, runner)
    theme.fill_screen(kiosk)
    wait_until(lambda: "A" in kiosk.group_buttons)
    camera.shoot("kiosk", kiosk)
    kiosk.findChild(QWidget, "priority_lansia").click()
    kiosk.take("A")
    wait_until(lambda: kiosk.number.text() and kiosk.reset_timer.isActive())
    camera.shoot("kiosk-nomor", kiosk)
    kiosk.close()

    survey = SurveyWindow(services, runner)
    theme.fill_screen(survey)
    wait_until(lambda: survey.service_list.count() > 100)
    camera.shoot("survei", survey)
    survey.picker.search.setText("izin usaha")
    camera.shoot("survei-cari", survey)
    survey.close()


def counter_states(services: Services, runner: Runner, camera: Camera, clerk) -> None:
    """The counter screen closed, called, serving, open, after a no-show (with its undo) and paused."""
    context = ScreenContext(services, runner, clerk, SettingsBridge(services), counter_number=1)
    window = MainWindow(context)
    theme.fill_screen(window)
    queue = window.show_screen("queue")
    wait_until(lambda: queue.card.state == "closed")
    camera.shoot("loket-tutup", window)
    for action, state, name in [
        (queue.call, "called", "loket-dipanggil"),
        (queue.start, "serving", "loket-dilayani"),
        (queue.finish, "open", "loket-terbuka"),
    ]:
        action()
        wait_until(lambda s=state: queue.card.state == s)
        camera.shoot(name, window)
    queue.call()
    wait_until(lambda: queue.card.state == "called")
    queue.no_show()
    wait_until(lambda: queue.undo_button.isVisible())
    camera.shoot("loket-tidak-hadir-batalkan", window)
    queue.undo()
    wait_until(lambda: queue.card.state == "called")
    queue.finish()
    wait_until(lambda: queue.card.state == "open")
    queue.toggle_pause()
    wait_until(lambda: queue.card.state == "paused")
    camera.shoot("loket-istirahat", window)
    queue.call()
    wait_until(lambda: queue.card.state == "called")
    window.close()


def every_screen(services: Services, runner: Runner, camera: Camera, admin) -> None:
    admin_window = MainWindow(ScreenContext(services, runner, admin, SettingsBridge(services), counter_number=1))
    theme.fill_screen(admin_window)
    for key in list(admin_window.screens):
        admin_window.show_screen(key)
        camera.shoot(f"layar-{key}", admin_window)
    admin_window.close()


def hall(services: Services, runner: Runner, camera: Camera, folder: Path, officers: dict[int, Actor]) -> None:
    """The hall display with calls running, then idle once every counter has closed."""
    display = HallDisplay(services, runner, Announcer(SilentSink(0.01)), AnnouncedCalls(folder / "calls.json"))
    theme.fill_screen(display)
    wait_until(lambda: display.calling_number.isVisible() and display.recent.count() > 0)
    camera.shoot("layar-aula", display)
    for number, officer in [(1, Actor("sari", services.device_id, role=Role.PETUGAS_LOKET)), *officers.items()]:
        services.queue.close_counter(officer, number)
    wait_until(lambda: display.calling_number.isHidden())
    camera.shoot("layar-aula-kosong", display)
    display.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
