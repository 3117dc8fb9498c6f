"""Check a report: ``check_text(text)`` and ``check_file(name, data)``. Pure Python, no database;
the web page, the API, the CLI and the evaluation all call these."""

import re
from dataclasses import dataclass, field, replace

from danvan.checker import checks
from danvan.checker.checks import Finding
from danvan.checker.figures import Extraction, extract
from danvan.checker.reading import MAX_FILE_BYTES, Document, ReadError, read_document
from danvan.checker.rules import ERROR, NOTICE, WARNING
from danvan.core.numbers import format_number

# A 300-page report states some 10.000 figures; far more is a table dump, not a report, and
# would only make the checker slow for everyone.
MAX_FIGURES = 50_000
_DIGITS = re.compile(r"\d+")
TOO_MANY_FIGURES = (
    "Văn bản có {count} con số, quá nhiều cho một báo cáo (tối đa {limit}). "
    "Hãy kiểm tra từng phần của văn bản."
)


@dataclass
class Result:
    text: str
    extraction: Extraction
    findings: list[Finding]
    document: Document | None = None
    verified: list = field(default_factory=list)  # relations recomputed and found right

    @property
    def figures(self):
        return self.extraction.figures

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def notices(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == NOTICE]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def as_json(self, name: str | None = None) -> dict:
        ex = self.extraction
        data = {
            "file": name or (self.document.name if self.document else None),
            "figures": [f.as_json(ex.text, ex.sentences) for f in ex.figures],
            "findings": [f.as_json() for f in self.findings],
            "verified": [v.as_json() for v in self.verified],
        }
        if self.document is not None:
            data["kind"] = self.document.kind
            data["encoding"] = self.document.encoding
            data["pages"] = round(self.document.page_estimate, 1)
        return data


_MARKUP = re.compile(r"\*+|(?<![\w])_+|_+(?![\w])")


def mask_markup(text: str) -> str:
    """Asterisks and underscores of italics and bold left in a pasted text ("**30/2020/NĐ-CP**")
    become spaces of the same length: they change no figure and no citation, and every
    position stays the user's."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


def check_text(text: str) -> Result:
    """Every figure of ``text`` and every finding, ordered by position. Raises ReadError for
    a text with more than :data:`MAX_FIGURES` numbers."""
    runs = sum(1 for _ in _DIGITS.finditer(text))  # cheap upper bound, before extracting
    ex = extract(mask_markup(text)) if runs <= 2 * MAX_FIGURES else None
    count = len(ex.figures) if ex else runs
    if count > MAX_FIGURES:
        raise ReadError(
            TOO_MANY_FIGURES.format(count=format_number(count), limit=format_number(MAX_FIGURES))
        )
    header = checks.read_header(ex)
    header_date = (header.day, header.month, header.year)
    year = checks.document_year(ex, header_date)
    roles = checks.figure_roles(ex)
    citations = checks.citations(ex)
    findings = [
        *checks.check_ratios(ex),
        *checks.check_ratio_partitions(ex),
        *checks.check_named_bases(ex),
        *checks.check_household_rates(ex),
        *checks.check_outcomes(ex),
        *checks.check_outcome_rates(ex),
        *checks.check_subject_rates(ex, roles),
        *checks.check_percent_lists(ex),
        *checks.check_recommendations(ex),
        *checks.check_parenthesised_ratios(ex),
        *checks.check_changes(ex),
        *checks.check_structures(ex, roles),
        *checks.check_compound_totals(ex),
        *checks.check_part_changes(ex),
        *checks.check_shares(ex),
        *checks.check_sibling_shares(ex),
        *checks.check_base_conflicts(ex),
        *checks.check_complement_shares(ex),
        *checks.check_whole_shares(ex, roles),
        *checks.check_trailing_totals(ex),
        *checks.check_raised_totals(ex),
        *checks.check_percent_over_100(ex),
        *checks.check_balance(ex, roles),
        *checks.check_remainders(ex),
        *checks.check_count_remainders(ex, roles),
        *checks.check_kind_balances(ex),
        *checks.check_poverty_flows(ex),
        *checks.check_poverty_stocks(ex),
        *checks.check_level_balances(ex, roles),
        *checks.check_tables(ex),
        *checks.check_repeats(ex, year),
        *checks.check_title_repeats(ex),
        *checks.check_restated_wholes(ex),
        *checks.check_back_references(ex),
        *checks.check_invalid_dates(ex),
        *checks.check_date_order(ex, header, citations),
        *checks.check_numbering(ex),
        *checks.check_citations(ex, citations, year),
    ]
    findings += checks.check_headlines(ex)  # reads the shares the checks above computed
    unique = {(f.rule, f.start, f.end): f for f in findings}
    # Excerpts from the user's text, markup and all (the masked copy only served to read it).
    ordered = [
        replace(f, excerpt=text[f.start : f.end])
        for f in sorted(unique.values(), key=lambda f: (f.start, f.end, f.rule))
    ]
    once = {(v.start, v.end, v.arithmetic): v for v in ex.cache.get("verified", [])}
    checked = [  # a relation two checks found right is listed once
        replace(v, excerpt=text[v.start : v.end])
        for v in sorted(once.values(), key=lambda v: (v.start, v.end))
    ]
    return Result(text, ex, ordered, verified=checked)


def check_file(name: str, data: bytes, *, max_bytes: int = MAX_FILE_BYTES) -> Result:
    """Read then check; raises :class:`danvan.checker.reading.ReadError` if unreadable."""
    document = read_document(name, data, max_bytes=max_bytes)
    result = check_text(document.text)
    result.document = document
    return result
