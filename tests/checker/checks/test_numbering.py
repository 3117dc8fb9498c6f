"""numbering: skips and repeats of I, II …; 1, 2 …; a, b, c, d, đ, e …."""

import pytest

from tests.checker.checks.helpers import findings, one


@pytest.mark.parametrize(
    ("lines", "stated", "expected"),
    [
        (["I. A", "II. B", "III. C", "V. D"], "V.", "IV."),
        (["1. A", "2. B", "4. C"], "4.", "3."),
        (["1. A", "2. B", "3. C", "3. D"], "3.", "4."),
        (["a) A", "b) B", "c) C", "d) D", "d) E"], "d)", "đ)"),
        (["a) A", "b) B", "d) D"], "d)", "c)"),
    ],
)
def test_numbering_skips_and_repeats(lines, stated, expected):
    finding = one("\n".join(lines), "numbering")
    assert (finding.stated, finding.expected) == (stated, expected)


def test_vietnamese_letters_and_restarts_are_fine():
    text = "I. A\n1. x\n2. y\na) p\nb) q\nc) r\nd) s\nđ) t\ne) u\nII. B\n1. z\nPHỤ LỤC\n1. m\n2. n"
    assert findings(text, "numbering") == []


def test_a_list_restarting_at_one_is_not_a_numbering_error():
    text = "I. A\n1. x\n2. y\nCác lớp:\n1. p\n2. q\nBiểu số 01\n1. m\nII. B\na) u\nb) v\n"
    text += "Ghi chú:\na) w"
    assert findings(text, "numbering") == []


@pytest.mark.parametrize(
    ("lines", "stated"),
    [
        (["I. A", "II. B", "III. C", "VI. D", "V. E"], ["VI."]),  # one slip, one finding
        (["1. A", "2. B", "4. C", "4. D", "5. E"], ["4."]),
        (["1. A", "2. B", "4. C", "5. D"], ["4."]),  # a missing item: the rest follows it
    ],
)
def test_one_slip_gives_one_finding(lines, stated):
    assert [f.stated for f in findings("\n".join(lines), "numbering")] == stated
