"""Settings page: staff accounts (administrator): add, edit role/active, unlock, reset password."""

from __future__ import annotations

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
        self.headers = [self.tr("Pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]

    @property
    def users(self) -> list[UserInfo]:
        return self.rows

    def set_users(self, users: list[UserInfo], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = users, now
        self.endResetModel()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.rows[index.row()]
        return [user.username, user.full_name, role_label(user.role), self._status(user)][index.column()]

    def _status(self, user: UserInfo) -> str:
        if user.is_locked(self.now):
            return self.tr("Terkunci")
        return self.tr("Aktif") if user.active else self.tr("Nonaktif")


class UserDialog(FormDialog):
    """Add (with password) or edit (name, role, active) an account."""

    def __init__(self, user: UserInfo | None, parent: QWidget | None = None):
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
        if user:
            self.form.addRow("", self.active)
        else:
            self.form.addRow(self.tr("&Kata sandi awal"), self.password)


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
        self.reload()

    def reload(self) -> None:
        self.context.runner.run(self.context.services.accounts.list_users, self._show, owner=self)

    def _show(self, users: list[UserInfo]) -> None:
        self.model.set_users(users, self.context.services.clock())

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_error(self.tr("Pilih akun di tabel lebih dulu."))
            return None
        return self.model.users[rows[0].row()]

    def add_user(self) -> None:
        self._open_dialog(UserDialog(None, self), self._submit_new)

    def edit_user(self) -> None:
        user = self.selected()
        if user:
            self._open_dialog(UserDialog(user, self), self._submit_edit)

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
        role, password = dialog.role.currentData(), dialog.password.text()
        self._run(
            lambda: accounts.add_user(actor, username, full_name, role, password),
            self.tr("Akun {user} dibuat.").format(user=username),
            dialog,
        )

    def _submit_edit(self, dialog: UserDialog) -> None:
        actor, accounts = self.context.actor, self.context.services.accounts
        username, full_name = dialog.username.text(), dialog.full_name.text()
        role, active = dialog.role.currentData(), dialog.active.isChecked()
        self._run(
            lambda: accounts.update_user(actor, username, full_name=full_name, role=role, active=active),
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
