"""``GET /api/v1/deadlines/``: the deadline overview's lines (the same as ``/viec-can-lam/``
and ``danvan deadlines --format json``)."""

from ninja import Router, Schema

from danvan.core.api import errors
from danvan.deadlines.overview import (
    deadline_overview,
    kind_labels,
    overview_filters_parse,
    overview_item_dict,
)

router = Router(tags=["Việc cần làm"])


class DeadlineOut(Schema):
    kind: str  # the kind's name: "reporting.request", "petitions.overdue" …
    kind_label: str
    unit: str  # the owner unit's code
    unit_name: str
    title: str
    due: str | None  # dd/mm/yyyy
    status: str  # chua_thuc_hien, dang_thuc_hien, hoan_thanh, hoan_thanh_qua_han, qua_han, huy
    status_label: str
    days_left: int | None  # working days to the due date; negative: overdue by that many
    days_text: str  # "còn 3 ngày làm việc", "quá hạn 2 ngày làm việc"
    count: int | None  # set on a line standing for several records ("12 hồ sơ quá hạn")
    url: str
    key: str


@router.get(
    "/",
    response={200: list[DeadlineOut], **errors(404)},
    summary="Việc cần làm và thời hạn trong phạm vi của tôi",
)
def deadlines_list(
    request,
    unit: str = "",
    subtree: str = "",
    date: str = "",
    kind: str = "",
    status: str = "",
):
    """Every due or overdue thing in the caller's scope, overdue first, as on
    ``/viec-can-lam/``.

    - ``unit``: a unit code (one the caller may see; otherwise 404 ``khong_tim_thay``, the
      same answer as for a code that does not exist); empty: every unit in scope.
    - ``subtree``: ``1`` to include the units below ``unit``.
    - ``date``: the day to look from, ``dd/mm/yyyy`` (default today); a bad date is a 422
      ``du_lieu_khong_hop_le`` naming ``date``.
    - ``kind``: one kind's name (see ``kind`` in the answers); ``status``: ``dang_mo``
      (default: not done, not cancelled), ``tat_ca``, or one of the six statuses.

    ``days_left`` counts working days with the calendar in force (legal holidays, the
    administrator's days off and make-up days)."""
    filters = overview_filters_parse(
        request.auth, unit=unit, subtree=subtree, date=date, kind=kind, status=status
    )
    labels = kind_labels()
    return [
        overview_item_dict(item, labels) for item in deadline_overview(request.auth, filters).items
    ]
