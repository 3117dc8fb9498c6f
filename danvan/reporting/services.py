"""The reporting workflow: issue a request, open/save/submit a unit report, return or accept
it. Every transition is recorded; a submitted or accepted report is locked; a save must name
the version it was edited from, so nobody silently overwrites somebody else's text."""

import datetime

from django.db import transaction
from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.core.errors import DomainError
from danvan.indicators.forms_catalogue import form_version_current
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period, PeriodError
from danvan.reporting.models import (
    OUTLINE,
    DeadlineChange,
    ReportRequest,
    ReportVersion,
    RequestTarget,
    Status,
    Transition,
    UnitReport,
)

NOT_AGGREGATOR = "Chỉ người có vai trò tổng hợp của đơn vị ban hành mới được phát hành yêu cầu."
TARGETS_OUT_OF_SCOPE = "Các đơn vị {codes} nằm ngoài phạm vi tổng hợp của bạn."
NO_TARGETS = "Yêu cầu phải gửi tới ít nhất một đơn vị."
DEADLINE_BEFORE_ISSUE = "Hạn gửi báo cáo ({deadline}) phải sau ngày ban hành ({issued})."
NOT_A_TARGET = "Đơn vị «{unit}» không thuộc danh sách phải báo cáo theo yêu cầu này."
NOT_A_KEEPER = "Chỉ chuyên viên hoặc lãnh đạo của đơn vị được soạn báo cáo của đơn vị."
NOT_A_HEAD = "Chỉ lãnh đạo đơn vị được gửi báo cáo."
NOT_THE_AGGREGATOR = "Chỉ người tổng hợp của cơ quan yêu cầu được trả lại hoặc tiếp nhận báo cáo."
LOCKED = "Báo cáo {status} nên không sửa được. Muốn sửa, cơ quan tổng hợp phải trả lại báo cáo."
CONFLICT = (
    "Báo cáo đã được {who} lưu lúc {at} sau khi bạn mở. Nội dung của bạn vẫn được giữ "
    "nguyên bên dưới; hãy xem thay đổi của người kia rồi lưu lại."
)
BAD_TRANSITION = "Không thể chuyển báo cáo từ «{from_}» sang «{to}»."
COMMENT_REQUIRED = "Trả lại báo cáo cần ghi rõ ý kiến để đơn vị sửa."
BAD_PERIOD = "Kỳ báo cáo không hợp lệ: {error}"

ALLOWED = {
    Status.DRAFT: {Status.SUBMITTED},
    Status.RETURNED: {Status.SUBMITTED},
    Status.SUBMITTED: {Status.RETURNED, Status.ACCEPTED},
    Status.ACCEPTED: set(),
}


class ConcurrentEdit(DomainError):
    """The report changed since the user opened it: ``current`` is the other's version."""

    def __init__(self, message: str, current: UnitReport):
        super().__init__(message)
        self.current = current


def _has(user, roles, unit: OrgUnit) -> bool:
    return access_units(user, roles=roles).filter(pk=unit.pk).exists()


@transaction.atomic
def request_issue(
    *,
    user,
    issuer: OrgUnit,
    number: str,
    symbol: str,
    issued_on: datetime.date,
    subject: str,
    period: str,
    deadline: datetime.date,
    targets: list[OrgUnit],
    window: tuple[datetime.date, datetime.date] | None = None,
) -> ReportRequest:
    if not _has(user, [Role.TONG_HOP], issuer):
        raise DomainError(NOT_AGGREGATOR)
    try:
        Period.parse(period)
    except PeriodError as error:
        raise DomainError(BAD_PERIOD.format(error=error))
    if not targets:
        raise DomainError(NO_TARGETS)
    scope = set(access_units(user, roles=[Role.TONG_HOP]).values_list("pk", flat=True))
    outside = [u.code for u in targets if u.pk not in scope]
    if outside:
        raise DomainError(TARGETS_OUT_OF_SCOPE.format(codes=", ".join(outside)))
    if deadline < issued_on:
        raise DomainError(
            DEADLINE_BEFORE_ISSUE.format(
                deadline=f"{deadline:%d/%m/%Y}", issued=f"{issued_on:%d/%m/%Y}"
            )
        )
    request = ReportRequest.objects.create(
        number=number.strip(),
        symbol=symbol.strip(),
        issued_on=issued_on,
        issuer=issuer,
        subject=subject.strip(),
        period=Period.parse(period).code,
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
        form_version=form_version_current(),
        deadline=deadline,
        created_by=user,
    )
    for unit in targets:
        RequestTarget.objects.create(request=request, unit=unit)
    return request


@transaction.atomic
def request_amend_deadline(
    *, user, request: ReportRequest, deadline: datetime.date, reason: str
) -> ReportRequest:
    if not _has(user, [Role.TONG_HOP], request.issuer):
        raise DomainError(NOT_AGGREGATOR)
    DeadlineChange.objects.create(
        request=request,
        old_deadline=request.deadline,
        new_deadline=deadline,
        reason=reason.strip(),
        by=user,
    )
    request.deadline = deadline
    request.save()
    return request


def _snapshot(report: UnitReport, user) -> None:
    ReportVersion.objects.create(
        report=report,
        number=report.version,
        status=report.status,
        sections=report.sections,
        overrides=report.overrides,
        figures=report.figures,
        by=user,
    )


@transaction.atomic
def report_open(*, user, request: ReportRequest, unit: OrgUnit) -> UnitReport:
    """The unit's report on ``request``, created as a draft with the standard outline."""
    if not RequestTarget.objects.filter(request=request, unit=unit).exists():
        raise DomainError(NOT_A_TARGET.format(unit=unit.code))
    report = UnitReport.objects.filter(request=request, unit=unit).first()
    if report is not None:
        return report
    if not _has(user, [Role.CHUYEN_VIEN, Role.LANH_DAO], unit):
        raise DomainError(NOT_A_KEEPER)
    report = UnitReport.objects.create(
        request=request,
        unit=unit,
        sections={key: "" for key, _ in OUTLINE},
    )
    _snapshot(report, user)
    return report


@transaction.atomic
def report_save(
    *,
    user,
    report: UnitReport,
    expected_version: int,
    sections: dict | None = None,
    overrides: dict | None = None,
    **details,
) -> UnitReport:
    """Save the user's edits of the version they opened; refuse (keeping nothing lost) if
    somebody saved in between, if the report is locked, or if the user may not edit it."""
    current = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.CHUYEN_VIEN, Role.LANH_DAO], current.unit):
        raise DomainError(NOT_A_KEEPER)
    if current.is_locked:
        raise DomainError(LOCKED.format(status=current.get_status_display().lower()))
    if current.version != expected_version:
        last = current.versions.order_by("-number").first()
        who = last.by.get_username() if last and last.by else "người khác"
        at = timezone.localtime(last.at).strftime("%H:%M %d/%m/%Y") if last else ""
        raise ConcurrentEdit(CONFLICT.format(who=who, at=at), current)
    if sections is not None:
        current.sections = sections
    if overrides is not None:
        current.overrides = overrides
    for name, value in details.items():
        setattr(current, name, value)
    current.version += 1
    current.save()
    _snapshot(current, user)
    return current


def _move(report: UnitReport, to: Status, user, comment: str = "") -> UnitReport:
    if to not in ALLOWED[Status(report.status)]:
        raise DomainError(
            BAD_TRANSITION.format(from_=report.get_status_display(), to=Status(to).label)
        )
    Transition.objects.create(
        report=report, from_status=report.status, to_status=to, by=user, comment=comment
    )
    report.status = to
    return report


@transaction.atomic
def report_submit(*, user, report: UnitReport, figures: dict | None = None) -> UnitReport:
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.LANH_DAO], report.unit):
        raise DomainError(NOT_A_HEAD)
    _move(report, Status.SUBMITTED, user)
    report.figures = figures if figures is not None else report.figures
    report.submitted_at = timezone.now()
    report.version += 1
    report.save()
    _snapshot(report, user)
    return report


@transaction.atomic
def report_review(*, user, report: UnitReport, accept: bool, comment: str = "") -> UnitReport:
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.TONG_HOP], report.unit) or not _has(
        user, [Role.TONG_HOP], report.request.issuer
    ):
        raise DomainError(NOT_THE_AGGREGATOR)
    if not accept and not comment.strip():
        raise DomainError(COMMENT_REQUIRED)
    _move(report, Status.ACCEPTED if accept else Status.RETURNED, user, comment.strip())
    report.version += 1
    report.save()
    _snapshot(report, user)
    return report
