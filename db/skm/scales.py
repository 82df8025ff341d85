"""The answer scale of each SKM element as the questionnaire in the annex of PermenPANRB 14/2017 words it.

Each element (unsur) has its own four answers, scored 1 to 4; they are keyed by the element's code (U1 ... U9 in
the order of the regulation's list of elements), never by the question's position: the annex's questionnaire
asks about facilities (sarana, U9) as question 8 before complaints handling (pengaduan, U8) as question 9.
"""

from __future__ import annotations

ANSWERS: dict[str, tuple[str, str, str, str]] = {
    "U1": ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),  # persyaratan
    "U2": ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),  # sistem, mekanisme dan prosedur
    "U3": ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),  # waktu penyelesaian
    "U4": ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),  # biaya/tarif
    "U5": ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),  # produk spesifikasi jenis pelayanan
    "U6": ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),  # kompetensi pelaksana
    "U7": ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    "U8": ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    "U9": ("Buruk", "Cukup", "Baik", "Sangat baik"),  # sarana dan prasarana
}


def answers(code: str) -> dict[int, str]:
    """Score -> the annex's words for one element: {1: "Sangat mahal", ..., 4: "Gratis"} for U4."""
    return {score: label for score, label in enumerate(ANSWERS[code], start=1)}
