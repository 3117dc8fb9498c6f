"""Writes of emulation: criteria of a movement, a registration's assessment against the
criteria (decision 0034). Permission decisions are here so the page and the API agree."""

import datetime
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from danvan.core.errors import DomainError, Forbidden
from danvan.core.parsing import parse_number
from danvan.emulation.models import PASSING, Assessment, Criterion, Registration, Result
from danvan.emulation.selectors import emulation_can_keep
from danvan.indicators.engine import catalogue, indicators_compute
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window

NOT_KEEPER = "Chỉ chuyên viên, lãnh đạo của đơn vị «{unit}» được {what}."
NO_TEXT = "Tiêu chí phải có nội dung."
BAD_SCORE = (
    "Tiêu chí chấm điểm phải có điểm tối đa và điểm đạt (điểm đạt không lớn hơn điểm tối đa)."
)
BAD_INDICATOR = (
    "Tiêu chí theo chỉ tiêu phải có mã chỉ tiêu có trong danh mục, phép so sánh và ngưỡng."
)
UNKNOWN_INDICATOR = "Không có chỉ tiêu «{code}» trong danh mục."
ASSESS_BEFORE = "Ngày đánh giá ({day}) trước ngày đăng ký ({registered})."
ASSESS_FUTURE = "Ngày đánh giá ({day}) sau ngày hôm nay."
NO_DAY = "Phải ghi ngày đánh giá."
NO_RESULT = "Phải chọn kết quả đánh giá."
PASS_BUT_FAILED = "Không thể đánh giá «{result}»: chưa đạt tiêu chí «{criterion}»."
SCORE_BAD = "Tiêu chí «{criterion}»: điểm «{value}» không hợp lệ (từ 0 đến {top})."
NOT_ANSWERED = "Tiêu chí «{criterion}» chưa được đánh giá."
NO_VALUE = "Tiêu chí «{criterion}»: chưa có số liệu của chỉ tiêu trong năm {year}."

_OPS = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
}


def _require_keeper(user, unit: OrgUnit, what: str) -> None:
    if not emulation_can_keep(user, unit):
        raise Forbidden(NOT_KEEPER.format(unit=unit.name, what=what))


@transaction.atomic
def criterion_add(
    *,
    user,
    movement,
    text: str,
    applies_to: str,
    method: str,
    max_score=None,
    pass_score=None,
    indicator_code: str = "",
    operator: str = "",
    threshold=None,
) -> Criterion:
    _require_keeper(user, movement.unit, "thêm tiêu chí của phong trào")
    text = (text or "").strip()
    if not text:
        raise DomainError(NO_TEXT)
    if method == Criterion.Method.SCORE and (
        max_score is None or pass_score is None or pass_score > max_score or pass_score < 0
    ):
        raise DomainError(BAD_SCORE)
    if method == Criterion.Method.INDICATOR:
        if not indicator_code or operator not in _OPS or threshold is None:
            raise DomainError(BAD_INDICATOR)
        if indicator_code not in catalogue():
            raise DomainError(UNKNOWN_INDICATOR.format(code=indicator_code))
    last = movement.criteria.order_by("-position").first()
    return Criterion.objects.create(
        movement=movement,
        position=(last.position if last else 0) + 1,
        text=text,
        applies_to=applies_to,
        method=method,
        max_score=max_score if method == Criterion.Method.SCORE else None,
        pass_score=pass_score if method == Criterion.Method.SCORE else None,
        indicator_code=indicator_code if method == Criterion.Method.INDICATOR else "",
        operator=operator if method == Criterion.Method.INDICATOR else "",
        threshold=threshold if method == Criterion.Method.INDICATOR else None,
    )


def criteria_of(registration: Registration) -> list[Criterion]:
    """The criteria that apply to the registrant (collective or individual)."""
    kinds = (Criterion.Applies.CA_HAI, registration.subject_kind)
    return list(registration.movement.criteria.filter(applies_to__in=kinds))


def criterion_value(criterion: Criterion, registration: Registration):
    """The registrant unit's value of the criterion's indicator over the registration's year
    (a ratio as its percent), or None when the registers hold nothing for it."""
    year = registration.year
    window = Window(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    units = OrgUnit.objects.filter(pk=registration.unit_id)
    result = indicators_compute(units, window, single_unit=True)
    value = result.value(criterion.indicator_code)
    if value is None:
        return None
    if hasattr(value, "percent"):
        value = value.percent
    try:
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    except (InvalidOperation, TypeError):
        return None


def criterion_met(criterion: Criterion, value) -> bool | None:
    if value is None:
        return None
    return _OPS[criterion.operator](Decimal(str(value)), Decimal(str(criterion.threshold)))


@transaction.atomic
def registration_assess(
    *,
    user,
    registration: Registration,
    result: str,
    assessed_on: datetime.date | None,
    lines: dict,
    note: str = "",
) -> Registration:
    """Assess a registration for its year: ``lines`` maps a criterion's pk to ``{"met": bool|
    None, "score": "8,5", "evidence": "…"}``; indicator criteria are computed here. Refused
    (nothing written) with every problem named."""
    current = Registration.objects.select_for_update().get(pk=registration.pk)
    _require_keeper(user, current.unit, "đánh giá kết quả thi đua")
    problems = []
    today = timezone.localdate()
    if assessed_on is None:
        problems.append(NO_DAY)
    elif assessed_on < current.registered_on:
        problems.append(
            ASSESS_BEFORE.format(
                day=f"{assessed_on:%d/%m/%Y}", registered=f"{current.registered_on:%d/%m/%Y}"
            )
        )
    elif assessed_on > today:
        problems.append(ASSESS_FUTURE.format(day=f"{assessed_on:%d/%m/%Y}"))
    if result not in Result.values:
        problems.append(NO_RESULT)
    built = []
    for criterion in criteria_of(current):
        given = lines.get(criterion.pk) or lines.get(str(criterion.pk)) or {}
        line = Assessment(
            registration=current, criterion=criterion, evidence=str(given.get("evidence", ""))[:500]
        )
        if criterion.method == Criterion.Method.INDICATOR:
            line.value = criterion_value(criterion, current)
            line.met = criterion_met(criterion, line.value)
            if line.value is None:
                problems.append(NO_VALUE.format(criterion=criterion.text, year=current.year))
        elif criterion.method == Criterion.Method.SCORE:
            raw = str(given.get("score", "")).strip()
            try:
                score = parse_number(raw) if raw else None
            except ValueError:
                score = None
                problems.append(
                    SCORE_BAD.format(criterion=criterion.text, value=raw, top=criterion.max_score)
                )
            top = criterion.max_score if criterion.max_score is not None else Decimal(0)
            passing = criterion.pass_score if criterion.pass_score is not None else top
            if score is not None and not 0 <= score <= top:
                problems.append(
                    SCORE_BAD.format(criterion=criterion.text, value=raw, top=criterion.max_score)
                )
                score = None
            if raw == "":
                problems.append(NOT_ANSWERED.format(criterion=criterion.text))
            line.score = score
            line.met = None if score is None else score >= passing
        else:
            line.met = given.get("met")
            if line.met is None:
                problems.append(NOT_ANSWERED.format(criterion=criterion.text))
        built.append(line)
    if result in PASSING:
        for line in built:
            if line.met is False:
                label = Result(result).label
                problems.append(PASS_BUT_FAILED.format(result=label, criterion=line.criterion.text))
    if problems:
        raise DomainError(" ".join(problems))
    current.assessments.all().delete()
    Assessment.objects.bulk_create(built)
    current.result = result
    current.assessed_on = assessed_on
    current.assessment_note = (note or "").strip()
    current.assessed_by = user
    current.save()
    return current
