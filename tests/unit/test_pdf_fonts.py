"""The shipped DejaVu Sans faces are cut to the scripts Loket writes (tools/fonts/subset.py): every character its
documents draw from the catalog, the decree templates, the legal bases, the office identity and the settings'
defaults must still be in each face, and so must all of Latin (the names an officer types)."""

from importlib.resources import files

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from db.settings import registry
from printing.fonts import _FILES

LATIN = [
    chr(code) for code in [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x1E00, 0x1EFA)]
]  # DejaVu has none past U+1EF9


def shipped_text() -> str:
    resources = files("resources")
    parts = [(resources / "catalog" / "catalog.json").read_text(encoding="utf-8")]
    for folder in ("templates", "legal", "office"):
        parts += [path.read_text(encoding="utf-8") for path in _walk(resources / folder) if path.name.endswith(".json")]
    parts += [setting.default for setting in registry.BY_KEY.values()]
    return "".join(parts)


def _walk(folder):
    for entry in folder.iterdir():
        yield from _walk(entry) if entry.is_dir() else (entry,)


@pytest.mark.parametrize("face", sorted(_FILES))
def test_every_character_the_documents_draw_is_in_the_face(face):
    with_glyph = TTFont(face, str(files("resources") / "fonts" / _FILES[face])).face.charToGlyph
    wanted = {ch for ch in shipped_text() if ch.isprintable()} | set(LATIN)
    assert len(wanted) > 500  # the catalog and Latin were read
    assert sorted(ch for ch in wanted if ord(ch) not in with_glyph) == []
