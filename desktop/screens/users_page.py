"""Settings page: staff accounts (administrator): add, edit role/active/agency, unlock, reset password.

In a hall of several agencies each account shows and sets its agency (none: the hall's own staff, who serve every
agency); a hall of one agency shows no agency at all, as before."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.accounts.service import UserInfo
from db.models.accounts import Role
from desktop.context import ScreenContext
from desktop.roles import role_label
from desktop.table_model import AnyIndex, RowsTableModel
from desktop.widgets import FormDialog, MessageBanner


class UsersModel(RowsTableModel):
    def __init__(self, now: datetime, parent=None):
        super().__init__(parent)
        self.rows: list[UserInfo] = []
        self.now = now
        self.agency_names: dict = {}  # agency id -> short name; empty: a hall of one agency, no column
        self.base_headers = [self.tr("Pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]
        self.headers = list(self.base_headers)

    @property
    def users(self) -> list[UserInfo]:
        return self.rows

    def set_users(self, users: list[UserInfo], now: datetime, agency_names: dict | None = None) -> None:
        self.beginResetModel()
        self.rows, self.now = users, now
        self.agency_names = agency_names or {}
        self.headers = self.base_headers + ([self.tr("Instansi")] if self.agency_names else [])
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.rows[index.row()]
        agency = self.agency_names.get(user.agency_id, self.tr("Staf aula (semua instansi)"))
        return [user.username, user.full_name, role_label(user.role), self._status(user), agency][index.column()]

    def _status(self, user: UserInfo) -> str:
        if user.is_locked(self.now):
            return self.tr("Terkunci")
        return self.tr("Aktif") if user.active else self.tr("Nonaktif")


class UserDialog(FormDialog):
    """Add (with password) or edit (name, role, active) an account."""

    def __init__(self, user: UserInfo | None, agencies: list | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah akun") if user else self.tr("Tambah akun"), parent)
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(user is not None)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role)
        if user:
            self.role.setCurrentIndex(self.role.findData(user.role))
        self.active = QCheckBox(self.tr("Akun aktif"))
        self.active.setChecked(user.active if user else True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama &lengkap"), self.full_name)
        self.form.addRow(self.tr("&Peran"), self.role)
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency.addItem(self.tr("Staf aula (melayani semua instansi)"), None)
        for agency in agencies or []:  # ids as text: a combo box compares its data as Qt values
            self.agency.addItem(f"{agency.short_name} ({agency.code})", str(agency.id))
        if user is not None and user.agency_id is not None:
            if self.agency.findData(str(user.agency_id)) < 0:  # the list not loaded yet: keep what the account has
                self.agency.addItem(self.tr("Instansi saat ini"), str(user.agency_id))
            self.agency.setCurrentIndex(self.agency.findData(str(user.agency_id)))
        if agencies and len(agencies) > 1:  # a hall of one agency: no choice to make
            self.form.addRow(self.tr("&Instansi"), self.agency)
        else:
            self.agency.hide()
        if user:
            self.form.addRow("", self.active)
        else:
            self.form.addRow(self.tr("&Kata sandi awal"), self.password)

    def agency_id(self) -> uuid.UUID | None:
        chosen = self.agency.currentData()
        return uuid.UUID(chosen) if chosen else None


class ResetPasswordDialog(FormDialog):
    def __init__(self, user: UserInfo, parent: QWidget | None = None):
        super().__init__(self.tr("Atur ulang kata sandi: {user}").format(user=user.username), parent)
        self.target = user
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Kata sandi &baru"), self.password)


class UsersPage(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("users_page")
        self.context = context
        self.model = UsersModel(context.services.clock(), self)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.banner = MessageBanner()
        buttons = QHBoxLayout()
        for name, text, slot in [
            ("add", self.tr("&Tambah..."), self.add_user),
            ("edit", self.tr("&Ubah..."), self.edit_user),
            ("unlock", self.tr("&Buka kunci"), self.unlock_user),
            ("reset", self.tr("Atur ulang &sandi..."), self.reset_password),
        ]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.banner)
        self.dialog: FormDialog | None = None
        self.agencies: list = []
        self.reload()

    def reload(self) -> None:
        services = self.context.services
        self.context.runner.run(
            lambda: (services.accounts.list_users(), services.agencies.list()), self._show, owner=self
        )

    def _show(self, loaded) -> None:
        users, self.agencies = loaded
        names = {agency.id: agency.short_name for agency in self.agencies} if len(self.agencies) > 1 else {}
        self.model.set_users(users, self.context.services.clock(), names)

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_error(self.tr("Pilih akun di tabel lebih dulu."))
            return None
        return self.model.users[rows[0].row()]

    def add_user(self) -> None:
        self._open_dialog(UserDialog(None, self.agencies, self), self._submit_new)

    def edit_user(self) -> None:
        user = self.selected()
        if user:
            self._open_dialog(UserDialog(user, self.agencies, self), self._submit_edit)

    def reset_password(self) -> None:
        user = self.selected()
        if user:
            self._open_dialog(ResetPasswordDialog(user, self), self._submit_reset)

    def unlock_user(self) -> None:
        user = self.selected()
        if user:
            actor = self.context.actor
            self._run(
                lambda: self.context.services.accounts.unlock(actor, user.username),
                self.tr("Akun {user} dibuka.").format(user=user.username),
            )

    def _open_dialog(self, dialog: FormDialog, submit) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda: submit(dialog))
        dialog.open()

    def _submit_new(self, dialog: UserDialog) -> None:
        actor, accounts = self.context.actor, self.context.services.accounts
        username, full_name = dialog.username.text(), dialog.full_name.text()
        role, password, agency = dialog.role.currentData(), dialog.password.text(), dialog.agency_id()
        self._run(
            lambda: accounts.add_user(actor, username, full_name, role, password, agency),
            self.tr("Akun {user} dibuat.").format(user=username),
            dialog,
        )

    def _submit_edit(self, dialog: UserDialog) -> None:
        actor, accounts = self.context.actor, self.context.services.accounts
        username, full_name = dialog.username.text(), dialog.full_name.text()
        role, active, agency = dialog.role.currentData(), dialog.active.isChecked(), dialog.agency_id()
        self._run(
            lambda: accounts.update_user(
                actor, username, full_name=full_name, role=role, active=active, agency_id=agency
            ),
            self.tr("Akun {user} diubah.").format(user=username),
            dialog,
        )

    def _submit_reset(self, dialog: ResetPasswordDialog) -> None:
        actor, accounts = self.context.actor, self.context.services.accounts
        username, password = dialog.target.username, dialog.password.text()
        self._run(
            lambda: accounts.reset_password(actor, username, password),
            self.tr("Kata sandi {user} diatur ulang; akun tidak terkunci.").format(user=username),
            dialog,
        )

    def _run(self, operation, success_text: str, dialog: FormDialog | None = None) -> None:
        def done(_result) -> None:
            if dialog is not None:
                dialog.accept()
            self.banner.show_info(success_text)
            self.reload()

        def refused(message: str) -> None:
            (dialog.banner if dialog is not None else self.banner).show_error(message)

        self.context.runner.run(operation, done, refused, owner=self)
