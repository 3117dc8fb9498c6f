"""The home page: the user's "Việc cần làm" grouped with counts, dd/mm/yyyy, each a link;
an empty state that says so; the roles below."""

import datetime

from danvan.reporting.services import request_issue


def test_nothing_due_says_so(users, login):
    page = login(users["clerk_b"]).get("/").content.decode()
    assert "Việc cần làm" in page
    assert "Không có việc nào cần làm" in page
    assert "Vai trò của bạn" in page and "Chuyên viên" in page


def test_a_request_due_is_listed_with_its_group_date_and_link(users, login, tree):
    today = datetime.date.today()
    request = request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="12",
        symbol="SNV",
        issued_on=today - datetime.timedelta(days=60),
        subject="Báo cáo sáu tháng",
        period="2021-H1",
        deadline=today - datetime.timedelta(days=30),
        targets=[tree["B"]],
    )
    page = login(users["clerk_b"]).get("/").content.decode()
    assert 'Cần làm ngay <span class="hint">(1)</span>' in page
    assert f'<a href="/bao-cao/{request.pk}/">Báo cáo sáu tháng</a>' in page
    assert f"hạn {request.deadline:%d/%m/%Y}" in page
    assert "quá hạn" in page and "ngày làm việc" in page
    assert "Không có việc nào cần làm" not in page
    # The notification of the new request is there too, opening through its own URL.
    assert "Thông báo chưa đọc" in page and 'href="/thong-bao/' in page
