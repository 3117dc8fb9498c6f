"""inconsistent_repeat: the same quantity stated twice with different values."""

import re
from decimal import Decimal

from danvan.checker.checks.arithmetic import structure_parts
from danvan.checker.checks.balance import level_of
from danvan.checker.checks.base import Finding, make, num
from danvan.checker.figures import Extraction, Figure
from danvan.checker.mapping import LABELS, figure_values

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


# "tổng số hộ nghèo là 815.101 hộ": a quantity named in full, whatever the catalogue knows.
_NAMED_TOTAL = re.compile(r"(?<!\w)(tổng số\s+[^\W\d_][^\d,;:()%]{1,48}?)\s*(?:là|:)\s*$", re.I)


def _repeat_keys(figure: Figure) -> dict:
    """What a figure states, as comparable keys: catalogue codes when the wording maps to
    one; for a ratio also (denominator, what it counts, the verb before it), so "đã giải
    quyết 25/28 đơn" and later "đã giải quyết 26/28 đơn" are the same quantity."""
    keys = dict(figure_values(figure))
    named = _NAMED_TOTAL.search(figure.label[-60:]) if figure.kind == "count" else None
    if named and figure.exact:
        keys[("named", " ".join(named.group(1).lower().split()))] = figure.value
    if figure.kind == "ratio" and not figure.approximate and figure.noun:
        verb = " ".join(figure.label.lower().split()[-2:])
        if verb:
            keys[("ratio", f"{verb} …/{num(figure.denominator)} {figure.noun}")] = figure.numerator
    return keys


def _sentence_context(ex: Extraction, index: int, cache: dict):
    """None for a sentence that compares, plans or names several years; else the year it
    names (0 for none). Computed once per sentence."""
    if index not in cache:
        sentence = ex.text[ex.sentences[index].start : ex.sentences[index].end]
        years = {int(y) for y in YEAR_RE.findall(sentence)}
        if COMPARISON_RE.search(sentence) or len(years) > 1:
            cache[index] = None
        else:
            cache[index] = years.pop() if years else 0
    return cache[index]


# Words that make a figure a part or a kind of the quantity its wording maps to: "tiếp thường
# xuyên 517 lượt" is not the number of receptions, "6.848 hồ sơ được giải quyết đúng hẹn" not
# the number resolved.
SUBSET_RE = re.compile(
    r"thường xuyên|định kỳ|đột xuất|lần đầu|nhiều lần|tính riêng|\briêng\b|trong số|"
    r"lãnh đạo|chủ tịch|đoàn đông người|lần\s+\d",
    re.I,
)
# After the figure the catalogue's wording is not read, so its own qualifiers count there too.
SUBSET_AFTER_RE = re.compile(
    rf"{SUBSET_RE.pattern}|đúng hạn|đúng hẹn|trước hạn|trước hẹn|quá hạn|trễ hạn|trễ hẹn|"
    r"trực tuyến|trực tiếp|bưu chính",
    re.I,
)


def _subset(ex: Extraction, figure: Figure) -> bool:
    after = re.split(r"[,;.()]", ex.text[figure.end : figure.end + 60])[0]
    return bool(SUBSET_RE.search(figure.label[-50:]) or SUBSET_AFTER_RE.search(after))


def check_repeats(ex: Extraction, year: int | None) -> list[Finding]:
    findings = []
    first: dict[tuple, tuple[Decimal, Figure]] = {}
    parts = structure_parts(ex)
    cache: dict[int, int | None] = {}
    for figure in ex.figures:
        if id(figure) in parts:
            continue  # "trong đó …": a share of another figure, not the quantity itself
        keys = _repeat_keys(figure)
        if not keys or _subset(ex, figure):
            continue
        context = _sentence_context(ex, figure.sentence, cache)
        if context is None:
            continue  # a comparison, a target, a month …: another quantity
        # A quantity of another year is another quantity.
        when = context or year
        level = level_of(ex, figure)  # the same identity per level is another quantity
        for code, value in keys.items():
            code = (code, when, level)
            if code not in first:
                first[code] = (value, figure)
                continue
            seen, earlier = first[code]
            if seen != value and not (
                code[0][0] == "named" and earlier.sentence == figure.sentence
            ):
                # (two values named in one sentence are of two things: "huyện A có tổng số hộ
                # nghèo là 120 hộ, huyện B có tổng số hộ nghèo là 95 hộ")
                findings.append(
                    make(
                        "inconsistent_repeat",
                        ex,
                        figure.start,
                        figure.end,
                        stated=num(value),
                        expected=num(seen),
                        arithmetic=f"{num(seen)} ≠ {num(value)}",
                        quantity=LABELS.get(code[0], code[0])
                        if isinstance(code[0], str)
                        else code[0][1],
                    )
                )
                break
    return findings
