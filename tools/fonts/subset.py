"""Cut the shipped DejaVu Sans faces down to the scripts Loket's documents are written in.

reportlab parses a TrueType face whole when it is registered and keeps per-glyph tables as Python dicts and lists:
the full DejaVu Sans (5,900 characters each, Cyrillic, Arabic, Hebrew, Georgian, Braille, ...) held 9.8 MiB for the
three faces in every process that made a PDF. The ranges below are Latin in full (Indonesian and every name an
officer types, with its accents), Greek, the punctuation, currency, letter-like, number-form, arrow, mathematical,
technical, enclosed, box, shape, symbol and dingbat blocks: 2,366 characters, 4.0 MiB. Glyph outlines, metrics and
the layout tables are kept as they were, so a document reads the same.

Run once from the original DejaVu Sans 2.37 files (dejavu-fonts.github.io, or Debian's fonts-dejavu-core in
/usr/share/fonts/truetype/dejavu) with fonttools, which is not one of Loket's dependencies:
    .venv/bin/uv run --no-project --with fonttools python tools/fonts/subset.py /usr/share/fonts/truetype/dejavu
tests/unit/test_pdf_fonts.py checks that every character of the catalog, the decree templates and the settings'
defaults is in each face.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
UNICODES = (
    "U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-215F,"
    "U+2190-21FF,U+2200-22FF,U+2300-23FF,U+2460-24FF,U+2500-25FF,U+2600-26FF,U+2700-27BF,U+FB00-FB06,U+FFFD"
)
TARGET = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def main(source: Path) -> None:
    for face in FACES:
        subset.main(
            [
                str(source / face),
                f"--unicodes={UNICODES}",
                "--layout-features=*",
                "--glyph-names",
                "--notdef-outline",
                "--name-IDs=*",
                "--name-legacy",
                "--name-languages=*",
                f"--output-file={TARGET / face}",
            ]
        )
        print(f"{face}: {(TARGET / face).stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
