"""Proposals for importing a legacy report: each figure with the indicator its wording maps
to (unambiguous phrases only), for a person to confirm or correct. Pure Python."""

from danvan.checker.checks import num
from danvan.checker.engine import Result
from danvan.checker.mapping import figure_values

MAX_ROWS = 300


def proposals(result: Result) -> list[dict]:
    """One row per figure value: mapped ones pre-selected (the first time a code appears),
    the other exact counts listed unselected so the person can pick the indicator."""
    rows, seen = [], set()
    ex = result.extraction
    for figure in ex.figures:
        if figure.approximate or figure.kind not in ("count", "ratio", "money"):
            continue
        sentence = ex.sentence_text(figure).strip()
        mapped = figure_values(figure)
        if mapped:
            for code, value in mapped.items():
                rows.append(_row(len(rows), code, value, sentence, figure, code not in seen))
                seen.add(code)
        elif figure.kind in ("count", "money"):
            rows.append(_row(len(rows), "", figure.value, sentence, figure, False))
        if len(rows) >= MAX_ROWS:
            break
    return rows


def _row(index, code, value, sentence, figure, checked):
    return {
        "index": index,
        "code": code,
        "value": num(value),
        "sentence": sentence[:300],
        "figure": figure.text,
        "checked": checked,
    }
