"""The logic of each rule of :mod:`danvan.checker.rules`, over an :class:`Extraction`.

Every check prefers silence to a guess: approximate figures ("hơn", "khoảng" …) never enter
an exact check, a sum is checked only when its parts are known to be exhaustive, a repeated
figure only when the wording maps it to one catalogue indicator.
"""

import calendar
import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from danvan.checker.figures import Extraction, Figure
from danvan.checker.mapping import LABELS, figure_values
from danvan.checker.rules import RULES, WARNING
from danvan.core.numbers import format_number


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    excerpt: str
    start: int
    end: int
    stated: str | None = None
    expected: str | None = None

    def as_json(self) -> dict:
        data = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "start": self.start,
            "end": self.end,
        }
        if self.stated is not None:
            data["stated"] = self.stated
        if self.expected is not None:
            data["expected"] = self.expected
        return data


def make(name, ex: Extraction, start, end, *, stated=None, expected=None, severity=None, **kw):
    rule = RULES[name]
    message = rule.message.format(stated=stated, expected=expected, **kw)
    return Finding(
        name,
        severity or rule.severity,
        message,
        ex.text[start:end],
        start,
        end,
        None if stated is None else str(stated),
        None if expected is None else str(expected),
    )


def num(value: Decimal) -> str:
    decimals = max(0, -value.normalize().as_tuple().exponent) if value % 1 else 0
    return format_number(value, decimals)


def percent_text(value: Decimal, decimals: int) -> str:
    return f"{format_number(value, decimals)}%"


def percent_ok(stated: Decimal, decimals: int, expected: Decimal) -> bool:
    """A stated percentage may round or truncate the last digit it shows (54,38% for 54,389%)."""
    quantum = Decimal(1).scaleb(-decimals)
    return any(
        expected.quantize(quantum, rounding=mode) == stated
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)
    )


def _gap(ex: Extraction, start: int, end: int) -> str:
    return ex.text[start:end]


def _same_sentence(a: Figure, b: Figure) -> bool:
    return a.sentence == b.sentence


# --- ratio_mismatch ---------------------------------------------------------------------------
# The words just before a percentage that make it the share of what precedes it.
_LINK_TAIL = re.compile(r"(?:đạt|là|bằng|chiếm|tỷ lệ|tỉ lệ|[(=:,–\t-])\s*$", re.I)
# "…, tỷ lệ hài lòng 95%": a share of something else.
_OTHER_SHARE = re.compile(r"(?:tỷ|tỉ) lệ\s+(?!đạt|là|bằng|chiếm)[^\W\d_]", re.I)


def links_to_percent(gap: str) -> bool:
    """Whether the text between a figure and a percentage makes the percentage its share."""
    return (
        len(gap) <= 60
        and not re.search(r"[\d;]", gap)
        and bool(_LINK_TAIL.search(gap))
        and not _OTHER_SHARE.search(gap)
    )


def linked_percent(ex: Extraction, index: int) -> Figure | None:
    """The percentage a ratio figure states: '45/67 đạt 67,2%', '02/02, đạt tỷ lệ: 100%',
    '84,2% (315/372)'."""
    ratio = ex.figures[index]
    if index + 1 < len(ex.figures):
        after = ex.figures[index + 1]
        if (
            after.kind == "percent"
            and _same_sentence(ratio, after)
            and links_to_percent(_gap(ex, ratio.end, after.start))
        ):
            return after
    if index > 0:
        before = ex.figures[index - 1]
        if before.kind == "percent" and re.fullmatch(
            r"\s*\(\s*", _gap(ex, before.end, ratio.start)
        ):
            return before
    return None


def _ratio_finding(ex, numerator, denominator, percent: Figure, start, end):
    if denominator == 0 or percent.approximate:
        return None
    expected = numerator * 100 / denominator
    if percent_ok(percent.value, percent.decimals, expected):
        return None
    shown = max(2, percent.decimals)
    return make(
        "ratio_mismatch",
        ex,
        min(start, percent.start),
        max(end, percent.end),
        stated=percent_text(percent.value, percent.decimals),
        expected=percent_text(expected, shown),
        numerator=num(numerator),
        denominator=num(denominator),
    )


def check_ratios(ex: Extraction) -> list[Finding]:
    findings = []
    for index, figure in enumerate(ex.figures):
        if figure.kind != "ratio" or figure.approximate:
            continue
        percent = linked_percent(ex, index)
        if percent is None:
            continue
        finding = _ratio_finding(
            ex, figure.numerator, figure.denominator, percent, figure.start, figure.end
        )
        if finding:
            findings.append(finding)
    return findings


# --- totals and parts -------------------------------------------------------------------------
MARKER_RE = re.compile(r"\b(trong đó|bao gồm|gồm có|gồm|chia ra|cụ thể là|cụ thể)\b", re.I)
EXHAUSTIVE_MARKERS = {"bao gồm", "gồm có", "gồm", "chia ra", "cụ thể là", "cụ thể"}
# Categories that together make up a whole (each a tuple of synonyms): "trong đó" + every
# category is a full split. Listing only some of them ("trực tuyến 285, trực tiếp 230" with
# postal dossiers left out) is not, and is left alone.
PARTITIONS = [
    (("trực tiếp",), ("trực tuyến",), ("bưu chính",)),
    (("tổ chức riêng",), ("lồng ghép",)),
    (("cấp ủy", "cấp uỷ", "tổ chức đảng"), ("chính quyền",)),
    (("khiếu nại",), ("tố cáo",), ("kiến nghị", "phản ánh")),
    (("không đủ điều kiện",), ("đủ điều kiện",)),
    (("định kỳ",), ("đột xuất",), ("thường xuyên",)),
    (("rất hài lòng",), ("không hài lòng",), ("bình thường",), ("hài lòng",)),
    (("không thuộc thẩm quyền",), ("thuộc thẩm quyền",)),
]
REST_RE = re.compile(r"\b(còn lại|khác)\b", re.I)
BULLET_RE = re.compile(r"^[ \t]*(?:[-+•*–]|[a-zđ]\))[ \t]")


@dataclass
class Structure:
    total: Figure
    parts: list[Figure]
    exhaustive: bool
    marker: str


# Nouns that count kinds of a more general noun: "25 văn bản, gồm: 10 kế hoạch, 8 công văn".
KINDS_OF = {
    "văn bản": (
        "kế hoạch",
        "công văn",
        "báo cáo",
        "quyết định",
        "chỉ thị",
        "nghị quyết",
        "thông báo",
        "hướng dẫn",
        "tờ trình",
        "văn bản",
    ),
}


def nouns_compatible(a: Figure, b: Figure) -> bool:
    """Whether part ``b`` counts the same things as total ``a`` (or a kind of them)."""
    if not a.noun or not b.noun:
        return True
    total, part = a.noun.lower(), b.noun.lower()
    if total.split()[0] == part.split()[0]:
        return True
    return any(total.startswith(g) and part.startswith(KINDS_OF[g]) for g in KINDS_OF)


def _quantity(f: Figure) -> bool:
    return f.kind in ("count", "money")


def _category_of(figure: Figure) -> tuple[int, int] | None:
    """(partition, category) the words before a part name; the most specific wins, so
    "không hài lòng" is not read as "hài lòng"."""
    words = f"{figure.label} {figure.noun}".lower()
    best = None
    for p_index, group in enumerate(PARTITIONS):
        for c_index, synonyms in enumerate(group):
            for word in synonyms:
                match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", words)
                if match and (best is None or len(word) > best[2]):
                    best = (p_index, c_index, len(word))
    return best[:2] if best else None


def _full_split(parts: list[Figure]) -> bool:
    categories = [_category_of(p) for p in parts]
    if None in categories or len({c[0] for c in categories}) != 1:
        return False
    partition = categories[0][0]
    return {c[1] for c in categories} == set(range(len(PARTITIONS[partition])))


def structures(ex: Extraction) -> list[Structure]:
    """'tổng số X, trong đó a, b, c' and 'X … gồm: a, b' in a sentence or a bulleted list."""
    if "structures" not in ex.cache:
        ex.cache["structures"] = _structures(ex)
    return ex.cache["structures"]


def _structures(ex: Extraction) -> list[Structure]:
    found = []
    for s_index, sentence in enumerate(ex.sentences):
        body = ex.text[sentence.start : sentence.end]
        match = MARKER_RE.search(body)
        if match is None:
            continue
        marker_at = sentence.start + match.start()
        in_sentence = ex.in_sentence(s_index)
        before = [f for f in in_sentence if f.end <= marker_at]
        total = None
        if before and _quantity(before[-1]):
            gap = ex.text[before[-1].noun_end : marker_at]
            if len(gap) <= 50 and not re.search(r"[\d;]", gap):
                total = before[-1]
        elif not before and not body[: match.start()].strip(" \t-+:"):
            # "… 524 hồ sơ. Trong đó …": only when the sentence before states one quantity;
            # with several, which one the parts split is a guess.
            previous = [f for f in ex.in_sentence(s_index - 1) if _quantity(f)]
            if len(previous) == 1:
                total = previous[0]
        if total is None or total.approximate:
            continue
        after = [f for f in in_sentence if f.start >= marker_at + len(match.group())]
        tail = body[match.end() :].strip()
        if tail in (":", "") or (tail.endswith(":") and not after):
            # The parts are the bulleted lines that follow.
            after = []
            for next_index in range(s_index + 1, len(ex.sentences)):
                nxt = ex.sentences[next_index]
                line_start = ex.text.rfind("\n", 0, nxt.start) + 1
                if not BULLET_RE.match(ex.text[line_start : nxt.end]):
                    break
                after.extend(ex.in_sentence(next_index))
        else:
            # Inline parts stop at a semicolon or a second marker.
            stop = len(body)
            for stopper in (";", *[m.start() for m in MARKER_RE.finditer(body, match.end())]):
                position = body.find(stopper, match.end()) if isinstance(stopper, str) else stopper
                if position != -1:
                    stop = min(stop, position)
            after = [f for f in after if f.end <= sentence.start + stop]
        parts = [f for f in after if f.kind == total.kind and nouns_compatible(total, f)]
        if not parts:
            continue
        marker = match.group(1).lower()
        exhaustive = marker in EXHAUSTIVE_MARKERS
        if not exhaustive and len(parts) >= 2:
            exhaustive = _full_split(parts)
            exhaustive = exhaustive or bool(REST_RE.search(f"{parts[-1].label} {parts[-1].noun}"))
        found.append(Structure(total, parts, exhaustive, marker))
    return found


def check_structures(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    findings = []
    for st in structures(ex):
        total, parts = st.total, st.parts
        exact_parts = [p for p in parts if not p.approximate]
        over = [p for p in exact_parts if p.value > total.value]
        for part in over:
            findings.append(
                make(
                    "part_exceeds_total",
                    ex,
                    total.start,
                    part.end,
                    stated=num(part.value),
                    expected=num(total.value),
                )
            )
        # A percentage stated for a part is a share of the total.
        for part in exact_parts:
            index = ex.index_of(part)
            if index + 1 >= len(ex.figures):
                continue
            percent = ex.figures[index + 1]
            gap = _gap(ex, part.end, percent.start)
            if (
                percent.kind == "percent"
                and _same_sentence(part, percent)
                and links_to_percent(gap)
                and re.search(r"\(|chiếm|tỷ lệ|tỉ lệ|bằng", gap, re.I)
                and part.value <= total.value
            ):
                finding = _ratio_finding(ex, part.value, total.value, percent, part.start, part.end)
                if finding:
                    findings.append(finding)
        if over or not st.exhaustive or len(parts) < 2 or len(exact_parts) != len(parts):
            continue
        if id(total) in roles and all(id(p) in roles for p in parts):
            continue  # a one-stop identity: balance_mismatch speaks for it
        total_of_parts = sum(p.value for p in parts)
        if total_of_parts != total.value:
            findings.append(
                make(
                    "sum_mismatch",
                    ex,
                    total.start,
                    parts[-1].end,
                    stated=num(total.value),
                    expected=num(total_of_parts),
                )
            )
    return findings


# "trong 120 hồ sơ …, có 96 hồ sơ nộp trực tuyến, chiếm 82%": a share of a stated whole.
_WHOLE_BEFORE = re.compile(r"(?:\btrong|trong tổng số|trên tổng số)\s*$", re.I)
# "đợt 1 có 120 người, đợt 2 có 95 người, …, tổng cộng 335 người": parts, then their total.
_TRAILING_TOTAL = re.compile(r"(?:tổng cộng|cộng|tổng số|tổng)\s*(?:là|:)?\s*$", re.I)


def check_shares(ex: Extraction) -> list[Finding]:
    findings = []
    figures = ex.figures
    for index in range(2, len(figures)):
        whole, part, percent = figures[index - 2], figures[index - 1], figures[index]
        if not (
            percent.kind == "percent"
            and whole.kind == part.kind == "count"
            and whole.sentence == part.sentence == percent.sentence
            and whole.exact
            and part.exact
            and _WHOLE_BEFORE.search(ex.text[max(0, whole.start - 20) : whole.start])
            and nouns_compatible(whole, part)
            and part.value <= whole.value
            and links_to_percent(_gap(ex, part.end, percent.start))
        ):
            continue
        finding = _ratio_finding(ex, part.value, whole.value, percent, part.start, part.end)
        if finding:
            findings.append(finding)
    return findings


def check_trailing_totals(ex: Extraction) -> list[Finding]:
    findings = []
    for figure in ex.figures:
        if figure.kind != "count" or figure.approximate:
            continue
        sentence = ex.sentences[figure.sentence]
        before = ex.text[sentence.start : figure.start]
        if not _TRAILING_TOTAL.search(before[-20:]):
            continue
        scope_start = sentence.start + before.rfind(":") + 1 if ":" in before else sentence.start
        parts = [
            f
            for f in ex.in_sentence(figure.sentence)
            if f.start >= scope_start and f.end <= figure.start and f.kind == "count"
        ]
        if len(parts) < 2 or any(p.approximate or not nouns_compatible(figure, p) for p in parts):
            continue
        total = sum(p.value for p in parts)
        if total != figure.value:
            findings.append(
                make(
                    "sum_mismatch",
                    ex,
                    parts[0].start,
                    figure.end,
                    stated=num(figure.value),
                    expected=num(total),
                )
            )
    return findings


# --- percent_over_100 -------------------------------------------------------------------------
SHARE_RE = re.compile(r"tỷ lệ|tỉ lệ|chiếm|trong đó|đạt", re.I)
GROWTH_RE = re.compile(
    r"tăng|giảm|vượt|so với|kế hoạch|chỉ tiêu|cùng kỳ|dự toán|tốc độ|gấp|mục tiêu|tăng trưởng",
    re.I,
)


def check_percent_over_100(ex: Extraction) -> list[Finding]:
    findings = []
    for figure in ex.figures:
        if figure.kind != "percent" or figure.approximate or figure.value <= 100:
            continue
        before = figure.label[-60:]
        after = ex.text[figure.end : figure.end + 40]
        if GROWTH_RE.search(before) or GROWTH_RE.search(after):
            continue
        if not SHARE_RE.search(before):
            continue
        findings.append(
            make(
                "percent_over_100",
                ex,
                figure.start,
                figure.end,
                stated=percent_text(figure.value, figure.decimals),
                expected="≤ 100%",
            )
        )
    return findings


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
    if role == "late" and _PENDING_BEFORE.search(text[sentence_start : figure.start]):
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


# --- inconsistent_repeat ----------------------------------------------------------------------
COMPARISON_RE = re.compile(
    r"so với|cùng kỳ|năm trước|kỳ trước(?! chuyển)|kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|dự kiến|"
    r"\btăng\b|\bgiảm\b|lũy kế|luỹ kế|bình quân|trung bình|\bmỗi\b|\btháng\s+\d|\bquý\s+[IV1-4]|"
    r"\d+\s+tháng",
    re.I,
)
YEAR_RE = re.compile(r"\bnăm\s+(\d{4})\b", re.I)


def document_year(ex: Extraction, report_date) -> int | None:
    if report_date and report_date[2]:
        return report_date[2]
    years = [int(y) for y in YEAR_RE.findall(ex.text)]
    return max(set(years), key=years.count) if years else None


def _repeat_keys(figure: Figure) -> dict:
    """What a figure states, as comparable keys: catalogue codes when the wording maps to
    one; for a ratio also (denominator, what it counts, the verb before it), so "đã giải
    quyết 25/28 đơn" and later "đã giải quyết 26/28 đơn" are the same quantity."""
    keys = dict(figure_values(figure))
    if figure.kind == "ratio" and not figure.approximate and figure.noun:
        verb = " ".join(figure.label.lower().split()[-2:])
        if verb:
            keys[("ratio", f"{verb} …/{num(figure.denominator)} {figure.noun}")] = figure.numerator
    return keys


def check_repeats(ex: Extraction, year: int | None) -> list[Finding]:
    findings = []
    first: dict[tuple, tuple[Decimal, Figure]] = {}
    parts = {id(p) for st in structures(ex) for p in st.parts}
    for figure in ex.figures:
        if id(figure) in parts:
            continue  # "trong đó …": a share of another figure, not the quantity itself
        sentence = ex.sentence_text(figure)
        if COMPARISON_RE.search(sentence):
            continue
        years = {int(y) for y in YEAR_RE.findall(sentence)}
        if len(years) > 1:
            continue
        # A quantity of another year is another quantity.
        when = years.pop() if years else year
        for code, value in _repeat_keys(figure).items():
            code = (code, when)
            if code not in first:
                first[code] = (value, figure)
                continue
            seen, _ = first[code]
            if seen != value:
                findings.append(
                    make(
                        "inconsistent_repeat",
                        ex,
                        figure.start,
                        figure.end,
                        stated=num(value),
                        expected=num(seen),
                        quantity=LABELS.get(code[0], code[0])
                        if isinstance(code[0], str)
                        else code[0][1],
                    )
                )
                break
    return findings


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
    for line in ex.text.split("\n"):
        start = position
        position += len(line) + 1
        if RESET_RE.match(line):
            roman.reset(), arabic.reset(), letter.reset()
            continue
        match = ROMAN_RE.match(line)
        if match and roman_value(match.group(1)):
            slip = roman.see(roman_value(match.group(1)))
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


# --- citation_format --------------------------------------------------------------------------
CITATION_RE = re.compile(
    r"\b(?P<type>Bộ luật|Luật|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Chỉ thị|"
    r"Nghị quyết|Kế hoạch|Văn bản|Công văn|Kết luận|Quy định|Chương trình|Hướng dẫn|Thông báo|"
    r"Báo cáo|Tờ trình)(?:\s+(?:liên tịch|phối hợp|hành động))?"
    r"(?:(?:\s+[^\s\d,;.()]+){0,8}?\s+(?P<so>số\s*:?\s*)|\s+)"
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
CITATION_DATE_RE = re.compile(r"(\d{1,2})(?:/|\s+tháng\s+)(\d{1,2})(?:/|\s+năm\s+)(\d{4})")


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
    latest = (year or datetime.date.today().year) + 1
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
