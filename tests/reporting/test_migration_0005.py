"""The data migration that repairs texts saved by the old editor (reporting 0005, plans 0002):
the function the migrations run, on rows holding exactly what the bug stored."""

import importlib

import pytest
from django.apps import apps

from danvan.plans.models import Plan
from danvan.plans.services import plan_create
from danvan.reporting.models import Consolidation, ReportVersion, UnitReport
from danvan.reporting.services import (
    consolidation_build,
    report_open,
    report_review,
    report_submit,
)

repair = importlib.import_module("danvan.reporting.migrations.0005_repair_rich_text")

# What the old editor stored after "Trong năm, " Ctrl+B "Năm 2022" Ctrl+B " tiếp tục": the
# browser's HTML did not start with a tag, so it was escaped into a paragraph.
BUGGED = "<p>Trong năm, &lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;tiếp tục &amp;amp; phát huy</p>"
REPAIRED = "<p>Trong năm, <strong>Năm 2022</strong> tiếp tục &amp; phát huy</p>"
DIV_LINES = "Dòng một<div>Dòng hai</div><div><br></div><div>Dòng ba</div>"


def _store(queryset, sections):
    """Write ``sections`` as the bug left them (past the services, which clean)."""
    queryset.update(sections=sections)


@pytest.mark.django_db
def test_reports_versions_and_consolidations_are_repaired(users, tree, request_2021):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report = report_submit(user=users["head_a"], report=report)
    report_review(user=users["aggregator"], report=report, accept=True)
    consolidation_build(user=users["aggregator"], request=request_2021)
    bugged = {"I": BUGGED, "II": DIV_LINES, "III": "<p>Đúng rồi</p>", "IV": "", "V": "x"}
    _store(UnitReport.objects.filter(pk=report.pk), bugged)
    _store(ReportVersion.objects.filter(report=report), bugged)
    _store(Consolidation.objects.all(), bugged)

    changed = repair.repair_sections(apps, ["UnitReport", "ReportVersion", "Consolidation"])

    expected = {
        "I": REPAIRED,
        "II": "<p>Dòng một</p><p>Dòng hai</p><p>Dòng ba</p>",
        "III": "<p>Đúng rồi</p>",
        "IV": "",
        "V": "<p>x</p>",
    }
    assert UnitReport.objects.get(pk=report.pk).sections == expected
    assert all(v.sections == expected for v in ReportVersion.objects.filter(report=report))
    assert Consolidation.objects.get().sections == expected
    assert changed == 1 + ReportVersion.objects.filter(report=report).count() + 1
    # Run again: nothing left to repair.
    assert repair.repair_sections(apps, ["UnitReport", "ReportVersion", "Consolidation"]) == 0


@pytest.mark.django_db
def test_plan_outlines_are_repaired(users, tree):
    plan = plan_create(user=users["clerk_a"], unit=tree["A"], subject="Kế hoạch năm 2023")
    _store(Plan.objects.filter(pk=plan.pk), {"I": BUGGED, "II": DIV_LINES, "III": ""})
    plans = importlib.import_module("danvan.plans.migrations.0002_repair_rich_text")

    plans.forwards(apps, None)

    assert Plan.objects.get(pk=plan.pk).sections["I"] == REPAIRED
    assert Plan.objects.get(pk=plan.pk).sections["II"] == (
        "<p>Dòng một</p><p>Dòng hai</p><p>Dòng ba</p>"
    )


def test_figures_survive_the_repair():
    from danvan.reporting.richtext import figure_span, richtext_clean_sections

    text = f"<ul><li><p>Tổng số: {figure_span('HS_TIEP_NHAN', '524')} hồ sơ.</p></li></ul>"
    assert richtext_clean_sections({"III": text, "n": 3}) == {
        "III": f"<ul><li>Tổng số: {figure_span('HS_TIEP_NHAN', '524')} hồ sơ.</li></ul>",
        "n": 3,
    }
