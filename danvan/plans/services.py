"""Writing plans: only the unit's clerks and heads; every save names the version it edited."""

import datetime

from django.db import transaction

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.core.errors import DomainError
from danvan.orgunits.models import OrgUnit
from danvan.plans.models import OUTLINE, Plan, PlanItem
from danvan.reporting.richtext import richtext_clean

NOT_A_KEEPER = "Chỉ chuyên viên hoặc lãnh đạo của đơn vị được soạn kế hoạch của đơn vị."
CONFLICT = "Kế hoạch đã được người khác lưu sau khi bạn mở; nội dung của bạn vẫn còn bên dưới."
NO_SUBJECT = "Kế hoạch cần có trích yếu."
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
}


def _keeper(user, unit: OrgUnit) -> None:
    roles = [Role.CHUYEN_VIEN, Role.LANH_DAO]
    if not access_units(user, roles=roles).filter(pk=unit.pk).exists():
        raise DomainError(NOT_A_KEEPER)


@transaction.atomic
def plan_create(*, user, unit: OrgUnit, subject: str, **fields) -> Plan:
    _keeper(user, unit)
    if not subject.strip():
        raise DomainError(NO_SUBJECT)
    given = fields.pop("sections", None) or {}
    sections = {key: richtext_clean(given.get(key, "")) for key, _ in OUTLINE}
    unknown = set(fields) - EDITABLE
    if unknown:
        raise TypeError(unknown)
    return Plan.objects.create(
        unit=unit, subject=subject.strip(), sections=sections, created_by=user, **fields
    )


@transaction.atomic
def plan_save(*, user, plan: Plan, expected_version: int, sections=None, **fields) -> Plan:
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    _keeper(user, current.unit)
    if current.version != expected_version:
        raise DomainError(CONFLICT)
    if sections is not None:
        current.sections = {key: richtext_clean(sections.get(key, "")) for key, _ in OUTLINE}
    for name, value in fields.items():
        if name not in EDITABLE:
            raise TypeError(name)
        setattr(current, name, value)
    if not current.subject.strip():
        raise DomainError(NO_SUBJECT)
    current.version += 1
    current.save()
    return current


@transaction.atomic
def plan_item_add(
    *, user, plan: Plan, content: str, lead: str = "", deadline: datetime.date | None = None
) -> PlanItem:
    _keeper(user, plan.unit)
    if not content.strip():
        raise DomainError("Nhiệm vụ cần có nội dung.")
    position = (
        plan.items.order_by("-position").values_list("position", flat=True).first() or 0
    ) + 1
    return PlanItem.objects.create(
        plan=plan, position=position, content=content.strip(), lead=lead.strip(), deadline=deadline
    )


@transaction.atomic
def plan_item_done(*, user, item: PlanItem, done_on: datetime.date | None) -> PlanItem:
    _keeper(user, item.plan.unit)
    item.done_on = done_on
    item.save()
    return item
