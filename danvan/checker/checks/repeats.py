"""inconsistent_repeat: the same quantity stated twice with different values."""

import re
from decimal import Decimal

from danvan.checker.checks.arithmetic import noun_head, structure_parts, title_sentences
from danvan.checker.checks.balance import level_of
from danvan.checker.checks.base import Finding, make, num, percent_text, verified
from danvan.checker.figures import YEAR_RE, Extraction, Figure
from danvan.checker.mapping import LABELS, figure_values

# --- inconsistent_repeat ----------------------------------------------------------------------
COMPARISON_RE = re.compile(
    r"so với|cùng kỳ|năm trước|kỳ trước(?! chuyển)|kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|dự kiến|"
    r"\btăng\b|\bgiảm\b|lũy kế|luỹ kế|bình quân|trung bình|\bmỗi\b|\btháng\s+\d|\bquý\s+[IV1-4]|"
    r"\d+\s+tháng",
    re.I,
)


def document_year(ex: Extraction, report_date) -> int | None:
    if report_date and report_date[2]:
        return report_date[2]
    years = [int(y) for y in YEAR_RE.findall(ex.text)]
    return max(set(years), key=years.count) if years else None


# "tổng số hộ nghèo là 815.101 hộ": a quantity named in full, whatever the catalogue knows.
_NAMED_TOTAL = re.compile(r"(?<!\w)(tổng số\s+[^\W\d_][^\d,;:()%]{1,48}?)\s*(?:là|:)\s*$", re.I)


def _repeat_keys(figure: Figure) -> dict:
    """What a figure states, as comparable keys: catalogue codes when the wording maps to
    one; for a ratio also (denominator, what it counts, the verb before it), so "đã giải
    quyết 25/28 đơn" and later "đã giải quyết 26/28 đơn" are the same quantity."""
    keys = dict(figure_values(figure))
    named = _NAMED_TOTAL.search(figure.label[-60:]) if figure.kind == "count" else None
    if named and figure.exact:
        keys[("named", " ".join(named.group(1).lower().split()))] = figure.value
    if figure.kind == "ratio" and not figure.approximate and figure.noun:
        verb = " ".join(figure.label.lower().split()[-2:])
        if verb:
            keys[("ratio", f"{verb} …/{num(figure.denominator)} {figure.noun}")] = figure.numerator
    return keys


def _sentence_context(ex: Extraction, index: int, cache: dict):
    """None for a sentence that compares, plans or names several years; else the year it
    names (0 for none). Computed once per sentence."""
    if index not in cache:
        sentence = ex.text[ex.sentences[index].start : ex.sentences[index].end]
        years = {int(y) for y in YEAR_RE.findall(sentence)}
        if COMPARISON_RE.search(sentence) or len(years) > 1:
            cache[index] = None
        else:
            cache[index] = years.pop() if years else 0
    return cache[index]


# Words that make a figure a part or a kind of the quantity its wording maps to: "tiếp thường
# xuyên 517 lượt" is not the number of receptions, "6.848 hồ sơ được giải quyết đúng hẹn" not
# the number resolved.
SUBSET_RE = re.compile(
    r"thường xuyên|định kỳ|đột xuất|lần đầu|nhiều lần|tính riêng|\briêng\b|trong số|"
    r"lãnh đạo|chủ tịch|đoàn đông người|lần\s+\d",
    re.I,
)
# After the figure the catalogue's wording is not read, so its own qualifiers count there too.
SUBSET_AFTER_RE = re.compile(
    rf"{SUBSET_RE.pattern}|đúng hạn|đúng hẹn|trước hạn|trước hẹn|quá hạn|trễ hạn|trễ hẹn|"
    r"trực tuyến|trực tiếp|bưu chính|^\s*lượt đoàn",
    re.I,
)


def _subset(ex: Extraction, figure: Figure) -> bool:
    after = re.split(r"[,;.()]", ex.text[figure.end : figure.end + 60])[0]
    return bool(SUBSET_RE.search(figure.label[-50:]) or SUBSET_AFTER_RE.search(after))


# A sentence about one part of the unit: "Riêng thành phố Vinh tiếp nhận …", "Đối với lĩnh
# vực đất đai, …", "Tại huyện Quế Phong, …", "Trong đó, riêng Trụ sở … 64 lượt; Ban tiếp công
# dân các huyện đón 171 lượt …": its figures are that part's, not the whole's.
SCOPE_START = re.compile(
    r"\s*(?:[-+•*–]\s*)?(?:riêng|ngoài ra|trong đó|trong số (?:đó|này)|tính chung|"
    r"tổng hợp chung|cộng chung|"
    r"đối với (?:lĩnh vực|sở|huyện|xã|ngành|đơn vị|thanh tra)|"
    r"tại (?!thời điểm)|ở (?!cấp)|trong lĩnh vực|lĩnh vực|"
    r"về (?=[^\d,.;:]{2,60}[,:]))",  # "Về khiếu nại, …", "Về tố cáo, …"
    re.I,
)
# "Kết quả bầu cử đại biểu Quốc hội: …" / "Kết quả bầu cử đại biểu HĐND tỉnh: …": parallel
# sentences under their own heading.
_HEADING = re.compile(r"^\s*([^:\d\n]{3,80}):(?=\s*(?:[^\W\d_]+\s+){3})")


def _scope(ex: Extraction, index: int) -> str | None:
    """The part of the unit a sentence is about ("riêng …", a heading before a colon), or
    None for the whole."""
    sentence = ex.sentences[index]
    text = ex.text[sentence.start : sentence.end]
    if SCOPE_START.match(text):
        return text[:40].lower()
    heading = _HEADING.match(text)
    return heading.group(1).lower() if heading else None


def check_repeats(ex: Extraction, year: int | None) -> list[Finding]:
    findings = []
    first: dict[tuple, tuple[Decimal, Figure]] = {}
    parts = structure_parts(ex)
    cache: dict[int, int | None] = {}
    for figure in ex.figures:
        if id(figure) in parts:
            continue  # "trong đó …": a share of another figure, not the quantity itself
        keys = _repeat_keys(figure)
        if not keys or _subset(ex, figure):
            continue
        context = _sentence_context(ex, figure.sentence, cache)
        if context is None:
            continue  # a comparison, a target, a month …: another quantity
        # A quantity of another year is another quantity.
        when = context or year
        level = level_of(ex, figure)  # the same identity per level is another quantity
        scope = _scope(ex, figure.sentence)  # and so is one of a part of the unit
        for code, value in keys.items():
            code = (code, when, level, scope)
            if code not in first:
                first[code] = (value, figure)
                continue
            seen, earlier = first[code]
            if seen != value and earlier.sentence != figure.sentence:
                # (two values in one sentence are of two things: "huyện A có tổng số hộ nghèo
                # là 120 hộ, huyện B có tổng số hộ nghèo là 95 hộ", "Sở Tư pháp tiếp nhận
                # 3.912 hồ sơ …; Sở Lao động … tiếp nhận 2.605 hồ sơ")
                findings.append(
                    make(
                        "inconsistent_repeat",
                        ex,
                        figure.start,
                        figure.end,
                        stated=num(value),
                        expected=num(seen),
                        arithmetic=f"{num(seen)} ≠ {num(value)}",
                        quantity=LABELS.get(code[0], code[0])
                        if isinstance(code[0], str)
                        else code[0][1],
                    )
                )
                break
    return findings


# --- a title's figure restated in the body ------------------------------------------------------
_CLAUSE_CUT = re.compile(r"[,;:()\n]")
_VERB_STOP = {
    "đã",
    "được",
    "là",
    "với",
    "tổng",
    "số",
    "cho",
    "và",
    "gần",
    "hơn",
    "trên",
    "lên",
    "tới",
    "đến",
    "thêm",
    "toàn",
    "bộ",
    "các",
    "cả",
}
_STATE = ("đang", "chưa", "không")


def _verb(label: str) -> tuple[str, str]:
    """(the last word before a figure in its clause, its state word): "đã tiếp nhận" →
    ("nhận", ""), "đang giải quyết" → ("quyết", "đang"); «có» alone is ("có", "")."""
    words = [w for w in _CLAUSE_CUT.split(label)[-1].lower().split() if w not in _VERB_STOP]
    if not words:
        return "", ""
    states = [w for w in words[-4:-1] if w in _STATE]
    return words[-1], states[-1] if states else ""


def _noun_key(figure: Figure) -> str:
    return " ".join(figure.noun.lower().split()[:2])


# "Đối với thanh tra hành chính, … đã triển khai 57 cuộc": a part of the title's whole.
_TOPIC_START = re.compile(
    r"\s*(?:[-+•*–]\s*)?(?:đối với|về|riêng|ở|tại|trong lĩnh vực|lĩnh vực|trong đó|cấp \w+|"
    r"các? (?:huyện|xã|sở|ngành|địa phương))\b",
    re.I,
)
_OTHER_QUANTITY = re.compile(
    r"so với|cùng kỳ|năm trước|kỳ trước|kế hoạch|chỉ tiêu|mục tiêu|lũy kế|luỹ kế|bình quân|"
    r"trung bình|\bmỗi\b",
    re.I,
)
_PERIOD = re.compile(
    r"quý\s+[IV1-4]+(?:/\d{4})?|tháng\s+\d+(?:/\d{4})?|năm\s+\d{4}|\d+\s+tháng", re.I
)


def _periods(ex: Extraction, start: int, end: int) -> set[str]:
    return {" ".join(m.lower().split()) for m in _PERIOD.findall(ex.text, start, end)}


def _rate_key(ex: Extraction, figure: Figure) -> str:
    """The name of a rate before a percentage: "Tỷ lệ cử tri đi bầu đạt 99,52%" → "cử tri
    đi"; "" when the words before it name no rate."""
    clause = _CLAUSE_CUT.split(figure.label[-80:])[-1]
    match = re.search(r"(?:tỷ|tỉ) lệ\s+(.*)$", clause, re.I)
    if not match:
        return ""
    words = []
    for word in match.group(1).lower().split():
        if word in _RATE_STOP or len(words) == 3:
            break
        words.append(word)
    return " ".join(words)


_RATE_STOP = {
    "giảm",
    "tăng",
    "đạt",
    "là",
    "còn",
    "toàn",
    "của",
    "tại",
    "cuối",
    "đầu",
    "năm",
    "trên",
    "ở",
    "chung",
    "bình",
    "khoảng",
    "gần",
    "hơn",
    "chỉ",
    "đã",
    "được",
}


def check_title_repeats(ex: Extraction) -> list[Finding]:
    """ "Quảng Ninh: tiếp 5.460 lượt công dân" in the title, "đã tiếp 5.406 lượt công dân" in
    the body: the headline's figure is the body's, stated with the same verb and noun (a
    rate: with the same name, «Tỷ lệ cử tri đi bầu đạt 99,52%»). Said only where every figure
    of the body so stated, of the title's period, has one other value."""
    from danvan.checker.checks.change import is_change_percent

    findings: list[Finding] = []
    parts = structure_parts(ex)
    for index in title_sentences(ex):
        if index >= len(ex.sentences):
            continue
        title = ex.sentences[index]
        line = ex.text[title.start : title.end].strip()
        if not line or line.endswith(".") or "\n" in line or len(line) > 200:
            continue  # a sentence of the text, not a title line
        title_periods = _periods(ex, title.start, title.end)
        for figure in ex.in_sentence(index):
            if figure.kind not in ("count", "money", "percent") or not figure.exact:
                continue
            if figure.kind == "percent":
                key = _rate_key(ex, figure)
                if not key or is_change_percent(ex, figure):
                    continue
            else:
                (verb, state), noun = _verb(figure.label), _noun_key(figure)
                if not verb or (figure.kind == "count" and len(noun.split()) < 2):
                    continue
            if figure.kind != "percent" and _title_kind(ex, figure, title.end):
                continue  # "tiếp nhận 48.306 hồ sơ trực tuyến": a kind of the body's whole
            # The title's value stated anywhere in the body with its words, as a part too:
            # "… trong đó thu hồi theo các kết luận năm 2023 là 1,96 tỷ đồng".
            anywhere = any(
                f.start > title.end and f.kind == figure.kind and f.value == figure.value
                for f in ex.figures
            )
            same = []
            for f in ex.figures:
                if f.start <= title.end or f.kind != figure.kind or not f.exact or id(f) in parts:
                    continue
                sentence = ex.sentences[f.sentence]
                if _OTHER_QUANTITY.search(
                    ex.text, sentence.start, sentence.end
                ) or _TOPIC_START.match(ex.text, sentence.start):
                    continue
                periods = _periods(ex, sentence.start, sentence.end)
                if periods and title_periods and not periods & title_periods:
                    continue  # another period's figure
                if figure.kind == "percent":
                    if _rate_key(ex, f) != key or is_change_percent(ex, f):
                        continue
                else:
                    if _noun_key(f) != noun or noun_head(f.noun) != noun_head(figure.noun):
                        continue
                    if _verb(f.label)[1] != state or (
                        verb != "có" and not _ends_with(f.label, verb)
                    ):
                        continue
                    if _modal(figure.label) != _modal(f.label):
                        continue  # "kiến nghị thu hồi 3,95 tỷ" is not "đã thu hồi 2,84 tỷ"
                    if _subset(ex, f):
                        continue
                same.append(f)
            values = {f.value for f in same}
            if len(values) != 1:
                continue
            repeat = same[0]
            title_shown, body_shown = _shown(figure), _shown(repeat)
            if figure.value in values:
                verified(
                    ex,
                    "repeat",
                    repeat.start,
                    repeat.end,
                    f"tiêu đề và thân bài cùng nêu {title_shown}: khớp",
                )
                continue
            if anywhere:
                continue
            what = (
                f"tỷ lệ {key}"
                if figure.kind == "percent"
                else f"{_verb(figure.label)[0]} … {figure.noun}"
            )
            findings.append(
                make(
                    "inconsistent_repeat",
                    ex,
                    repeat.start,
                    repeat.end,
                    stated=body_shown,
                    expected=title_shown,
                    arithmetic=f"tiêu đề {title_shown} ≠ thân bài {body_shown}",
                    quantity=what,
                )
            )
    return findings


_MODAL = re.compile(r"kiến nghị|đề nghị|dự kiến|kế hoạch|chỉ tiêu|phấn đấu|\bphải\b", re.I)


def _modal(label: str) -> bool:
    """Whether a figure's clause states a recommendation, a plan or a target."""
    return bool(_MODAL.search(_CLAUSE_CUT.split(label)[-1]))


def _title_kind(ex: Extraction, figure: Figure, title_end: int) -> bool:
    """Whether the title's figure counts one kind of a split («hồ sơ trực tuyến», «đơn khiếu
    nại, tố cáo đúng»): the body's whole is not it."""
    from danvan.checker.checks.arithmetic import category_in_words

    rest = ex.text[figure.end : title_end]
    return _subset(ex, figure) or category_in_words(rest) is not None


def _shown(figure: Figure) -> str:
    """A figure as the text writes it: 8.640, 99,52%, «3,95 tỷ đồng»."""
    if figure.kind == "percent":
        return percent_text(figure.value, figure.decimals)
    return figure.text if figure.kind == "money" else num(figure.value)


def _ends_with(label: str, verb: str) -> bool:
    """Whether the figure's clause holds the title's verb: "số tiền đã thu hồi nộp ngân sách
    là" holds «hồi» (of «thu hồi»)."""
    clause = " ".join(_CLAUSE_CUT.split(label)[-1].lower().split())
    return f" {verb} " in f" {clause} "


# "… 1.238 hộ nghèo. Để hỗ trợ 1.283 hộ nghèo nêu trên, …": a figure that says it is one
# stated before.
_BACK_REFERENCE = re.compile(r"\s(?:nêu trên|nói trên|kể trên|trên đây|đã nêu)\b", re.I)


# "Qua 241 cuộc đối thoại, …", "Trong tổng số 24.586 hồ sơ tiếp nhận, …": a clause that opens
# on a figure already stated, to say what came of it.
_OPENING_REFERENCE = re.compile(
    r"(?:^|[.,;:]\s*|\n\s*)(?:(?:thông\s+)?qua|trong\s+(?:tổng\s+)?số)\s*$", re.I
)
_REFERENCE_ROLE = re.compile(r"\b(?:đã\s+)?(tiếp nhận|giải quyết|thụ lý|được giao|kiểm tra)", re.I)


_REFERENCE_WORDS = {
    "tiếp",
    "nhận",
    "đã",
    "được",
    "giải",
    "quyết",
    "thụ",
    "lý",
    "nêu",
    "trên",
    "này",
    "kể",
    "nói",
    "đó",
}


def _opening_reference(ex: Extraction, index: int, figure: Figure) -> list[Figure] | None:
    """The figures a clause opening on «Qua N …» or «Trong tổng số N …» refers back to: those
    of the same things in the three sentences before (of the role it names, if it names one),
    or None when the figure does not open such a clause."""
    start = ex.sentences[figure.sentence].start
    label = ex.text[max(start, figure.start - 30) : figure.start]
    if not _OPENING_REFERENCE.search(label) and not (
        _OPENING_REFERENCE.search("\n" + label) and figure.start - start <= len(label)
    ):
        return None
    noun = _noun_key(figure)
    role = _REFERENCE_ROLE.search(
        re.split(r"[,;.()\n]", ex.text[figure.end : figure.noun_end + 30])[0]
    )
    earlier = [
        f
        for f in ex.figures[:index]
        if f.kind == figure.kind
        and f.exact
        and f.noun
        and _noun_key(f) == noun
        and figure.sentence - 3 <= f.sentence < figure.sentence
    ]
    if role:
        earlier = [f for f in earlier if role.group(1).lower() in f.label[-30:].lower()]
    # "Trong tổng số 18 dự án đã có phương án bồi thường …": words naming a narrower set than
    # the earlier figure's are another figure, not a restatement.
    clause = re.split(r"[,;.()\n]", ex.text[figure.end : figure.end + 80])[0]
    own = set(clause.lower().split())
    return [f for f in earlier if own <= _named_words(ex, f) | _REFERENCE_WORDS]


def _named_words(ex: Extraction, figure: Figure) -> set[str]:
    """The words that name what a figure counts: its noun and the words after it, up to the
    next punctuation."""
    after = re.split(r"[,;.()]", ex.text[figure.noun_end : figure.noun_end + 60])[0]
    return set(f"{figure.noun} {after}".lower().split())


def check_back_references(ex: Extraction) -> list[Finding]:
    findings: list[Finding] = []
    for index, figure in enumerate(ex.figures):
        if figure.kind not in ("count", "money") or not figure.exact or not figure.noun:
            continue
        clause = re.split(r"[,;.()\n]", ex.text[figure.end : figure.end + 40])[0]
        back = _BACK_REFERENCE.search(clause)
        noun = " ".join(clause[: back.start()].lower().split()[:2]) if back else ""
        if back and noun:
            earlier = [
                f
                for f in ex.figures[:index]
                if f.kind == figure.kind and f.exact and f.noun and _noun_key(f) == noun
            ]
            said = f"{noun} nêu trên"
        else:
            earlier = _opening_reference(ex, index, figure)
            said = f"{figure.noun} ở câu trước"
            if not earlier:
                continue
        values = {f.value for f in earlier}
        if len(values) != 1:
            continue
        if figure.value in values:
            verified(ex, "repeat", figure.start, figure.end, f"{num(figure.value)} {said}: khớp")
            continue
        findings.append(
            make(
                "inconsistent_repeat",
                ex,
                figure.start,
                figure.end,
                stated=num(figure.value),
                expected=num(earlier[-1].value),
                arithmetic=f"{num(earlier[-1].value)} ≠ {num(figure.value)} ({said})",
                quantity=figure.noun,
            )
        )
    return findings


# --- a whole restated -------------------------------------------------------------------------
# "… 1.458 tổ hòa giải … Đến nay, 1.485 tổ hòa giải (đạt 100%) đã được cấp tài liệu": a figure
# said to be all of those things restates the number of them stated before.
_ALL_BEFORE = re.compile(r"\b(?:toàn bộ|tất cả|cả)\s*$", re.I)
_ALL_AFTER = re.compile(r"\s*\(\s*(?:đạt\s+)?100\s*%\s*\)", re.I)


def _two_words(noun: str) -> list[str]:
    return noun.lower().split()[:2]  # "tổ hòa giải ở", "tổ hòa giải": the same things


def check_restated_wholes(ex: Extraction) -> list[Finding]:
    findings = []
    for index, figure in enumerate(ex.figures):
        if figure.kind != "count" or figure.approximate or len(figure.noun.split()) < 2:
            continue
        said_all = _ALL_BEFORE.search(figure.label[-12:]) or _ALL_AFTER.match(
            ex.text, figure.noun_end
        )
        if not said_all:
            continue
        block = ex.sentences[figure.sentence].block
        earlier = {
            f.value
            for f in ex.figures[:index]
            if f.kind == "count"
            and f.exact
            and _two_words(f.noun) == _two_words(figure.noun)
            and block - 1 <= ex.sentences[f.sentence].block <= block
            and not COMPARISON_RE.search(f.label[-30:])
        }
        # The whole is the largest of them; the others, its parts, must be smaller than the
        # figure restating it ("1.062 học viên … giỏi 312, khá 694 … toàn bộ 1.026 học viên").
        ranked = sorted(earlier)
        if not ranked or (len(ranked) > 1 and figure.value <= ranked[-2]):
            continue
        seen = ranked[-1]
        if seen == figure.value:
            verified(
                ex, "repeat", figure.start, figure.noun_end, f"{num(seen)} = {num(seen)}: khớp"
            )
            continue
        if abs(seen - figure.value) * 10 > seen:
            continue  # far apart: all of another group, not a slip of this one
        findings.append(
            make(
                "inconsistent_repeat",
                ex,
                figure.start,
                figure.noun_end,
                stated=num(figure.value),
                expected=num(seen),
                arithmetic=f"{num(seen)} ≠ {num(figure.value)}",
                quantity=figure.noun,
            )
        )
    return findings
