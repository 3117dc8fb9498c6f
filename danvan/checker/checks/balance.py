"""balance_mismatch: the one-stop identities of DOMAIN.md §4, matched by role words."""

import re

from danvan.checker.checks.base import Finding, make, num
from danvan.checker.figures import Extraction, Figure

# --- balance_mismatch (DOMAIN §4) -------------------------------------------------------------
ROLE_PATTERNS = [
    ("early_on_time", r"trước và đúng hạn|trước hạn và đúng hạn|đúng và trước hạn"),
    ("carried", r"kỳ trước chuyển (?:qua|sang)|tồn (?:từ )?kỳ trước|chuyển (?:qua|sang) từ kỳ"),
    ("new", r"tiếp nhận mới|mới tiếp nhận|nhận mới"),
    ("pending", r"đang giải quyết|chưa giải quyết|đang xử lý"),
    ("withdrawn", r"\brút\b"),
    ("late", r"trễ hạn|quá hạn|trễ hẹn|quá hẹn"),
    ("on_time", r"đúng hạn|đúng hẹn"),
    ("early", r"trước hạn|trước hẹn"),
    ("resolved", r"đã giải quyết|giải quyết xong|đã trả kết quả|đã xử lý xong"),
    ("total", r"tổng số|tiếp nhận"),
]
_ROLE_RES = [(role, re.compile(pattern, re.I)) for role, pattern in ROLE_PATTERNS]
_PENDING_BEFORE = re.compile(r"đang giải quyết|chưa giải quyết|đang xử lý", re.I)
_NOT_TOTAL = re.compile(r"trực tuyến|trực tiếp|bưu chính|mức độ|dịch vụ", re.I)
IDENTITIES = [
    ("Kỳ trước chuyển qua + tiếp nhận mới = tổng số tiếp nhận", ("carried", "new"), "total"),
    ("Đã giải quyết + đang giải quyết = tổng số tiếp nhận", ("resolved", "pending"), "total"),
    (
        "Đã giải quyết + đang giải quyết + rút = tổng số tiếp nhận",
        ("resolved", "pending", "withdrawn"),
        "total",
    ),
    ("Trước hạn + đúng hạn + trễ hạn = đã giải quyết", ("early", "on_time", "late"), "resolved"),
    ("Trước và đúng hạn + trễ hạn = đã giải quyết", ("early_on_time", "late"), "resolved"),
]


def _role(figure: Figure, text: str, sentence_start: int) -> str | None:
    """The one-stop role the words before the figure give it, else the words right after
    it ("240 hồ sơ kỳ trước chuyển sang"), up to the next punctuation or number."""
    role = _role_in(figure.label[-70:])
    if role == "late" and _PENDING_BEFORE.search(
        text[max(sentence_start, figure.start - 200) : figure.start]
    ):
        return None  # "đang giải quyết 60, trong đó quá hạn 3": overdue among pending
    if role is None:
        after = re.split(r"[,;:()\d\n]", text[figure.end : figure.end + 40])[0]
        role = _role_in(after)
        role = None if role == "total" else role
    return role


def _role_in(words: str) -> str | None:
    for role, regex in _ROLE_RES:
        if regex.search(words):
            if role == "total" and _NOT_TOTAL.search(words):
                return None
            if role == "late" and re.search(r"đang", words, re.I):
                return None
            return role
    return None


def figure_roles(ex: Extraction) -> dict[int, str]:
    """id(figure) → one-stop role, for exact counts of dossiers or petitions."""
    roles = {}
    for figure in ex.figures:
        if figure.kind != "count" or figure.approximate:
            continue
        head = figure.noun.split()[0].lower() if figure.noun else ""
        if head not in ("", "hồ", "đơn"):
            continue
        role = _role(figure, ex.text, ex.sentences[figure.sentence].start)
        if role:
            roles[id(figure)] = role
    return roles


def check_balance(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    findings = []
    blocks: dict[tuple[int, str], list[Figure]] = {}
    current_head: dict[int, str] = {}
    for figure in ex.figures:
        if id(figure) not in roles:
            continue
        block = ex.sentences[figure.sentence].block
        head = figure.noun.split()[0].lower() if figure.noun else current_head.get(block, "")
        current_head[block] = head
        blocks.setdefault((block, head), []).append(figure)
    for figures in blocks.values():
        by_role: dict[str, list[Figure]] = {}
        for figure in figures:
            by_role.setdefault(roles[id(figure)], []).append(figure)
        single = {
            role: items[0] for role, items in by_role.items() if len({f.value for f in items}) == 1
        }
        used_parts: set[tuple[str, ...]] = set()
        for name, parts, whole in IDENTITIES:
            if whole not in single or not all(p in single for p in parts):
                continue
            if "withdrawn" not in parts and "withdrawn" in by_role and whole == "total":
                continue  # the identity with the withdrawn dossiers applies instead
            if any(set(u) < set(parts) for u in used_parts):
                continue
            used_parts.add(parts)
            involved = [single[p] for p in parts] + [single[whole]]
            total = sum(single[p].value for p in parts)
            if total == single[whole].value:
                continue
            findings.append(
                make(
                    "balance_mismatch",
                    ex,
                    min(f.start for f in involved),
                    max(f.end for f in involved),
                    stated=num(single[whole].value),
                    expected=num(total),
                    identity=name,
                )
            )
    return findings
