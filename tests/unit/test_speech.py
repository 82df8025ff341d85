"""How queue calls are read aloud (db.queue.speech); every segment a call can need is shipped, in one format."""

from __future__ import annotations

import string
import wave
from importlib import resources
from pathlib import Path

import pytest

from db.core.errors import DomainError
from db.queue.speech import (
    SEGMENTS,
    InvalidAnnouncement,
    announcement_segments,
    announcement_text,
    number_words,
    parse_ticket_number,
)

VOICE_DIR = Path(str(resources.files("resources").joinpath("voice/id")))


@pytest.mark.parametrize(
    ("n", "spoken"),
    [
        (0, "nol"),
        (1, "satu"),
        (7, "tujuh"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (99, "sembilan puluh sembilan"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (115, "seratus lima belas"),
        (200, "dua ratus"),
        (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1010, "seribu sepuluh"),
        (1100, "seribu seratus"),
        (2024, "dua ribu dua puluh empat"),
        (9999, "sembilan ribu sembilan ratus sembilan puluh sembilan"),
        (11000, "sebelas ribu"),
        (100000, "seratus ribu"),
    ],
)
def test_number_words(n, spoken):
    assert " ".join(number_words(n)) == spoken


def test_every_number_up_to_9999_is_read_from_the_fixed_segments():
    for n in range(10_000):
        words = number_words(n)
        assert set(words) <= set(SEGMENTS), n
        assert n == 0 or "nol" not in words, n
        pairs = set(zip(words, words[1:], strict=False))
        # "satu puluh", "satu ratus", "satu ribu", "satu belas" are said sepuluh, seratus, seribu, sebelas.
        assert not pairs & {("satu", "puluh"), ("satu", "ratus"), ("satu", "ribu"), ("satu", "belas")}, n


@pytest.mark.parametrize("bad", [-1, 1_000_000, 2.0, True, "12"])
def test_number_words_refuses_what_it_cannot_read(bad):
    with pytest.raises((ValueError, TypeError)):
        number_words(bad)


@pytest.mark.parametrize(
    ("ticket", "counter", "text"),
    [
        ("A-001", 2, "Nomor antrian, A, nol, nol, satu, silakan menuju loket, dua"),
        ("A-010", 3, "Nomor antrian, A, nol, sepuluh, silakan menuju loket, tiga"),
        ("A-012", 11, "Nomor antrian, A, nol, dua belas, silakan menuju loket, sebelas"),
        ("A-100", 1, "Nomor antrian, A, seratus, silakan menuju loket, satu"),
        ("A-123", 20, "Nomor antrian, A, seratus dua puluh tiga, silakan menuju loket, dua puluh"),
        ("B-1000", 12, "Nomor antrian, B, seribu, silakan menuju loket, dua belas"),
        ("A-000", 1, "Nomor antrian, A, nol, nol, nol, silakan menuju loket, satu"),
        (" pk 07 ", 4, "Nomor antrian, P, K, nol, tujuh, silakan menuju loket, empat"),
    ],
)
def test_announcement_text(ticket, counter, text):
    assert announcement_text(ticket, counter) == text


def test_announcement_segments_follow_the_reading_rule():
    assert announcement_segments("A-001", 2) == [
        "chime", "nomor_antrian", "huruf_a", "nol", "nol", "satu", "silakan_menuju_loket", "dua",
    ]  # fmt: skip
    assert announcement_segments("A-010", 2)[2:5] == ["huruf_a", "nol", "sepuluh"]
    assert announcement_segments("A-012", 11)[2:] == [
        "huruf_a",
        "nol",
        "dua",
        "belas",
        "silakan_menuju_loket",
        "sebelas",
    ]
    assert announcement_segments("A-100", 1)[2:4] == ["huruf_a", "seratus"]


def test_a_recall_says_so_first():
    assert announcement_segments("A-001", 2, recall=True)[:3] == ["chime", "panggilan_ulang", "nomor_antrian"]
    assert announcement_text("A-001", 2, recall=True) == (
        "Panggilan ulang, nomor antrian, A, nol, nol, satu, silakan menuju loket, dua"
    )


@pytest.mark.parametrize("bad", ["", "001", "A-", "A--001", "ABCD-1", "A-1234567", "A-00x", "Å-001", "A_001", None])
def test_malformed_ticket_number_is_refused_in_indonesian(bad):
    with pytest.raises(ValueError, match="Nomor antrian .* tidak valid") as raised:
        announcement_segments(bad, 1)
    assert isinstance(raised.value, DomainError)  # the UI shows its message as it shows any refusal
    with pytest.raises(InvalidAnnouncement):
        announcement_text(bad, 1)


@pytest.mark.parametrize("bad", [0, -2, 1.5, "2"])
def test_invalid_counter_number_is_refused(bad):
    with pytest.raises(InvalidAnnouncement, match="Nomor loket"):
        announcement_segments("A-001", bad)


def test_parse_ticket_number():
    assert parse_ticket_number("a-012") == ("A", "012")
    assert parse_ticket_number("B 7") == ("B", "7")


def _producible_segments() -> set[str]:
    names: set[str] = set()
    for letter in string.ascii_uppercase:
        for number in range(1000):
            names.update(announcement_segments(f"{letter}-{number:03d}", 1, recall=True))
    for counter in range(1, 100):
        names.update(announcement_segments("A-001", counter))
    return names


def test_every_producible_segment_has_a_recording_all_in_one_format():
    producible = _producible_segments()
    assert producible <= set(SEGMENTS)
    shapes = {}
    for name in sorted(set(SEGMENTS)):
        with wave.open(str(VOICE_DIR / f"{name}.wav"), "rb") as reader:
            shapes[name] = (reader.getnchannels(), reader.getsampwidth(), reader.getframerate(), reader.getcomptype())
            assert 0.15 < reader.getnframes() / reader.getframerate() < 2.5, name
    assert set(shapes.values()) == {(1, 2, 22050, "NONE")}


def test_voice_folder_ships_its_licence_and_stays_small():
    assert "GPL" in (VOICE_DIR / "LICENSE.txt").read_text(encoding="utf-8")
    readme = (VOICE_DIR / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}.wav`" in readme for name in SEGMENTS)
    assert sum(path.stat().st_size for path in VOICE_DIR.glob("*.wav")) < 3 * 1024 * 1024
