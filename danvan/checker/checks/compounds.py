"""sum_mismatch and parts_exceed_total of a total that names two kinds of things: "64 tập thể
và cá nhân …, gồm 23 tập thể và 23 cá nhân", "247 mô hình, điển hình … . Trong đó có 194 mô
hình tập thể và 80 điển hình cá nhân". The two nouns of the total are its whole split: a pair
of figures, one of each, in a list its sentence marks («trong đó», «gồm», «:», «(») or the
next sentence opens («Trong đó, …»), with no third kind named or listed, is that split."""

import re
from bisect import bisect_right

from danvan.checker.checks.base import Finding, first_word, make, num, sum_shown, verified
from danvan.checker.figures import Extraction, Figure
from danvan.checker.rules import WARNING

# "… tập thể và cá nhân", "… mô hình, điển hình": the second noun after the figure's own.
_SECOND_NOUN = re.compile(r"[ \t]*(?:và|,)[ \t]*([^\W\d_]+)(?:[ \t]+[^\W\d_]+)?", re.I)
# Between the two parts: "13 tập thể và 21 cá nhân", "194 mô hình tập thể và 80 điển hình".
_PAIR_LINK = re.compile(r"[^\d;.()]{0,40}?(?:\bvà|,)[ \t]*(?:có[ \t]+)?", re.I)
# The second of two kinds written as the first's modifier: «hộ nghèo, cận nghèo».
_MODIFIER = re.compile(r"cận$|không$|chưa$", re.I)
# The markers of a list in the total's sentence, the last one before the parts deciding
# whether it is the whole split ("…, bao gồm cả các hộ …; trong đó 80 hộ nghèo …" is not).
_LIST_MARK = re.compile(r"\b(?:trong đó|bao gồm|gồm có|gồm|chia ra|cụ thể)\b|:|\(", re.I)
_EXHAUSTIVE = re.compile(r"^(?:bao gồm|gồm có|gồm|chia ra)$", re.I)
_OPENS_LIST = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:trong đó|trong số (?:này|đó)|cụ thể|bao gồm|gồm)\b", re.I
)
# Words after the total's two nouns that are no third noun ("64 tập thể và cá nhân, gồm …").
_NOT_A_NOUN = frozenset(
    re.findall(
        r"\S+",
        "gồm bao trong có được đã là đạt với của thuộc tại ở cụ chia riêng nhưng tăng giảm chiếm "
        "so đang còn đến từ cho theo trên và hoặc thì mà nên khi sau trước qua",
    )
)
_BETWEEN = 300  # characters from the total to its first part in its sentence, at most
_OPENING = 80  # … or from the start of the next sentence


_QUALIFIED = re.compile(r"[ \t]*(?!và\b|,|;|\.|$)[^\W\d_]", re.I)


def _exhaustive(between: str) -> bool:
    marks = [m.group(0) for m in _LIST_MARK.finditer(between)]
    return (
        bool(marks)
        and bool(_EXHAUSTIVE.match(marks[-1]))
        and not re.search(r"\bgồm\s+cả\b", between, re.I)
    )


def _counts(ex: Extraction) -> list[Figure]:
    return [f for f in ex.figures if f.kind == "count" and f.exact and f.noun]


def _kind(figure: Figure, keys: tuple[str, str]) -> int | None:
    """0 or 1 for the kind of the two a figure counts ("hộ cận nghèo" of «hộ nghèo, cận
    nghèo»), else None."""
    noun = figure.noun.lower()
    for index, key in enumerate(keys):
        if noun == key or noun.startswith(f"{key} "):
            return index
    return None


def _pair_after(
    ex: Extraction, total: Figure, keys: tuple[str, str], pool: list[Figure], starts: list[int]
):
    """The first two adjacent figures of ``pool`` after ``total``, one of each kind, in the
    order the total names them, and nothing else of those kinds right after them."""
    first = bisect_right(starts, total.end)
    for at in range(first, len(pool) - 1):
        a, b = pool[at], pool[at + 1]
        if a.sentence > total.sentence + 1:
            return None
        if (_kind(a, keys), _kind(b, keys)) != (0, 1):
            continue
        if a.sentence == total.sentence:
            if a.start - total.end > _BETWEEN or not _LIST_MARK.search(
                ex.text, total.noun_end, a.start
            ):
                return None  # "…, khen thưởng thường xuyên 45 tập thể và 80 cá nhân": another
        elif (
            a.sentence > total.sentence + 1
            or a.start - ex.sentences[a.sentence].start > _OPENING
            or ex.sentences[a.sentence].block != ex.sentences[total.sentence].block
            or not _OPENS_LIST.match(ex.text, ex.sentences[a.sentence].start)
        ):
            return None  # in the next sentence, only as the list it opens («Trong đó, …»)
        if b.sentence != a.sentence or not _PAIR_LINK.fullmatch(ex.text[a.noun_end : b.start]):
            return None
        later = pool[at + 2] if at + 2 < len(pool) else None
        if (
            later is not None
            and later.sentence == b.sentence
            and (
                _kind(later, keys) is not None
                or _PAIR_LINK.fullmatch(ex.text[b.noun_end : later.start])
            )
        ):
            return None  # a longer list: not the two kinds once each
        return a, b
    return None


_SUM_LABEL = re.compile(r"(?:tổng cộng|tổng số|tổng|cộng)(?:\s+(?:là|có))?\s*:?\s*$", re.I)


def _pair_before(ex: Extraction, total: Figure, pool: list[Figure], index: int):
    """ "khen thưởng 150 tập thể và 230 cá nhân, tổng cộng 380 lượt": the two figures of two
    kinds right before a «tổng cộng» total of those kinds (or of «lượt» of them)."""
    if not _SUM_LABEL.search(total.label[-25:]):
        return None
    if index < 2:
        return None
    a, b = pool[index - 2], pool[index - 1]
    if not (a.sentence == b.sentence == total.sentence) or first_word(a) == first_word(b):
        return None
    if not _PAIR_LINK.fullmatch(ex.text[a.noun_end : b.start]):
        return None
    if not re.fullmatch(
        r"\s*[,;:]?\s*(?:và\s+)?[^\d;.()]{0,12}", ex.text[b.noun_end : total.start]
    ):
        return None
    if (
        index >= 3
        and pool[index - 3].sentence == a.sentence
        and re.fullmatch(
            r"[^\d;.()]{0,40}?(?:\bvà|,)\s*", ex.text[pool[index - 3].noun_end : a.start]
        )
    ):
        return None  # a longer list before it
    match = _SECOND_NOUN.match(ex.text, total.noun_end)
    heads = {first_word(a), first_word(b)}
    named = {first_word(total), match.group(1).lower() if match else ""}
    if heads <= named or (
        # "150 tập thể và 230 cá nhân, tổng cộng 390 lượt": turns of those awarded
        first_word(total) == "lượt"
        and len(total.noun.split()) == 1
        and heads <= {"tập", "cá", "hộ"}
    ):
        return a, b
    return None


def check_compound_totals(ex: Extraction) -> list[Finding]:
    findings = []
    pool = _counts(ex)
    starts = [f.start for f in pool]
    for at, total in enumerate(pool):
        before = _pair_before(ex, total, pool, at)
        if before is not None:
            a, b = before
            value, shown = sum_shown([a.value, b.value])
            if value == total.value:
                verified(ex, "partition", a.start, total.end, f"{shown}: khớp")
            else:
                findings.append(
                    make(
                        "sum_mismatch",
                        ex,
                        a.start,
                        total.end,
                        stated=num(total.value),
                        expected=num(value),
                        arithmetic=f"{shown} ≠ {num(total.value)}",
                    )
                )
            continue
        match = _SECOND_NOUN.match(ex.text, total.noun_end)
        if not match or len(total.noun.split()) > 2:
            continue
        second = match.group(1).lower()
        keys = (first_word(total), second)
        if keys[0] == second:
            continue
        third = re.match(
            r"[ \t]*(?:,|và)[ \t]*([^\W\d_]+)", ex.text[match.end() : match.end() + 30]
        )
        if third and third.group(1).islower() and third.group(1).lower() not in _NOT_A_NOUN:
            continue  # "120 xã, phường, thị trấn, gồm …": three kinds, not two
        if _MODIFIER.match(second) and len(total.noun.split()) == 2:
            # "12.967 hộ nghèo, cận nghèo …, trong đó 9.275 hộ nghèo và 3.692 hộ cận nghèo"
            phrase = re.sub(r"^[\s,]*(?:và\s+)?", "", match.group(0)).lower()
            keys = (total.noun.lower(), f"{first_word(total)} {phrase}")
        pair = _pair_after(ex, total, keys, pool, starts)
        if pair is None:
            continue
        a, b = pair
        between = ex.text[total.end : a.start]
        if any(
            _kind(f, keys) is not None
            for f in pool[bisect_right(starts, total.end) : bisect_right(starts, a.start - 1)]
        ):
            continue  # another total of those things stands between
        value, shown = sum_shown([a.value, b.value])
        nouns = f"{total.noun}{ex.text[total.noun_end : match.end()]}".strip()
        if value == total.value:
            verified(ex, "partition", total.start, b.end, f"{shown} {nouns}: khớp")
            continue
        same = a.sentence == total.sentence
        if value > total.value:
            findings.append(
                make(
                    "parts_exceed_total",
                    ex,
                    total.start,
                    b.end,
                    stated=num(total.value),
                    expected=num(value),
                    parts=f"{num(a.value)}, {num(b.value)}",
                    arithmetic=f"{shown} > {num(total.value)} {nouns}",
                )
            )
        elif same and (
            _exhaustive(between) or not any(_QUALIFIED.match(ex.text, f.noun_end) for f in (a, b))
        ):
            # (after «trong đó», only parts named by the kinds alone: "… trong đó 80 hộ nghèo
            # và 120 hộ cận nghèo thuộc diện bảo trợ xã hội" is a subset)
            findings.append(
                make(
                    "sum_mismatch",
                    ex,
                    total.start,
                    b.end,
                    severity=None if _exhaustive(between) else WARNING,
                    stated=num(total.value),
                    expected=num(value),
                    arithmetic=f"{shown} ≠ {num(total.value)} {nouns}",
                )
            )
    return findings
