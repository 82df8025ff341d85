"""Beranda: the office's identity and pledge as the public sees them, and the officer's own account."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.context import ScreenContext
from desktop.roles import role_label
from desktop.screens.home_day import DayAtAGlance
from desktop.widgets import FormDialog


class ChangePasswordDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah kata sandi"), parent)
        self.old, self.new, self.confirm = QLineEdit(), QLineEdit(), QLineEdit()
        for name, field, label in [
            ("old", self.old, self.tr("Kata sandi &lama")),
            ("new", self.new, self.tr("Kata sandi &baru")),
            ("confirm", self.confirm, self.tr("&Ulangi kata sandi baru")),
        ]:
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            self.form.addRow(label, field)


class HomeScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home_screen")
        self.context = context
        self.office = QLabel()
        self.office.setObjectName("office_identity")
        self.office.setWordWrap(True)
        self.pledge = QLabel()
        self.pledge.setWordWrap(True)
        user = context.user
        account = QGroupBox(self.tr("Akun saya"))
        account_layout = QVBoxLayout(account)
        account_layout.addWidget(QLabel(f"<b>{user.full_name}</b> ({user.username}) - {role_label(user.role)}"))
        change = QPushButton(self.tr("Ubah &kata sandi..."))
        change.clicked.connect(self.change_password)
        account_layout.addWidget(change)
        self.account_message = QLabel()
        account_layout.addWidget(self.account_message)
        self.day = DayAtAGlance(context)
        # Perbup 16/2021 Pasal 10(1): lateness must be seen early, by whoever holds the file and by the supervisor.
        self.due_box = QGroupBox(self.tr("Berkas mendekati atau lewat jatuh tempo"))
        due_layout = QVBoxLayout(self.due_box)
        self.due_files = QListWidget()
        self.due_files.setObjectName("due_files")
        due_layout.addWidget(self.due_files)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addWidget(self.day)
        layout.addWidget(self.pledge)
        layout.addWidget(self.due_box)
        layout.addWidget(account)
        layout.addStretch()
        self.dialog: ChangePasswordDialog | None = None
        context.settings_bridge.changed.connect(lambda _keys: self.reload())
        self.reload()

    def reload(self) -> None:
        self.context.runner.run(self.context.services.settings.values, self._show, owner=self)
        self.day.reload()
        self.reload_due()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override: the figures are today's each time Beranda opens
        super().showEvent(event)
        self.day.reload()
        self.reload_due()

    def reload_due(self) -> None:
        lifecycle, actor = self.context.services.lifecycle, self.context.actor
        self.context.runner.run(lambda: lifecycle.near_due(actor), self._show_due, owner=self)

    def _show_due(self, files) -> None:
        self.due_files.clear()
        for info in files:
            if info.overdue:
                when = self.tr("lewat {days} hari kerja").format(days=-info.days_left)
            else:
                when = self.tr("sisa {days} hari kerja").format(days=info.days_left)
            step = info.steps[info.current_step]["actor"] if info.open else info.status_label
            self.due_files.addItem(f"{info.registration_number} · {info.applicant_name} · {step} — {when}")
        if not files:
            self.due_files.addItem(self.tr("Tidak ada berkas yang mendekati jatuh tempo."))
        self.due_box.setTitle(self.tr("Berkas mendekati atau lewat jatuh tempo ({count})").format(count=len(files)))

    def _show(self, stored: dict[str, str]) -> None:
        values = {key: html.escape(value) for key, value in stored.items()}
        phone, motto, pledge = self.tr("Telp."), self.tr("Motto"), self.tr("Maklumat pelayanan")
        self.office.setText(
            f"<h2>{values['office.government']}<br>{values['office.name']}</h2>"
            f"<p>{values['office.address']}<br>{phone} {values['office.phone']} · "
            f"{values['office.email']} · {values['office.website']}</p>"
        )
        self.pledge.setText(
            f"<p><b>{motto}: {values['office.motto']}</b> - {values['office.motto_text']}</p>"
            f"<p><b>{pledge}</b><br><i>{values['office.maklumat']}</i></p>"
        )

    def change_password(self) -> None:
        self.dialog = ChangePasswordDialog(self)
        self.dialog.submitted.connect(self._submit)
        self.dialog.open()

    def _submit(self) -> None:
        dialog = self.dialog
        if dialog.new.text() != dialog.confirm.text():
            dialog.banner.show_error(self.tr("Kedua kata sandi baru tidak sama."))
            return
        actor, old, new = self.context.actor, dialog.old.text(), dialog.new.text()

        def done(_result) -> None:
            dialog.accept()
            self.account_message.setText(self.tr("Kata sandi diubah."))

        self.context.runner.run(
            lambda: self.context.services.accounts.change_own_password(actor, old, new),
            done,
            dialog.banner.show_error,
            owner=self,
        )
