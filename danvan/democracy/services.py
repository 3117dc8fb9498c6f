"""Writes of the democracy app: the catalogue's versions, the yearly obligations, publicity
records, resolution items, the boards. Refusals are DomainError with a Vietnamese message."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Model, Q

from danvan.accounts.access import access_is_province_admin
from danvan.activities.models import StaffConference
from danvan.audit.recorder import audit_record_bulk
from danvan.calendars.selectors import calendar_current
from danvan.core.errors import DomainError, Forbidden, Invalid, problem
from danvan.deadlines.models import Evidence
from danvan.deadlines.rules import DueRule, Every
from danvan.deadlines.status import State
from danvan.democracy.models import (
    Category,
    MemberRole,
    Obligation,
    ObligationType,
    Occurs,
    PeopleInspectionBoard,
    PeopleInspectionMember,
    PublicityForm,
    ResolutionItem,
    SteeringBoard,
    SteeringBoardMember,
)
from danvan.democracy.selectors import can_keep, obligation_type_current
from danvan.orgunits.models import OrgUnit, OrgUnitKind
from danvan.orgunits.selectors import orgunit_valid_on

NOT_A_KEEPER = "Bạn không được ghi sổ của đơn vị này (cần vai trò chuyên viên hoặc lãnh đạo)."
NOT_CATALOGUE_ADMIN = "Chỉ quản trị cấp tỉnh được sửa danh mục nghĩa vụ thực hiện dân chủ."
VERSION_NOT_AFTER = (
    "Phiên bản mới phải áp dụng sau ngày {day} (ngày áp dụng của phiên bản đang có)."
)
CODE_TAKEN = "Mã nghĩa vụ «{code}» đã có trong danh mục."
BAD_CODE = "Mã nghĩa vụ chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới (ví dụ CK_DU_TOAN)."
NO_LABEL = "Cần tên nghĩa vụ."
NO_LEGAL_REF = "Cần căn cứ pháp lý (điều, khoản của văn bản)."
NO_UNIT_KINDS = "Chọn ít nhất một loại đơn vị áp dụng."
BAD_KIND = "Loại đơn vị «{value}» không có."
BAD_FORM = "Hình thức «{value}» không có."
BAD_CATEGORY = "Nhóm «{value}» không có."
DONE_IN_FUTURE = "Ngày công khai {day} chưa đến."
DONE_BEFORE_EVENT = "Ngày công khai {day} trước ngày của sự kiện {event}."
NO_DONE_DATE = "Cần ngày công khai (dd/mm/yyyy)."
NO_FORM = "Cần hình thức công khai."
CANCELLED = "Nghĩa vụ đã hủy, không ghi nhận được."
NOT_AFTER_RULE = "Thời hạn «{rule}» không tính từ một sự kiện, không cần ngày của sự kiện."
NO_REASON = "Cần lý do hủy."
NO_CONTENT = "Cần nội dung."
TERM_ORDER = "Nhiệm kỳ phải kết thúc sau ngày bắt đầu."
TERM_OVERLAP = "Đơn vị đã có Ban thanh tra nhân dân trong nhiệm kỳ {term}."
BAD_MEMBER = "Dòng «{line}»: cần «Họ và tên; chức vụ; vai trò» (vai trò: {roles})."
NO_MEMBERS = "Cần ít nhất một thành viên."
ONE_HEAD = "Ban chỉ có một Trưởng ban."
TOO_MANY_INSPECTORS = "Ban thanh tra nhân dân có từ 03 đến 09 thành viên (đang có {count})."
DONE_ITEM_IN_FUTURE = "Ngày hoàn thành {day} chưa đến."


def _invalid(problems: list[dict]) -> Invalid:
    """One refusal naming every problem (the page shows each beside its field)."""
    return Invalid(" ".join(p["reason"] for p in problems), problems)


def _require_keeper(user, unit: OrgUnit) -> None:
    if not can_keep(user, unit):
        raise Forbidden(NOT_A_KEEPER)


def can_manage_catalogue(user) -> bool:
    return access_is_province_admin(user)


# -- the catalogue ---------------------------------------------------------------------------


def _type_fields(values: dict) -> dict:
    """Checked catalogue fields (every problem at once)."""
    problems = []
    label = (values.get("label") or "").strip()
    if not label:
        problems.append(problem("label", NO_LABEL))
    if values.get("category") not in Category.values:
        problems.append(problem("category", BAD_CATEGORY.format(value=values.get("category"))))
    rule = (values.get("due_rule") or "").strip()
    try:
        rule = DueRule.parse(rule).text
    except ValueError as error:
        problems.append(problem("due_rule", str(error)))
    if not (values.get("legal_ref") or "").strip():
        problems.append(problem("legal_ref", NO_LEGAL_REF))
    kinds = list(values.get("unit_kinds") or [])
    if not kinds:
        problems.append(problem("unit_kinds", NO_UNIT_KINDS))
    for kind in kinds:
        if kind not in OrgUnitKind.values:
            problems.append(problem("unit_kinds", BAD_KIND.format(value=kind)))
    forms = list(values.get("forms") or [])
    for form in forms:
        if form not in PublicityForm.values:
            problems.append(problem("forms", BAD_FORM.format(value=form)))
    occurs = values.get("occurs") or Occurs.HANG_NAM
    if problems:
        raise _invalid(problems)
    return {
        "label": label,
        "category": values["category"],
        "content": (values.get("content") or "").strip(),
        "forms": forms,
        "due_rule": rule,
        "legal_ref": values["legal_ref"].strip(),
        "unit_kinds": kinds,
        "occurs": occurs,
        "position": values.get("position") or 100,
        "note": (values.get("note") or "").strip(),
    }


@transaction.atomic
def obligation_type_create(*, user, code: str, valid_from: datetime.date, **values):
    if not can_manage_catalogue(user):
        raise Forbidden(NOT_CATALOGUE_ADMIN)
    code = (code or "").strip().upper()
    if not code or not all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in code):
        raise _invalid([problem("code", BAD_CODE)])
    if ObligationType.objects.filter(code=code).exists():
        raise _invalid([problem("code", CODE_TAKEN.format(code=code))])
    return ObligationType.objects.create(
        code=code, valid_from=valid_from, created_by=_user_or_none(user), **_type_fields(values)
    )


@transaction.atomic
def obligation_type_revise(*, user, code: str, valid_from: datetime.date, **values):
    """A new version of ``code`` from ``valid_from``: the version in force closes the day
    before; nothing already instantiated changes (its obligations keep their type row)."""
    if not can_manage_catalogue(user):
        raise Forbidden(NOT_CATALOGUE_ADMIN)
    current = obligation_type_current(code)
    if current is None:
        raise DomainError(f"Không có nghĩa vụ «{code}» trong danh mục.")
    if valid_from <= current.valid_from:
        raise _invalid(
            [problem("valid_from", VERSION_NOT_AFTER.format(day=f"{current.valid_from:%d/%m/%Y}"))]
        )
    fields = _type_fields({**_fields_of(current), **values})
    current.valid_to = valid_from - datetime.timedelta(days=1)
    current.save(update_fields=["valid_to"])
    return ObligationType.objects.create(
        code=code, valid_from=valid_from, created_by=_user_or_none(user), **fields
    )


def _fields_of(row: ObligationType) -> dict:
    names = ("label", "category", "content", "forms", "due_rule", "legal_ref", "unit_kinds")
    return {name: getattr(row, name) for name in (*names, "occurs", "position")}


def _user_or_none(user):
    return user if getattr(user, "pk", None) else None


# -- yearly instances ------------------------------------------------------------------------


def _versions_in_year(year: int) -> dict[str, list[ObligationType]]:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    rows = ObligationType.objects.filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=start), valid_from__lte=end
    ).order_by("code", "valid_from")
    found: dict[str, list[ObligationType]] = {}
    for row in rows:
        found.setdefault(row.code, []).append(row)
    return found


def _dues(
    versions: list[ObligationType], year: int
) -> list[tuple[ObligationType, datetime.date | None]]:
    """(version, due date or None) of one code in ``year``. A dated rule gives the dates of
    each version inside that version's validity (a version from 01/07 does not create the
    31/03 date of that year); an "after an event" rule gives one obligation of the year,
    under the latest version in force that year, its date set when the event is recorded."""
    out: list[tuple[ObligationType, datetime.date | None]] = []
    after = [v for v in versions if DueRule.parse(v.due_rule).every == Every.AFTER]
    if after:
        out.append((after[-1], None))
    for version in versions:
        rule = DueRule.parse(version.due_rule)
        if rule.every == Every.AFTER:
            continue
        start = max(datetime.date(year, 1, 1), version.valid_from)
        end = min(datetime.date(year, 12, 31), version.valid_to or datetime.date(year, 12, 31))
        out.extend((version, day) for day in rule.dates_between(start, end))
    return out


def _due_this_year(version: ObligationType, unit: OrgUnit, year: int) -> bool:
    if version.occurs == Occurs.HET_NHIEM_KY_BTTND:
        # Due when no board's term runs past this year (none, or it ends this year).
        return not PeopleInspectionBoard.objects.filter(
            unit=unit,
            term_from__lte=datetime.date(year, 12, 31),
            term_to__gt=datetime.date(year, 12, 31),
        ).exists()
    return True


def obligation_code(version: ObligationType, unit: OrgUnit, year: int, due, several: bool) -> str:
    base = f"{version.code}-{unit.code}-{year}"
    return f"{base}-{due:%m%d}" if several and due else base


@transaction.atomic
def obligations_instantiate(*, year: int, units: Iterable[OrgUnit]) -> list[Obligation]:
    """Create the obligations of ``year`` for ``units`` (those of the kinds each type applies
    to, open some day of the year). Idempotent: an obligation already there (by its code) is
    left as it is, whatever was recorded on it. Returns the obligations created."""
    units = list(units)
    ids = [u.pk for u in units]
    valid = orgunit_valid_on(OrgUnit.objects.filter(pk__in=ids), datetime.date(year, 12, 31))
    valid_ids = set(valid.values_list("pk", flat=True)) | set(
        orgunit_valid_on(OrgUnit.objects.filter(pk__in=ids), datetime.date(year, 1, 1)).values_list(
            "pk", flat=True
        )
    )
    existing = set(
        Obligation.objects.filter(year=year, unit__in=ids).values_list("code", flat=True)
    )
    created = []
    for versions in _versions_in_year(year).values():
        dues = _dues(versions, year)
        several = len([d for _, d in dues if d is not None]) > 1
        for unit in units:
            if unit.pk not in valid_ids:
                continue
            for version, due in dues:
                if unit.kind not in version.unit_kinds:
                    continue
                key = obligation_code(version, unit, year, due, several)
                if key in existing or not _due_this_year(version, unit, year):
                    continue
                created.append(
                    Obligation(
                        code=key,
                        unit=unit,
                        type=version,
                        year=year,
                        due_on=due,
                        due_rule=version.due_rule,
                    )
                )
                existing.add(key)
    Obligation.objects.bulk_create(created)
    if created and created[0].pk is None:  # a backend that does not return the new ids
        ids = dict(Obligation.objects.filter(year=year).values_list("code", "pk"))
        for obligation in created:
            obligation.pk = ids[obligation.code]
    audited: list[Model] = list(created)
    audit_record_bulk(created=audited)
    return created


def first_working_day(year: int, calendar=None) -> datetime.date:
    calendar = calendar or calendar_current()
    day = datetime.date(year, 1, 1)
    while not calendar.is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def obligations_daily(day: datetime.date) -> list[str]:
    """The kind's daily work: on the first working day of a year, that year's obligations for
    every unit (idempotent, so a re-run or a later day's catch-up creates nothing twice)."""
    if day != first_working_day(day.year):
        return []
    created = obligations_instantiate(year=day.year, units=OrgUnit.objects.all())
    if not created:
        return []
    return [f"Đã tạo {len(created)} nghĩa vụ thực hiện dân chủ ở cơ sở năm {day.year}."]


# -- recording what was done ------------------------------------------------------------------


@transaction.atomic
def obligation_event_set(*, user, obligation: Obligation, event_on: datetime.date) -> Obligation:
    """The day of the event an "N ngày làm việc sau …" rule counts from; the due date follows."""
    _require_keeper(user, obligation.unit)
    rule = DueRule.parse(obligation.due_rule or obligation.type.due_rule)
    if rule.every != Every.AFTER:
        raise DomainError(NOT_AFTER_RULE.format(rule=rule.text))
    in_force = (
        ObligationType.objects.filter(code=obligation.type.code, valid_from__lte=event_on)
        .exclude(valid_to__lt=event_on)
        .order_by("-valid_from")
        .first()
    )
    if in_force is not None and in_force.pk != obligation.type_id:
        # The version in force on the event's day decides the rule (dated data).
        obligation.type = in_force
        obligation.due_rule = in_force.due_rule
        rule = DueRule.parse(in_force.due_rule)
    obligation.event_on = event_on
    obligation.due_on = rule.after(event_on, calendar_current())
    obligation.save(update_fields=["event_on", "due_on", "type", "due_rule"])
    return obligation


@transaction.atomic
def obligation_complete(
    *,
    user,
    obligation: Obligation,
    done_on: datetime.date | None,
    form: str = "",
    content: str = "",
    evidence_label: str = "",
    evidence_url: str = "",
    evidence_file=None,
    today: datetime.date,
) -> Obligation:
    """Record what was made public (or consulted, held …), how and on which day: the
    obligation is done on that day (hoàn thành, or hoàn thành quá hạn after its due date);
    the evidence goes to the deadline engine's Evidence table."""
    _require_keeper(user, obligation.unit)
    if obligation.state == State.HUY:
        raise DomainError(CANCELLED)
    problems = []
    if done_on is None:
        problems.append(problem("done_on", NO_DONE_DATE))
    elif done_on > today:
        problems.append(problem("done_on", DONE_IN_FUTURE.format(day=f"{done_on:%d/%m/%Y}")))
    elif obligation.event_on and done_on < obligation.event_on:
        problems.append(
            problem(
                "done_on",
                DONE_BEFORE_EVENT.format(
                    day=f"{done_on:%d/%m/%Y}", event=f"{obligation.event_on:%d/%m/%Y}"
                ),
            )
        )
    if obligation.type.category == Category.CONG_KHAI and not form:
        problems.append(problem("form", NO_FORM))
    if form and form not in PublicityForm.values:
        problems.append(problem("form", BAD_FORM.format(value=form)))
    if problems:
        raise _invalid(problems)
    obligation.state = State.HOAN_THANH
    obligation.done_on = done_on
    obligation.published_form = form
    obligation.published_content = content.strip()
    obligation.save(update_fields=["state", "done_on", "published_form", "published_content"])
    if evidence_label or evidence_url or evidence_file:
        evidence_add(
            user=user,
            thing=obligation,
            label=evidence_label or (evidence_file.name if evidence_file else evidence_url),
            url=evidence_url,
            file=evidence_file,
        )
    return obligation


def evidence_add(*, user, thing, label: str, url: str = "", file=None) -> Evidence:
    from django.contrib.contenttypes.models import ContentType

    kind = Evidence.Kind.FILE if file else Evidence.Kind.LINK if url else Evidence.Kind.DOCUMENT
    evidence = Evidence(
        content_type=ContentType.objects.get_for_model(type(thing)),
        object_id=thing.pk,
        kind=kind,
        label=label[:300],
        url=url[:500],
        created_by=_user_or_none(user),
    )
    if file:
        evidence.file.save(file.name, file, save=False)
    evidence.save()
    return evidence


def evidence_of(thing) -> list[Evidence]:
    from django.contrib.contenttypes.models import ContentType

    return list(
        Evidence.objects.filter(
            content_type=ContentType.objects.get_for_model(type(thing)), object_id=thing.pk
        ).order_by("created_at", "pk")
    )


@transaction.atomic
def obligation_cancel(*, user, obligation: Obligation, reason: str) -> Obligation:
    _require_keeper(user, obligation.unit)
    if not reason.strip():
        raise _invalid([problem("reason", NO_REASON)])
    obligation.state = State.HUY
    obligation.cancel_reason = reason.strip()
    obligation.save(update_fields=["state", "cancel_reason"])
    return obligation


# -- the staff conference's resolution ---------------------------------------------------------


@transaction.atomic
def resolution_item_add(
    *,
    user,
    conference: StaffConference,
    content: str,
    due_on: datetime.date | None,
    unit: OrgUnit | None = None,
) -> ResolutionItem:
    unit = unit or conference.unit
    _require_keeper(user, conference.unit)
    if not content.strip():
        raise _invalid([problem("content", NO_CONTENT)])
    position = conference.resolution_items.count() + 1
    return ResolutionItem.objects.create(
        conference=conference,
        unit=unit,
        position=position,
        content=content.strip(),
        due_on=due_on,
        due_rule=DueRule.on(due_on).text if due_on else "",
    )


@transaction.atomic
def resolution_item_done(
    *, user, item: ResolutionItem, done_on: datetime.date, result: str, today: datetime.date
) -> ResolutionItem:
    _require_keeper(user, item.unit)
    if done_on > today:
        raise _invalid([problem("done_on", DONE_ITEM_IN_FUTURE.format(day=f"{done_on:%d/%m/%Y}"))])
    item.state = State.HOAN_THANH
    item.done_on = done_on
    item.result = result.strip()
    item.save(update_fields=["state", "done_on", "result"])
    return item


# -- the boards --------------------------------------------------------------------------------

_ROLE_WORDS = {
    "truong ban": MemberRole.TRUONG_BAN,
    "pho truong ban": MemberRole.PHO_TRUONG_BAN,
    "pho ban": MemberRole.PHO_TRUONG_BAN,
    "thanh vien": MemberRole.THANH_VIEN,
}


def members_parse(text: str) -> list[tuple[str, str, str]]:
    """Lines "Họ và tên; chức vụ; vai trò" → (name, position, role). Raises Invalid."""
    from danvan.core.parsing import fold

    members: list[tuple[str, str, str]] = []
    problems: list[dict] = []
    roles = ", ".join(label for _, label in MemberRole.choices)
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")]
        role = _ROLE_WORDS.get(fold(parts[-1])) if len(parts) >= 2 else None
        if len(parts) not in (2, 3) or not parts[0] or role is None:
            problems.append(problem("members", BAD_MEMBER.format(line=line.strip(), roles=roles)))
            continue
        members.append((parts[0], parts[1] if len(parts) == 3 else "", str(role)))
    if not members and not problems:
        problems.append(problem("members", NO_MEMBERS))
    if sum(1 for _, _, role in members if role == MemberRole.TRUONG_BAN) > 1:
        problems.append(problem("members", ONE_HEAD))
    if problems:
        raise _invalid(problems)
    return members


def members_text(board) -> str:
    return "\n".join(f"{m.name}; {m.position}; {m.get_role_display()}" for m in board.members.all())


@transaction.atomic
def steering_board_set(
    *, user, unit: OrgUnit, decision_number: str, decided_on: datetime.date, members: str
) -> SteeringBoard:
    """Set up (kiện toàn) the steering board by a decision: a new decision is a new row, so
    the board of an earlier day stays readable; the same decision replaces its members."""
    _require_keeper(user, unit)
    people = members_parse(members)
    if not decision_number.strip():
        raise _invalid([problem("decision_number", "Cần số quyết định.")])
    board, _ = SteeringBoard.objects.update_or_create(
        unit=unit, decision_number=decision_number.strip(), defaults={"decided_on": decided_on}
    )
    board.members.all().delete()
    SteeringBoardMember.objects.bulk_create(
        SteeringBoardMember(board=board, name=n, position=p, role=r, order=i)
        for i, (n, p, r) in enumerate(people, start=1)
    )
    return board


@transaction.atomic
def inspection_board_set(
    *,
    user,
    unit: OrgUnit,
    term_from: datetime.date,
    term_to: datetime.date,
    members: str,
    elected_at: str = "",
) -> PeopleInspectionBoard:
    """The people's inspection board of one term (03–09 members); a term overlapping another
    of the unit is refused, the same term replaces its members."""
    _require_keeper(user, unit)
    if term_to <= term_from:
        raise _invalid([problem("term_to", TERM_ORDER)])
    people = members_parse(members)
    if not 3 <= len(people) <= 9:
        raise _invalid([problem("members", TOO_MANY_INSPECTORS.format(count=len(people)))])
    other = (
        PeopleInspectionBoard.objects.filter(
            unit=unit, term_from__lte=term_to, term_to__gte=term_from
        )
        .exclude(term_from=term_from, term_to=term_to)
        .first()
    )
    if other is not None:
        term = f"{other.term_from:%d/%m/%Y}–{other.term_to:%d/%m/%Y}"
        raise _invalid([problem("term_from", TERM_OVERLAP.format(term=term))])
    board, _ = PeopleInspectionBoard.objects.update_or_create(
        unit=unit, term_from=term_from, term_to=term_to, defaults={"elected_at": elected_at}
    )
    board.members.all().delete()
    PeopleInspectionMember.objects.bulk_create(
        PeopleInspectionMember(board=board, name=n, position=p, role=r, order=i)
        for i, (n, p, r) in enumerate(people, start=1)
    )
    from danvan.democracy.models import BoardSupervision

    BoardSupervision.objects.filter(unit=unit, held_on__gte=term_from, held_on__lte=term_to).update(
        board=board
    )
    return board
