"""REST API /api/v1/democracy/: obligations (list, one, record its publicity or its event
date) and the boards; the same services and selectors as the pages."""

import datetime

from django.utils import timezone
from ninja import Router, Schema

from danvan.accounts.access import access_unit
from danvan.core.api import StrictIn, Year, body_doc, errors, parse_body
from danvan.core.errors import NotFound
from danvan.democracy import services
from danvan.democracy.models import Obligation
from danvan.democracy.selectors import (
    inspection_boards_visible,
    obligation_catalogue,
    obligation_visible,
    obligations_of,
    steering_boards_visible,
    supervisions_of,
)

router = Router(tags=["Thực hiện dân chủ ở cơ sở"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


class ObligationTypeOut(Schema):
    code: str
    label: str
    category: str
    due_rule: str
    forms: list[str]
    legal_ref: str
    valid_from: datetime.date
    valid_to: datetime.date | None
    unit_kinds: list[str]


class ObligationOut(Schema):
    id: int
    code: str
    unit: str
    year: int
    type: str
    label: str
    category: str
    due_rule: str
    due: datetime.date | None
    event_on: datetime.date | None
    state: str
    status: str
    done_on: datetime.date | None
    published_form: str
    published_content: str
    legal_ref: str


class ObligationCompleteIn(StrictIn):
    done_on: datetime.date
    form: str = ""
    content: str = ""
    evidence_label: str = ""
    evidence_url: str = ""


class EventIn(StrictIn):
    event_on: datetime.date


class MemberOut(Schema):
    name: str
    position: str
    role: str


class SupervisionOut(Schema):
    code: str
    held_on: datetime.date
    subject: str
    recommendations: int
    recommendations_accepted: int


class SteeringBoardOut(Schema):
    unit: str
    decision_number: str
    decided_on: datetime.date
    members: list[MemberOut]


class InspectionBoardOut(Schema):
    unit: str
    term_from: datetime.date
    term_to: datetime.date
    elected_at: str
    members: list[MemberOut]
    supervisions: list[SupervisionOut]


class BoardsOut(Schema):
    steering_boards: list[SteeringBoardOut]
    inspection_boards: list[InspectionBoardOut]


def _out(o: Obligation) -> dict:
    return {
        "id": o.pk,
        "code": o.code,
        "unit": o.unit.code,
        "year": o.year,
        "type": o.type.code,
        "label": o.type.label,
        "category": o.type.category,
        "due_rule": o.due_rule or o.type.due_rule,
        "due": o.due_on,
        "event_on": o.event_on,
        "state": o.state,
        "status": o.status_on(timezone.localdate()).value,
        "done_on": o.done_on,
        "published_form": o.published_form,
        "published_content": o.published_content,
        "legal_ref": o.type.legal_ref,
    }


def _members(board) -> list[dict]:
    return [{"name": m.name, "position": m.position, "role": m.role} for m in board.members.all()]


def _obligation(user, obligation_id: int) -> Obligation:
    found = obligation_visible(user, obligation_id)
    if found is None:
        raise NotFound(NOT_FOUND)
    return found


@router.get(
    "/obligation-types/",
    response={200: list[ObligationTypeOut], **errors()},
    summary="Danh mục nghĩa vụ (phiên bản mới nhất của mỗi mã)",
)
def obligation_types(request):
    return obligation_catalogue()


@router.get(
    "/obligations/",
    response={200: list[ObligationOut], **errors(404)},
    summary="Nghĩa vụ thực hiện dân chủ của một đơn vị (và cấp dưới), theo năm",
)
def obligations_list(request, unit: str, year: Year | None = None, subtree: bool = False):
    found = access_unit(request.auth, unit)
    return [_out(o) for o in obligations_of(request.auth, unit=found, year=year, subtree=subtree)]


@router.get(
    "/obligations/{obligation_id}",
    response={200: ObligationOut, **errors(404)},
    summary="Một nghĩa vụ",
)
def obligations_one(request, obligation_id: int):
    return _out(_obligation(request.auth, obligation_id))


@router.post(
    "/obligations/{obligation_id}/complete",
    response={200: ObligationOut, **errors(400, 403, 404)},
    summary="Ghi nhận việc công khai, thực hiện (ngày, hình thức, nội dung, minh chứng)",
    openapi_extra=body_doc(ObligationCompleteIn),
)
def obligations_complete(request, obligation_id: int):
    found = _obligation(request.auth, obligation_id)
    payload = parse_body(request.body, ObligationCompleteIn)
    services.obligation_complete(
        user=request.auth,
        obligation=found,
        done_on=payload.done_on,
        form=payload.form,
        content=payload.content,
        evidence_label=payload.evidence_label,
        evidence_url=payload.evidence_url,
        today=timezone.localdate(),
    )
    return _out(found)


@router.post(
    "/obligations/{obligation_id}/event",
    response={200: ObligationOut, **errors(400, 403, 404)},
    summary="Ghi ngày của sự kiện (thời hạn «N ngày làm việc sau …» tính từ ngày này)",
    openapi_extra=body_doc(EventIn),
)
def obligations_event(request, obligation_id: int):
    found = _obligation(request.auth, obligation_id)
    payload = parse_body(request.body, EventIn)
    services.obligation_event_set(user=request.auth, obligation=found, event_on=payload.event_on)
    return _out(found)


@router.get(
    "/boards/",
    response={200: BoardsOut, **errors(404)},
    summary="Ban chỉ đạo và Ban thanh tra nhân dân của một đơn vị",
)
def boards(request, unit: str):
    found = access_unit(request.auth, unit)
    steering = steering_boards_visible(request.auth).filter(unit=found).order_by("decided_on")
    inspection = inspection_boards_visible(request.auth).filter(unit=found).order_by("term_from")
    return {
        "steering_boards": [
            {
                "unit": found.code,
                "decision_number": b.decision_number,
                "decided_on": b.decided_on,
                "members": _members(b),
            }
            for b in steering
        ],
        "inspection_boards": [
            {
                "unit": found.code,
                "term_from": b.term_from,
                "term_to": b.term_to,
                "elected_at": b.elected_at,
                "members": _members(b),
                "supervisions": [
                    {
                        "code": s.code,
                        "held_on": s.held_on,
                        "subject": s.subject,
                        "recommendations": s.recommendations,
                        "recommendations_accepted": s.recommendations_accepted,
                    }
                    for s in supervisions_of(b)
                ],
            }
            for b in inspection
        ],
    }
