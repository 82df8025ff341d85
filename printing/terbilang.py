"""Numbers and dates in Indonesian words (terbilang), as decrees spell them out beside the digits."""

from __future__ import annotations

from datetime import date

from printing.dates import MONTHS


def terbilang(n: int) -> str:
    """The number in Indonesian words, lower case: 12 -> 'dua belas', 2026 -> 'dua ribu dua puluh enam'.

    TypeError for anything but an int (a float would be read out with "koma", a bool as a number).
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"terbilang hanya untuk bilangan bulat, bukan {n!r}")
    from num2words import num2words  # its package loads every language (2 MiB): only when a number is spelled

    return num2words(n, lang="id")


def angka_terbilang(n: int) -> str:
    """The digits with the words in brackets: 12 -> '12 (dua belas)'."""
    return f"{n} ({terbilang(n)})"


def tanggal_terbilang(value: date) -> str:
    """'dua puluh lima November tahun dua ribu dua puluh enam': day and year in words, the month by name."""
    return f"{terbilang(value.day)} {MONTHS[value.month - 1]} tahun {terbilang(value.year)}"


def rupiah_terbilang(amount: int) -> str:
    """'Rp 1.500.000 (satu juta lima ratus ribu rupiah)': digits grouped by dots, the amount in words, as a receipt
    writes a sum of money."""
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise TypeError(f"jumlah rupiah harus bilangan bulat tidak negatif, bukan {amount!r}")
    return f"Rp {amount:,}".replace(",", ".") + f" ({terbilang(amount)} rupiah)"
