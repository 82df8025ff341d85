"""What the waiting hall hears for a queue call, as a list of recorded segment names and as Indonesian text.

Pure: no Qt, no I/O. `desktop.announcer` turns the segment names into sound from `resources/voice/id/<name>.wav`;
`tools/voice/generate.py` records every name in `SEGMENTS` (the speech of each is in `SEGMENT_SPEECH`).

Reading rule for a ticket number such as "A-012": the group letter(s), then each leading zero as "nol", then the
rest as one whole number ("A, nol, dua belas"). The counter number is read as a whole number ("loket sebelas").

Where agencies share the hall the call ends with the agency (db/queue/zones.py): its short name word by word, an
acronym spelled as Indonesians say it ("DPMPTSP": de, pe, em, pe, te, es, pe), "Kab."/"Prov." said in full, the
words of AGENCY_WORDS said as recorded; a word with no recording is left out of the sound (the display shows the
whole name), so the hall never hears a broken word.
"""

from __future__ import annotations

import re

from db.core.errors import DomainError

DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
LETTER_NAMES = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "a be ce de e ef ge ha i je ka el em en o pe ki er es te u fe we eks ye zet".split(),
        strict=True,
    )
)
MAX_NUMBER = 999_999

CHIME = "chime"
RECALL = "panggilan_ulang"
TICKET = "nomor_antrian"
GO_TO_COUNTER = "silakan_menuju_loket"

# What espeak-ng says for each spoken segment. "[[...]]" is espeak-ng phoneme input: its Indonesian rules read
# "loket" with a schwa; the office says lo-KÈT.
SEGMENT_SPEECH: dict[str, str] = {
    **{digit: digit for digit in DIGITS},
    **{word: word for word in ("sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu")},
    **{f"huruf_{letter}": name for letter, name in LETTER_NAMES.items()},
    TICKET: "nomor antrian",
    GO_TO_COUNTER: "silakan menuju [[l'okEt]]",
    RECALL: "panggilan ulang",
}
# The words of agency names the hall can hear (segment "kata_<word>"): those of the shipped agencies and the common
# words of Indonesian government agency names.
AGENCY_WORDS = (
    "dinas", "badan", "kantor", "sekretariat", "daerah", "kabupaten", "kota", "provinsi", "balangan", "kalimantan",
    "utara", "selatan", "tengah", "timur", "barat", "setda", "kepolisian", "resor", "pajak", "pratama", "bank",
    "kependudukan", "pencatatan", "sipil", "kesehatan", "pendidikan", "perhubungan", "agama", "imigrasi", "pelayanan",
    "terpadu", "pintu", "kecamatan", "penanaman", "modal", "bagian", "umum", "hukum",
)  # fmt: skip
ABBREVIATIONS = {
    "kab": "kabupaten",
    "prov": "provinsi",
    "kec": "kecamatan",
    "kaltara": "kalimantan utara",
    "kalsel": "kalimantan selatan",
}
SEGMENT_SPEECH.update({f"kata_{word}": word for word in AGENCY_WORDS if word not in SEGMENT_SPEECH})
# Every segment an announcement can use: the synthesised chime plus the spoken ones.
SEGMENTS: tuple[str, ...] = (CHIME, *SEGMENT_SPEECH)

_TICKET_PATTERN = re.compile(r"([A-Za-z]{1,3})[-\s]?(\d{1,6})")


class InvalidAnnouncement(DomainError, ValueError):
    """A ticket or counter number that cannot be read aloud (message in Indonesian)."""


def number_words(n: int) -> list[str]:
    """The segment names that read `n` (0..999,999) as one whole Indonesian number.

    11 -> ["sebelas"], 19 -> ["sembilan", "belas"], 21 -> ["dua", "puluh", "satu"], 110 -> ["seratus", "sepuluh"],
    1000 -> ["seribu"], 2024 -> ["dua", "ribu", "dua", "puluh", "empat"]. Every name is in `SEGMENTS`.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"number_words expects an int, not {type(n).__name__}")
    if not 0 <= n <= MAX_NUMBER:
        raise ValueError(f"Angka {n} di luar jangkauan yang dapat dibacakan (0 sampai {MAX_NUMBER}).")
    if n == 0:
        return ["nol"]
    return _below_million(n)


def _below_million(n: int) -> list[str]:
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += [*_below_thousand(thousands), "ribu"]
    return words + _below_thousand(rest)


def _below_thousand(n: int) -> list[str]:
    """Words for 1..999 (nothing for 0: "seribu" is never followed by "nol")."""
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [DIGITS[hundreds], "ratus"]
    tens, units = divmod(rest, 10)
    if rest == 0:
        pass
    elif rest < 10:
        words.append(DIGITS[units])
    elif rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif rest < 20:
        words += [DIGITS[units], "belas"]
    else:
        words += [DIGITS[tens], "puluh"] + ([DIGITS[units]] if units else [])
    return words


def parse_ticket_number(ticket_number: str) -> tuple[str, str]:
    """Split "A-012" into ("A", "012"); raise InvalidAnnouncement for anything else.

    Accepted: 1 to 3 letters, an optional "-" or space, 1 to 6 digits ("A-001", "b12", "PK 0007").
    """
    match = _TICKET_PATTERN.fullmatch(ticket_number.strip()) if isinstance(ticket_number, str) else None
    if match is None:
        raise InvalidAnnouncement(
            f"Nomor antrian {ticket_number!r} tidak valid: harus berupa 1-3 huruf diikuti angka, misalnya A-001."
        )
    return match.group(1).upper(), match.group(2)


def _ticket_parts(ticket_number: str) -> list[tuple[str, list[str]]]:
    """(display text, segment names) for each spoken part of a ticket number: letters, leading zeros, the rest."""
    letters, digits = parse_ticket_number(ticket_number)
    parts = [(letter, [f"huruf_{letter.lower()}"]) for letter in letters]
    significant = digits.lstrip("0")
    parts += [("nol", ["nol"])] * (len(digits) - len(significant))
    if significant:
        words = number_words(int(significant))
        parts.append((" ".join(words), words))
    return parts


def _counter_words(counter_number: int) -> list[str]:
    if isinstance(counter_number, bool) or not isinstance(counter_number, int) or counter_number < 1:
        raise InvalidAnnouncement(f"Nomor loket {counter_number!r} tidak valid: harus bilangan bulat 1 atau lebih.")
    return number_words(counter_number)


def agency_parts(agency: str) -> list[tuple[str, list[str]]]:
    """(heard text, segment names) for each audible word of an agency's short name, in order.

    "DPMPTSP Kab. Balangan" -> [("de pe em pe te es pe", ["huruf_d", ...]), ("kabupaten", ["kata_kabupaten"]),
    ("balangan", ["kata_balangan"])]. A word neither recorded nor an acronym is left out."""
    parts: list[tuple[str, list[str]]] = []
    for token in re.findall(r"[A-Za-z]+", agency or ""):
        words = ABBREVIATIONS.get(token.lower(), token.lower()).split()
        if all(word in AGENCY_WORDS for word in words):
            parts += [(word, [f"kata_{word}"]) for word in words]
        elif token.isupper() and 2 <= len(token) <= 8:
            letters = token.lower()
            parts.append((" ".join(LETTER_NAMES[c] for c in letters), [f"huruf_{c}" for c in letters]))
    return parts


def announcement_segments(ticket_number: str, counter_number: int, recall: bool = False, agency: str = "") -> list[str]:
    """The segment names of one queue call, in playing order, starting with the chime.

    announcement_segments("A-001", 2) == ["chime", "nomor_antrian", "huruf_a", "nol", "nol", "satu",
    "silakan_menuju_loket", "dua"]; a recall puts "panggilan_ulang" after the chime; `agency` (its short name,
    where agencies share the hall) adds its words at the end.
    """
    segments = [CHIME] + ([RECALL] if recall else []) + [TICKET]
    for _text, words in _ticket_parts(ticket_number):
        segments += words
    segments += [GO_TO_COUNTER] + _counter_words(counter_number)
    for _text, words in agency_parts(agency):
        segments += words
    return segments


def announcement_text(ticket_number: str, counter_number: int, recall: bool = False, agency: str = "") -> str:
    """The same call as readable text for the display and the log.

    announcement_text("A-001", 2) == "Nomor antrian, A, nol, nol, satu, silakan menuju loket, dua";
    with agency="Setda Kab. Balangan": "..., silakan menuju loket, dua, setda kabupaten balangan".
    """
    parts = (["Panggilan ulang"] if recall else []) + ["nomor antrian"]
    parts += [text for text, _words in _ticket_parts(ticket_number)]
    parts += ["silakan menuju loket", " ".join(_counter_words(counter_number))]
    heard = " ".join(text for text, _words in agency_parts(agency))
    parts += [heard] if heard else []
    text = ", ".join(parts)
    return text[0].upper() + text[1:]
