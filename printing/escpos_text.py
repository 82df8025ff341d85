"""Text for thermal printers: only characters code page 437 can print, wrapped to the paper's columns."""

from __future__ import annotations

import textwrap
import unicodedata
from functools import lru_cache

from printing.records import RenderError

CODE_PAGE = "CP437"  # ESC t 0: the one table every ESC/POS printer selects the same way
COLUMNS = {58: 32, 80: 48}  # font A characters per line

# Typography a word processor or a catalog editor puts into text, spelled the way a receipt can print it.
_REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "*",
    "\u00d7": "x",
    "\u00a0": " ",
    "\u2009": " ",
    "\t": " ",
    "\u20ac": "EUR",
    "\u2122": "(TM)",
    "\u00ae": "(R)",
    "\u00a9": "(C)",
}


def columns_for(paper_width_mm: int) -> int:
    """Characters per line for a supported paper width; RenderError for any other width."""
    try:
        return COLUMNS[paper_width_mm]
    except KeyError:
        raise RenderError(f"lebar kertas {paper_width_mm} mm tidak didukung; pilih 58 atau 80 mm") from None


@lru_cache(maxsize=4096)
def _printable(char: str) -> str:
    if char in _REPLACEMENTS:
        return _REPLACEMENTS[char]
    if char == "\n" or (char.isprintable() and _encodes(char)):
        return char
    stripped = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if stripped and all(c.isprintable() and _encodes(c) for c in stripped):
        return stripped
    return "?"


def _encodes(char: str) -> bool:
    try:
        char.encode("cp437")
    except UnicodeEncodeError:
        return False
    return True


def printable(text: str) -> str:
    """The text with every character the printer cannot print transliterated (é stays, ő -> o) or replaced by '?'."""
    return "".join(_printable(char) for char in text)


def wrap(text: str, width: int, prefix: str = "") -> list[str]:
    """Printable lines of at most width characters; continuation lines are indented to the width of prefix."""
    indent = " " * len(prefix)
    lines: list[str] = []
    for paragraph in printable(text).splitlines() or [""]:
        lines.extend(
            textwrap.wrap(
                paragraph,
                width,
                initial_indent=prefix if not lines else indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
            or [prefix if not lines else ""]
        )
    return lines
