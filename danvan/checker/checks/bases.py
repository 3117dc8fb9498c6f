"""shares_base_conflict: shares a report gives of one base it does not state, whose figures
cannot all be right of a single base.

"… 57.180 hộ nghèo, chiếm tỷ lệ 12,81% … Hộ cận nghèo có 43.316 hộ, chiếm tỷ lệ 9,12%": the
poverty rate and the near-poverty rate of a unit are both of its households; 12,81% puts them
between 446.196 and 446.544, 9,12% between 474.696 and 475.217 — no number of households gives
both. Every share determines the interval its base lies in (its percentage may be rounded or
cut); two shares of one base whose intervals do not meet cannot both be right. Which one is
wrong the text does not say: a warning on the second.

Two shares are taken to be of one base when the text names it with the same words after both
(«chiếm 13,13% so với tổng số hộ nghèo DTTS», «chiếm 13,63% so với tổng số hộ nghèo DTTS», in
one paragraph or the next), or when they are the poverty and near-poverty rates of one group
of households (all of them, or those of ethnic minorities) with no base named. Shares of a
named unit (a district, a commune), of another year, or of a base the text states as a figure
are left to the other checks."""

import math
import re
from decimal import Decimal

from danvan.checker.checks.base import Finding, make, num, percent_text
from danvan.checker.figures import Extraction, Figure
from danvan.checker.rules import WARNING

# The words between a figure and its percentage that make the percentage its share.
_SHARE_LINK = re.compile(r"^[^\d;]{0,40}?(?:chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.I)
_NAMED = re.compile(
    r"[ \t]*(?:của|so với|trên)?[ \t]*"
    r"(tổng[ \t]+số[ \t]+[^\d,;.()\n]{1,50}|dân số|số hộ[^\d,;.()\n]{0,40})",
    re.I,
)
_MINORITY = re.compile(r"dân tộc thiểu số|\bDTTS\b|đồng bào dân tộc|người dân tộc", re.I)
# "huyện Ea Súp", "xã Ia Pa", "thị xã Ayun Pa": the figure of one unit, not of the whole.
_UNIT_NAME = re.compile(
    r"\b(?:huyện|xã|thị xã|thị trấn|thành phố|phường|quận|tỉnh)\s+(?!này|nghèo)[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]"
)
# "hộ nghèo thuộc diện bảo trợ xã hội", "hộ nghèo theo tiêu chí thu nhập", "hộ thoát nghèo":
# a group of the poor households, a share of them rather than of all households.
_NARROWER = re.compile(
    r"nghèo\s+(?:thuộc|theo|do|xác định|về|thiếu|không|được|mới|tái|phát sinh)"
    r"|thoát nghèo|tái nghèo|nghèo mới",
    re.I,
)
_COMMA = re.compile(r",(?!\d)")
_YEAR = re.compile(r"\b(20\d\d)\b")
_AGAINST = re.compile(r"so với[^;()]*$", re.I)


def _clause_start(ex: Extraction, figure: Figure) -> int:
    sentence = ex.sentences[figure.sentence]
    cut = max(ex.text.rfind(";", sentence.start, figure.start), sentence.start - 1)
    return cut + 1


def _outside_parentheses(text: str) -> str:
    while True:
        shorter = re.sub(r"\([^()]*\)", " ", text)
        if shorter == text:
            return text
        text = shorter


def _subject(ex: Extraction, percent: Figure) -> Figure | None:
    """The count (or ratio) a «…, chiếm tỷ lệ P%» is the share of: the figure before it in its
    clause, a parenthesis between them set aside («17.185 (giảm 5.193 hộ so với cuối năm
    2019), chiếm tỷ lệ 11,14%»)."""
    index = ex.index_of(percent)
    start = _clause_start(ex, percent)
    following = ex.figures[index + 1] if index + 1 < len(ex.figures) else None
    if (
        following is not None
        and following.kind == "count"
        and following.exact
        and re.fullmatch(r"\s*\(\s*", ex.text[percent.end : following.start])
        and ex.text[following.noun_end : following.noun_end + 1] == ")"
        and re.search(r"(?:tỷ|tỉ) lệ\b", ex.text[start : percent.start], re.I)
    ):
        return following  # "tỷ lệ hộ nghèo giảm còn 4,66% (16.820 hộ)"
    for previous in reversed(ex.figures[:index]):
        if previous.end <= start:
            return None
        between = ex.text[previous.end : percent.start]
        if between.count("(") > between.count(")") or between.count(")") > between.count("("):
            continue  # inside a parenthesis, or the figure a parenthesis closes after
        if previous.kind not in ("count", "ratio") or previous.approximate:
            return None
        if _SHARE_LINK.match(_outside_parentheses(between)):
            return _of_named_things(ex, previous, percent, start)
        return None
    return None


def _of_named_things(ex: Extraction, previous: Figure, percent: Figure, start: int):
    """ "hộ nghèo 189 hộ, 612 khẩu, chiếm 6,79% số hộ": a share named of households is of the
    households stated just before the people, not of the people."""
    named = _NAMED.match(ex.text, percent.end)
    if named is None or not previous.noun:
        return previous
    base = re.sub(r"^(?:tổng\s+)?số\s+", "", named.group(1).lower()).split()
    if not base or previous.noun.lower().split()[0] == base[0]:
        return previous
    index = ex.index_of(previous)
    earlier = ex.figures[index - 1] if index else None
    if (
        earlier is not None
        and earlier.start >= start
        and earlier.kind == "count"
        and earlier.exact
        and earlier.noun.lower().split()[:1] == base[:1]
        and re.fullmatch(r"\s*,\s*", ex.text[earlier.noun_end : previous.start])
    ):
        return earlier
    return None


def _interval(part: Decimal, percent: Figure) -> tuple[Decimal, Decimal]:
    """The bases that give ``part`` this percentage, rounded or cut to its decimals."""
    unit = Decimal(1).scaleb(-percent.decimals)
    low, high = percent.value - unit / 2, percent.value + unit
    return part * 100 / high, part * 100 / low if low > 0 else Decimal("Infinity")


def _key(ex: Extraction, subject: Figure, percent: Figure) -> tuple | None:
    clause = ex.text[_clause_start(ex, subject) : percent.start]
    named = _NAMED.match(ex.text, percent.end)
    if _UNIT_NAME.search(_outside_parentheses(clause)):
        return None
    if named and not named.group(1).lower().startswith("dân số"):
        words = " ".join(named.group(1).lower().split())
        return ("named", words)
    # The words that say what the figure counts: from the comma before it ("…, cho thấy
    # toàn tỉnh hiện có 57.180 hộ nghèo") to its percentage.
    before = _outside_parentheses(ex.text[_clause_start(ex, subject) : subject.start])
    after = _outside_parentheses(ex.text[subject.end : percent.start])
    last = _COMMA.split(before)[-1]
    words = f"{last} {subject.noun} {after}".lower()
    if "nghèo" not in words or not re.search(r"\bhộ\b", words) or _NARROWER.search(words):
        return None
    # The group may be named for the whole clause: "riêng vùng đồng bào dân tộc thiểu số có
    # 4.250 hộ nghèo, chiếm 19,98%, và 1.913 hộ cận nghèo, chiếm 8,99%".
    group = "minority" if _MINORITY.search(words) or _MINORITY.search(before) else "all"
    return ("households", group)


def _years(ex: Extraction, subject: Figure, percent: Figure) -> set[str]:
    sentence = ex.sentences[subject.sentence]
    text = _outside_parentheses(ex.text[sentence.start : percent.start])
    return {y for y in _YEAR.findall(text) if not _AGAINST.search(text[: text.find(y)])}


def check_base_conflicts(ex: Extraction) -> list[Finding]:
    shares = []
    for percent in ex.figures:
        if percent.kind != "percent" or percent.approximate or not percent.value:
            continue
        subject = _subject(ex, percent)
        if subject is None:
            continue
        key = _key(ex, subject, percent)
        if key is None:
            continue
        if subject.kind == "ratio":
            if not subject.denominator:
                continue
            part, bounds = subject.numerator, (subject.denominator, subject.denominator)
        else:
            part, bounds = subject.value, _interval(subject.value, percent)
        shares.append((key, subject, percent, part, bounds))
    stated = {
        f.denominator if f.kind == "ratio" else f.value
        for f in ex.figures
        if f.kind in ("count", "ratio") and f.exact and (f.denominator or f.value)
    }
    findings = []
    for i, (key, subject, percent, part, (low, high)) in enumerate(shares):
        block = ex.sentences[subject.sentence].block
        for other_key, other, other_percent, other_part, (o_low, o_high) in shares[:i]:
            if other_key != key or block - ex.sentences[other.sentence].block > 1:
                continue
            beyond = block != ex.sentences[other.sentence].block
            if key[0] == "named" and beyond and "hộ" not in key[1].split():
                continue  # a named base beyond the paragraph: households only
            years, other_years = _years(ex, subject, percent), _years(ex, other, other_percent)
            if years and other_years and years != other_years:
                continue
            if _integer_between(max(low, o_low), min(high, o_high)):
                continue
            if any(low <= w <= high or o_low <= w <= o_high for w in stated):
                continue  # a base the text states fits one: the other checks compare them
            first = f"{num(other_part)}/{_shown(other_percent)}"
            second = f"{num(part)}/{_shown(percent)}"
            findings.append(
                make(
                    "shares_base_conflict",
                    ex,
                    min(subject.start, percent.start),
                    max(subject.end, percent.end),
                    first=f"{num(other_part)} ({_shown(other_percent)})",
                    second=f"{num(part)} ({_shown(percent)})",
                    arithmetic=f"{first} → {_range(o_low, o_high)}; {second} → "
                    f"{_range(low, high)}: không có chung một mẫu số",
                )
            )
            break
    return findings


def _integer_between(low: Decimal, high: Decimal) -> bool:
    return low <= high and math.ceil(low) <= math.floor(high)


def _shown(percent: Figure) -> str:
    return percent_text(percent.value, percent.decimals)


def _range(low: Decimal, high: Decimal) -> str:
    first, last = int(low) + (0 if low == int(low) else 1), int(high)
    if first >= last:
        return f"mẫu số {num(Decimal(first))}"
    return f"mẫu số từ {num(Decimal(first))} đến {num(Decimal(last))}"


# --- percentages of the groups of one split -------------------------------------------------
# Groups that make up a whole between them, beside arithmetic.PARTITIONS: "hộ nghèo DTTS chiếm
# 81,8%, hộ nghèo dân tộc Kinh chiếm 18,2%".
_COMPLEMENTS = [
    (
        re.compile(r"dân tộc thiểu số|\bDTTS\b|đồng bào dân tộc", re.I),
        re.compile(r"(?:dân tộc|người)\s+Kinh\b", re.I),
    ),
    (re.compile(r"thành thị", re.I), re.compile(r"nông thôn", re.I)),
]
# Dossiers resolved on time and those resolved late: "121 hồ sơ trả kết quả đúng hạn và trước
# hạn, chiếm tỷ lệ 96,8%. Tỷ lệ chậm hạn chiếm 5,47%" — read across the sentences of a paragraph.
_TIMELY_RATE = re.compile(r"(?:hạn|hẹn)\s*(?:là|đạt|chiếm|:)?\s*$", re.I)
_TIMELY = (
    re.compile(r"đúng hạn|trước hạn|đúng hẹn|trước hẹn", re.I),
    re.compile(r"chậm hạn|trễ hạn|quá hạn|trễ hẹn|quá hẹn", re.I),
)
_SHARE_OF = re.compile(r"chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.I)


def check_complement_shares(ex: Extraction) -> list[Finding]:
    """ "Trong tổng số hộ nghèo, hộ nghèo DTTS chiếm 81,8%, hộ nghèo dân tộc Kinh chiếm 20,2%":
    the shares of two groups that make up one whole, stated without their counts in one
    sentence, cannot add up to more than 100% (half a unit of rounding each)."""
    findings = []
    by_block: dict[int, list[tuple[Figure, str]]] = {}
    for index in range(len(ex.sentences)):
        shares = []
        previous_end = ex.sentences[index].start
        for figure in ex.in_sentence(index):
            words = ex.text[previous_end : figure.start]
            previous_end = figure.end
            if figure.kind != "percent" or figure.approximate or _NAMED.match(ex.text, figure.end):
                continue  # (not "… chiếm 20,2% số hộ Kinh": of a base of its own)
            if _TIMELY_RATE.search(words) or _SHARE_OF.search(words):
                # "trước và đúng hạn 96,8%; chậm và quá hạn 5,47%": a timeliness rate by name
                by_block.setdefault(ex.sentences[index].block, []).append((figure, words))
            if not _SHARE_OF.search(words):
                continue
            clause = _COMMA.split(words)[-1] if "chiếm" in _COMMA.split(words)[-1] else words
            shares.append((figure, clause))
        findings += _complements(ex, shares, _COMPLEMENTS)
    for shares in by_block.values():
        findings += _complements(ex, shares, [_TIMELY])
    return findings


def _complements(ex: Extraction, shares, pairs) -> list[Finding]:
    findings = []
    for first, second in pairs:
        a = [f for f, words in shares if first.search(words) and not second.search(words)]
        b = [f for f, words in shares if second.search(words) and not first.search(words)]
        if len(a) != 1 or len(b) != 1:
            continue
        value = a[0].value + b[0].value
        slack = sum((Decimal(1).scaleb(-f.decimals) / 2 for f in (a[0], b[0])), Decimal(0))
        if value <= 100 + slack:
            continue
        lo, hi = sorted((a[0], b[0]), key=lambda f: f.start)
        shown = f"{_shown(lo)} + {_shown(hi)}"
        findings.append(
            make(
                "parts_exceed_total",
                ex,
                lo.start,
                hi.end,
                severity=WARNING,
                stated="100%",
                expected=f"{num(value)}%",
                parts=f"{_shown(lo)}, {_shown(hi)}",
                arithmetic=f"{shown} = {num(value)}% > 100%",
            )
        )
    return findings
