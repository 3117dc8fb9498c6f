"""What a restore must give back, read the same way on the machine that took the backup and
on the one that restored it: the rows of every model, the demo's 2021 figures and the text of
the Economic Zone Board's rendered 2021 report (.docx)."""

import io

import docx

from danvan.accounts.access import SYSTEM
from danvan.core.backup import backup_models
from danvan.documents.render import render_report
from danvan.indicators.selectors import indicators_for_scope, indicators_scope
from danvan.reporting.models import UnitReport


def docx_text(content: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(content))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return lines


def state() -> dict:
    counts = {model._meta.label_lower: model._base_manager.count() for model in backup_models()}
    figures = {}
    for unit, period in (("BQLKKT", "2021"), ("GL", "2021"), ("GL", "2025")):
        result = indicators_for_scope(indicators_scope(SYSTEM, unit, period, subtree=True))
        figures[f"{unit} {period}"] = {
            "values": {code: str(value) for code, value in sorted(result.values.items())},
            "ratios": {code: str(value) for code, value in sorted(result.ratios.items())},
        }
    report = UnitReport.objects.get(unit__code="BQLKKT", request__number="1995")
    return {
        "counts": counts,
        "figures": figures,
        "report": docx_text(render_report(report, "docx").content),
        "report_version": report.version,
    }
