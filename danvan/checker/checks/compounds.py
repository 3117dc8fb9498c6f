"""sum_mismatch and parts_exceed_total of a total that names two kinds of things: "64 tập thể
và cá nhân …, gồm 23 tập thể và 23 cá nhân", "247 mô hình, điển hình … . Trong đó có 194 mô
hình tập thể và 80 điển hình cá nhân". The two nouns of the total are its whole split: a pair
of figures, one of each, right after it (in its sentence, or in the next one) is that split."""

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
_EXHAUSTIVE = re.compile(r"\b(?:gồm|bao gồm|gồm có|chia ra)\b", re.I)
_BETWEEN = 300  # characters from the total to its first part in its sentence, at most
_OPENING = 80  # … or from the start of the next sentence


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
            if a.start - total.end > _BETWEEN:
                return None
        elif a.sentence > total.sentence + 1 or (
            a.start - ex.sentences[a.sentence].start > _OPENING
            or ex.sentences[a.sentence].block != ex.sentences[total.sentence].block
        ):
            return None  # in the next sentence, only as what it opens with
        if b.sentence != a.sentence or not _PAIR_LINK.fullmatch(ex.text[a.noun_end : b.start]):
            return None
        later = pool[at + 2] if at + 2 < len(pool) else None
        if later is not None and later.sentence == b.sentence and _kind(later, keys) is not None:
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
    if heads <= named or (first_word(total) == "lượt" and len(total.noun.split()) == 1):
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
        elif same:
            findings.append(
                make(
                    "sum_mismatch",
                    ex,
                    total.start,
                    b.end,
                    severity=None if _EXHAUSTIVE.search(between) else WARNING,
                    stated=num(total.value),
                    expected=num(value),
                    arithmetic=f"{shown} ≠ {num(total.value)} {nouns}",
                )
            )
    return findings
