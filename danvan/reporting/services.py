"""The reporting workflow: issue a request, open/save a unit report, send it to the unit's
head ("Trình lãnh đạo"), submit it, return or accept it. Every transition is recorded; a
report waiting for the head is edited by a head only; a submitted or accepted report is locked;
a save must name the version it was edited from, so nobody silently overwrites somebody else's
text."""

import datetime

from django.db import transaction
from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.core.errors import Conflict, DomainError, Forbidden, Invalid, NotFound, problem
from danvan.indicators.engine import indicators_recompute
from danvan.indicators.forms_catalogue import form_version_current
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_active
from danvan.periods.values import Period, PeriodError
from danvan.reporting import reminders
from danvan.reporting.consolidation import (
    consolidation_figures,
    consolidation_reports,
    consolidation_sections,
)
from danvan.reporting.figures import (
    figure_sentences,
    figures_current,
    overrides_clean,
    report_computed,
    report_form_rows,
    report_result,
    report_snapshot,
    request_window,
)
from danvan.reporting.models import (
    Consolidation,
    DeadlineChange,
    ReportRequest,
    ReportType,
    ReportTypeVersion,
    ReportVersion,
    RequestTarget,
    Status,
    Transition,
    UnitReport,
)
from danvan.reporting.outlines import (
    STANDARD_TYPE,
    report_outline,
    request_outline,
    sections_for,
)
from danvan.reporting.richtext import figures_refresh, richtext_clean

NOT_AGGREGATOR = "Chỉ người có vai trò tổng hợp của đơn vị ban hành mới được phát hành yêu cầu."
TARGETS_OUT_OF_SCOPE = "Các đơn vị {codes} nằm ngoài phạm vi tổng hợp của bạn."
TARGET_CLOSED = (
    "Đơn vị «{name}» ({code}) đã ngừng hoạt động từ ngày {day}{merged}: không giao báo cáo "
    "cho đơn vị này được. Hãy chọn đơn vị đang hoạt động."
)
ISSUER_CLOSED = (
    "Đơn vị «{name}» ({code}) đã ngừng hoạt động từ ngày {day}{merged}: không phát hành yêu "
    "cầu báo cáo nhân danh đơn vị này được."
)
TARGETS_LABEL = "Các đơn vị phải báo cáo"
UNKNOWN_TARGETS = "Không có đơn vị {codes}, hoặc bạn không được xem các đơn vị này."
NO_TARGETS = "Yêu cầu phải gửi tới ít nhất một đơn vị."
DEADLINE_BEFORE_ISSUE = "Hạn gửi báo cáo ({deadline}) phải sau ngày ban hành ({issued})."
NOT_A_TARGET = "Đơn vị «{unit}» không thuộc danh sách phải báo cáo theo yêu cầu này."
NOT_A_KEEPER = "Chỉ chuyên viên hoặc lãnh đạo của đơn vị được soạn báo cáo của đơn vị."
NOT_A_HEAD = "Chỉ lãnh đạo đơn vị được gửi báo cáo."
NOT_A_CLERK = "Chỉ chuyên viên của đơn vị được trình báo cáo lên lãnh đạo hoặc rút lại."
NOT_THE_HEAD = "Chỉ lãnh đạo đơn vị được trả báo cáo về cho chuyên viên."
WITH_HEAD = (
    "Báo cáo đang chờ lãnh đạo duyệt nên chỉ lãnh đạo đơn vị sửa được. Muốn sửa, hãy rút lại "
    "báo cáo hoặc đợi lãnh đạo trả về."
)
HEAD_COMMENT_REQUIRED = "Trả báo cáo về cho chuyên viên cần ghi rõ ý kiến để chuyên viên sửa."
NOT_THE_AGGREGATOR = "Chỉ người tổng hợp của cơ quan yêu cầu được trả lại hoặc tiếp nhận báo cáo."
LOCKED = "Báo cáo {status} nên không sửa được. Muốn sửa, cơ quan tổng hợp phải trả lại báo cáo."
CONFLICT = (
    "Báo cáo đã được {who} lưu lúc {at} sau khi bạn mở. Nội dung của bạn vẫn được giữ "
    "nguyên bên dưới; hãy xem thay đổi của người kia rồi lưu lại."
)
BAD_TRANSITION = "Không thể chuyển báo cáo từ «{from_}» sang «{to}»."
COMMENT_REQUIRED = "Trả lại báo cáo cần ghi rõ ý kiến để đơn vị sửa."
BAD_PERIOD = "Kỳ báo cáo không hợp lệ: {error}"
BAD_WINDOW = "Khoảng lấy số liệu không hợp lệ: ngày bắt đầu phải trước ngày kết thúc."
BAD_PARENT = "Đơn vị ban hành không thuộc danh sách phải báo cáo theo yêu cầu của cấp trên."
NOT_CONSOLIDATOR = "Chỉ người tổng hợp của đơn vị ban hành yêu cầu được lập báo cáo tổng hợp."
NOTHING_TO_CONSOLIDATE = "Chưa có báo cáo nào {which} để tổng hợp."
NO_PARENT = (
    "Yêu cầu này không theo yêu cầu nào của cấp trên, nên báo cáo tổng hợp không có nơi gửi lên."
)
CONSOLIDATION_CONFLICT = (
    "Báo cáo tổng hợp đã được lưu hoặc tổng hợp lại sau khi bạn mở. Nội dung của bạn vẫn được "
    "giữ nguyên bên dưới; hãy xem lại rồi lưu."
)
UPWARD_LOCKED = "Báo cáo gửi cấp trên của đơn vị đang {status}, không thay được nội dung."
NOT_UNIT_TEXT = "Chỉ chuyên viên, lãnh đạo hoặc người tổng hợp của đơn vị được chuyển báo cáo."

# The head may still submit a draft straight away (he signs it); a clerk sends it to him
# first ("Trình lãnh đạo"), and from there the head submits it or sends it back to draft.
ALLOWED = {
    Status.DRAFT: {Status.PENDING_HEAD, Status.SUBMITTED},
    Status.RETURNED: {Status.PENDING_HEAD, Status.SUBMITTED},
    Status.PENDING_HEAD: {Status.SUBMITTED, Status.DRAFT},
    Status.SUBMITTED: {Status.RETURNED, Status.ACCEPTED},
    Status.ACCEPTED: set(),
}


class Action:
    """What a user may do to a report: the page's buttons and the API agree on this."""

    SAVE = "save"
    SEND_TO_HEAD = "send_to_head"
    WITHDRAW = "withdraw"
    HEAD_RETURN = "head_return"
    SUBMIT = "submit"
    ACCEPT = "accept"
    RETURN = "return"


def report_actions(*, user, report: UnitReport) -> frozenset[str]:
    """The actions ``user`` may take on ``report`` now (its status and their roles)."""
    roles = {
        role
        for role in (Role.CHUYEN_VIEN, Role.LANH_DAO, Role.TONG_HOP)
        if _has(user, [role], report.unit)
    }
    status = report.status
    found = set()
    if status in (Status.DRAFT, Status.RETURNED):
        if roles & {Role.CHUYEN_VIEN, Role.LANH_DAO}:
            found.add(Action.SAVE)
        if Role.CHUYEN_VIEN in roles:
            found.add(Action.SEND_TO_HEAD)
        if Role.LANH_DAO in roles:
            found.add(Action.SUBMIT)
    elif status == Status.PENDING_HEAD:
        if Role.LANH_DAO in roles:
            found |= {Action.SAVE, Action.SUBMIT, Action.HEAD_RETURN}
        if Role.CHUYEN_VIEN in roles:
            found.add(Action.WITHDRAW)
    elif (
        status == Status.SUBMITTED
        and Role.TONG_HOP in roles
        and _has(user, [Role.TONG_HOP], report.request.issuer)
    ):
        found |= {Action.ACCEPT, Action.RETURN}
    return frozenset(found)


def _content(obj) -> dict:
    """The text a client merges after a conflict: sections, overrides and the details."""
    content = {"sections": obj.sections}
    if hasattr(obj, "overrides"):
        content["overrides"] = obj.overrides
    for name in sorted(EDITABLE_DETAILS):
        value = getattr(obj, name)
        content[name] = value.isoformat() if isinstance(value, datetime.date) else value
    return content


class ConcurrentEdit(Conflict):
    """The report changed since the user opened it: ``report`` is the other's version, and
    ``current`` the same as plain data (version, who saved it and when, the content)."""

    def __init__(self, message: str, report: UnitReport, *, by: str | None, at):
        super().__init__(
            message,
            {
                "version": report.version,
                "saved_by": by,
                "saved_at": at,
                "content": _content(report),
            },
        )
        self.report = report


def _has(user, roles, unit: OrgUnit) -> bool:
    return access_units(user, roles=roles).filter(pk=unit.pk).exists()


def request_targets_allowed(user):
    """The units a request issued by ``user`` may name as targets (and the issuers it may be
    issued by): the units still working today that the user aggregates. The request page
    offers exactly these; the API and the service refuse any other."""
    return orgunit_active(access_units(user, roles=[Role.TONG_HOP]))


def can_issue_requests(user) -> bool:
    """May ``user`` issue a request at all (the «Phát hành» button and page)?"""
    return request_targets_allowed(user).exists()


def can_manage_request(user, request: ReportRequest) -> bool:
    """May ``user`` change the deadline of ``request``, remind its units, see its
    aggregator's tools? Its issuer's aggregators may."""
    return _has(user, [Role.TONG_HOP], request.issuer)


def report_keeper_codes(user) -> set[str]:
    """Codes of the units whose reports ``user`` may write (clerk or head there)."""
    return set(
        access_units(user, roles=[Role.CHUYEN_VIEN, Role.LANH_DAO]).values_list("code", flat=True)
    )


def can_target(user, unit: OrgUnit) -> bool:
    return request_targets_allowed(user).filter(pk=unit.pk).exists()


def _closed(template: str, unit: OrgUnit) -> str:
    """The refusal of a closed unit; only called for a unit with an end date."""
    assert unit.valid_to is not None
    merged = f" (đã sáp nhập vào «{unit.merged_into.name}»)" if unit.merged_into else ""
    day = unit.valid_to + datetime.timedelta(days=1)
    return template.format(name=unit.name, code=unit.code, day=f"{day:%d/%m/%Y}", merged=merged)


def request_target_error(user, unit: OrgUnit) -> DomainError | None:
    """Why ``unit`` may not be a target of ``user``'s request, or None: a closed (merged,
    dissolved) unit is invalid for everybody; a working unit outside the user's scope is
    forbidden to them."""
    if can_target(user, unit):
        return None
    if unit.valid_to is not None and unit.valid_to < timezone.localdate():
        message = _closed(TARGET_CLOSED, unit)
        return Invalid(message, [problem("targets", message, label=TARGETS_LABEL, value=unit.code)])
    return Forbidden(TARGETS_OUT_OF_SCOPE.format(codes=unit.code))


def request_targets_resolve(user, codes, subtrees=()) -> list[OrgUnit]:
    """The target units named by ``codes`` plus every allowed unit under each of
    ``subtrees``, in tree order. Refuses (the same message on the page, in the API and in the
    service) a code the user cannot see, and a unit that is closed or outside their scope."""
    names = list(dict.fromkeys([*codes, *subtrees]))
    found = {u.code: u for u in access_units(user).filter(code__in=names)}
    missing = [code for code in names if code not in found]
    if missing:
        raise NotFound(UNKNOWN_TARGETS.format(codes=", ".join(missing)))
    for code in names:
        error = request_target_error(user, found[code])
        if error:
            raise error
    allowed = request_targets_allowed(user)
    units = {u.pk: u for u in found.values()}
    for code in subtrees:
        units |= {u.pk: u for u in allowed.filter(path__startswith=found[code].path)}
    return sorted(units.values(), key=lambda u: u.path)


UNKNOWN_TYPE = "Không có loại báo cáo «{code}» (hoặc loại đó đã ngừng dùng)."


def report_type_resolve(given):
    """A report type's version to issue with: a version as given, a type (or its code) by its
    current version, the standard type when nothing is given."""
    if isinstance(given, ReportTypeVersion):
        return given
    if given is None or given == "":
        # The standard type (absent only where its seed was flushed: the built-in outline).
        standard = ReportType.objects.filter(code=STANDARD_TYPE).first()
        return standard.versions.order_by("-number").first() if standard else None
    kind = (
        given
        if isinstance(given, ReportType)
        else ReportType.objects.filter(code=str(given).strip(), active=True).first()
    )
    if kind is None:
        raise DomainError(UNKNOWN_TYPE.format(code=given))
    version = kind.versions.order_by("-number").first()
    if version is None:
        raise DomainError(UNKNOWN_TYPE.format(code=kind.code))
    return version


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
    parent: ReportRequest | None = None,
    form_version=None,
    report_type=None,
    remind_days_before: int = 3,
    remind_on_day: bool = True,
    remind_days_after: int = 1,
) -> ReportRequest:
    if not _has(user, [Role.TONG_HOP], issuer):
        raise Forbidden(NOT_AGGREGATOR)
    if issuer.valid_to is not None and issuer.valid_to < timezone.localdate():
        raise DomainError(_closed(ISSUER_CLOSED, issuer))
    try:
        Period.parse(period)
    except PeriodError as error:
        raise DomainError(BAD_PERIOD.format(error=error))
    if not targets:
        raise DomainError(NO_TARGETS)
    scope = set(request_targets_allowed(user).values_list("pk", flat=True))
    refused = [u for u in targets if u.pk not in scope]
    if refused:
        # Outside the scope, so there is always a reason (closed, or out of the user's units).
        raise request_target_error(user, refused[0]) or Forbidden(NOT_AGGREGATOR)
    if window and window[0] > window[1]:
        raise DomainError(BAD_WINDOW)
    if parent is not None and not parent.targets.filter(unit=issuer).exists():
        raise DomainError(BAD_PARENT)
    if deadline < issued_on:
        raise DomainError(
            DEADLINE_BEFORE_ISSUE.format(
                deadline=f"{deadline:%d/%m/%Y}", issued=f"{issued_on:%d/%m/%Y}"
            )
        )
    kind = report_type_resolve(report_type)
    if form_version is None and kind is not None and kind.form_id:
        form_version = form_version_current(kind.form.code)
    request = ReportRequest.objects.create(
        report_type=kind,
        number=number.strip(),
        symbol=symbol.strip(),
        issued_on=issued_on,
        issuer=issuer,
        subject=subject.strip(),
        period=Period.parse(period).code,
        window_start=window[0] if window else None,
        window_end=window[1] if window else None,
        form_version=form_version or form_version_current(),
        deadline=deadline,
        parent=parent,
        remind_days_before=remind_days_before,
        remind_on_day=remind_on_day,
        remind_days_after=remind_days_after,
        # The command line and the day's plan runs issue as the system (no account).
        created_by=user if getattr(user, "pk", None) else None,
    )
    for unit in targets:
        RequestTarget.objects.create(request=request, unit=unit)
    reminders.notify_issued(request)
    return request


@transaction.atomic
def request_amend_deadline(
    *, user, request: ReportRequest, deadline: datetime.date, reason: str
) -> ReportRequest:
    if not can_manage_request(user, request):
        raise Forbidden(NOT_AGGREGATOR)
    if deadline < request.issued_on:
        raise DomainError(
            DEADLINE_BEFORE_ISSUE.format(
                deadline=f"{deadline:%d/%m/%Y}", issued=f"{request.issued_on:%d/%m/%Y}"
            )
        )
    old = request.deadline
    DeadlineChange.objects.create(
        request=request, old_deadline=old, new_deadline=deadline, reason=reason.strip(), by=user
    )
    request.deadline = deadline
    request.save()
    reminders.notify_deadline_changed(request, old, reason.strip())
    return request


def request_remind_overdue(*, user, request: ReportRequest) -> int:
    """One click: remind every unit that has not delivered; returns how many were reminded."""
    if not can_manage_request(user, request):
        raise Forbidden(NOT_AGGREGATOR)
    return reminders.reminders_send_overdue(request, by=user, day=timezone.localdate())


def _snapshot(report: UnitReport, user) -> None:
    """Keep this state: the text, the overrides and the figures as they stood (frozen ones
    once submitted, else as computed now), so two versions can be compared on both."""
    ReportVersion.objects.create(
        report=report,
        number=report.version,
        status=report.status,
        sections=report.sections,
        overrides=report.overrides,
        figures=report.figures if report.is_locked else report_snapshot(report),
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
        raise Forbidden(NOT_A_KEEPER)
    headings = request_outline(request)
    report = UnitReport(request=request, unit=unit, sections=sections_for(headings, {}))
    # The draft opens already filled: the type's figures section (III) starts with the figures
    # of the registers, each linked to its indicator.
    version = request.report_type
    figures_at = version.figures_section if version is not None else "III"
    if figures_at in report.sections:
        report.sections[figures_at] = figure_sentences(
            report_form_rows(report, report_result(report))
        )
    report.save()
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
        raise Forbidden(NOT_A_KEEPER)
    if current.is_locked:
        raise DomainError(LOCKED.format(status=current.get_status_display().lower()))
    if current.is_with_head and not _has(user, [Role.LANH_DAO], current.unit):
        raise Forbidden(WITH_HEAD)
    if current.version != expected_version:
        last = current.versions.order_by("-number").first()
        who = last.by.get_username() if last and last.by else "người khác"
        at = timezone.localtime(last.at).strftime("%H:%M %d/%m/%Y") if last else ""
        raise ConcurrentEdit(
            CONFLICT.format(who=who, at=at),
            current,
            by=last.by.get_username() if last and last.by else None,
            at=last.at if last else None,
        )
    if sections is not None:
        current.sections = {
            h.key: richtext_clean(sections.get(h.key, "")) for h in report_outline(current)
        }
    if overrides is not None:
        allowed = {r.code for r in report_form_rows(current, report_computed(current)) if r.code}
        current.overrides = overrides_clean(overrides, allowed)
    for name, value in details.items():
        if name not in EDITABLE_DETAILS:
            raise TypeError(name)
        setattr(current, name, value)
    current.version += 1
    current.save()
    _snapshot(current, user)
    return current


EDITABLE_DETAILS = {
    "number",
    "report_date",
    "signer_authority",
    "signer_authority_title",
    "signer_title",
    "signer_name",
    "recipients",
}


@transaction.atomic
def report_refresh_figures(*, user, report: UnitReport, expected_version: int) -> UnitReport:
    """Set every linked figure of the text to what the registers (and overrides) say now."""
    rows = report_form_rows(report, report_result(report))
    current = figures_current(rows)
    sections = {key: figures_refresh(text, current) for key, text in report.sections.items()}
    return report_save(
        user=user, report=report, expected_version=expected_version, sections=sections
    )


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
        raise Forbidden(NOT_A_HEAD)
    _move(report, Status.SUBMITTED, user)
    # Frozen now: what the unit reports is what it submitted, whatever the registers do later.
    report.figures = figures if figures is not None else report_snapshot(report)
    report.submitted_at = timezone.now()
    report.version += 1
    report.save()
    _snapshot(report, user)
    reminders.notify_transition(report, Status.SUBMITTED)
    return report


@transaction.atomic
def report_send_to_head(*, user, report: UnitReport, comment: str = "") -> UnitReport:
    """«Trình lãnh đạo»: the unit's clerk hands the draft to the unit's heads, who are told."""
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.CHUYEN_VIEN], report.unit):
        raise Forbidden(NOT_A_CLERK)
    return _step(report, Status.PENDING_HEAD, user, comment.strip())


@transaction.atomic
def report_head_return(*, user, report: UnitReport, comment: str) -> UnitReport:
    """The head sends the report back to draft with what to change; the clerks are told."""
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.LANH_DAO], report.unit):
        raise Forbidden(NOT_THE_HEAD)
    if report.status == Status.PENDING_HEAD and not comment.strip():
        raise DomainError(HEAD_COMMENT_REQUIRED)
    return _step(report, Status.DRAFT, user, comment.strip(), expected=Status.PENDING_HEAD)


@transaction.atomic
def report_withdraw(*, user, report: UnitReport) -> UnitReport:
    """The clerk takes back a report the head has not acted on yet (to edit it again)."""
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.CHUYEN_VIEN], report.unit):
        raise Forbidden(NOT_A_CLERK)
    return _step(report, Status.DRAFT, user, "", expected=Status.PENDING_HEAD, withdrawn=True)


def _step(report, to, user, comment, *, expected=None, withdrawn=False) -> UnitReport:
    """A move inside the unit (to and from the head): recorded, a new version, people told."""
    if expected is not None and report.status != expected:
        raise DomainError(
            BAD_TRANSITION.format(from_=report.get_status_display(), to=Status(to).label)
        )
    _move(report, to, user, comment)
    report.version += 1
    report.save()
    _snapshot(report, user)
    reminders.notify_transition(report, to, comment, by=user, withdrawn=withdrawn)
    return report


@transaction.atomic
def report_review(*, user, report: UnitReport, accept: bool, comment: str = "") -> UnitReport:
    report = UnitReport.objects.select_for_update().get(pk=report.pk)
    if not _has(user, [Role.TONG_HOP], report.unit) or not _has(
        user, [Role.TONG_HOP], report.request.issuer
    ):
        raise Forbidden(NOT_THE_AGGREGATOR)
    if not accept and not comment.strip():
        raise DomainError(COMMENT_REQUIRED)
    to = Status.ACCEPTED if accept else Status.RETURNED
    _move(report, to, user, comment.strip())
    report.version += 1
    report.save()
    _snapshot(report, user)
    reminders.notify_transition(report, to, comment.strip())
    return report


def _consolidator(user, request: ReportRequest) -> None:
    if not _has(user, [Role.TONG_HOP], request.issuer):
        raise Forbidden(NOT_CONSOLIDATOR)


@transaction.atomic
def consolidation_build(
    *, user, request: ReportRequest, include_submitted: bool = False, reset_text: bool = False
) -> Consolidation:
    """One click: sum the delivered reports. The first build (or ``reset_text``) also gathers
    the units' narrative by section; later builds refresh the figures and keep the text the
    aggregator has edited."""

    _consolidator(user, request)
    reports = consolidation_reports(request, include_submitted)
    if not reports:
        which = "được tiếp nhận hoặc đã gửi" if include_submitted else "được tiếp nhận"
        raise DomainError(NOTHING_TO_CONSOLIDATE.format(which=which))
    figures = consolidation_figures(request, reports)
    consolidation = Consolidation.objects.select_for_update().filter(
        request=request
    ).first() or Consolidation(request=request)
    consolidation.include_submitted = include_submitted
    consolidation.figures = figures
    if consolidation.pk is None or reset_text:
        result = indicators_recompute(request_window(request), figures["values"])
        rows = report_form_rows(UnitReport(request=request), result)
        consolidation.sections = consolidation_sections(request, reports, rows)
    if consolidation.pk is not None:
        consolidation.version += 1
    consolidation.built_by = user
    consolidation.saved_by = user
    consolidation.built_at = timezone.now()
    consolidation.save()
    return consolidation


class ConsolidationConflict(Conflict):
    """``consolidation`` is the version saved (or rebuilt) in between; ``current`` the same as
    plain data for an API client."""

    def __init__(self, message: str, consolidation: Consolidation):
        by = consolidation.saved_by or consolidation.built_by
        super().__init__(
            message,
            {
                "version": consolidation.version,
                "saved_by": by.get_username() if by else None,
                "saved_at": consolidation.updated_at,
                "content": _content(consolidation),
            },
        )
        self.consolidation = consolidation


@transaction.atomic
def consolidation_save(
    *, user, consolidation: Consolidation, expected_version: int, sections: dict, **details
) -> Consolidation:
    current = Consolidation.objects.select_for_update().get(pk=consolidation.pk)
    _consolidator(user, current.request)
    if current.version != expected_version:
        raise ConsolidationConflict(CONSOLIDATION_CONFLICT, current)
    current.sections = {
        h.key: richtext_clean(sections.get(h.key, "")) for h in request_outline(current.request)
    }
    for name, value in details.items():
        if name not in EDITABLE_DETAILS:
            raise TypeError(name)
        setattr(current, name, value)
    current.version += 1
    current.saved_by = user
    current.save()
    return current


@transaction.atomic
def consolidation_forward(*, user, consolidation: Consolidation) -> UnitReport:
    """Upward: the consolidation of a unit's own request to its subtree becomes that unit's
    draft report on the request of the level above (its figures are the consolidation's).
    The unit's head then submits it like any report."""
    request = consolidation.request
    unit = request.issuer
    if request.parent is None:
        raise DomainError(NO_PARENT)
    if not _has(user, [Role.TONG_HOP, Role.CHUYEN_VIEN, Role.LANH_DAO], unit):
        raise Forbidden(NOT_UNIT_TEXT)
    report = UnitReport.objects.filter(request=request.parent, unit=unit).first()
    if report is None:
        if not RequestTarget.objects.filter(request=request.parent, unit=unit).exists():
            raise DomainError(BAD_PARENT)
        report = UnitReport(request=request.parent, unit=unit)
    elif report.is_locked or report.is_with_head:
        raise DomainError(UPWARD_LOCKED.format(status=report.get_status_display().lower()))
    else:
        report.version += 1
    report.sections = dict(consolidation.sections)
    report.consolidation = consolidation
    report.overrides = {}
    report.save()
    _snapshot(report, user)
    return report
