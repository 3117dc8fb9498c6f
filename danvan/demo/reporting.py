"""Demo of the reporting workflow: the real 2021 request of the Department of Home Affairs
(Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021) with one report of each status, a 2020
report whose text the 2021 draft can reuse, an override with its reason, and the Department's
consolidation of what was delivered."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from danvan.calendars.selectors import calendar_add_working_days
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period
from danvan.reporting import services
from danvan.reporting.models import ReportRequest, Transition, UnitReport

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
    UnitReport.objects.filter(pk=report.pk, submitted_at__isnull=False).update(submitted_at=moment)


CURRENT_SYMBOL = "SNV-XDCQ&CTTN"


def load_reporting_current(today: datetime.date | None = None) -> str:
    """Requests of the current period, dated from the day the demo is loaded, so that every
    demo role finds something due on the home page ("Việc cần làm"): the year's report (due in
    4 working days: the Economic Zone Board's clerk has sent it to the head, Quy Nhơn ward's
    was returned with a comment) and the quarter's (due on the next working day, not started).
    """

    today = today or timezone.localdate()
    year = str(today.year)
    quarter = Period.parse(f"{today.year}-Q{(today.month - 1) // 3 + 1}")
    if ReportRequest.objects.filter(symbol=CURRENT_SYMBOL, period=year, number="245").exists():
        return "đã có"
    units = {
        u.code: u
        for u in OrgUnit.objects.filter(code__in=["GL.SNV", "BQLKKT", "XA.QUYNHON", "XA.PLEIKU"])
    }
    aggregator = _user("snv.tonghop")
    annual = services.request_issue(
        user=aggregator,
        issuer=units["GL.SNV"],
        number="245",
        symbol=CURRENT_SYMBOL,
        issued_on=today - datetime.timedelta(days=7),
        subject="Báo cáo kết quả thực hiện dân chủ ở cơ sở và công tác dân vận chính quyền "
        f"năm {year}",
        period=year,
        deadline=calendar_add_working_days(today, 4),
        targets=[units["BQLKKT"], units["XA.QUYNHON"], units["XA.PLEIKU"]],
    )
    services.request_issue(
        user=aggregator,
        issuer=units["GL.SNV"],
        number="251",
        symbol=CURRENT_SYMBOL,
        issued_on=today - datetime.timedelta(days=3),
        subject=f"Báo cáo nhanh kết quả giải quyết thủ tục hành chính {quarter.label}",
        period=quarter.code,
        deadline=calendar_add_working_days(today, 1),
        targets=[units["BQLKKT"], units["XA.QUYNHON"]],
    )
    # The Economic Zone Board: the clerk drafted and sent it to the head ("Trình lãnh đạo").
    clerk = _user("bqlkkt.chuyenvien")
    board = services.report_open(user=clerk, request=annual, unit=units["BQLKKT"])
    board = services.report_save(
        user=clerk,
        report=board,
        expected_version=board.version,
        sections={**board.sections, "I": SECTIONS_BQL["I"], "V": SECTIONS_BQL["V"]},
    )
    services.report_send_to_head(user=clerk, report=board)
    # Quy Nhơn ward: sent to the head, submitted, returned by the Department with a comment.
    ward_clerk = _user("quynhon.chuyenvien")
    ward = services.report_open(user=ward_clerk, request=annual, unit=units["XA.QUYNHON"])
    ward = services.report_send_to_head(user=ward_clerk, report=ward)
    ward = services.report_submit(user=_user("quynhon.lanhdao"), report=ward)
    services.report_review(
        user=aggregator,
        report=ward,
        accept=False,
        comment="Bổ sung kết quả tiếp công dân và giải quyết đơn thư trong năm.",
    )
    return (
        f"2 yêu cầu kỳ hiện tại (năm {year}, {quarter.label}): 1 báo cáo chờ lãnh đạo duyệt, "
        "1 báo cáo bị trả lại"
    )


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
    _load_2020(units)
    # Accepted: the Economic Zone Board, with the sample's own text.
    board = services.report_open(
        user=_user("bqlkkt.chuyenvien"), request=request, unit=units["BQLKKT"]
    )
    board = services.report_save(
        user=_user("bqlkkt.chuyenvien"),
        report=board,
        expected_version=board.version,
        # The figures inserted from the registers stay at the head of section III.
        sections={**SECTIONS_BQL, "III": board.sections["III"] + f"<p>{SECTIONS_BQL['III']}</p>"},
        number="128/BC-BQL",
        report_date=D(2021, 11, 8),
        signer_authority="KT.",
        signer_authority_title="TRƯỞNG BAN",
        signer_title="PHÓ TRƯỞNG BAN",
        signer_name="Phan Viết Hùng",
        recipients="- Sở Nội vụ (báo cáo);\n- Trưởng ban, các Phó TB;\n"
        "- Các phòng, đơn vị trực thuộc;\n- Lưu: VT, VP.",
    )
    board = services.report_submit(user=_user("bqlkkt.lanhdao"), report=board)
    services.report_review(user=aggregator, report=board, accept=True)
    _dated(board, D(2021, 11, 8))
    # Submitted, late: Quy Nhơn ward.
    ward = services.report_open(
        user=_user("quynhon.chuyenvien"), request=request, unit=units["XA.QUYNHON"]
    )
    ward = services.report_save(
        user=_user("quynhon.chuyenvien"),
        report=ward,
        expected_version=ward.version,
        sections={
            **ward.sections,
            "I": "Phường có 12 khu phố; bộ máy chính quyền phường ổn định, hoạt động nền nếp.",
            "IV": "Việc tiếp công dân, đối thoại với Nhân dân được duy trì; còn chậm cập nhật sổ "
            "tiếp công dân tại Bộ phận Một cửa.",
        },
        overrides={
            "TCD_LUOT": {
                "value": "46",
                "reason": "Cộng 04 lượt tiếp tại Bộ phận Một cửa chưa vào sổ tiếp công dân.",
            }
        },
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
    # The Department's consolidation of what has been delivered so far.
    services.consolidation_build(user=aggregator, request=request, include_submitted=True)
    return (
        "2 yêu cầu (2020, 2021); năm 2021: 4 báo cáo (tiếp nhận, đã gửi, bị trả lại, dự thảo), "
        "1 đơn vị chưa gửi và báo cáo tổng hợp"
    )


def _load_2020(units) -> None:
    """Last year's request and the Economic Zone Board's accepted report: the text a clerk
    reuses when drafting 2021."""
    aggregator = _user("snv.tonghop")
    request = services.request_issue(
        user=aggregator,
        issuer=units["GL.SNV"],
        number="1764",
        symbol="SNV-XDCQ&CTTN",
        issued_on=D(2020, 10, 26),
        subject="Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính "
        "quyền năm 2020",
        period="2020",
        deadline=D(2020, 11, 10),
        targets=[units["BQLKKT"]],
    )
    board = services.report_open(
        user=_user("bqlkkt.chuyenvien"), request=request, unit=units["BQLKKT"]
    )
    board = services.report_save(
        user=_user("bqlkkt.chuyenvien"),
        report=board,
        expected_version=board.version,
        sections={
            **board.sections,
            **{key: text.replace("2021", "2020") for key, text in SECTIONS_BQL.items()},
        },
    )
    board = services.report_submit(user=_user("bqlkkt.lanhdao"), report=board)
    services.report_review(user=aggregator, report=board, accept=True)
    _dated(board, D(2020, 11, 6))
