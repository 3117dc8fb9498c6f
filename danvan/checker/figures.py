"""Find the figures a Vietnamese report states: counts, percentages, ratios, money and dates,
each with the noun phrase it counts, the words before it and its sentence.

Vietnamese writes 50.003 (fifty thousand and three) and 84,2% (eighty-four point two per cent).
Numbers that are not figures — years, article and item numbers, document numbers and symbols
("04/2015/NĐ-CP"), list labels — are recognised first and left out. Pure Python: no database.
"""

import calendar
import re
from dataclasses import dataclass, field
from decimal import Decimal

from danvan.core.parsing import parse_number as core_parse_number

# A number as Vietnamese writes it: thousands grouped with dots, decimals after a comma.
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_BEFORE = r"(?<![\w.,/\-–])"  # not the tail of a longer number, code or word
# (nor the start of a range: "25 xã đạt 15-18 tiêu chí")
_AFTER = r"(?![\w/]|[.,]\d|[ \t]?[-–][ \t]?\d)"

APPROXIMATE_RE = re.compile(
    # ("nhiều hơn 12 vụ" is an amount of change, not an estimate)
    r"(?:\b(?:(?<!nhiều )(?<!ít )(?<!cao )(?<!thấp )(?<!lớn )(?<!nhỏ )hơn|"
    r"(?<!cấp )(?<!phía )(?<!nêu )(?<!kể )(?<!nói )trên|khoảng|gần|xấp xỉ|"
    r"ước tính|ước khoảng|ước|chừng|dưới|trên dưới|chưa đến|"
    r"không quá|ít nhất|tối thiểu|tối đa|ngót|hầu hết|gần như|trên\s+dưới)|~)\s*$",
    re.IGNORECASE,
)
# Words after which a number is an identifier or an ordinal, not a quantity ("cấp 2", but
# "tại trụ sở tiếp công dân các cấp 1.562 lượt" counts).
ORDINAL_RE = re.compile(
    r"(?:\b(?:điều|khoản|điểm|chương|mục|lần thứ|thứ|khóa|khoá|mức độ|mức|cấp độ|nhóm|loại|"
    r"phụ lục|biểu|mẫu|(?<!tổng )(?<!tổng cộng )(?<!trong )(?<!thiểu )(?<!đa )(?<!dân )số|"
    r"giai đoạn|nhiệm kỳ|tháng|năm|quý|đợt|"
    r"tuần|ngày|lớp|tầng|lô|thửa|"
    r"trang|xóm|thôn|ấp|khóm|khu phố|tiểu khu|quận|phường|đường|km|ql|iso|tcvn|covid|vùng|"
    r"khu vực|"
    r"phiên bản|version|tiêu chí|tiêu chuẩn|hạng|bậc|(?<!các )(?<!ba )(?<!mọi )cấp)|[#№])"
    r"\s*(?:\d+\s*(?:,|và|-|–)\s*)*$",
    re.IGNORECASE,
)


# Words that end the noun phrase following a number.
def _words(text: str) -> list[str]:
    """Space-separated word lists read better than a wall of quoted strings."""
    return text.split()


_NOUN_STOP = set(
    _words(
        "và của trong đạt chiếm với là được đã tại cho theo trên so bằng gồm đến từ thì nhưng hoặc "
        "hay còn có không này đó các những vào để do về tỷ tỉ trở lên nên mà như khi sau trước "
        "thuộc tương ứng tăng giảm vượt"
    )
)
_WORD_RE = re.compile(r"[ \t]*([^\W\d_]+)")

DATE_NUMERIC_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/])")
DATE_WORDS_RE = re.compile(
    r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b", re.IGNORECASE
)
DATE_PARTIAL_RE = re.compile(r"\bngày\s+(\d{1,2})/(\d{1,2})(?![\d/])", re.IGNORECASE)
MONTH_RE = re.compile(r"\btháng\s+(\d{1,2})\s*(?:năm\s+|/)(\d{4})\b", re.IGNORECASE)
# Document numbers and symbols: 04/2015/NĐ-CP, 869/UBND-NC, 120-KL/TW, 10/2022/QH15.
DOC_NUMBER_RE = re.compile(
    r"(?<![\w/])\d+(?:/\d{4}/|/|-)[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-Za-zĐđ0-9&]+)*"
)
CODE_RE = re.compile(r"\b(?:ISO|TCVN|Covid|COVID|SARS-CoV)[\s\-:]*[\d:.\-]+")
TIME_RE = re.compile(r"\b\d{1,2}\s*(?:giờ|h)\s*\d{0,2}(?:\s*phút)?\b")
LIST_LABEL_RE = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+\.)[ \t]", re.MULTILINE)
RATIO_RE = re.compile(rf"{_BEFORE}({NUM})\s*/\s*({NUM}){_AFTER}")
# "128 đơn/150 đơn": the noun written on both sides.
RATIO_NOUN_RE = re.compile(
    rf"{_BEFORE}({NUM})[ \t]+([^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]*/[ \t]*({NUM})[ \t]+\2(?!\w)",
    re.IGNORECASE,
)
RATIO_WORDS_RE = re.compile(
    # ("3 sao trở lên với trên 2.655 chủ thể": «với trên» is «more than», no ratio)
    rf"{_BEFORE}({NUM})((?:[ \t]+[^\W\d_]+){{0,4}}?)(?<!\bvới)(?<!\bcó)(?<!\bvà)(?<!\blà)"
    rf"[ \t]+(?:trên[ \t]+(?:tổng[ \t]+số[ \t]+|"
    rf"(?:tổng[ \t]+)?dân[ \t]+số[ \t]+)?|trong[ \t]+tổng[ \t]+số[ \t]+)({NUM}){_AFTER}"
    # "85 thôn đạt danh hiệu thôn văn hóa trên tổng số 100 thôn": a longer phrase before
    # «trên tổng số», which says it is a ratio.
    rf"|{_BEFORE}({NUM})((?:[ \t]+[^\W\d_]+){{5,10}}?)[ \t]+(?:trên|trong)[ \t]+"
    rf"(?:tổng[ \t]+số|(?:tổng[ \t]+)?dân[ \t]+số)[ \t]+"
    rf"({NUM}){_AFTER}",
    re.IGNORECASE,
)
# "giảm 400 vụ (-18,74%)": a change's sign written right after the parenthesis.
PERCENT_RE = re.compile(rf"(?:{_BEFORE}|(?<=\(-)|(?<=\(−))({NUM})[ \t]?%")
# "chiếm tỷ lệ 96.8%", "5.47%": a decimal point typed the English way — one or two digits after
# the dot cannot be a group of thousands.
DOT_PERCENT_RE = re.compile(r"(?<![\w.,/\-–])(\d{1,3})\.(\d{1,2})[ \t]?%")
# "26/29 lượt, chiếm 89,65 (gồm …)": a share written without its sign, known by "chiếm" and a
# decimal comma with no noun after it.
BARE_PERCENT_RE = re.compile(
    r"(?<!\w)chiếm(?:[ \t]+(?:tỷ|tỉ)[ \t]+lệ)?[ \t]+(\d{1,2},\d{1,3})"
    r"(?=[ \t]*(?:[(),;]|\.(?!\d)|$))",
    re.I | re.M,
)
MONEY_RE = re.compile(
    # ("5,6 nghìn tỷ đồng": a thousand billion)
    rf"{_BEFORE}({NUM})[ \t]*((?:nghìn|ngàn)[ \t]+(?:tỷ|tỉ)|triệu|tỷ|tỉ|nghìn|ngàn)?[ \t]*"
    r"(đồng|VNĐ|VND|đ)(?!\w)",
    re.IGNORECASE,
)
COUNT_RE = re.compile(rf"{_BEFORE}({NUM}){_AFTER}")
# "3,87 ngàn hồ sơ", "1,2 triệu lượt": a count in words, known to its last written digit.
SCALE_AFTER_RE = re.compile(
    r"[ \t]*(nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)(?![ \t]*(?:đồng|VNĐ|VND)\b)", re.I
)
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
# "năm 2023": a year named in words (the sentence's period).
YEAR_RE = re.compile(r"\bnăm\s+(\d{4})\b", re.I)


def parse_number(text: str) -> Decimal:
    """'50.003' → 50003, '84,2' → 84.2, '02' → 2: the one parser of typed numbers."""
    return core_parse_number(text)


def decimals_of(text: str) -> int:
    _, _, fraction = text.partition(",")
    return len(fraction)


def is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # paragraph (text between blank lines) the sentence belongs to


@dataclass(eq=False)  # a figure is a place in the text: compared by identity
class Figure:
    kind: str  # count | percent | ratio | money | date
    start: int
    end: int
    text: str
    value: Decimal | None = None
    decimals: int = 0
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    approximate: bool = False
    noun: str = ""
    noun_end: int = 0
    label: str = ""
    sentence: int = 0  # index into Extraction.sentences
    extra: dict = field(default_factory=dict)

    @property
    def exact(self) -> bool:
        return not self.approximate

    @property
    def valid_date(self) -> bool:
        if self.kind != "date" or self.month is None:
            return False
        if not 1 <= self.month <= 12:
            return False
        if self.day is None:
            return True
        year = self.year or 2024  # without a year, 29/2 may be right
        return 1 <= self.day <= calendar.monthrange(year, self.month)[1]

    def as_json(self, text: str, sentences: list[Sentence]) -> dict:
        sentence = sentences[self.sentence]
        data = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "approximate": self.approximate,
            "noun": self.noun,
            "sentence": text[sentence.start : sentence.end],
        }
        if self.kind == "ratio":
            data["numerator"] = _plain(self.numerator)
            data["denominator"] = _plain(self.denominator)
        elif self.kind == "date":
            data.update(day=self.day, month=self.month, year=self.year)
        else:
            data["value"] = _plain(self.value)
        return data


def _plain(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass
class Extraction:
    text: str
    sentences: list[Sentence]
    figures: list[Figure]
    masked: list[tuple[int, int, str]]  # document numbers, codes … (start, end, kind)
    _by_sentence: dict | None = field(default=None, repr=False)
    _index: dict | None = field(default=None, repr=False)
    cache: dict = field(default_factory=dict, repr=False)  # results shared by checks

    def sentence_text(self, figure: Figure) -> str:
        s = self.sentences[figure.sentence]
        return self.text[s.start : s.end]

    def in_sentence(self, index: int) -> list[Figure]:
        if self._by_sentence is None:
            self._by_sentence = {}
            for figure in self.figures:
                self._by_sentence.setdefault(figure.sentence, []).append(figure)
        return self._by_sentence.get(index, [])

    def index_of(self, figure: Figure) -> int:
        if self._index is None:
            self._index = {id(f): i for i, f in enumerate(self.figures)}
        return self._index[id(figure)]


# (not the dot of an abbreviation of a place or an office: "TP. Cao Lãnh", "TX. Hồng Ngự",
# "TT. …", "Q. 1", "P. …", "UBND TP. …")
_SENTENCE_END_RE = re.compile(r"(?<!\bTP)(?<!\bTX)(?<!\bTT)(?<!\bQ)(?<!\bP)[.!?](?=\s|$)|\n")
_BLOCK_RE = re.compile(r"\n[ \t]*\n")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences end at '.', '!', '?' before a space, and at line ends; blocks at blank lines."""
    block_starts = [0] + [m.end() for m in _BLOCK_RE.finditer(text)]
    sentences = []
    start, block = 0, 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        while block + 1 < len(block_starts) and block_starts[block + 1] <= start:
            block += 1
        if text[start:end].strip():
            start += len(text[start:end]) - len(text[start:end].lstrip())
            sentences.append(Sentence(start, end, block))
        start = match.end()
    if text[start:].strip():
        start += len(text[start:]) - len(text[start:].lstrip())
        while block + 1 < len(block_starts) and block_starts[block + 1] <= start:
            block += 1
        sentences.append(Sentence(start, len(text), block))
    return sentences or [Sentence(0, len(text), 0)]


class _Occupied:
    """Which characters already belong to a figure or an identifier: one byte per char."""

    def __init__(self, size: int):
        self.cells = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self.cells.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.cells[start:end] = b"\x01" * (end - start)


def _approximate(text: str, start: int) -> bool:
    return bool(APPROXIMATE_RE.search(text[max(0, start - 24) : start]))


def qualifier(text: str, start: int) -> str:
    """The word that makes a figure an estimate ("gần", "hơn" …), lower-case, or ""."""
    match = APPROXIMATE_RE.search(text[max(0, start - 24) : start])
    return " ".join(match.group(0).lower().split()) if match else ""


def _noun_after(text: str, pos: int) -> tuple[str, int]:
    words, end = [], pos
    while len(words) < 4:
        match = _WORD_RE.match(text, end)
        if match is None or match.group(1).lower() in _NOUN_STOP:
            break
        words.append(match.group(1))
        end = match.end()
    return " ".join(words), end


def _dates(text: str, occupied: _Occupied) -> list[Figure]:
    """Dates first: "ngày 07/6/2021" must not read as a ratio or a document number."""
    found = []
    for regex in (DATE_WORDS_RE, DATE_NUMERIC_RE, DATE_PARTIAL_RE):
        for m in regex.finditer(text):
            if not occupied.free(m.start(), m.end()):
                continue
            groups = [g for g in m.groups() if g not in ("/", ".", "-")]
            day, month = int(groups[0]), int(groups[1])
            year = int(groups[2]) if len(groups) > 2 else None
            occupied.take(*m.span())
            found.append(Figure("date", *m.span(), m.group(), day=day, month=month, year=year))
    return found


def _months(text: str, occupied: _Occupied) -> list[Figure]:
    """ "tháng 6 năm 2021", "tháng 6/2021": a date without a day."""
    found = []
    for m in MONTH_RE.finditer(text):
        if occupied.free(m.start(), m.end()):
            occupied.take(m.start(), m.end())
            found.append(
                Figure("date", *m.span(), m.group(), month=int(m.group(1)), year=int(m.group(2)))
            )
    return found


IDENTIFIERS = (
    (DOC_NUMBER_RE, "document_number"),
    (CODE_RE, "code"),
    (TIME_RE, "time"),
    (LIST_LABEL_RE, "list_label"),
)


def _identifiers(text: str, occupied: _Occupied) -> list[tuple[int, int, str]]:
    """Numbers that are not figures (document numbers, codes, times, list labels): masked."""
    masked = []
    for regex, kind in IDENTIFIERS:
        for m in regex.finditer(text):
            if occupied.free(m.start(), m.end()):
                occupied.take(m.start(), m.end())
                masked.append((m.start(), m.end(), kind))
    return masked


_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])")


def _ratios(text: str, occupied: _Occupied) -> list[Figure]:
    """ "315/372", unless both are years ("năm học 2024/2025") or an ordinal comes before."""
    found = []
    for m in RATIO_RE.finditer(text):
        if is_year(m.group(1)) and is_year(m.group(2)):
            continue
        if _DAY_MONTH.fullmatch(m.group()) and (
            re.search(r"\bngày\b", text[max(0, m.start() - 40) : m.start()], re.I)
            and re.match(r"\s*\)", text[m.end() : m.end() + 3])
        ):
            continue  # "Nhân Ngày Pháp luật Việt Nam (09/11), …": a day of the year
        if occupied.free(m.start(), m.end()) and not ORDINAL_RE.search(
            text[max(0, m.start() - 30) : m.start()]
        ):
            occupied.take(m.start(), m.end())
            found.append(
                Figure(
                    "ratio",
                    *m.span(),
                    m.group(),
                    numerator=parse_number(m.group(1)),
                    denominator=parse_number(m.group(2)),
                )
            )
    return found


def _ratios_in_words(text: str, occupied: _Occupied) -> list[Figure]:
    """ "315 hồ sơ trên tổng số 372", the words between being the noun; not when approximate;
    "128 đơn/150 đơn", the noun said twice."""
    found = []
    for m in RATIO_NOUN_RE.finditer(text):
        if occupied.free(m.start(), m.end()) and not _approximate(text, m.start()):
            occupied.take(m.start(), m.end())
            found.append(
                Figure(
                    "ratio",
                    *m.span(),
                    m.group(),
                    numerator=parse_number(m.group(1)),
                    denominator=parse_number(m.group(3)),
                    noun=m.group(2).strip(),
                    noun_end=m.end(),
                )
            )
    for m in RATIO_WORDS_RE.finditer(text):
        if occupied.free(m.start(), m.end()) and not _approximate(text, m.start()):
            occupied.take(m.start(), m.end())
            first = 1 if m.group(1) is not None else 4
            found.append(
                Figure(
                    "ratio",
                    *m.span(),
                    m.group(),
                    numerator=parse_number(m.group(first)),
                    denominator=parse_number(m.group(first + 2)),
                    noun=m.group(first + 1).strip(),
                )
            )
    return found


def _percents(text: str, occupied: _Occupied) -> list[Figure]:
    """ "84,2%", keeping how many decimals were written."""
    found = []
    # "96.8%" first, read as "96,8"; then "84,2%".
    for regex, written in (
        (DOT_PERCENT_RE, lambda m: f"{m.group(1)},{m.group(2)}"),
        (PERCENT_RE, lambda m: m.group(1)),
    ):
        for m in regex.finditer(text):
            if occupied.free(m.start(), m.end()):
                occupied.take(m.start(), m.end())
                number = written(m)
                found.append(
                    Figure(
                        "percent",
                        *m.span(),
                        m.group(),
                        value=parse_number(number),
                        decimals=decimals_of(number),
                    )
                )
    for m in BARE_PERCENT_RE.finditer(text):
        start, end = m.span(1)
        if occupied.free(start, end):
            occupied.take(start, end)
            found.append(
                Figure(
                    "percent",
                    start,
                    end,
                    m.group(1),
                    value=parse_number(m.group(1)),
                    decimals=decimals_of(m.group(1)),
                    extra={"unsigned": True},
                )
            )
    return found


def _money(text: str, occupied: _Occupied) -> list[Figure]:
    """ "1,5 tỷ đồng" → 1.500.000.000: the value in đồng."""
    found = []
    for m in MONEY_RE.finditer(text):
        if occupied.free(m.start(), m.end()):
            occupied.take(m.start(), m.end())
            words = (m.group(2) or "").lower().split()
            scale = 1
            for word in words:
                scale *= SCALES.get(word, 1)
            found.append(
                Figure("money", *m.span(), m.group(), value=parse_number(m.group(1)) * scale)
            )
    return found


_RATING_AFTER = re.compile(r"[ \t]+sao\b", re.I)


def _counts(text: str, occupied: _Occupied) -> list[Figure]:
    """Every other free number that is not a year and not after an ordinal word. Last, so it
    takes nothing from the kinds above (and marks nothing: nothing comes after it)."""
    found = []
    for m in COUNT_RE.finditer(text):
        number = m.group(1)
        if not occupied.free(m.start(), m.end()) or is_year(number):
            continue
        if ORDINAL_RE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if _RATING_AFTER.match(text, m.end()):
            continue  # "sản phẩm đạt 3 sao trở lên": a rating, not a count
        figure = Figure(
            "count",
            *m.span(),
            number,
            value=parse_number(number),
            decimals=decimals_of(number),
        )
        scale = SCALE_AFTER_RE.match(text, m.end())
        if scale:
            factor = SCALES[scale.group(1).lower()]
            figure.value *= factor
            # 3,87 ngàn is 3.865 to 3.875: half a unit of the last digit written, scaled.
            figure.extra["tolerance"] = Decimal(factor) / 2 / 10**figure.decimals
            figure.noun_end = scale.end()
        found.append(figure)
    return found


# After the dates and the identifiers, in this order: each takes its characters from the next.
QUANTITIES = (_ratios, _ratios_in_words, _percents, _money, _counts)


def _place(figures: list[Figure], text: str, sentences: list[Sentence]) -> None:
    """Each figure's sentence, approximation, noun phrase and the words before it (its label),
    read in order: a label starts after the previous figure's noun."""
    sentence_index = 0
    previous_end = 0
    for figure in figures:
        while sentence_index + 1 < len(sentences) and sentences[sentence_index].end <= figure.start:
            sentence_index += 1
        figure.sentence = sentence_index
        sentence_start = sentences[sentence_index].start
        figure.approximate = figure.kind != "date" and (
            _approximate(text, figure.start) or "tolerance" in figure.extra
        )
        if figure.kind in ("count", "ratio", "money") and not figure.noun:
            figure.noun, figure.noun_end = _noun_after(text, max(figure.end, figure.noun_end))
        figure.noun_end = max(figure.noun_end, figure.end)
        label_start = max(sentence_start, previous_end)
        figure.label = " ".join(text[label_start : figure.start].split())[-120:]
        previous_end = figure.noun_end


def extract(text: str) -> Extraction:
    """Every figure of ``text`` in reading order."""
    sentences = split_sentences(text)
    occupied = _Occupied(len(text))
    figures = _dates(text, occupied) + _months(text, occupied)
    masked = _identifiers(text, occupied)
    for extractor in QUANTITIES:
        figures += extractor(text, occupied)
    figures.sort(key=lambda f: f.start)
    _place(figures, text, sentences)
    return Extraction(text, sentences, figures, masked)
