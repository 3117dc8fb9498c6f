"""ratio_mismatch and share_typo of a count and the percentage after it, against the whole
the report states before it (the received, the resolved, a total named in words, the figure a
«trong số …» opener names) or names after it (of a plan, of a population, of a stated total,
of a sum of money): the share readings, each preferring silence to a guess."""

import re
from dataclasses import replace
from decimal import Decimal

from danvan.checker.checks.arithmetic import (
    _CHANGE_AMOUNT,
    _NAMED_BASE,
    _NAMED_RATE,
    _OF_RESOLVED,
    _PLAIN_BASE,
    _PLAN_AFTER,
    _PLAN_WORDS,
    _RESOLVED_BEFORE,
    _UNIT_HAS,
    _both_subjects,
    _near_reached,
    _ratio_finding,
    _share_pairs,
    _subject,
    _words_after,
    inferred_share,
    links_to_percent,
    noun_head,
    nouns_compatible,
    structure_parts,
)
from danvan.checker.checks.balance import ROLE_PATTERNS, role_in
from danvan.checker.checks.base import (
    ROUNDED,
    TRUNCATED,
    Finding,
    exact_percent,
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
    verified,
)
from danvan.checker.checks.change import is_change_percent
from danvan.checker.figures import (
    NUM,
    YEAR_RE,
    Extraction,
    Figure,
    parse_number,
)
from danvan.checker.rules import WARNING

# --- shares of a whole stated earlier ---------------------------------------------------------
# "đã nhận 9.604 hồ sơ … đã giải quyết được 7.846 hồ sơ, đạt tỷ lệ 81,69%; đang giải quyết
# 1.758 hồ sơ, chiếm 18,31%": each share of the received total; "trước hạn 952 (59,1%)" of
# the resolved; "tổng số 2643 thủ tục … mức độ 4 có 736 thủ tục, tỷ lệ 27,8%" of that total.
_SHARE_WORD = re.compile(r"\(|chiếm|tỷ lệ|tỉ lệ|đạt|bằng", re.I)
_WHOLE_LABEL = re.compile(r"(?:tổng số|tổng cộng|tổng)\s*(?:là|:)?\s*$", re.I)


_AGE_RANGE = re.compile(r"[^\d;]{0,25}?(?:độ )?tuổi(?: từ)?\s*(?:\d+\s*(?:đến|-|–)\s*)?$", re.I)


def percent_after(ex: Extraction, figure: Figure, role: str | None = None) -> Figure | None:
    """The percentage stated as the figure's share right after it; with the figure's one-stop
    role, also one named by that role ("1.950 hồ sơ đúng hạn, tỷ lệ đúng hạn đạt 97,5%")."""
    index = ex.index_of(figure)
    after = index + 1
    while (
        after < len(ex.figures) - 1
        and after <= index + 2
        and ex.figures[after].kind == "count"
        and _AGE_RANGE.match(ex.text, figure.end, ex.figures[after].start)
    ):
        after += 1  # "231 đảng viên mới ở độ tuổi từ 18 đến 30, chiếm 64%": past the ages
    changed = (
        after == index + 1
        and after < len(ex.figures) - 1
        and ex.figures[after].kind == "count"
        and _CHANGE_AMOUNT.search(ex.figures[after].label[-20:])
        and re.fullmatch(r"[^\d;()]{0,30},?\s*", gap(ex, figure.end, ex.figures[after].start))
    )
    if changed:
        after += 1  # "… là 369.372 việc, tăng 17.190 việc so với cùng kỳ năm 2016, đạt 63,74%"
    if after >= len(ex.figures):
        return None
    percent = ex.figures[after]
    between = gap(ex, ex.figures[after - 1].end if after > index + 1 else figure.end, percent.start)
    if changed:
        between = YEAR_RE.sub("", between)
        between = re.sub(r"^[^,;]*?so với[^,;]*", "", between, flags=re.I)
    if (
        percent.kind != "percent"
        or not same_sentence(figure, percent)
        or is_change_percent(ex, percent)
    ):
        return None
    if re.search(r"\btrong đó\b|\bgồm\b", between, re.I):
        return None  # "đã giải quyết 9 đơn, trong đó tố cáo đúng chiếm 22,2%": of a part
    if between.count(")") > between.count("(") and re.search(
        r"\(\s*(?:[^\d()]{0,20}?(?:năm|kỳ|tháng|quý|trước)[^\d()]{0,20}?)?[:\s]*$",
        ex.text[ex.sentences[figure.sentence].start : figure.start],
        re.I,
    ):
        return None  # "94 xã … (cuối năm 2023: 87 xã), chiếm 77,69%": of the figure outside
    if between.count(")") > between.count("(") and re.match(r"[^()]*\)\s*,", between):
        # "15.539 hồ sơ (trong số này có 370 hồ sơ … và 9 hồ sơ … quá hạn), đạt tỷ lệ 97,93%":
        # the rate after a parenthesis is of the figure outside it.
        return None
    if links_to_percent(between) and _SHARE_WORD.search(between):
        return percent
    named = _NAMED_RATE.search(between) if role and len(between) <= 80 else None
    if named and names_only(named.group(1), role) and not re.search(r"[\d;]", between):
        return percent
    return None


def names_only(words: str, role: str) -> bool:
    """Whether a rate's name is the role and nothing narrower: «tỷ lệ đúng hạn», «tỷ lệ hồ sơ
    giải quyết đúng hạn» — not «tỷ lệ đã giải quyết trực tuyến»."""
    words = " ".join(words.lower().split())
    words = re.sub(r"^(?:hồ sơ|đơn|vụ việc|số hồ sơ)\s+", "", words)
    words = re.sub(r"^(?:được\s+)?(?:giải quyết|xử lý|trả kết quả)\s+(?=\S)", "", words)
    pattern = dict(ROLE_PATTERNS).get(role)
    return bool(pattern and re.fullmatch(rf"(?:{pattern})", words))


def _estimated_resolved(ex: Extraction, figure: Figure) -> Figure | None:
    """The resolved count of ``figure``'s paragraph before it when the text gives it only
    as an estimate ("gần 27.000"): the count its rate gives, or the estimate itself."""
    block = ex.sentences[figure.sentence].block
    found = None
    for f in ex.cache.get("role_counts", []):
        if f.start < figure.start and "rate" in f.extra and ex.sentences[f.sentence].block == block:
            found = f
    if found:
        return found
    for f in ex.figures[: ex.index_of(figure)]:
        if (
            f.kind == "count"
            and f.approximate
            and ex.sentences[f.sentence].block == block
            and role_in(f.label[-40:]) == "resolved"
        ):
            found = f
    return found


def _names_just(name: str, noun: str) -> bool:
    """Whether a base's name is the figure's noun and nothing narrower or wider: «tổng số học
    viên» is «1.380 học viên»; «tổng số hộ của huyện», «tổng số hộ nghèo DTTS» are not «8.214
    hộ nghèo»; «số vụ việc tiếp nhận» is «948 vụ việc»."""
    words = name.lower().split()
    own = noun.lower().split()
    if not own or words[: len(own)] != own:
        return False
    return all(w in ("tiếp", "nhận", "đã", "được") for w in words[len(own) :])


def _names_all(name: str, noun: str) -> bool:
    """ "Toàn thành phố có 75.000 hộ dân cư" … «chiếm 3,26% tổng số hộ»: the unit's whole
    of those things, named by its first word."""
    words = name.lower().split()
    return bool(words) and noun.lower().split()[: len(words)] == words and len(words) == 1


_NUMBERED_OPENER = re.compile(
    rf"(?:^|[.;:]\s*|,\s*)(?:trong (?:(?:tổng )?số\s+)?|trên tổng số\s+)({NUM})\s+"
    r"(?:năm\s+\d{4}|[^\d;()]){1,80}?"
    r"(?:,\s*(?:có\s+|số\s+[^\d;()]{1,40}?\s+là\s+)?|\s+có\s+)$",
    # "; trong 269 đơn đã xử lý có 198 đơn …", "Trong số 579.413 việc có điều kiện thi hành
    # của chín tháng đầu năm 2017, số việc đã thi hành xong là 369.372 việc …",
    # "Trên tổng số 142 thôn, tổ dân phố, có 137 thôn, tổ dân phố …"
    re.I,
)
_THIS_ONE = re.compile(r"này|đó|trên|nêu trên|nói trên|kể trên", re.I)
_SUBSET_OPENER = re.compile(r"\s*trong (?:tổng )?số\s+([^,\d]{3,40}),", re.I)
_DUE_BASE = re.compile(
    r"thuộc thẩm quyền|đủ điều kiện|phải giải quyết|đã thụ lý|được thụ lý|đến hạn giải quyết", re.I
)


_HANDLED = re.compile(r"đã và đang (?:giải quyết|xử lý)", re.I)


def _clause(figure: Figure) -> str:
    """The words of the figure's clause before it (up to 90 characters, from the last «;»):
    "số hồ sơ đến hạn giải quyết tại Bộ phận Một cửa cấp huyện, cấp xã là"."""
    return re.split(r"[;.]", figure.label)[-1][-90:]


def _other_period(figure: Figure) -> bool:
    """ "giảm 35 ý kiến so với năm 2023 (347 ý kiến)": a change, or the previous period's."""
    return bool(
        _CHANGE_AMOUNT.search(figure.label[-20:])
        or re.search(r"so với[^()]{0,40}\([^()]{0,30}$", YEAR_RE.sub("", figure.label[-60:]), re.I)
    )


_BASE_FIGURE_AFTER = re.compile(r"[ \t]*(?:trên|của|so với)?[ \t]*tổng[ \t]+số[ \t]+\d", re.I)


def _share_of_name(ex: Extraction, figure: Figure, name: str) -> bool:
    """Whether ``figure`` is itself stated as a share of the whole ``name`` names."""
    index = ex.index_of(figure)
    after = ex.figures[index + 1] if index + 1 < len(ex.figures) else None
    if after is None or after.kind != "percent" or after.sentence != figure.sentence:
        return False
    if not links_to_percent(gap(ex, figure.end, after.start)):
        return False
    named = _NAMED_BASE.match(ex.text, after.end) or _PLAIN_BASE.match(ex.text, after.end)
    return named is not None and named.group(1).split() == name.split()


def _keystroke_variants(digits: str) -> set[str]:
    """The numbers one slip of a key turns ``digits`` into, or back from: a digit dropped, a
    digit typed twice, two neighbours swapped ("198" ↔ "98", "263" ↔ "2663", "1358" ↔ "1538")."""
    out = set()
    for i in range(len(digits)):
        out.add(digits[:i] + digits[i + 1 :])  # one dropped (or one typed twice, undone)
        out.add(digits[:i] + digits[i] + digits[i:])  # one typed twice
        if i + 1 < len(digits):
            out.add(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :])
    return {v for v in out if v and v[0] != "0" and v != digits}


def _typo_share(ex: Extraction, part: Figure, percent: Figure, whole: Decimal):
    """share_typo when the stated share is far from part/whole but fits exactly once one figure
    is read with one keystroke undone — the share or that figure is wrong, a warning."""
    expected = part.value * 100 / whole
    if near(percent.value, expected) or percent.approximate:
        return None
    written_whole = num(whole)
    found = []
    for text, is_part in ((part.text, True), (written_whole, False)):
        digits = re.sub(r"\D", "", text)
        if len(digits) < 2 or "," in text:
            continue
        for variant in _keystroke_variants(digits):
            value = Decimal(variant)
            share = value * 100 / whole if is_part else part.value * 100 / value
            if (is_part and value < whole or not is_part and value > part.value) and percent_ok(
                percent.value, percent.decimals, share
            ):
                found.append((text, value))
    if len(found) != 1:
        return None
    written, value = found[0]
    stated = percent_text(percent.value, percent.decimals)
    return make(
        "share_typo",
        ex,
        part.start,
        percent.end,
        stated=stated,
        expected=percent_text(expected, max(2, percent.decimals)),
        numerator=num(part.value),
        denominator=num(whole),
        written=written,
        variant=num(value),
        arithmetic=f"{num(part.value)}/{num(whole)} = {exact_percent(expected)} ≠ {stated}; "
        f"với {num(value)} thay cho {written}: khớp",
    )


def _same_noun_share(ex: Extraction, part: Figure, percent: Figure, whole: Figure):
    """ "kết nạp 333 đảng viên mới …. … có 231 đảng viên mới ở độ tuổi từ 18 đến 30, chiếm
    64%": «chiếm» of the one figure before it that counts the very same things (its noun of three
    syllables or more, word for word), when the share is near it — a warning, as the report does
    not name the whole."""
    noun = re.sub(r"\s+(?:ở|tại|có|được|thuộc)$", "", part.noun.lower())  # "… mới ở"
    if (
        len(noun.split()) < 3  # "đảng viên mới", not "hồ sơ" alone
        or whole.noun.lower() != noun
        or not re.search(r"\bchiếm\b", gap(ex, part.end, percent.start), re.I)
        or not near(percent.value, part.value * 100 / whole.value)
    ):
        return None
    finding = _ratio_finding(ex, part.value, whole.value, percent, part.start, percent.end)
    return replace(finding, severity=WARNING) if finding else None


def check_whole_shares(ex: Extraction, roles: dict[int, str]) -> list[Finding]:
    findings = []
    parts = structure_parts(ex)
    counts_of_block: dict[int, list[Figure]] = {}  # exact counts of each paragraph, in order
    for f in ex.figures:
        if f.kind == "count" and f.exact:
            counts_of_block.setdefault(ex.sentences[f.sentence].block, []).append(f)
    by_sentence: dict[int, list[Figure]] = {}
    for count, _ in _share_pairs(ex):
        by_sentence.setdefault(count.sentence, []).append(count)
    siblings = {id(c) for counts in by_sentence.values() if len(counts) >= 3 for c in counts}
    for figure in ex.figures:
        if figure.kind != "count" or figure.approximate or id(figure) in parts:
            continue
        percent = percent_after(ex, figure, roles.get(id(figure)))
        if percent is None or _CHANGE_AMOUNT.search(figure.label[-20:]):
            continue  # "tăng 217 hồ sơ (21,4%)": a change and its rate, change.py's
        if _BASE_FIGURE_AFTER.match(ex.text, percent.end):
            continue  # "tỷ lệ 4,21% trên tổng số 129.026 hộ": check_named_bases' case
        index = ex.index_of(figure)
        previous = ex.figures[index - 1] if index else None
        if (
            previous is not None
            and previous.kind == "count"
            and previous.sentence == figure.sentence
            and noun_head(previous.noun) == noun_head(figure.noun)
            and re.fullmatch(
                r"[^\d;.%()]{0,40},[^\d;.%()]{0,40}", ex.text[previous.end : figure.start]
            )
            # "tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, đạt 91,5%": the received and
            # the resolved are no list of two parts; the rate is of the received.
            and not (
                roles.get(id(previous)) == "total" and roles.get(id(figure)) not in (None, "total")
            )
        ):
            continue  # "khiếu nại đúng 4 đơn, tố cáo đúng 2 đơn, chiếm 19,4%": of the list?
        earlier = [
            f
            for f in counts_of_block[ex.sentences[figure.sentence].block]
            if f.end <= figure.start and f.value >= figure.value and nouns_compatible(f, figure)
        ]
        role = roles.get(id(figure))
        named = _NAMED_BASE.match(ex.text, percent.end) or _PLAIN_BASE.match(ex.text, percent.end)
        named_role = role_in(named.group(1)) if named else None
        by_noun = False
        if named and named_role is None and noun_head(named.group(1)) == noun_head(figure.noun):
            named_role, by_noun = "total", True  # "…, bằng 81,3% tổng số đơn": of all of them
        narrower = (
            by_noun
            and len(named.group(1).split()) > len(figure.noun.split())
            and not (_names_just(named.group(1), figure.noun))
        )
        numbered = _NUMBERED_OPENER.search(
            ex.text, max(ex.sentences[figure.sentence].start, figure.start - 160), figure.start
        )
        if numbered and not re.search(r"\bsố\s+\d", numbered.group(0), re.I):
            # "Trong 90 ngày cao điểm, có 56 xã …": without «số», a base only of those things
            named = ex.text[numbered.end(1) : numbered.end()].split()
            if not named or noun_head(" ".join(named[:2])) != noun_head(figure.noun):
                numbered = None
        if numbered and parse_number(numbered.group(1)) > figure.value:
            # "trong tổng số 1.238 lượt cá nhân được khen thưởng, có 447 lượt …, chiếm 36,1%"
            finding = _ratio_finding(
                ex, figure.value, parse_number(numbered.group(1)), percent, figure.start, figure.end
            )
            if finding:
                findings.append(finding)
            continue
        if id(figure) in siblings:
            continue  # "xuất sắc 19 học viên, chiếm 2,6%; giỏi 273 …": check_sibling_shares'
        opener = _SUBSET_OPENER.match(ex.text, ex.sentences[figure.sentence].start, figure.start)
        if opener and _THIS_ONE.fullmatch(opener.group(1).strip()):
            # "… đã giải quyết 6.384 hồ sơ. Trong số này, 6.301 hồ sơ …, đạt tỷ lệ 99,7%": of
            # the one figure of those things the sentence before ends on.
            before = [
                f
                for f in ex.in_sentence(figure.sentence - 1)
                if f.kind == "count" and f.exact and nouns_compatible(f, figure)
            ]
            if before and before[-1].value > figure.value:
                finding = inferred_share(
                    ex, figure.value, before[-1].value, percent, figure.start, kind="share"
                )
                if finding:
                    findings.append(finding)
            continue
        if opener or narrower:
            # "Trong số đơn đủ điều kiện, … 1.094 đơn, chiếm 72,0%", "…, chiếm 72,0% số đơn đủ
            # điều kiện": of the figure so named, none other.
            name = opener.group(1) if opener else named.group(1)
            # "Trong tổng số lượt học viên, có 1.702 … (44,6%) và 486 … (12,7%)": the whole
            # named by the opener is stated before it, not in its own list.
            before = opener.end() if opener else figure.start
            groups = [
                [
                    f
                    for f in earlier
                    + counts_of_block.get(ex.sentences[figure.sentence].block - 1, [])
                    if f.end <= before
                    and f.value > figure.value
                    and _key_words(name) <= _key_words(f"{f.label[-30:]} {f.noun}")
                ]
            ]
        elif named_role:
            # "…, chiếm 83,2% tổng số đơn đã xử lý": the text names the whole.
            groups = [
                [f for f in earlier if roles.get(id(f)) == named_role and not _other_period(f)]
            ]
            block = ex.sentences[figure.sentence].block
            if not groups[0] and not by_noun and named_role != "total":
                # "… và 9.659 hồ sơ tiếp nhận mới trong năm." then, in the next paragraph,
                # "… 5.318 hồ sơ …, chiếm 53,9% số hồ sơ tiếp nhận mới": of the paragraph before.
                groups = [
                    [
                        f
                        for f in counts_of_block.get(block - 1, [])
                        if roles.get(id(f)) == named_role
                        and f.value > figure.value
                        and nouns_compatible(f, figure)
                    ]
                ]
            if not groups[0] and not by_noun:
                # "… tiếp 1.126 lượt công dân với 948 vụ việc. … có 312 vụ việc …, chiếm 35,2%
                # số vụ việc tiếp nhận": the one figure of those things, by its words.
                groups = [[f for f in earlier if _names_just(named.group(1), f.noun)]]
            if by_noun and not groups[0]:
                # "… cho 1.380 học viên. … 966 học viên, chiếm 72% tổng số học viên": the one
                # figure of those things before it (in the paragraph, else the one before).
                for pool in (earlier, counts_of_block.get(block - 1, [])):
                    groups = [
                        [
                            f
                            for f in pool
                            if f.value > figure.value
                            and not _other_period(f)
                            and (
                                _names_just(named.group(1), f.noun)
                                or (
                                    _UNIT_HAS.search(f.label[-40:])
                                    and _names_all(named.group(1), f.noun)
                                )
                            )
                        ]
                    ]
                    if groups[0]:
                        break
            if by_noun and not groups[0]:
                # "Có 28.715/30.412 hộ dân …; trong đó 17.360 hộ …, chiếm 57,97% tổng số hộ":
                # the whole of the one ratio of those things before it.
                wholes = {
                    f.denominator
                    for f in ex.figures
                    if f.kind == "ratio"
                    and f.exact
                    and f.end <= figure.start
                    and ex.sentences[f.sentence].block == ex.sentences[figure.sentence].block
                    and (_names_just(named.group(1), f.noun) or _names_all(named.group(1), f.noun))
                    and f.denominator > figure.value
                }
                if len(wholes) == 1:
                    finding = inferred_share(
                        ex, figure.value, wholes.pop(), percent, figure.start, kind="share"
                    )
                    if finding:
                        findings.append(finding)
                    continue
        elif role and role != "total":
            # Of the resolved for the timeliness roles, else of the received; a report may
            # also give the timeliness over the received: either base that fits is right.
            wanted = ["resolved", "total"] if role in _OF_RESOLVED else ["total"]
            groups = [[f for f in earlier if roles.get(id(f)) == w] for w in wanted]
            if role in _OF_RESOLVED:
                # "lũy kế số hồ sơ đã và đang giải quyết trong kỳ là 37.682": the pending are in
                # it, so the timeliness is not of it.
                groups = [[f for f in g if not _HANDLED.search(f.label[-60:])] for g in groups]
            done = [
                f
                for f in ex.in_sentence(figure.sentence)
                if f.kind == "ratio"
                and f.end <= figure.start
                and f.exact
                and _RESOLVED_BEFORE.search(f.label[-40:])
                and not re.search(r"đang|chưa", f.label[-40:], re.I)
                and f.numerator >= figure.value
            ]
            if role in _OF_RESOLVED and done:
                # "số hồ sơ được giải quyết là 1.456/1.625, trong đó giải quyết đúng hạn 1.447
                # hồ sơ (tỷ lệ 99,4%)": of the resolved the sentence states as a ratio — its
                # whole, when the ratio is itself of the timely ones ("giải quyết trước hạn và
                # đúng hạn là 9.000/10.000 hồ sơ …; trễ hạn 1.000 hồ sơ, chiếm 10%").
                timely = role_in(done[-1].label[-40:]) in _OF_RESOLVED
                resolved = done[-1].denominator if timely else done[-1].numerator
                finding = _ratio_finding(
                    ex, figure.value, resolved, percent, figure.start, figure.end
                )
                if finding:
                    findings.append(finding)
                continue
            block = ex.sentences[figure.sentence].block
            if not any(groups) and block - 1 in counts_of_block:
                # "… tiếp nhận 4.676 vụ việc." then "Đã giải quyết xong 4.139 vụ việc, đạt
                # 88,51%": of the whole the paragraph before states.
                before = [
                    f
                    for f in counts_of_block[block - 1]
                    if f.value >= figure.value and nouns_compatible(f, figure)
                ]
                groups = [[f for f in before if roles.get(id(f)) == w] for w in wanted]
            if role in _OF_RESOLVED and not groups[0] and groups[1:] and groups[1]:
                # Of the received only where the rate is near it: the resolved the rate may be
                # of is not stated as a count ("đã giải quyết 1.456/1.625, trong đó đúng hạn
                # 1.447 hồ sơ (tỷ lệ 99,4%)").
                base = groups[1][-1]
                share = figure.value * 100 / base.value
                if not near(percent.value, share) or (
                    percent.value > share and not percent_ok(percent.value, percent.decimals, share)
                ):
                    # Above the share of the received, it may be the share of the resolved,
                    # fewer than the received and not stated: only below it is it wrong.
                    groups = [[], []]
            if role in _OF_RESOLVED and not groups[0]:
                estimated = _estimated_resolved(ex, figure)
                if estimated is not None:
                    # "đã giải quyết gần 27.000 hồ sơ, đạt 93,5%; trả trước hạn 22.357 hồ
                    # sơ, đạt 83%": of the resolved, known only as the rate gives it.
                    if percent_ok(
                        percent.value, percent.decimals, figure.value * 100 / estimated.value
                    ):
                        _ratio_finding(
                            ex, figure.value, estimated.value, percent, figure.start, figure.end
                        )
                    continue
        elif re.search(r"đạt\s*$", gap(ex, figure.end, percent.start), re.I):
            # "các xã tổ chức 94 cuộc, đạt 100%": «đạt» a rate of a plan or a target, not
            # obviously of the «tổng cộng 98 cuộc» before; only «chiếm», «tỷ lệ» make it so —
            # or the one received figure before it, when the rate is near its share ("tiếp
            # nhận 812 vụ việc …; hòa giải thành 689 vụ việc, đạt 84,8%").
            received = [f for f in earlier if roles.get(id(f)) == "total"]
            if (
                len({f.value for f in received}) != 1
                or received[-1].value == figure.value
                or not _near_reached(percent.value, figure.value * 100 / received[-1].value)
                or _PLAN_WORDS.search(ex.text, percent.end, percent.end + 15)
            ):
                continue
            groups = [received]
        else:
            groups = [
                [
                    f
                    for f in earlier
                    if (
                        _WHOLE_LABEL.search(f.label[-20:])
                        and not re.search(r"\btrong (?:tổng )?số\s*$", f.label[-20:], re.I)
                        or _NAMED_TOTAL_IS.search(f.label[-60:])
                        and f.value > 0
                        and near(percent.value, figure.value * 100 / f.value)
                    )
                    and noun_head(f.noun) == noun_head(figure.noun)
                ]
            ]
            received = [f for f in earlier if roles.get(id(f)) == "total"]
            # "tiếp nhận 1.204 vụ việc. Kết quả, hòa giải thành 1.020 vụ việc, đạt tỷ lệ
            # 84,71%": of the received, where the rate is near it (else of another base).
            if (
                not groups[0]
                and len({f.value for f in received}) == 1
                and near(percent.value, figure.value * 100 / received[-1].value)
            ):
                groups = [received]
        if role == "resolved" or role in _OF_RESOLVED:
            # "… có 236 vụ việc thuộc thẩm quyền, chiếm 33,1%. Đã giải quyết 219 vụ việc, đạt
            # 92,8%": the resolved may be of the cases the office must resolve; "số hồ sơ đến
            # hạn giải quyết là 26.060; số hồ sơ đã có kết quả đúng và trước hạn là 24.901, đạt
            # 95,55%": and those on time of the dossiers due.
            groups.append(
                [
                    f
                    for f in earlier
                    if _DUE_BASE.search(f"{_clause(f)} {f.noun} {_words_after(ex, f)}")
                    and f.value > figure.value
                ]
            )
        if role == "resolved":
            # "… trong đó 148 đơn khiếu nại. Đã giải quyết 133 đơn khiếu nại, đạt 89,9%": or
            # of the cases of its kind.
            subject = _subject(f"{figure.noun} {_words_after(ex, figure)}")
            if subject:
                groups.append(
                    [
                        f
                        for f in earlier
                        if _subject(f"{f.noun} {_words_after(ex, f)}") == subject
                        and not _both_subjects(f"{f.noun} {_words_after(ex, f)}")
                        and f.value >= figure.value
                    ]
                )
        if named:
            # "hộ nghèo DTTS còn 13.907 hộ, chiếm 21,64% tổng số hộ DTTS; hộ cận nghèo DTTS
            # 7.716 hộ, chiếm 12,00% tổng số hộ DTTS": a figure stated as a share of the
            # whole so named is a part of it, not the whole.
            groups = [[f for f in g if not _share_of_name(ex, f, named.group(1))] for g in groups]
        if not any(groups):
            # "tiếp nhận 2.663 đơn thư … 187 đơn đủ điều kiện xử lý, chiếm 71,1%": far from the
            # one whole of those things before it — but 187/263 is 71,1%: a key typed twice.
            alike = [
                f
                for f in earlier
                if noun_head(f.noun) == noun_head(figure.noun)
                and f.value > figure.value
                and not _other_period(f)
            ]
            wholes = {
                f.value
                for f in alike
                if roles.get(id(f)) == "total" or _WHOLE_LABEL.search(f.label[-20:])
            } or {f.value for f in alike}  # else the one figure of those things before it
            if len(wholes) == 1:
                whole = wholes.pop()
                finding = _typo_share(ex, figure, percent, whole) or _same_noun_share(
                    ex, figure, percent, [f for f in alike if f.value == whole][-1]
                )
                if finding:
                    findings.append(finding)
            continue
        bases = [g[-1] for g in groups if g and len({b.value for b in g}) == 1]
        if not bases or any(b.value == figure.value for b in bases):
            continue  # no whole, several, or the figure itself
        if (
            by_noun
            and not any(b.noun.lower() == named.group(1).strip().lower() for b in bases)
            and not any(near(percent.value, figure.value * 100 / b.value) for b in bases)
        ):
            # "… 21.989 hộ nghèo, chiếm 15,32% số hộ dân … còn 15.943 hộ nghèo, chiếm 10,86% số
            # hộ": a whole named by its noun alone, far from the share, is another whole.
            continue
        tried = [
            _ratio_finding(ex, figure.value, base.value, percent, figure.start, figure.end)
            for base in bases
        ]
        if all(tried):
            findings.append(tried[0])
    return findings


# --- a share of a base named in words -------------------------------------------------------------
_NAMED_BASE_AFTER = re.compile(
    r"\s*(?:so với|trên)\s+(?:tổng\s+)?số\s+((?:[^\W\d_]+\s*){1,7}?)(?=\s*(?:[,;.()\n]|$|\d))",
    re.I,
)
# "kiến nghị thu hồi 3,1 tỷ đồng (chiếm 60,2% số tiền sai phạm)": of the amount so named.
_MONEY_BASE_AFTER = re.compile(
    r"\s*(?:(?:so với|trên|của)\s+)?(?:tổng\s+)?số tiền\s+((?:[^\W\d_]+\s*){1,4}?)"
    r"(?=\s*(?:[,;.()\n]|$))",
    re.I,
)


def _share_of_named_money(ex: Extraction, part: Figure, percent: Figure, name: str):
    """ "phát hiện sai phạm về kinh tế 5,62 tỷ đồng; kiến nghị thu hồi 3,1 tỷ đồng (chiếm
    60,2% số tiền sai phạm)": the one amount whose words hold the name's (sai phạm)."""
    keys = _key_words(name)
    if (
        part.approximate
        or part.sentence != percent.sentence
        or not keys
        or not links_to_percent(gap(ex, part.noun_end, percent.start))
    ):
        return None
    named = [
        f
        for f in ex.figures
        if f is not part
        and f.kind == "money"
        and f.value > part.value
        and keys <= _key_words(f"{f.label[-30:]} {_words_after(ex, f)}")
        # "đã nộp phạt 2.241,5 triệu đồng, đạt 87,0% tổng số tiền phạt": a part itself
        and not _MONEY_BASE_AFTER.match(ex.text, (next_percent(ex, f) or f).end)
    ]
    if any(f.approximate for f in named):
        return None  # "tổng số tiền phạt gần 2,6 tỷ đồng": the whole is an estimate
    bases = {f.value for f in named}
    if len(bases) != 1:
        return None
    return inferred_share(ex, part.value, bases.pop(), percent, part.start, kind="share")


# "91.210 người, đạt 93,7% dân số": a share of the population the report states.
_POPULATION_AFTER = re.compile(r"\s*(?:(?:so với|trên|của)\s+)?(?:tổng\s+)?dân số\b", re.I)
_POPULATION_NOUN = re.compile(r"^(?:nhân khẩu|người dân|dân)\b", re.I)
_POPULATION_LABEL = re.compile(r"dân số(?:\s+(?:là|khoảng|có))?\s*:?\s*$", re.I)


def _share_of_population(ex: Extraction, part: Figure, percent: Figure) -> Finding | None:
    """ "Huyện có 21 xã … với 98.430 nhân khẩu; số người tham gia bảo hiểm y tế là 91.210
    người, đạt 93,7% dân số": of the one population figure (nhân khẩu, «dân số là …»)."""
    if (
        part.kind != "count"
        or part.approximate
        or part.sentence != percent.sentence
        or noun_head(part.noun) not in ("người", "nhân")
        or not links_to_percent(gap(ex, part.noun_end, percent.start))
    ):
        return None
    bases = {
        f.value
        for f in ex.figures
        if f.kind == "count"
        and f.exact
        and (_POPULATION_NOUN.match(f.noun) or _POPULATION_LABEL.search(f.label[-20:]))
    }
    if len(bases) != 1:
        return None
    base = bases.pop()
    if base <= part.value:
        return None
    return inferred_share(ex, part.value, base, percent, part.start)


# "đạt 70,5% trên tổng số 200 vụ việc": the base's figure right after the rate.
_NUMBER_BASE_AFTER = re.compile(
    # ("chiếm 6,47% so với 176.822 hộ dân toàn tỉnh": the base's figure itself)
    rf"\s*(?:(?:so với|trên|của)\s+(?:tổng\s+số\s+)?|tổng\s+số\s+)(?!(?:19|20)\d\d\b)({NUM})"
    r"(?![\d.,/%])",
    re.I,
)
# "chiếm 3,15% tổng số hộ dân cư (38.000 hộ)": the base's figure right after its name.
_GIVEN_BASE_AFTER = re.compile(
    rf"\s*(?:so với\s+|trên\s+)?(?:tổng\s+)?số\s+(?:[^\W\d_]+,?\s*){{1,8}}?\(\s*({NUM})\s*[^\W\d_]",
    re.I,
)
# Words of a base that do not tell which figure it is: "số hộ đã đăng ký" → {hộ, đăng, ký}.
_BASE_STOP = frozenset(
    ["đã", "được", "có", "là", "các", "của", "những", "tham", "gia", "thực", "hiện", "toàn"]
)


def _key_words(words: str) -> set[str]:
    return {w for w in words.lower().split() if w not in _BASE_STOP}


_TOTAL_LABEL = re.compile(
    r"(?:tổng số|tổng cộng|toàn \w+ có)(?:\s+[^\W\d_]+){0,6}\s*(?:là|:|có)?\s*$", re.I
)
_SHARE_LINK = re.compile(r"(?:,|;|\()\s*(?:chiếm|chiếm tỷ lệ|chiếm tỉ lệ|bằng)\s*$", re.I)


def _share_of_stated_total(ex: Extraction, part: Figure, percent: Figure) -> Finding | None:
    """ "Tổng số hộ là 3.105 hộ. Số hộ nghèo là 214 hộ, chiếm tỷ lệ 7,9%": a share («chiếm»)
    of the one «tổng số» of the same things stated before it in the paragraph."""
    link = ex.text[part.noun_end : percent.start]
    if (
        part.kind != "count"
        or part.approximate
        or part.sentence != percent.sentence
        or _NAMED_BASE.match(ex.text, percent.end)  # "chiếm 7,2% tổng số hộ dân cư": another
        or not (_SHARE_LINK.search(link) or _REACHED_LINK.search(link))
        or id(part) in structure_parts(ex)
    ):
        return None
    block = ex.sentences[part.sentence].block
    head = noun_head(part.noun)
    larger = [
        f
        for f in ex.figures[: ex.index_of(part)]
        if f.kind == "count"
        and ex.sentences[f.sentence].block == block
        and f.noun
        and noun_head(f.noun) == head
        and f.value > part.value
    ]
    # The nearest larger count of the same things is the total, or the share is of another
    # ("đã giải quyết 15.641 hồ sơ, trong đó … đúng hạn 1.958 hồ sơ, chiếm 12,5%").
    if not head or not larger or larger[-1].approximate:
        return None
    base = larger[-1]
    if _REACHED_LINK.search(link):
        # "Xã có 2.815 hộ …; có 2.604 hộ được công nhận gia đình văn hóa, đạt 94,5%": «đạt»
        # is of the unit's households only where the text states them so, and not of a plan.
        stated_so = _UNIT_HAS.search(base.label[-40:]) or _NAMED_TOTAL_IS.search(base.label[-60:])
        if not stated_so or _PLAN_AFTER.match(ex.text, percent.end):
            return None
    elif not (_TOTAL_LABEL.search(base.label[-50:]) or _UNIT_HAS.search(base.label[-40:])):
        return None  # "Huyện có 31.950 hộ dân. … còn 1.042 hộ nghèo, chiếm tỷ lệ 3,26%"
    return inferred_share(ex, part.value, base.value, percent, part.start)


_REACHED_LINK = re.compile(r"^[^\d;]{0,60},\s*đạt(?: tỷ lệ| tỉ lệ)?\s*$", re.I)
# "tổng số cử tri trong danh sách là 842.615 cử tri": a whole named as such, not «tổ chức
# tổng cộng 98 cuộc» (of which «94 cuộc, đạt 100%» may be a plan's rate).
_NAMED_TOTAL_IS = re.compile(r"(?:^|[.,;:]\s*)tổng số\b[^,;.\d]{0,40}\b(?:là|:)\s*$", re.I)


_PLAN_WORD = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|phấn đấu", re.I)
_IN_PLAN_PAREN = re.compile(r"\(\s*(?:theo\s+)?(?:kế hoạch|chỉ tiêu)[^()]*$", re.I)
_PLAN_NOUN_AFTER = re.compile(r"^\s*(?:theo|của|trong)\s+kế hoạch|^\s*(?:kế hoạch|chỉ tiêu)", re.I)


def _share_of_plan(ex: Extraction, part: Figure, percent: Figure) -> Finding | None:
    """ "Kế hoạch năm 2023 tổ chức 3.000 lượt tuyên truyền; đã thực hiện 2.787 lượt, đạt 92,9%
    kế hoạch": the share of the one planned figure of the same things the paragraph states
    (its words name it a plan, a target or a quota), in its sentence or the two before."""
    index = ex.index_of(part)
    if _IN_PLAN_PAREN.search(part.label) and index:
        part = ex.figures[index - 1]  # "48 hội nghị (kế hoạch 50 hội nghị), đạt 96%"
        link = re.sub(r"\([^()]*\)", "", ex.text[part.noun_end : percent.start])
    else:
        link = gap(ex, part.noun_end, percent.start)
    if (
        part.kind != "count"
        or not part.exact
        or part.sentence != percent.sentence
        or not links_to_percent(link)
    ):
        return None
    block = ex.sentences[part.sentence].block
    plans = [
        f
        for f in ex.figures
        if f is not part
        and f.kind == "count"
        and f.exact
        and f.value
        and ex.sentences[f.sentence].block == block
        and part.sentence - 2 <= f.sentence <= part.sentence
        and f.end <= percent.start
        and nouns_compatible(f, part)
        and (
            _PLAN_WORD.search(re.split(r"[;.]", f.label)[-1])
            or _PLAN_NOUN_AFTER.match(_words_after(ex, f))
            or _PLAN_NOUN_AFTER.match(ex.text[f.noun_end : f.noun_end + 30])
        )
    ]
    if len({f.value for f in plans}) != 1:
        return None
    start = min(part.start, plans[0].start)
    return inferred_share(ex, part.value, plans[0].value, percent, start, kind="share")


def _money_pair(value: Decimal, whole: Decimal, kind: str) -> tuple[Decimal, Decimal]:
    """Two sums of money in the unit they are written in (421,6/444 tỷ), not in đồng."""
    if kind != "money":
        return value, whole
    for unit in (Decimal(10) ** 9, Decimal(10) ** 6):
        if min(value, whole) >= unit / 10:
            return value / unit, whole / unit
    return value, whole


_BASE_WORDS = re.compile(r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|tổng số|\bgiao\b", re.I)
_PERIOD_WORDS = re.compile(r"năm|kỳ|tháng|quý|cùng|trước|đầu", re.I)


def _part_before(ex: Extraction, index: int) -> Figure | None:
    """The figure a percentage at ``index`` is the share of: the one before it, or, past a
    parenthesis of another period that closes before it, the one outside ("94 xã … (cuối năm
    2023: 87 xã), chiếm 77,69% tổng số 121 xã" → 94); None when the parenthesis is of
    something else."""
    part = ex.figures[index - 1]
    percent = ex.figures[index]
    between = ex.text[part.end : percent.start]
    if between.count(")") <= between.count("("):
        return part
    sentence = ex.sentences[percent.sentence]
    opening = ex.text.rfind("(", sentence.start, part.start)
    if opening == -1 or not _PERIOD_WORDS.search(ex.text[opening : part.start]):
        return part  # "(468 tỷ đồng) và bằng 104,6%": the checks below say nothing of it
    outside = [
        f for f in ex.figures[: index - 1] if f.end <= opening and f.sentence == part.sentence
    ]
    if not outside or re.search(r"\d", ex.text[outside[-1].noun_end : opening]):
        return None
    if len(ex.text[outside[-1].noun_end : opening]) > 60:
        return None
    return outside[-1]


def _base_in_parenthesis(ex: Extraction, index: int) -> Figure | None:
    """ "đạt 92,9% kế hoạch tỉnh giao (444 tỷ đồng)", "chiếm tỷ lệ 3,2% (tổng số hộ dân toàn
    huyện là 31.950 hộ)": the whole a rate is of, stated in the parenthesis right after it."""
    figures, text = ex.figures, ex.text
    if index + 1 >= len(figures):
        return None
    percent, base = figures[index], figures[index + 1]
    if base.sentence != percent.sentence or base.kind not in ("count", "money") or not base.exact:
        return None
    between = text[percent.end : base.start]
    match = re.fullmatch(r"([^\d();,.%]{0,50}?)\(\s*([^\d()]{0,50}?)\s*", between)
    if not match or not re.match(r"\s*\)", text[base.noun_end : base.noun_end + 3]):
        return None
    outside, inside = match.groups()
    if _PERIOD_WORDS.search(inside) and not re.match(r"tổng số", inside, re.I):
        return None  # "(năm 2022: 420 hồ sơ)": another period, not the whole
    if not (_BASE_WORDS.search(outside) or re.match(r"(?:tổng số|tổng)\b", inside, re.I)):
        return None
    return base


_EXCEEDS = re.compile(r"(?:,|;|\()\s*vượt(?:\s+mức)?\s*$", re.I)


def _excess_of_plan(ex: Extraction, index: int) -> Finding | None:
    """ "có 1.500 hộ thoát nghèo, vượt 20% kế hoạch (kế hoạch 1.200 hộ)": a rate by which a
    figure passes its plan is (figure − plan)/plan, the plan stated in the parenthesis after
    the rate or as the one planned figure of those things the paragraph states."""
    percent = ex.figures[index]
    part = ex.figures[index - 1]
    if (
        part.kind != "count"
        or not part.exact
        or part.sentence != percent.sentence
        or not _EXCEEDS.search(ex.text[part.noun_end : percent.start])
    ):
        return None
    base = _base_in_parenthesis(ex, index)
    plan = base.value if base is not None and nouns_compatible(part, base) else None
    if plan is None:
        plans = [
            f
            for f in ex.figures[: index - 1]
            if f.kind == "count"
            and f.exact
            and f.value
            and ex.sentences[f.sentence].block == ex.sentences[part.sentence].block
            and part.sentence - 2 <= f.sentence <= part.sentence
            and nouns_compatible(f, part)
            and _PLAN_WORD.search(re.split(r"[;.]", f.label)[-1])
        ]
        if len({f.value for f in plans}) != 1:
            return None
        plan = plans[0].value
    if plan >= part.value:
        return None
    excess = (part.value - plan) * 100 / plan
    stated = percent_text(percent.value, percent.decimals)
    shown = f"({num(part.value)} − {num(plan)})/{num(plan)} = "
    status = percent_status(percent.value, percent.decimals, excess)
    if status == ROUNDED:
        verified(ex, "share", part.start, percent.end, f"{shown}{exact_percent(excess)}: khớp")
        return None
    if status == TRUNCATED:
        return rounding_finding(
            ex, part.start, percent.end, percent.value, percent.decimals, excess, what=shown
        )
    if not near(percent.value, excess):
        return None
    return make(
        "change_mismatch",
        ex,
        part.start,
        percent.end,
        stated=stated,
        expected=exact_percent(excess),
        old=f"{num(plan)} (kế hoạch)",
        new=num(part.value),
        direction="vượt",
        arithmetic=f"{shown}{exact_percent(excess)} ≠ {stated}",
    )


def check_named_bases(ex: Extraction) -> list[Finding]:
    """ "3.853 hộ đạt danh hiệu, đạt 96,91% so với số hộ đã đăng ký": the share of the one
    figure the report gives for that base ("3.999 hộ đăng ký tham gia"), wherever it is."""
    findings = []
    figures = ex.figures
    for index, percent in enumerate(figures):
        if percent.kind != "percent" or percent.approximate or index == 0:
            continue
        if _PLAN_AFTER.match(ex.text, percent.end) and _EXCEEDS.search(percent.label[-12:]):
            finding = _excess_of_plan(ex, index)
            if finding:
                findings.append(finding)
            continue
        named = _NAMED_BASE_AFTER.match(ex.text, percent.end)
        part = _part_before(ex, index)
        if part is None:
            continue
        base = _base_in_parenthesis(ex, index)
        if base is not None:
            closing = ex.text[part.end : percent.start]
            if (
                closing.count(")") <= closing.count("(")  # not "(468 tỷ đồng) và bằng 104,6%"
                and part.kind == base.kind
                and part.exact
                and part.sentence == percent.sentence
                and links_to_percent(gap(ex, part.noun_end, percent.start))
                and (part.kind == "money" or nouns_compatible(part, base))
            ):
                value, whole = _money_pair(part.value, base.value, part.kind)
                finding = inferred_share(ex, value, whole, percent, part.start, "share")
                if finding:
                    findings.append(finding)
            continue
        given = _GIVEN_BASE_AFTER.match(ex.text, percent.end) or _NUMBER_BASE_AFTER.match(
            ex.text, percent.end
        )
        if given and part.kind == "count" and part.exact and part.sentence == percent.sentence:
            base = parse_number(given.group(1))
            link = re.sub(r"\([^()]*\)", "", gap(ex, part.noun_end, percent.start))
            if base > part.value and links_to_percent(link):
                finding = inferred_share(ex, part.value, base, percent, part.start)
                if finding:
                    findings.append(finding)
            continue
        money_base = _MONEY_BASE_AFTER.match(ex.text, percent.end)
        if money_base and part.kind == "money":
            finding = _share_of_named_money(ex, part, percent, money_base.group(1))
            if finding:
                findings.append(finding)
            continue
        if _POPULATION_AFTER.match(ex.text, percent.end):
            finding = _share_of_population(ex, part, percent)
            if finding:
                findings.append(finding)
            continue
        if _PLAN_AFTER.match(ex.text, percent.end) and not named:
            finding = _share_of_plan(ex, part, percent)
            if finding:
                findings.append(finding)
            continue
        if not named:
            finding = _share_of_stated_total(ex, part, percent)
            if finding:
                findings.append(finding)
            continue
        keys = _key_words(named.group(1))
        if (
            part.kind != "count"
            or part.approximate
            or part.sentence != percent.sentence
            or not links_to_percent(gap(ex, part.noun_end, percent.start))
            or not keys
        ):
            continue
        bases = {
            f.value if f.kind == "count" else f.denominator
            for f in figures
            if f is not part
            and f.exact
            and (
                f.kind == "count"
                and f.value > part.value
                # "28.715/30.412 hộ dân …; trong đó 17.360 hộ …, chiếm 57,97% tổng số hộ"
                or f.kind == "ratio"
                and f.denominator > part.value
            )
            and nouns_compatible(f, part)
            and keys <= _key_words(f"{f.noun} {_words_after(ex, f)}")
        }
        if len(bases) != 1:
            continue
        finding = inferred_share(ex, part.value, bases.pop(), percent, part.start)
        if finding:
            findings.append(finding)
    return findings


# --- the rate of poor households ------------------------------------------------------------------
# "Toàn tỉnh hiện có 439.300 hộ dân. … hộ nghèo có 29.146 hộ, tỷ lệ 6,63%": the rate of poor
# (or near-poor) households with no base named is of all the households the report states.
_POOR = re.compile(r"hộ (?:cận )?nghèo|hộ nghèo", re.I)
_RATE_LINK = re.compile(
    r"\s*(?:[,(]\s*(?:chiếm\s+)?(?:tỷ|tỉ) lệ(?:\s+hộ(?:\s+cận)?\s+nghèo)?\s*(?:là|:)?|,\s*chiếm"
    r"(?:\s+(?:tỷ|tỉ) lệ)?)\s*",
    re.I,
)
_ALL_HOUSEHOLDS = re.compile(r"^hộ(?:\s+(?:dân(?:\s+cư)?|gia đình|tự nhiên))?$", re.I)
# Words after a count of households that only say where they are ("79.677 hộ của toàn tỉnh có")
_PLACE_ONLY = re.compile(
    r"\s*(?:(?:của\s+)?(?:toàn\s+)?(?:tỉnh|huyện|xã|phường|thị xã|thành phố|thị trấn)\b[^\d]*?"
    r"|trên địa bàn\b[^\d]*?)?\s*(?:có|là|với)?\s*$",
    re.I,
)
_HOUSEHOLDS_OF = re.compile(r"đạt|được|đăng ký|vay|tham gia|hỗ trợ|công nhận|thoát|mới", re.I)
_OTHER_BASE_AFTER = re.compile(r"\s*(?:số|tổng số|so với|trên|của|dân số|kế hoạch)\b", re.I)


def _counts_poor(ex: Extraction, figure: Figure) -> bool:
    clause = re.split(r"[;,.:]", figure.label[-60:])[-1]
    return bool(_POOR.search(f"{clause} {figure.noun}"))


def _rate_follows(ex: Extraction, figure: Figure) -> bool:
    """Whether a percentage follows the figure in its sentence (a share of its own)."""
    after = ex.index_of(figure) + 1
    return (
        after < len(ex.figures)
        and ex.figures[after].kind == "percent"
        and ex.figures[after].sentence == figure.sentence
    )


def check_household_rates(ex: Extraction) -> list[Finding]:
    findings = []
    figures = ex.figures
    wholes: dict[int, list[Figure]] = {}
    for f in figures:
        if (
            f.kind == "count"
            and f.exact
            and _ALL_HOUSEHOLDS.match(f.noun or "")
            and not _counts_poor(ex, f)
            # all of them: not "41.500 hộ được công nhận gia đình văn hóa, đạt 88,6%"
            and _PLACE_ONLY.match(_words_after(ex, f))
            and not _HOUSEHOLDS_OF.search(f.label[-30:])
            and not _rate_follows(ex, f)
        ):
            wholes.setdefault(ex.sentences[f.sentence].block, []).append(f)
    for index, part in enumerate(figures[:-1]):
        percent = figures[index + 1]
        if (
            part.kind != "count"
            or not part.exact
            or percent.kind != "percent"
            or percent.approximate
            or percent.sentence != part.sentence
            or not (part.noun or "").lower().startswith("hộ")
            or not _counts_poor(ex, part)
            or not _RATE_LINK.fullmatch(ex.text[part.noun_end : percent.start])
            or _OTHER_BASE_AFTER.match(ex.text, percent.end)
            or is_change_percent(ex, percent)
        ):
            continue
        block = ex.sentences[part.sentence].block
        found = [
            w
            for b in (block, block - 1, block - 2)
            for w in wholes.get(b, [])
            if w.end <= part.start and w.value > part.value
        ]
        if len({w.value for w in found}) != 1:
            continue
        finding = inferred_share(ex, part.value, found[0].value, percent, part.start)
        if finding:
            findings.append(finding)
    return findings
