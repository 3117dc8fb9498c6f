"""What a document says, apart from how it looks: built from a report, a consolidation, an
appendix or a plan (``builders.py``), laid out by ``layout.py`` into DOCX, and from there PDF.
"""

import datetime
from dataclasses import dataclass, field


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
    parent_body: str  # left header, first line: the body above the issuer ("UBND TỈNH GIA LAI")
    issuing_body: str  # left header, second line, bold ("BAN QUẢN LÝ KHU KINH TẾ")
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
    title: str = ""  # file name stem

    @property
    def number_line(self) -> str:
        return f"Số: {self.number or '      '}/{self.symbol}"
