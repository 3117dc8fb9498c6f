"""Demo of the reporting workflow: the real 2021 request of the Department of Home Affairs
(Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021) with one report of each status."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from danvan.orgunits.models import OrgUnit
from danvan.reporting import services
from danvan.reporting.models import ReportRequest, Transition

D = datetime.date
SECTIONS_BQL = {
    "I": "Cơ cấu tổ chức Ban Quản lý KKT hiện nay gồm có 01 Trưởng ban và 03 Phó Trưởng ban; "
    "06 phòng chuyên môn; 01 đơn vị sự nghiệp trực thuộc.",
    "II": "Ban Quản lý KKT đã ban hành Kế hoạch số 08/KH-BQL ngày 19/3/2021 về việc triển khai "
    "thực hiện quy chế dân chủ ở cơ sở và dân vận chính quyền năm 2021.",
    "III": "Từ đầu năm 2021 đến nay đã tiếp nhận và giải quyết 524 hồ sơ TTHC, trong đó 285 hồ "
    "sơ trực tuyến.",
    "IV": "Việc thực hiện quy chế dân chủ ở cơ sở tại Ban Quản lý KKT được duy trì nền nếp.",
    "V": "Tiếp tục quán triệt, triển khai thực hiện Quy chế dân chủ ở cơ sở.",
}


def _user(username):
    return get_user_model().objects.get(username=username)


def _dated(report, day: datetime.date) -> None:
    """Put the demo's transitions on 2021 dates (they are created today)."""
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))
    Transition.objects.filter(report=report).update(at=moment)


def load_reporting() -> str:
    if ReportRequest.objects.filter(number="1995", symbol="SNV-XDCQ&CTTN").exists():
        return "đã có"
    units = {
        u.code: u
        for u in OrgUnit.objects.filter(
            code__in=["GL.SNV", "BQLKKT", "XA.QUYNHON", "XA.PLEIKU", "GL.STP"]
        )
    }
    request = services.request_issue(
        user=_user("snv.tonghop"),
        issuer=units["GL.SNV"],
        number="1995",
        symbol="SNV-XDCQ&CTTN",
        issued_on=D(2021, 10, 29),
        subject="Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính "
        "quyền năm 2021",
        period="2021",
        deadline=D(2021, 11, 10),
        targets=[units[c] for c in ("BQLKKT", "XA.QUYNHON", "XA.PLEIKU", "GL.SNV", "GL.STP")],
    )
    aggregator = _user("snv.tonghop")
    # Accepted: the Economic Zone Board, with the sample's own text.
    board = services.report_open(
        user=_user("bqlkkt.chuyenvien"), request=request, unit=units["BQLKKT"]
    )
    board = services.report_save(
        user=_user("bqlkkt.chuyenvien"),
        report=board,
        expected_version=board.version,
        sections=SECTIONS_BQL,
    )
    board = services.report_submit(user=_user("bqlkkt.lanhdao"), report=board)
    services.report_review(user=aggregator, report=board, accept=True)
    _dated(board, D(2021, 11, 8))
    # Submitted, late: Quy Nhơn ward.
    ward = services.report_open(
        user=_user("quynhon.chuyenvien"), request=request, unit=units["XA.QUYNHON"]
    )
    services.report_submit(user=_user("quynhon.lanhdao"), report=ward)
    _dated(ward, D(2021, 11, 12))
    # Returned with a comment: the Department of Home Affairs' own report.
    snv = services.report_open(user=_user("snv.chuyenvien"), request=request, unit=units["GL.SNV"])
    snv = services.report_submit(user=_user("snv.lanhdao"), report=snv)
    services.report_review(
        user=aggregator,
        report=snv,
        accept=False,
        comment="Bổ sung số liệu tiếp công dân và đối thoại.",
    )
    _dated(snv, D(2021, 11, 9))
    # Draft: Pleiku ward. Missing: the Department of Justice (no report at all).
    services.report_open(user=_user("pleiku.chuyenvien"), request=request, unit=units["XA.PLEIKU"])
    return "1 yêu cầu, 4 báo cáo (tiếp nhận, đã gửi, bị trả lại, dự thảo) và 1 đơn vị chưa gửi"
