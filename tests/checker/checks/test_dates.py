"""invalid_date and date_order."""

import pytest

from tests.checker.checks.helpers import findings, one


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Họp ngày 31/4/2024.", "tháng 4 chỉ có 30 ngày"),
        ("Họp ngày 29/02/2023.", "năm 2023 không phải năm nhuận"),
        ("Họp ngày 31 tháng 6 năm 2024.", "tháng 6 chỉ có 30 ngày"),
        ("Họp ngày 15/13/2024.", "tháng chỉ từ 1 đến 12"),
    ],
)
def test_invalid_dates(text, reason):
    assert reason in one(text, "invalid_date").message


def test_leap_day_of_a_leap_year_is_fine():
    assert findings("Họp ngày 29/02/2024.", "invalid_date") == []


REPORT = """SỞ THỬ

Gia Lai, ngày 10 tháng 12 năm 2024

BÁO CÁO

Thực hiện Văn bản số 1234/SNV-XDCQ ngày {answered} của Sở Nội vụ, Sở báo cáo:

PHỤ LỤC
(Kèm theo Báo cáo số 12/BC-STH ngày {appendix} của Sở Thử)
"""


def test_report_dated_before_what_it_answers():
    text = REPORT.format(answered="15/12/2024", appendix="10/12/2024")
    finding = one(text, "date_order")
    assert finding.excerpt == "Văn bản số 1234/SNV-XDCQ ngày 15/12/2024"


def test_appendix_dated_differently_from_its_report():
    text = REPORT.format(answered="01/12/2024", appendix="11/12/2024")
    finding = one(text, "date_order")
    assert (finding.stated, finding.expected) == ("11/12/2024", "10/12/2024")


def test_dates_in_order_say_nothing():
    assert findings(REPORT.format(answered="01/12/2024", appendix="10/12/2024"), "date_order") == []


PLAN = (
    "BAN THỬ\n\nGia Lai, ngày {day} tháng 3 năm 2024\n\nKẾ HOẠCH\n\n"
    "Báo cáo trước ngày {deadline}.\n"
)


@pytest.mark.parametrize(
    ("day", "deadline", "fires"),
    [
        ("15", "10/02/2024", True),
        ("15", "28/02", True),
        ("", "10/02/2024", True),
        ("15", "10/5/2024", False),
        ("", "20/3/2024", False),
    ],
)
def test_plan_deadline_before_its_own_date(day, deadline, fires):
    assert bool(findings(PLAN.format(day=day, deadline=deadline), "date_order")) is fires
