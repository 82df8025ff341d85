"""The SKM respondent's profile as the annex of PermenPANRB 14/2017 asks it (resources/skm/profile.json, with its
source): age in years, sex (L/P), education, occupation ("Lainnya" with what the respondent names), every answer
optional. Validation for the survey screen, the CLI and the paper import, and the report's breakdown (counts per
category, as the annex's report lists the respondents).

Responses recorded before the annex's list was followed keep what they hold: an age band instead of an age, and an
education the annex does not list ("D1-D4", "S2+"); the report counts them under their own label, never under a
category they were not.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from db.core.errors import DomainError

NOT_GIVEN = "tidak diisi"


@cache
def spec() -> dict:
    return json.loads(resources.files("resources").joinpath("skm/profile.json").read_text(encoding="utf-8"))


def options(key: str) -> dict[str, str]:
    """Stored value -> the label shown, in the annex's order, for sex, education or occupation."""
    return dict(spec()[key]["options"])


def label(key: str) -> str:
    return spec()[key]["label"]


def other_option() -> str:
    return spec()["occupation"]["other"]


@dataclass(frozen=True)
class Profile:
    """What the respondent chose to tell; None where nothing was given."""

    age: int | str | None = None  # typed text (CLI, paper import) is checked like a number
    sex: str | None = None
    education: str | None = None
    occupation: str | None = None
    occupation_other: str | None = None  # what "Lainnya" is, in the respondent's words


def _choice(key: str, value: str | None) -> str | None:
    """The stored form of a choice, matched without regard to case ("swasta" -> "SWASTA")."""
    if value is None or not value.strip():
        return None
    known = {option.casefold(): option for option in options(key)}
    known |= {shown.casefold(): option for option, shown in options(key).items()}
    found = known.get(value.strip().casefold())
    if found is None:
        raise DomainError(f"{label(key)} '{value.strip()}' tidak dikenal (pilihan: {', '.join(options(key))}).")
    return found


def _age(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    bounds = spec()["age"]
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        raise DomainError(f"Umur ditulis dalam tahun, bilangan bulat (tertulis '{text}').")
    if not bounds["minimum"] <= int(text) <= bounds["maximum"]:
        raise DomainError(f"Umur harus {bounds['minimum']} sampai {bounds['maximum']} tahun (tertulis {int(text)}).")
    return int(text)


def check(profile: Profile | None) -> Profile:
    """The profile in its stored form; DomainError naming the field and the choices for anything else. A stated
    occupation belongs to "Lainnya" only (the annex's "Lainnya ... (sebutkan)")."""
    profile = profile or Profile()
    occupation = _choice("occupation", profile.occupation)
    other = " ".join((profile.occupation_other or "").split()) or None
    if other is not None and occupation != other_option():
        raise DomainError(f"Keterangan pekerjaan hanya diisi bila memilih '{other_option()}'.")
    longest = spec()["occupation"]["other_max_length"]
    if other is not None and len(other) > longest:
        raise DomainError(f"Keterangan pekerjaan paling panjang {longest} karakter (tertulis {len(other)}).")
    return Profile(
        age=_age(profile.age),
        sex=_choice("sex", profile.sex),
        education=_choice("education", profile.education),
        occupation=occupation,
        occupation_other=other,
    )


def age_band(age: int | None, recorded_band: str | None = None) -> str:
    """The report's age group of a respondent: from the age, else the band an older response recorded."""
    if age is None:
        return recorded_band or NOT_GIVEN
    for low, high, name in spec()["age"]["report_bands"]:
        if (low is None or age >= low) and (high is None or age <= high):
            return name
    raise AssertionError(f"age {age} is outside every band of resources/skm/profile.json")


@dataclass(frozen=True)
class Answered:
    """The profile fields of one stored response, as the report reads them."""

    age: int | None
    age_band: str | None
    sex: str | None
    education: str | None
    occupation: str | None
    occupation_other: str | None


def _section(key: str, title: str, tally: Counter, shown: dict[str, str], total: int) -> dict:
    """Every category of the annex, also at zero, then any older recorded value, then the unanswered."""
    order = list(shown) + sorted(value for value in tally if value not in shown and value != NOT_GIVEN)
    rows = [
        {"value": value, "label": shown.get(value, value), "count": tally.get(value, 0)}
        for value in [*order, NOT_GIVEN]
    ]
    for row in rows:
        row["percent"] = round(100 * row["count"] / total, 2) if total else 0.0
    return {"key": key, "label": title, "rows": rows}


def breakdown(answers: Iterable[Answered]) -> list[dict]:
    """Counts per category of age (in the report's bands), sex, education and occupation, and the occupations the
    respondents named under "Lainnya"; each row with its share of all respondents."""
    answers = list(answers)
    total = len(answers)
    bands = {name: name for _low, _high, name in spec()["age"]["report_bands"]}
    sections = [
        _section("age", label("age"), Counter(age_band(a.age, a.age_band) for a in answers), bands, total),
    ]
    for key in ("sex", "education", "occupation"):
        tally = Counter(getattr(answer, key) or NOT_GIVEN for answer in answers)
        sections.append(_section(key, label(key), tally, options(key), total))
    named = Counter(a.occupation_other for a in answers if a.occupation == other_option() and a.occupation_other)
    sections.append(
        {
            "key": "occupation_other",
            "label": f"{label('occupation')} {other_option().lower()} (disebutkan)",
            "rows": [
                {"value": text, "label": text, "count": count, "percent": round(100 * count / total, 2)}
                for text, count in sorted(named.items(), key=lambda item: (-item[1], item[0]))
            ],
        }
    )
    return sections
