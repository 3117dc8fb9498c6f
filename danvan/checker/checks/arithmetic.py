"""ratio_mismatch, sum_mismatch, part_exceeds_total, percent_over_100: the arithmetic of
shares and totals stated in one sentence (or a sentence and its bulleted list)."""

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal

from danvan.checker.checks.balance import role_in
from danvan.checker.checks.base import (
    ROUNDED,
    TRUNCATED,
    Finding,
    exact_percent,
    first_word,
    gap,
    make,
    near,
    next_percent,
    num,
    percent_ok,
    percent_status,
    percent_text,
    rounding_finding,
    same_sentence,
    sum_shown,
    verified,
)
from danvan.checker.checks.change import is_change_percent
from danvan.checker.figures import (
    APPROXIMATE_RE,
    NUM,
    SCALES,
    YEAR_RE,
    Extraction,
    Figure,
    decimals_of,
    parse_number,
    qualifier,
)
from danvan.checker.rules import WARNING

# --- ratio_mismatch ---------------------------------------------------------------------------
# The words just before a percentage that make it the share of what precedes it.
_LINK_TAIL = re.compile(
    r"(?:đạt|là|bằng|chiếm|tỷ lệ|tỉ lệ|(?:tỷ|tỉ) lệ (?:bao phủ|tham gia|đi bầu)|tương ứng|"
    r"tương đương|[(=:,–\t-])"
    r"(?:\s*(?:hơn|gần|khoảng|trên|xấp xỉ|gần như|ước|ước đạt))?\s*$",
    re.I,
)
# "…, tỷ lệ hài lòng 95%": a share of something else.
# ("đạt tỷ lệ bao phủ 92,85%" is the coverage the figures give.)
_OTHER_SHARE = re.compile(
    r"(?:tỷ|tỉ) lệ\s+(?!đạt|là|bằng|chiếm|bao phủ|tham gia|đi bầu)[^\W\d_]", re.I
)


# Numbers in the gap that are labels, not figures: "đạt chuẩn mức độ 2 (tỷ lệ 96,8%)",
# "57/104 xã hoàn thành đủ 19/19 tiêu chí, đạt tỷ lệ 54,8%".
_GAP_LABELS = re.compile(
    r"(?:mức độ|mức|cấp độ|loại|nhóm|hạng|khóa|khoá)\s+\d+|\d+\s*/\s*\d+\s+tiêu chí", re.I
)


_QUOTED_NAME = re.compile(r"“[^”\d;]{1,120}”|\"[^\"\d;]{1,120}\"|«[^»\d;]{1,120}»")


def links_to_percent(gap: str) -> bool:
    """Whether the text between a figure and a percentage makes the percentage its share."""
    gap = _GAP_LABELS.sub(" ", gap)
    gap = _QUOTED_NAME.sub("«»", gap)  # "đạt danh hiệu “Cơ quan … đạt chuẩn văn hóa”, đạt"
    # "5.318 hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia và Hệ thống …, chiếm
    # 53,9%": «chiếm» after a comma links across a long description.
    # also "…, đạt tỷ lệ", "…, tỷ lệ đạt"
    explicit = r",\s*(?:chiếm(?: tỷ lệ| tỉ lệ)?|đạt (?:tỷ|tỉ) lệ|(?:tỷ|tỉ) lệ đạt)\s*$"
    limit = 160 if re.search(explicit, gap, re.I) else 80
    return (
        len(gap) <= limit
        and not re.search(r"[\d;]", gap)
        and bool(_LINK_TAIL.search(gap))
        and not _OTHER_SHARE.search(gap)
    )


def _own_rate(gap_text: str, noun: str) -> str:
    """ "5.322 hộ nghèo, tỷ lệ hộ nghèo 25,08%": a rate named after the figure's own things is
    its share (read as ", tỷ lệ "); any other named rate stays what it is."""
    named = _NAMED_RATE.search(gap_text)
    if named and noun and named.group(1).lower().split() == noun.lower().split():
        return gap_text[: named.start()] + ", tỷ lệ "
    return gap_text


def _criteria(figure: Figure) -> bool:
    return (
        figure.kind == "ratio"
        and figure.numerator == figure.denominator
        and bool(re.match(r"tiêu chí", figure.noun, re.I))
    )


# "61/98 khu vực bỏ phiếu đạt tỷ lệ 100% cử tri đi bầu": a rate each of them reached, of
# other things than the ratio counts, not the ratio's share.
_RATE_OF_EACH = re.compile(
    r"[ \t]+(?!so\b|số\b|tổng\b|kế hoạch|chỉ tiêu|trên\b|của\b|trở\b|dân số|mục tiêu|"
    r"dự toán|nghị quyết|theo\b|và\b|với\b|cùng\b|năm\b|tại\b|ở\b|trong\b|đến\b|đề ra)"
    r"(?:cử tri|hộ|người|dân|hồ sơ|học sinh|trẻ|gia đình|phiếu)\b",
    re.I,
)


_LATE_WORDS = re.compile(r"trễ hạn|quá hạn|chậm hạn|trễ hẹn|quá hẹn|chậm trả", re.I)


def linked_percent(ex: Extraction, index: int) -> Figure | None:
    """The percentage a ratio figure states: '45/67 đạt 67,2%', '02/02, đạt tỷ lệ: 100%',
    '84,2% (315/372)'."""
    ratio = ex.figures[index]
    following = index + 1
    while following < len(ex.figures) and _criteria(ex.figures[following]):
        following += 1  # "57/104 xã đạt 19/19 tiêu chí, tỷ lệ 54,8%": past the standard met
    if index > 0:
        # "đạt 93,8% (118.426/126.254 người), vượt chỉ tiêu … (93%)": the rate it explains.
        before = ex.figures[index - 1]
        if before.kind == "percent" and re.fullmatch(
            # "đạt 95% số vụ việc thuộc thẩm quyền (142/160 vụ việc)": past the whole's name
            r"\s*(?:(?:của\s+|trên\s+)?(?:tổng\s+)?số\s+[^\d;()%]{1,50}?)?\(\s*",
            gap(ex, before.end, ratio.start),
        ):
            return before
    if following < len(ex.figures):
        after = ex.figures[following]
        if (
            after.kind == "percent"
            and same_sentence(ratio, after)
            and links_to_percent(gap(ex, ratio.end, after.start))
            and not _RATE_OF_EACH.match(ex.text, after.end)
        ):
            return after
    if index > 0:
        before = ex.figures[index - 1]
        if (
            before.kind == "percent"
            and same_sentence(before, ratio)
            and _RATIO_AFTER_RATE.fullmatch(gap(ex, before.end, ratio.start))
            and re.search(
                r"(?:tỷ|tỉ) lệ", ex.text[ex.sentences[before.sentence].start : before.start], re.I
            )
        ):
            # "Tỷ lệ hồ sơ sớm hạn … là 68,4%, với 5.127 hồ sơ sớm hạn trên tổng số 7.845" —
            # not "… trước hạn và đúng hạn … đạt 99,81%, với 17 hồ sơ trễ hạn trên tổng số
            # 9.102": the rest, whose share the rate is not
            rate_words = ex.text[ex.sentences[before.sentence].start : before.start]
            if _LATE_WORDS.search(ratio.text) and not _LATE_WORDS.search(rate_words):
                return None
            return before
    return None


_RATIO_AFTER_RATE = re.compile(r"\s*[,;]?\s*(?:với|tức là|tức|tương ứng(?: với)?|gồm|là)\s*", re.I)


_SCALES = (("tỷ", 10**9), ("tỉ", 10**9), ("triệu", 10**6))


def money_unit(ex: Extraction, start: int) -> tuple[str, int] | None:
    """("tỷ đồng", 10⁹) when the figure at ``start`` is a sum written in «tỷ» («triệu»): its
    arithmetic reads in that unit ("2,911/791,322 tỷ đồng"), not in đồng."""
    at = ex.cache.get("figure_at")
    if at is None:
        at = ex.cache["figure_at"] = {f.start: f for f in ex.figures}
    figure = at.get(start)
    if figure is None or figure.kind != "money":
        return None
    for word, scale in _SCALES:
        if re.search(rf"(?<!\w){word}(?!\w)", figure.text, re.I):
            return f"{word} đồng", scale
    return None


def in_unit(value: Decimal, unit: tuple[str, int] | None) -> str:
    return num((value / unit[1]).normalize()) if unit else num(value)


def unit_name(unit: tuple[str, int] | None) -> str:
    """ " tỷ đồng" after a figure read in that unit, else nothing."""
    return f" {unit[0]}" if unit else ""


def with_unit(value: Decimal, unit: tuple[str, int] | None) -> str:
    return in_unit(value, unit) + unit_name(unit)


def sum_in_unit(ex: Extraction, total: Figure, parts: list[Figure]):
    """(sum, its arithmetic, unit) of the parts — in the total's «tỷ»/«triệu» when every part
    is written in it ("28,83 + 2,911 + … = 681,322"), else in plain numbers and no unit."""
    value, arithmetic = sum_shown([p.value for p in parts])
    unit = money_unit(ex, total.start)
    if not unit or any(money_unit(ex, p.start) != unit for p in parts):
        return value, arithmetic, None
    shown = " + ".join(in_unit(p.value, unit) for p in parts)
    return value, f"{shown} = {in_unit(value, unit)}", unit


def _ratio_finding(ex, numerator, denominator, percent: Figure, start, end, kind="share"):
    """ratio_mismatch when the stated percentage is not numerator/denominator, a rounding
    notice when it is that value cut instead of rounded; a right one is recorded as verified;
    an estimated one ("gần 90%") is checked against its word."""
    if denominator == 0:
        return None
    unit = money_unit(ex, start) if denominator >= 10**6 else None  # not one given in «tỷ»
    expected = numerator * 100 / denominator
    if not percent.approximate:
        ex.cache.setdefault("shares", []).append((percent, numerator, denominator, expected))
    if percent.approximate:
        word = qualifier(ex.text, percent.start)
        stated = f"{word} {percent_text(percent.value, percent.decimals)}"
        lo, hi = min(start, percent.start), max(end, percent.end)
        what = f"{num(numerator)}/{num(denominator)} = {exact_percent(expected)}"
        if estimate_fits(word, percent.value, expected):
            verified(ex, kind, lo, hi, f"{what}: hợp với «{stated}»")
            return None
        if not near(percent.value, expected):
            return None  # "đạt gần 97%" beside 1.770/2.436 = 72,66%: of another base
        return make(
            "estimate_mismatch",
            ex,
            lo,
            hi,
            stated=stated,
            expected=exact_percent(expected),
            parts=f"{num(numerator)}/{num(denominator)}",
            arithmetic=f"{what}: không hợp với «{stated}»",
        )
    stated = percent_text(percent.value, percent.decimals)
    what = f"{in_unit(numerator, unit)}/{with_unit(denominator, unit)} = "
    lo, hi = min(start, percent.start), max(end, percent.end)
    status = percent_status(percent.value, percent.decimals, expected)
    if status == ROUNDED:
        verified(ex, kind, lo, hi, f"{what}{exact_percent(expected)} → {stated}: khớp")
        return None
    if status == TRUNCATED:
        return rounding_finding(ex, lo, hi, percent.value, percent.decimals, expected, what=what)
    shown = max(2, percent.decimals)
    return make(
        "ratio_mismatch",
        ex,
        lo,
        hi,
        stated=stated,
        expected=percent_text(expected, shown),
        numerator=in_unit(numerator, unit),
        denominator=with_unit(denominator, unit),
        arithmetic=f"{what}{exact_percent(expected)} ≠ {stated}",
    )


_OWN_NOUN_AFTER = re.compile(
    r"[ \t]+(?:xã|phường|thị trấn|huyện|tỉnh|hộ|người|thôn|đơn vị|cơ quan|trường|hồ sơ|đơn|vụ"
    r"|cán bộ|đảng viên|học sinh|sản phẩm|doanh nghiệp)\b",
    re.I,
)


def check_ratios(ex: Extraction) -> list[Finding]:
    findings = []
    for index, figure in enumerate(ex.figures):
        if figure.kind != "ratio" or figure.approximate:
            continue
        if _criteria(figure):
            continue  # "đạt 19/19 tiêu chí": a standard met, not a share stated
        percent = linked_percent(ex, index)
        if percent is None or is_change_percent(ex, percent):
            continue
        if _OWN_NOUN_AFTER.match(ex.text, percent.end):
            continue  # "6/9 huyện nông thôn mới, 100% xã đạt chuẩn …": the share of its own noun
        if re.search(r"\blà\s+(?:[A-ZĐ]|huyện|xã|tỉnh)", gap(ex, figure.end, percent.start)):
            continue  # "3/18 huyện hoàn thành chỉ tiêu là Quế Sơn (100,12%), …": the named one's
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
    # Inspections by what they rest on: the year's plan, or an order.
    (("theo kế hoạch",), ("đột xuất",)),
    (("rất hài lòng",), ("không hài lòng",), ("bình thường",), ("hài lòng",)),
    (("không thuộc thẩm quyền",), ("thuộc thẩm quyền",)),
    # Cases brought to mediation: settled, not settled, still in mediation.
    (
        ("hòa giải thành",),
        ("hòa giải không thành", "không thành"),
        ("đang hòa giải", "đang tiếp tục hòa giải"),
    ),
    # Outcomes of resolved complaints and denunciations: never a full split (a case may also
    # be suspended, merged …), but their sum cannot pass the resolved total.
    (
        ("đúng",),
        ("sai", "không đúng"),
        ("đúng một phần", "có đúng có sai", "đúng một phần, sai một phần"),
        ("rút", "được rút", "rút đơn"),
        ("đình chỉ",),
        ("không có cơ sở",),
    ),
    # The four fields of «Dân vận khéo» models (and of mass mobilisation work).
    (
        ("kinh tế",),
        ("văn hóa – xã hội", "văn hóa - xã hội", "văn hóa-xã hội", "văn hoá – xã hội"),
        ("quốc phòng – an ninh", "quốc phòng - an ninh", "quốc phòng-an ninh"),
        ("xây dựng hệ thống chính trị", "hệ thống chính trị"),
    ),
    # What an office had to handle: carried over from the period before, and new.
    (
        ("kỳ trước chuyển sang", "kỳ trước chuyển qua", "tồn kỳ trước", "chuyển sang"),
        (
            "mới phát sinh",
            "phát sinh mới",
            "phát sinh trong kỳ",
            "tiếp nhận mới",
            "mới tiếp nhận",
            "nhận mới",
        ),
    ),
    # Households that left poverty: into near-poverty, or above its line too ("486 hộ thoát
    # nghèo, trong đó 301 hộ chuyển sang hộ cận nghèo và 185 hộ vượt chuẩn cận nghèo").
    (
        (
            "chuyển sang hộ cận nghèo",
            "thành hộ cận nghèo",
            "sang cận nghèo",
            "trở thành hộ cận nghèo",
        ),
        ("vượt chuẩn cận nghèo", "thoát cận nghèo", "vượt qua chuẩn cận nghèo"),
    ),
    # The two areas of a province: "… khu vực đồng bằng 7.614 hộ cận nghèo, khu vực miền núi
    # 3.308 hộ cận nghèo".
    (("đồng bằng",), ("miền núi",)),
    # The three areas of ethnic-minority communes (khu vực I, II, III).
    (("khu vực iii",), ("khu vực ii",), ("khu vực i",)),
    # What is done with the petitions fit to handle: guided, passed on, resolved here.
    (
        ("hướng dẫn",),
        ("chuyển",),
        ("theo thẩm quyền", "thuộc thẩm quyền"),
    ),
    # The four quarters of a year.
    (("quý i",), ("quý ii",), ("quý iii",), ("quý iv",)),
    # The three levels of a province's administration (a warning: a province's total may
    # also count offices of no level).
    # Also as reports name them: "Trụ sở Tiếp công dân tỉnh 64 lượt, Ban tiếp công dân các
    # huyện, thành phố 171 lượt, các điểm tiếp công dân cấp xã 177 lượt".
    (
        (
            "cấp tỉnh",
            "cấp sở",
            "trụ sở tiếp công dân tỉnh",
            "ban tiếp công dân tỉnh",
            "các sở, ban, ngành",
            "sở, ban, ngành",
            "các sở, ngành",
        ),
        (
            "cấp huyện",
            "ban tiếp công dân huyện",
            "ubnd huyện",
            "ủy ban nhân dân huyện",
            "các huyện",
            "các huyện, thành phố",
            "các huyện, thị xã",
            "các huyện, thị xã, thành phố",
            "các huyện, thành phố, thị xã",
        ),
        ("cấp xã", "các xã", "các xã, phường, thị trấn", "các xã, thị trấn", "các xã, phường"),
    ),
    # Every dossier received is resolved on time, resolved late, or still pending: "996.023 hồ
    # sơ; trong đó trả đúng hạn 984.856, đang giải quyết 9.319, quá hạn 1.842".
    (
        ("đúng hạn", "đúng và trước hạn", "trước và đúng hạn", "trước hạn và đúng hạn"),
        ("quá hạn", "trễ hạn"),
        ("đang giải quyết", "chưa giải quyết", "đang xử lý"),
    ),
]
# Each partition's synonyms as (category, word, its whole-word pattern), compiled once.
_SYNONYM_RES = [
    [
        (c_index, word, re.compile(rf"(?<!\w){re.escape(word)}(?!\w)"))
        for c_index, synonyms in enumerate(group)
        for word in synonyms
    ]
    for group in PARTITIONS
]
# Partitions that are never exhaustive by their categories alone (listed above by index).
OUTCOMES = next(i for i, group in enumerate(PARTITIONS) if ("đình chỉ",) in group)
LEVELS = next(i for i, group in enumerate(PARTITIONS) if "cấp huyện" in group[1])
OPEN_PARTITIONS = {OUTCOMES}
REST_RE = re.compile(r"\b(còn lại|khác)\b", re.I)
# "258 đơn (gồm 34 đơn cũ và 224 đơn mới, giảm 37 đơn so với cùng kỳ)": 37 is a change of the
# total, not one of its parts.
_CHANGE_AMOUNT = re.compile(r"\b(?:tăng|giảm|nhiều hơn|ít hơn)(?:\s+(?:thêm|được))?\s*$", re.I)
BULLET_RE = re.compile(r"^[ \t]*(?:[-+•*–]|[a-zđ]\))[ \t]")


@dataclass
class Structure:
    total: Figure
    parts: list[Figure]
    exhaustive: bool
    marker: str
    # Figures of the same kind in the list that count other things ("gồm cảnh cáo 4 cá nhân,
    # khiển trách 17 cá nhân và rút kinh nghiệm 470 người" before «người» was known as people):
    # the list may hold a part the checker did not read, so a shortfall is not an error.
    strangers: int = 0


# Nouns that count kinds of a more general noun: "25 văn bản, gồm: 10 kế hoạch, 8 công văn".
KINDS_OF = {
    # "39 đơn vị hành chính cấp xã (37 xã, 01 thị trấn)"
    "đơn vị hành chính": ("xã", "phường", "thị trấn"),
    # "643 trường hợp, gồm 202 tập thể và 441 cá nhân"
    "trường hợp": ("tập thể", "cá nhân", "hộ gia đình"),
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


# Nouns whose first word is shared but which count other things: "517 lượt" (receptions) and
# "1.428 lượt công dân" (people received).
_OTHER_MEASURE = re.compile(r"^lượt\s+(?:công dân|người)|^người", re.I)


def noun_head(noun: str) -> str:
    noun = noun.lower()
    if _OTHER_MEASURE.match(noun):
        return "người"
    return noun.split()[0] if noun else ""


_PEOPLE = (
    "cá nhân",
    "công chức",
    "cán bộ",
    "viên chức",
    "học viên",
    "đảng viên",
    "lao động",
    "đại biểu",
    "cử tri",
    "hội viên",
    "đoàn viên",
    "công dân",
)


def nouns_compatible(a: Figure, b: Figure) -> bool:
    """Whether part ``b`` counts the same things as total ``a`` (or a kind of them)."""
    if not a.noun or not b.noun:
        return True
    total, part = a.noun.lower(), b.noun.lower()
    if noun_head(total) == noun_head(part) or part == total.split()[0]:
        return True  # "2.000 lượt công dân, gồm: cấp tỉnh 415 lượt …"
    if part.split()[0] == "người" and total.startswith(_PEOPLE):
        return True  # "265 công chức cấp xã …: 41 công chức …, 198 người …"
    return any(total.startswith(g) and part.startswith(KINDS_OF[g]) for g in KINDS_OF)


def _quantity(f: Figure) -> bool:
    return f.kind in ("count", "money")


def _average(ex: Extraction, f: Figure) -> bool:
    """ "bình quân 515,9 vụ việc/năm", "75 người/cuộc": a mean, never a whole with parts."""
    return bool(
        re.search(r"(?:bình quân|trung bình)[^\d;,]{0,12}$", f.label, re.I)
        or re.match(r"[^\d,;()]{0,20}/\s*[^\W\d_]", ex.text[f.end : f.end + 24])
    )


def _category_of(figure: Figure) -> tuple[int, int] | None:
    """(partition, category) the words before a part name; the most specific wins, so
    "không hài lòng" is not read as "hài lòng"."""
    return category_in_words(f"{figure.label} {figure.noun}")


def category_in_words(words: str) -> tuple[int, int] | None:
    """The category named nearest the end of ``words`` (nearest the figure: "… đến khiếu
    nại, tố cáo, kiến nghị, phản ánh; trong đó cấp tỉnh tiếp" names a level), the longest
    of those ending there ("không hài lòng", not "hài lòng")."""
    words = words.lower()
    best = None
    for p_index, group in enumerate(_SYNONYM_RES):
        for c_index, word, regex in group:
            if word not in words:
                continue  # (a substring test first: most words name no category)
            for match in regex.finditer(words):
                score = (match.end(), len(word))
                if best is None or score > best[2]:
                    best = (p_index, c_index, score)
    return best[:2] if best else None


def _full_split(parts: list[Figure]) -> bool:
    categories = [_category_of(p) for p in parts]
    if None in categories or len({c[0] for c in categories}) != 1:
        return False
    partition = categories[0][0]
    if partition in OPEN_PARTITIONS:
        return False
    return {c[1] for c in categories} == set(range(len(PARTITIONS[partition])))


_TOTAL_NAMES = re.compile(
    r"(?:tổng số|tổng cộng|tổng)\s+(.{3,80}?)(?:\s*(?:toàn tỉnh|toàn huyện|cả tỉnh|cả nước|"
    r"của tỉnh|trên địa bàn[^,;]*|năm \d{4}|là|có|đạt|:))*\s*$",
    re.I,
)


def _named_in_total(total: Figure, parts: list[Figure]) -> bool:
    """ "Tổng số hộ nghèo và hộ cận nghèo … là 101.496 hộ, trong đó hộ nghèo 57.180 hộ, hộ
    cận nghèo 43.316 hộ": the total names its parts, and the list gives each of them once."""
    named = _TOTAL_NAMES.search(total.label)
    if named is None:
        return False
    head = set(noun_head(total.noun).lower().split()) if total.noun else set()

    def bare(words: str) -> str:
        words = re.sub(r"^[\s,;:–-]*(?:trong đó|gồm|bao gồm|cụ thể)?[\s,;:–-]*", "", words.lower())
        return " ".join(w for w in words.split() if w not in head)

    names = [bare(n) for n in re.split(r"\s*,\s*|\s+và\s+", named.group(1)) if bare(n)]
    if len(names) < 2 or len(set(names)) != len(names) or len(parts) != len(names):
        return False
    given = [bare(p.label[-40:].split(",")[-1]) for p in parts]
    return sorted(given) == sorted(names)


_DISTRICT = re.compile(r"\b(?:toàn|trên địa bàn|của|cả) (?:huyện|thị xã)\b", re.I)


def _district_levels(ex: Extraction, total: Figure, parts: list[Figure]) -> bool:
    """ "… trên địa bàn huyện đã tiếp 412 lượt công dân. Trong đó, Ban Tiếp công dân huyện
    tiếp 137 lượt; Ủy ban nhân dân các xã, thị trấn tiếp 257 lượt": a district has two levels,
    so the district's and the communes' figures are the whole of it."""
    categories = [_category_of(p) for p in parts]
    if len(parts) != 2 or None in categories or {c[0] for c in categories} != {LEVELS}:
        return False
    if {c[1] for c in categories} != {1, 2}:
        return False
    sentence = ex.sentences[total.sentence]
    return bool(_DISTRICT.search(ex.text, sentence.start, total.start))


def _named_before(ex: Extraction, total: Figure, parts: list[Figure]) -> bool:
    """ "Bộ phận Một cửa cấp huyện, cấp xã đã tiếp nhận hơn 16.000 hồ sơ, trong đó cấp huyện
    5.218 hồ sơ, cấp xã 9.947 hồ sơ": the words before the total name the very categories the
    parts give, each once — the list is the whole of it."""
    categories = [_category_of(p) for p in parts]
    if len(parts) < 2 or None in categories or len({c[0] for c in categories}) != 1:
        return False
    if len(set(categories)) != len(categories) or categories[0][0] in OPEN_PARTITIONS:
        return False
    partition = categories[0][0]
    clause = ex.text[ex.sentences[total.sentence].start : total.start].lower()
    clause = re.split(r"[:;]", clause)[-1]  # not a heading's («Công tác … khiếu nại, tố cáo:»)
    named = set()
    for c_index, synonyms in enumerate(PARTITIONS[partition]):
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause) for w in synonyms):
            named.add(c_index)
    return named == {c[1] for c in categories}


_NEXT_ITEM = re.compile(r"\s+(?:và|còn)\s+(?=(?:lĩnh vực|cấp|khối|nhóm|loại|quý|tháng)\b)", re.I)


def _category_in(ex: Extraction, figure: Figure, partition: int) -> int | None:
    """The category of ``partition`` the words after the figure (up to the next comma) name —
    "11 đơn khiếu nại đúng một phần" — or else the words before it ("đúng một phần: 10")."""
    tail = re.split(r"[,;.:()\d\n]", ex.text[figure.end : figure.end + 80])[0]
    # "118 mô hình và lĩnh vực xây dựng hệ thống chính trị 168": the next item's name.
    tail = _NEXT_ITEM.split(tail)[0]
    for words in (tail.lower(), figure.label[-40:].lower()):
        best = None
        for c_index, word, regex in _SYNONYM_RES[partition]:
            if word in words and regex.search(words) and (best is None or len(word) > best[1]):
                best = (c_index, len(word))
        if best:
            return best[0]
    return None


def disjoint_runs(
    ex: Extraction, parts: list[Figure], only: int | None = None
) -> list[list[Figure]] | None:
    """The parts as runs of distinct categories of one partition ("11 đúng, 10 đúng một phần,
    179 sai; 9 đúng, 15 đúng một phần, 70 sai": two runs), or None when no partition names
    every part with at least two categories."""
    if len(parts) < 2:
        return None
    for partition in range(len(PARTITIONS)) if only is None else (only,):
        categories = [_category_in(ex, p, partition) for p in parts]
        if None in categories or len(set(categories)) < 2:
            continue
        runs: list[list[Figure]] = [[]]
        seen: set[int] = set()
        previous = None
        for part, category in zip(parts, categories, strict=True):
            adjacent = partition == LEVELS and category == previous
            previous = category
            if adjacent:
                # "cấp tỉnh 213 lượt, các sở, ngành 305 lượt, cấp huyện …": two offices of one
                # level side by side, not a second list.
                runs[-1].append(part)
                continue
            if category in seen:
                runs.append([])
                seen = set()
            runs[-1].append(part)
            seen.add(category)
        return runs
    return None


def _totals_before(ex: Extraction, total: Figure) -> list[Figure]:
    """The totals a list splits: "274 đơn khiếu nại và 105 đơn tố cáo; trong đó …" → both."""
    totals = [total]
    index = ex.index_of(total) - 1
    while index >= 0:
        previous = ex.figures[index]
        if previous.sentence != total.sentence or not _quantity(previous) or previous.approximate:
            break
        if not re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", ex.text[previous.noun_end : totals[0].start]):
            break
        totals.insert(0, previous)
        index -= 1
    return totals


def structure_parts(ex: Extraction) -> set[int]:
    """id() of every figure that is a part of a structure, computed once per text."""
    if "structure_parts" not in ex.cache:
        ex.cache["structure_parts"] = {id(p) for st in structures(ex) for p in st.parts}
    return ex.cache["structure_parts"]


def structures(ex: Extraction) -> list[Structure]:
    """'tổng số X, trong đó a, b, c' and 'X … gồm: a, b' in a sentence or a bulleted list."""
    if "structures" not in ex.cache:
        ex.cache["structures"] = _structures(ex)
    return ex.cache["structures"]


def _structures(ex: Extraction) -> list[Structure]:
    found = []
    for s_index, sentence in enumerate(ex.sentences):
        body = ex.text[sentence.start : sentence.end]
        for match in MARKER_RE.finditer(body):
            soft = False
            marker_at = sentence.start + match.start()
            in_sentence = ex.in_sentence(s_index)
            before = [f for f in in_sentence if f.end <= marker_at]
            total = None
            if (
                len(before) >= 2
                and _CHANGE_AMOUNT.search(before[-1].label[-20:])
                and _CHANGE_OF.match(ex.text[before[-2].noun_end : before[-1].start])
            ):
                # "1.250 hồ sơ, tăng 120 hồ sơ so với cùng kỳ, gồm: …", "626 lượt (giảm 59
                # lượt so với cùng kỳ năm 2019); trong đó …": the parts are of the figure whose
                # change it is.
                owner = before[-2]
                closing = ex.text[owner.end : before[-1].start]
                if closing.count(")") > closing.count("(") and len(before) >= 3:
                    # "42 sản phẩm … (năm 2023: 31 sản phẩm), tăng 11 sản phẩm, gồm …"
                    opening = ex.text.rfind("(", sentence.start, owner.start)
                    outside = [f for f in before if f.end <= opening]
                    owner = outside[-1] if outside else owner
                between = YEAR_RE.sub("", ex.text[before[-1].noun_end : marker_at])
                if re.fullmatch(r"[^\d;]{0,80}?[;,]?\s*", between) and _quantity(owner):
                    total = owner
            elif (
                before
                and _quantity(before[-1])
                and not _average(ex, before[-1])
                # "…, giảm 0,23% so với năm 2017, tương ứng 120 hộ; trong đó số hộ thoát
                # nghèo là 207 hộ, …": the change in households, no whole of parts
                and not _CHANGE_EQUIVALENT.search(
                    ex.text, max(sentence.start, before[-1].start - 80), before[-1].start
                )
            ):
                # ("28 xã đạt chuẩn … năm 2021, gồm: …": a year is no figure between)
                between = YEAR_RE.sub("năm", ex.text[before[-1].noun_end : marker_at])
                closes = re.fullmatch(r"[^()\d]*\)[\s,:]*", between) is not None
                if (
                    len(between) <= 80
                    and not closes
                    # "Trừ … 4 việc Cục rút lên, số còn lại … gồm …": a new subject, the rest.
                    and not re.search(r",\s*(?:số|phần)\s+còn lại\b", between, re.I)
                    and (
                        not re.search(r"[\d;]", between)
                        or re.fullmatch(r"[^\d;()]{0,60};\s*", between)
                    )
                ):
                    total = before[-1]
                elif closes:
                    # "61 cuộc (theo kế hoạch 56, đột xuất 05), trong đó …": the total is before
                    # the parenthesis, not the last figure inside it.
                    opening = ex.text.rfind("(", sentence.start, before[-1].start)
                    outside = [f for f in before if f.end <= opening]
                    if outside and _quantity(outside[-1]):
                        gap_text = ex.text[outside[-1].noun_end : opening]
                        if len(gap_text) <= 30 and not re.search(r"\d", gap_text):
                            total = outside[-1]
            elif not before and not body[: match.start()].strip(" \t-+:"):
                # "… 524 hồ sơ. Trong đó …": only when the sentence before states one quantity;
                # with several, which one the parts split is a guess.
                previous = [
                    f
                    for f in ex.in_sentence(s_index - 1)
                    if (_quantity(f) or f.kind == "ratio")
                    # "… 7.990 vụ án, so với cùng kỳ giảm 1.193 vụ. Trong đó, …": not a change
                    and not _CHANGE_AMOUNT.search(f.label[-20:])
                    # "10 lượt tiếp công dân (07 lượt định kỳ, 03 lượt đột xuất). Cụ thể: …"
                    and ex.text.count("(", ex.sentences[s_index - 1].start, f.start)
                    <= ex.text.count(")", ex.sentences[s_index - 1].start, f.start)
                ]
                first_part = next((f for f in ex.in_sentence(s_index) if _quantity(f)), None)
                if len(previous) > 1 and first_part is not None and first_part.kind == "count":
                    # "… đã tiếp tổng cộng 312 lượt, với 503 người, và 05 đoàn … . Trong đó,
                    # riêng Trụ sở … 64 lượt": the one figure of the things the list counts.
                    alike = [
                        f
                        for f in previous
                        if f.kind == "count"
                        and f.exact
                        and noun_head(f.noun) == noun_head(first_part.noun)
                    ]
                    previous = alike if len(alike) == 1 else previous
                if len(previous) > 1 and first_part is not None and first_part.kind == "money":
                    # "… 409 cuộc thanh tra …; tổng số đã xử lý về kinh tế là 11.062,78 triệu đồng
                    # cùng 47.545,6 m2 đất. Trong đó, thu hồi … 6.375,11 triệu đồng, …": the one
                    # sum of money before a list of sums
                    previous = [f for f in previous if f.kind == "money"]
                if (
                    len(previous) == 1
                    and previous[0].kind != "ratio"
                    and not _CHANGE_AMOUNT.search(previous[0].label[-20:])
                ):
                    total = previous[0]  # not "(giảm 5.842 hộ so với cuối năm 2019)"
            if total is None:
                continue
            after = [f for f in in_sentence if f.start >= marker_at + len(match.group())]
            if not total.noun and any(f.noun for f in after if f.kind == total.kind):
                continue  # "…, khai trừ 2; trong đó có 21 cấp ủy viên": not of the bare 2
            if (
                after
                and total.noun
                and not any(f.kind == total.kind and nouns_compatible(total, f) for f in after)
            ):
                # "13.222 thôn … trên địa bàn 41 tỉnh, thành phố, bao gồm: 11.179 thôn …; …":
                # the parts count the things of a figure before, whose list it is.
                total = _paired_total(ex, total, after) or total
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
                inner = [  # "(trong số này có 03 lượt đoàn … gồm 39 người)": a marker of a detail
                    m.start()
                    for m in MARKER_RE.finditer(body, match.end())
                    if body.count("(", match.end(), m.start())
                    <= body.count(")", match.end(), m.start())
                ]
                for stopper in (";", *inner):
                    position = (
                        body.find(stopper, match.end()) if isinstance(stopper, str) else stopper
                    )
                    if position != -1:
                        stop = min(stop, position)
                if body.count("(", 0, match.start()) > body.count(")", 0, match.start()):
                    # "12 lớp (gồm 11 lớp … và 1 lớp …) cùng 20 …": the list ends with the
                    # parenthesis it opened in.
                    closing = body.find(")", match.end())
                    if closing != -1:
                        stop = min(stop, closing)
                if body.find(";", match.end()) == stop and _semicolon_items(
                    ex,
                    total,
                    after,
                    # "Cụ thể: …" — or "Cụ thể, …" opening its sentence, the whole of it a list
                    re.match(r"\s*:", body[match.end() :]) is not None
                    or not body[: match.start()].strip(" \t-+"),
                    match.group(1).lower() in EXHAUSTIVE_MARKERS,
                ):
                    stop = len(body)  # "Cụ thể: lĩnh vực kinh tế 517 mô hình; lĩnh vực …"
                    if not re.match(r"\s*:", body[match.end() :]):
                        soft = True  # no colon: maybe the main items only
                if len(_totals_before(ex, total)) == 1:
                    after = [f for f in after if f.end <= sentence.start + stop]
                # else: "274 đơn khiếu nại và 105 đơn tố cáo; trong đó …; …": one list per total
            opened = marker_at + len(match.group())
            parts = [
                f
                for f in after
                if f.kind == total.kind
                and nouns_compatible(total, f)
                and not _CHANGE_AMOUNT.search(f.label[-20:])
                # "… 64 lượt (trong số này có 03 lượt đoàn …); …": a detail of a part
                and ex.text.count("(", opened, f.start) <= ex.text.count(")", opened, f.start)
                and not _base_of_rate(ex, f)
                and not _PLAN_FIGURE.search(f.label[-25:])  # "(kế hoạch 12 cuộc)"
                and not _RAISED_TO.search(f.label[-70:])  # "…, nâng tổng số sản phẩm lên 144"
                and not _average(ex, f)  # "(300.000 đồng/suất)": a price, not a part
            ]
            if not parts and after and total.noun:
                # "gần 15.000 buổi … với hơn 820.000 lượt người tham dự; trong đó cấp tỉnh
                # 1.245 buổi, …": the parts count the things of the figure before it.
                other = _paired_total(ex, total, after)
                if other is not None:
                    total = other
                    parts = [
                        f
                        for f in after
                        if f.kind == total.kind
                        and nouns_compatible(total, f)
                        and not _CHANGE_AMOUNT.search(f.label[-20:])
                    ]
            if not parts:
                continue
            strangers = sum(
                1
                for f in after
                if f.kind == total.kind
                and f not in parts
                and parts[0].start < f.start
                and f.start <= parts[-1].end + 80
                and not _CHANGE_AMOUNT.search(f.label[-20:])
                and ex.text.count("(", total.end, f.start) <= ex.text.count(")", total.end, f.start)
            )
            marker = match.group(1).lower()
            exhaustive = marker in EXHAUSTIVE_MARKERS
            if not exhaustive and len(parts) >= 2:
                exhaustive = (
                    _full_split(parts)
                    or _complete_split(ex, parts)
                    or _named_in_total(total, parts)
                    or _named_before(ex, total, parts)
                    or _district_levels(ex, total, parts)
                )
                exhaustive = exhaustive or bool(
                    REST_RE.search(f"{parts[-1].label} {parts[-1].noun}")
                )
            found.append(
                Structure(total, parts, exhaustive, f"{marker}," if soft else marker, strangers)
            )
    totals = {id(st.total) for st in found}
    found += _punctuated(ex, totals) + _by_kind(ex, totals)
    taken = {id(p) for st in found for p in st.parts} | {id(st.total) for st in found}
    return found + _split_after(ex, taken)


_CHANGE_EQUIVALENT = re.compile(
    r"\b(?:tăng|giảm)\b[^;]{0,60}?(?:tương ứng|tương đương|tức là|tức)(?:\s+với)?\s*(?:là\s*)?$",
    re.I,
)
_PLAN_FIGURE = re.compile(
    r"\(\s*(?:theo\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:là|năm|đề ra|giao))?\s*:?\s*$", re.I
)


def _base_of_rate(ex: Extraction, figure: Figure) -> bool:
    """ "…, chiếm 18,96% lực lượng lao động trong độ tuổi (108.615 người)": the whole a rate
    names in parentheses after it, not a part of the list before."""
    index = ex.index_of(figure)
    if index == 0:
        return False
    before = ex.figures[index - 1]
    return (
        before.kind == "percent"
        and before.sentence == figure.sentence
        and re.fullmatch(r"[^\d();]{0,60}\(\s*", ex.text[before.end : figure.start]) is not None
    )


def _overlapping_shares(ex: Extraction, parts: list[Figure]) -> bool:
    """Whether every part states its own share and the shares add up to well over 100%: the
    list names overlapping traits of one whole (women, under 40, of an ethnic minority …), not
    a split of it."""
    shares = []
    for part in parts:
        index = ex.index_of(part) + 1
        if index >= len(ex.figures):
            return False
        percent = ex.figures[index]
        if percent.kind != "percent" or not re.fullmatch(
            r"\s*(?:,\s*chiếm(?: tỷ lệ)?|\(\s*(?:chiếm\s*)?|,\s*tỷ lệ|,\s*đạt)\s*",
            ex.text[part.noun_end : percent.start],
        ):
            return False
        shares.append(percent.value)
    return sum(shares) > 100 + len(shares)


def _paired_total(ex: Extraction, total: Figure, after: list[Figure]) -> Figure | None:
    """The figure before ``total`` in its clause, joined to it by «với», «và» or a comma,
    that counts what every figure after the marker counts, when ``total`` counts none."""
    if any(not f.noun or f.kind != after[0].kind for f in after):
        return None
    heads = {noun_head(f.noun) for f in after}
    if len(heads) != 1:
        return None
    index = ex.index_of(total)
    # "tiếp 1.200 lượt công dân với 900 vụ việc, 50 đoàn đông người; trong đó cấp tỉnh 300
    # lượt, …": back along the chain of figures so joined, to the one that counts them.
    later = total
    for other in reversed(ex.figures[max(0, index - 3) : index]):
        if (
            other.sentence != total.sentence
            or not _quantity(other)
            or other.kind != after[0].kind
            or not other.noun
            or not re.fullmatch(
                # ("13.222 thôn … trên địa bàn 41 tỉnh, thành phố, bao gồm: …")
                r"[^\d;()]{0,60}?(?:\bvới|\bvà|,|\btrên địa bàn|\bthuộc|\bcủa)\s*(?:\S+\s*){0,2}",
                ex.text[other.noun_end : later.start],
            )
        ):
            return None
        if noun_head(other.noun) in heads or all(nouns_compatible(other, f) for f in after):
            return other
        later = other
    return None


def _semicolons_outside(text: str, start: int, end: int) -> int:
    """Semicolons between ``start`` and ``end`` outside parentheses."""
    depth = count = 0
    for char in text[start:end]:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            count += 1
    return count


def _semicolon_items(
    ex: Extraction, total: Figure, after: list[Figure], colon: bool, exhaustive: bool
) -> bool:
    """Whether the figures after a marker are items of one list separated by semicolons:
    each segment holds one figure of the total's kind and things, and either every segment
    names a category of the same split (after a colon), or the list says it is complete —
    «bao gồm:», «gồm:» — or ends on the rest («…; vi phạm khác 335 vụ»)."""
    if len(after) < 2:
        return False
    segments: dict[int, list[Figure]] = {}
    for figure in after:
        if _average(ex, figure):
            continue  # "3.214 suất (300.000 đồng/suất), trị giá 964,2 triệu đồng; …"
        if figure.kind == "percent" and total.kind != "percent":
            continue  # "ngân sách tỉnh 112,911 tỷ đồng, chiếm 14,27%; …": the item's share
        if total.kind == "money" and figure.kind == "count":
            continue  # "quà của tỉnh 4.816 suất …, trị giá 2.408 triệu đồng; …": what it buys
        if ex.text.count("(", after[0].start, figure.start) > ex.text.count(
            ")", after[0].start, figure.start
        ):
            continue  # "cấp huyện có 5 đoàn (TP. Hà Tĩnh: 01; Cẩm Xuyên: 02; …)": the item's detail
        if figure.kind == total.kind and (
            not nouns_compatible(total, figure) or _CHANGE_AMOUNT.search(figure.label[-20:])
        ):
            continue  # "… 64 lượt, với 112 lượt người …; … giảm 19 lượt tiếp": not an item
        cut = _semicolons_outside(ex.text, after[0].start, figure.start)
        segments.setdefault(cut, []).append(figure)
    groups = list(segments.values())
    if (
        len(groups) >= 2
        and len(groups[-1]) == 2
        and re.search(r"\bvà\b", ex.text[groups[-1][0].end : groups[-1][1].start])
    ):
        # "…; 1.184 thôn của xã khu vực I và 132 thôn của các xã …": the last two, by «và»
        groups[-1:] = [[groups[-1][0]], [groups[-1][1]]]
    items = [group[0] for group in groups]
    if any(len(group) != 1 for group in groups) or len(items) < 2:
        return False
    if any(f.kind != total.kind or not nouns_compatible(total, f) for f in items):
        return False
    last = items[-1]
    if (colon and exhaustive) or REST_RE.search(f"{last.label} {_words_after(ex, last)}"):
        return True
    if not colon and len(items) >= 2 and (_full_split(items) or _district_levels(ex, total, items)):
        return True  # "…, trong đó cấp tỉnh 21.457 hồ sơ; cấp huyện 17.862 hồ sơ; cấp xã …"
    runs = disjoint_runs(ex, items) if colon else None
    return runs is not None and len(runs) == 1


# "Phân theo loại, kiến nghị, phản ánh là 4.253 vụ việc; khiếu nại có 403 …": a sentence that
# splits the quantity of the one before by a kind.
_BY_KIND_RE = re.compile(
    r"[ \t]*(?:phân theo|chia theo|phân loại theo|xét theo|theo)\s+(?:loại|lĩnh vực|nội dung|"
    r"tính chất|hình thức|thẩm quyền|cấp|nhóm|đối tượng|căn cứ)[^,:\d]{0,25}[,:]",
    re.I,
)


def _by_kind(ex: Extraction, totals: set[int]) -> list[Structure]:
    """ "… tiếp nhận 6.551 đơn thư, ứng với 4.676 vụ việc. Phân theo loại, kiến nghị, phản
    ánh là 4.253 vụ việc; khiếu nại có 403 vụ việc; tố cáo có 21 vụ việc": a sentence opening
    with «phân theo …» whose figures name every kind of one split splits the one quantity of
    the sentence before that counts the same things."""
    found = []
    for s_index, sentence in enumerate(ex.sentences):
        if s_index == 0 or not _BY_KIND_RE.match(ex.text, sentence.start):
            continue
        if _BY_KIND_RE.match(ex.text, ex.sentences[s_index - 1].start):
            continue  # "Theo hình thức tiếp: … Theo cấp tiếp: …": two splits side by side
        parts = [f for f in ex.in_sentence(s_index) if f.kind not in ("date",)]
        if len(parts) < 2 or any(p.approximate or not _quantity(p) for p in parts):
            continue
        previous = [
            f
            for f in ex.in_sentence(s_index - 1)
            if _quantity(f) and f.kind == parts[0].kind and nouns_compatible(f, parts[0])
        ]
        if len(previous) > 2 and sum(f.value for f in previous[1:]) == previous[0].value:
            # "… 58 cuộc thanh tra, bao gồm 37 cuộc … và 21 cuộc …. Xét theo căn cứ tiến hành,
            # có 49 cuộc theo kế hoạch và 11 cuộc đột xuất": a second split of the same whole
            previous = previous[:1]
        if len(previous) != 1 or previous[0].approximate:
            continue
        if id(previous[0]) in totals and not _BY_KIND_RE.match(
            ex.text, ex.sentences[s_index].start
        ):
            continue
        total = previous[0]
        if any(p.kind != total.kind or not nouns_compatible(total, p) for p in parts):
            continue
        rest = REST_RE.search(f"{parts[-1].label[-40:]} {_words_after(ex, parts[-1])}")
        if _full_split(parts) or _complete_split(ex, parts) or (rest and len(parts) >= 2):
            found.append(Structure(total, parts, True, "phân theo"))
    return found


def _split_after(ex: Extraction, taken: set[int]) -> list[Structure]:
    """ "… đã tiếp 312 lượt công dân. Lãnh đạo UBND huyện tiếp định kỳ 58 lượt, đột xuất 21
    lượt; Ban Tiếp công dân tiếp thường xuyên 223 lượt.", "… tổ chức 1.146 cuộc đối thoại.
    Cấp tỉnh tổ chức 6 cuộc. Cấp huyện … 93 cuộc. … 1.047 cuộc do cấp xã tổ chức.": the one
    quantity of a sentence, split in the sentences right after it (up to three) into every
    category of one split, each named once and nothing else counted of those things."""
    found = []
    for s_index in range(len(ex.sentences) - 1):
        block = ex.sentences[s_index].block
        candidates = [f for f in ex.in_sentence(s_index) if _quantity(f)]
        if len(candidates) != 1 or id(candidates[0]) in taken or candidates[0].approximate:
            continue
        if _BY_KIND_RE.match(ex.text, ex.sentences[s_index].start):
            continue  # "Theo hình thức tiếp: … 311 lượt. Theo cấp tiếp: …": a part, not a total
        total = candidates[0]
        parts: list[Figure] = []
        for next_index in range(s_index + 1, min(s_index + 4, len(ex.sentences))):
            if ex.sentences[next_index].block != block:
                break
            own = [
                f
                for f in ex.in_sentence(next_index)
                if _quantity(f) and f.kind == total.kind and nouns_compatible(total, f)
            ]
            if not own or any(id(f) in taken or f.approximate for f in own):
                break
            parts.extend(own)
            if len(parts) >= 2 and _complete_split(ex, parts):
                break
        if len(parts) < 2 or not _complete_split(ex, parts):
            continue
        found.append(Structure(total, parts, True, "câu sau"))
    return found


def _complete_split(ex: Extraction, parts: list[Figure]) -> bool:
    """Whether the parts name every category of one closed split, each once (by the words
    before or right after each: "1.074 cuộc do cấp xã tổ chức")."""
    for partition, group in enumerate(PARTITIONS):
        if partition in OPEN_PARTITIONS or len(group) != len(parts):
            continue
        categories = [_category_in(ex, p, partition) for p in parts]
        if None not in categories and sorted(categories) == list(range(len(group))):
            return True
    return False


_NOT_OF_NOUN = re.compile(
    r"\b(?:trong|được|đã|theo|của|tại|ở|với|thuộc|kỳ|năm|tháng|quý|so|là|có|đạt)\b", re.I
)


def _punctuated(ex: Extraction, totals: set[int]) -> list[Structure]:
    """ "Tiếp nhận 120 đơn: khiếu nại 30 đơn, tố cáo 10 đơn, kiến nghị, phản ánh 75 đơn" and
    the same in parentheses: a list after a colon or inside parentheses, kept only when its
    parts name every kind of one split (then they must add up to the total)."""
    found = []
    figures = ex.figures
    for index, total in enumerate(figures):
        if not _quantity(total) or id(total) in totals:
            continue
        # ("250 đơn các loại (120 …)", "39 đơn vị hành chính cấp xã (37 xã, 01 thị trấn)": the
        # end of the noun's phrase; not "12 cuộc trong kỳ (29 …, 5 …)", of another figure)
        opening = re.match(
            r"[ \t]*(?P<words>(?:[^\W\d_]+[ \t]+){0,2}?)([:(])",
            ex.text[total.noun_end : total.noun_end + 40],
        )
        if opening and _NOT_OF_NOUN.search(opening.group("words")):
            opening = None
        if total.approximate:
            # "hơn 1.400 căn nhà trên địa bàn huyện bị ảnh hưởng: 37 căn sập hoàn toàn, …": an
            # estimate and its breakdown after the colon that ends its clause.
            opening = re.match(
                r"[^\d:;.()]{0,60}?()(:)", ex.text[total.noun_end : total.noun_end + 64]
            )
        if not opening:
            continue
        sentence = ex.sentences[total.sentence]
        start = total.noun_end + opening.end()
        if opening.group(2) == "(":
            stop = ex.text.find(")", start, sentence.end)
        else:
            stop = ex.text.find(";", start, sentence.end)
        stop = sentence.end if stop == -1 else stop
        parts = [f for f in figures[index + 1 :] if f.start < stop and f.sentence == total.sentence]
        if len(parts) < 2 or any(p.kind != total.kind or p.approximate for p in parts):
            continue
        if not all(nouns_compatible(total, p) for p in parts):
            if not total.approximate:
                found += _parallel_lists(ex, total, parts, opening.group(2))
            continue
        if total.approximate:
            if all(p.noun for p in parts):
                found.append(Structure(total, parts, True, opening.group(2)))
            continue
        if _full_split(parts) or _complete_split(ex, parts) or _kinds_listed(total, parts):
            # "28 vụ việc (8 vụ việc kỳ trước chuyển sang, 23 vụ việc mới phát sinh)"
            found.append(Structure(total, parts, True, opening.group(2)))
    return found


def _kinds_listed(total: Figure, parts: list[Figure]) -> bool:
    """ "39 đơn vị hành chính cấp xã (37 xã, 01 thị trấn)": each part a different kind of the
    total's general noun, named as its own noun — the list of them all."""
    noun = total.noun.lower()
    kinds = next((KINDS_OF[g] for g in KINDS_OF if noun.startswith(g)), None)
    if kinds is None:
        return False
    named = [next((k for k in kinds if p.noun.lower().startswith(k)), None) for p in parts]
    return None not in named and len(set(named)) == len(named)


def _parallel_lists(ex: Extraction, total: Figure, parts: list[Figure], marker: str):
    """ "24 lớp … với 2.150 học viên (cấp tỉnh 4 lớp, 420 học viên; cấp huyện 20 lớp, 1.830
    học viên)": two lists side by side, one per thing counted. Where one adds up exactly to
    its total (4 + 20 = 24 lớp), the list is the whole split, so the other must too."""
    before = [f for f in ex.in_sentence(total.sentence) if f.end <= total.start] + [total]
    groups: dict[str, list[Figure]] = {}
    for part in parts:
        groups.setdefault(noun_head(part.noun), []).append(part)
    pairs = []
    for head, items in groups.items():
        totals = [
            f for f in before if f.kind == total.kind and f.exact and noun_head(f.noun) == head
        ]
        if len(items) < 2 or len({f.value for f in totals}) != 1 or not head:
            return []
        pairs.append((totals[-1], items))
    if len(pairs) < 2 or not any(sum(p.value for p in items) == t.value for t, items in pairs):
        return []
    return [Structure(t, items, True, marker) for t, items in pairs]


def _of_an_earlier_total(ex: Extraction, total: Figure, value: Decimal) -> bool:
    """Whether parts that do not fit ``total`` add up to a figure of the same things stated
    before it in its sentence: then they split that one."""
    return any(
        f.kind == total.kind and f.exact and f.value == value and nouns_compatible(f, total)
        for f in ex.in_sentence(total.sentence)
        if f.end <= total.start
    )


_EACH = re.compile(r"\bmỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:là|có|đạt|được)?\s*$", re.I)


def check_structures(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    findings = []
    for st in structures(ex):
        total, parts = st.total, st.parts
        if any(_EACH.search(p.label[-30:]) for p in parts):
            continue  # "các huyện Yên Sơn, Sơn Dương, … mỗi huyện 1 xã": a product, not a part
        exact_parts = [p for p in parts if not p.approximate]
        if len(parts) == total.value and all(not p.noun for p in parts):
            continue  # "4 tổ dân phố, gồm: 1, 3, 5 và 10": the names of the four, not parts
        if total.approximate:
            if st.exhaustive and len(parts) >= 2 and len(exact_parts) == len(parts):
                finding = estimate_check(ex, total, sum(p.value for p in parts), parts)
                if finding:
                    findings.append(finding)
            elif st.exhaustive and len(parts) >= 2 and total.kind == "money":
                finding = _estimates_apart(ex, total, parts)
                if finding:
                    findings.append(finding)
            if total.kind == "money" and (not findings or findings[-1].start != total.start):
                # "hơn 16.900 tỷ đồng. Trong đó, … hơn 1.200 tỷ đồng; … gần 18.400 tỷ đồng": a
                # part above the whole, at the estimates' widest (any in the list's sentence)
                top = _widest(ex, [total])[1]
                listed = [
                    f
                    for f in ex.in_sentence(parts[0].sentence)
                    if f.kind == "money" and f.start >= parts[0].start
                ]
                for part in listed:
                    if part.kind == total.kind and _widest(ex, [part])[0] > top:
                        findings.append(
                            make(
                                "part_exceeds_total",
                                ex,
                                total.start,
                                part.end,
                                severity=WARNING,
                                stated=_written_money(ex, part),
                                expected=_written_money(ex, total),
                                arithmetic=f"{_written_money(ex, part)} > "
                                f"{_written_money(ex, total)}",
                            )
                        )
                        break
            elif len(parts) >= 2 and len(exact_parts) == len(parts):
                # "3,87 ngàn hồ sơ, trong đó 2.950 hồ sơ trực tuyến và 1.320 hồ sơ trực
                # tiếp": parts of distinct kinds cannot pass what the estimate allows.
                runs = disjoint_runs(ex, parts)
                value = sum(p.value for p in parts)
                if runs is not None and len(runs) == 1 and value > total.value:
                    finding = estimate_check(ex, total, value, parts)
                    if finding:
                        findings.append(finding)
            continue
        if st.exhaustive and len(exact_parts) == len(parts) == 1:
            # The kind is named after the marker, maybe before other figures of the item.
            category = category_in_words(ex.text[total.noun_end : parts[0].start])
            sentence = ex.sentences[parts[0].sentence]
            rest_named = REST_RE.search(ex.text[parts[0].end : sentence.end])
            if (
                not rest_named
                and category is not None
                and category[0] not in OPEN_PARTITIONS
                and parts[0].value < total.value
            ):
                # "2.351 vụ việc, gồm: Tiếp thường xuyên: 1.468 vụ việc": one kind of a split
                # (thường xuyên, định kỳ, đột xuất) where "gồm" promises them all.
                findings.append(
                    make(
                        "partial_list",
                        ex,
                        total.start,
                        parts[0].end,
                        stated=num(parts[0].value),
                        expected=num(total.value),
                        marker=st.marker,
                        arithmetic=f"{num(total.value)} − {num(parts[0].value)} = "
                        f"{num(total.value - parts[0].value)} không được liệt kê",
                    )
                )
        runs = disjoint_runs(ex, parts) if len(exact_parts) == len(parts) else None
        totals = _totals_before(ex, total)
        if len(totals) > 1 or (runs is not None and len(runs) > 1):
            # Parallel lists, one per total before the marker; unpaired, say nothing.
            if runs is not None and len(totals) == len(runs):
                for run_total, run in zip(totals, runs, strict=True):
                    finding = _parts_within(ex, run_total, run)
                    if finding:
                        findings.append(finding)
            continue
        if runs is not None and not st.exhaustive:
            finding = _parts_within(ex, total, parts)
            if finding:
                findings.append(finding)
                continue
        elif (
            total.kind == "money"
            and not st.exhaustive
            and len(parts) >= 2
            and len(exact_parts) == len(parts)
            and all(p.kind == "money" for p in parts)
        ):
            # "tổng số đã xử lý về kinh tế là 11.062,78 triệu đồng … Trong đó, thu hồi …
            # 6.375,11 triệu đồng, xử phạt … 3.980,16 triệu đồng, giảm trừ … 808,19 triệu
            # đồng": sums of money handled in different ways cannot pass what was handled.
            finding = _parts_within(ex, total, parts)
            if finding:
                findings.append(replace(finding, severity=WARNING))
                continue
        over = [p for p in exact_parts if p.value > total.value]
        if over and _of_an_earlier_total(ex, total, sum(p.value for p in exact_parts)):
            continue  # "34 cuộc, trong đó 22 … và 12 cuộc trong kỳ (29 …, 5 …)": of the 34
        for part in over:
            findings.append(
                make(
                    "part_exceeds_total",
                    ex,
                    total.start,
                    part.end,
                    stated=num(part.value),
                    expected=num(total.value),
                    arithmetic=f"{num(part.value)} > {num(total.value)}",
                )
            )
        # A percentage stated for a part is a share of the total — unless the total has a
        # rate of its own: "… 37.819 hộ, tỷ lệ 8,60%. Cụ thể, hộ nghèo có 29.146 hộ, tỷ lệ
        # 6,63%": the parts' rates are of the total's base (all households), as its rate is.
        after_total = ex.index_of(total) + 1
        own = ex.figures[after_total] if after_total < len(ex.figures) else None
        if (
            own is not None
            and own.kind == "percent"
            and own.value != 100
            and same_sentence(total, own)
            and not is_change_percent(ex, own)
            and re.fullmatch(
                r"[^\d;()]{0,40}?[,(]\s*(?:chiếm\s+)?(?:tỷ|tỉ) lệ\s*(?:là|:)?\s*"
                r"|[^\d;()]{0,40}?,\s*chiếm\s*",
                gap(ex, total.noun_end, own.start),
            )
        ):
            own_rate = True
        else:
            own_rate = False
        for part in exact_parts:
            index = ex.index_of(part)
            if index + 1 >= len(ex.figures):
                continue
            percent = ex.figures[index + 1]
            named = _NAMED_BASE.match(ex.text, percent.end) or _PLAIN_BASE.match(
                ex.text, percent.end
            )
            tolerance = written_tolerance(total) if total.kind == "money" else None
            if (
                tolerance
                and percent.kind == "percent"
                and (written_tolerance(part) or 0) < tolerance
                and total.value > tolerance
                and part.value * 100 / (total.value + tolerance)
                - Decimal(1).scaleb(-percent.decimals) / 2
                <= percent.value
                <= part.value * 100 / (total.value - tolerance)
                + Decimal(1).scaleb(-percent.decimals) / 2
            ):
                continue  # of a whole rounded to its last digit: a share of 5,55–5,65 nghìn tỷ
            if own_rate and not (
                named
                and set(re.findall(r"\w+", named.group(1).lower()))
                <= set(
                    re.findall(
                        r"\w+",
                        f"{total.label[-60:]} {total.noun} {_words_after(ex, total)}".lower(),
                    )
                )
                | _BASE_WORDS_OK
            ):
                continue  # of the total's base, unless it names the total ("… 97% số hộ nghèo")
            if named and (role_in(named.group(1)) or "total") != (roles.get(id(total)) or "total"):
                continue  # "đã giải quyết …; trong đó … chiếm 78,9% số hồ sơ tiếp nhận": another
            if (
                named
                and _NAMED_BASE.match(ex.text, percent.end)
                and not _names_the_total(ex, named.group(1), total, part)
            ):
                continue  # "14.601 hộ nghèo … Trong đó, 13.688 hộ …, chiếm tỷ lệ 18,75% so với
                # tổng số hộ DTTS toàn tỉnh": of a whole the text names, not of this total
            between = _own_rate(gap(ex, part.end, percent.start), part.noun)
            following = ex.figures[index + 2] if index + 2 < len(ex.figures) else None
            if re.match(r"[^()]*\)\s*,", between):
                continue  # "… (trong đó có 32 hồ sơ …), đạt tỷ lệ 100%": of the figure outside
            if (
                percent.kind == "percent"
                and not is_change_percent(ex, percent)
                and not _PLAN_AFTER.match(ex.text, percent.end)  # "(đạt 93,75% kế hoạch)"
                and not (following is not None and _base_of_rate(ex, following))
                and same_sentence(part, percent)
                and links_to_percent(between)
                and (
                    re.search(r"\(|chiếm|tỷ lệ|tỉ lệ|bằng", between, re.I)
                    # "Trong đó, số hồ sơ giải quyết đúng hạn là 7.254 hồ sơ, đạt 97,86%"
                    or (roles.get(id(part)) in _OF_RESOLVED and re.search(r"đạt", between))
                    # "Xã có 2.815 hộ, trong đó 2.604 hộ được công nhận …, đạt 92,5%"
                    or (_UNIT_HAS.search(total.label[-40:]) and re.search(r"đạt", between))
                    # "2.519 thủ tục; trong đó 2.347 thủ tục …, đạt 93,1%": near its share
                    or (
                        re.search(r"đạt\s*$", between)
                        and total.value
                        and _near_reached(percent.value, part.value * 100 / total.value)
                        and not _PLAN_WORDS.search(ex.text, percent.end, percent.end + 15)
                    )
                )
                and part.value <= total.value
                # "13.389 hộ, trong đó 11.710 hộ DTTS và 2.510 hộ nghèo DTTS (99,13%)": a bare
                # rate in parentheses far from the part's share is of another base
                and not (
                    re.fullmatch(r"[^\d;,()]*\(\s*", between)
                    and not re.search(r"chiếm|tỷ lệ|tỉ lệ|bằng|đạt", between, re.I)
                    and total.value
                    and not near(percent.value, part.value * 100 / total.value)
                )
            ):
                reached = not re.search(r"\(|chiếm|tỷ lệ|tỉ lệ|bằng", between, re.I)
                if (
                    reached
                    and roles.get(id(total)) == "total"
                    and any(
                        roles.get(id(f)) == "resolved"
                        and ex.sentences[f.sentence].block == ex.sentences[part.sentence].block
                        for f in ex.figures
                    )
                ):
                    continue  # of the received or of the resolved: check_whole_shares' case
                finding = _ratio_finding(ex, part.value, total.value, percent, part.start, part.end)
                if finding and finding.rule == "ratio_mismatch":
                    # "trước hạn là 114.977 và đúng hạn là 1.022.796 (chiếm 99,86%)": the share
                    # of the parts so far, together.
                    upto = sum(p.value for p in exact_parts[: exact_parts.index(part) + 1])
                    if upto != part.value and upto <= total.value:
                        together = _ratio_finding(
                            ex, upto, total.value, percent, part.start, part.end
                        )
                        finding = finding if together else None
                if finding:
                    findings.append(finding)
        if not over and not st.exhaustive and len(parts) >= 2 and len(exact_parts) == len(parts):
            shown_sum, shown = sum_shown([p.value for p in parts])
            if shown_sum == total.value:
                # Not said to be every part, but they add up to the total: shown as checked.
                verified(ex, "partition", total.start, parts[-1].end, f"{shown}: khớp")
        if over or not st.exhaustive or len(parts) < 2 or len(exact_parts) != len(parts):
            continue
        if id(total) in roles and all(id(p) in roles for p in parts):
            continue  # a one-stop identity: balance_mismatch speaks for it
        part_roles = [roles.get(id(p)) for p in parts]
        if "total" in part_roles and len(set(part_roles) - {None}) > 1:
            continue  # "cấp tỉnh tiếp nhận 18.742 hồ sơ, đã giải quyết 18.105 hồ sơ": two measures
        total_of_parts, arithmetic, unit = sum_in_unit(ex, total, parts)
        if total_of_parts != total.value and _of_an_earlier_total(ex, total, total_of_parts):
            continue  # "75 cuộc, gồm 22 … và 53 …; trong đó 62 …, 13 …": a second split of 75
        if st.strangers and total_of_parts < total.value:
            continue  # a part of the list counts other things: maybe the one left
        if _overlapping_shares(ex, parts):
            continue  # "cơ cấu của 35 đại biểu, gồm: nữ 11 (31,4%); dưới 40 tuổi 8 (22,9%) …"
        tolerance = written_tolerance(total) if total.kind == "money" else None
        if (
            tolerance
            and total_of_parts != total.value
            and abs(total_of_parts - total.value) <= tolerance
            and all((written_tolerance(p) or 0) < tolerance for p in parts)
        ):
            # "5,6 nghìn tỷ đồng, gồm 3.215 tỷ đồng … và 2.412 tỷ đồng": the whole is rounded
            # to its last written digit (5,55 to 5,65 nghìn tỷ)
            shown = f"{arithmetic}{unit_name(unit)} ≈ {total.text}: khớp (làm tròn)"
            verified(ex, "partition", total.start, parts[-1].end, shown)
            continue
        if total_of_parts != total.value:
            category = _category_of(parts[0])
            findings.append(
                make(
                    "sum_mismatch",
                    ex,
                    total.start,
                    parts[-1].end,
                    severity=WARNING
                    if category and category[0] == LEVELS or st.marker.endswith(",")
                    else None,
                    stated=with_unit(total.value, unit),
                    expected=with_unit(total_of_parts, unit),
                    arithmetic=f"{arithmetic} ≠ {with_unit(total.value, unit)}",
                )
            )
        else:
            shown = f"{arithmetic}{unit_name(unit)}: khớp"
            verified(ex, "partition", total.start, parts[-1].end, shown)
    return findings


_CHANGE_OF = re.compile(r"^\s*\)?\s*(?:\(|,)\s*(tăng|giảm)(?:\s+(?:thêm|được))?\s*$", re.I)


def change_of(ex: Extraction, figure: Figure) -> Decimal | None:
    """The amount of change stated right after a figure, signed: "173 lượt (giảm 50 lượt)",
    "626 lượt, giảm 59 lượt so với cùng kỳ" → −50, −59; None when there is none."""
    index = ex.index_of(figure) + 1
    if index >= len(ex.figures):
        return None
    amount = ex.figures[index]
    if amount.sentence != figure.sentence or amount.kind != "count" or not amount.exact:
        return None
    match = _CHANGE_OF.match(ex.text[figure.noun_end : amount.start])
    if not match:
        return None
    if amount.noun and figure.noun and first_word(amount) != first_word(figure):
        return None
    if re.match(r"\s*%|\s*điểm", ex.text[amount.end : amount.end + 8]):
        return None
    return amount.value if match.group(1).lower() == "tăng" else -amount.value


def _signed(value: Decimal) -> str:
    """A signed amount with the minus sign typeset: −59."""
    return num(value).replace("-", "−")


def check_part_changes(ex: Extraction) -> list[Finding]:
    """ "toàn huyện tiếp 626 lượt (giảm 59 lượt …); trong đó cấp huyện 173 lượt (giảm 50
    lượt), cấp xã 453 lượt (giảm 9 lượt)": where the parts make up the whole exactly, their
    changes make up the whole's change."""
    findings = []
    for st in structures(ex):
        parts = st.parts
        if len(parts) < 2 or any(p.approximate for p in parts) or st.total.approximate:
            continue
        if sum(p.value for p in parts) != st.total.value:
            continue
        whole = change_of(ex, st.total)
        changes = [change_of(ex, p) for p in parts]
        if whole is None or None in changes:
            continue
        total = sum(changes, Decimal(0))
        shown = " + ".join(f"({_signed(c)})" if c < 0 else num(c) for c in changes)
        start, end = st.total.start, parts[-1].end
        if total == whole:
            verified(ex, "change", start, end, f"{shown} = {_signed(total)}: khớp")
            continue
        findings.append(
            make(
                "change_parts_mismatch",
                ex,
                start,
                end,
                stated=_signed(whole),
                expected=_signed(total),
                arithmetic=f"{shown} = {_signed(total)} ≠ {_signed(whole)}",
            )
        )
    return findings


# How far the exact value may lie from an estimate, by the word that makes it one.
BELOW = ("gần", "xấp xỉ", "ngót", "chưa đến", "dưới", "gần như")
ABOVE = ("hơn", "trên", "ít nhất", "tối thiểu")
AT_MOST = ("tối đa", "không quá")


def estimate_fits(word: str, stated: Decimal, exact: Decimal, tolerance=None) -> bool:
    """Whether an exact value fits an estimate: "gần 15.000" fits 14.826, not 16.390;
    "hơn 500" fits 512, not 480; "khoảng 2.000" fits within a tenth; "3,87 ngàn" within
    half its last digit."""
    if tolerance is not None and not word:
        return abs(exact - stated) <= tolerance
    slack = tolerance or 0
    # The word says which side: "gần 1,2 triệu" is not 1.224.600, "hơn 3 tỷ" not 2,83 tỷ,
    # whatever the last digit written allows.
    if word in BELOW:
        return stated * Decimal("0.85") - slack <= exact <= stated
    if word in ABOVE:
        return stated <= exact <= stated * 2 + slack
    if word in AT_MOST:
        return exact <= stated + slack
    if tolerance and tolerance * 20 < stated:
        # "khoảng 3,87 tỷ": written to the hundredth, so near it (within a fiftieth or two
        # last digits), not anywhere within a tenth (4,21 tỷ is not «khoảng 3,87 tỷ»).
        return abs(exact - stated) <= max(stated / 50, 2 * tolerance)
    return abs(exact - stated) <= stated / 10 + slack


_MONEY_SCALE = re.compile(
    r"\d{1,3}(?:\.\d{3})*(?:,(\d+))?\s*((?:nghìn|ngàn)\s+(?:tỷ|tỉ)|nghìn|ngàn|triệu|tỷ|tỉ)\b", re.I
)


def written_tolerance(figure: Figure) -> Decimal | None:
    """Half a unit of the last digit written: «3,87 ngàn» ±5, «3,87 tỷ đồng» ±5 triệu."""
    if "tolerance" in figure.extra:
        return figure.extra["tolerance"]
    match = _MONEY_SCALE.match(figure.text) if figure.kind == "money" else None
    if not match:
        return None
    scale = Decimal(1)
    for word in match.group(2).lower().split():  # «nghìn tỷ»: 10¹²
        scale *= SCALES[word]
    return scale / 2 / 10 ** len(match.group(1) or "")


def estimate_check(ex: Extraction, total: Figure, exact: Decimal, parts) -> Finding | None:
    word = qualifier(ex.text, total.start)
    tolerance = written_tolerance(total)
    shown = " + ".join(num(p.value) for p in parts)
    if total.kind == "money":
        # "68,2 tỷ đồng + 41,5 tỷ đồng + 12,1 tỷ đồng = 121,8 tỷ đồng", as written
        unit = _written_unit([total, *parts])
        shown = " + ".join(p.text for p in parts)
        shown_sum = _money_text(exact, unit)
    else:
        shown_sum = num(exact)
    start, end = total.start, max(total.end, parts[-1].end)
    stated = " ".join(
        ex.text[total.start - len(word) - 1 if word else total.start : total.noun_end].split()
    )
    if estimate_fits(word, total.value, exact, tolerance):
        verified(ex, "magnitude", start, end, f"{shown} = {shown_sum}: hợp với «{stated}»")
        return None
    return make(
        "estimate_mismatch",
        ex,
        start,
        end,
        stated=stated,
        expected=shown_sum,
        parts=shown,
        arithmetic=f"{shown} = {shown_sum}: không hợp với «{stated}»",
    )


def _parts_within(ex: Extraction, total: Figure, parts: list[Figure]) -> Finding | None:
    """Parts of distinct categories of one partition add up to no more than their total."""
    value, arithmetic, unit = sum_in_unit(ex, total, parts)
    whole = with_unit(total.value, unit)
    start, end = min(total.start, parts[0].start), max(total.end, parts[-1].end)
    if value <= total.value:
        verified(ex, "partition", start, end, f"{arithmetic} ≤ {whole}: khớp")
        return None
    return make(
        "parts_exceed_total",
        ex,
        start,
        end,
        stated=whole,
        expected=with_unit(value, unit),
        parts=", ".join(in_unit(p.value, unit) for p in parts),
        arithmetic=f"{arithmetic} > {whole}",
    )


# "trong 120 hồ sơ …, có 96 hồ sơ nộp trực tuyến, chiếm 82%": a share of a stated whole.
_WHOLE_BEFORE = re.compile(r"(?:\btrong|trong số|trong tổng số|trên tổng số)\s*$", re.I)
# "đợt 1 có 120 người, đợt 2 có 95 người, …, tổng cộng 335 người": parts, then their total.
_TRAILING_WINDOW = 400
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
            and links_to_percent(gap(ex, part.end, percent.start))
        ):
            continue
        finding = _ratio_finding(ex, part.value, whole.value, percent, part.start, part.end)
        if finding:
            findings.append(finding)
    return findings


_RAISED_TO = re.compile(r"nâng tổng số[^\d;]{0,50}?lên(?:\s+(?:thành|là))?\s*$", re.I)
_STRICTER = re.compile(r"nâng cao|kiểu mẫu", re.I)
_RAISED_FROM = re.compile(r"nâng tổng số[^\d;]{0,50}?\btừ\s*$", re.I)
_ADDED = re.compile(r"\bthêm\s*$", re.I)
_BEFORE_ADDED = re.compile(
    r"\(\s*(?:năm\s+\d{4}|trước đó|đầu năm|cuối năm\s+\d{4}|năm trước)[^\d()]{0,20}?"
    r"(?:có|là|:|đạt)?\s*$",
    re.I,
)


def check_raised_totals(ex: Extraction) -> list[Finding]:
    """ "có thêm 3 xã đạt chuẩn nông thôn mới nâng cao (năm 2023 có 7 xã), nâng tổng số lên
    9/21 xã": what there was, and what was added, make the new total."""
    findings = []
    figures = ex.figures
    for figure in figures:
        if figure.kind not in ("count", "ratio") or not figure.exact:
            continue
        if not re.search(r"\blên", figure.label[-30:]):
            continue  # neither «nâng tổng số … lên» nor «… từ 7 xã lên»
        new = figure.value if figure.kind == "count" else figure.numerator
        before = ex.in_sentence(figure.sentence)
        before = [f for f in before if f.end <= figure.start]
        if (
            before
            and before[-1].kind == "count"
            and before[-1].exact
            and _RAISED_FROM.search(before[-1].label[-70:])
            and re.fullmatch(r"[^\d;()]{0,20}?\blên(?:\s+(?:thành|là))?\s*", figure.label)
        ):
            # "có thêm 19 xã đạt chuẩn …, nâng tổng số xã đạt chuẩn từ 7 xã lên 26 xã"
            old = [before[-1]]
            before = before[:-1]
        elif not _RAISED_TO.search(figure.label[-70:]):
            continue
        else:
            old = [
                f for f in before if f.kind == "count" and f.exact and _BEFORE_ADDED.search(f.label)
            ]
        added = [f for f in before if f.kind == "count" and f.exact and _ADDED.search(f.label)]
        if len(added) == 1 and any(
            f.kind == "count" and added[0].end <= f.start and nouns_compatible(f, added[0])
            for f in before
            if f is not added[0] and f not in old
        ):
            continue  # "có thêm 2 xã đạt chuẩn …, 1 xã đạt chuẩn nâng cao, nâng tổng số …": a list
        severity = None
        if len(added) == 1 and not old and figure.sentence:
            # "… có 15 xã được công nhận đạt chuẩn. Dự kiến … có thêm 10 xã đạt chuẩn, nâng
            # tổng số xã đạt chuẩn lên 25 xã": the one such figure of the sentence before
            # (a warning: it may be of another date).
            kind = set(_words_after(ex, added[0]).lower().split())
            previous = [
                f
                for f in ex.in_sentence(figure.sentence - 1)
                if f.kind == "count"
                and f.exact
                and nouns_compatible(f, added[0])
                and ex.sentences[f.sentence].block == ex.sentences[figure.sentence].block
                # of the same kind: not "15 xã đạt chuẩn nông thôn mới" before "thêm 3 xã đạt
                # chuẩn nông thôn mới nâng cao"
                and kind <= set(_words_after(ex, f).lower().split())
                and not (
                    _STRICTER.search(_words_after(ex, f)) and not _STRICTER.search(" ".join(kind))
                )
            ]
            old, severity = (previous, WARNING) if len(previous) == 1 else ([], None)
        if len(added) != 1 or len(old) != 1 or not nouns_compatible(added[0], old[0]):
            continue
        total, shown = sum_shown([old[0].value, added[0].value])
        start, end = min(added[0].start, old[0].start), figure.end
        if total == new:
            verified(ex, "partition", start, end, f"{shown}: khớp")
            continue
        findings.append(
            make(
                "sum_mismatch",
                ex,
                start,
                end,
                severity=severity,
                stated=num(new),
                expected=num(total),
                arithmetic=f"{shown} ≠ {num(new)}",
            )
        )
    return findings


_SOME_ITEMS = re.compile(r"chủ yếu|\bnhư\b|một số|điển hình|tiêu biểu|nổi bật|đáng chú ý", re.I)
_CLOSING_TOTAL = re.compile(r"[ \t]*(?:tổng cộng|tổng số|tính chung|cộng chung)\s*,", re.I)


def _closing_totals(ex: Extraction) -> list[Finding]:
    """ "Các vụ việc hòa giải thuộc các nhóm: tranh chấp đất đai 46 vụ, hôn nhân và gia đình 31
    vụ, …. Tổng cộng, các tổ hòa giải đã tiếp nhận 125 vụ việc": a sentence opening «Tổng
    cộng,» with one quantity sums the list after the colon of the sentence before."""
    findings = []
    for index in range(1, len(ex.sentences)):
        sentence = ex.sentences[index]
        if not _CLOSING_TOTAL.match(ex.text, sentence.start):
            continue
        own = [f for f in ex.in_sentence(index) if _quantity(f)]
        before = ex.sentences[index - 1]
        colon = ex.text.find(":", before.start, before.end)
        if len(own) != 1 or own[0].approximate or colon == -1 or before.block != sentence.block:
            continue
        total = own[0]
        if _SOME_ITEMS.search(ex.text, before.start, colon):
            continue  # "… chủ yếu thuộc các nhóm: …": the main ones, not all
        parts = [f for f in ex.in_sentence(index - 1) if f.start > colon]
        if len(parts) < 2 or any(
            p.kind != total.kind or p.approximate or not nouns_compatible(total, p) for p in parts
        ):
            continue
        if any(f.start < colon and _quantity(f) for f in ex.in_sentence(index - 1)):
            continue  # the list splits a figure of its own sentence
        value, arithmetic = sum_shown([p.value for p in parts])
        if value == total.value:
            verified(ex, "partition", parts[0].start, total.end, f"{arithmetic}: khớp")
            continue
        findings.append(
            make(
                "sum_mismatch",
                ex,
                parts[0].start,
                total.end,
                severity=WARNING,  # a list in the sentence before: maybe not all of it
                stated=num(total.value),
                expected=num(value),
                arithmetic=f"{arithmetic} ≠ {num(total.value)}",
            )
        )
    return findings


def check_money_rates(ex: Extraction) -> list[Finding]:
    """ "Đối với số tiền kiến nghị thu hồi 3.426 triệu đồng, đến nay các đơn vị đã nộp …
    2.518 triệu đồng, đạt 82,2%": a sum done, rated against the one larger sum stated before it
    in its sentence (or the one before) — checked when the rate is near that share."""
    findings = []
    for index, part in enumerate(ex.figures):
        if part.kind != "money" or not part.exact or index + 1 >= len(ex.figures):
            continue
        percent = ex.figures[index + 1]
        if percent.kind != "percent" or percent.approximate or percent.sentence != part.sentence:
            continue
        between = gap(ex, part.end, percent.start)
        if not re.fullmatch(r"\s*(?:đồng)?\s*,\s*(?:đạt|bằng)(?: tỷ lệ| tỉ lệ)?\s*", between):
            continue
        after = ex.text[percent.end : percent.end + 30]
        if (
            _PLAN_AFTER.match(ex.text, percent.end)
            or re.match(r"\s*(?:so với\s+)?(?:dự toán|kế hoạch|chỉ tiêu|cùng kỳ|năm trước)", after)
            or _CHANGE_AMOUNT.search(part.label[-20:])
        ):
            continue  # "…, đạt 95,6% dự toán": a rate of the budget, not a share
        block = ex.sentences[part.sentence].block
        bases = {
            f.value
            for f in ex.figures[:index]
            if f.kind == "money"
            and f.exact
            and f.value > part.value
            and part.sentence - 1 <= f.sentence <= part.sentence
            and ex.sentences[f.sentence].block == block
        }
        if len(bases) != 1:
            continue
        base = bases.pop()
        if not _near_reached(percent.value, part.value * 100 / base):
            continue
        finding = _ratio_finding(ex, part.value, base, percent, part.start, part.end)
        if finding:
            findings.append(finding)
    return findings


def check_trailing_totals(ex: Extraction) -> list[Finding]:
    findings = _closing_totals(ex) + check_money_rates(ex)
    for figure in ex.figures:
        if figure.kind != "count" or figure.approximate:
            continue
        sentence = ex.sentences[figure.sentence]
        if not _TRAILING_TOTAL.search(ex.text[max(0, figure.start - 20) : figure.start]):
            continue
        if re.search(
            r"%\s*(?:trên|của|so với)?\s*tổng\s+số\s*$",
            ex.text[max(0, figure.start - 30) : figure.start],
            re.I,
        ):
            continue  # "… 4,21% trên tổng số 129.026 hộ": the base of a share, not a sum
        if re.search(
            r"(?:trên|của|so với|trong)\s+tổng\s+số\s*$",
            ex.text[max(0, figure.start - 30) : figure.start],
            re.I,
        ):
            continue  # "từ 1.654 hộ (trên tổng số 39.287 hộ)": a base, not a sum
        # The parts: the counts since the last colon (or the sentence start), a few hundred
        # characters back at most.
        window_start = max(sentence.start, figure.start - _TRAILING_WINDOW)
        colon = ex.text.rfind(":", window_start, figure.start)
        scope_start = colon + 1 if colon != -1 else window_start
        parts = []
        index = ex.index_of(figure) - 1
        while index >= 0 and ex.figures[index].start >= scope_start:
            if ex.figures[index].kind == "count":
                parts.insert(0, ex.figures[index])
            index -= 1
        if len(parts) < 2 or any(p.approximate or not nouns_compatible(figure, p) for p in parts):
            continue
        clause = re.split(r"[;,()]", ex.text[parts[-1].end : figure.start])[-1]
        if role_in(clause) not in (None, "total"):
            continue  # "…; đang giải quyết tổng cộng 8.979 hồ sơ": a quantity of its own
        total, arithmetic = sum_shown([p.value for p in parts])
        if total != figure.value:
            findings.append(
                make(
                    "sum_mismatch",
                    ex,
                    parts[0].start,
                    figure.end,
                    stated=num(figure.value),
                    expected=num(total),
                    arithmetic=f"{arithmetic} ≠ {num(figure.value)}",
                )
            )
    return findings


# --- percent_over_100 -------------------------------------------------------------------------
# A share's words: «đạt» alone is what a plan or a target is reached by ("đàn gia cầm 10.200
# con, đạt 117,87%", "Bến Tre đạt 102%"), and «trong đó» opens a list, not a share.
SHARE_RE = re.compile(r"tỷ lệ|tỉ lệ|chiếm", re.I)
GROWTH_RE = re.compile(
    r"tăng|giảm|vượt|so với|kế hoạch|chỉ tiêu|cùng kỳ|dự toán|tốc độ|gấp|mục tiêu|tăng trưởng",
    re.I,
)


_PLAN_WORDS = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|nghị quyết", re.I)


_NORM_RATE = re.compile(r"so với (?:quy định|kế hoạch|chỉ tiêu|yêu cầu|định mức)", re.I)


def check_percent_over_100(ex: Extraction) -> list[Finding]:
    findings = []
    for figure in ex.figures:
        if figure.kind != "percent" or figure.approximate or figure.value <= 100:
            continue
        before = figure.label[-60:]
        after = ex.text[figure.end : figure.end + 40]
        if GROWTH_RE.search(before) or GROWTH_RE.search(after):
            continue
        sentence = ex.sentences[figure.sentence]
        if _PLAN_WORDS.search(ex.text, max(sentence.start, figure.start - 200), figure.start):
            continue  # "Các địa phương … đạt kế hoạch giao gồm … huyện Thuận Bắc đạt 103%"
        if not SHARE_RE.search(before):
            continue
        block = sentence.block
        opening = next(s.start for s in ex.sentences if s.block == block)
        if _NORM_RATE.search(ex.text, opening, figure.start):
            continue  # "… đạt bình quân 94% so với quy định, …; cấp xã … Bến Tre đạt 102%"
        findings.append(
            make(
                "percent_over_100",
                ex,
                figure.start,
                figure.end,
                stated=percent_text(figure.value, figure.decimals),
                expected="≤ 100%",
                arithmetic=f"{percent_text(figure.value, figure.decimals)} > 100%: một phần "
                "không thể lớn hơn cái toàn thể",
            )
        )
    return findings


_OF_RESOLVED = {"early", "on_time", "late", "early_on_time"}
_NAMED_BASE = re.compile(
    r"[ \t]*(?:của[ \t]+|so với[ \t]+|trên[ \t]+)?tổng[ \t]+số[ \t]+([^\d,;.()\n]{1,50})", re.I
)


_NAMED_RATE = re.compile(r",\s*(?:tỷ|tỉ) lệ\s+([^\d,;()]{2,40}?)\s*(?:đạt|là|:)?\s*$", re.I)
# "…, chiếm 35,2% số vụ việc tiếp nhận": the whole named without «tổng».
_PLAIN_BASE = re.compile(
    r"[ \t]*(?:của[ \t]+|so với[ \t]+|trên[ \t]+)?số[ \t]+([^\d,;.()\n]{1,50})", re.I
)


# Words a base's name may add to the total's own words and still name it: «tổng số hồ sơ tiếp
# nhận trên địa bàn toàn tỉnh».
_BASE_WORDS_OK = frozenset(["tiếp", "nhận", "đã", "được", "toàn", "của", "trên", "địa", "bàn"])


def _names_the_total(ex: Extraction, name: str, total: Figure, part: Figure) -> bool:
    """Whether a base named after a part's share («… chiếm 8,3% tổng số hộ dân tộc thiểu số»)
    uses only the words the total was stated with ("3.260 hộ đồng bào dân tộc thiểu số, trong
    đó …") — else it is another whole ("tổng số hộ DTTS" after "14.601 hộ nghèo")."""
    own = re.split(r"\s+(?:và|chiếm|đạt|với)\b", name.lower())[0]
    stated = f"{total.label[-60:]} {ex.text[total.start : part.start]}".lower()
    return set(re.findall(r"\w+", own)) <= set(re.findall(r"\w+", stated)) | _BASE_WORDS_OK


def _near_reached(stated: Decimal, share: Decimal) -> bool:
    """Whether «đạt P%» after a part is its share of the whole, by its value: near it, and not
    a round 100% (of a plan or a target as often as of the whole)."""
    return stated != 100 and near(stated, share) and abs(stated - share) <= 10


# "đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo) trên tổng số 221 đơn, đạt tỷ lệ 79,63%":
# a ratio in words around a parenthesis, whose figures stay figures of their own.
_PAREN_RATIO_RE = re.compile(
    rf"(?<![\w.,/])({NUM})((?:[ \t]+[^\W\d_]+){{0,4}}?)[ \t]*\([^()\n]{{1,100}}\)[ \t]*"
    rf"trên[ \t]+(?:tổng[ \t]+số[ \t]+)?({NUM})(?![\w/]|[.,]\d)",
    re.I,
)


def check_parenthesised_ratios(ex: Extraction) -> list[Finding]:
    findings = []
    starts = [f.start for f in ex.figures]
    for match in _PAREN_RATIO_RE.finditer(ex.text):
        numerator, denominator = parse_number(match.group(1)), parse_number(match.group(3))
        after = bisect_left(starts, match.end())
        percent = ex.figures[after] if after < len(starts) else None
        if percent is None or percent.kind != "percent":
            continue
        between = ex.text[match.end() : percent.start]
        first = bisect_left(starts, match.start())
        start_figure = ex.figures[first] if first < len(starts) else None
        if (
            start_figure is None
            or start_figure.sentence != percent.sentence
            or not links_to_percent(between)
        ):
            continue
        finding = _ratio_finding(ex, numerator, denominator, percent, match.start(), match.end())
        if finding:
            findings.append(finding)
    return findings


# --- parts of one denominator -------------------------------------------------------------------
_REST_LABEL = re.compile(r"\b(?:khác|còn lại)\b", re.I)


def check_ratio_partitions(ex: Extraction) -> list[Finding]:
    """ "đất đai với 38/40 lượt …; các lĩnh vực khác có 3/40 lượt": ratios of one denominator
    in a paragraph, the last of them the rest («khác», «còn lại»), split that denominator: their
    numerators add up to it."""
    findings = []
    runs: dict[tuple[int, Decimal], list[Figure]] = {}
    for figure in ex.figures:
        if figure.kind == "ratio" and figure.exact and figure.denominator:
            if role_in(figure.label[-40:]) in ("resolved", "total", "pending"):
                continue  # "đã giải quyết 38/40 đơn": the whole's figure, not one of its kinds
            key = (ex.sentences[figure.sentence].block, figure.denominator)
            runs.setdefault(key, []).append(figure)
    for (_, denominator), ratios in runs.items():
        if len(ratios) < 2 or not _REST_LABEL.search(ratios[-1].label[-40:]):
            continue
        if len({r.numerator for r in ratios}) < len(ratios) and len(ratios) == 2:
            continue  # "10/40 … 10/40": one figure said twice
        total, arithmetic = sum_shown([r.numerator for r in ratios])
        start, end = ratios[0].start, ratios[-1].end
        if total == denominator:
            verified(ex, "partition", start, end, f"{arithmetic}: khớp với mẫu số chung")
            continue
        name = "parts_exceed_total" if total > denominator else "sum_mismatch"
        sign = ">" if total > denominator else "≠"
        findings.append(
            make(
                name,
                ex,
                start,
                end,
                stated=num(denominator),
                expected=num(total),
                parts=", ".join(num(r.numerator) for r in ratios),
                arithmetic=f"{arithmetic} {sign} {num(denominator)} (mẫu số chung)",
            )
        )
    return findings


def inferred_share(
    ex: Extraction, value: Decimal, base: Decimal, percent: Figure, start: int, kind="population"
) -> Finding | None:
    """The share of a base the checker inferred from words, not one the text writes as x/y: a
    stated rate far from value/base (beyond a third either way) says the rate is of another
    base ("9.415 hộ, chiếm tỷ lệ 11,82%" of all households, not of the poor ones named
    before), so the checker says nothing rather than a false error."""
    if not near(percent.value, value * 100 / base):
        return None
    return _ratio_finding(ex, value, base, percent, start, percent.end, kind)


_UNIT_HAS = re.compile(
    r"(?:^|[.;:,]\s*)(?:toàn\s+)?(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh|thôn|"
    r"khu dân cư)(?:\s+[^\W\d_]+){0,3}\s+(?:hiện\s+)?có\s*(?:tổng số\s*)?$",
    re.I,
)
_PLAN_AFTER = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|nghị quyết)", re.I)


def _words_after(ex: Extraction, figure: Figure) -> str:
    """The words after a figure's noun up to the next punctuation or number."""
    return re.split(r"[,;.:()\d\n]", ex.text[figure.noun_end : figure.noun_end + 40])[0]


# --- outcomes of resolved complaints and denunciations -----------------------------------------
_SUBJECTS = (
    ("khiếu nại", re.compile(r"(?<!\w)(?:KN|khiếu nại)(?!\w)", re.I)),
    ("tố cáo", re.compile(r"(?<!\w)(?:TC|tố cáo)(?!\w)", re.I)),
)
_RESOLVED_COUNT = re.compile(
    r"(?:đã giải quyết|giải quyết xong|đã giải quyết xong|giải quyết được|kết quả giải quyết)"
    r"\s*(?:được\s*)?$",
    re.I,
)
_RESOLVED_BEFORE = re.compile(r"giải quyết(?! dứt điểm| theo)", re.I)


def _subject(words: str) -> str:
    """«khiếu nại» or «tố cáo», whichever the words name last; "" for neither."""
    last, found = -1, ""
    for name, regex in _SUBJECTS:
        for match in regex.finditer(words):
            if match.start() > last:
                last, found = match.start(), name
    return found


# What cases are counted in: outcomes are of complaints, denunciations, petitions (vụ, vụ
# việc, đơn), never of dossiers; "" where the figure names no noun.
_CASE_HEADS = ("", "vụ", "đơn")


def _both_subjects(words: str) -> bool:
    """ "đơn khiếu nại, tố cáo": the words name both kinds of case."""
    return all(regex.search(words) for _, regex in _SUBJECTS)


def _resolved_totals(ex: Extraction) -> dict[str, set[Decimal]]:
    """Subject → the numbers of resolved cases the report states: "đã giải quyết 188/211 vụ
    việc KN, còn với TC là 124/128 vụ việc" → {khiếu nại: 188, tố cáo: 124}; dossiers («900
    hồ sơ») are not cases."""
    totals: dict[str, set[Decimal]] = {}
    for figure in ex.figures:
        if noun_head(figure.noun) not in _CASE_HEADS:
            continue
        if figure.kind == "count" and figure.exact and _RESOLVED_COUNT.search(figure.label[-30:]):
            after = re.split(r"[,;.()]", ex.text[figure.end : figure.end + 40])[0]
            totals.setdefault(_subject(f"{figure.label[-25:]} {after}"), set()).add(figure.value)
            continue
        if (
            figure.kind == "count"
            and figure.exact
            and re.search(r"trong (?:tổng )?số\s*$", figure.label[-20:], re.I)
        ):
            # "Trong tổng số 82 vụ việc khiếu nại đã giải quyết, có 9 vụ khiếu nại đúng, …"
            after = re.split(r"[,;.()]", ex.text[figure.end : figure.end + 60])[0]
            if re.search(r"\bđã giải quyết\b", after, re.I):
                totals.setdefault(_subject(after), set()).add(figure.value)
            continue
        if figure.kind != "ratio" or figure.approximate:
            continue
        sentence = ex.sentences[figure.sentence]
        if not _RESOLVED_BEFORE.search(ex.text[sentence.start : figure.start]):
            continue
        words = f"{figure.label[-25:]} {figure.noun}"
        after = re.split(r"[,;.()]", ex.text[figure.noun_end : figure.noun_end + 30])[0]
        subject = _subject(f"{figure.label[-25:]} {figure.noun} {after}") or _subject(words)
        if _both_subjects(ex.text[figure.end : figure.noun_end + 30]):
            subject = ""  # "40/67 đơn khiếu nại, tố cáo": cases of both kinds
        totals.setdefault(subject, set()).add(figure.numerator)
    return totals


def check_outcomes(ex: Extraction) -> list[Finding]:
    """ "TC đúng có 24 vụ, TC sai có 52 vụ, TC có đúng có sai 15 vụ và 39 vụ TC không có cơ
    sở" beside "đã giải quyết 124/128 vụ việc TC": outcomes of distinct kinds cannot add up to
    more than the cases resolved. A warning: a report may count a case under two outcomes."""
    findings: list[Finding] = []
    totals = _resolved_totals(ex)
    if not totals:
        return findings
    in_structures = structure_parts(ex)
    blocks: dict[int, list[Figure]] = {}
    for figure in ex.figures:
        if figure.kind == "count" and figure.exact and id(figure) not in in_structures:
            blocks.setdefault(ex.sentences[figure.sentence].block, []).append(figure)
    for counts in blocks.values():
        outcome = [f for f in counts if _category_in(ex, f, OUTCOMES) is not None]
        if len(outcome) < 2:
            continue
        # (by outcome: "khiếu nại đúng 4 …; khiếu nại sai 19 …; tố cáo sai 1 …" is one list)
        runs = disjoint_runs(ex, outcome, OUTCOMES)
        for run in runs or []:
            if len(run) < 2:
                continue
            subjects = {_subject(f"{f.label[-30:]} {ex.text[f.end : f.end + 30]}") for f in run} - {
                ""
            }
            subject = subjects.pop() if len(subjects) == 1 else ""
            # The resolved cases of that kind, or those of no kind named ("đã giải quyết 48
            # vụ việc. Qua giải quyết: khiếu nại đúng 12 vụ …").
            if not totals.get(subject):
                subject = ""
            resolved = set(totals.get(subject, set()))
            if len(resolved) != 1:
                continue
            whole = resolved.pop()
            value, arithmetic = sum_shown([f.value for f in run])
            if value <= whole:
                continue
            findings.append(
                make(
                    "parts_exceed_total",
                    ex,
                    run[0].start,
                    run[-1].end,
                    severity=WARNING,
                    stated=num(whole),
                    expected=num(value),
                    parts=", ".join(num(f.value) for f in run),
                    arithmetic=f"{arithmetic} > {num(whole)} {subject or 'vụ việc'} đã giải quyết",
                )
            )
    return findings


def check_outcome_rates(ex: Extraction) -> list[Finding]:
    """ "về khiếu nại đã giải quyết 21/38 đơn … có 18,2% đơn khiếu nại đúng, 54,5% đơn khiếu
    nại sai và 27,3% đơn có đúng, có sai": outcome rates that share out (to 100%) the cases of
    one kind resolved are each some whole number of those cases over them — no k gives
    k/21 = 18,2% (4/21 = 19,05%, 3/21 = 14,29%)."""
    findings: list[Finding] = []
    totals = _resolved_totals(ex)
    if not totals:
        return findings
    runs: list[list[tuple[Figure, str]]] = []
    for figure in ex.figures:
        if (
            figure.kind != "percent"
            or figure.approximate
            or _category_in(ex, figure, OUTCOMES) is None
            or is_change_percent(ex, figure)
        ):
            continue
        tail = re.split(r"[,;.()]", ex.text[figure.end : figure.end + 40])[0]
        subject = _subject(f"{figure.label[-30:]} {tail}")
        previous = runs[-1][-1] if runs else None
        if (
            previous
            and previous[0].sentence == figure.sentence
            and not (subject and subject != previous[1] and _subject(figure.label[-30:]))
        ):
            runs[-1].append((figure, subject or previous[1]))
        else:
            runs.append([(figure, subject)])
    for run in runs:
        by_subject: dict[str, list[Figure]] = {}
        for figure, subject in run:
            by_subject.setdefault(subject, []).append(figure)
        for subject, rates in by_subject.items():
            whole = totals.get(subject, set())
            if len(rates) < 2 or len(whole) != 1:
                continue
            base = next(iter(whole))
            if base <= 0 or abs(sum(r.value for r in rates) - 100) > len(rates) * Decimal("0.5"):
                continue  # not a share-out of the cases resolved
            what = f"{subject or 'vụ việc'} đã giải quyết"
            wrong: list[tuple[Figure, str]] = []
            for rate in rates:
                guess = (rate.value * base / 100).quantize(Decimal(1))
                near_k = [k for k in (guess - 1, guess, guess + 1) if 0 <= k <= base]
                fit = [k for k in near_k if percent_ok(rate.value, rate.decimals, k * 100 / base)]
                stated = percent_text(rate.value, rate.decimals)
                if fit:
                    k = fit[0]
                    verified(
                        ex,
                        "share",
                        rate.start,
                        rate.end,
                        f"{num(k)}/{num(base)} = {exact_percent(k * 100 / base)} → {stated}: khớp",
                    )
                    continue
                tried = ", ".join(
                    f"{num(k)}/{num(base)} = {percent_text(k * 100 / base, 2)}" for k in near_k
                )
                wrong.append((rate, f"{tried}: không có k/{num(base)} nào ra {stated}"))
            if wrong:
                # One finding for the rates of one kind: they are all of another base.
                first = wrong[0][0]
                findings.append(
                    make(
                        "rate_without_count",
                        ex,
                        first.start,
                        first.end,
                        stated=", ".join(percent_text(r.value, r.decimals) for r, _ in wrong),
                        base=num(base),
                        what=what,
                        arithmetic="; ".join(a for _, a in wrong),
                    )
                )
    return findings


KINDS_OF_CASE = next(i for i, group in enumerate(PARTITIONS) if ("tố cáo",) in group)


def check_subject_rates(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    """ "… khiếu nại (KN) có 403 vụ việc; tố cáo (TC) có 21 vụ việc" split of the cases
    received, then "Trong số đã giải quyết xong có 21 vụ việc TC (đạt 100%) và 278 vụ việc KN
    (đạt 52,35%)": the rate of the resolved cases of one kind is of the cases of that kind
    received (278/403 = 68,98%). A rate far from it is of another base and left alone."""
    findings: list[Finding] = []
    received: dict[str, Figure] = {}
    for structure in structures(ex):
        if roles.get(id(structure.total)) != "total" or not structure.exhaustive:
            continue
        for part in structure.parts:
            category = _category_in(ex, part, KINDS_OF_CASE)
            if category in (0, 1):
                received.setdefault(("khiếu nại", "tố cáo")[category], part)
    if not received:
        return findings
    last = max(p.end for p in received.values())
    for figure in ex.figures:
        if figure.kind != "count" or figure.approximate or figure.start < last:
            continue
        sentence = ex.sentences[figure.sentence]
        if not _RESOLVED_BEFORE.search(ex.text[sentence.start : figure.start]):
            continue
        tail = re.split(r"[,;.()]", ex.text[figure.noun_end : figure.noun_end + 20])[0]
        subject = _subject(f"{figure.noun} {tail}") or _subject(figure.label[-12:])
        base = received.get(subject)
        if not base or not nouns_compatible(base, figure) or figure.value > base.value:
            continue
        percent = next_percent(ex, figure)
        if percent is None or not _SUBJECT_RATE.match(ex.text[figure.noun_end : percent.start]):
            continue
        finding = inferred_share(ex, figure.value, base.value, percent, figure.start, kind="share")
        if finding:
            findings.append(finding)
    return findings


_SUBJECT_RATE = re.compile(
    r"[^\d;.]{0,12}?(?:\(\s*(?:đạt|chiếm|bằng)|,\s*(?:đạt|chiếm))(?: tỷ lệ)?\s*$", re.I
)


# --- a headline's estimate --------------------------------------------------------------------
def percent_estimate_fits(word: str, stated: Decimal, exact: Decimal) -> bool:
    """An estimate of a rate, to the digits written: "trên 73%" is at least 73%, "gần 97%"
    between 96,5% and 97% (a rate that rounds to 96% is not "nearly 97%"), "khoảng 75%"
    within half a point either side."""
    half = Decimal("0.5")
    if word in BELOW:
        return stated - half <= exact <= stated
    if word in ABOVE:
        return stated <= exact
    if word in AT_MOST:
        return exact <= stated
    return abs(exact - stated) <= half


def check_headlines(ex: Extraction) -> list[Finding]:
    """ "… đạt trên 73%" in the title, taken from a rate the text states (73,5%) that its own
    figures do not give (9.201/12.896 = 71,35%): the headline does not hold either. Run after
    the share checks, whose relations it reads."""
    findings: list[Finding] = []
    if not ex.sentences:
        return findings
    shares = ex.cache.get("shares", [])
    for index in title_sentences(ex):
        findings += _headline(ex, index, shares)
    return findings


_REPORT_WORD = re.compile(r"^\s*(?:BÁO CÁO|KẾ HOẠCH|THÔNG BÁO|TỜ TRÌNH)\s*$")


def title_sentences(ex: Extraction) -> list[int]:
    """The first line (a news page's title) and the line after «BÁO CÁO» (a report's name)."""
    found = [0]
    for index, sentence in enumerate(ex.sentences[:40]):
        if _REPORT_WORD.match(ex.text[sentence.start : sentence.end]):
            found += [index + 1] if index + 1 < len(ex.sentences) else []
            break
    return found


def _headline(ex: Extraction, index: int, shares) -> list[Finding]:
    findings: list[Finding] = []
    title = ex.sentences[index]
    for percent in ex.in_sentence(index):
        if percent.kind != "percent" or not percent.approximate:
            continue
        word = qualifier(ex.text, percent.start)
        if not word:
            continue
        sources = [
            (stated, n, d, expected)
            for stated, n, d, expected in shares
            if stated.start > title.end and percent_estimate_fits(word, percent.value, stated.value)
        ]
        if not sources or any(
            percent_estimate_fits(word, percent.value, expected) for *_, expected in sources
        ):
            continue
        stated, numerator, denominator, expected = sources[0]
        shown = f"{word} {percent_text(percent.value, percent.decimals)}"
        findings.append(
            make(
                "estimate_mismatch",
                ex,
                percent.start - len(word) - 1,
                percent.end,
                stated=shown,
                expected=exact_percent(expected),
                parts=f"{num(numerator)}/{num(denominator)}",
                arithmetic=f"«{shown}» theo tỷ lệ nêu "
                f"{percent_text(stated.value, stated.decimals)}; {num(numerator)}/"
                f"{num(denominator)} = {exact_percent(expected)}: không hợp",
            )
        )
    return findings


# --- shares listed under a share ----------------------------------------------------------------
_SHARE_MARKER = re.compile(r"[;,]?\s*trong đó\s*[,:]?", re.I)


def check_percent_lists(ex: Extraction) -> list[Finding]:
    """ "hoàn thành nhiệm vụ chiếm 94,4%; trong đó, xuất sắc chiếm 27,7%, hoàn thành chiếm
    66,6%, …": shares listed under a share are parts of it, so they add up to no more than it
    (with half a unit of rounding each). A warning: the list may be of the whole instead."""
    findings: list[Finding] = []
    for index, whole in enumerate(ex.figures):
        if whole.kind != "percent" or whole.approximate:
            continue
        if index + 1 >= len(ex.figures):
            continue
        marker = _SHARE_MARKER.match(ex.text, whole.end)
        if not marker:
            words = re.match(
                r"[^\d;.%]{0,80}?(?=[;,]?\s*trong đó)", ex.text[whole.end : whole.end + 100], re.I
            )
            if not words:
                continue
            marker = _SHARE_MARKER.match(ex.text, whole.end + words.end())
            if not marker:
                continue
        sentence = ex.sentences[whole.sentence]
        stop = ex.text.find(";", marker.end(), sentence.end)
        stop = sentence.end if stop == -1 else stop
        parts = [
            f for f in ex.figures[index + 1 :] if f.start < stop and f.sentence == whole.sentence
        ]
        if len(parts) < 2 or any(p.kind != "percent" or p.approximate for p in parts):
            continue
        if not all(re.search(r"chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", p.label, re.I) for p in parts):
            continue  # "trong đó hộ bảo trợ 1,2%, hộ dân tộc thiểu số 1,8%": groups may overlap
        if is_change_percent(ex, whole) or any(is_change_percent(ex, p) for p in parts):
            continue
        value = sum((p.value for p in parts), Decimal(0))
        slack = sum((Decimal(1).scaleb(-p.decimals) / 2 for p in [whole, *parts]), Decimal(0))
        start, end = whole.start, parts[-1].end
        if value <= whole.value + slack:
            if abs(value - whole.value) <= slack:
                shown = " + ".join(percent_text(p.value, p.decimals) for p in parts)
                what = f"{shown} = {num(value)}% ≈ {num(whole.value)}%: khớp"
                verified(ex, "partition", start, end, what)
            continue
        findings.append(
            make(
                "parts_exceed_total",
                ex,
                start,
                end,
                severity=WARNING,
                stated=percent_text(whole.value, whole.decimals),
                expected=f"{num(value)}%",
                parts=", ".join(percent_text(p.value, p.decimals) for p in parts),
                arithmetic=" + ".join(percent_text(p.value, p.decimals) for p in parts)
                + f" = {num(value)}% > {percent_text(whole.value, whole.decimals)}",
            )
        )
    return findings


# --- what an inspection recommends out of what it found ---------------------------------------
_FOUND_MONEY = re.compile(
    r"(?:phát hiện(?:\s+(?:sai phạm|vi phạm))?|(?:tổng\s+)?(?:số\s+)?tiền\s+(?:sai phạm|vi phạm))"
    r"(?:\s+về\s+kinh tế)?\s*(?:là|:)?\s*$",
    re.I,
)
_REST_ITEM = re.compile(r"\bkhác\b|\bcòn lại\b", re.I)
_FOUND_AFTER = re.compile(r"^\s*(?:tiền\s+)?(?:vi phạm|sai phạm)", re.I)
_RECOMMENDED = re.compile(
    r"(?:kiến nghị thu hồi|kiến nghị khắc phục|kiến nghị xử lý khác|xử lý khác|"
    r"kiến nghị xử lý|kiến nghị giảm trừ|giảm trừ giá trị quyết toán|kiến nghị loại khỏi)"
    r"(?:[^\d,;]{0,40})$",
    re.I,
)


def _bounds(ex: Extraction, figure: Figure) -> tuple[Decimal, Decimal]:
    """The least and the most a money figure may be: "hơn 5,5 tỷ" is 5,5 to 5,6 tỷ."""
    word = qualifier(ex.text, figure.start)
    match = re.match(rf"({NUM})", figure.text)
    decimals = decimals_of(match.group(1)) if match else 0
    written = parse_number(match.group(1)) if match else figure.value
    scale = figure.value / written if written else Decimal(1)
    unit = Decimal(1).scaleb(-decimals) * scale
    if word in ABOVE:
        return figure.value, figure.value + unit
    if word in BELOW:
        return figure.value - unit, figure.value
    if word:
        return figure.value - unit * 5, figure.value + unit * 5
    return figure.value, figure.value


def _half_unit(figure: Figure) -> Decimal:
    """Half a unit of the last digit written: "8,2 tỷ" may be 8,15 to 8,25 tỷ rounded."""
    match = re.match(rf"({NUM})", figure.text)
    if not match:
        return Decimal(0)
    written = parse_number(match.group(1))
    scale = figure.value / written if written else Decimal(1)
    return Decimal(1).scaleb(-decimals_of(match.group(1))) * scale / 2


def _widest(ex: Extraction, figures: list[Figure]) -> tuple[Decimal, Decimal]:
    """The least and the most the figures may add up to, each as wide as its estimate's word
    and half a unit of its last written digit allow."""
    low = sum((_bounds(ex, f)[0] - _half_unit(f) for f in figures), Decimal(0))
    high = sum((_bounds(ex, f)[1] + _half_unit(f) for f in figures), Decimal(0))
    return low, high


def _written_money(ex: Extraction, figure: Figure) -> str:
    word = qualifier(ex.text, figure.start)
    return " ".join(f"{word} {figure.text}".split())


def _written_unit(figures: list[Figure]) -> str:
    """ "triệu" when every sum of money is written in millions, else "" (the largest unit)."""
    return "triệu" if all("triệu" in f.text for f in figures) else ""


def _money_text(value: Decimal, unit: str = "") -> str:
    """6.000.000.000 → "6 tỷ đồng", 617.000.000 → "617 triệu đồng"; in «triệu» when the
    figures were written so (3.563.600.000 → "3.563,6 triệu đồng")."""
    for scale, name in ((10**9, "tỷ"), (10**6, "triệu")):
        if unit == "triệu" and name == "tỷ":
            continue
        if value >= scale:
            return f"{num((value / scale).normalize())} {name} đồng"
    return f"{num(value)} đồng"


def _estimates_apart(ex: Extraction, total: Figure, parts: list[Figure]) -> Finding | None:
    """ "phát hiện sai phạm trên 18,7 tỷ đồng; trong đó … gần 12,5 tỷ đồng, … trên 1 tỷ đồng và
    kiến nghị khác 2,5 tỷ đồng": estimates of a whole and of all its parts, each as wide as its
    word and its last digit allow, that cannot meet (a warning)."""
    low, high = _widest(ex, [total])
    parts_low, parts_high = _widest(ex, parts)
    if parts_low <= high and parts_high >= low:
        return None
    unit = _written_unit([total, *parts])
    shown = " + ".join(_written_money(ex, p) for p in parts)
    exact = sum((p.value for p in parts), Decimal(0))
    written = _written_money(ex, total)
    return make(
        "sum_mismatch",
        ex,
        total.start,
        parts[-1].end,
        severity=WARNING,
        stated=written,
        expected=_money_text(exact, unit),
        arithmetic=f"{shown} ≈ {_money_text(exact, unit)} (từ {_money_text(parts_low, unit)} "
        f"đến {_money_text(parts_high, unit)}), không thể là {written}",
    )


def check_recommendations(ex: Extraction) -> list[Finding]:
    """ "phát hiện hơn 5,5 tỷ đồng vi phạm; kiến nghị thu hồi 1,4 tỷ đồng và kiến nghị khắc
    phục hơn 4,6 tỷ đồng": what is recommended for recovery or remedy comes out of what was
    found, so it cannot exceed it even at the estimates' widest (a warning)."""
    findings: list[Finding] = []
    money = [f for f in ex.figures if f.kind == "money"]
    for index, found in enumerate(money):
        label = APPROXIMATE_RE.sub("", found.label[-40:]).rstrip()  # "… về kinh tế hơn" 6,2 tỷ
        after = ex.text[found.end : found.end + 20]
        if not (_FOUND_MONEY.search(label) or _FOUND_AFTER.match(after) and "phát hiện" in label):
            continue
        parts = []
        for later in money[index + 1 :]:
            if later.sentence != found.sentence:
                break
            if not _RECOMMENDED.search(later.label[-60:]) or re.search(
                r"\bđã\b(?!\s+kiến nghị)", later.label[-25:]
            ):
                break  # "đã thu hồi 2,1 tỷ đồng": recovered, not recommended
            parts.append(later)
        if len(parts) < 2:
            continue
        most = _bounds(ex, found)[1]
        least = sum((_bounds(ex, p)[0] for p in parts), Decimal(0))
        unit = _written_unit([found, *parts])
        shown = " + ".join(_written_money(ex, p) for p in parts)
        start, end = found.start, parts[-1].end
        found_text = _written_money(ex, found)
        if least <= most:
            if _REST_ITEM.search(parts[-1].label[-40:]):
                # "…; kiến nghị thu hồi 8,2 tỷ đồng, kiến nghị xử lý khác 3,1 tỷ đồng": «khác»
                # takes the rest, so the parts make the whole, to the rounding of each.
                low, high = _widest(ex, [found])
                parts_low, parts_high = _widest(ex, parts)
                if parts_high < low or parts_low > high:
                    exact = sum((p.value for p in parts), Decimal(0))
                    findings.append(
                        make(
                            "sum_mismatch",
                            ex,
                            start,
                            end,
                            severity=WARNING,
                            stated=found_text,
                            expected=_money_text(exact, unit),
                            arithmetic=f"{shown} = {_money_text(exact, unit)} ≠ {found_text} "
                            "vi phạm phát hiện (phần «khác» là phần còn lại)",
                        )
                    )
            continue
        word = qualifier(ex.text, found.start)
        findings.append(
            make(
                "parts_exceed_total",
                ex,
                start - (len(word) + 1 if word else 0),
                end,
                severity=WARNING,
                stated=found_text,
                expected=f"ít nhất {_money_text(least, unit)}",
                parts=shown,
                arithmetic=f"{shown} ≥ {_money_text(least, unit)} > {found_text} "
                f"(nhiều nhất {_money_text(most, unit)}) vi phạm phát hiện",
            )
        )
    return findings


# --- shares of one base, listed side by side ----------------------------------------------------
_PAIR_LINK = re.compile(r"\(|chiếm|tỷ lệ|tỉ lệ|đạt|bằng", re.I)


def _share_pairs(ex: Extraction) -> list[tuple[Figure, Figure]]:
    """(count, its percentage) where the percentage follows the count as its share: "25 học
    viên nhận bằng giỏi (chiếm 20,16%)", "01 học viên đạt loại giỏi, tỷ lệ 1,15%"."""
    pairs = []
    figures = ex.figures
    for index in range(1, len(figures)):
        count, percent = figures[index - 1], figures[index]
        if (
            percent.kind == "percent"
            and not percent.approximate
            and count.kind == "count"
            and count.exact
            and count.sentence == percent.sentence
            and not is_change_percent(ex, percent)
        ):
            between = gap(ex, count.end, percent.start)
            if links_to_percent(between) and _PAIR_LINK.search(between):
                pairs.append((count, percent))
    return pairs


def _comma_moved(percent: Figure, expected: Decimal) -> bool:
    """Whether the stated percentage is the right one with its decimal comma one place off
    ("1,6%" for 15,72%, "0,8%" for 0,083%)."""
    for factor in (Decimal(10), Decimal("0.1")):
        shifted = percent.value * factor
        decimals = max(0, percent.decimals - 1) if factor == 10 else percent.decimals + 1
        if shifted and percent_ok(shifted, decimals, expected):
            return True
    return False


def check_sibling_shares(ex: Extraction) -> list[Finding]:
    """ "… công nhận tốt nghiệp cho 124 học viên. Trong số này có 25 học viên nhận bằng giỏi
    (chiếm 20,16%); 97 học viên … (chiếm 78,23%); 2 học viên … (chiếm 1,61%)": shares of the
    same things listed side by side in a paragraph are of one base. The base is the figure of
    the same things stated before them (in the paragraph or the one before) that most of the
    shares fit — at least two, and more than half; a share that does not fit it, though near
    it, is wrong. With no such figure, or two, nothing is said."""
    findings: list[Finding] = []
    groups: dict[tuple[int, int, str], list[tuple[Figure, Figure]]] = {}
    for count, percent in _share_pairs(ex):
        # Side by side in one sentence ("xuất sắc 19 học viên, chiếm 2,6%; giỏi 273 …"):
        # shares of two sentences may be of two bases ("… 722 học viên tốt nghiệp, đạt 99,7%.
        # Kết quả xếp loại tốt nghiệp của 722 học viên: …").
        key = (ex.sentences[count.sentence].block, count.sentence, noun_head(count.noun))
        groups.setdefault(key, []).append((count, percent))
    for (block, _sentence, head), pairs in groups.items():
        if len(pairs) < 2 or not head:
            continue
        first = pairs[0][0]
        candidates = {
            f.value
            for f in ex.figures[: ex.index_of(first)]
            if f.kind == "count"
            and f.exact
            and block - 1 <= ex.sentences[f.sentence].block <= block
            and noun_head(f.noun) == head
            and f.value >= max(c.value for c, _ in pairs)
            and f.value > 0
        }
        fitting = {
            (f.value, i)
            for f in ex.figures[: ex.index_of(first)]
            if f.kind == "count"
            and f.exact
            and block - 1 <= ex.sentences[f.sentence].block <= block
            and f.value >= max(c.value for c, _ in pairs)
            and f.value > 0
            and nouns_compatible(f, first)  # "159 lượt công dân" and "124 lượt"
            for i, (c, p) in enumerate(pairs)
            if percent_ok(p.value, p.decimals, c.value * 100 / f.value)
        }
        if len(pairs) == 2 and len(fitting) == 1:
            # "(124 lượt, chiếm 78%); … (25 lượt, chiếm 1,6%)" of 159 lượt: one share fits one
            # base, the other only with its decimal comma moved — 25/159 = 15,72%.
            base, right = next(iter(fitting))
            count, percent = pairs[1 - right]
            if _comma_moved(percent, count.value * 100 / base):
                finding = _ratio_finding(ex, count.value, base, percent, count.start, count.end)
                if finding:
                    findings.append(finding)
            continue
        # Two bases side by side ("16.594 hộ, chiếm 20,82%" of all households, "16.636 hộ,
        # chiếm 95,42%" of the poor ones): the shares one base leaves are tried on another.
        remaining = pairs
        while len(remaining) >= 2:
            scored = []
            for base in candidates:
                fits = [percent_ok(p.value, p.decimals, c.value * 100 / base) for c, p in remaining]
                scored.append((sum(fits), base))
            if not scored:
                break
            scored.sort(reverse=True)
            best, base = scored[0]
            if best < 2 or best * 2 <= len(remaining) or (len(scored) > 1 and scored[1][0] == best):
                break
            left = []
            for count, percent in remaining:
                expected = count.value * 100 / base
                if not percent_ok(percent.value, percent.decimals, expected) and not near(
                    percent.value, expected
                ):
                    left.append((count, percent))
                    continue  # far off: a share of something else
                finding = _ratio_finding(ex, count.value, base, percent, count.start, count.end)
                if finding:
                    findings.append(finding)
            candidates.discard(base)
            remaining = left
    return findings
