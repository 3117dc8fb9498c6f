"""Completeness and timeliness of a request (DHIS2's reporting rate)."""

import datetime
from dataclasses import dataclass

from django.db.models import Min, Q
from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.orgunits.selectors import orgunit_lineage, orgunit_names_as_of
from danvan.periods.values import Period
from danvan.reporting.models import Consolidation, ReportRequest, Status, UnitReport


@dataclass(frozen=True)
class UnitCompleteness:
    unit_code: str
    unit_name: str
    status: str  # "missing" when no report was ever submitted
    first_submitted: datetime.date | None
    on_time: bool


@dataclass(frozen=True)
class Completeness:
    expected: int
    submitted: int
    on_time: int
    late: int
    missing: int
    units: list[UnitCompleteness]

    @property
    def overdue(self) -> list[UnitCompleteness]:
        return [u for u in self.units if u.status == "missing"]


def request_completeness(request: ReportRequest, units=None) -> Completeness:
    """Per target unit (optionally only those in ``units``): whether and when it first
    submitted. On time = first submission on or before the deadline day (local date)."""
    targets = request.targets.select_related("unit")
    if units is not None:
        targets = targets.filter(unit__in=units)
    reports = {
        r.unit_id: r
        for r in UnitReport.objects.filter(request=request).annotate(
            first=Min("transitions__at", filter=Q(transitions__to_status=Status.SUBMITTED))
        )
    }
    ordered = list(targets.order_by("unit__path"))
    # Names as they were when the request was issued: a 2021 request keeps its 2021 names.
    names = orgunit_names_as_of([t.unit for t in ordered], request.issued_on)
    rows = []
    for target in ordered:
        report = reports.get(target.unit_id)
        first = report.first if report is not None else None
        day = timezone.localtime(first).date() if first else None
        status = report.status if report is not None else "missing"
        delivered = status in (Status.SUBMITTED, Status.ACCEPTED)
        rows.append(
            UnitCompleteness(
                unit_code=target.unit.code,
                unit_name=names[target.unit_id],
                status=status if delivered else "missing",
                first_submitted=day,
                on_time=bool(delivered and day and day <= request.deadline),
            )
        )
    submitted = sum(1 for r in rows if r.status != "missing")
    on_time = sum(1 for r in rows if r.on_time)
    return Completeness(
        expected=len(rows),
        submitted=submitted,
        on_time=on_time,
        late=submitted - on_time,
        missing=len(rows) - submitted,
        units=rows,
    )


def requests_visible(user):
    """Requests issued by, or addressed to, a unit the user may see."""

    units = access_units(user)
    return (
        ReportRequest.objects.filter(Q(issuer__in=units) | Q(targets__unit__in=units))
        .distinct()
        .select_related("issuer")
    )


def report_visible(user, pk: int) -> UnitReport | None:
    """A unit report, if its unit is one the user may see (the gate decides)."""

    return (
        UnitReport.objects.filter(pk=pk, unit__in=access_units(user))
        .select_related("unit", "request")
        .first()
    )


@dataclass(frozen=True)
class SubtreeCompleteness:
    unit_code: str
    unit_name: str
    expected: int
    submitted: int
    on_time: int
    missing: int


def completeness_by_subtree(request: ReportRequest, completeness: Completeness):
    """For every target unit with other targets below it: the counts over its subtree."""
    paths = dict(request.targets.values_list("unit__code", "unit__path"))
    rows = []
    for top in completeness.units:
        inside = [
            u for u in completeness.units if paths[u.unit_code].startswith(paths[top.unit_code])
        ]
        if len(inside) < 2:
            continue
        submitted = sum(1 for u in inside if u.status != "missing")
        rows.append(
            SubtreeCompleteness(
                top.unit_code,
                top.unit_name,
                len(inside),
                submitted,
                sum(1 for u in inside if u.on_time),
                len(inside) - submitted,
            )
        )
    return rows


def report_previous(report: UnitReport) -> UnitReport | None:
    """The unit's report of the period before (same kind of period, latest request first),
    whose text the clerk may reuse; None when there is none."""

    current = Period.parse(report.request.period)
    candidates = (
        UnitReport.objects.filter(unit__in=orgunit_lineage(report.unit))
        .exclude(pk=report.pk)
        .select_related("request")
        .order_by("-request__issued_on", "-pk")
    )
    earlier = []
    for candidate in candidates:
        period = Period.parse(candidate.request.period)
        if period.kind == current.kind and period < current:
            earlier.append((period, candidate))
    if not earlier:
        return None
    return max(earlier, key=lambda pair: pair[0])[1]


def consolidation_visible(user, request: ReportRequest):
    """(may see, the consolidation or None): only the issuer's aggregators and heads see the
    consolidated report of its request."""

    allowed = access_units(user, roles=[Role.TONG_HOP, Role.LANH_DAO])
    if not allowed.filter(pk=request.issuer_id).exists():
        return False, None
    return True, Consolidation.objects.filter(request=request).first()
