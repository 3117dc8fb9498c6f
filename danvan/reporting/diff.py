"""The difference between two saved versions of a report: text line by line, and figures."""

import difflib
from dataclasses import dataclass

from danvan.indicators.engine import catalogue
from danvan.indicators.models import TypedIndicator
from danvan.reporting.models import ReportVersion, UnitReport
from danvan.reporting.outlines import report_outline
from danvan.reporting.richtext import richtext_plain


@dataclass(frozen=True)
class SectionDiff:
    key: str
    title: str
    lines: list[tuple[str, str]]  # ("=", "-", "+") and the line

    @property
    def changed(self) -> bool:
        return any(kind != "=" for kind, _ in self.lines)


@dataclass(frozen=True)
class FigureDiff:
    code: str
    label: str
    before: object
    after: object
    note: str = ""


def _lines(before: str, after: str) -> list[tuple[str, str]]:
    out = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        kind, text = line[:1], line[2:]
        if kind == " ":
            out.append(("=", text))
        elif kind in "-+":
            out.append((kind, text))
    return out


def _figure_values(version: ReportVersion) -> dict:
    values = dict(version.figures.get("values", {}))
    for code, entry in version.overrides.items():
        values.setdefault(code, entry.get("value"))
    return values


def report_versions_diff(report: UnitReport, a: int, b: int):
    """(sections, figures) changed from version ``a`` to version ``b`` of ``report``."""
    versions = {v.number: v for v in report.versions.filter(number__in=[a, b])}
    if a not in versions or b not in versions:
        raise LookupError((a, b))
    before, after = versions[a], versions[b]
    sections = [
        SectionDiff(
            heading.key,
            heading.label,
            _lines(
                richtext_plain(before.sections.get(heading.key, "")),
                richtext_plain(after.sections.get(heading.key, "")),
            ),
        )
        for heading in report_outline(report)
    ]
    old, new = _figure_values(before), _figure_values(after)
    labels = _labels()
    figures = []
    for code in sorted(old.keys() | new.keys()):
        if old.get(code) != new.get(code):
            reason = after.overrides.get(code, {}).get("reason", "")
            label = labels.get(code, code)
            figures.append(FigureDiff(code, label, old.get(code), new.get(code), reason))
    return sections, figures


def _labels() -> dict[str, str]:

    labels = dict(TypedIndicator.objects.values_list("code", "label"))
    labels.update({i.code: i.label for i in catalogue()})
    return labels
