"""The main window's screens, each built the first time it is opened rather than all of them at sign-in.

The stack holds an empty page per screen from the start (so rows, indexes and shortcuts are known at once); opening a
row swaps its page for the real screen. Reading `screens[key]` builds that screen too, so callers see a plain mapping.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.context import ScreenContext


class ScreenStack(Mapping[str, QWidget]):
    def __init__(self, stack: QStackedWidget, entries, context: ScreenContext, built=None):
        """`built(key, screen)`, when given, is called once per screen right after it is built (its wiring)."""
        self._stack, self._context, self._on_built = stack, context, built
        self._entries = {entry.key: entry for entry in entries}
        self._keys = list(self._entries)
        self._built: dict[str, QWidget] = {}
        for _key in self._keys:
            stack.addWidget(QWidget())

    def open_row(self, row: int) -> None:
        """Show the screen of a navigation row, building it first if this is its first opening."""
        if 0 <= row < len(self._keys):
            self._stack.setCurrentWidget(self[self._keys[row]])

    def is_built(self, key: str) -> bool:
        return key in self._built

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if key not in self._entries:
                raise KeyError(key)
            index = self._keys.index(key)
            placeholder = self._stack.widget(index)
            screen = self._entries[key].build(self._context)
            self._stack.insertWidget(index, screen)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[key] = screen
            if self._on_built is not None:
                self._on_built(key, screen)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._entries
