"""API of the plans (/api/v1/plans/): every route through plans.services and the access gate,
the house's error shape (decision 0024), strict bodies."""

import datetime

from ninja import Router, Schema, Status

from danvan.accounts.access import access_unit
from danvan.core.api import StrictIn, Year, body_doc, errors, parse_body
from danvan.core.errors import Invalid, NotFound, problem
from danvan.core.parsing import parse_date
from danvan.orgunits.models import OrgUnit
from danvan.plans import services
from danvan.plans.models import Plan, PlanItem
from danvan.plans.selectors import plan_item_co_units, plan_items, plan_visible, plans_filtered

router = Router(tags=["Kế hoạch"])
NOT_FOUND = "Không tìm thấy kế hoạch hoặc nhiệm vụ, hoặc bạn không có quyền xem."


class ImplementsRow(StrictIn):
    number: str = ""
    symbol: str = ""
    date: str = ""  # dd/mm/yyyy
    issuer: str = ""
    subject: str = ""


class ItemOut(Schema):
    id: int
    code: str
    number: str
    content: str
    unit: str
    unit_name: str
    co_units: list[str]
    co_children: bool
    due_rule: str
    due: str | None  # dd/mm/yyyy
    output: str
    output_label: str
    target: str
    period: str
    lead_days: int
    request_id: int | None
    state: str
    status: str
    status_label: str
    done_on: str | None
    cancel_reason: str


class PlanOut(Schema):
    id: int
    unit: str
    number: str
    symbol: str
    issued_on: str | None
    year: int | None
    subject: str
    basis: str
    implements: list[dict]
    sections: dict
    status: str
    status_label: str
    cancel_reason: str
    version: int
    items: list[ItemOut] = []


class PlanIn(StrictIn):
    unit: str
    subject: str
    number: str = ""
    symbol: str = ""
    issued_on: str = ""  # dd/mm/yyyy
    year: int | None = None
    status: str = "ban_hanh"
    basis: str = ""
    implements: list[ImplementsRow] = []
    sections: dict[str, str] = {}
    recipients: str = ""
    signer_authority: str = ""
    signer_authority_title: str = ""
    signer_title: str = ""
    signer_name: str = ""


class PlanUpdateIn(StrictIn):
    expected_version: int
    subject: str | None = None
    number: str | None = None
    symbol: str | None = None
    issued_on: str | None = None
    year: int | None = None
    status: str | None = None
    basis: str | None = None
    implements: list[ImplementsRow] | None = None
    sections: dict[str, str] | None = None
    recipients: str | None = None
    signer_authority: str | None = None
    signer_authority_title: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None


class ReasonIn(StrictIn):
    reason: str


class CopyIn(StrictIn):
    year: int


class ItemIn(StrictIn):
    number: str = ""
    content: str
    unit: str  # lead unit code
    co_units: list[str] = []
    co_children: bool = False
    due_rule: str = ""  # "10/05/2023", "trước ngày 10/5 hằng năm" …
    output: str = "khac"
    target: str = ""  # "01 mô hình"
    period: str = ""  # "2023-H1"
    form_version: int | None = None
    lead_days: int | None = None


class ItemUpdateIn(StrictIn):
    number: str | None = None
    content: str | None = None
    unit: str | None = None
    co_units: list[str] | None = None
    co_children: bool | None = None
    due_rule: str | None = None
    output: str | None = None
    target: str | None = None
    period: str | None = None
    form_version: int | None = None
    lead_days: int | None = None


class CompleteIn(StrictIn):
    done_on: str  # dd/mm/yyyy
    note: str = ""


class ProgressIn(StrictIn):
    state: str  # chua_thuc_hien | dang_thuc_hien
    note: str = ""


def _date(field: str, value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise Invalid(str(error), [problem(field, str(error), value=value)]) from None


def _d(day) -> str | None:
    return f"{day:%d/%m/%Y}" if day else None


def item_out(item: PlanItem, today: datetime.date) -> dict:
    status = item.status_on(today)
    return {
        "id": item.pk,
        "code": item.code,
        "number": item.number,
        "content": item.content,
        "unit": item.unit.code,
        "unit_name": item.unit.name,
        "co_units": [u.code for u in plan_item_co_units(item, today)],
        "co_children": item.co_children,
        "due_rule": item.due_rule,
        "due": _d(item.due_on),
        "output": item.output,
        "output_label": item.get_output_display(),
        "target": item.target,
        "period": item.period,
        "lead_days": services.lead_days_of(item),
        "request_id": item.request_id,
        "state": item.state,
        "status": status.value,
        "status_label": status.label,
        "done_on": _d(item.done_on),
        "cancel_reason": item.cancel_reason,
    }


def plan_out(plan: Plan, *, with_items: bool = True) -> dict:
    from django.utils import timezone

    today = timezone.localdate()
    return {
        "id": plan.pk,
        "unit": plan.unit.code,
        "number": plan.number,
        "symbol": plan.symbol,
        "issued_on": _d(plan.issued_on),
        "year": plan.year,
        "subject": plan.subject,
        "basis": plan.basis,
        "implements": plan.implements,
        "sections": plan.sections,
        "status": plan.status,
        "status_label": plan.get_status_display(),
        "cancel_reason": plan.cancel_reason,
        "version": plan.version,
        "items": [item_out(i, today) for i in plan_items(plan)] if with_items else [],
    }


def _plan(request, plan_id: int) -> Plan:
    plan = plan_visible(request.auth, plan_id)
    if plan is None:
        raise NotFound(NOT_FOUND)
    return plan


def _item(request, plan_id: int, item_id: int) -> PlanItem:
    item = plan_items(_plan(request, plan_id)).filter(pk=item_id).first()
    if item is None:
        raise NotFound(NOT_FOUND)
    return item


def _fields(payload, *, drop_none: bool) -> dict:
    data = payload.model_dump()
    data.pop("expected_version", None)
    if drop_none:
        data = {k: v for k, v in data.items() if v is not None}
    if "issued_on" in data:
        data["issued_on"] = _date("issued_on", data["issued_on"])
    return data


@router.get("/", response={200: list[PlanOut], **errors()}, summary="Các kế hoạch")
def plans_list(request, year: Year | None = None, status: str = ""):
    plans = plans_filtered(request.auth, year=year, status=status)
    return [plan_out(p, with_items=False) for p in plans]


@router.get("/{plan_id}/", response={200: PlanOut, **errors(404)}, summary="Một kế hoạch")
def plans_get(request, plan_id: int):
    return plan_out(_plan(request, plan_id))


@router.post("/", response={201: PlanOut, **errors(400, 403, 404)}, summary="Tạo kế hoạch")
def plans_create(request, payload: PlanIn):
    data = _fields(payload, drop_none=False)
    unit = access_unit(request.auth, data.pop("unit"))
    subject = data.pop("subject")
    plan = services.plan_create(user=request.auth, unit=unit, subject=subject, **data)
    return Status(201, plan_out(plan))


@router.patch(
    "/{plan_id}/",
    response={200: PlanOut, **errors(400, 403, 404, 409)},
    summary="Sửa kế hoạch (cần expected_version; 409 kèm bản đã lưu trong «current»)",
    openapi_extra=body_doc(PlanUpdateIn),
)
def plans_update(request, plan_id: int):
    plan = _plan(request, plan_id)
    payload = parse_body(request.body, PlanUpdateIn)
    data = _fields(payload, drop_none=True)
    sections = data.pop("sections", None)
    plan = services.plan_save(
        user=request.auth,
        plan=plan,
        expected_version=payload.expected_version,
        sections=sections,
        **data,
    )
    return plan_out(plan)


@router.post(
    "/{plan_id}/cancel/",
    response={200: PlanOut, **errors(400, 403, 404)},
    summary="Hủy kế hoạch (cần lý do)",
    openapi_extra=body_doc(ReasonIn),
)
def plans_cancel(request, plan_id: int):
    plan = _plan(request, plan_id)
    payload = parse_body(request.body, ReasonIn)
    plan = services.plan_cancel(user=request.auth, plan=plan, reason=payload.reason)
    return plan_out(plan)


@router.post(
    "/{plan_id}/copy/",
    response={201: PlanOut, **errors(400, 403, 404)},
    summary="Sao chép kế hoạch sang năm khác (dự thảo, hạn dời theo năm)",
    openapi_extra=body_doc(CopyIn),
)
def plans_copy(request, plan_id: int):
    plan = _plan(request, plan_id)
    payload = parse_body(request.body, CopyIn)
    copy = services.plan_copy(user=request.auth, plan=plan, year=payload.year)
    return Status(201, plan_out(copy))


def _item_data(request, plan: Plan, data: dict) -> dict:
    if "unit" in data:
        data["unit"] = _unit(request, plan, data["unit"])
    if "co_units" in data:
        data["co_units"] = [_unit(request, plan, c) for c in data["co_units"]]
    if "number" in data and not data["number"]:
        data.pop("number")
    return data


def _unit(request, plan: Plan, code: str) -> OrgUnit:
    unit = services.plan_item_units(request.auth, plan).filter(code=code).first()
    if unit is None:
        message = services.UNIT_OUTSIDE.format(code=code)
        raise Invalid(message, [problem("unit", message, value=code)])
    return unit


@router.post(
    "/{plan_id}/items/",
    response={201: ItemOut, **errors(400, 403, 404)},
    summary="Thêm nhiệm vụ",
    openapi_extra=body_doc(ItemIn),
)
def plans_item_add(request, plan_id: int):
    from django.utils import timezone

    plan = _plan(request, plan_id)
    payload = parse_body(request.body, ItemIn)
    data = _item_data(request, plan, payload.model_dump())
    item = services.plan_item_add(user=request.auth, plan=plan, **data)
    return Status(201, item_out(item, timezone.localdate()))


@router.patch(
    "/{plan_id}/items/{item_id}/",
    response={200: ItemOut, **errors(400, 403, 404)},
    summary="Sửa nhiệm vụ (chỉ các trường gửi lên)",
    openapi_extra=body_doc(ItemUpdateIn),
)
def plans_item_edit(request, plan_id: int, item_id: int):
    from django.utils import timezone

    item = _item(request, plan_id, item_id)
    payload = parse_body(request.body, ItemUpdateIn)
    data = _item_data(request, item.plan, payload.model_dump(exclude_unset=True))
    item = services.plan_item_edit(user=request.auth, item=item, **data)
    return item_out(item, timezone.localdate())


@router.post(
    "/{plan_id}/items/{item_id}/cancel/",
    response={200: ItemOut, **errors(400, 403, 404)},
    summary="Hủy nhiệm vụ (cần lý do)",
    openapi_extra=body_doc(ReasonIn),
)
def plans_item_cancel(request, plan_id: int, item_id: int):
    from django.utils import timezone

    item = _item(request, plan_id, item_id)
    payload = parse_body(request.body, ReasonIn)
    item = services.plan_item_cancel(user=request.auth, item=item, reason=payload.reason)
    return item_out(item, timezone.localdate())


@router.post(
    "/{plan_id}/items/{item_id}/complete/",
    response={200: ItemOut, **errors(400, 403, 404)},
    summary="Ghi nhận hoàn thành (ngày hoàn thành do người dùng ghi)",
    openapi_extra=body_doc(CompleteIn),
)
def plans_item_complete(request, plan_id: int, item_id: int):
    from django.utils import timezone

    item = _item(request, plan_id, item_id)
    payload = parse_body(request.body, CompleteIn)
    done_on = _date("done_on", payload.done_on)
    item = services.deadline_complete(request.auth, item, done_on, payload.note)
    return item_out(item, timezone.localdate())


@router.post(
    "/{plan_id}/items/{item_id}/progress/",
    response={200: ItemOut, **errors(400, 403, 404)},
    summary="Ghi nhận tiến độ (chưa thực hiện / đang thực hiện)",
    openapi_extra=body_doc(ProgressIn),
)
def plans_item_progress(request, plan_id: int, item_id: int):
    from django.utils import timezone

    item = _item(request, plan_id, item_id)
    payload = parse_body(request.body, ProgressIn)
    item = services.deadline_progress(
        request.auth, item, payload.state, payload.note, timezone.localdate()
    )
    return item_out(item, timezone.localdate())
