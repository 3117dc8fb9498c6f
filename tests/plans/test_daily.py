"""A report item issues its request N working days before its due date (the 2023 holiday of
29/04–03/05 and the weekends do not count), never earlier, once; the request's completeness
closes the item on the day of the last submission."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from danvan.deadlines.registry import deadline_kind
from danvan.deadlines.status import State, Status
from danvan.plans.models import PlanItem
from danvan.plans.services import plan_copy, plan_item_add, plan_items_daily, working_days_before
from danvan.reporting.models import ReportRequest
from danvan.reporting.services import report_open, report_submit

D = datetime.date


def test_five_working_days_before_10_05_2023_is_28_04_2023(db):
    assert working_days_before(D(2023, 5, 10), 5) == D(2023, 4, 28)
    assert working_days_before(D(2023, 5, 10), 0) == D(2023, 5, 10)


def test_the_request_is_issued_on_its_day_and_not_on_an_earlier_one(users, tree, report_item):
    assert plan_items_daily(D(2023, 4, 27)) == []
    assert not ReportRequest.objects.exists()
    lines = plan_items_daily(D(2023, 4, 28))
    assert len(lines) == 1 and "hạn 10/05/2023" in lines[0] and "A, A1" in lines[0]
    request = ReportRequest.objects.get()
    assert request.issuer == tree["A"] and request.deadline == D(2023, 5, 10)
    assert request.issued_on == D(2023, 4, 28) and request.period == "2023-H1"
    assert (request.number, request.symbol) == ("12-3", "KH-SNV")
    assert request.form_version is not None and request.form_version.form.code == "PL_DANVAN"
    assert sorted(t.unit.code for t in request.targets.all()) == ["A", "A1"]
    report_item.refresh_from_db()
    assert report_item.request == request and report_item.state == State.DANG_THUC_HIEN
    # Once: the next day (and the same day again) issue nothing more.
    assert plan_items_daily(D(2023, 4, 28)) == [] and plan_items_daily(D(2023, 5, 4)) == []
    assert ReportRequest.objects.count() == 1


def test_a_late_run_still_issues_up_to_the_due_date_but_not_after(users, tree, plan):
    item = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Báo cáo năm",
        unit=tree["A1"],
        due_rule="trước ngày 30/10/2023",
        output="bao_cao",
        period="2023",
    )
    assert plan_items_daily(D(2023, 10, 31)) == []
    assert plan_items_daily(D(2023, 10, 30)) and PlanItem.objects.get(pk=item.pk).request


def test_cancelled_and_other_items_issue_nothing(users, tree, plan, report_item):
    from danvan.plans.services import plan_item_cancel

    plan_item_add(
        user=users["clerk_a"], plan=plan, content="Hội nghị", unit=tree["A"], due_rule="10/05/2023"
    )
    plan_item_cancel(user=users["clerk_a"], item=report_item, reason="Không báo cáo nữa")
    assert plan_items_daily(D(2023, 5, 5)) == []


def test_the_reminders_command_runs_the_kinds_daily_work(users, tree, report_item):
    assert deadline_kind("plans.item").daily is plan_items_daily
    out = io.StringIO()
    call_command("reminders", "--date", "27/04/2023", stdout=out)
    assert "Đã tạo yêu cầu" not in out.getvalue() and not ReportRequest.objects.exists()
    call_command("reminders", "--date", "28/04/2023", stdout=out)
    assert "Đã tạo yêu cầu báo cáo Văn bản số 12-3/KH-SNV ngày 28/04/2023" in out.getvalue()
    assert ReportRequest.objects.count() == 1


def test_the_requests_completeness_closes_the_item(users, tree, report_item):
    plan_items_daily(D(2023, 4, 28))
    request = ReportRequest.objects.get()
    head = users["head_a"]
    first = report_submit(user=head, report=report_open(user=head, request=request, unit=tree["A"]))
    report_item.refresh_from_db()
    assert report_item.state == State.DANG_THUC_HIEN  # A1 has not reported yet
    last = report_submit(user=head, report=report_open(user=head, request=request, unit=tree["A1"]))
    report_item.refresh_from_db()
    assert report_item.state == State.HOAN_THANH
    assert report_item.done_on == max(
        timezone.localdate(first.submitted_at), timezone.localdate(last.submitted_at)
    )


def test_journey_a_plan_copied_from_last_year_issues_its_request_on_its_day(
    users, tree, plan, report_item
):
    copy = plan_copy(user=users["clerk_a"], plan=plan, year=2024)
    item = copy.items.get(number="3")
    # 10/05/2024 is a Friday; 5 working days before it is Saturday 04/05/2024, a working day
    # by that year's swap for the 30/4–1/5 holiday.
    day = working_days_before(item.due_on, 5)
    assert day == D(2024, 5, 4)
    assert item.due_on == D(2024, 5, 10)
    assert plan_items_daily(day - datetime.timedelta(days=1)) == []
    assert len(plan_items_daily(day)) == 1
    item.refresh_from_db()
    assert item.request.deadline == D(2024, 5, 10) and item.request.period == "2024-H1"
    assert item.status_on(day) == Status.DANG_THUC_HIEN
    # Last year's item keeps no request (its day has long passed in this test's run).
    assert PlanItem.objects.get(pk=report_item.pk).request is None
