from decimal import Decimal
from fractions import Fraction

import pytest

from db.skm.service import compute_index, grade_of, minimum_sample


def test_worked_example_four_respondents():
    responses = [
        (4, 3, 3, 4, 3, 4, 4, 3, 3),
        (3, 3, 2, 4, 3, 3, 4, 3, 2),
        (4, 4, 3, 4, 4, 4, 4, 3, 3),
        (3, 2, 3, 4, 3, 3, 3, 2, 3),
    ]
    # By hand: totals per element 14 12 11 16 13 14 15 11 11; NRR = total / 4.
    figures = compute_index(responses)
    assert figures.respondents == 4
    assert figures.totals == (14, 12, 11, 16, 13, 14, 15, 11, 11)
    assert figures.nrr == tuple(Fraction(t, 4) for t in (14, 12, 11, 16, 13, 14, 15, 11, 11))
    assert figures.nrr[0] == Fraction("3.5") and figures.nrr[3] == 4
    # sum of NRR = 117 / 4 = 29.25; IKM = 29.25 / 9 = 3.25; converted = 81.25 -> B (Baik)
    assert figures.nrr_weighted[0] == Fraction("3.5") / 9
    assert figures.ikm == Fraction("3.25")
    assert figures.converted == Decimal("81.25")
    assert (figures.grade, figures.grade_label) == ("B", "Baik")
    assert figures.as_dict()["ikm_converted"] == 81.25


def test_all_fours_is_one_hundred_and_empty_is_none():
    assert compute_index([(4,) * 9]).converted == Decimal("100.00")
    assert compute_index([(4,) * 9]).grade == "A"
    assert compute_index([(1,) * 9]).converted == Decimal("25.00")
    assert compute_index([]) is None


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        ("100", "A"),
        ("88.31", "A"),
        ("88.305", "A"),  # rounds half up to 88.31
        ("88.30", "B"),
        ("88.304", "B"),
        ("76.61", "B"),
        ("76.60", "C"),
        ("76.605", "B"),
        ("65.00", "C"),
        ("64.995", "C"),
        ("64.99", "D"),
        ("25.00", "D"),
    ],
)
def test_grade_boundaries_after_rounding(value, grade):
    assert grade_of(Decimal(value))[0] == grade
    assert grade_of(Fraction(value))[0] == grade


def test_grade_of_an_exact_fraction_near_a_boundary():
    # 88.305 exactly (as a fraction) must round up, not fall to 88.30 through binary floats
    assert grade_of(Fraction(17661, 200))[0] == "A"


@pytest.mark.parametrize(("population", "sample"), [(100, 80), (1000, 278), (10, 10), (0, 0), (1, 1)])
def test_krejcie_morgan(population, sample):
    assert minimum_sample(population) == sample


def test_answer_scales_are_keyed_by_element_with_four_answers_each():
    from db.skm.scales import ANSWERS, answers
    from db.skm.service import ELEMENTS

    assert set(ANSWERS) == {code for code, _name in ELEMENTS}
    assert all(len(set(labels)) == 4 for labels in ANSWERS.values())
    assert answers("U4") == {1: "Sangat mahal", 2: "Cukup mahal", 3: "Murah", 4: "Gratis"}
    # keyed by element: complaints handling (U8) keeps its own scale although the annex asks it as question 9
    assert answers("U8")[2] == "Ada tetapi tidak berfungsi" and answers("U9")[1] == "Buruk"
