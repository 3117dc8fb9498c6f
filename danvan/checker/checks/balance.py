"""balance_mismatch: the one-stop identities of DOMAIN.md §4, matched by role words."""

import re
from dataclasses import replace
from decimal import Decimal

from danvan.checker.checks.base import (
    Finding,
    first_word,
    make,
    next_percent,
    num,
    percent_ok,
    percent_text,
    sum_shown,
    verified,
)
from danvan.checker.figures import SCALE_AFTER_RE, Extraction, Figure, qualifier

# --- balance_mismatch (DOMAIN §4) -------------------------------------------------------------
ROLE_PATTERNS = [
    # "lũy kế đã và đang giải quyết trong kỳ là 5.818 hồ sơ": all handled, before «đang».
    ("total", r"đã và đang (?:giải quyết|xử lý)"),
    ("early_on_time", r"trước và đúng hạn|trước hạn và đúng hạn|đúng và trước hạn"),
    (
        "carried",
        r"kỳ trước chuyển (?:qua|sang)|tồn (?:từ )?kỳ trước|chuyển (?:qua|sang) từ kỳ|"
        r"tồn (?:từ )?(?:năm|tháng|quý|kỳ)[^,;.\d]{0,12}?(?:\d{4}\s*)?chuyển (?:qua|sang)",
    ),
    ("returned", r"trả lại|bị trả|hoàn trả hồ sơ|không đủ điều kiện giải quyết"),
    ("new", r"tiếp nhận mới|mới tiếp nhận|nhận mới|mới phát sinh|phát sinh mới|phát sinh trong kỳ"),
    (
        "pending",
        r"đang giải quyết|chưa giải quyết|đang xử lý|chưa xử lý|"
        r"(?:đang|chưa) (?:tiếp tục )?(?:được )?(?:xem xét,? )?(?:giải quyết|xử lý)|"
        r"đang trong (?:thời )?hạn(?: giải quyết| xử lý)?|còn lại|còn tồn|tồn đọng|"
        r"đang (?:tiếp tục )?(?:được )?hòa giải|đang (?:tiếp tục )?(?:được )?xem xét|"
        r"đang (?:tiếp tục )?(?:tiến hành|thực hiện)\s*$",
    ),
    ("withdrawn", r"\brút\b"),
    (
        "late",
        r"trễ hạn|quá hạn|trễ hẹn|quá hẹn|(?:giải quyết|trả kết quả|trả|xử lý) chậm|"
        r"\bchậm (?:hạn|hẹn|trả|so với)|(?:^|[;,:]\s*)chậm\s*$",
    ),
    ("pending", r"chưa có kết quả|chuyển kỳ sau"),  # after "late": "quá hạn mà chưa có kết quả"
    ("on_time", r"đúng hạn|đúng hẹn"),
    ("early", r"trước hạn|trước hẹn|trước thời hạn"),
    (
        "resolved",
        r"đã giải quyết|giải quyết xong|đã trả kết quả|đã xử lý|đã có kết quả|"
        r"đã hòa giải(?! thành)|(?:đã )?tiến hành hòa giải|đã kết thúc(?: thanh tra)?\s*$|"
        r"(?:đã )?kết thúc (?:việc )?hòa giải\s*$|hòa giải xong|"
        r"^[\s,;]*(?:và\s+)?giải quyết(?: xong| được)?\s*$|"
        r"^[^\d;,.]{0,20}?\svà\s+giải quyết(?: xong| được)?\s*$",  # "… các loại và giải quyết"
    ),
    ("total", r"tổng số|tiếp nhận|\bđã nhận\b|\bnhận được\b|\bthụ lý\b|(?:đã )?gửi\s*$"),
]
# ("ý" for the voters' opinions: "cử tri đã gửi 65 ý kiến, kiến nghị …; đã giải quyết 58"; «cuộc»
# for inspections: "48 cuộc …; đã kết thúc 45 cuộc, đang thực hiện 3 cuộc")
HEADS = ("", "hồ", "hs", "đơn", "vụ", "kiến", "phản", "lượt", "ý", "cuộc")
# Levels a report states the same identity for, in parallel sentences: "cấp tỉnh tiếp nhận …
# đã giải quyết …; cấp huyện …; cấp xã …" and the whole province.
LEVEL_RE = re.compile(
    r"\b(?:cấp tỉnh|cấp huyện|cấp xã|cấp sở|toàn tỉnh|các sở, ban, ngành|sở, ban, ngành|"
    r"các huyện, thị xã, thành phố|các xã, phường, thị trấn|UBND cấp huyện|UBND cấp xã)\b",
    re.I,
)
_ROLE_RES = [(role, re.compile(pattern, re.I)) for role, pattern in ROLE_PATTERNS]
_PENDING_BEFORE = re.compile(r"đang giải quyết|chưa giải quyết|đang xử lý", re.I)
_NOT_TOTAL = re.compile(r"trực tuyến|trực tiếp|bưu chính|mức độ|dịch vụ", re.I)
IDENTITIES = [
    ("Kỳ trước chuyển qua + tiếp nhận mới = tổng số tiếp nhận", ("carried", "new"), "total"),
    ("Đã giải quyết + đang giải quyết = tổng số tiếp nhận", ("resolved", "pending"), "total"),
    (
        "Đã giải quyết + đang giải quyết + rút = tổng số tiếp nhận",
        ("resolved", "pending", "withdrawn"),
        "total",
    ),
    (
        "Đã giải quyết + đang giải quyết + trả lại = tổng số tiếp nhận",
        ("resolved", "pending", "returned"),
        "total",
    ),
    (
        "Đã giải quyết + đang giải quyết + trả lại + rút = tổng số tiếp nhận",
        ("resolved", "pending", "returned", "withdrawn"),
        "total",
    ),
    ("Trước hạn + đúng hạn + trễ hạn = đã giải quyết", ("early", "on_time", "late"), "resolved"),
    ("Trước và đúng hạn + trễ hạn = đã giải quyết", ("early_on_time", "late"), "resolved"),
]


def _role(figure: Figure, text: str, sentence_start: int) -> str | None:
    """The one-stop role the words before the figure give it, else the words right after
    it ("240 hồ sơ kỳ trước chuyển sang"), up to the next punctuation or number."""
    # ("Tổng số đơn … (gồm đơn kỳ trước chuyển sang và tiếp nhận trong kỳ) là 261 đơn": the
    # parenthesis explains the total, it gives it no other role)
    label = re.sub(r"\([^()]*\)", " ", figure.label)[-70:]
    if ";" in label:
        # "…, không có hồ sơ trễ hạn; hiện còn 47 hồ sơ đang …": the words of its own clause
        label = ";" + label.rsplit(";", 1)[1]
    if re.search(r"trong (?:tổng )?số[^,;:\d]*(?:[,:]\s*(?:có\s*)?|\bcó\s*)$", label, re.I):
        # "Trong số hồ sơ đã giải quyết, có 6.848 hồ sơ … đúng hẹn": the role is after it.
        after = re.split(r"[,;:()\d\n]", text[figure.end : figure.end + 50])[0]
        return role_in(after)
    role = role_in(label)
    if role == "late" and _PENDING_BEFORE.search(
        text[max(sentence_start, figure.start - 200) : figure.start].rsplit(";", 1)[-1]
    ):
        return None  # "đang giải quyết 60, trong đó quá hạn 3": overdue among pending
    if role is None:
        after = re.split(r"[.,;:()\d\n]", text[figure.end : figure.end + 40])[0]
        role = role_in(after)
        role = None if role == "total" else role
        if role is None and _BARE_REST.match(figure.label):
            role = "pending"  # "đã xử lý 290 đơn, còn 22 đơn."
    if role is None and _TOTAL_SENTENCE.match(text[sentence_start : figure.start]):
        # "Tổng số đơn khiếu nại thuộc thẩm quyền … trong năm là 87 đơn": a total named at the
        # start of its sentence, however long the name.
        role = "total"
    return role


_BARE_REST = re.compile(r"^[\s,;]*(?:hiện\s+)?còn\s*$", re.I)
_TOTAL_SENTENCE = re.compile(r"\s*(?:[-+•*]\s*)?tổng số\b[^\d;:]{0,150}?(?:là|:|có)\s*$", re.I)


def role_in(words: str) -> str | None:
    for role, regex in _ROLE_RES:
        if regex.search(words):
            if role == "total" and _NOT_TOTAL.search(words):
                return None
            if role == "late" and re.search(r"đang", words, re.I):
                return None
            return role
    return None


def count_head(figure: Figure) -> str:
    head = first_word(figure)
    return "hồ" if head == "hs" else head


def figure_roles(ex: Extraction) -> dict[int, str]:
    """id(figure) → one-stop role, for counts of dossiers or petitions, exact or written with
    «ngàn», «triệu» (checked within what their last digit allows). A ratio whose words make
    it the resolved ones ("đã giải quyết 4.561/5.650 HS") takes part by its numerator, as a
    count of its own (in ``ex.cache["role_counts"]``)."""
    roles = {}
    counts = []
    for figure in ex.figures:
        if figure.kind == "ratio" and figure.exact and count_head(figure) in HEADS:
            if role_in(figure.label[-40:]) == "resolved" and _DONE_END.search(figure.label):
                proxy = replace(figure, kind="count", value=figure.numerator, extra={"of": True})
                counts.append(proxy)
                roles[id(proxy)] = "resolved"
            continue
        if figure.kind != "count":
            continue
        if count_head(figure) not in HEADS:
            continue
        if _CHANGE_WORD.search(figure.label[-20:]):
            continue  # "số thụ lý tăng 502 vụ": a change, of no role
        if figure.approximate and not (
            "tolerance" in figure.extra and not qualifier(ex.text, figure.start)
        ):
            proxy = _rate_reading(ex, figure, counts, roles)
            if proxy:
                counts.append(proxy)
                roles[id(proxy)] = "resolved"
            continue
        role = _role(figure, ex.text, ex.sentences[figure.sentence].start)
        if role is None and counts and _SAME_AS.search(figure.label[-30:]):
            # "tiếp nhận 6.551 đơn thư, ứng với 4.676 vụ việc": the same, counted in cases.
            before = counts[-1]
            if before.sentence == figure.sentence and not re.search(
                r"\d", ex.text[before.end : figure.start]
            ):
                role = roles[id(before)]
        if role:
            roles[id(figure)] = role
            counts.append(figure)
    ex.cache["role_counts"] = sorted(counts, key=lambda f: f.start)
    return roles


_CHANGE_WORD = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$", re.I)
_RATE_AFTER = re.compile(r"[^,;.\d]{0,25},?\s*(?:đạt|chiếm)(?: tỷ lệ)?\s*$", re.I)


def _rate_reading(ex: Extraction, figure: Figure, counts: list[Figure], roles) -> Figure | None:
    """ "tiếp nhận 28.817 hồ sơ. Số hồ sơ đã giải quyết … là gần 27.000 hồ sơ, đạt 93,5%":
    the resolved count the rate gives (93,5% × 28.817 = 26.944, ±15 for the rate's last
    digit), when it fits the estimate; it takes part in the identities with that tolerance."""
    if _role(figure, ex.text, 0) != "resolved":
        return None
    percent = next_percent(ex, figure)
    if percent is None or not _RATE_AFTER.match(ex.text[figure.end : percent.start]):
        return None
    block = ex.sentences[figure.sentence].block
    totals = [
        f
        for f in counts
        if roles.get(id(f)) == "total"
        and f.exact
        and ex.sentences[f.sentence].block == block
        and count_head(f) == count_head(figure)
    ]
    if len({f.value for f in totals}) != 1:
        return None
    total = totals[-1].value
    value = (total * percent.value / 100).quantize(Decimal(1))
    if abs(value - figure.value) > figure.value / 20:
        return None  # the rate is of something else
    tolerance = (total / 200 / 10**percent.decimals).quantize(Decimal(1), rounding="ROUND_CEILING")
    return replace(
        figure,
        value=value,
        extra={
            "tolerance": tolerance,
            "rate": f"{percent_text(percent.value, percent.decimals)} × {num(total)}",
        },
    )


_SAME_AS = re.compile(
    r"^[^\d;.]{0,25}?,?\s*(?:ứng với|tương ứng(?: với)?|tương đương(?: với)?)\s*$", re.I
)


def _written(ex: Extraction, figure: Figure) -> str:
    """The figure as the text writes it, with its «ngàn», «triệu»: "4,52 ngàn"."""
    scale = SCALE_AFTER_RE.match(ex.text, figure.end)
    return ex.text[figure.start : scale.end() if scale else figure.end].strip()


_DONE_END = re.compile(r"(?:đã giải quyết|giải quyết xong|đã xử lý)\s*(?:được\s*)?$", re.I)


def level_of(ex: Extraction, figure: Figure) -> str:
    """The level word ("cấp huyện" …) last named before ``figure`` in its paragraph, or ""."""
    if "levels" not in ex.cache:
        ex.cache["levels"] = [
            (m.start(), m.group().lower())
            for m in LEVEL_RE.finditer(ex.text)
            # not "trễ hạn 551 hồ sơ, tập trung chủ yếu ở cấp huyện (413 hồ sơ)": a mention
            if not re.match(r"\s*\(\s*\d", ex.text[m.end() : m.end() + 8])
        ]
        block_starts: dict[int, int] = {}
        for sentence in ex.sentences:
            block_starts.setdefault(sentence.block, sentence.start)
        ex.cache["block_starts"] = block_starts
    block_start = ex.cache["block_starts"][ex.sentences[figure.sentence].block]
    level = ""
    for position, word in ex.cache["levels"]:
        if position >= figure.start:
            break
        if position >= block_start:
            level = word
    return level


def _segments(ex: Extraction, figures: list[Figure]) -> list[list[Figure]]:
    """The figures of a block cut at each level word ("cấp tỉnh", "cấp huyện" …)."""
    if not figures:
        return []
    block_start = ex.sentences[figures[0].sentence].start
    markers = [m.start() for m in LEVEL_RE.finditer(ex.text, block_start, figures[-1].start)]
    if not markers:
        return []
    out: dict[int, list[Figure]] = {}
    for figure in figures:
        key = max((m for m in markers if m < figure.start), default=-1)
        out.setdefault(key, []).append(figure)
    return list(out.values()) if len(out) > 1 else []


def check_balance(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    from danvan.checker.checks.arithmetic import structures  # arithmetic reads this module

    findings = []
    blocks: dict[tuple[int, str], list[Figure]] = {}
    current_head: dict[int, str] = {}
    # "Toàn tỉnh tiếp nhận 226.360 hồ sơ, trong đó cấp tỉnh tiếp nhận 42.310 …": the parts
    # of a figure of the same role are its breakdown, not other values of that role.
    breakdown = {
        id(part)
        for st in structures(ex)
        if id(st.total) in roles
        for part in st.parts
        if roles.get(id(part)) == roles[id(st.total)]
        or (roles[id(st.total)] == "resolved" and roles.get(id(part)) in EXITS)
    }
    # ("Đã giải quyết 29 vụ việc, trong đó 5 vụ việc đình chỉ do người khiếu nại rút đơn; còn
    # 9 vụ việc": the withdrawn are among the resolved, not beside them.)
    for figure in ex.cache.get("role_counts", []):
        if id(figure) not in roles or id(figure) in breakdown:
            continue
        block = ex.sentences[figure.sentence].block
        head = count_head(figure) if figure.noun else current_head.get(block, "")
        current_head[block] = head
        blocks.setdefault((block, head), []).append(figure)
    for key, figures in list(blocks.items()):
        totals = {f.value for f in figures if roles[id(f)] == "total"}
        # "tiếp nhận 120 đơn, đã giải quyết 25/28 đơn thuộc thẩm quyền": a ratio's numerator
        # is resolved out of its own denominator; it takes part only where that is the total.
        figures = [f for f in figures if not f.extra.get("of") or totals <= {f.denominator}]
        blocks[key] = figures
    for figures in blocks.values():
        by_role: dict[str, list[Figure]] = {}
        for figure in figures:
            by_role.setdefault(roles[id(figure)], []).append(figure)
        if any(len({f.value for f in items}) > 1 for items in by_role.values()):
            # Several values for one role: the same identity per level, checked per level.
            for segment in _segments(ex, figures):
                findings += _identities(ex, segment, roles)
        findings += _identities(ex, figures, roles)
    return findings


EXITS = ("withdrawn", "returned")
# Dossiers carried over named without their number: the received are not the whole balance.
_CARRIED_WORDS = re.compile(
    r"(?:kỳ|tháng|năm|quý) trước chuyển (?:sang|qua)|tồn (?:từ )?(?:kỳ|tháng|năm|quý) trước|"
    r"chuyển (?:sang|qua) từ (?:kỳ|tháng|năm|quý)",
    re.I,
)


_DUE_WORDS = re.compile(r"thuộc thẩm quyền|đủ điều kiện|phải giải quyết", re.I)


def _inside(ex: Extraction, part: Figure, total: Figure) -> bool:
    """ "thụ lý 412 đơn (gồm 385 đơn mới và 27 đơn kỳ trước chuyển sang)": a part of the
    total stated with it."""
    between = ex.text[total.end : part.start]
    if part.sentence == total.sentence and re.fullmatch(r"[^\d()]{0,30}\(\s*", between):
        return True  # "tiếp nhận 21.731 hồ sơ (94 hồ sơ kỳ trước chuyển sang; 21.637 hồ sơ mới)"
    return (
        part.sentence == total.sentence
        and bool(
            re.search(r"\(\s*(?:gồm|trong đó|bao gồm)|\b(?:gồm|trong đó|bao gồm)\b", between, re.I)
        )
        and not re.search(r";|\.(?!\d)", between)  # (not the dot of "1.197")
    )


def _due_count(ex: Extraction, total: Figure, value) -> Figure | None:
    """A count of the cases within authority in the total's paragraph equal to ``value``."""
    block = ex.sentences[total.sentence].block
    for figure in ex.figures:
        if (
            figure.kind == "count"
            and figure.exact
            and figure.value == value
            and ex.sentences[figure.sentence].block == block
            and _DUE_WORDS.search(f"{figure.label[-30:]} {ex.text[figure.end : figure.end + 40]}")
        ):
            return figure
    return None


_INCLUDED = re.compile(r"\b(?:kể cả|tính cả|bao gồm cả|gồm cả|cộng cả)\b[^,;.\d]{0,25}$", re.I)


def _carried_unstated(ex: Extraction, total: Figure) -> bool:
    """Whether the total's paragraph names dossiers carried over with no figure of them."""
    block = ex.sentences[total.sentence].block
    for sentence in ex.sentences:
        if sentence.block != block:
            continue
        for match in _CARRIED_WORDS.finditer(ex.text, sentence.start, sentence.end):
            before = ex.text[sentence.start : match.start()]
            after = ex.text[match.end() : sentence.end]
            clause = re.split(r"[,;:(]", before)[-1] + re.split(r"[,;)]", after)[0]
            between = ex.text[total.end : match.start()]
            if (
                _INCLUDED.search(before[-40:])
                and 0 <= len(between) < 80
                and not re.search(r"\d", between)
            ):
                continue  # "8.642 hồ sơ (kể cả hồ sơ kỳ trước chuyển sang)": in the total
            if not re.search(r"\d", re.sub(r"\b(?:năm|tháng|quý)\s+\d+", "", clause)):
                return True
    return False


def _identities(ex: Extraction, figures: list[Figure], roles: dict[int, str]) -> list[Finding]:
    findings = []
    by_role: dict[str, list[Figure]] = {}
    for figure in figures:
        by_role.setdefault(roles[id(figure)], []).append(figure)
    single = {
        role: items[0] for role, items in by_role.items() if len({f.value for f in items}) == 1
    }
    used_parts: set[tuple[str, ...]] = set()
    for name, parts, whole in IDENTITIES:
        if whole not in single or not all(p in single for p in parts):
            continue
        if whole == "total" and any(r in by_role and r not in parts for r in EXITS):
            continue  # the identity with the withdrawn or returned dossiers applies instead
        if whole == "total" and "carried" in by_role and "new" not in by_role:
            continue  # "tồn từ năm 2022 chuyển sang là 84 hồ sơ": the received is not all
        if whole == "total" and _carried_unstated(ex, single[whole]):
            continue  # "(kể cả hồ sơ tháng trước chuyển sang)": a term the text does not give
        if any(set(u) < set(parts) for u in used_parts):
            continue
        used_parts.add(parts)
        involved = [single[p] for p in parts] + [single[whole]]
        total, arithmetic = sum_shown([single[p].value for p in parts])
        start, end = min(f.start for f in involved), max(f.end for f in involved)
        stated = single[whole].value
        tolerance = sum((f.extra.get("tolerance", 0) for f in involved), Decimal(0))
        rated = [f for f in involved if "rate" in f.extra]
        if rated:
            # A count given by a rate ("gần 27.000 hồ sơ, đạt 93,5%" of 28.817): it cannot be
            # outside what the rate's last digit allows.
            shown = ", ".join(f"{num(f.value)} = {f.extra['rate']}" for f in rated)
            if abs(total - stated) <= tolerance:
                verified(
                    ex,
                    "balance",
                    start,
                    end,
                    f"{arithmetic} ≈ {num(stated)} ({shown}, ±{num(tolerance)}): khớp",
                )
                continue
            findings.append(
                make(
                    "balance_mismatch",
                    ex,
                    start,
                    end,
                    stated=f"khoảng {num(stated)}",
                    expected=num(total),
                    identity=name,
                    arithmetic=f"{arithmetic} ≠ {num(stated)} ({shown}, ±{num(tolerance)})",
                )
            )
            continue
        if total == stated:
            verified(ex, "balance", start, end, f"{arithmetic}: khớp")
            continue
        if tolerance:
            # "4,52 ngàn" is 4.515 to 4.525: the identity holds if some reading makes it hold.
            shown = f"{arithmetic} (±{num(tolerance)} do số viết bằng chữ)"
            if abs(total - stated) <= tolerance:
                verified(ex, "magnitude", start, end, f"{shown} ≈ {num(stated)}: khớp")
                continue
            findings.append(
                make(
                    "estimate_mismatch",
                    ex,
                    start,
                    end,
                    stated=" + ".join(_written(ex, f) for f in involved[:-1]),
                    expected=num(stated),
                    parts=f"số {name.split(' = ')[1].lower().removeprefix('tổng số ')}",
                    arithmetic=f"{shown} ≠ {num(stated)}",
                )
            )
            continue
        due = _due_count(ex, single[whole], total) if whole == "total" else None
        if due is not None:
            # "tiếp nhận 2.140 đơn, trong đó 412 đơn thuộc thẩm quyền … đã giải quyết 371 đơn,
            # đang giải quyết 41 đơn": the balance of the cases within authority.
            verified(
                ex, "balance", start, end, f"{arithmetic} = {num(due.value)} thuộc thẩm quyền: khớp"
            )
            continue
        findings.append(
            make(
                "balance_mismatch",
                ex,
                start,
                end,
                stated=num(single[whole].value),
                expected=num(total),
                identity=name,
                arithmetic=f"{arithmetic} ≠ {num(single[whole].value)}",
            )
        )
    carried = ("carried", "total", "resolved", "pending")
    if (
        all(r in single for r in carried)
        and "new" not in by_role
        and not any(r in by_role for r in EXITS)
        and not any(_inside(ex, single["carried"], t) for t in by_role["total"])
        and not _NOT_TOTAL.search(ex.text[single["total"].end : single["total"].end + 40])
    ):
        # "Số hồ sơ tồn từ năm 2022 chuyển sang là 84 hồ sơ. … tiếp nhận 3.615 hồ sơ, đã giải
        # quyết 3.590, đang giải quyết 109": resolved + pending = carried over + received.
        c, t, r, p = (single[k] for k in carried)
        done, arithmetic = sum_shown([r.value, p.value])
        whole, whole_shown = sum_shown([c.value, t.value])
        start = min(f.start for f in (c, t, r, p))
        end = max(f.end for f in (c, t, r, p))
        if done == whole:
            verified(ex, "balance", start, end, f"{arithmetic} = {whole_shown}: khớp")
        else:
            findings.append(
                make(
                    "balance_mismatch",
                    ex,
                    start,
                    end,
                    stated=num(whole),
                    expected=num(done),
                    identity="Đã giải quyết + đang giải quyết = kỳ trước chuyển sang + tiếp nhận",
                    arithmetic=f"{arithmetic} ≠ {whole_shown}",
                )
            )
    return findings


# --- remainder_mismatch -------------------------------------------------------------------------
_DONE_TAIL = re.compile(
    r"(?:đã giải quyết|giải quyết xong|giải quyết được|đã xử lý|xử lý xong|đã trả kết quả|"
    r"đã giải quyết được|đã thực hiện|hoàn thành)(?:\s+(?:được|xong|dứt điểm))?[\s:]*$",
    re.I,
)
_REST_TAIL = re.compile(
    r"(?:còn lại|còn|chưa giải quyết|đang giải quyết|đang xử lý|đang thực hiện|"
    r"còn phải (?:thu hồi|nộp)|chưa thu hồi|chưa nộp|"
    r"chưa hoàn thành|đang trong thời hạn(?: giải quyết)?)[\s:]*(?:là\s*)?$",
    re.I,
)


def _of_whole(ex: Extraction, index: int) -> Figure | None:
    """ "12 xã đạt chuẩn nông thôn mới trên tổng số 18 xã": a ratio in words."""
    part = ex.figures[index]
    if part.kind != "count" or not part.exact or index + 1 >= len(ex.figures):
        return None
    whole = ex.figures[index + 1]
    if (
        whole.kind != "count"
        or not whole.exact
        or whole.sentence != part.sentence
        or whole.value <= part.value
        or not re.fullmatch(
            r"[^\d;()]{0,60}?\btrên tổng số\s*", ex.text[part.noun_end : whole.start], re.I
        )
    ):
        return None
    if part.noun and whole.noun and first_word(part) != first_word(whole):
        return None
    return Figure(
        "ratio",
        part.start,
        whole.noun_end,
        ex.text[part.start : whole.end],
        numerator=part.value,
        denominator=whole.value,
        noun=part.noun,
        noun_end=whole.noun_end,
        label=part.label,
        sentence=part.sentence,
    )


_DONE_WORDS = re.compile(
    r"\bđã\b[^\d;.]{0,25}(?:giải quyết|xử lý|trả lời|thu hồi|nộp(?: lại)?)\s*$", re.I
)


def _of_rate(ex: Extraction, index: int) -> Figure | None:
    """ "… tổng hợp 1.128 ý kiến, kiến nghị … Đến nay đã trả lời, giải quyết 1.039 ý kiến,
    kiến nghị, đạt 92,1%": the figure done, over the one earlier figure of the same things
    (in its sentence or the one before) that its rate fits."""
    from danvan.checker.checks.arithmetic import linked_percent  # arithmetic reads this module

    part = ex.figures[index]
    money = part.kind == "money"  # "… kiến nghị thu hồi 9,24 tỷ đồng; đã thu hồi 6,93 tỷ đồng"
    if part.kind not in ("count", "money") or not part.exact or not (part.noun or money):
        return None
    if not (_DONE_TAIL.search(part.label[-40:]) or _DONE_WORDS.search(part.label[-40:])):
        return None
    percent = linked_percent(ex, index)
    if percent is None or percent.approximate:
        return None
    block = ex.sentences[part.sentence].block
    bases = {
        f.value
        for f in ex.figures[:index]
        if f.kind == part.kind
        and f.exact
        and part.sentence - 1 <= f.sentence <= part.sentence
        and ex.sentences[f.sentence].block == block
        and f.value > part.value
        and (money or (f.noun and first_word(f) == first_word(part)))
        and percent_ok(percent.value, percent.decimals, part.value * 100 / f.value)
    }
    if len(bases) != 1:
        return None
    whole = bases.pop()
    return Figure(
        "ratio",
        part.start,
        part.noun_end,
        part.text,
        numerator=part.value,
        denominator=whole,
        noun=part.noun,
        noun_end=part.noun_end,
        label=part.label,
        sentence=part.sentence,
        extra={"money": True} if money else {},
    )


def check_remainders(ex: Extraction) -> list[Finding]:
    """ "đã giải quyết 180/231 vụ việc …, còn lại 27 vụ việc": 231 − 180 = 51; the same after
    a rate of the figure done (:func:`_of_rate`)."""
    findings = []
    figures = ex.figures
    for index, ratio in enumerate(figures):
        ratio = _of_whole(ex, index) or _of_rate(ex, index) or ratio
        if ratio.kind != "ratio" or ratio.approximate:
            continue
        if any(
            f.kind == "ratio" and f.denominator == ratio.denominator
            for f in ex.in_sentence(ratio.sentence)
            if f.end <= ratio.start
        ):
            continue  # "29/44 … Tốt; 11/44 … Khá; 4 … còn lại": the rest of both, not of one
        done = _DONE_TAIL.search(ratio.label[-40:]) or _DONE_WORDS.search(ratio.label[-40:])
        kind = "money" if ratio.extra.get("money") else "count"
        for later in figures[index + 1 : index + 6]:
            if later.sentence - ratio.sentence > 1 or later.start - ratio.end > 300:
                break
            if later.kind == "ratio":
                # "29/44 … Tốt; 11/44 … Khá; 4 … còn lại": the rest of both, not of one;
                # "đã kết thúc 53/62 cuộc và ban hành kết luận 42/53 cuộc. Còn lại 11 cuộc": of
                # the later one
                break
            if later.kind != kind or later.approximate or later.start < ratio.end:
                continue
            before = ex.text[max(ratio.end, later.start - 40) : later.start]
            rest_after = re.match(r"\s*còn lại\b", ex.text[later.noun_end : later.noun_end + 12])
            if not (
                (done and _REST_TAIL.search(before))
                or re.search(r"còn lại\s*(?:là\s*)?$", before, re.I)
                or (rest_after and re.search(r"[;,.]\s*$", before))
            ):
                continue
            if (
                later.noun
                and ratio.noun
                and first_word(later) != first_word(ratio)
                # "100 trong tổng số 107 thôn, khu dân cư …; 9 khu dân cư còn lại": its other name
                and not re.match(
                    rf"[^\d;.]{{0,12}}?(?:,|và)\s*{re.escape(later.noun)}\b",
                    ex.text[ratio.noun_end : ratio.noun_end + 60],
                    re.I,
                )
            ):
                break
            whole = ratio.denominator
            received = {
                f.value
                for f in figures[:index]
                if f.kind == "count"
                and f.exact
                and f.value > ratio.denominator
                and first_word(f) == first_word(later)
                and ex.sentences[f.sentence].block == ex.sentences[ratio.sentence].block
            }
            carried = any(
                _CARRIED_BEFORE.search(f"{f.label[-40:]} {ex.text[f.noun_end : f.noun_end + 30]}")
                for f in figures[:index]
                if ex.sentences[f.sentence].block == ex.sentences[ratio.sentence].block
            )
            if ratio.numerator == ratio.denominator and (len(received) != 1 or carried):
                break  # the rest of what else (the carried-over and the new …)? unknown
            if len(received) == 1 and (
                ratio.numerator == ratio.denominator or received == {ratio.numerator + later.value}
            ):
                # "tiếp nhận 51 ý kiến … đã giải quyết 35/35 ý kiến thuộc thẩm quyền …; còn lại
                # 16 ý kiến …": the rest of the received, not of the ratio's whole.
                whole = received.pop()
            expected = whole - ratio.numerator
            arithmetic = f"{num(whole)} − {num(ratio.numerator)} = {num(expected)}"
            shown = num  # how each value reads: in «tỷ đồng» where the report writes so
            if kind == "money":
                from danvan.checker.checks.arithmetic import in_unit, money_unit, with_unit

                unit = money_unit(ex, ratio.start)

                def shown(value, unit=unit):
                    return with_unit(value, unit)

                arithmetic = (
                    f"{in_unit(whole, unit)} − {in_unit(ratio.numerator, unit)} = {shown(expected)}"
                )
            if later.value == expected:
                verified(ex, "balance", ratio.start, later.end, f"{arithmetic}: khớp")
            else:
                findings.append(
                    make(
                        "remainder_mismatch",
                        ex,
                        ratio.start,
                        later.end,
                        stated=shown(later.value),
                        expected=shown(expected),
                        total=shown(whole),
                        done=shown(ratio.numerator),
                        arithmetic=f"{arithmetic} ≠ {shown(later.value)}",
                    )
                )
            break
    return findings


# --- the same balance per kind, in lists side by side ------------------------------------------
_KINDS = (
    ("khiếu nại", re.compile(r"(?<!\w)(?:khiếu nại|KN)(?!\w)", re.I)),
    ("tố cáo", re.compile(r"(?<!\w)(?:tố cáo|TC)(?!\w)", re.I)),
    ("kiến nghị, phản ánh", re.compile(r"(?<!\w)(?:kiến nghị|phản ánh|KNPA|PA)(?!\w)", re.I)),
)
_LIST_PENDING = re.compile(
    r"\bđang\b|chưa giải quyết|chưa xử lý|(?:còn|đang) trong (?:thời )?hạn|chuyển kỳ sau", re.I
)
_LIST_RESOLVED = re.compile(r"đã giải quyết|giải quyết xong|đã xử lý|xử lý xong|đã trả lời", re.I)
_LIST_TOTAL = re.compile(r"tiếp nhận|thụ lý|thuộc thẩm quyền|tổng số|\bnhận\b", re.I)


def _amount(figure: Figure) -> Decimal:
    """A count's value, a ratio's numerator ("đã giải quyết 37/111 đơn": 37)."""
    return figure.numerator if figure.kind == "ratio" else figure.value


def _kind_list(ex: Extraction, owner: Figure) -> dict[str, Figure] | None:
    """ "111 đơn thuộc thẩm quyền … (35 khiếu nại, 2 tố cáo, 74 kiến nghị và phản ánh)": the
    kinds of the figure in the parenthesis after it, each named once, adding up to it."""
    value = _amount(owner)
    if value is None or owner.approximate:
        return None
    sentence = ex.sentences[owner.sentence]
    opening = re.match(r"[^\d();.]{0,80}?\(", ex.text[owner.noun_end : sentence.end])
    if opening is None:
        return None
    start = owner.noun_end + opening.end()
    close = ex.text.find(")", start, sentence.end)
    if close == -1:
        return None
    items = [f for f in ex.in_sentence(owner.sentence) if start <= f.start and f.end <= close]
    kinds: dict[str, Figure] = {}
    for item in items:
        if item.kind != "count" or item.approximate:
            return None
        after = re.split(r"[,;)]", ex.text[item.end : close + 1])[0]
        before = re.split(r"[,;(]", ex.text[start : item.start])[-1]
        named = [k for k, regex in _KINDS if regex.search(after)] or [
            k for k, regex in _KINDS if regex.search(before)
        ]
        if len(named) != 1 or named[0] in kinds:
            return None
        kinds[named[0]] = item
    if len(kinds) < 2 or sum(f.value for f in kinds.values()) != value:
        return None
    return kinds


def _list_role(ex: Extraction, owner: Figure) -> str | None:
    clause = re.split(r"[,;:()]", owner.label[-60:])[-1]
    after = ex.text[owner.noun_end : ex.text.find("(", owner.noun_end)]
    if _LIST_PENDING.search(after) or _LIST_PENDING.search(clause):
        return "pending"
    if _LIST_RESOLVED.search(clause) or _LIST_RESOLVED.search(after):
        return "resolved"
    if _LIST_TOTAL.search(clause) or _LIST_TOTAL.search(after):
        return "total"
    return None


def check_kind_balances(ex: Extraction) -> list[Finding]:
    """ "… tiếp nhận 111 đơn thuộc thẩm quyền (35 khiếu nại, 2 tố cáo, 74 kiến nghị và phản
    ánh). Kết quả, đã giải quyết 37/111 đơn (17 khiếu nại, 1 tố cáo, 19 kiến nghị, phản ánh);
    74 đơn còn trong hạn giải quyết (19 khiếu nại, 1 tố cáo, 54 kiến nghị và phản ánh)": where
    the three totals balance, each kind must too — two slips of one may cancel in the sum."""
    findings = []
    lists = []
    for figure in ex.figures:
        if figure.kind not in ("count", "ratio"):
            continue
        kinds = _kind_list(ex, figure)
        role = _list_role(ex, figure) if kinds else None
        if role:
            lists.append((figure, role, kinds))
    for index, (total, role, kinds) in enumerate(lists):
        if role != "total":
            continue
        block = ex.sentences[total.sentence].block
        following = [
            item for item in lists[index + 1 : index + 3] if item[0].sentence - total.sentence <= 3
        ]
        roles = [item[1] for item in following]
        if roles != ["resolved", "pending"]:
            continue
        (done, _, done_kinds), (left, _, left_kinds) = following
        if ex.sentences[left.sentence].block - block > 1:
            continue
        if _amount(done) + _amount(left) != _amount(total):
            continue  # the totals' own balance is check_balance's to say
        for kind, received in kinds.items():
            if kind not in done_kinds or kind not in left_kinds:
                continue
            resolved, pending = done_kinds[kind], left_kinds[kind]
            if resolved.value + pending.value == received.value:
                verified(
                    ex,
                    "balance",
                    received.start,
                    pending.end,
                    f"{num(resolved.value)} + {num(pending.value)} = {num(received.value)} "
                    f"({kind}): khớp",
                )
                continue
            findings.append(
                make(
                    "balance_mismatch",
                    ex,
                    resolved.start,
                    pending.end,
                    stated=num(received.value),
                    expected=num(resolved.value + pending.value),
                    identity=f"Đã giải quyết + đang giải quyết = số tiếp nhận ({kind})",
                    arithmetic=f"{num(resolved.value)} + {num(pending.value)} = "
                    f"{num(resolved.value + pending.value)} ≠ {num(received.value)} ({kind})",
                )
            )
    return findings


# --- the rest of a count, after the part stated ----------------------------------------------
def _words_before(ex: Extraction, figure: Figure) -> str:
    """The words of its sentence right before a figure (a figure's label may be cut short by
    the noun before it: "8 lượt cử tri phát | biểu với 15 ý kiến")."""
    start = max(ex.sentences[figure.sentence].start, figure.start - 40)
    return ex.text[start : figure.start]


_WHOLE_WORDS = re.compile(
    r"(?:tổng số|tổng cộng|tiếp nhận|nhận được|đã nhận|ghi nhận|nêu|gửi|phản ánh|phát biểu"
    r"|thụ lý|có tổng)\b[^\d;]{0,40}$",
    re.I,
)
_DONE_PART = re.compile(
    r"(?:\bđã\b|\bđược\b)[^\d;]{0,30}$|(?:giải quyết|trả lời|giải trình|xử lý|kết thúc|hoàn thành"
    r"|tiếp thu)[^\d;]{0,20}$",
    re.I,
)
_CARRIED_BEFORE = re.compile(r"kỳ trước chuyển|chuyển sang|tồn (?:từ )?(?:kỳ|năm)", re.I)
_REST_WORDS = re.compile(r"(?:\bsố\s+)?còn lại\s*(?:là\s*)?:?\s*$", re.I)


def check_count_remainders(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    """ "cử tri nêu 6 ý kiến, kiến nghị. Đại biểu … đã trả lời trực tiếp 2 ý kiến; còn lại 3 ý
    kiến …": the rest («còn lại») of a count, after the one part of it stated, is the count
    less that part — read only when the paragraph states exactly those two figures of those
    things before the rest, the first the larger."""
    findings = []
    figures = ex.figures
    for index, rest in enumerate(figures):
        if rest.kind != "count" or not rest.exact or not rest.noun:
            continue
        before = ex.text[max(ex.sentences[rest.sentence].start, rest.start - 30) : rest.start]
        after = ex.text[rest.noun_end : rest.noun_end + 12]
        if not (
            _REST_WORDS.search(before) or re.match(r"\s*còn lại\b", after, re.I)
        ) or not re.search(r"[;,.]\s*(?:số\s+)?(?:còn lại\s*(?:là\s*)?)?$", before):
            continue
        block = ex.sentences[rest.sentence].block
        alike = [
            f
            for f in figures[:index]
            if ex.sentences[f.sentence].block == block
            and rest.sentence - f.sentence <= 1
            and f.kind == "count"
            and first_word(f) == first_word(rest)
        ]
        if len(alike) != 2 or not all(f.exact for f in alike):
            continue
        total, done = alike
        if total.value <= done.value or _CHANGE_WORD.search(done.label[-20:]):
            continue
        if not (
            roles.get(id(total)) == "total" or _WHOLE_WORDS.search(_words_before(ex, total))
        ) or not _DONE_PART.search(_words_before(ex, done)):
            # "Đã giải quyết 30 đơn khiếu nại, 12 đơn tố cáo; còn lại 5 đơn …": two parts of a
            # whole not stated, not a whole and its part
            continue
        if all(id(f) in roles for f in (total, done, rest)):
            continue  # received, resolved, pending: balance_mismatch speaks for them
        expected = total.value - done.value
        arithmetic = f"{num(total.value)} − {num(done.value)} = {num(expected)}"
        if rest.value == expected:
            verified(ex, "balance", total.start, rest.end, f"{arithmetic}: khớp")
            continue
        findings.append(
            make(
                "remainder_mismatch",
                ex,
                done.start,
                rest.end,
                stated=num(rest.value),
                expected=num(expected),
                total=num(total.value),
                done=num(done.value),
                arithmetic=f"{arithmetic} ≠ {num(rest.value)}",
            )
        )
    return findings
