"""citation_format: legal citations whose number, year, symbol or date is malformed or
self-inconsistent (Nghị định 30/2020/NĐ-CP, appendix I: số/năm/ký hiệu)."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone

from danvan.checker.checks.base import Finding, make
from danvan.checker.figures import Extraction
from danvan.checker.rules import WARNING

# --- citation_format --------------------------------------------------------------------------
_TYPES = (
    r"Bộ luật|Luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|"
    r"Nghị quyết|Kế hoạch|Văn bản|Công văn|Kết luận|Quy định|Chương trình|Hướng dẫn|Thông báo|"
    r"Báo cáo|Tờ trình"
)
# The words between a type and «số» are its title, never another document's type: "Chương
# trình được triển khai theo Quyết định số 90/QĐ-TTg" cites a Quyết định.
CITATION_RE = re.compile(
    rf"\b(?P<type>{_TYPES})(?:\s+(?:liên tịch|phối hợp|hành động))?"
    rf"(?:(?:\s+(?!(?:{_TYPES})\b)[^\s\d,;.()]+){{0,8}}?\s+(?P<so>số\s*:?\s*)|\s+)"
    r"(?P<number>\d[\w/&\-.]*\w)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[^\s,;)]+(?<![.])))?"
)
TYPE_SYMBOL = {
    "Nghị định": "NĐ",
    "Thông tư": "TT",
    "Thông tư liên tịch": "TTLT",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Nghị quyết": "NQ",
    "Kế hoạch": "KH",
    "Kết luận": "KL",
    "Quy định": "QĐ",
    "Chương trình": "CTr",
    "Hướng dẫn": "HD",
    "Thông báo": "TB",
    "Báo cáo": "BC",
    "Tờ trình": "TTr",
}
NEEDS_YEAR = {"Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật"}
SYMBOL = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-Za-zĐđ0-9&]+)*"
STATE_YEAR_RE = re.compile(rf"(\d+)/(\d{{4}})/({SYMBOL})")
STATE_RE = re.compile(rf"(\d+)/({SYMBOL})")
PARTY_RE = re.compile(r"(\d+)-([A-Za-zĐđ]+)/([A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-Za-zĐđ0-9&]+)*)")
# ("ngày 30.3.2022", "ngày 30-3-2022": the dotted and dashed forms newspapers print are dates)
CITATION_DATE_RE = re.compile(
    r"(\d{1,2})(?:/|\.|-|\s+tháng\s+)(\d{1,2})(?:/|\.|-|\s+năm\s+)(\d{4})"
)


@dataclass
class Citation:
    type: str
    number: str
    start: int
    end: int
    date: datetime.date | None
    date_text: str | None


def citations(ex: Extraction) -> list[Citation]:
    found = []
    for m in CITATION_RE.finditer(ex.text):
        number = m.group("number")
        if not re.search(r"[/\-]", number):
            continue
        date_text = m.group("date")
        date = None
        if date_text:
            dm = CITATION_DATE_RE.fullmatch(date_text)
            if dm:
                try:
                    date = datetime.date(int(dm.group(3)), int(dm.group(2)), int(dm.group(1)))
                except ValueError:
                    date = None
        found.append(Citation(m.group("type"), number, m.start(), m.end(), date, date_text))
    return found


def check_citations(ex: Extraction, items: list[Citation], year: int | None) -> list[Finding]:
    findings = []
    latest = (year or timezone.localdate().year) + 1
    for c in items:
        reasons, expected, severity = [], None, None
        symbol_type = TYPE_SYMBOL.get(c.type)
        number_year = None
        if m := STATE_YEAR_RE.fullmatch(c.number):
            number_year = int(m.group(2))
            symbol = m.group(3)
            first = symbol.split("-")[0]
            if c.type in ("Luật", "Bộ luật"):
                if not re.fullmatch(r"QH\d*", symbol):
                    reasons.append(f"ký hiệu của luật là QH…, không phải {symbol}")
            elif c.type == "Nghị quyết" and re.fullmatch(r"(?:UBTVQH|QH)\d*|NQLT-.+", symbol):
                pass  # of the National Assembly (…/QH14), its Standing Committee (…/UBTVQH14)
            elif symbol_type and not first.startswith(symbol_type):
                reasons.append(f"ký hiệu «{first}» không phải của {c.type.lower()}")
            if not 1945 <= number_year <= latest:
                reasons.append(f"năm {number_year} trong số hiệu không hợp lý")
        elif m := STATE_RE.fullmatch(c.number):
            symbol = m.group(2)
            first = symbol.split("-")[0]
            if c.type in NEEDS_YEAR:
                reasons.append(f"số hiệu {c.type.lower()} phải có năm ban hành (số/năm/ký hiệu)")
                if c.date_text and (ym := STATE_YEAR_RE.fullmatch(c.date_text)):
                    expected = f"{c.type} số {m.group(1)}/{ym.group(2)}/{symbol}"
            elif symbol_type and not first.startswith(symbol_type) and "-" in symbol:
                reasons.append(f"ký hiệu «{first}» không phải của {c.type.lower()}")
            glued = symbol_type and symbol[len(symbol_type) :]
            if "-" not in symbol and symbol.startswith(symbol_type or "-") and glued.isupper():
                fixed = f"{m.group(1)}/{symbol_type}-{glued}"
                reasons.append(f"thiếu dấu gạch nối trong ký hiệu (viết {fixed})")
                expected = fixed
                severity = WARNING if len(reasons) == 1 else None
        elif PARTY_RE.fullmatch(c.number):
            pass
        else:
            continue  # not a document number we know how to read: say nothing
        if c.date_text and c.date is None and not CITATION_DATE_RE.fullmatch(c.date_text):
            reasons.append(f"sau «ngày» là «{c.date_text}», không phải một ngày")
        if c.date and number_year and c.date.year != number_year:
            reasons.append(f"năm trong số hiệu ({number_year}) khác năm ban hành ({c.date.year})")
        if reasons:
            findings.append(
                make(
                    "citation_format",
                    ex,
                    c.start,
                    c.end,
                    stated=ex.text[c.start : c.end],
                    expected=expected,
                    severity=severity,
                    reason="; ".join(reasons),
                )
            )
    return findings
