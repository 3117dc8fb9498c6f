"""Writing plans and their items: only the plan's unit's clerks and heads decide (the lead
unit's keepers may also record progress and completion); every plan save names the version it
edited; every bad value is refused with a Vietnamese message and nothing changes."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from danvan.accounts.access import SYSTEM, access_units
from danvan.accounts.models import Role
from danvan.calendars.selectors import calendar_current
from danvan.core.errors import Conflict, DomainError, Forbidden
from danvan.core.parsing import fold, parse_date
from danvan.deadlines.models import ProgressNote
from danvan.deadlines.rules import DueRule, Every
from danvan.deadlines.status import OPEN_STATES, State
from danvan.indicators.forms_catalogue import form_version_current
from danvan.indicators.models import FormVersion
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_active
from danvan.periods.values import Period, PeriodError
from danvan.plans.models import ALL_CHILDREN, OUTLINE, Output, Plan, PlanItem, PlanStatus
from danvan.reporting.richtext import richtext_clean

NOT_A_KEEPER = "Chỉ chuyên viên hoặc lãnh đạo của đơn vị được soạn kế hoạch của đơn vị."
NOT_AN_ACTOR = (
    "Chỉ chuyên viên hoặc lãnh đạo của đơn vị ban hành kế hoạch hoặc của đơn vị chủ trì được "
    "cập nhật tiến độ nhiệm vụ."
)
CONFLICT = "Kế hoạch đã được người khác lưu sau khi bạn mở; nội dung của bạn vẫn còn bên dưới."
NO_SUBJECT = "Kế hoạch cần có trích yếu."
NO_CONTENT = "Nhiệm vụ cần có nội dung."
NO_NUMBER = "Nhiệm vụ cần có số thứ tự (ví dụ: 1, 2.a)."
BAD_NUMBER = "Số thứ tự «{value}» không hợp lệ (ví dụ: 1, 2, 2.a)."
NUMBER_TAKEN = "Kế hoạch đã có nhiệm vụ số {number}."
NO_LEAD = "Nhiệm vụ cần có đơn vị chủ trì."
UNIT_OUTSIDE = "Đơn vị «{code}» không có, hoặc không giao nhiệm vụ cho đơn vị này được."
CANCEL_REASON = "Hủy cần ghi rõ lý do."
PLAN_CANCELLED = "Kế hoạch đã hủy nên không sửa được."
ITEM_CANCELLED = "Nhiệm vụ đã hủy nên không sửa được."
BAD_YEAR = "Năm «{value}» không hợp lệ (từ 2000 đến 2100)."
SAME_YEAR = "Kế hoạch đã là của năm {year}: hãy chọn năm khác để sao chép."
BAD_TARGET = "Chỉ tiêu «{value}» không hợp lệ (ví dụ: 01 mô hình, ít nhất 02 hội nghị)."
BAD_PERIOD = "Kỳ báo cáo không hợp lệ: {error}"
REPORT_NEEDS_PERIOD = "Nhiệm vụ có sản phẩm là báo cáo cần ghi kỳ báo cáo (ví dụ: 2023-H1)."
REPORT_NEEDS_DUE = "Nhiệm vụ có sản phẩm là báo cáo cần có hạn là một ngày cụ thể."
BAD_LEAD_DAYS = "Số ngày làm việc phát hành yêu cầu trước hạn phải từ 0 đến 60."
BAD_STATE = "Trạng thái «{value}» không dùng được ở đây."
DONE_IN_FUTURE = "Ngày hoàn thành ({day}) không được sau hôm nay."
DONE_BEFORE_PLAN = "Ngày hoàn thành ({day}) không được trước ngày ban hành kế hoạch ({issued})."
NO_DONE_DATE = "Cần ghi ngày hoàn thành."
BAD_IMPLEMENTS = "Văn bản được triển khai, dòng {line}: {reason}."
IMPLEMENTS_FIELDS = ("number", "symbol", "date", "issuer", "subject")

EDITABLE = {
    "number",
    "symbol",
    "issued_on",
    "subject",
    "basis",
    "signer_authority",
    "signer_authority_title",
    "signer_title",
    "signer_name",
    "recipients",
    "year",
    "implements",
    "status",
}
ITEM_FIELDS = {
    "number",
    "content",
    "unit",
    "co_units",
    "co_children",
    "due_rule",
    "due_on",
    "output",
    "target",
    "form_version",
    "period",
    "lead_days",
    "remind_before",
    "remind_on_day",
    "remind_after",
}
KEEPER_ROLES = [Role.CHUYEN_VIEN, Role.LANH_DAO]


# -- who may ------------------------------------------------------------------------------


def plan_can_write(user, plan: Plan) -> bool:
    return access_units(user, roles=KEEPER_ROLES).filter(pk=plan.unit_id).exists()


def _keeper(user, unit: OrgUnit) -> None:
    if not access_units(user, roles=KEEPER_ROLES).filter(pk=unit.pk).exists():
        raise Forbidden(NOT_A_KEEPER)


def plan_item_can_change(user, item: PlanItem) -> bool:
    """The plan's unit's keepers, and the lead unit's, record progress and completion."""
    return (
        access_units(user, roles=KEEPER_ROLES)
        .filter(pk__in=[item.plan.unit_id, item.unit_id])
        .exists()
    )


def plan_item_units(user, plan: Plan) -> QuerySet[OrgUnit]:
    """The units an item of ``plan`` may be given to (lead or co-operating): the plan's unit
    and its subtree, and any unit the user may see; units still working today."""
    from django.db.models import Q

    seen = access_units(user).values("pk")
    return orgunit_active(
        OrgUnit.objects.filter(Q(path__startswith=plan.unit.path) | Q(pk__in=seen))
    ).order_by("path")


# -- values --------------------------------------------------------------------------------


def implements_clean(rows) -> list[dict]:
    """The list of documents the plan implements, each {number, symbol, date dd/mm/yyyy,
    issuer, subject}; a row with nothing is dropped, a row without a number or a subject and a
    bad date are refused."""
    clean = []
    for line, row in enumerate(rows or [], start=1):
        if not isinstance(row, dict):
            raise DomainError(BAD_IMPLEMENTS.format(line=line, reason="cần số, ký hiệu, ngày …"))
        unknown = set(row) - set(IMPLEMENTS_FIELDS)
        if unknown:
            reason = f"không có trường «{sorted(unknown)[0]}»"
            raise DomainError(BAD_IMPLEMENTS.format(line=line, reason=reason))
        values = {name: " ".join(str(row.get(name) or "").split()) for name in IMPLEMENTS_FIELDS}
        if not any(values.values()):
            continue
        if not values["number"] and not values["subject"]:
            reason = "cần số văn bản hoặc trích yếu"
            raise DomainError(BAD_IMPLEMENTS.format(line=line, reason=reason))
        if values["date"]:
            try:
                values["date"] = f"{parse_date(values['date']):%d/%m/%Y}"
            except ValueError as error:
                raise DomainError(BAD_IMPLEMENTS.format(line=line, reason=error)) from None
        clean.append(values)
    return clean


def implements_text(row: dict) -> str:
    """«Kế hoạch số 79/KH-UBND ngày 10/01/2023 của UBND tỉnh về …» from one row."""
    number = "/".join(p for p in (row.get("number"), row.get("symbol")) if p)
    parts = [f"số {number}" if number else "", f"ngày {row['date']}" if row.get("date") else ""]
    if row.get("issuer"):
        parts.append(f"của {row['issuer']}")
    if row.get("subject"):
        parts.append(row["subject"])
    return " ".join(p for p in parts if p)


def target_parse(text: str) -> tuple[int | None, str]:
    """«ít nhất 01 mô hình» → (1, "mô hình"); blank → (None, "")."""
    raw = " ".join((text or "").split())
    if not raw:
        return None, ""
    bare = re.sub(r"^(ít nhất|tối thiểu|không dưới)\s+", "", raw, flags=re.IGNORECASE)
    m = re.fullmatch(r"(\d{1,6})\s*(.*)", bare)
    if not m:
        raise DomainError(BAD_TARGET.format(value=raw))
    return int(m.group(1)), m.group(2).strip()


def due_from_rule(rule: DueRule, plan: Plan) -> datetime.date | None:
    """The due date a rule gives in the plan's year (an event-based rule has none yet)."""
    if rule.every == Every.ONCE:
        return datetime.date(rule.year, rule.month, rule.day)
    if rule.every == Every.AFTER:
        return None
    year = plan.year or (plan.issued_on or timezone.localdate()).year
    start = plan.issued_on if plan.issued_on and plan.issued_on.year == year else None
    dates = rule.dates_between(start or datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    return dates[0] if dates else None


def period_code(text: str) -> str:
    try:
        return Period.parse(text.strip()).code
    except PeriodError as error:
        raise DomainError(BAD_PERIOD.format(error=error)) from None


def lead_days_of(item: PlanItem) -> int:
    if item.lead_days is not None:
        return item.lead_days
    return int(getattr(settings, "DANVAN_PLAN_REQUEST_LEAD_DAYS", 5))


def working_days_before(day: datetime.date, n: int, calendar=None) -> datetime.date:
    """The working day N working days before ``day`` (0: ``day`` itself)."""
    calendar = calendar or calendar_current()
    return calendar.add_working_days(day, -n) if n else day


# -- plans ---------------------------------------------------------------------------------


def _plan_fields(fields: dict) -> dict:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise TypeError(unknown)
    out = dict(fields)
    if "implements" in out:
        out["implements"] = implements_clean(out["implements"])
    if out.get("year") is not None:
        year = out["year"]
        if not isinstance(year, int) or not 2000 <= year <= 2100:
            raise DomainError(BAD_YEAR.format(value=year))
    if "status" in out and out["status"] not in (PlanStatus.DU_THAO, PlanStatus.BAN_HANH):
        raise DomainError(BAD_STATE.format(value=out["status"]))
    return out


@transaction.atomic
def plan_create(*, user, unit: OrgUnit, subject: str, **fields) -> Plan:
    _keeper(user, unit)
    if not subject.strip():
        raise DomainError(NO_SUBJECT)
    given = fields.pop("sections", None) or {}
    sections = {key: richtext_clean(given.get(key, "")) for key, _ in OUTLINE}
    fields = _plan_fields(fields)
    if not fields.get("year"):
        fields["year"] = (fields.get("issued_on") or timezone.localdate()).year
    return Plan.objects.create(
        unit=unit,
        subject=subject.strip(),
        sections=sections,
        created_by=user if getattr(user, "pk", None) else None,
        **fields,
    )


@transaction.atomic
def plan_save(*, user, plan: Plan, expected_version: int, sections=None, **fields) -> Plan:
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    _keeper(user, current.unit)
    if current.status == PlanStatus.HUY:
        raise DomainError(PLAN_CANCELLED)
    if current.version != expected_version:
        raise Conflict(
            CONFLICT,
            {
                "version": current.version,
                "saved_by": None,
                "saved_at": current.updated_at,
                "content": {
                    "subject": current.subject,
                    "sections": current.sections,
                    "implements": current.implements,
                },
            },
        )
    if sections is not None:
        current.sections = {key: richtext_clean(sections.get(key, "")) for key, _ in OUTLINE}
    for name, value in _plan_fields(fields).items():
        setattr(current, name, value)
    if not current.subject.strip():
        raise DomainError(NO_SUBJECT)
    if not current.year:
        current.year = (current.issued_on or timezone.localdate()).year
    current.version += 1
    current.save()
    return current


@transaction.atomic
def plan_cancel(*, user, plan: Plan, reason: str) -> Plan:
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    _keeper(user, current.unit)
    if not (reason or "").strip():
        raise DomainError(CANCEL_REASON)
    current.status = PlanStatus.HUY
    current.cancel_reason = reason.strip()
    current.version += 1
    current.save()
    return current


@transaction.atomic
def plan_copy(*, user, plan: Plan, year: int) -> Plan:
    """A new draft of ``year`` with every item, due dates moved by the year difference, states
    reset, no request copied (each year's request is created on its own day)."""
    _keeper(user, plan.unit)
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise DomainError(BAD_YEAR.format(value=year))
    source_year = plan.year or (plan.issued_on or timezone.localdate()).year
    if year == source_year:
        raise DomainError(SAME_YEAR.format(year=year))
    shift = year - source_year
    subject = plan.subject.replace(str(source_year), str(year))
    copy = Plan.objects.create(
        unit=plan.unit,
        number="",
        symbol=plan.symbol,
        issued_on=None,
        year=year,
        subject=subject,
        basis=plan.basis.replace(str(source_year), str(year)),
        implements=plan.implements,
        sections=plan.sections,
        status=PlanStatus.DU_THAO,
        copied_from=plan,
        signer_authority=plan.signer_authority,
        signer_authority_title=plan.signer_authority_title,
        signer_title=plan.signer_title,
        signer_name=plan.signer_name,
        recipients=plan.recipients,
        created_by=user if getattr(user, "pk", None) else None,
    )
    for item in plan.items.exclude(state=State.HUY).prefetch_related("co_units"):
        rule_text, due_on = item.due_rule, item.due_on
        if rule_text:
            try:
                rule = DueRule.parse(rule_text).moved_years(shift)
            except ValueError:
                rule = None
            if rule is not None:
                rule_text = rule.text
                due_on = due_from_rule(rule, copy)
        elif due_on is not None:
            moved = DueRule.on(due_on).moved_years(shift)
            due_on = datetime.date(moved.year, moved.month, moved.day)
        period = item.period
        if period:
            try:
                p = Period.parse(period)
                period = Period.parse(p.code.replace(str(p.year), str(p.year + shift), 1)).code
            except PeriodError:
                pass
        new = PlanItem.objects.create(
            plan=copy,
            code=f"{copy.pk}:{item.number}",
            position=item.position,
            number=item.number,
            content=item.content,
            unit=item.unit,
            co_children=item.co_children,
            output=item.output,
            target_value=item.target_value,
            target_unit=item.target_unit,
            form_version=item.form_version,
            period=period,
            lead_days=item.lead_days,
            due_rule=rule_text,
            due_on=due_on,
            remind_before=item.remind_before,
            remind_on_day=item.remind_on_day,
            remind_after=item.remind_after,
        )
        new.co_units.set(item.co_units.all())
    return copy


# -- items ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"[0-9IVXivx]{1,6}([.][0-9a-zđA-ZĐ]{1,3}){0,3}")


def _unit_of(user, plan: Plan, value) -> OrgUnit:
    allowed = plan_item_units(user, plan)
    code = value.code if isinstance(value, OrgUnit) else str(value or "").strip()
    unit = allowed.filter(code=code).first()
    if unit is None:
        raise DomainError(UNIT_OUTSIDE.format(code=code))
    return unit


def _item_values(user, plan: Plan, data: dict, item: PlanItem | None) -> dict:
    """Checked values of an item's fields in ``data`` (only those given)."""
    unknown = set(data) - ITEM_FIELDS
    if unknown:
        raise TypeError(unknown)
    values: dict[str, Any] = {}
    if "number" in data or item is None:
        number = " ".join(str(data.get("number") or "").split())
        if not number:
            raise DomainError(NO_NUMBER)
        if not _NUMBER.fullmatch(number):
            raise DomainError(BAD_NUMBER.format(value=number))
        others = plan.items.filter(number=number)
        if item is not None:
            others = others.exclude(pk=item.pk)
        if others.exists():
            raise DomainError(NUMBER_TAKEN.format(number=number))
        values["number"] = number
    if "content" in data or item is None:
        content = (data.get("content") or "").strip()
        if not content:
            raise DomainError(NO_CONTENT)
        values["content"] = content
    if "unit" in data or item is None:
        if not data.get("unit"):
            raise DomainError(NO_LEAD)
        values["unit"] = _unit_of(user, plan, data["unit"])
    if "co_units" in data:
        values["co_units"] = [_unit_of(user, plan, u) for u in data["co_units"] or []]
    if "co_children" in data:
        values["co_children"] = bool(data["co_children"])
    if "due_rule" in data:
        text = " ".join(str(data.get("due_rule") or "").split())
        if text:
            try:
                rule = DueRule.parse(text)
            except ValueError as error:
                raise DomainError(str(error)) from None
            values["due_rule"] = rule.text
            values["due_on"] = due_from_rule(rule, plan)
        else:
            values["due_rule"] = ""
            values["due_on"] = data.get("due_on")
    elif "due_on" in data:
        values["due_on"] = data["due_on"]
        values["due_rule"] = f"{data['due_on']:%d/%m/%Y}" if data["due_on"] else ""
    if "output" in data:
        output = data.get("output") or Output.KHAC
        if output not in Output.values:
            raise DomainError(BAD_STATE.format(value=output))
        values["output"] = output
    if "target" in data:
        values["target_value"], values["target_unit"] = target_parse(data.get("target") or "")
    if "form_version" in data:
        form = data.get("form_version")
        if form is not None and not isinstance(form, FormVersion):
            form = FormVersion.objects.filter(pk=form).first()
        values["form_version"] = form
    if "period" in data:
        values["period"] = period_code(data["period"]) if (data["period"] or "").strip() else ""
    if "lead_days" in data:
        lead = data.get("lead_days")
        if lead is not None and not (isinstance(lead, int) and 0 <= lead <= 60):
            raise DomainError(BAD_LEAD_DAYS)
        values["lead_days"] = lead
    for name in ("remind_before", "remind_on_day", "remind_after"):
        if name in data and data[name] is not None:
            values[name] = data[name]
    merged = {
        "output": getattr(item, "output", Output.KHAC),
        "period": getattr(item, "period", ""),
        "due_on": getattr(item, "due_on", None),
        **values,
    }
    if merged["output"] == Output.BAO_CAO:
        if not merged["period"]:
            raise DomainError(REPORT_NEEDS_PERIOD)
        if merged["due_on"] is None:
            raise DomainError(REPORT_NEEDS_DUE)
        if "form_version" not in values and getattr(item, "form_version", None) is None:
            values["form_version"] = form_version_current()
    return values


def _apply(item: PlanItem, values: dict) -> PlanItem:
    co_units = values.pop("co_units", None)
    for name, value in values.items():
        setattr(item, name, value)
    item.code = f"{item.plan_id}:{item.number}"
    item.save()
    if co_units is not None:
        item.co_units.set(co_units)
    return item


@transaction.atomic
def plan_item_add(*, user, plan: Plan, **data) -> PlanItem:
    _keeper(user, plan.unit)
    if plan.status == PlanStatus.HUY:
        raise DomainError(PLAN_CANCELLED)
    position = (
        plan.items.order_by("-position").values_list("position", flat=True).first() or 0
    ) + 1
    if not data.get("number"):
        taken, n = set(plan.items.values_list("number", flat=True)), position
        while str(n) in taken:
            n += 1
        data["number"] = str(n)
    values = _item_values(user, plan, data, None)
    item = PlanItem(plan=plan, position=position)
    return _apply(item, values)


@transaction.atomic
def plan_item_edit(*, user, item: PlanItem, **data) -> PlanItem:
    item = PlanItem.objects.select_for_update().select_related("plan").get(pk=item.pk)
    _keeper(user, item.plan.unit)
    if item.plan.status == PlanStatus.HUY:
        raise DomainError(PLAN_CANCELLED)
    if item.state == State.HUY:
        raise DomainError(ITEM_CANCELLED)
    return _apply(item, _item_values(user, item.plan, data, item))


@transaction.atomic
def plan_item_cancel(*, user, item: PlanItem, reason: str) -> PlanItem:
    return deadline_cancel(user, item, reason)


# -- progress and completion (the engine's services) -----------------------------------------
# The "engine" helper writes danvan.deadlines.services with these signatures; until it lands
# on main these thin versions do the same for plan items (the lead swaps the imports).


def _changer(user, item: PlanItem) -> PlanItem:
    item = PlanItem.objects.select_for_update().select_related("plan").get(pk=item.pk)
    if not plan_item_can_change(user, item):
        raise Forbidden(NOT_AN_ACTOR)
    return item


def _note(user, item: PlanItem, day: datetime.date, text: str) -> None:
    if text.strip():
        ProgressNote.objects.create(
            thing=item,
            day=day,
            text=text.strip(),
            created_by=user if getattr(user, "pk", None) else None,
        )


@transaction.atomic
def deadline_progress(user, obj: PlanItem, state: str, note: str = "", day=None) -> PlanItem:
    item = _changer(user, obj)
    if item.state == State.HUY:
        raise DomainError(ITEM_CANCELLED)
    if state not in OPEN_STATES:
        raise DomainError(BAD_STATE.format(value=state))
    item.state = state
    item.done_on = None
    item.save()
    _note(user, item, day or timezone.localdate(), note)
    return item


@transaction.atomic
def deadline_complete(user, obj: PlanItem, done_on, note: str = "") -> PlanItem:
    item = _changer(user, obj)
    if item.state == State.HUY:
        raise DomainError(ITEM_CANCELLED)
    if done_on is None:
        raise DomainError(NO_DONE_DATE)
    if done_on > timezone.localdate():
        raise DomainError(DONE_IN_FUTURE.format(day=f"{done_on:%d/%m/%Y}"))
    issued = item.plan.issued_on
    if issued and done_on < issued:
        raise DomainError(
            DONE_BEFORE_PLAN.format(day=f"{done_on:%d/%m/%Y}", issued=f"{issued:%d/%m/%Y}")
        )
    item.state = State.HOAN_THANH
    item.done_on = done_on
    item.save()
    _note(user, item, done_on, note)
    return item


@transaction.atomic
def deadline_reopen(user, obj: PlanItem, note: str = "") -> PlanItem:
    item = _changer(user, obj)
    item.state = State.DANG_THUC_HIEN
    item.done_on = None
    item.cancel_reason = ""
    item.save()
    _note(user, item, timezone.localdate(), note)
    return item


@transaction.atomic
def deadline_cancel(user, obj: PlanItem, reason: str) -> PlanItem:
    item = PlanItem.objects.select_for_update().select_related("plan").get(pk=obj.pk)
    _keeper(user, item.plan.unit)  # cancelling is the plan's unit's decision
    if not (reason or "").strip():
        raise DomainError(CANCEL_REASON)
    item.state = State.HUY
    item.cancel_reason = reason.strip()
    item.save()
    return item


# -- the day's work: report items create their requests -------------------------------------


def plan_item_targets(item: PlanItem, day: datetime.date) -> list[OrgUnit]:
    """Who must report for a report item: the lead, the co-operating units, or every child of
    the plan's unit still working on ``day`` (resolved now, not when the plan was written)."""
    units = {item.unit_id: item.unit}
    if item.co_children:
        children = orgunit_active(OrgUnit.objects.filter(parent=item.plan.unit), day)
        units |= {u.pk: u for u in children}
    units |= {u.pk: u for u in item.co_units.all()}
    return sorted(units.values(), key=lambda u: u.path)


def plan_items_requesting(day: datetime.date):
    """Open report items without a request, of plans not cancelled, due on or after ``day``."""
    return (
        PlanItem.objects.filter(
            output=Output.BAO_CAO,
            request__isnull=True,
            state__in=OPEN_STATES,
            due_on__gte=day,
        )
        .exclude(plan__status=PlanStatus.HUY)
        .exclude(period="")
        .select_related("plan", "plan__unit", "unit", "form_version")
    )


def plan_item_request_create(item: PlanItem, day: datetime.date):
    """Issue the item's report request through reporting's own service, as the system."""
    from danvan.reporting.services import request_issue

    plan = item.plan
    assert item.due_on is not None  # plan_items_requesting: due on or after the day
    period = Period.parse(item.period)
    reference = f"Kế hoạch số {plan.number_symbol}" if plan.number else f"Kế hoạch {plan.subject}"
    number = f"{plan.number or plan.pk}-{item.number}"[:20]
    request = request_issue(
        user=SYSTEM,
        issuer=plan.unit,
        number=number,
        symbol=(plan.symbol or "KH")[:60],
        issued_on=day,
        subject=f"Báo cáo {period.label} theo {reference}"[:500],
        period=period.code,
        deadline=item.due_on,
        targets=plan_item_targets(item, day),
        form_version=item.form_version,
        remind_days_before=item.remind_before,
        remind_on_day=item.remind_on_day,
        remind_days_after=item.remind_after,
    )
    item.request = request
    if item.state == State.CHUA_THUC_HIEN:
        item.state = State.DANG_THUC_HIEN
    item.save(update_fields=["request", "state"])
    return request


def plan_items_daily(day: datetime.date) -> list[str]:
    """The plans kind's ``daily``: every report item whose day has come (N working days before
    its due date, counted with the working-day calendar, and not after the due date) gets its
    request. Never on an earlier day; run twice, it creates nothing the second time."""
    calendar = calendar_current()
    lines = []
    for item in plan_items_requesting(day):
        assert item.due_on is not None
        if day < working_days_before(item.due_on, lead_days_of(item), calendar):
            continue
        with transaction.atomic():
            try:
                request = plan_item_request_create(item, day)
            except DomainError as error:
                lines.append(
                    f"Nhiệm vụ {item.number} của {item.plan.reference}: chưa tạo được yêu cầu "
                    f"báo cáo — {error.message}"
                )
                continue
        units = ", ".join(t.unit.code for t in request.targets.select_related("unit"))
        lines.append(
            f"Đã tạo yêu cầu báo cáo {request.reference} (hạn {request.deadline:%d/%m/%Y}) "
            f"cho {units} theo nhiệm vụ {item.number} của {item.plan.reference}."
        )
    return lines


def plan_items_close_by_request(request_id: int) -> int:
    """When every target of a request created by items has submitted (or been accepted), the
    items are done, on the day of the last submission."""
    from danvan.reporting.models import RequestTarget, UnitReport
    from danvan.reporting.models import Status as ReportStatus

    items = list(PlanItem.objects.filter(request_id=request_id, state__in=OPEN_STATES))
    if not items:
        return 0
    targets = set(
        RequestTarget.objects.filter(request_id=request_id).values_list("unit_id", flat=True)
    )
    done = UnitReport.objects.filter(
        request_id=request_id,
        status__in=[ReportStatus.SUBMITTED, ReportStatus.ACCEPTED],
        submitted_at__isnull=False,
    )
    submitted = {r.unit_id: timezone.localdate(r.submitted_at) for r in done}
    if not targets or not targets <= set(submitted):
        return 0
    last = max(submitted[u] for u in targets)
    for item in items:
        item.state = State.HOAN_THANH
        item.done_on = last
        item.save(update_fields=["state", "done_on"])
    return len(items)


def normalise_children_words(text: str) -> bool:
    """Whether ``text`` says «các phòng, đơn vị trực thuộc» (any case, with or without marks)."""
    return fold(text).replace(",", "").split() == fold(ALL_CHILDREN).replace(",", "").split()
