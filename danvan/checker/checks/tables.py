"""table_mismatch: the identities of a statistics table.

- Each row: the one-stop identities of DOMAIN.md §4 between its columns, told by the column
  labels (tiếp nhận / đã giải quyết / đang giải quyết; trước hạn + đúng hạn + trễ hạn = đã giải
  quyết …), and a group's parts against its «Tổng số» sub-column (trực tiếp + trực tuyến + bưu
  chính under «Hình thức nộp»);
- a «Tỷ lệ (%)» column after a count: that count over the row's total (or over the resolved
  dossiers for the timeliness columns);
- a totals row («Tổng cộng», «Cộng», «Toàn tỉnh»): each count column is the sum of the rows
  above (or of the group rows, «I.», «Cấp huyện» …, when the table nests rows).
"""

import re
from decimal import Decimal

from danvan.checker.checks.arithmetic import (
    OPEN_PARTITIONS,
    PARTITIONS,
    category_in_words,
    change_of,
)
from danvan.checker.checks.balance import EXITS, IDENTITIES, role_in
from danvan.checker.checks.base import (
    ROUNDED,
    TRUNCATED,
    Finding,
    exact_percent,
    make,
    near,
    num,
    percent_status,
    percent_text,
    rounding_finding,
    sum_shown,
    verified,
)
from danvan.checker.figures import Extraction, decimals_of, parse_number
from danvan.checker.tables import Row, Table, find_tables

TOTAL_ROW_RE = re.compile(
    r"^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn huyện|toàn thành phố|toàn ngành|chung|"
    r"cả nước|toàn quốc)\b",
    re.I,
)
TOTAL_COLUMN_RE = re.compile(r"^(?:tổng số|tổng|cộng|tổng cộng)\b", re.I)
SUB_ROW_RE = re.compile(r"^(?:trong đó|-|\+|\*|•|gồm)", re.I)
GROUP_ROW_RE = re.compile(r"^(?:cấp|khối|các)\b", re.I)
PERCENT_COLUMN_RE = re.compile(r"tỷ lệ|tỉ lệ|%", re.I)
TIMELINESS = {"early", "on_time", "late", "early_on_time"}
_RESOLVED_WORDS = re.compile(r"giải quyết|xử lý|trả kết quả", re.I)


def tables(ex: Extraction) -> list[Table]:
    if "tables" not in ex.cache:
        ex.cache["tables"] = find_tables(ex.text)
    return ex.cache["tables"]


def column_roles(table: Table) -> list[str | None]:
    """The one-stop role of each column: its own (lowest) label first; a «Tổng số» sub-column
    takes its group's role ("Đã giải quyết / Tổng số" is the resolved dossiers)."""
    roles = []
    for index in range(table.width):
        leaf, group = table.leaf[index], table.group[index]
        if PERCENT_COLUMN_RE.search(leaf):
            roles.append(None)
            continue
        role = role_in(leaf)
        if TOTAL_COLUMN_RE.match(leaf) and group != leaf:
            role = role_in(group) or role
        if role is None and group != leaf:
            role = role_in(group)
            if role in TIMELINESS or role == "pending":
                role = None  # a sub-column under a timeliness group is not the group
        roles.append(role)
    return roles


def _where(row: Row) -> str:
    label = row.label or row.order or "hàng"
    return f"Hàng «{label}»"


def check_tables(ex: Extraction) -> list[Finding]:
    findings = []
    for table in tables(ex):
        roles = column_roles(table)
        percents: list[tuple[int, Finding | None, bool]] = []
        groups, pairs = _groups(table), _pairs(table)  # of the header: once a table
        groups += _kind_columns(table, groups)
        groups += _last_total_column(table, groups)
        for row in table.rows:
            # A group's sum first: where it is also a named identity, that message replaces it.
            findings += _row_groups(ex, table, row, groups)
            findings += _row_pairs(ex, table, row, pairs)
            findings += _row_identities(ex, table, row, roles)
            percents += _row_percents(ex, table, row, roles)
        findings += _consistent_columns(percents)
        findings += _unfit_rates(ex, table)
        findings += _change_columns(ex, table)
        findings += _totals(ex, table)
        findings += _stated_change(ex, table)
    return findings


_AMOUNT_COLUMN_RE = re.compile(r"\b(tăng|giảm)\b", re.I)


def _stated_change(ex, table: Table) -> list[Finding]:
    """ "… đã tiếp 2.783 lượt công dân, giảm 714 lượt so với cùng kỳ. Số lượt tiếp ở từng cấp
    như sau:" and a table, without a totals row, whose first count column adds up to 2.783:
    its «Giảm so cùng kỳ (lượt)» column adds up to the 714 stated."""
    if any(TOTAL_ROW_RE.match(r.label or r.order) for r in table.rows) or len(table.rows) < 2:
        return []
    before = [
        f
        for f in ex.figures
        if f.end <= table.start and table.start - f.end <= 300 and f.kind == "count" and f.exact
    ]
    stated = [(f, change_of(ex, f)) for f in before]
    stated = [(f, c) for f, c in stated if c is not None]
    if len(stated) != 1:
        return []
    whole, change = stated[0]
    first = next(
        (
            c
            for c in range(1, table.width)
            if not PERCENT_COLUMN_RE.search(table.leaf[c])
            and all(_number(r, c) is not None for r in table.rows)
        ),
        None,
    )
    if first is None or sum(_number(r, first).value for r in table.rows) != whole.value:
        return []
    findings = []
    for column in range(first + 1, table.width):
        words = _AMOUNT_COLUMN_RE.findall(table.leaf[column].lower())
        if len(set(words)) != 1 or PERCENT_COLUMN_RE.search(table.leaf[column]):
            continue
        cells = [_number(r, column) for r in table.rows]
        if any(c is None or c.value != c.value.to_integral_value() for c in cells):
            continue
        sign = -1 if words[0] == "giảm" else 1
        total, shown = sum_shown([c.value for c in cells])
        label = table.columns[column] or f"cột {column + 1}"
        if total * sign == change:
            verified(ex, "change", whole.start, table.end, f"Cột «{label}»: {shown}: khớp")
            continue
        findings.append(
            make(
                "change_parts_mismatch",
                ex,
                whole.start,
                cells[-1].end,
                stated=f"{words[0]} {num(abs(change))}",
                expected=f"{words[0]} {num(total)}",
                arithmetic=f"cột «{label}»: {shown} ≠ {num(abs(change))}",
            )
        )
    return findings


def _consistent_columns(percents) -> list[Finding]:
    """The findings of the percentage columns, except a column most of whose rows are far
    off: its rates are of a base the table does not hold (the poverty rate of all households
    beside a column of poor households), not wrong figures."""
    out = []
    for column in sorted({c for c, _, _ in percents}):
        rows = [(f, far) for c, f, far in percents if c == column]
        wrong = [f for f, _ in rows if f is not None and f.rule == "table_mismatch"]
        far = sum(1 for _, is_far in rows if is_far)
        if len(wrong) >= 2 and far * 2 > len(rows):
            continue
        out += [f for f, _ in rows if f is not None]
    return out


def _number(row: Row, column: int):
    cell = row.cell(column)
    return cell if cell is not None and cell.number and not cell.percent else None


def _row_identities(ex, table: Table, row: Row, roles) -> list[Finding]:
    findings = []
    columns: dict[str, int] = {}
    for index, role in enumerate(roles):
        if role and role not in columns and _number(row, index):
            columns[role] = index
    used: set[tuple[str, ...]] = set()
    for name, parts, whole in IDENTITIES:
        if whole not in columns or not all(p in columns for p in parts):
            continue
        if whole == "total" and any(r in columns and r not in parts for r in EXITS):
            continue
        if any(set(u) < set(parts) for u in used):
            continue
        used.add(parts)
        cells = [row.cells[columns[p]] for p in parts]
        stated = row.cells[columns[whole]]
        finding = _row_sum(ex, row, stated, cells, name.split(" = ")[0].lower())
        if finding:
            findings.append(finding)
    return findings


def _row_sum(ex, row: Row, stated, cells, identity: str) -> Finding | None:
    """Whether the row's ``cells`` add up to its ``stated`` cell: verified, or the finding."""
    total, arithmetic = sum_shown([c.value for c in cells])
    end = max(c.end for c in [*cells, stated])
    if total == stated.value:
        verified(ex, "table", row.cells[0].start, end, f"{_where(row)}: {arithmetic}: khớp")
        return None
    return make(
        "table_mismatch",
        ex,
        row.cells[0].start,
        end,
        stated=num(stated.value),
        expected=num(total),
        where=_where(row),
        identity=identity,
        arithmetic=f"{arithmetic} ≠ {num(stated.value)}",
    )


def _groups(table: Table) -> list[tuple[int, list[int]]]:
    """(total column, part columns) for each header group whose first sub-column is its total."""
    out = []
    index = 0
    while index < table.width:
        group = table.group[index]
        span = [i for i in range(index, table.width) if table.group[i] == group]
        span = [i for i in span if i - index < len(span)]  # consecutive only
        end = index
        while end + 1 < table.width and table.group[end + 1] == group:
            end += 1
        members = list(range(index, end + 1))
        if (
            len(members) >= 3
            and group
            and table.leaf[index] != group
            and TOTAL_COLUMN_RE.match(table.leaf[index])
            and not any(PERCENT_COLUMN_RE.search(table.leaf[i]) for i in members[1:])
        ):
            out.append((index, members[1:]))
        index = end + 1
    return out


def _kind_columns(table: Table, groups) -> list[tuple[int, list[int]]]:
    """(total column, part columns) for columns that name every kind of one split after a
    «Tổng số» (or «tiếp nhận») column: «Tổng số đơn | Khiếu nại | Tố cáo | Kiến nghị, phản
    ánh»."""
    taken = {i for total, parts in groups for i in (total, *parts)}
    out = []
    for index in range(table.width - 2):
        leaf = table.leaf[index]
        if index in taken or PERCENT_COLUMN_RE.search(leaf):
            continue
        if not (TOTAL_COLUMN_RE.match(leaf) or role_in(leaf) == "total"):
            continue
        members, kinds = [], set()
        partition = None
        for column in range(index + 1, table.width):
            category = category_in_words(table.leaf[column])
            if category is None or PERCENT_COLUMN_RE.search(table.leaf[column]):
                break
            if partition is None:
                partition = category[0]
            if category[0] != partition or category[1] in kinds:
                break
            members.append(column)
            kinds.add(category[1])
        if (
            partition is not None
            and partition not in OPEN_PARTITIONS
            and kinds == set(range(len(PARTITIONS[partition])))
        ):
            out.append((index, members))
    return out


def _last_total_column(table: Table, groups) -> list[tuple[int, list[int]]]:
    """(total column, part columns) for a last column «Cộng» (or «Tổng số», «Tổng cộng»)
    after two count columns or more — «Lĩnh vực | Cấp huyện | Cấp xã | Cộng» —, kept only
    where most rows add up to it: the columns before it are then its parts."""
    last = table.width - 1
    if last < 3 or not TOTAL_COLUMN_RE.match(table.leaf[last]) or not table.rows:
        return []
    if any(last in (total, *parts) for total, parts in groups):
        return []
    parts = [
        c
        for c in range(1, last)
        if not PERCENT_COLUMN_RE.search(table.leaf[c])
        and all(_number(r, c) is not None for r in table.rows)
    ]
    if len(parts) < 2 or len(parts) != last - 1:
        return []
    rows = [r for r in table.rows if _number(r, last) is not None]
    fit = sum(1 for r in rows if sum(_number(r, c).value for c in parts) == _number(r, last).value)
    if len(rows) < 3 or fit * 2 <= len(rows) or fit == 0:
        return []
    return [(last, parts)]


def _row_groups(ex, table: Table, row: Row, groups) -> list[Finding]:
    findings = []
    for total_column, parts in groups:
        stated = _number(row, total_column)
        cells = [_number(row, i) for i in parts]
        if stated is None or None in cells:
            continue
        finding = _row_sum(ex, row, stated, cells, f"«{table.group[total_column]}» cộng các cột")
        if finding:
            findings.append(finding)
    return findings


WHOLE_COLUMN_RE = re.compile(r"^(?:tổng số|tổng|tổng cộng|thụ lý|số đăng ký|đăng ký)\b", re.I)


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[()%:]", " ", text.lower()).split())


def _percent_candidates(table: Table, row: Row, roles, index: int):
    """(part, base) pairs a percentage column may state, and whether the column names its
    pair. Named: «Tỷ lệ đúng hạn» (a role), «Tỷ lệ hòa giải thành» beside a column «Hòa giải
    thành» (a column's own label) — over the role's base, or the table's whole column («Tổng
    số», «Thụ lý …») or its first figure column. Bare («Tỷ lệ (%)»): any count over the row's
    total, checked only when one fits."""
    total_column = next((i for i, r in enumerate(roles) if r == "total"), None)
    resolved_column = next((i for i, r in enumerate(roles) if r == "resolved"), None)
    numeric = [
        i
        for i in range(1, table.width)
        if i != index and not PERCENT_COLUMN_RE.search(table.leaf[i])
    ]
    whole_column = next((i for i in numeric if WHOLE_COLUMN_RE.match(table.leaf[i])), None)
    words = PERCENT_COLUMN_RE.sub(" ", table.leaf[index])
    named = role_in(words) or ("resolved" if _RESOLVED_WORDS.search(words) else None)
    same_label = [i for i in numeric if _fold(table.leaf[i]) == _fold(words) and _fold(words)]
    pairs = []

    def add(part_column, base_column):
        if base_column is None or base_column == part_column:
            return
        part, base = _number(row, part_column), _number(row, base_column)
        if part is not None and base is not None and base.value and part.value <= base.value:
            pairs.append((part, base))

    if same_label:
        base_column = total_column if total_column is not None else whole_column
        if roles[same_label[0]] in TIMELINESS and resolved_column is not None:
            base_column = resolved_column  # «Đúng hạn | Tỷ lệ đúng hạn»: of the resolved
        add(same_label[0], base_column if base_column is not None else numeric[0])
        return pairs, True
    for part_column, role in enumerate(roles):
        if part_column == index or (named and role != named) or role is None:
            continue
        add(part_column, resolved_column if role in TIMELINESS else total_column)
    if not pairs and not named and whole_column is not None:
        # «Số đạt | Tổng số | Tỷ lệ»: the one other figure over the whole.
        others = [i for i in numeric if i != whole_column and i < index]
        if len(others) == 1:
            add(others[0], whole_column)
            return pairs, True
    before = [i for i in numeric if i < index]
    if not pairs and not named and len(before) == 2 and index == before[-1] + 1:
        # «Đơn thuộc thẩm quyền | Đã giải quyết xong | Tỷ lệ»: the two counts before a bare
        # rate, the second over the first (checked only when one of them fits, as above).
        add(before[1], before[0])
        # «Số người tham gia BHYT | Dân số | Tỷ lệ bao phủ»: the first over the second.
        add(before[0], before[1])
    return pairs, bool(named)


def _label_words(label: str) -> str:
    label = re.sub(r"\([^)]*\)", " ", label.lower())
    label = re.sub(r"^\s*(?:tổng số|tổng|số)\s+", "", label)
    return " ".join(label.split())


def _pairs(table: Table) -> list[tuple[int, int, int]]:
    """(whole, left, right) columns where a label is «A và B» and A and B are columns: «Hộ
    nghèo và cận nghèo» beside «Hộ nghèo» and «Hộ cận nghèo»."""
    labels = [_label_words(leaf) for leaf in table.leaf]
    out = []
    for whole, label in enumerate(labels):
        if " và " not in label or PERCENT_COLUMN_RE.search(table.leaf[whole]):
            continue
        left, right = label.split(" và ", 1)
        head = left.split()[0] if left else ""
        right_full = right if right.startswith(head) else f"{head} {right}"
        found = []
        for wanted in (left, right_full):
            columns = [i for i, text in enumerate(labels) if text == wanted and i != whole]
            found.append(columns[0] if len(columns) == 1 else None)
        if None not in found:
            out.append((whole, found[0], found[1]))
    return out


def _row_pairs(ex, table: Table, row: Row, pairs) -> list[Finding]:
    findings = []
    for whole, left, right in pairs:
        stated, a, b = _number(row, whole), _number(row, left), _number(row, right)
        if stated is None or a is None or b is None:
            continue
        finding = _row_sum(ex, row, stated, [a, b], f"«{table.leaf[left]}» + «{table.leaf[right]}»")
        if finding:
            findings.append(finding)
    return findings


def _row_percents(ex, table: Table, row: Row, roles) -> list[tuple[int, Finding | None, bool]]:
    """(column, finding or None, whether far off) for each percentage cell of the row that
    has a pair to check."""
    findings: list[tuple[int, Finding | None, bool]] = []
    for index in range(1, table.width):
        cell = row.cell(index)
        if cell is None or cell.value is None:
            continue
        if not (cell.percent or PERCENT_COLUMN_RE.search(table.leaf[index])):
            continue
        pairs, named = _percent_candidates(table, row, roles, index)
        if not pairs:
            continue
        decimals = len(cell.text.rstrip("% )").partition(",")[2])
        stated = percent_text(cell.value, decimals)
        start = row.cells[0].start
        statuses = [
            (percent_status(cell.value, decimals, part.value * 100 / base.value), part, base)
            for part, base in pairs
        ]
        for status, part, base in statuses:
            if status in (ROUNDED, TRUNCATED):
                fits = ex.cache.setdefault("table_fits", {})
                key = (table.start, index, _column_of(row, part), _column_of(row, base))
                fits[key] = fits.get(key, 0) + 1
            if status == ROUNDED:
                expected = part.value * 100 / base.value
                verified(
                    ex,
                    "table",
                    start,
                    cell.end,
                    f"{_where(row)}: {num(part.value)}/{num(base.value)} = "
                    f"{exact_percent(expected)} → {stated}: khớp",
                )
                findings.append((index, None, False))
                break
        else:
            status, part, base = statuses[0]
            expected = part.value * 100 / base.value
            shown = f"{num(part.value)}/{num(base.value)} = "
            far = not near(cell.value, expected)
            if status == TRUNCATED:
                findings.append(
                    (
                        index,
                        rounding_finding(
                            ex, start, cell.end, cell.value, decimals, expected, shown
                        ),
                        False,
                    )
                )
            elif not (named and len(pairs) == 1):
                findings.append((index, None, far))
                # A bare rate no pair gives: wrong, if the column's other rows fit one pair.
                ex.cache.setdefault("table_unfit", []).append(
                    (table.start, index, row, cell, stated, decimals, pairs)
                )
            else:
                findings.append(
                    (
                        index,
                        make(
                            "table_mismatch",
                            ex,
                            start,
                            cell.end,
                            stated=stated,
                            expected=percent_text(expected, max(2, decimals)),
                            where=_where(row),
                            identity=f"tỷ lệ {num(part.value)}/{num(base.value)}",
                            arithmetic=f"{shown}{exact_percent(expected)} ≠ {stated}",
                        ),
                        far,
                    )
                )
    return findings


def _column_of(row: Row, cell) -> int:
    return next(i for i, c in enumerate(row.cells) if c is cell)


def _unfit_rates(ex, table: Table) -> list[Finding]:
    """ "Số xã | Xã đạt chuẩn NTM | Tỷ lệ" with 15/18 → 83,3% and 11/14 → 78,6% in the other
    rows: the column is the second over the first, so 17/22 written 73,3% is wrong."""
    findings: list[Finding] = []
    fits = {k: v for k, v in ex.cache.get("table_fits", {}).items() if k[0] == table.start}
    for start, index, row, cell, stated, decimals, pairs in ex.cache.get("table_unfit", []):
        if start != table.start:
            continue
        column = {k[2:]: v for k, v in fits.items() if k[1] == index}
        if not column:
            continue
        best = max(column.values())
        winners = [pair for pair, count in column.items() if count == best]
        rows = sum(1 for r in table.rows if r.cell(index) is not None and r.cell(index).number)
        if best < 2 or len(winners) != 1 or best * 2 <= rows:
            continue
        part_column, base_column = winners[0]
        chosen = [
            (p, b) for p, b in pairs if (_column_of(row, p), _column_of(row, b)) == winners[0]
        ]
        if not chosen:
            continue
        part, base = chosen[0]
        expected = part.value * 100 / base.value
        if not near(cell.value, expected):
            continue
        shown = f"{num(part.value)}/{num(base.value)} = "
        findings.append(
            make(
                "table_mismatch",
                ex,
                row.cells[0].start,
                cell.end,
                stated=stated,
                expected=percent_text(expected, max(2, decimals)),
                where=_where(row),
                identity=f"tỷ lệ {num(part.value)}/{num(base.value)}",
                arithmetic=f"{shown}{exact_percent(expected)} ≠ {stated} (các hàng khác của "
                f"cột là «{table.leaf[part_column]}» / «{table.leaf[base_column]}»)",
            )
        )
    return findings


def _totals(ex, table: Table) -> list[Finding]:
    findings = []
    totals = [r for r in table.rows if TOTAL_ROW_RE.match(r.label or r.order)]
    if len(totals) != 1:
        return findings
    total_row = totals[0]
    others = [r for r in table.rows if r is not total_row]
    plain = [r for r in others if not SUB_ROW_RE.match(r.label)]
    groups = [
        r for r in plain if GROUP_ROW_RE.match(r.label) or re.fullmatch(r"[IVX]+\.?", r.order)
    ]
    for index in range(1, table.width):
        stated = _number(total_row, index)
        if stated is None or PERCENT_COLUMN_RE.search(table.leaf[index]):
            continue
        column = [_number(r, index) for r in table.rows]
        if any(c is not None and c.value != c.value.to_integral_value() for c in column):
            continue  # a column of rates or averages: not summed
        candidates = [plain] + ([groups] if groups and len(groups) < len(plain) else [])
        sums = []
        for rows in candidates:
            cells = [_number(r, index) for r in rows]
            values = [c.value for c in cells if c is not None]
            if len(values) < 2:
                sums.append(None)
                continue
            sums.append(sum(values))
        if all(s is None for s in sums):
            continue
        label = table.columns[index] or f"cột {index + 1}"
        if stated.value in sums:
            rows = candidates[sums.index(stated.value)]
            verified(
                ex,
                "table",
                total_row.cells[0].start,
                stated.end,
                f"Cột «{label}»: cộng {len(rows)} hàng = {num(stated.value)}: khớp",
            )
            continue
        expected = next(s for s in sums if s is not None)
        findings.append(
            make(
                "table_mismatch",
                ex,
                total_row.cells[0].start,
                stated.end,
                stated=num(stated.value),
                expected=num(Decimal(expected)),
                where=f"Hàng «{total_row.label or total_row.order}», cột «{label}»",
                identity="tổng các hàng",
                arithmetic=f"cộng các hàng của cột «{label}» = {num(Decimal(expected))} "
                f"≠ {num(stated.value)}",
            )
        )
    return findings


# "Chỉ tiêu | Năm 2022 | Năm 2023 | Tăng/giảm (%)": the change from the column before the
# last to the last; «So sánh (%)» is the one over the other.
_CHANGE_COLUMN_RE = re.compile(r"tăng|giảm|so sánh|biến động", re.I)
_PERIOD_COLUMN = re.compile(r"năm|kỳ|quý|tháng|\d{4}", re.I)
_SIGNED_RE = re.compile(r"^([+\-−–])?\s*(\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*%?$")


def _change_columns(ex, table: Table) -> list[Finding]:
    findings: list[Finding] = []
    for column in range(2, table.width):
        leaf = table.leaf[column]
        if not (_CHANGE_COLUMN_RE.search(leaf) and PERCENT_COLUMN_RE.search(leaf)):
            continue
        if any(PERCENT_COLUMN_RE.search(table.leaf[c]) for c in (column - 2, column - 1)):
            continue
        if not all(_PERIOD_COLUMN.search(table.leaf[c]) for c in (column - 2, column - 1)) or any(
            _CHANGE_COLUMN_RE.search(table.leaf[c]) for c in (column - 2, column - 1)
        ):
            continue  # the two columns before it are not two periods: a rate of another thing
        ratio = re.search(r"so sánh", leaf, re.I) and not re.search(r"tăng|giảm", leaf, re.I)
        points_column = bool(re.search(r"điểm", leaf, re.I))
        for row in table.rows:
            old, new, cell = row.cell(column - 2), row.cell(column - 1), row.cell(column)
            if old is None or new is None or cell is None or not (old.number and new.number):
                continue
            match = _SIGNED_RE.match(cell.text.strip())
            if not match or not old.value:
                continue
            digits = match.group(2)
            stated = parse_number(digits)
            sign = -1 if match.group(1) in ("-", "−", "–") else 1
            shown_stated = cell.text.strip()
            if ratio:
                expected = new.value * 100 / old.value
                what = f"{num(new.value)}/{num(old.value)} = "
            else:
                expected = (new.value - old.value) * 100 / old.value
                what = f"({num(new.value)} − {num(old.value)})/{num(old.value)} = "
            decimals = decimals_of(digits)
            # A row of rates («Tỷ lệ giải quyết (%)») may change in points: 91,2 − 86,4 = 4,8.
            rate_row = bool(PERCENT_COLUMN_RE.search(row.label or ""))
            if points_column or (rate_row and not ratio):
                points = new.value - old.value
                fits = percent_status(stated, decimals, abs(points)) == ROUNDED and (
                    match.group(1) is None or (sign > 0) == (points >= 0)
                )
                if fits or points_column:
                    arithmetic = f"{_where(row)}: {num(new.value)} − {num(old.value)} = "
                    if fits:
                        verified(
                            ex,
                            "change",
                            row.start,
                            cell.end,
                            f"{arithmetic}{num(points)} điểm % → {shown_stated}: khớp",
                        )
                        continue
                    findings.append(
                        make(
                            "change_mismatch",
                            ex,
                            row.start,
                            cell.end,
                            stated=shown_stated,
                            expected=f"{num(points)} điểm %",
                            old=num(old.value),
                            new=num(new.value),
                            direction="tăng" if points >= 0 else "giảm",
                            arithmetic=f"{arithmetic}{num(points)} điểm % ≠ {shown_stated}",
                        )
                    )
                    continue
            signed_ok = ratio or match.group(1) is None or (sign > 0) == (expected >= 0)
            status = percent_status(stated, decimals, abs(expected)) if signed_ok else "wrong"
            where = _where(row)
            if status == ROUNDED:
                verified(
                    ex,
                    "change",
                    row.start,
                    cell.end,
                    f"{where}: {what}{exact_percent(expected)} → {shown_stated}: khớp",
                )
                continue
            if status == TRUNCATED:
                findings.append(
                    rounding_finding(
                        ex, row.start, cell.end, stated, decimals, abs(expected), what=what
                    )
                )
                continue
            findings.append(
                make(
                    "change_mismatch",
                    ex,
                    row.start,
                    cell.end,
                    stated=shown_stated,
                    expected=exact_percent(expected),
                    old=num(old.value),
                    new=num(new.value),
                    direction="tăng" if expected >= 0 else "giảm",
                    arithmetic=f"{where}: {what}{exact_percent(expected)} ≠ {shown_stated}",
                )
            )
    return findings
