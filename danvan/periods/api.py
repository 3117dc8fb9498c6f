import datetime

from ninja import Router, Schema

from danvan.core.api import DateParam, errors
from danvan.core.errors import DomainError
from danvan.periods.selectors import period_settings_get, period_window_for
from danvan.periods.values import Period, PeriodError

router = Router(tags=["Kỳ báo cáo"])


class PeriodOut(Schema):
    code: str
    kind: str
    label: str
    title: str
    rule: str
    start: datetime.date
    end: datetime.date
    window_label: str


@router.get(
    "/{period}/", response={200: PeriodOut, **errors(400)}, summary="Một kỳ báo cáo và thời gian"
)
def periods_detail(
    request, period: str, start: DateParam | None = None, end: DateParam | None = None
):
    """The period's Vietnamese label and data window under the province's rule, or under a
    request's own dates when both ``start`` and ``end`` are given."""
    try:
        value = Period.parse(period)
        override = (start, end) if start and end else None
        window = period_window_for(value, override=override)
    except PeriodError as error:
        raise DomainError(str(error))
    return {
        "code": value.code,
        "kind": value.kind.value,
        "label": value.label,
        "title": value.title,
        "rule": "override" if start and end else period_settings_get().window_rule,
        "start": window.start,
        "end": window.end,
        "window_label": window.label,
    }
