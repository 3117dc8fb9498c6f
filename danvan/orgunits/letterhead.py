"""A unit's letterhead (thể thức, Nghị định 30/2020/NĐ-CP Phụ lục I, Phần I, Mục II): its
official abbreviation (ký hiệu), the place name of its date line (địa danh) and the header
lines (tên cơ quan chủ quản, tên cơ quan ban hành) as the administrator breaks them.

Each is kept on the unit's dated version (:class:`OrgUnitVersion`), so a renamed unit's old
documents keep their old header. What the administrator leaves empty is derived here:

- **địa danh**: the name of the nearest administrative unit at or above the unit (a province
  or a commune-level unit, or any "Ủy ban nhân dân …"), without its level word — "Gia Lai" for
  a provincial agency, "Quy Nhơn" for a ward — unless an administrative unit on the way up
  declares its own;
- **ký hiệu**: the short name when it already is a valid abbreviation ("SNV"), else — last
  resort, flagged as such on the unit's page and in the API — the initials of the name without
  diacritics and without the place ("Ban Quản lý Khu kinh tế tỉnh Gia Lai" → "BQLKKT");
- **tên cơ quan chủ quản**: none for an administrative unit (an UBND heads its own documents),
  else the parent's name with the usual abbreviations ("UBND TỈNH GIA LAI");
- **tên cơ quan ban hành**: the name, broken by the document layout where it must.
"""

import datetime
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from danvan.core.errors import DomainError
from danvan.orgunits.models import OrgUnit, OrgUnitKind
from danvan.orgunits.selectors import orgunit_as_of

SYMBOL_PATTERN = re.compile(r"^[A-ZĐ0-9&]+(?:-[A-ZĐ0-9&]+)*$")
SYMBOL_MAX = 30
HEADER_MAX_LINES = 4
HEADER_LINE_MAX = 60

BAD_SYMBOL = (
    "Ký hiệu «{value}» không hợp lệ: chỉ dùng chữ in hoa không dấu (riêng Đ được dùng), chữ "
    "số, dấu & và dấu gạch nối giữa các nhóm, không có dấu cách (ví dụ: BQL, SNV, UBND, VP-UBND)."
)
SYMBOL_TOO_LONG = "Ký hiệu «{value}» dài quá {max} ký tự."
PLACE_TOO_LONG = "Địa danh dài quá 100 ký tự."
PLACE_BAD = "Địa danh «{value}» chỉ ghi tên đơn vị hành chính, không kèm «ngày …» hay dấu phẩy."
HEADER_TOO_MANY = "{label}: tối đa {max} dòng."
HEADER_LINE_TOO_LONG = "{label}: dòng «{line}» dài quá {max} ký tự."

LEVEL_WORDS = r"tỉnh|thành phố|phường|xã|đặc khu|huyện|quận|thị xã|thị trấn"
_UBND = r"(?:Ủy|Uỷ|ủy|uỷ|UỶ|ỦY) ban nhân dân"
ADMIN_NAME = re.compile(rf"^{_UBND}\b", re.IGNORECASE)
_PLACE = re.compile(rf"^(?:{_UBND}\s+)?({LEVEL_WORDS})\s+(.+)$", re.IGNORECASE)
# A trailing place ("… tỉnh Gia Lai", "… phường Quy Nhơn", "… tỉnh"): level words in lower case
# followed by a capitalised word or nothing, so "Phòng Văn hóa - Xã hội" keeps its "Xã hội".
_TRAILING_PLACE = re.compile(rf"\s+(?:{LEVEL_WORDS})(?:\s+[A-ZĐÀ-Ỹ0-9].*)?$")
_ABBREVIATIONS = [
    (re.compile(_UBND, re.IGNORECASE), "UBND"),
    (re.compile(r"Hội đồng nhân dân", re.IGNORECASE), "HĐND"),
]
_SKIPPED_WORDS = {"và", "-", "–", "&", ","}
ADMINISTRATIVE_KINDS = {OrgUnitKind.TINH, OrgUnitKind.UBND_XA}

# Checks another app adds (the documents app: "does this line fit in the header cell?").
# Each takes a line and whether it is bold, and returns a problem (Vietnamese) or "".
HEADER_LINE_CHECKS: list[Callable[[str, bool], str]] = []


def header_line_check_register(check: Callable[[str, bool], str]) -> None:
    if check not in HEADER_LINE_CHECKS:
        HEADER_LINE_CHECKS.append(check)


# --- what the administrator types ------------------------------------------------------------


def symbol_clean(value: str) -> str:
    """ "bql" stays wrong (ký hiệu are written in capitals); " BQL " → "BQL"; "" allowed."""
    value = unicodedata.normalize("NFC", (value or "").strip())
    if not value:
        return ""
    if len(value) > SYMBOL_MAX:
        raise DomainError(SYMBOL_TOO_LONG.format(value=value, max=SYMBOL_MAX))
    if not SYMBOL_PATTERN.match(value):
        raise DomainError(BAD_SYMBOL.format(value=value))
    return value


def place_clean(value: str) -> str:
    value = " ".join(unicodedata.normalize("NFC", value or "").split())
    if len(value) > 100:
        raise DomainError(PLACE_TOO_LONG)
    if "," in value or re.search(r"\bngày\b", value, re.IGNORECASE):
        raise DomainError(PLACE_BAD.format(value=value))
    return value


def header_clean(value: str, *, label: str, bold: bool) -> str:
    """One line per line typed; blank lines and outer spaces dropped; at most four lines, each
    short enough to stand on one line of the header (checks registered by the documents app)."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > HEADER_MAX_LINES:
        raise DomainError(HEADER_TOO_MANY.format(label=label, max=HEADER_MAX_LINES))
    for line in lines:
        if len(line) > HEADER_LINE_MAX:
            raise DomainError(
                HEADER_LINE_TOO_LONG.format(label=label, line=line, max=HEADER_LINE_MAX)
            )
        for check in HEADER_LINE_CHECKS:
            problem = check(line, bold)
            if problem:
                raise DomainError(f"{label}: {problem}")
    return "\n".join(lines)


PARENT_HEADER_LABEL = "Tên cơ quan chủ quản"
ISSUER_HEADER_LABEL = "Tên cơ quan ban hành"


def letterhead_clean(
    *,
    symbol: str = "",
    place_name: str = "",
    parent_header: str = "",
    issuer_header: str = "",
) -> dict:
    """Every field checked; the first problem raises :class:`DomainError`."""
    return {
        "symbol": symbol_clean(symbol),
        "place_name": place_clean(place_name),
        "parent_header": header_clean(parent_header, label=PARENT_HEADER_LABEL, bold=False),
        "issuer_header": header_clean(issuer_header, label=ISSUER_HEADER_LABEL, bold=True),
    }


# --- what is derived when nothing is declared --------------------------------------------------


def _plain_capital(word: str) -> str:
    """The first letter of ``word`` in capitals without diacritics (Đ stays Đ)."""
    first = word[:1]
    if first in "đĐ":
        return "Đ"
    decomposed = unicodedata.normalize("NFD", first)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").upper()


def symbol_from_name(name: str, short_name: str = "") -> str:
    """The short name if it is a valid abbreviation, else the initials of the name (common
    phrases first: Ủy ban nhân dân → UBND), without the place it ends with."""
    short = (short_name or "").strip()
    if short and SYMBOL_PATTERN.match(short) and len(short) <= SYMBOL_MAX:
        return short
    text = _TRAILING_PLACE.sub("", unicodedata.normalize("NFC", name.strip()))
    for pattern, abbreviation in _ABBREVIATIONS:
        text = pattern.sub(f" {abbreviation} ", text)
    letters = []
    for word in re.split(r"[\s/()]+", text):
        if not word or word.lower() in _SKIPPED_WORDS:
            continue
        if word in ("UBND", "HĐND") or word.isdigit():
            letters.append(word)
        else:
            letters.append(_plain_capital(word))
    symbol = "".join(ch for ch in "".join(letters) if ch.isalnum() or ch == "Đ")
    return symbol[:SYMBOL_MAX]


def place_from_name(name: str) -> str:
    """ "Ủy ban nhân dân tỉnh Gia Lai" → "Gia Lai"; "Ủy ban nhân dân phường 1" → "Phường 1"
    (a unit named by a number keeps its full name, as the decree asks)."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    found = _PLACE.match(name)
    if not found:
        return re.sub(rf"^{_UBND}\s*", "", name, flags=re.IGNORECASE) or name
    level, rest = found.groups()
    if rest[:1].isdigit():
        return f"{level[:1].upper()}{level[1:].lower()} {rest}"
    return rest


def parent_line_from_name(name: str) -> str:
    """The line of the body above: the usual abbreviations, in capitals ("UBND TỈNH GIA LAI")."""
    text = unicodedata.normalize("NFC", name)
    for pattern, abbreviation in _ABBREVIATIONS:
        text = pattern.sub(abbreviation, text)
    return " ".join(text.split()).upper()


def is_administrative(unit: OrgUnit, name: str) -> bool:
    return unit.kind in ADMINISTRATIVE_KINDS or bool(ADMIN_NAME.match(name.strip()))


@dataclass(frozen=True)
class Letterhead:
    """What a document of ``unit`` dated ``day`` writes in its header."""

    symbol: str  # the unit's ký hiệu: "BQL"
    symbol_declared: bool  # False: derived from the short name or (flagged) the initials
    symbol_guessed: bool  # True: initials of the name, the last resort
    document_symbol: str  # after the type: "BQL", or "VP-UBND" when the unit asks for it
    place: str  # "Quy Nhơn"
    place_declared: bool
    parent_lines: tuple[str, ...]  # ("UBND TỈNH GIA LAI",) or () — in capitals
    parent_declared: bool  # True: broken by the administrator, never by the layout
    issuer_lines: tuple[str, ...]
    issuer_declared: bool


def _parent(unit: OrgUnit, day: datetime.date) -> OrgUnit | None:
    parent_id = orgunit_as_of(unit, day).parent_id
    return OrgUnit.objects.filter(pk=parent_id).first() if parent_id else None


def _symbol_of(unit: OrgUnit, day: datetime.date) -> tuple[str, bool, bool]:
    as_of = orgunit_as_of(unit, day)
    if as_of.symbol:
        return as_of.symbol, True, False
    derived = symbol_from_name(as_of.name, as_of.short_name)
    guessed = derived != (as_of.short_name or "").strip()
    return derived, False, guessed


def orgunit_place_as_of(unit: OrgUnit, day: datetime.date) -> tuple[str, bool]:
    """The place of the date line on ``day`` and whether an administrator declared it."""
    current, seen = unit, set()
    top_name = orgunit_as_of(unit, day).name
    while current is not None and current.pk not in seen:
        seen.add(current.pk)
        as_of = orgunit_as_of(current, day)
        if as_of.place_name:
            return as_of.place_name, True
        if is_administrative(current, as_of.name):
            return place_from_name(as_of.name), False
        top_name = as_of.name
        current = _parent(current, day)
    return place_from_name(top_name), False


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.upper() for line in text.split("\n") if line.strip())


def orgunit_letterhead_as_of(unit: OrgUnit, day: datetime.date) -> Letterhead:
    as_of = orgunit_as_of(unit, day)
    symbol, declared, guessed = _symbol_of(unit, day)
    parent = _parent(unit, day)
    document_symbol = symbol
    if as_of.symbol_with_parent and parent is not None:
        document_symbol = f"{symbol}-{_symbol_of(parent, day)[0]}"
    place, place_declared = orgunit_place_as_of(unit, day)
    if as_of.parent_header:
        parent_lines, parent_declared = _lines(as_of.parent_header), True
    elif parent is None or is_administrative(unit, as_of.name):
        parent_lines, parent_declared = (), False
    else:
        parent_lines = (parent_line_from_name(orgunit_as_of(parent, day).name),)
        parent_declared = False
    if as_of.issuer_header:
        issuer_lines, issuer_declared = _lines(as_of.issuer_header), True
    else:
        issuer_lines, issuer_declared = (as_of.name.upper(),), False
    return Letterhead(
        symbol=symbol,
        symbol_declared=declared,
        symbol_guessed=guessed,
        document_symbol=document_symbol,
        place=place,
        place_declared=place_declared,
        parent_lines=parent_lines,
        parent_declared=parent_declared,
        issuer_lines=issuer_lines,
        issuer_declared=issuer_declared,
    )
