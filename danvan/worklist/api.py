import datetime

from django.utils import timezone
from ninja import Router, Schema

from danvan.core.api import errors
from danvan.worklist.selectors import worklist_for

router = Router(tags=["Việc cần làm"])


class WorkItemOut(Schema):
    source: str
    key: str
    kind: str
    title: str
    url: str
    group: str
    group_label: str
    unit: str
    due: datetime.date | None
    days_left: int | None
    overdue: bool
    when: str
    status: str
    extra: str
    count: int | None


@router.get(
    "/",
    response={200: list[WorkItemOut], **errors()},
    summary="Việc cần làm của tôi (như trang chủ)",
)
def worklist_list(request):
    """The same items as the home page, in the same order: by group (``can_lam_ngay``,
    ``sap_den_han``, ``cho_nguoi_khac``, ``theo_doi``, ``thong_bao``), then by deadline.
    ``days_left`` counts working days (negative when overdue)."""
    return [item.as_dict() for item in worklist_for(request.auth, today=timezone.localdate())]
