"""Sending a message by hand where the office has no gateway: the message is recorded as handed to the officer,
then WhatsApp (the app or WhatsApp Web) opens the chat with the text written, and the officer presses send.

Links in a screen's text use the scheme `loket-pesan:<message id>`; `open_chat` does the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from db.messages.service import MessageInfo
from desktop.context import ScreenContext

SCHEME = "loket-pesan"
BY_HAND = ("manual", "failed", "uncertain")


def anchor(message: MessageInfo, text: str) -> str:
    """An HTML link that sends `message` by hand, or "" when it cannot be (no number, already sent)."""
    if message.recipient is None or message.status not in BY_HAND:
        return ""
    return f'<a href="{SCHEME}:{message.id}">{text}</a>'


def message_id(url: QUrl) -> uuid.UUID | None:
    if url.scheme() != SCHEME:
        return None
    try:
        return uuid.UUID(url.path())
    except ValueError:
        return None


def open_chat(context: ScreenContext, owner, message: uuid.UUID, done: Callable[[], None], failed) -> None:
    """Record the hand-over (database worker), then open the wa.me link on the GUI thread."""
    messages, actor = context.services.messages, context.actor

    def opened(link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))
        done()

    context.runner.run(lambda: messages.hand_to_officer(actor, message), opened, failed, owner=owner)
