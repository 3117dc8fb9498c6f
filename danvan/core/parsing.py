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

from django.conf import settings
from django.utils import timezone

# Accepted as written; comparison folds case and diacritics, so "CÓ", "co" and "Có" all count.
TRUE_WORDS = frozenset({"có", "c", "x", "1", "đúng", "true", "yes"})
FALSE_WORDS = frozenset({"", "không", "k", "0", "sai", "false", "no"})

NOT_BOOL = "«{value}» không phải có/không (dùng có, không, x, 1, 0)"
NOT_INT = "«{value}» không phải số nguyên không âm"
NOT_NUMBER = "«{value}» không phải số (viết 50.003 hoặc 84,2)"
NO_NUMBER = "chưa ghi số (viết 50.003 hoặc 84,2)"
BAD_DATE = "«{value}» không phải ngày hợp lệ (dạng dd/mm/yyyy, ví dụ 07/06/2021)."
NOT_CHOICE = "«{value}» không hợp lệ; chọn một trong: {choices}"
CONTROL_CHAR = (
    "có ký tự điều khiển không in được ({char}, vị trí {position}): hãy gõ lại hoặc dán dạng "
    "văn bản thuần"
)
LINE_BREAK = "chỉ được một dòng (có {char} ở vị trí {position})"
TEXT_TOO_LONG = "dài quá {max_length} ký tự"
EMPTY_KEY = "mã không được để trống"
DATE_OUT_OF_RANGE = "ngày {value} nằm ngoài khoảng cho phép ({earliest} – {latest})"
INT_OUT_OF_RANGE = "số {value} vượt giới hạn lưu trữ (từ {low} đến {high})"
NOT_TEXT = "phải là chữ"

# The PostgreSQL ``integer`` column (IntegerField, PositiveIntegerField, AutoField ids): a
# larger value would reach the database and fail there (a 500), so it is refused first.
INT_MIN = -(2**31)
INT_MAX = 2**31 - 1


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


def sentence(reason: str) -> str:
    """A reason as a sentence of its own (an API problem): capital first, full stop last."""
    reason = reason.rstrip(".")
    return reason[:1].upper() + reason[1:] + "."


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


# --- what text may hold ---------------------------------------------------------------------
#
# Refused everywhere: C0 control characters (U+0000–U+001F) except tab and line feed, DEL
# (U+007F), C1 (U+0080–U+009F), lone surrogates and the non-characters U+FFFE/U+FFFF. They
# cannot be typed, are not printable, break XML (an XLSX export answered 500) and hide text.
# Tab and line breaks are kept in multi-line text only, where CR and CRLF (what a browser's
# textarea and Windows send) become a line feed.
_FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_RE = re.compile("[\t\n\r]")


def _char_name(char: str) -> str:
    return f"U+{ord(char):04X}"


def printable(value: str) -> str:
    """``value`` as a message may quote it: each refused character written as «U+0007», so
    that the answer itself can be encoded (a lone surrogate cannot be) and read."""
    return _FORBIDDEN_RE.sub(lambda found: f"«{_char_name(found.group())}»", value)


def text_problem(value: str, *, multiline: bool = True) -> str | None:
    """Why ``value`` cannot be stored as text, or None. Multi-line text keeps tab and line
    breaks; single-line text (codes, names) takes none of them."""
    found = _FORBIDDEN_RE.search(value)
    if found:
        return CONTROL_CHAR.format(char=_char_name(found.group()), position=found.start() + 1)
    if not multiline:
        found = _LINE_RE.search(value)
        if found:
            return LINE_BREAK.format(char=_char_name(found.group()), position=found.start() + 1)
    return None


def parse_text(value: str, *, max_length: int | None = None, multiline: bool = False) -> str:
    """Text as stored: surrounding spaces dropped, NFC-normalised (so «Hòa» typed in two ways
    is one string), CR/CRLF read as a line feed in multi-line text; refuses control
    characters (see above) and text longer than ``max_length``."""
    if not isinstance(value, str):
        raise ValueError(NOT_TEXT)
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.strip()
    why = text_problem(value, multiline=multiline)
    if why:
        raise ValueError(why)
    value = unicodedata.normalize("NFC", value)
    if max_length is not None and len(value) > max_length:
        raise ValueError(TEXT_TOO_LONG.format(max_length=max_length))
    return value


def parse_key(value: str, *, max_length: int | None = None) -> str:
    """A code that identifies something (a dossier code, a unit code): single-line text that
    is not empty (spaces alone are empty)."""
    key = parse_text(value, max_length=max_length)
    if not key:
        raise ValueError(EMPTY_KEY)
    return key


def record_date_range(today: datetime.date | None = None) -> tuple[datetime.date, datetime.date]:
    """The dates a record may carry: from ``DANVAN_EARLIEST_DATE`` (01/01/1990) to 31/12 of
    the year ``DANVAN_YEARS_AHEAD`` (1) after this one. A date outside is a typing slip
    (0090 for 1990, 6155 for 2015), never a real dossier."""
    earliest = getattr(settings, "DANVAN_EARLIEST_DATE", datetime.date(1990, 1, 1))
    ahead = getattr(settings, "DANVAN_YEARS_AHEAD", 1)
    year = (today or timezone.localdate()).year + ahead
    return earliest, datetime.date(year, 12, 31)


def date_check(day: datetime.date) -> datetime.date:
    """``day`` if it is inside :func:`record_date_range`, else ValueError."""
    earliest, latest = record_date_range()
    if not earliest <= day <= latest:
        raise ValueError(
            DATE_OUT_OF_RANGE.format(
                value=f"{day.day:02d}/{day.month:02d}/{day.year:04d}",
                earliest=f"{earliest:%d/%m/%Y}",
                latest=f"{latest:%d/%m/%Y}",
            )
        )
    return day


def parse_record_date(text: str) -> datetime.date | None:
    """:func:`parse_date` for the date of a record: also refuses a date outside
    :func:`record_date_range` and a cell with control characters."""
    why = text_problem(text or "", multiline=False)
    if why:
        raise ValueError(why)
    day = parse_date(text)
    return None if day is None else date_check(day)


def _grouped(number: int) -> str:
    sign = "-" if number < 0 else ""
    return sign + f"{abs(number):,}".replace(",", ".")


def int_check(value: int, *, low: int = INT_MIN, high: int = INT_MAX) -> int:
    """``value`` if a database integer column holds it (PostgreSQL's 4 bytes by default)."""
    if not low <= value <= high:
        raise ValueError(
            INT_OUT_OF_RANGE.format(value=_grouped(value), low=_grouped(low), high=_grouped(high))
        )
    return value


def parse_count(text: str) -> int:
    """:func:`parse_int` within the database's integer column."""
    return int_check(parse_int(text), low=0)
