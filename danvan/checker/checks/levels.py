"""pending_mismatch: received − resolved = pending, per level, across sentences and tables.

Real reports spread the one-stop balance over a document: "toàn tỉnh đã tiếp nhận 659.245 hồ
sơ và đã giải quyết 643.272 hồ sơ" in one paragraph, "còn lại đang giải quyết gồm 7.172 hồ sơ"
in the next, the same per level in a table («Cấp tỉnh | 54.575 | 51.780») and in parallel
sentences ("Cấp tỉnh còn 2.800 hồ sơ đang giải quyết"). Each level (the whole unit, cấp tỉnh,
cấp huyện, cấp xã) gathers the figures the text and the tables give it. It is checked where
it has exactly one received, one resolved and one pending figure; received and resolved are
stated together (one paragraph or one table row: "10/38 đơn đã thụ lý" beside "tiếp nhận 84
đơn" is of another base); not all three are in one paragraph (there balance_mismatch
speaks); and the report names no dossiers carried over or withdrawn. A warning, not an
error: a report may count dossiers carried over from the previous period without saying so.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from danvan.checker.checks.arithmetic import inferred_share, links_to_percent
from danvan.checker.checks.balance import LEVEL_RE, count_head, level_of
from danvan.checker.checks.base import Finding, make, num, sum_shown, verified
from danvan.checker.checks.shares import names_only
from danvan.checker.checks.tables import TIMELINESS, TOTAL_ROW_RE, column_roles, tables
from danvan.checker.figures import YEAR_RE, Extraction, Figure

ROLES = ("total", "resolved", "pending")
KEPT = (*ROLES, *sorted(TIMELINESS))  # the roles a level's figures are gathered for
_LEVELS = {
    "cấp sở": "cấp tỉnh",
    "sở, ban, ngành": "cấp tỉnh",
    "các sở, ban, ngành": "cấp tỉnh",
    "các huyện, thị xã, thành phố": "cấp huyện",
    "ubnd cấp huyện": "cấp huyện",
    "các xã, phường, thị trấn": "cấp xã",
    "ubnd cấp xã": "cấp xã",
    "toàn tỉnh": "",
}
_NAMES = {"": "toàn đơn vị"}


def _level(word: str) -> str:
    word = " ".join(word.lower().split())
    return _LEVELS.get(word, word)


@dataclass
class _Place:
    """A figure of one role at one level: its value, where it is, and its paragraph (a
    table row's cells: a negative block of their own)."""

    value: Decimal
    start: int
    end: int
    block: int
    sentence: int = -1
    named: bool = False  # the level is named where the figure is ("toàn tỉnh", a row)


# A sentence about another period or a target: "so với cùng kỳ năm 2022, đang giải quyết 60".
COMPARISON_RE = re.compile(
    r"so với|cùng kỳ|năm trước|kỳ trước(?! chuyển)|kế hoạch|chỉ tiêu|mục tiêu|dự kiến|lũy kế|"
    r"luỹ kế",
    re.I,
)
# Dossiers that leave the balance without being resolved or pending: returned, cancelled.
_OTHER_EXIT = re.compile(r"trả lại|\bhủy\b|huỷ|không giải quyết|không thụ lý", re.I)


def _text_places(ex: Extraction, roles: dict[int, str], inside) -> dict:
    places: dict[tuple[str, str], list[_Place]] = {}
    comparing: dict[int, bool] = {}
    for figure in ex.figures:
        role = roles.get(id(figure))
        if (
            figure.kind == "count"
            and role is None
            and _OTHER_EXIT.search(f"{figure.label[-30:]} {ex.text[figure.end : figure.end + 30]}")
        ):
            places.setdefault(("", "withdrawn", count_head(figure)), []).append(
                _Place(figure.value, figure.start, figure.end, -1)
            )
            continue
        if role in KEPT and figure.approximate:
            continue  # «4,52 ngàn»: not to the dossier
        if figure.sentence not in comparing:
            sentence = ex.sentences[figure.sentence]
            comparing[figure.sentence] = bool(
                COMPARISON_RE.search(ex.text[sentence.start : sentence.end])
            )
        if comparing[figure.sentence]:
            continue  # "năm 2022 … đang giải quyết 60": another period's figure
        if role in ("carried", "withdrawn", "new", "returned"):
            places.setdefault((_level(level_of(ex, figure)), role, count_head(figure)), []).append(
                _Place(figure.value, figure.start, figure.end, -1)
            )
            continue
        if role not in KEPT or inside(figure):
            continue
        if role == "pending" and any(
            f.kind == "ratio" and f.end <= figure.start for f in ex.in_sentence(figure.sentence)
        ):
            continue  # "đã giải quyết 47/51 vụ việc; 4 vụ việc còn lại": the ratio's rest
        word = _own_level(ex, figure) or level_of(ex, figure)
        level = _level(word)
        block = ex.sentences[figure.sentence].block
        items = places.setdefault((level, role, count_head(figure)), [])
        if any(p.sentence == figure.sentence for p in items):
            continue  # "Trong 3.405 hồ sơ đang giải quyết, 2.436 hồ sơ chưa đến hạn": a part
        items.append(
            _Place(figure.value, figure.start, figure.end, block, figure.sentence, bool(word))
        )
    return places


def _own_level(ex: Extraction, figure: Figure) -> str:
    """A level word right after the noun: "3.405 hồ sơ cấp huyện đang giải quyết"."""
    words = re.split(r"[.,;:()\n]", ex.text[figure.end : figure.end + 30])[0]
    match = LEVEL_RE.search(words)
    return match.group() if match else ""


def _table_places(ex: Extraction, places: dict) -> None:
    for table in tables(ex):
        roles = column_roles(table)
        for row in table.rows:
            label = row.label or row.order
            level_match = LEVEL_RE.match(label)
            if level_match:
                level = _level(level_match.group())
            elif TOTAL_ROW_RE.match(label):
                level = ""
            else:
                continue
            seen = set()
            for index, role in enumerate(roles):
                cell = row.cell(index)
                if role not in KEPT or role in seen or cell is None or not cell.number:
                    continue
                if cell.percent:
                    continue
                seen.add(role)
                places.setdefault((level, role, ""), []).append(
                    _Place(cell.value, cell.start, cell.end, -2 - row.start, named=True)
                )


def check_level_balances(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    spans = [(t.start, t.end) for t in tables(ex)]

    def inside(figure: Figure) -> bool:
        return any(start <= figure.start < end for start, end in spans)

    places = _text_places(ex, roles, inside)
    _table_places(ex, places)
    findings: list[Finding] = []
    for view in _views(places):
        findings += _level_sums(ex, view)
        findings += _balances(ex, view)
        findings += _level_rates(ex, view, roles, inside)
    return findings


_RATE_NAME = re.compile(r"(?:tỷ|tỉ) lệ\s+([^\d,;()%]{2,50}?)\s*(?:đạt|là|:)?\s*$", re.I)


def _level_rates(ex: Extraction, places: dict, roles: dict[int, str], inside) -> list[Finding]:
    """ "Ở cấp tỉnh, tỷ lệ đúng và trước hạn đạt 98,63%; số quá hạn còn 708 hồ sơ, chiếm tỷ lệ
    1,37%": a level's rate, of the figures the text or the table gives that level — the
    timeliness ones over the resolved, the resolved over the received. Only where the
    sentence names one level and that level has one figure of each; a rate far from them is
    of something else and left alone."""
    findings: list[Finding] = []
    figures = ex.figures
    for index, percent in enumerate(figures):
        if percent.kind != "percent" or percent.approximate or inside(percent):
            continue
        sentence = ex.sentences[percent.sentence]
        named = {
            _level(m.group()) for m in LEVEL_RE.finditer(ex.text, sentence.start, sentence.end)
        }
        if len(named) > 1:
            continue  # "Ở cấp xã, tỷ lệ … trên toàn tỉnh": which level is a guess
        level = named.pop() if named else _level(level_of(ex, percent))
        if not level:
            continue  # the whole unit's rates are check_whole_shares'
        previous = figures[index - 1] if index else None
        start = sentence.start if previous is None else max(sentence.start, previous.end)
        words = ex.text[start : percent.start]
        part_start = percent.start
        rate = _RATE_NAME.search(words)
        role = None
        if rate:
            role = next((r for r in KEPT if names_only(rate.group(1), r)), None)
            items = places.get((level, role), []) if role else []
            part = items[0].value if len({p.value for p in items}) == 1 else None
            part_start = start + rate.start()
        elif (
            previous is not None
            and previous.kind == "count"
            and previous.sentence == percent.sentence
            and roles.get(id(previous)) in KEPT
            and links_to_percent(ex.text[previous.end : percent.start])
            and re.search(r"chiếm|tỷ lệ|tỉ lệ|\(", ex.text[previous.end : percent.start], re.I)
        ):
            role, part, part_start = roles[id(previous)], previous.value, previous.start
        else:
            continue
        if role is None or part is None:
            continue
        base_role = "resolved" if role in TIMELINESS else "total"
        bases = places.get((level, base_role), [])
        if len({p.value for p in bases}) != 1 or not bases[0].value or part > bases[0].value:
            continue
        finding = inferred_share(ex, part, bases[0].value, percent, part_start, kind="share")
        if finding:
            findings.append(finding)
    return findings


def _views(places: dict) -> list[dict]:
    """(level, role) → places, once for each thing counted: dossiers («hồ sơ») apart from
    petitions («đơn») and cases («vụ»); table cells and figures without a noun join each."""
    heads = {head for _, _, head in places if head} or {""}
    views = []
    for head in sorted(heads):
        view: dict[tuple[str, str], list[_Place]] = {}
        for (level, role, key), items in places.items():
            if key in (head, ""):
                view.setdefault((level, role), []).extend(items)
        views.append(view)
    return views


def _balances(ex: Extraction, places: dict) -> list[Finding]:
    findings: list[Finding] = []
    if any(role in ("carried", "withdrawn", "new", "returned") for _, role in places):
        return findings  # the balance has more terms than the three
    for level in sorted({level for level, _ in places}):
        found = [places.get((level, role), []) for role in ROLES]
        if not all(found) or any(len({p.value for p in items}) != 1 for items in found):
            continue
        total, resolved, pending = (items[0] for items in found)
        together = {p.block for p in found[1]} & {p.block for p in found[2]}
        if not {p.block for p in found[0]} & {p.block for p in found[1]} and not (
            # "tiếp nhận … 4.676 vụ việc." then "đã giải quyết xong 4.139 vụ việc …; đang
            # giải quyết là 538 vụ việc" in the next paragraph: resolved and pending together
            # right after the one received figure.
            len(found[0]) == 1 and any(b - 1 == found[0][0].block for b in together if b >= 0)
        ):
            continue  # received and resolved not stated together: of the same dossiers?
        if len({p.block for items in found for p in items}) == 1:
            continue  # one paragraph: balance_mismatch checks it
        if resolved.value > total.value:
            continue  # part_exceeds_total's case, or two meanings of "tiếp nhận"
        expected = total.value - resolved.value
        arithmetic = f"{num(total.value)} − {num(resolved.value)} = {num(expected)}"
        where = f"{_NAMES.get(level, level).capitalize()}"
        if pending.value == expected:
            verified(ex, "balance", pending.start, pending.end, f"{where}: {arithmetic}: khớp")
            continue
        findings.append(
            make(
                "pending_mismatch",
                ex,
                pending.start,
                pending.end,
                stated=num(pending.value),
                expected=num(expected),
                where=where,
                received=num(total.value),
                resolved=num(resolved.value),
                arithmetic=f"{where}: {arithmetic} ≠ {num(pending.value)} đang giải quyết",
            )
        )
    return findings


PARTS = ("cấp tỉnh", "cấp huyện", "cấp xã")


def _year_of(ex: Extraction, place: _Place) -> str | None:
    """The one year the place's sentence names, or None."""
    if place.sentence < 0:
        return None
    sentence = ex.sentences[place.sentence]
    years = set(YEAR_RE.findall(ex.text, sentence.start, sentence.end))
    return years.pop() if len(years) == 1 else None


_ROLE_NAMES = {"total": "tiếp nhận", "resolved": "đã giải quyết", "pending": "đang giải quyết"}


def _level_sums(ex: Extraction, places: dict) -> list[Finding]:
    """ "Cấp tỉnh tiếp nhận 1.000 hồ sơ. Cấp huyện … 500. Cấp xã … 300. Toàn tỉnh … 1.900": the
    three levels add up to the whole, for each role, where the text states at least one of
    them (a table's own totals row is table_mismatch's). A warning: a province's total may
    also count offices of no level."""
    findings: list[Finding] = []
    for role in ROLES:
        found = [places.get((level, role), []) for level in PARTS]
        whole = [p for p in places.get(("", role), []) if p.named]
        if not all(found) or not whole:
            continue
        items = [*found, whole]
        if any(len({p.value for p in group}) != 1 for group in items):
            continue
        if all(p.block < -1 for group in items for p in group):
            continue
        parts = [group[0] for group in found]
        stated = whole[0]
        years = {_year_of(ex, p) for p in [*parts, stated]} - {None}
        if len(years) > 1:
            continue  # "Năm 2023, cấp tỉnh … Năm 2022, toàn tỉnh …": two periods
        total, arithmetic = sum_shown([p.value for p in parts])
        what = f"{_ROLE_NAMES[role].capitalize()}: cấp tỉnh + cấp huyện + cấp xã"
        start, end = min(p.start for p in [*parts, stated]), max(p.end for p in [*parts, stated])
        if total == stated.value:
            verified(ex, "partition", start, end, f"{what}: {arithmetic}: khớp toàn đơn vị")
            continue
        findings.append(
            make(
                "levels_sum_mismatch",
                ex,
                stated.start,
                stated.end,
                stated=num(stated.value),
                expected=num(total),
                role=_ROLE_NAMES[role],
                arithmetic=f"{what}: {arithmetic} ≠ {num(stated.value)}",
            )
        )
    return findings
