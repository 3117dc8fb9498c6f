"""Proposals for importing a legacy report: each figure with the indicator its wording maps
to (unambiguous phrases only), for a person to confirm or correct. Pure Python."""

from danvan.checker.checks import num
from danvan.checker.engine import Result
from danvan.checker.mapping import figure_values

MAX_ROWS = 300


def proposals(result: Result) -> list[dict]:
    """One row per figure value: mapped ones pre-selected (the first time a code appears),
    the other exact counts listed unselected so the person can pick the indicator."""
    mapped_rows, other_rows, seen = [], [], set()
    ex = result.extraction
    for figure in ex.figures:
        if figure.approximate or figure.kind not in ("count", "ratio", "money"):
            continue
        context = _context(ex, figure)
        mapped = figure_values(figure)
        if mapped:
            for code, value in mapped.items():
                mapped_rows.append((code, value, context, figure, code not in seen))
                seen.add(code)
        elif figure.kind in ("count", "money"):
            other_rows.append(("", figure.value, context, figure, False))
    # The mapped figures first: they are what the person confirms; the rest on request.
    chosen = (mapped_rows + other_rows)[:MAX_ROWS]
    return [_row(index, *row) for index, row in enumerate(chosen)]


def _context(ex, figure, width: int = 70) -> str:
    """The words around the figure, inside its sentence, with "…" where cut."""
    sentence = ex.sentences[figure.sentence]
    start = max(sentence.start, figure.start - width)
    end = min(sentence.end, figure.noun_end + width)
    if start > sentence.start:  # do not cut a word in two
        start = ex.text.find(" ", start, figure.start) + 1 or start
    if end < sentence.end:
        end = (
            ex.text.rfind(" ", figure.noun_end, end)
            if " " in ex.text[figure.noun_end : end]
            else end
        )
    text = " ".join(ex.text[start:end].split())
    return ("… " if start > sentence.start else "") + text + (" …" if end < sentence.end else "")


def _row(index, code, value, sentence, figure, checked):
    return {
        "index": index,
        "code": code,
        "value": num(value),
        "sentence": sentence[:300],
        "figure": f"{figure.text} {figure.noun}".strip(),
        "checked": checked,
    }
