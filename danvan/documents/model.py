"""What a document says, apart from how it looks: built from a report, a consolidation, an
appendix or a plan (``builders.py``), laid out by ``layout.py`` into DOCX, and from there PDF.
"""

import datetime
from dataclasses import dataclass, field

# The abbreviations of document types (Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I); a công
# văn has none (its symbol is the issuer's, then the drafting unit's).
TYPE_SYMBOLS = {
    "BÁO CÁO": "BC",
    "KẾ HOẠCH": "KH",
    "QUYẾT ĐỊNH": "QĐ",
    "THÔNG BÁO": "TB",
    "TỜ TRÌNH": "TTr",
    "CHƯƠNG TRÌNH": "CTr",
    "HƯỚNG DẪN": "HD",
    "BIÊN BẢN": "BB",
    "CÔNG VĂN": "",
}


def type_symbol(kind: str) -> str:
    return TYPE_SYMBOLS.get(kind.strip().upper(), "")


def document_symbol(kind: str, unit_symbol: str) -> str:
    """ "BÁO CÁO" + "BQL" → "BC-BQL"; a công văn → "BQL"."""
    prefix = type_symbol(kind)
    return f"{prefix}-{unit_symbol}" if prefix and unit_symbol else (prefix or unit_symbol)


def shown_number(number: str) -> str:
    """The number as the decree writes it: "5" → "05" (a leading 0 under 10)."""
    number = (number or "").strip()
    return f"0{number}" if number.isdigit() and len(number) == 1 else number


@dataclass(frozen=True)
class Signer:
    authority: str = ""  # "KT.", "TM.", "TL.", "TUQ.", "Q." or ""
    authority_title: str = ""  # the head's title after the authority: "TRƯỞNG BAN"
    title: str = ""  # the signer's own title: "PHÓ TRƯỞNG BAN"
    name: str = ""


@dataclass(frozen=True)
class AppendixRow:
    """One line of the appendix table: a heading, or an indicator with its value."""

    heading: str = ""
    number: str = ""
    label: str = ""
    unit: str = ""
    value: str = ""
    note: str = ""


@dataclass(frozen=True)
class Appendix:
    title: str
    caption: str  # "(Kèm theo Báo cáo số …/BC-… ngày …)"
    rows: list[AppendixRow]
    unit_name: str = ""


@dataclass(frozen=True)
class Document:
    kind: str  # "BÁO CÁO", "KẾ HOẠCH"
    # Left header. Each "\n" is a line break the administrator chose; with ``header_fixed``
    # False the layout breaks the names itself (where they do not fit, before a place name).
    parent_body: str  # the body above the issuer ("UBND TỈNH GIA LAI"), "" for an UBND
    issuing_body: str  # bold ("BAN QUẢN LÝ KHU KINH TẾ")
    number: str  # "128" or "" (left blank for the clerk to fill in at signing)
    symbol: str  # "BC-BQL"
    place: str  # "Bình Định"
    date: datetime.date | None
    summary: str  # the line under the type: "Kết quả thực hiện …"
    opening: str = ""  # "Thực hiện Văn bản số … của Sở Nội vụ …, Ban Quản lý … báo cáo …"
    sections: list[tuple[str, str]] = field(default_factory=list)  # (heading, safe HTML)
    closing: str = ""  # "Trên đây là báo cáo …./."
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    appendix: Appendix | None = None
    items: list[tuple[str, str, str]] = field(default_factory=list)  # plan: task, lead, deadline
    # Registers listed after the appendix (a report type's ``appendix_registers``): (title,
    # [header row, rows…]).
    listings: list[tuple[str, list[list[str]]]] = field(default_factory=list)
    title: str = ""  # file name stem
    parent_fixed: bool = False  # parent_body's lines are the administrator's
    issuing_fixed: bool = False  # issuing_body's lines are the administrator's

    @property
    def number_line(self) -> str:
        return f"Số: {shown_number(self.number) or '      '}/{self.symbol}"
