"""REST API /api/v1/emulation/: movements (with their criteria), registrations (with their
assessment lines) and assessing a registration; the same services and selectors as the
pages, behind the one access function of emulation."""

import datetime
from decimal import Decimal

from ninja import Router, Schema

from danvan.core.api import Id, StrictIn, Year, body_doc, errors, parse_body
from danvan.core.errors import NotFound
from danvan.emulation import services
from danvan.emulation.models import Movement, Registration
from danvan.emulation.selectors import (
    movement_visible,
    movements_visible,
    registration_visible,
    registrations_visible,
)

router = Router(tags=["Thi đua"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


class CriterionOut(Schema):
    id: int
    position: int
    text: str
    applies_to: str
    method: str
    max_score: Decimal | None
    pass_score: Decimal | None
    indicator_code: str
    operator: str
    threshold: Decimal | None


class MovementOut(Schema):
    id: int
    code: str
    name: str
    unit: str
    launch_document: str
    starts_on: datetime.date
    ends_on: datetime.date
    participants: list[str]
    criteria: list[CriterionOut]


class AssessmentLineOut(Schema):
    criterion: int
    met: bool | None
    score: Decimal | None
    value: Decimal | None
    evidence: str


class RegistrationOut(Schema):
    id: int
    code: str
    movement: str
    unit: str
    subject_kind: str
    subject_name: str
    registered_on: datetime.date
    year: int
    commitment: str
    result: str
    assessed_on: datetime.date | None
    lines: list[AssessmentLineOut]


class LineIn(StrictIn):
    criterion: int
    met: bool | None = None
    score: str = ""
    evidence: str = ""


class AssessIn(StrictIn):
    result: str
    assessed_on: datetime.date
    note: str = ""
    lines: list[LineIn] = []


def _criterion(c) -> dict:
    return {
        "id": c.pk,
        "position": c.position,
        "text": c.text,
        "applies_to": c.applies_to,
        "method": c.method,
        "max_score": c.max_score,
        "pass_score": c.pass_score,
        "indicator_code": c.indicator_code,
        "operator": c.operator,
        "threshold": c.threshold,
    }


def _movement(m: Movement) -> dict:
    return {
        "id": m.pk,
        "code": m.code,
        "name": m.name,
        "unit": m.unit.code,
        "launch_document": m.launch_document,
        "starts_on": m.starts_on,
        "ends_on": m.ends_on,
        "participants": sorted(u.code for u in m.participants.all()),
        "criteria": [_criterion(c) for c in m.criteria.order_by("position", "pk")],
    }


def _registration(r: Registration) -> dict:
    return {
        "id": r.pk,
        "code": r.code,
        "movement": r.movement.code,
        "unit": r.unit.code,
        "subject_kind": r.subject_kind,
        "subject_name": r.subject_name,
        "registered_on": r.registered_on,
        "year": r.year,
        "commitment": r.commitment,
        "result": r.result,
        "assessed_on": r.assessed_on,
        "lines": [
            {
                "criterion": a.criterion_id,
                "met": a.met,
                "score": a.score,
                "value": a.value,
                "evidence": a.evidence,
            }
            for a in r.assessments.order_by("criterion__position", "pk")
        ],
    }


@router.get(
    "/movements/",
    response={200: list[MovementOut], **errors()},
    summary="Các phong trào thi đua bạn được xem (đơn vị phát động hoặc tham gia)",
)
def movements_list(request):
    return [_movement(m) for m in movements_visible(request.auth).order_by("-starts_on", "code")]


@router.get(
    "/movements/{movement_id}",
    response={200: MovementOut, **errors(404)},
    summary="Một phong trào thi đua, với các tiêu chí",
)
def movements_one(request, movement_id: int):
    found = movement_visible(request.auth, movement_id)
    if found is None:
        raise NotFound(NOT_FOUND)
    return _movement(found)


@router.get(
    "/movements/{movement_id}/criteria/",
    response={200: list[CriterionOut], **errors(404)},
    summary="Các tiêu chí của một phong trào",
)
def movements_criteria(request, movement_id: int):
    found = movement_visible(request.auth, movement_id)
    if found is None:
        raise NotFound(NOT_FOUND)
    return [_criterion(c) for c in found.criteria.order_by("position", "pk")]


@router.get(
    "/registrations/",
    response={200: list[RegistrationOut], **errors()},
    summary="Các đăng ký thi đua của các đơn vị bạn được xem",
)
def registrations_list(request, movement: Id | None = None, year: Year | None = None):
    rows = registrations_visible(request.auth)
    if movement is not None:
        rows = rows.filter(movement_id=movement)
    if year is not None:
        rows = rows.filter(year=year)
    return [_registration(r) for r in rows.order_by("year", "code")]


def _found_registration(user, registration_id: int) -> Registration:
    found = registration_visible(user, registration_id)
    if found is None:
        raise NotFound(NOT_FOUND)
    return found


@router.get(
    "/registrations/{registration_id}",
    response={200: RegistrationOut, **errors(404)},
    summary="Một đăng ký thi đua, với các dòng đánh giá",
)
def registrations_one(request, registration_id: int):
    return _registration(_found_registration(request.auth, registration_id))


@router.post(
    "/registrations/{registration_id}/assessment",
    response={200: RegistrationOut, **errors(400, 403, 404)},
    summary="Đánh giá kết quả thi đua theo các tiêu chí (tiêu chí chỉ tiêu được tính tự động)",
    openapi_extra=body_doc(AssessIn),
)
def registrations_assess(request, registration_id: int):
    found = _found_registration(request.auth, registration_id)
    payload = parse_body(request.body, AssessIn)
    lines = {
        line.criterion: {"met": line.met, "score": line.score, "evidence": line.evidence}
        for line in payload.lines
    }
    done = services.registration_assess(
        user=request.auth,
        registration=found,
        result=payload.result,
        assessed_on=payload.assessed_on,
        lines=lines,
        note=payload.note,
    )
    return _registration(done)
