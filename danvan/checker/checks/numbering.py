"""numbering: section and item numbers that skip or repeat (I, II, III …; 1, 2, 3 …;
a, b, c, d, đ, e …)."""

import re
from dataclasses import dataclass

from danvan.checker.checks.base import Finding, make
from danvan.checker.figures import Extraction

# --- numbering --------------------------------------------------------------------------------
VIETNAMESE_LETTERS = list("abcdđeghiklmnopqrstuvxy")
ROMAN_RE = re.compile(r"^[ \t*]*([IVXL]+)\.[ \t]+\S", re.M)
ARABIC_RE = re.compile(r"^[ \t*]*(\d{1,2})\.[ \t]+\S")
LETTER_RE = re.compile(r"^[ \t*]*([a-zđ])[).][ \t]+\S")
RESET_RE = re.compile(
    r"^[ \t*]*(PHỤ LỤC|Phụ lục|Nơi nhận|NƠI NHẬN|Biểu|BIỂU|Mẫu|MẪU|PHẦN|Phần)", re.M
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(text: str) -> int | None:
    total, previous = 0, 0
    for char in reversed(text):
        value = _ROMAN[char]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total if to_roman(total) == text else None


def to_roman(value: int) -> str:
    out = ""
    for number, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV")):
        while value >= number:
            out, value = out + letters, value - number
    return out + "I" * value


@dataclass
class _Level:
    """One level of numbering: how to show a value, its restart value, and what may follow."""

    show: object  # value → label
    first: int
    previous: int | None = None
    allowed: frozenset = frozenset()

    def reset(self):
        self.previous, self.allowed = None, frozenset()

    def see(self, value: int):
        """None when ``value`` follows; else (previous label, expected label). After a wrong
        number either continuation is accepted, so one slip gives one finding, not two."""
        if self.previous is None or value in self.allowed or value == self.first:
            self.previous, self.allowed = value, frozenset({value + 1})
            return None
        expected = min(self.allowed)
        slip = (self.show(self.previous), self.show(expected))
        self.previous, self.allowed = value, frozenset({value + 1, expected + 1})
        return slip


def _letter(index: int) -> str:
    return VIETNAMESE_LETTERS[index] if index < len(VIETNAMESE_LETTERS) else "?"


def check_numbering(ex: Extraction) -> list[Finding]:
    findings = []
    roman, arabic, letter = _Level(to_roman, 1), _Level(str, 1), _Level(_letter, 0)
    position = 0
    first_roman = True
    for line in ex.text.split("\n"):
        start = position
        position += len(line) + 1
        if RESET_RE.match(line):
            roman.reset(), arabic.reset(), letter.reset()
            first_roman = False  # an appendix may number on from the body
            continue
        match = ROMAN_RE.match(line)
        if match and roman_value(match.group(1)):
            value = roman_value(match.group(1))
            if first_roman and value != 1:
                findings.append(
                    make(
                        "numbering_start",
                        ex,
                        start + match.start(1),
                        start + match.end(1) + 1,
                        stated=match.group(1) + ".",
                        expected="I.",
                    )
                )
            first_roman = False
            slip = roman.see(value)
            arabic.reset(), letter.reset()
            sep = "."
        elif match := ARABIC_RE.match(line):
            slip = arabic.see(int(match.group(1)))
            letter.reset()
            sep = "."
        elif (match := LETTER_RE.match(line)) and match.group(1) in VIETNAMESE_LETTERS:
            slip = letter.see(VIETNAMESE_LETTERS.index(match.group(1)))
            sep = line[match.end(1)]
        else:
            continue
        if slip:
            findings.append(_numbering(ex, start, match, slip[0], slip[1], sep))
    return findings


def _numbering(ex, line_start, match, previous, expected, sep):
    start = line_start + match.start(1)
    end = line_start + match.end(1) + 1
    stated = match.group(1)
    return make(
        "numbering",
        ex,
        start,
        end,
        stated=stated + sep,
        expected=expected + sep,
        previous=previous + sep,
    )
