"""Report outlines (đề cương) as data: numbered headings that may nest, from a report type's
version (decision 0033).

An outline is stored as JSON — ``[{"key": "IV", "title": "Đánh giá chung", "children": [{"key":
"IV.1", "title": "Ưu điểm"}]}]`` — and typed by administrators as plain text, one heading per
line, its level given by its number: «I.» (Roman: level 1), «1.» (level 2), «a)» (level 3)::

    I. Đặc điểm tình hình
    IV. Đánh giá chung
    1. Ưu điểm
    2. Hạn chế

Keys are derived from the numbers (I, IV, IV.1, IV.1.a): a report's ``sections`` are keyed by
them, so two versions of a type that keep a heading's number keep its text.

>>> [h.label for h in outline_headings(outline_from_text("I. Một\\nII. Hai\\n1. Con"))]
['I. Một', 'II. Hai', '1. Con']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from danvan.core.errors import DomainError

# The standard outline of a periodic report (DOMAIN.md §6): the first report type's.
STANDARD = (
    ("I", "ĐẶC ĐIỂM TÌNH HÌNH"),
    ("II", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI"),
    ("III", "KẾT QUẢ THỰC HIỆN"),
    ("IV", "ĐÁNH GIÁ CHUNG"),
    ("V", "NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"),
)
STANDARD_OUTLINE = [{"key": key, "title": title} for key, title in STANDARD]
STANDARD_TYPE = "BC_DINH_KY"
MAX_LEVEL = 3
MAX_HEADINGS = 60

EMPTY = "Đề cương phải có ít nhất một mục."
BAD_LINE = "Dòng {line}: «{text}» không bắt đầu bằng số mục (I., II. …; 1., 2. …; a), b) …)."
NO_TITLE = "Dòng {line}: mục «{number}» chưa có tên."
TOO_DEEP = "Dòng {line}: mục «{number}» phải nằm dưới một mục cấp trên (I. → 1. → a))."
DUPLICATE = "Dòng {line}: số mục «{number}» trùng với một mục trước đó."
TOO_LONG = "Dòng {line}: tên mục dài quá 300 ký tự."
TOO_MANY = "Đề cương có quá nhiều mục (tối đa {max})."
BAD_SECTION = "Mục «{key}» không có trong đề cương của loại báo cáo."

_ROMAN = re.compile(r"^(?P<n>[IVXLC]+)\s*[.)]\s*(?P<t>.*)$")
_ARABIC = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s*(?P<t>.*)$")
_LETTER = re.compile(r"^(?P<n>[a-zđ])\s*\)\s*(?P<t>.*)$")


@dataclass(frozen=True)
class Heading:
    key: str  # "IV.1": the key of the report's ``sections``
    number: str  # "1." as printed
    title: str
    level: int  # 1, 2, 3

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def slug(self) -> str:
        """The key as a form field's name part ("IV_1")."""
        return self.key.replace(".", "_")


def _number(key: str, level: int) -> str:
    last = key.rsplit(".", 1)[-1]
    return f"{last})" if level == 3 else f"{last}."


def outline_headings(outline: list) -> tuple[Heading, ...]:
    """Every heading of a stored outline, in reading order."""
    found: list[Heading] = []

    def walk(nodes, level):
        for node in nodes or ():
            key = str(node["key"])
            found.append(Heading(key, _number(key, level), str(node["title"]), level))
            walk(node.get("children"), level + 1)

    walk(outline or STANDARD_OUTLINE, 1)
    return tuple(found)


def outline_text(outline: list) -> str:
    """The outline as an administrator types it."""
    return "\n".join(("    " * (h.level - 1)) + h.label for h in outline_headings(outline))


def _match(line: str):
    """(level, match) of a heading line by its number, or None."""
    for level, pattern in ((1, _ROMAN), (3, _LETTER), (2, _ARABIC)):
        match = pattern.match(line)
        if match:
            return level, match
    return None


def outline_from_text(text: str) -> list:
    """Parse the typed outline; DomainError listing every problem (by line)."""
    text = unicodedata.normalize("NFC", text or "")
    problems: list[str] = []
    roots: list[dict] = []
    parents: list[dict | None] = [None, None, None]  # last heading of level 1, 2
    keys: set[str] = set()
    count = 0
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        found = _match(line)
        if found is None:
            problems.append(BAD_LINE.format(line=line_no, text=line[:40]))
            continue
        level, match = found
        number, title = match["n"], match["t"].strip()
        shown = f"{number})" if level == 3 else f"{number}."
        if not title:
            problems.append(NO_TITLE.format(line=line_no, number=shown))
            continue
        if len(title) > 300:
            problems.append(TOO_LONG.format(line=line_no))
            continue
        parent = parents[level - 2] if level > 1 else None
        if level > 1 and parent is None:
            problems.append(TOO_DEEP.format(line=line_no, number=shown))
            continue
        key = number if parent is None else f"{parent['key']}.{number}"
        if key in keys:
            problems.append(DUPLICATE.format(line=line_no, number=shown))
            continue
        keys.add(key)
        count += 1
        node = {"key": key, "title": title}
        if parent is None:
            roots.append(node)
        else:
            parent.setdefault("children", []).append(node)
        parents[level - 1] = node
        for deeper in range(level, MAX_LEVEL):
            parents[deeper] = None
    if count > MAX_HEADINGS:
        problems.append(TOO_MANY.format(max=MAX_HEADINGS))
    if not roots and not problems:
        problems.append(EMPTY)
    if problems:
        raise DomainError(" ".join(problems))
    return roots


def outline_valid(outline: list) -> list:
    """A stored outline (from the API or a migration) checked by round-tripping its text."""
    return outline_from_text(outline_text(outline)) if outline else outline_from_text("")


def request_outline(request) -> tuple[Heading, ...]:
    """The headings of a request's report type (the standard outline when it names none)."""
    version = getattr(request, "report_type", None) if request is not None else None
    return outline_headings(version.outline if version is not None else STANDARD_OUTLINE)


def report_outline(report) -> tuple[Heading, ...]:
    return request_outline(report.request)


def sections_for(headings, given: dict | None) -> dict:
    """``given`` narrowed to the outline's keys (every key present)."""
    given = given or {}
    return {h.key: given.get(h.key, "") for h in headings}
