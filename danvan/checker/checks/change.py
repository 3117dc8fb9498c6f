"""change_mismatch: a percentage of change against a previous period, recomputed from the two
figures the text states — (new − old) / old, not new / old.

The forms real reports use, each with both figures in one sentence:
- "tăng 21,4% so với cùng kỳ (1.231/1.014)", "giảm 4,1% (187/195)": new/old after the change;
- "1.231 hồ sơ, tăng 217 hồ sơ (21,4%) so với cùng kỳ": the difference and its percentage;
- "1.231 hồ sơ, tăng 21,4% so với cùng kỳ năm 2020 (1.014 hồ sơ)", "… (năm 2020: 1.014)";
- "từ 1.014 lên 1.231 hồ sơ, tăng 21,4%", "1.231 (cùng kỳ: 1.014), tăng 21,4%";
- "1.231 hồ sơ; cùng kỳ năm trước là 1.014 hồ sơ, tăng 21,4%", "… ; năm 2020 là 1.014 …";
- "So với cùng kỳ năm trước là 1.014 hồ sơ, số hồ sơ … là 1.231 hồ sơ, tăng 21,4%".
When the two figures are percentages themselves, a change in percentage points is right too.
A change whose previous figure is not stated is not a relation and is left alone.
"""

import re
from decimal import Decimal

from danvan.checker.checks.base import (
    ROUNDED,
    TRUNCATED,
    Finding,
    exact_percent,
    first_word,
    make,
    num,
    percent_ok,
    percent_status,
    percent_text,
    rounding_finding,
    verified,
)
from danvan.checker.figures import YEAR_RE, Extraction, Figure

DIRECTION_RE = re.compile(
    r"(?P<word>tăng|giảm|vượt|cao hơn|thấp hơn|ít hơn|nhiều hơn)"
    r"(?:\s+(?:thêm|được|lên|xuống|khoảng|hơn|tương ứng|là|bằng|đến))?\s*$",
    re.I,
)
UP = {"tăng", "vượt", "cao hơn", "nhiều hơn"}
# After the change: "so với cùng kỳ năm 2020 (" / "so với năm trước là " / " ("
_RATIO_AFTER = re.compile(r"^\s*(?:so với[^()\d;]{0,50})?\(\s*$", re.I)
_OLD_AFTER = re.compile(
    r"^\s*(?:so với\s+)?(?:cùng kỳ|năm trước|kỳ trước|năm\s+\d{4}|cùng kỳ năm\s+\d{4}|"
    r"cùng kỳ năm trước|năm học trước|nhiệm kỳ trước|giai đoạn trước|quý trước|tháng trước|"
    r"quý\s+(?:[IV]+|\d)(?:/\d{4})?|tháng\s+\d{1,2}(?:/\d{4})?)"  # "so với quý II/2024 ("
    r"(?:[^()\d;]|\d{4}){0,30}?(?:\(|là|:|có|với|đạt)\s*(?:(?:[^()\d;]|\d{4}){0,20}?(?:là|:)\s*)?$",
    re.I,
)
_OLD_BEFORE = re.compile(
    r"(?:\(|^[^\d;]{0,12}[;,])\s*(?:so với\s+)?(?:cùng kỳ|năm trước|kỳ trước|năm\s+\d{4})"
    r"[^()\d;]{0,20}?(?::|\blà\b|\bcó\b)?\s*$",
    re.I,
)
# "So với cùng kỳ năm trước là 642 đơn, số đơn … là 713 đơn, tăng 9,1%": the old one first.
_OLD_LABEL = re.compile(
    r"(?:so với\s+)?(?:cùng kỳ|năm trước|kỳ trước)(?:\s+năm\s+(?:trước|\d{4}))?\s*(?::|là|có)\s*$",
    re.I,
)
_FROM_AFTER = re.compile(r"\s*(?:điểm phần trăm|điểm %|điểm)?\s*[,;:(]?\s*(?:tức\s+)?từ\s*$", re.I)
_FROM_TO = re.compile(
    r"^[^;]{0,30}?(?:lên|xuống|đến|còn)"
    r"(?:\s+còn)?\s*$",
    re.I,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_POINTS = re.compile(r"^\s*điểm", re.I)
_PER_YEAR = re.compile(r"\s*(?:/|mỗi|một|hằng|hàng)\s*(?:năm|tháng|quý)\b", re.I)
_AVERAGE = re.compile(r"\b(?:bình quân|trung bình)\b[^\d;,]{0,20}$|\bmỗi năm\b[^\d;,]{0,12}$", re.I)


def is_change_percent(ex: Extraction, percent: Figure) -> bool:
    """Whether ``percent`` states a change ("tăng 21,4%"), not a share."""
    return bool(DIRECTION_RE.search(ex.text[max(0, percent.start - 25) : percent.start]))


def _direction(ex: Extraction, figure: Figure) -> str | None:
    match = DIRECTION_RE.search(ex.text[max(0, figure.start - 25) : figure.start])
    if match is None:
        return None
    return "up" if match.group("word").lower() in UP else "down"


def _word_start(ex: Extraction, figure: Figure) -> int:
    """Where the direction word before ``figure`` starts ("tăng 21,4%" → at «tăng»), else the
    figure's own start."""
    head_start = max(0, figure.start - 25)
    match = DIRECTION_RE.search(ex.text[head_start : figure.start])
    return head_start + match.start() if match else figure.start


def _value_figure(f: Figure) -> bool:
    return f.kind in ("count", "percent", "money") and f.exact


def _same_kind(a: Figure, b: Figure) -> bool:
    return (a.kind == "percent") == (b.kind == "percent")


def _before(ex: Extraction, index: int, limit: int, stop_at: int) -> Figure | None:
    """The nearest value figure before ``stop_at`` in the sentence of figure ``index``."""
    figure = ex.figures[index]
    for back in range(index - 1, -1, -1):
        candidate = ex.figures[back]
        if candidate.sentence != figure.sentence or stop_at - candidate.end > limit:
            return None
        if candidate.kind == "date":
            continue
        return candidate if _value_figure(candidate) and candidate.end <= stop_at else None
    return None


def _pair(ex: Extraction, index: int) -> tuple[Figure, Figure, str, int, int] | None:
    """(new, old, direction, start, end) for the change percentage at ``index``, or None."""
    figures = ex.figures
    percent = figures[index]
    direction = _direction(ex, percent)
    nxt = figures[index + 1] if index + 1 < len(figures) else None
    prev = figures[index - 1] if index else None
    text = ex.text
    if direction is not None:
        word_start = _word_start(ex, percent)
        # "tăng 21,4% so với cùng kỳ (1.231/1.014)"
        if (
            nxt is not None
            and nxt.kind == "ratio"
            and nxt.exact
            and nxt.sentence == percent.sentence
            and _RATIO_AFTER.match(text[percent.end : nxt.start])
        ):
            new = Figure("count", nxt.start, nxt.end, nxt.text, value=nxt.numerator)
            old = Figure("count", nxt.start, nxt.end, nxt.text, value=nxt.denominator)
            return new, old, direction, percent.start, nxt.end
        after = figures[index + 2] if index + 2 < len(figures) else None
        if (
            nxt is not None
            and after is not None
            and after.sentence == nxt.sentence == percent.sentence
            and _value_figure(nxt)
            and _same_kind(nxt, after)
            and _FROM_AFTER.match(text[percent.end : nxt.start])
            and _FROM_TO.match(re.sub(r"\([^()]*\)", "", text[nxt.noun_end : after.start]))
        ):
            # "giảm 20,65%, từ 32,21% (đầu năm 2016) xuống còn 11,56% (cuối năm 2019)"
            return after, nxt, direction, percent.start, after.end
        new = _before(ex, index, 120, word_start)
        if new is not None:
            new = _outside(ex, new, word_start, nxt)
        if new is not None and _direction(ex, new) is not None:
            # "86 vụ việc, giảm 23 vụ việc, giảm 21,1% so với năm 2022 (109 vụ việc)": 23 is
            # the change; the figure is the one before it.
            new = _before(ex, ex.index_of(new), 60, new.start)
            if new is not None:
                # "318 cuộc đối thoại …, thu hút 14.620 lượt người tham gia, tăng 46 cuộc, tương
                # ứng tăng 16,9% so với năm 2022 (272 cuộc)": of the things the change counts.
                new = _outside(ex, new, word_start, nxt)
        if new is not None and re.search(r"[;]", text[new.end : word_start]):
            new = None
        # "1.231 hồ sơ, tăng 21,4% so với cùng kỳ năm 2020 (1.014 hồ sơ)"
        if (
            new is not None
            and nxt is not None
            and _value_figure(nxt)
            and _same_kind(new, nxt)
            and nxt.sentence == percent.sentence
            and _OLD_AFTER.match(text[percent.end : nxt.start])
        ):
            return new, nxt, direction, new.start, nxt.end
        # "1.231 (cùng kỳ: 1.014), tăng 21,4%": the old figure came before the change
        if new is not None and index >= 2:
            first = _before(ex, ex.index_of(new), 60, new.start)
            if (
                first is not None
                and _same_kind(first, new)
                and _OLD_BEFORE.search(text[first.noun_end : new.start])
            ):
                years = (
                    _YEAR.findall(first.label[-20:]),
                    _YEAR.findall(text[first.end : new.start]),
                )
                if all(years) and years[1][-1] > years[0][-1]:
                    # "năm 2022 là 54 cuộc, năm 2023 là 61 cuộc (tăng 13,0%)": a series of
                    # years, the later one is the new figure.
                    return new, first, direction, first.start, percent.end
                return first, new, direction, first.start, percent.end
            if (
                first is not None
                and _same_kind(first, new)
                and _OLD_LABEL.search(first.label[-40:])
                and not _OLD_LABEL.search(new.label[-40:])
            ):
                return new, first, direction, first.start, percent.end
        # "từ 1.014 lên 1.231 hồ sơ, tăng 21,4%"
        if new is not None:
            first = _before(ex, ex.index_of(new), 40, new.start)
            if (
                first is not None
                and _same_kind(first, new)
                and _FROM_TO.match(text[first.noun_end : new.start])
                and re.search(r"\btừ\s*$", text[max(0, first.start - 8) : first.start])
            ):
                return new, first, direction, first.start, percent.end
    if direction is not None:
        found = _amount_pair(ex, index, direction) or _across_sentences(ex, index, direction)
        if found:
            return found
    # "1.231 hồ sơ, tăng 217 hồ sơ (21,4%)": the difference, then its percentage
    if (
        prev is not None
        and prev.kind == "count"
        and prev.exact
        and (sign := re.fullmatch(r"\s*\(\s*([-−]?)", text[prev.noun_end : percent.start]))
        and (direction := _direction(ex, prev)) is not None
        and not (sign.group(1) and direction == "up")
    ):
        word_start = _word_start(ex, prev)
        new = _before(ex, index - 1, 120, word_start)
        if new is None and _CHANGE_SENTENCE.match(text, ex.sentences[prev.sentence].start):
            new = _stated_before(ex, prev)
        if (
            new is None
            or new.kind != "count"
            or re.search(r";", text[new.end : word_start])
            or _direction(ex, new) is not None  # "giảm 4 người chết và giảm 44 người …"
        ):
            return None
        if new.noun and prev.noun and first_word(new) != first_word(prev):
            return None
        old_value = new.value - prev.value if direction == "up" else new.value + prev.value
        old = Figure("count", prev.start, prev.end, prev.text, value=old_value)
        start = new.start if new.sentence == prev.sentence else prev.start
        return new, old, direction, start, percent.end
    return None


# "So với cùng kỳ năm 2018, giảm 29 vụ (16,1%), …": a sentence of the changes of the figures
# the sentence before states.
_CHANGE_SENTENCE = re.compile(
    r"\s*(?:[-+•*]\s*)?so với\b[^\d;.]{0,40}(?:\d{4})?[^\d;.]{0,10}?,", re.I
)


def _stated_before(ex: Extraction, amount: Figure) -> Figure | None:
    """The one exact count of the sentence before (in the paragraph) that counts what the
    amount of change counts: by its first word, else by the amount's other words in its label
    ("làm chết 708 người" for "giảm 47 người chết")."""
    if amount.sentence == 0:
        return None
    previous = amount.sentence - 1
    if ex.sentences[previous].block != ex.sentences[amount.sentence].block:
        return None
    alike = [
        f
        for f in ex.in_sentence(previous)
        if f.kind == "count" and f.exact and f.noun and first_word(f) == first_word(amount)
    ]
    # What the amount names beyond its first word — in its noun ("giảm 47 người chết", "tăng
    # 200 hồ sơ trực tuyến") or before it in its clause ("số đơn khiếu nại giảm 12 đơn") — must
    # be what the figure before counts: else it is the change of a part of it.
    sentence = ex.sentences[amount.sentence]
    clause = re.split(r"[,;:]", ex.text[sentence.start : amount.start])[-1]
    named = [
        w
        for w in re.findall(r"[^\W\d_]+", f"{clause} {' '.join(amount.noun.split()[1:3])}".lower())
        if w not in _CHANGE_FILLER
    ]
    alike = [
        f
        for f in alike
        if all(w in re.findall(r"[^\W\d_]+", f"{f.label[-30:]} {f.noun}".lower()) for w in named)
    ]
    return alike[0] if len(alike) == 1 and _direction(ex, alike[0]) is None else None


# Words of a clause stating a change that name no kind of thing.
_CHANGE_FILLER = frozenset(
    re.findall(r"\S+", "số tăng giảm thêm được lượng so với cùng kỳ năm trước tương ứng còn và có")
)


def _outside(ex: Extraction, new: Figure, word_start: int, old: Figure | None) -> Figure | None:
    """The figure a change is of: not one inside a parenthesis that closes before the change
    ("1.482 đơn (trong đó 412 đơn thuộc thẩm quyền), giảm 9,1%", "3.215 lượt (kế hoạch 3.000
    lượt), tăng 7,6%"), and of the things the old figure counts ("812 lượt công dân với 654
    vụ việc, số lượt tăng 7,3% so với cùng kỳ (757 lượt)")."""
    text = ex.text
    between = text[new.end : word_start]
    sentence = ex.sentences[new.sentence]
    candidates = [f for f in ex.figures if f.sentence == new.sentence and f.end <= new.end]
    if between.count(")") > between.count("("):
        opening = text.rfind("(", sentence.start, new.start)
        candidates = [f for f in candidates if f.end <= opening]
    elif old is None or not (old.noun and new.noun) or first_word(old) == first_word(new):
        return new
    for figure in reversed(candidates):
        if figure.kind not in ("count", "money", "percent") or not figure.exact:
            continue
        if old is not None and old.noun and figure.noun and first_word(old) != first_word(figure):
            continue
        if old is not None and not _same_kind(figure, old):
            continue
        if _direction(ex, figure) is not None:
            continue
        return figure
    return None


_SAME_CHANGE = re.compile(
    r"^\s*(?:[),]*\s*,?\s*(?:tương đương|tương ứng|tức là|tức|bằng)(?:\s+với)?|\()\s*$", re.I
)


def _amount_pair(ex: Extraction, index: int, direction: str):
    """ "3.412 hộ, giảm 1.026 hộ so với đầu năm (4.438 hộ), tương đương giảm 25,4%", "46 cuộc
    …, tăng 4 cuộc so với năm 2022, tức tăng 8,7%": the amount of change, then its rate —
    of the old figure in parentheses, else of the figure before the amount less the change."""
    figures, text = ex.figures, ex.text
    percent = figures[index]
    word_start = _word_start(ex, percent)
    previous = [f for f in figures[:index] if f.sentence == percent.sentence and f.kind != "date"]
    if not previous:
        return None
    last = previous[-1]
    old = None
    if len(previous) >= 2 and _direction(ex, previous[-2]) == direction:
        # "giảm 1.026 hộ so với đầu năm (4.438 hộ), tương đương giảm 25,4%"
        amount, old = previous[-2], last
        between = YEAR_RE.sub("", text[amount.noun_end : old.start])  # "so với năm 2022 ("
        if not re.search(r"so với[^()\d;]{0,40}\(\s*$", between, re.I):
            return None
    elif _direction(ex, last) == direction:
        amount = last  # "46 cuộc …, tăng 4 cuộc so với năm 2022, tức tăng 8,7%"
    else:
        return None
    if not _SAME_CHANGE.match(
        re.sub(r"so với[^,;()]{0,40}", "", text[(old or amount).noun_end : word_start], flags=re.I)
    ):
        return None
    if amount.kind != "count" or not amount.exact:
        return None
    if old is None:
        before = [f for f in previous[:-1] if f.kind == amount.kind and f.exact]
        if not before and _CHANGE_SENTENCE.match(text, ex.sentences[amount.sentence].start):
            # "… 925 vụ tai nạn … . So với cùng kỳ năm 2021, giảm 106 vụ (giảm 10,28%)"
            stated = _stated_before(ex, amount)
            if stated is None:
                return None
            old_value = (
                stated.value - amount.value if direction == "up" else stated.value + amount.value
            )
            old = Figure("count", amount.start, amount.end, amount.text, value=old_value)
            return stated, old, direction, amount.start, percent.end
        if not before or re.search(r";", text[before[-1].end : amount.start]):
            return None
        new = before[-1]
        if new.noun and amount.noun and first_word(new) != first_word(amount):
            return None
        if re.search(
            r"so với[^()\d;]{0,40}\(\s*$|" + _OLD_LABEL.pattern,
            YEAR_RE.sub("", new.label[-50:]),
            re.I,
        ):
            # "So với cùng kỳ năm 2023 (457 lượt), số lượt … giảm 45 lượt, tương ứng giảm
            # 9,8%": the figure before the amount is the previous period's
            old = new
            new_value = old.value + amount.value if direction == "up" else old.value - amount.value
            new = Figure("count", amount.start, amount.end, amount.text, value=new_value)
            return new, old, direction, old.start, percent.end
        old_value = new.value - amount.value if direction == "up" else new.value + amount.value
        old = Figure("count", amount.start, amount.end, amount.text, value=old_value)
        return new, old, direction, new.start, percent.end
    new_value = old.value + amount.value if direction == "up" else old.value - amount.value
    new = Figure("count", amount.start, amount.end, amount.text, value=new_value)
    return new, old, direction, amount.start, percent.end


_OLD_PERIOD = re.compile(r"cùng kỳ|năm trước|kỳ trước|tháng trước|quý trước", re.I)


def _across_sentences(ex: Extraction, index: int, direction: str):
    """ "… tiếp nhận 410 đơn. Năm 2022, con số này là 520 đơn. Như vậy, số đơn đã giảm 18%":
    the two figures of the sentences before (or of the same one, «trong khi năm 2022 là …»),
    the old one named by its period (an earlier year, «cùng kỳ năm trước»)."""
    percent = ex.figures[index]
    block = ex.sentences[percent.sentence].block
    pool = [
        f
        for f in ex.figures[:index]
        if percent.sentence - 2 <= f.sentence <= percent.sentence
        and ex.sentences[f.sentence].block == block
        and f.kind in ("count", "money")
        and f.exact
        and _direction(ex, f) is None
        and not re.match(r"(?:tháng|năm|quý|ngày|tuần)\b", f.noun, re.I)  # "6 tháng đầu năm"
    ]
    if len(pool) != 2 or pool[0].kind != pool[1].kind:
        return None
    if any(f.sentence == percent.sentence for f in pool):
        return None  # the rate's own sentence states its figures: the forms above read it
    a, b = pool
    if re.search(r"trong đó|\bgồm\b|\bcó\b", ex.text[a.end : b.start], re.I) and not re.search(
        _OLD_PERIOD.pattern + r"|trong khi|\bcòn\b", ex.text[a.end : b.start], re.I
    ):
        return None  # "8.722 đơn …; trong đó có 7.081 đơn …": a part, not another period
    if a.noun and b.noun and first_word(a) != first_word(b):
        return None

    def period(f: Figure) -> tuple[bool, int | None]:
        start = ex.sentences[f.sentence].start
        words = ex.text[start : f.start]
        clause = re.split(r"[;]|trong khi|còn|so với", words)[-1]
        years = [int(y) for y in YEAR_RE.findall(clause)] or [
            int(y) for y in YEAR_RE.findall(words)
        ]
        return bool(_OLD_PERIOD.search(clause)), (years[-1] if years else None)

    (a_old, a_year), (b_old, b_year) = period(a), period(b)
    if a_old != b_old:
        old, new = (a, b) if a_old else (b, a)
    elif a_year and b_year and a_year != b_year:
        old, new = (a, b) if a_year < b_year else (b, a)
    else:
        return None
    return new, old, direction, min(a.start, b.start), percent.end


def _amount_of_change(ex: Extraction, index: int):
    """(new, old, direction) for an amount of change stated with both periods: "18.842 hồ sơ,
    tăng 5.877 hồ sơ so với cùng kỳ năm 2022 (12.965 hồ sơ)", "còn 8,12%, giảm 2,31 điểm phần
    trăm so với đầu năm (10,33%)" — the figure before the amount, of the same things, and the
    previous period's after it, of those things too."""
    figures, text = ex.figures, ex.text
    amount = figures[index]
    direction = _direction(ex, amount)
    if direction is None:
        return None
    points = _in_points(ex, amount)
    if amount.kind == "percent" and not points:
        return None
    kind = "percent" if points else amount.kind
    from_to = _from_to_before(ex, index, kind) or _from_to_after(ex, index, kind)
    if from_to is not None:
        return (*from_to, direction)
    if index + 1 >= len(figures):
        return None
    old = figures[index + 1]
    if old.sentence != amount.sentence or not _value_figure(old) or old.kind != kind:
        return None
    gap = re.sub(r"^\s*(?:%|phần trăm)", "", text[amount.noun_end : old.start])
    if not _OLD_AFTER.match(gap) and not _OLD_SINCE.match(gap):
        return None
    if text[old.end : old.end + 1] != ")" and text[old.noun_end : old.noun_end + 1] not in (
        ")",
        ",",
        ";",
        ".",
        "",
    ):
        return None  # the previous period's figure closes its clause
    word_start = _word_start(ex, amount)
    new = _before(ex, index, 120, word_start)
    inner = figures[index - 1] if index >= 2 else None
    if inner is not None and inner.kind == "ratio" and kind == "percent":
        # "đạt 96,8% (12.374/12.783 hồ sơ), tăng 1,6 điểm phần trăm": the rate it explains
        rate = figures[index - 2]
        if (
            rate.kind == "percent"
            and rate.sentence == amount.sentence
            and re.fullmatch(r"\s*\(\s*", text[rate.end : inner.start])
            and re.fullmatch(r"[^()\d;]{0,20}\)\s*,?\s*", text[inner.end : word_start])
        ):
            new = rate
    if new is None or new.kind != kind or _direction(ex, new) is not None:
        return None
    between = text[new.noun_end : word_start]
    if new.kind == "percent" and kind == "percent":
        between = re.sub(r"^\s*\([^()]*\)", "", between)
    if re.search(r"trong đó|\bgồm\b|:", new.label, re.I):
        return None  # "…, trong đó trực tuyến 800 hồ sơ, tăng 217 hồ sơ": of the whole or the part
    if re.search(r"[;()]|trong đó|\bgồm\b", between, re.I) or not re.fullmatch(
        # "418 đơn các loại, giảm 54 đơn", "836 đơn khiếu nại, tố cáo, kiến nghị, phản ánh,
        # giảm 352 đơn": a few words of what the figure counts
        r"(?:[^\d;()]{0,60}(?=,))?[\s,]*(?:(?:số|con số)[^\d,;]{0,30})?",
        between,
        re.I,
    ):
        return None
    heads = {first_word(f) for f in (new, amount, old) if f.noun}
    if len(heads) > 1 and not points:
        return None
    return new, old, direction


_FROM_WORD = re.compile(r"\btừ\s*$", re.I)
_TO_WORDS = re.compile(r"(?:xuống|lên|đến)(?:\s+còn)?\s*$|\bcòn\s*$", re.I)
_SAME_AMOUNT = re.compile(
    r"^[^\d;()]{0,40}?,?\s*(?:tức(?: là)?|tương đương(?: với)?|tương ứng(?: với)?|hay)?\s*$",
    re.I,
)


def _from_to_before(ex: Extraction, index: int, kind: str) -> tuple[Figure, Figure] | None:
    """(new, old) of "giảm từ 5,24% cuối năm 2022 xuống còn 3,11% cuối năm 2023, tức giảm
    2,13 điểm phần trăm", "tăng từ 1.014 lên 1.231 hồ sơ, tức tăng 217 hồ sơ"."""
    figures, text = ex.figures, ex.text
    amount = figures[index]
    values = [
        f
        for f in figures[max(0, index - 4) : index]
        if f.sentence == amount.sentence and f.kind != "date"
    ]
    if len(values) < 2:
        return None
    old, new = values[-2], values[-1]
    if old.kind != kind or new.kind != kind or not (old.exact and new.exact):
        return None
    word_start = _word_start(ex, amount)
    if not (
        _FROM_WORD.search(text[max(0, old.start - 12) : old.start])
        and _TO_WORDS.search(
            re.sub(r"\s*(?:cuối|đầu)?\s*năm\s+\d{4}\s*$", "", text[old.noun_end : new.start])
        )
        and _SAME_AMOUNT.match(
            re.sub(r"(?:cuối|đầu)?\s*năm\s+\d{4}", "", text[new.noun_end : word_start])
        )
    ):
        return None
    return new, old


_AMOUNT_THEN_FROM = re.compile(
    r"^[^\d;()]{0,12}?(?:so với[^\d;()]{0,30}?(?:\d{4})?)?\s*,?\s*(?:tức\s+)?từ\s*$", re.I
)


def _from_to_after(ex: Extraction, index: int, kind: str) -> tuple[Figure, Figure] | None:
    """(new, old) of "giảm 52 xã so với cuối năm 2013, từ 90 xã xuống chỉ còn 38 xã": the
    amount first, then the two figures it lies between."""
    figures, text = ex.figures, ex.text
    amount = figures[index]
    if index + 2 >= len(figures):
        return None
    old, new = figures[index + 1], figures[index + 2]
    if not (old.sentence == new.sentence == amount.sentence):
        return None
    if old.kind != kind or new.kind != kind or not (old.exact and new.exact):
        return None
    if not _AMOUNT_THEN_FROM.match(text[amount.noun_end : old.start]):
        return None
    if not re.fullmatch(
        r"[^\d;()]{0,20}?(?:xuống|lên|đến)(?:\s+(?:chỉ\s+)?còn)?\s*|[^\d;()]{0,20}?\bcòn\s*",
        re.sub(r"\s*\([^()]*\)", "", text[old.noun_end : new.start]),
        re.I,
    ):
        return None
    heads = {first_word(f) for f in (new, amount, old) if f.noun}
    if len(heads) > 1 and kind != "percent":
        return None
    return new, old


def _in_points(ex: Extraction, amount: Figure) -> bool:
    """ "giảm 2,31 điểm phần trăm", "giảm 2,31 điểm %", "tăng 1,5% điểm"."""
    if amount.kind == "count":
        return bool(re.match(r"điểm\b", amount.noun, re.I))
    return amount.kind == "percent" and bool(_POINTS.match(ex.text[amount.end : amount.end + 12]))


def _decimals(figure: Figure) -> int:
    if figure.kind == "percent":
        return figure.decimals
    return max(0, -figure.value.normalize().as_tuple().exponent)


_OLD_SINCE = re.compile(
    r"^\s*(?:so với\s+)?(?:đầu năm|đầu kỳ|cuối năm\s+\d{4}|năm\s+\d{4})[^()\d;]{0,20}?\(\s*$",
    re.I,
)


def _amount_finding(ex: Extraction, amount: Figure, new: Figure, old: Figure, direction: str):
    word = "tăng" if direction == "up" else "giảm"
    points = _in_points(ex, amount)
    unit = " điểm %" if points else ""
    mark = "%" if points else ""
    difference = new.value - old.value if direction == "up" else old.value - new.value
    first, second = (new, old) if direction == "up" else (old, new)
    sign = "−" if difference < 0 else ""
    shown = (
        f"{num(first.value)}{mark} − {num(second.value)}{mark} = {sign}{num(abs(difference))}{unit}"
    )
    start, end = new.start, old.end
    slack = Decimal(0)
    if points:  # each rate is itself rounded: half a unit of its last digit either side
        slack = sum((Decimal(1).scaleb(-_decimals(f)) / 2 for f in (new, old, amount)), Decimal(0))
    if abs(difference - amount.value) <= slack:
        verified(ex, "change", start, end, f"{shown}: khớp")
        return None
    return make(
        "change_amount_mismatch",
        ex,
        amount.start,
        amount.noun_end,
        stated=f"{word} {num(amount.value)}{unit}",
        expected=f"{'tăng' if new.value >= old.value else 'giảm'} {num(abs(difference))}{unit}",
        old=f"{num(old.value)}{mark}",
        new=f"{num(new.value)}{mark}",
        arithmetic=f"{shown} ≠ {num(amount.value)}{unit}",
    )


def check_changes(ex: Extraction) -> list[Finding]:
    findings = []
    for index, percent in enumerate(ex.figures):
        if percent.kind == "count" and percent.exact or percent.kind == "percent":
            found = _amount_of_change(ex, index)
            if found:
                finding = _amount_finding(ex, percent, *found)
                if finding:
                    findings.append(finding)
                continue
        if percent.kind != "percent" or percent.approximate:
            continue
        if _POINTS.match(ex.text[percent.end : percent.end + 12]):
            continue
        if _PER_YEAR.match(ex.text, percent.end) or _AVERAGE.search(
            ex.text, max(0, percent.start - 32), percent.start
        ):
            continue  # "bình quân giảm 2,28%/năm": a yearly average, not the change of the two
        pair = _pair(ex, index)
        if pair is None:
            finding = _change_without_old(ex, index)
            if finding:
                findings.append(finding)
            continue
        new, old, direction, start, end = pair
        if not old.value:
            continue
        finding = _change_finding(
            ex, percent, new.value, old.value, direction, start, end, points=new.kind == "percent"
        )
        if finding:
            findings.append(finding)
    return findings


_CHANGE_LINK = re.compile(r"^\s*,\s*$")


def _change_without_old(ex: Extraction, index: int) -> Finding | None:
    """ "tiếp 539 lượt, tăng 54,14% so với cùng kỳ": the previous period's figure is not
    stated, but it was a whole number of the same things: when no whole number gives the
    stated change (539/350 is +54,00%, 539/349 is +54,44%), the rate cannot be right."""
    figures, text = ex.figures, ex.text
    percent = figures[index]
    direction = _direction(ex, percent)
    if direction is None or index == 0 or percent.decimals == 0:
        return None
    if _POINTS.match(text[percent.end : percent.end + 12]) or not (0 < percent.value < 1000):
        return None
    new = figures[index - 1]
    word_start = _word_start(ex, percent)
    if (
        new.kind != "count"
        or not new.exact
        or new.sentence != percent.sentence
        or not new.noun
        or new.value != new.value.to_integral_value()
        or new.value <= 0
        or _direction(ex, new) is not None
        or not _CHANGE_LINK.match(text[new.noun_end : word_start])
        or not re.match(
            r"\s*so với\s+(?:cùng kỳ|năm trước|kỳ trước|tháng trước|quý trước)",
            text[percent.end : percent.end + 40],
            re.I,
        )
    ):
        return None
    factor = 1 + percent.value / 100 if direction == "up" else 1 - percent.value / 100
    if factor <= 0:
        return None
    guess = int(new.value / factor)
    tried = []
    for old in range(max(1, guess - 2), guess + 4):
        old_value = Decimal(old)
        change = abs(new.value - old_value) * 100 / old_value
        if (new.value > old_value) != (direction == "up") or new.value == old_value:
            continue
        tried.append((old_value, change))
        if percent_ok(percent.value, percent.decimals, change):
            return None
    if len(tried) < 2:
        return None
    stated = percent_text(percent.value, percent.decimals)
    word = "tăng" if direction == "up" else "giảm"
    nearest = sorted(tried, key=lambda t: abs(t[1] - percent.value))[:2]
    shown = "; ".join(f"kỳ trước {num(o)} → {word} {exact_percent(c)}" for o, c in sorted(nearest))
    return make(
        "change_without_base",
        ex,
        new.start,
        percent.end,
        stated=f"{word} {stated}",
        new=f"{num(new.value)} {new.noun}",
        arithmetic=f"{shown}: không có số nguyên nào của kỳ trước cho {word} {stated}",
    )


def _change_finding(ex, percent, new: Decimal, old: Decimal, direction, start, end, points):
    stated = percent_text(percent.value, percent.decimals)
    word = "tăng" if direction == "up" else "giảm"
    change = (new - old) * 100 / old
    shown = f"({num(new)} − {num(old)})/{num(old)} = "
    if direction == "down":
        shown = f"({num(old)} − {num(new)})/{num(old)} = "
    signed = change if direction == "up" else -change
    if points:
        difference = new - old if direction == "up" else old - new
        if (
            percent_status(percent.value, percent.decimals, difference) == ROUNDED
            and difference >= 0
        ):
            verified(
                ex,
                "change",
                start,
                end,
                f"{num(new)}% − {num(old)}% = {num(new - old)} điểm %: khớp",
            )
            return None
    if signed < 0:
        opposite = "giảm" if direction == "up" else "tăng"
        return make(
            "change_mismatch",
            ex,
            start,
            end,
            stated=f"{word} {stated}",
            expected=exact_percent(abs(change)),
            old=num(old),
            new=num(new),
            direction=opposite,
            arithmetic=f"{shown}{exact_percent(signed)}: {opposite}, không phải {word}",
        )
    status = percent_status(percent.value, percent.decimals, signed)
    if status == ROUNDED:
        verified(ex, "change", start, end, f"{shown}{exact_percent(signed)} → {stated}: khớp")
        return None
    if status == TRUNCATED:
        return rounding_finding(ex, start, end, percent.value, percent.decimals, signed, what=shown)
    return make(
        "change_mismatch",
        ex,
        start,
        end,
        stated=stated,
        expected=(
            f"{num(abs(new - old))} điểm phần trăm (tương đối {exact_percent(signed)})"
            if points
            else exact_percent(signed)
        ),
        old=f"{num(old)}%" if points else num(old),
        new=f"{num(new)}%" if points else num(new),
        direction=word,
        arithmetic=(
            # "giảm từ 5,2% xuống còn 4,1%, giảm 1,2%": neither in points nor relatively.
            f"{num(max(old, new))}% − {num(min(old, new))}% = {num(abs(new - old))} điểm %; "
            f"{shown}{exact_percent(signed)}: cả hai ≠ {stated}"
            if points
            else f"{shown}{exact_percent(signed)} ≠ {stated}"
        ),
    )
