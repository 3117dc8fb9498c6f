"""The one reader of what people type: yes/no words, counts, numbers, dates and list values.

Every importer, form, API body and the report checker reads Vietnamese input through these
functions, so "đúng", "50.003" or "84,2" mean the same thing everywhere. Each parser takes the
text and returns a Python value or raises ``ValueError`` whose message is a Vietnamese reason
(without a final full stop: callers put it after a line and column, or add one).
"""

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

# Accepted as written; comparison folds case and diacritics, so "CÓ", "co" and "Có" all count.
TRUE_WORDS = frozenset({"có", "c", "x", "1", "đúng", "true", "yes"})
FALSE_WORDS = frozenset({"", "không", "k", "0", "sai", "false", "no"})

NOT_BOOL = "«{value}» không phải có/không (dùng có, không, x, 1, 0)"
NOT_INT = "«{value}» không phải số nguyên không âm"
NOT_NUMBER = "«{value}» không phải số (viết 50.003 hoặc 84,2)"
NO_NUMBER = "chưa ghi số (viết 50.003 hoặc 84,2)"
BAD_DATE = "«{value}» không phải ngày hợp lệ (dạng dd/mm/yyyy, ví dụ 07/06/2021)."
NOT_CHOICE = "«{value}» không hợp lệ; chọn một trong: {choices}"


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without diacritics and with single spaces: "  Đúng  Hạn " → "dung han"."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d")
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(bare.split())


_TRUE = frozenset(fold(word) for word in TRUE_WORDS)
_FALSE = frozenset(fold(word) for word in FALSE_WORDS)


def parse_bool(text: str) -> bool:
    """Yes/no as people write it (có, x, 1, đúng … / không, 0, sai …); empty is no."""
    folded = fold(text or "")
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(NOT_BOOL.format(value=(text or "").strip()))


# 50.003 / 50 003 / 50003, then an optional decimal part after a comma: 1.234,5.
_NUMBER_RE = re.compile(r"^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$")
_SPACES_RE = re.compile(r"[\s\u00a0\u202f]+")


def parse_number(text: str) -> Decimal:
    """A number in Vietnamese notation: "50.003" → 50003, "84,2" → 84.2, "-3", "1.234,5".

    Dots group thousands (by three), the comma starts the decimals; spaces between groups are
    ignored. "84.2" is refused rather than read as 842 or as 84,2."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError(NO_NUMBER)
    cleaned = _SPACES_RE.sub("", raw).replace("\u2212", "-")  # − (minus sign) from Word
    match = _NUMBER_RE.match(cleaned)
    if not match:
        raise ValueError(NOT_NUMBER.format(value=raw))
    sign, whole, fraction = match.groups()
    try:
        number = Decimal(f"{sign}{whole.replace('.', '')}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValueError(NOT_NUMBER.format(value=raw)) from None
    return number if fraction else number.quantize(Decimal(1))


def parse_int(text: str) -> int:
    """A count: a whole number, not negative, thousands grouped by dots ("1.234"); an empty
    cell counts 0."""
    raw = (text or "").strip()
    if not raw:
        return 0
    try:
        number = parse_number(raw)
    except ValueError:
        raise ValueError(NOT_INT.format(value=raw)) from None
    if number < 0 or number != number.to_integral_value() or "," in raw:
        raise ValueError(NOT_INT.format(value=raw))
    return int(number)


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


@functools.lru_cache(maxsize=8192)
def parse_date(text: str) -> datetime.date | None:
    """07/6/2021, 07-06-2021, 07.06.2021 or 2021-06-07; None for an empty cell. Cached: an
    import repeats the same few hundred dates thousands of times."""
    raw = (text or "").strip()
    if not raw:
        return None
    match = _DMY.match(raw)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO.match(raw)
        if not match:
            raise ValueError(BAD_DATE.format(value=raw))
        year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(BAD_DATE.format(value=raw)) from None


def labels_list(labels: Iterable[str]) -> str:
    """Accepted labels as a message lists them: "A, B, C", or "A; B" when a label has a comma."""
    labels = list(labels)
    return ("; " if any("," in label for label in labels) else ", ").join(labels)


class Choice:
    """Parser of a value from a list: the slug, or the Vietnamese label with or without
    diacritics. An empty cell is "" with ``blank``, or ``default`` when one is given. Errors
    and templates name the labels, never the slugs."""

    def __init__(
        self, choices: Sequence[tuple[str, str]], *, blank: bool = False, default: str | None = None
    ):
        self.choices = tuple((str(slug), str(label)) for slug, label in choices)
        self.blank = blank
        self.default = default
        self.labels = dict(self.choices)
        self._lookup = {}
        for slug, label in self.choices:
            self._lookup[fold(slug)] = slug
            self._lookup[fold(label)] = slug

    def __call__(self, value: str) -> str:
        if not value.strip() and self.default is not None:
            return self.default
        if not value.strip() and self.blank:
            return ""
        found = self._lookup.get(fold(value))
        if found is None:
            raise ValueError(NOT_CHOICE.format(value=value, choices=self.accepted()))
        return found

    def label(self, slug: str) -> str:
        return self.labels.get(slug, slug)

    def accepted(self) -> str:
        return labels_list(label for _, label in self.choices)
