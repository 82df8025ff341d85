"""The first-start dialog (create the administrator) and the sign-in dialog."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.logo import OfficeLogo
from desktop.ops import Runner
from desktop.widgets import MessageBanner

if TYPE_CHECKING:  # the dialog is shown before the database layer has loaded (desktop/app.py)
    from db.accounts.service import UserInfo
    from db.services import Services


class _AccountDialog(QDialog):
    """Built with services, or without them while the database is still being opened: then its button waits
    until attach() hands them over (the window is up at once, the typing can start)."""

    def __init__(self, services: Services | None, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.user: UserInfo | None = None
        self.form = QFormLayout()
        self.banner = MessageBanner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.logo = OfficeLogo(round(64 * theme.scale(self)))
        top = QHBoxLayout()
        top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)
        self.setMinimumWidth(round(460 * theme.scale(self)))
        layout = QVBoxLayout(self)
        # The dialog grows with a long message (wrong password, lockout) instead of cutting its last words.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        if services is None:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.banner.show_info(self.tr("Menyiapkan basis data..."))

    def attach(self, services: Services) -> None:
        """The database is open: the dialog can do its work."""
        self.services = services
        self.banner.clear_message()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _set_waiting(self, waiting: bool) -> None:
        self.buttons.setEnabled(not waiting)

    def _succeeded(self, user: UserInfo) -> None:
        self._set_waiting(False)
        self.user = user
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_waiting(False)
        self.banner.show_error(message)
        self.adjustSize()


class LoginDialog(_AccountDialog):
    def __init__(
        self,
        services: Services | None,
        runner: Runner,
        office_name: str,
        parent: QWidget | None = None,
        counter_name: str = "",
        logo: str = "",
    ):
        super().__init__(services, runner, parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Masuk - Loket"))
        self.set_office(office_name, counter_name, logo)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = self._password_field()
        self.password.setObjectName("password")
        self.form.addRow(self.tr("&Nama pengguna"), self.username)
        self.form.addRow(self.tr("&Kata sandi"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))

    def set_office(self, office_name: str, counter_name: str = "", logo: str = "") -> None:
        """The office, this PC's counter and the logo (the early window, shown before the database is open, gets
        them once it is)."""
        self.logo.show_office(logo, office_name)
        where = f"<br><span style='font-size:large'>{html.escape(counter_name)}</span>" if counter_name else ""
        self.heading.setText(
            self.tr("<b>{office}</b>{counter}<br>Masuk dengan akun petugas Anda.").format(
                office=html.escape(office_name), counter=where
            )
        )

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username or not password:
            self.banner.show_error(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self._set_waiting(True)
        device = self.services.device_id
        self.runner.run(
            lambda: self.services.accounts.authenticate(username, password, device),
            self._succeeded,
            self._wrong,
            owner=self,
        )

    def _wrong(self, message: str) -> None:
        self._failed(message)
        self.password.clear()
        self.password.setFocus()


class FirstRunDialog(_AccountDialog):
    """Shown once, while the database holds no account: creates the first administrator."""

    def __init__(self, services: Services | None, runner: Runner, parent: QWidget | None = None):
        super().__init__(services, runner, parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Penyiapan Loket"))
        self.heading.setText(
            self.tr(
                "<b>Selamat datang di Loket.</b><br>Buat akun administrator pertama. Administrator mengatur "
                "kantor, loket, printer dan akun petugas lain."
            )
        )
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = self._password_field()
        self.password.setObjectName("password")
        self.confirm = self._password_field()
        self.confirm.setObjectName("confirm")
        self.form.addRow(self.tr("&Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama &lengkap"), self.full_name)
        self.form.addRow(self.tr("&Kata sandi (min. 8)"), self.password)
        self.form.addRow(self.tr("&Ulangi kata sandi"), self.confirm)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat administrator"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        self.full_name.setFocus()

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.banner.show_error(self.tr("Kedua kata sandi tidak sama."))
            return
        username, full_name, password = self.username.text(), self.full_name.text(), self.password.text()
        device = self.services.device_id
        self._set_waiting(True)
        self.runner.run(
            lambda: self.services.accounts.create_first_administrator(username, full_name, password, device),
            self._succeeded,
            self._failed,
            owner=self,
        )
