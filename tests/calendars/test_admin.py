import datetime

from danvan.calendars.models import CalendarDay
from danvan.calendars.selectors import calendar_add_working_days, calendar_working_days_between
from danvan.periods.models import PeriodSettings
from danvan.periods.selectors import period_window_for
from danvan.periods.values import Period

D = datetime.date


def test_admin_days_change_the_legal_clock(db):
    # Friday 14/02/2025 + 1 working day is Monday 17/02 ... unless Saturday 15/02 is a
    # make-up working day, as the government announced for Tết Ất Tỵ.
    assert calendar_add_working_days(D(2025, 2, 14), 1) == D(2025, 2, 17)
    CalendarDay.objects.create(day=D(2025, 2, 15), kind="lam_viec", note="Làm bù")
    assert calendar_add_working_days(D(2025, 2, 14), 1) == D(2025, 2, 15)
    CalendarDay.objects.create(day=D(2025, 2, 17), kind="nghi", note="Nghỉ bù")
    assert calendar_working_days_between(D(2025, 2, 14), D(2025, 2, 18)) == 2


def test_province_admin_adds_and_removes_days_in_the_ui(users, login):
    client = login(users["admin"])
    response = client.post(
        "/lich/ngay/", {"day": "15/02/2025", "kind": "lam_viec", "note": "Làm bù Tết"}
    )
    assert response.status_code == 302 and response["Location"].endswith("?nam=2025")
    entry = CalendarDay.objects.get(day=D(2025, 2, 15))
    page = client.get("/lich/?nam=2025").content.decode()
    assert "15/02/2025" in page and "Làm bù Tết" in page and "Tết Nguyên Đán" in page
    assert "năm 2025" in page and "2.025" not in page
    client.post(f"/lich/ngay/{entry.pk}/xoa/")
    assert not CalendarDay.objects.exists()


def test_a_change_that_changes_nothing_is_refused(users, login):
    response = login(users["admin"]).post(
        "/lich/ngay/", {"day": "17/02/2025", "kind": "lam_viec"}, follow=True
    )
    assert "vốn đã là ngày làm việc" in response.content.decode()
    assert not CalendarDay.objects.exists()


def test_bad_date_is_refused(users, login):
    response = login(users["admin"]).post(
        "/lich/ngay/", {"day": "30/02/2025", "kind": "nghi"}, follow=True
    )
    assert "không hợp lệ" in response.content.decode()
    assert not CalendarDay.objects.exists()


def test_a_commune_admin_cannot_change_the_province_calendar(users, login):
    response = login(users["admin_a"]).post("/lich/ngay/", {"day": "17/02/2025", "kind": "nghi"})
    assert response.status_code == 403
    assert not CalendarDay.objects.exists()


def test_window_rule_is_a_province_setting(users, login):
    h1 = Period.parse("2021-H1")
    assert (period_window_for(h1).start, period_window_for(h1).end) == (
        D(2020, 12, 15),
        D(2021, 6, 14),
    )
    login(users["admin"]).post("/lich/ky-bao-cao/", {"window_rule": "calendar"})
    assert PeriodSettings.objects.get().window_rule == "calendar"
    assert (period_window_for(h1).start, period_window_for(h1).end) == (
        D(2021, 1, 1),
        D(2021, 6, 30),
    )
    # One request may still set its own dates ("tính đến ngày 4/6/2021").
    own = period_window_for(h1, override=(D(2021, 1, 1), D(2021, 6, 4)))
    assert own.end == D(2021, 6, 4)
