"""flow_mismatch: a change of poor households that the flows the text states do not give.

"Trong năm 2023, toàn tỉnh có 6.215 hộ thoát nghèo, 1.102 hộ nghèo phát sinh mới; số hộ nghèo
cuối năm là 10.759 hộ, giảm 7.317 hộ so với đầu năm": the number of poor households falls by
those leaving poverty less those entering it (new and returning), 6.215 − 1.102 = 5.113, not
7.317. Read within one paragraph, only when each flow is stated once as a count of households
and the decrease (or increase) of poor households is stated once; a paragraph naming returning
households («tái nghèo») without their count says nothing. A warning: the decrease may be
measured against a baseline reviewed in another way."""

import re
from decimal import Decimal

from danvan.checker.checks.base import Finding, make, num, verified
from danvan.checker.figures import Extraction, Figure

_OUT = re.compile(r"\bthoát nghèo\b", re.I)
_NEW = re.compile(r"\b(?:phát sinh mới|phát sinh|nghèo mới|mới phát sinh)\b", re.I)
_BACK = re.compile(r"\btái nghèo\b", re.I)
_DOWN = re.compile(r"\b(giảm|tăng)(?:\s+(?:được|thêm))?\s*$", re.I)
_AGAINST = re.compile(r"\s*hộ(?:\s+nghèo)?\s+so với\s+(?:đầu năm|năm trước|cuối năm)", re.I)


def _words(ex: Extraction, figure: Figure) -> str:
    """What a count of households names: its noun and the words after it, up to the next
    figure or punctuation."""
    after = re.split(r"[,;.:()\d\n]", ex.text[figure.noun_end : figure.noun_end + 40])[0]
    return " ".join(f"{figure.noun} {after}".split())


def _households(figure: Figure) -> bool:
    return figure.kind == "count" and figure.exact and figure.noun.lower().startswith("hộ")


_CHANGE_EQUIVALENT = re.compile(
    r"\b(giảm|tăng)(?:\s+(?:được|thêm))?\s+\d+(?:,\d+)?\s*%(?:[^;\d]|\d{4}){0,40}?"
    r"(?:tương ứng|tương đương|tức là|tức)(?:\s+với)?\s*(?:là\s*)?$",
    re.I,
)


def _change_of(ex: Extraction, figure: Figure) -> str | None:
    """«giảm» or «tăng» when the figure is the change of the households against the year
    before: "giảm 7.317 hộ so với đầu năm", "giảm 0,23% so với năm 2017, tương ứng 120 hộ"."""
    direction = _DOWN.search(figure.label[-20:])
    if direction and _AGAINST.match(ex.text, figure.end):
        return direction.group(1).lower()
    sentence = ex.sentences[figure.sentence]
    equivalent = _CHANGE_EQUIVALENT.search(
        ex.text, max(sentence.start, figure.start - 90), figure.start
    )
    return equivalent.group(1).lower() if equivalent else None


def check_poverty_flows(ex: Extraction) -> list[Finding]:
    blocks: dict[int, list[Figure]] = {}
    for figure in ex.figures:
        blocks.setdefault(ex.sentences[figure.sentence].block, []).append(figure)
    findings = []
    for figures in blocks.values():
        for group in ("nghèo", "cận nghèo"):
            finding = _flows(ex, figures, group)
            if finding:
                findings.append(finding)
    return findings


def _flows(ex: Extraction, figures: list[Figure], group: str) -> Finding | None:
    leaving = _OUT if group == "nghèo" else _OUT_NEAR
    out, new, back, change = [], [], [], []
    for figure in figures:
        if not _households(figure):
            continue
        # what it counts: after it, or named before it in its clause ("số hộ thoát nghèo là
        # 207 hộ, số hộ nghèo phát sinh mới là 87 hộ")
        words = f"{re.split(r'[,;:]', figure.label[-50:])[-1]} {_words(ex, figure)}"
        sentence = ex.sentences[figure.sentence]
        clause = re.split(r";", ex.text[sentence.start : figure.start])[-1].lower()
        own = _group(words)
        if leaving.search(words):
            out.append(figure)
        elif own == group and _BACK.search(words):
            back.append(figure)
        elif own == group and _NEW.search(words):
            new.append(figure)
        elif (direction := _change_of(ex, figure)) is not None and _group(clause) == group:
            # (not "Số hộ cận nghèo là 203 hộ, tăng 31 hộ so với đầu năm" for the poor)
            change.append((figure, direction))
    if len(out) != 1 or len(new) != 1 or len(change) != 1 or len(back) > 1:
        return None
    text = ex.text[figures[0].start : figures[-1].end]
    if _BACK.search(text) and not back:
        return None  # returning households named, not counted
    amount, direction = change[0]
    stated = amount.value if direction == "giảm" else -amount.value
    parts = [out[0].value, -new[0].value] + ([-back[0].value] if back else [])
    expected = sum(parts, Decimal(0))
    shown = f"{num(out[0].value)} − {num(new[0].value)}" + (
        f" − {num(back[0].value)}" if back else ""
    )
    start, end = min(out[0].start, amount.start), max(new[0].end, amount.end, out[0].end)
    if expected == stated:
        verified(ex, "balance", start, end, f"{shown} = {num(expected)}: khớp")
        return None
    return make(
        "flow_mismatch",
        ex,
        start,
        end,
        group=group,
        stated=f"{direction} {num(amount.value)}",
        expected=(f"giảm {num(expected)}" if expected >= 0 else f"tăng {num(-expected)}"),
        arithmetic=f"{shown} = {num(expected)} ≠ {num(stated)}",
    )


# --- the stock of households: start − leaving + entering = end ---------------------------------
_START = re.compile(r"\bđầu (?:năm|kỳ|giai đoạn)\b", re.I)
_END = re.compile(r"\bcuối (?:năm|kỳ|giai đoạn)\b", re.I)
_OUT_NEAR = re.compile(r"\bthoát cận nghèo\b|\bvượt chuẩn cận nghèo\b", re.I)


def _group(words: str) -> str:
    words = words.lower()
    return "cận nghèo" if "cận nghèo" in words else "nghèo" if "nghèo" in words else ""


def check_poverty_stocks(ex: Extraction) -> list[Finding]:
    """ "Đầu kỳ, toàn tỉnh có 3.105 hộ cận nghèo. Trong kỳ có 742 hộ thoát cận nghèo, 218 hộ
    cận nghèo phát sinh mới … Số hộ cận nghèo cuối kỳ là 2.851 hộ": 3.105 − 742 + 218 = 2.581.
    For poor or near-poor households, read in one paragraph (the end also in the next), only
    when the start, the end and each flow are stated once as counts of households."""
    findings = []
    blocks: dict[int, list[Figure]] = {}
    for figure in ex.figures:
        if _households(figure):
            blocks.setdefault(ex.sentences[figure.sentence].block, []).append(figure)
    for block, figures in blocks.items():
        for group in ("nghèo", "cận nghèo"):
            start, end, out, new, back = [], [], [], [], []
            for figure in figures + blocks.get(block + 1, []):
                words = _words(ex, figure)
                clause = re.split(r"[,;:().]", figure.label[-60:])[-1]
                own = _group(f"{clause} {words}")
                later = ex.sentences[figure.sentence].block != block
                leaving = _OUT if group == "nghèo" else _OUT_NEAR
                if leaving.search(words) and not later:
                    out.append(figure)
                elif own != group:
                    continue
                elif _BACK.search(words) and not later:
                    back.append(figure)
                elif _NEW.search(words) and not later:
                    new.append(figure)
                elif _START.search(figure.label[-60:]) and not later:
                    start.append(figure)
                elif _END.search(figure.label[-60:]) or re.search(r"\bcòn\s*$", figure.label):
                    end.append(figure)
            if not (len(start) == len(end) == len(out) == len(new) == 1) or len(back) > 1:
                continue
            if _BACK.search(ex.text[start[0].start : end[0].end]) and not back:
                continue  # returning households named, not counted
            flows = new[0].value + (back[0].value if back else 0)
            expected = start[0].value - out[0].value + flows
            shown = f"{num(start[0].value)} − {num(out[0].value)} + {num(new[0].value)}" + (
                f" + {num(back[0].value)}" if back else ""
            )
            if expected == end[0].value:
                verified(
                    ex, "balance", start[0].start, end[0].end, f"{shown} = {num(expected)}: khớp"
                )
                continue
            findings.append(
                make(
                    "stock_mismatch",
                    ex,
                    start[0].start,
                    end[0].end,
                    group=group,
                    stated=num(end[0].value),
                    expected=num(expected),
                    arithmetic=f"{shown} = {num(expected)} ≠ {num(end[0].value)}",
                )
            )
    return findings
