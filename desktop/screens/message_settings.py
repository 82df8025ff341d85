"""Settings page: the messages to applicants, their gateway and their templates (administrator).

The token is never put back in its field: the field stays empty with the stored token's last characters as a hint,
and only a token typed there replaces it (an empty field keeps the stored one)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from db.settings import registry
from desktop.context import ScreenContext
from desktop.screens.settings_form import SettingsForm

TOKEN = "messages.gateway.token"


class MessageSettingsPage(SettingsForm):
    MULTILINE = {"messages.template.signed", "messages.template.returned", "messages.template.rejected"}

    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("message_settings")
        self.fields[TOKEN].setEchoMode(QLineEdit.EchoMode.Password)

    def rows(self) -> list[tuple[str, str]]:
        return [
            ("messages.enabled", self.tr("Pesan ke pemohon")),
            ("messages.gateway.url", self.tr("Alamat gateway SMS/WhatsApp")),
            (TOKEN, self.tr("Token gateway")),
            ("messages.gateway.format", self.tr("Bentuk permintaan")),
            ("messages.gateway.fields", self.tr("Isi permintaan")),
            ("messages.gateway.auth_header", self.tr("Header otorisasi")),
            ("messages.gateway.timeout", self.tr("Batas waktu (detik)")),
            ("messages.gateway.idempotent", self.tr("Gateway menolak kiriman ganda")),
            ("messages.max_attempts", self.tr("Percobaan paling banyak")),
            ("messages.template.signed", self.tr("Templat: SK ditandatangani")),
            ("messages.template.returned", self.tr("Templat: berkas dikembalikan")),
            ("messages.template.rejected", self.tr("Templat: permohonan ditolak")),
        ]

    def _make_field(self, key: str) -> QWidget:
        field = super()._make_field(key)
        if key in self.MULTILINE:
            field.setFixedHeight(70)
        return field

    def _loaded(self, values: dict[str, str]) -> None:
        super()._loaded(values)
        self._hint_token(values.get(TOKEN, ""))

    def _hint_token(self, stored: str) -> None:
        self.fields[TOKEN].clear()
        self.fields[TOKEN].setPlaceholderText(
            self.tr("tersimpan {masked}; ketik token baru untuk menggantinya").format(masked=registry.masked(stored))
            if stored
            else self.tr("belum ada token")
        )
        self.loaded[TOKEN] = ""  # what the field shows: a typed token is a change, an empty field is none

    def _saved(self, stored: dict[str, str]) -> None:
        super()._saved(stored)
        if TOKEN in stored:
            self._hint_token(stored[TOKEN])
