"""`danvan bench --only reporting`: consolidation of 1,000 unit reports and the completeness
page of a request to 1,000 units, each beside a naive per-unit baseline run in the same
process (the issue's goal: ≤ 1 s each, on SQLite and on PostgreSQL)."""

import datetime
import random

from django.test import Client
from django.utils import timezone

from danvan.accounts.models import Role
from danvan.accounts.services import grant_add, user_create
from danvan.core.bench import Scenario, measure
from danvan.core.numbers import format_number
from danvan.indicators.engine import catalogue
from danvan.orgunits.models import OrgUnit, OrgUnitVersion
from danvan.orgunits.selectors import orgunit_name_as_of
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.models import (
    ReportRequest,
    RequestTarget,
    Status,
    Transition,
    UnitReport,
)
from danvan.reporting.outlines import request_outline
from danvan.reporting.selectors import Completeness, UnitCompleteness
from danvan.reporting.services import consolidation_build

D = datetime.date
PASSWORD = "Bench-mat-khau-1"
PARAGRAPH = (
    "Đơn vị đã quán triệt, triển khai thực hiện quy chế dân chủ ở cơ sở; tổ chức hội nghị cán "
    "bộ, công chức, viên chức; công khai các nội dung theo quy định. "
)


def build(units: int, seed: int = 2021) -> dict:
    """A province root with ``units`` units, a 2021 request to all of them, and one report
    per unit (two thirds accepted, one sixth submitted late, the rest drafts)."""
    rng = random.Random(seed)
    root = OrgUnit.objects.create(code="BC", name="Tỉnh Đo", kind="tinh", path="/BC/", level=1)
    OrgUnit.objects.bulk_create(
        [
            OrgUnit(
                code=f"BC.{i}",
                name=f"Đơn vị {i}",
                kind="ubnd_xa",
                path=f"/BC/BC.{i}/",
                level=2,
                parent=root,
            )
            for i in range(units)
        ],
        batch_size=500,
    )
    children = list(OrgUnit.objects.filter(parent=root).order_by("pk"))
    OrgUnitVersion.objects.bulk_create(
        [OrgUnitVersion(unit=u, name=u.name, parent=root) for u in [root, *children]],
        batch_size=500,
    )
    aggregator = user_create(username="bench.bao-cao", password=PASSWORD)
    grant_add(user=aggregator, role=Role.TONG_HOP, unit=root, include_subtree=True)
    request = ReportRequest.objects.create(
        number="1995",
        symbol="SNV-BENCH",
        issued_on=D(2021, 10, 29),
        issuer=root,
        subject="Báo cáo năm 2021",
        period="2021",
        deadline=D(2021, 11, 10),
    )
    RequestTarget.objects.bulk_create(
        [RequestTarget(request=request, unit=u) for u in children], batch_size=500
    )
    codes = [i.code for i in catalogue() if not (i.is_ratio or i.derived or i.is_typed_in)]
    headings = request_outline(request)
    reports = []
    for n, unit in enumerate(children):
        status = Status.ACCEPTED if n % 6 < 4 else Status.SUBMITTED if n % 6 == 4 else Status.DRAFT
        reports.append(
            UnitReport(
                request=request,
                unit=unit,
                status=status,
                sections={h.key: f"<p>{PARAGRAPH * 3}</p>" for h in headings},
                figures={"values": {c: rng.randint(0, 500) for c in codes}, "listed": {}}
                if status != Status.DRAFT
                else {},
            )
        )
    UnitReport.objects.bulk_create(reports, batch_size=500)
    on_time = timezone.make_aware(datetime.datetime(2021, 11, 9, 9))
    late = timezone.make_aware(datetime.datetime(2021, 11, 12, 9))
    transitions = []
    for report in UnitReport.objects.filter(request=request).exclude(status=Status.DRAFT):
        transitions.append(
            Transition(
                report=report,
                from_status=Status.DRAFT,
                to_status=Status.SUBMITTED,
                at=late if report.status == Status.SUBMITTED else on_time,
            )
        )
    Transition.objects.bulk_create(transitions, batch_size=500)
    # auto_now_add ignores the given moment on create; set it afterwards.
    Transition.objects.filter(report__status=Status.SUBMITTED).update(at=late)
    Transition.objects.filter(report__status=Status.ACCEPTED).update(at=on_time)
    return {"request": request, "aggregator": aggregator, "units": units}


def naive_consolidation(request: ReportRequest) -> dict:
    """Per unit: its report, its name of the time, and its figures added one by one."""
    totals: dict[str, int] = {}
    names = []
    for target in RequestTarget.objects.filter(request=request):
        unit = OrgUnit.objects.get(pk=target.unit_id)
        report = UnitReport.objects.filter(request=request, unit=unit).first()
        if report is None or report.status not in (Status.ACCEPTED, Status.SUBMITTED):
            continue
        names.append(orgunit_name_as_of(unit, request.issued_on))
        for code, value in report.figures.get("values", {}).items():
            totals[code] = totals.get(code, 0) + value
    return totals


def naive_completeness(request: ReportRequest) -> Completeness:
    """Per unit: its name, its report and its first submission, each a query of its own."""
    rows = []
    for target in RequestTarget.objects.filter(request=request).order_by("unit__path"):
        unit = OrgUnit.objects.get(pk=target.unit_id)
        report = UnitReport.objects.filter(request=request, unit=unit).first()
        first = (
            Transition.objects.filter(report=report, to_status=Status.SUBMITTED)
            .order_by("at")
            .first()
            if report
            else None
        )
        day = timezone.localtime(first.at).date() if first else None
        delivered = report is not None and report.status in (Status.SUBMITTED, Status.ACCEPTED)
        rows.append(
            UnitCompleteness(
                unit.code,
                orgunit_name_as_of(unit, request.issued_on),
                report.status if delivered else "missing",
                day,
                bool(delivered and day and day <= request.deadline),
            )
        )
    submitted = sum(1 for r in rows if r.status != "missing")
    on_time = sum(1 for r in rows if r.on_time)
    return Completeness(
        len(rows), submitted, on_time, submitted - on_time, len(rows) - submitted, rows
    )


def scenarios(built: dict) -> list[Scenario]:
    request, aggregator = built["request"], built["aggregator"]
    client = Client()
    client.force_login(aggregator)
    page = f"/bao-cao/{request.pk}/"

    def consolidate():
        consolidation = consolidation_build(
            user=aggregator, request=request, include_submitted=True
        )
        return consolidation_comparison(consolidation)

    def completeness_page():
        response = client.get(page)
        assert response.status_code == 200, response.status_code
        return response

    return [
        Scenario(
            f"tổng hợp {format_number(built['units'])} báo cáo (lập + so sánh)",
            consolidate,
            lambda: naive_consolidation(request),
            "mốc: cộng từng báo cáo, mỗi đơn vị vài truy vấn, chưa so sánh",
        ),
        Scenario(
            f"trang tình hình gửi, {format_number(built['units'])} đơn vị",
            completeness_page,
            lambda: naive_completeness(request),
            "mốc: tính tình hình từng đơn vị, mỗi đơn vị ba truy vấn, chưa dựng trang",
        ),
    ]


def run(units: int = 1000, repeat: int = 5) -> list[dict]:
    return measure(scenarios(build(units)), repeat)
