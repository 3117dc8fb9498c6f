"""invalid_date and date_order: dates that do not exist, and dates in the wrong order
(the report before what it answers, its appendix, a plan's deadlines)."""

import calendar
import datetime
import re
from dataclasses import dataclass

from danvan.checker.checks.base import Finding, make
from danvan.checker.figures import YEAR_RE, Extraction, Figure


# --- dates ------------------------------------------------------------------------------------
def _date_reason(figure: Figure) -> str:
    if not 1 <= (figure.month or 0) <= 12:
        return "tháng chỉ từ 1 đến 12"
    if figure.day == 29 and figure.month == 2 and figure.year:
        return f"năm {figure.year} không phải năm nhuận"
    days = calendar.monthrange(figure.year or 2024, figure.month)[1]
    return f"tháng {figure.month} chỉ có {days} ngày"


def check_invalid_dates(ex: Extraction) -> list[Finding]:
    return [
        make(
            "invalid_date",
            ex,
            f.start,
            f.end,
            stated=_date_text(f),
            reason=_date_reason(f),
        )
        for f in ex.figures
        if f.kind == "date" and not f.valid_date
    ]


def _date_text(f: Figure) -> str:
    parts = [str(x) for x in (f.day, f.month, f.year) if x is not None]
    return "/".join(parts)


def as_date(f: Figure, default_year: int | None = None) -> datetime.date | None:
    if f.kind != "date" or not f.valid_date or f.day is None:
        return None
    year = f.year or default_year
    return datetime.date(year, f.month, f.day) if year else None


HEADER_DATE_RE = re.compile(r"^[^\n]{0,80},\s*ngày\s+[\d\s]*tháng\s+\d{1,2}\s+năm\s+\d{4}", re.M)
DOC_TYPE_RE = re.compile(
    r"^[ \t*]*(BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|TỜ TRÌNH|THÔNG BÁO|CÔNG VĂN|CHƯƠNG TRÌNH)[ \t*]*$", re.M
)
APPENDIX_RE = re.compile(
    r"Kèm theo\s+(?:Báo cáo|Kế hoạch|Quyết định|Tờ trình|Công văn|Văn bản)[^\n)]*?ngày\s+", re.I
)
DEADLINE_RE = re.compile(
    r"(?:trước\s+ngày|chậm nhất (?:là )?(?:ngày)?|hạn chót|hoàn thành trước|hạn nộp)\s*$", re.I
)


@dataclass(frozen=True)
class Header:
    kind: str | None  # "BÁO CÁO", "KẾ HOẠCH" …
    day: int | None
    month: int | None
    year: int | None
    figure: Figure | None

    @property
    def date(self) -> datetime.date | None:
        if self.day and self.month and self.year and self.figure and self.figure.valid_date:
            return datetime.date(self.year, self.month, self.day)
        return None


def read_header(ex: Extraction) -> Header:
    head = ex.text[:3000]
    kind_match = DOC_TYPE_RE.search(head)
    kind = kind_match.group(1) if kind_match else None
    match = HEADER_DATE_RE.search(head)
    if match is None:
        return Header(kind, None, None, None, None)
    for figure in ex.figures:
        if figure.kind == "date" and match.start() <= figure.start < match.end() + 5:
            return Header(kind, figure.day, figure.month, figure.year, figure)
    return Header(kind, None, None, None, None)


def check_date_order(ex: Extraction, header: Header, citations: list) -> list[Finding]:
    findings = []
    own = header.date
    if header.figure is None:
        return findings
    own_month = (header.year, header.month) if header.month and header.year else None
    appendix_spans = [m.span() for m in APPENDIX_RE.finditer(ex.text)]
    for citation in citations:
        cited = citation.date
        if cited is None or any(s <= citation.start < e for s, e in appendix_spans):
            continue
        later = (own and cited > own) or (
            not own and own_month and (cited.year, cited.month) > own_month
        )
        if later:
            findings.append(
                make(
                    "date_order",
                    ex,
                    citation.start,
                    citation.end,
                    stated=cited.strftime("%d/%m/%Y"),
                    reason=(
                        f"Văn bản được trích dẫn ghi ngày {cited:%d/%m/%Y}, sau ngày của chính "
                        f"văn bản này ({_header_text(header)})."
                    ),
                )
            )
    if own:
        for match in APPENDIX_RE.finditer(ex.text):
            figure = next(
                (f for f in ex.figures if f.kind == "date" and f.start == match.end()), None
            )
            day = as_date(figure) if figure else None
            if day and day != own:
                findings.append(
                    make(
                        "date_order",
                        ex,
                        match.start(),
                        figure.end,
                        stated=f"{day:%d/%m/%Y}",
                        expected=f"{own:%d/%m/%Y}",
                        reason=(
                            f"Phụ lục ghi kèm theo văn bản ngày {day:%d/%m/%Y}, nhưng văn bản "
                            f"ghi ngày {own:%d/%m/%Y}."
                        ),
                    )
                )
    findings += _title_year(ex, header)
    if header.kind == "KẾ HOẠCH" and own_month:
        for figure in ex.figures:
            if figure.kind != "date" or figure is header.figure:
                continue
            before = ex.text[max(0, figure.start - 30) : figure.start]
            if figure.text.lower().startswith("ngày"):
                before += "ngày"
            if not DEADLINE_RE.search(before):
                continue
            deadline = as_date(figure, header.year)
            if deadline is None:
                continue
            too_early = (
                deadline < own if own else deadline < datetime.date(own_month[0], own_month[1], 1)
            )
            if too_early:
                findings.append(
                    make(
                        "date_order",
                        ex,
                        figure.start,
                        figure.end,
                        stated=f"{deadline:%d/%m/%Y}",
                        reason=(
                            f"Thời hạn {deadline:%d/%m/%Y} đứng trước ngày ban hành kế hoạch "
                            f"({_header_text(header)})."
                        ),
                    )
                )
    return findings


def _header_text(header: Header) -> str:
    if header.date:
        return f"{header.date:%d/%m/%Y}"
    return f"tháng {header.month:02d}/{header.year}"


def _title_year(ex: Extraction, header: Header) -> list[Finding]:
    """A report on "năm 2022" cannot be dated 2021: the first year its title names comes
    after the year of its own date (a plan may name the next year; a report may not)."""
    if header.kind != "BÁO CÁO" or not header.year:
        return []
    kind = DOC_TYPE_RE.search(ex.text[:3000])
    if kind is None:
        return []
    title_end = ex.text.find("\n\n", kind.end() + 1)
    title_end = title_end if title_end != -1 else min(len(ex.text), kind.end() + 300)
    match = YEAR_RE.search(ex.text, kind.end(), min(title_end, kind.end() + 300))
    if match is None or int(match.group(1)) <= header.year:
        return []
    own = header.date.strftime("%d/%m/%Y") if header.date else f"{header.month}/{header.year}"
    return [
        make(
            "date_order",
            ex,
            match.start(),
            match.end(),
            stated=match.group(1),
            reason=(
                f"Tên báo cáo nói về năm {match.group(1)}, nhưng báo cáo ghi ngày {own}: "
                "một báo cáo không thể có trước năm nó báo cáo."
            ),
        )
    ]
