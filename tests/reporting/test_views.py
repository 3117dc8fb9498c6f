import datetime

from danvan.reporting.services import report_open, report_save, request_issue

D = datetime.date


def _request(users, tree):
    return request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="12",
        symbol="SNV",
        issued_on=D(2021, 10, 29),
        subject="Báo cáo năm",
        period="2021",
        deadline=D(2021, 11, 10),
        targets=[tree["A"]],
    )


def test_a_conflicting_save_shows_both_texts_and_keeps_the_users_own(users, tree, login):
    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    opened_version = report.version
    report_save(
        user=users["head_a"],
        report=report,
        expected_version=opened_version,
        sections={**report.sections, "I": "Văn bản của lãnh đạo"},
    )
    response = login(users["clerk_a"]).post(
        f"/bao-cao/bao-cao/{report.pk}/",
        {"version": opened_version, "section_I": "Văn bản của chuyên viên"},
    )
    page = response.content.decode()
    assert "Nội dung người kia vừa lưu" in page
    assert "Văn bản của lãnh đạo" in page and "Văn bản của chuyên viên" in page
    report.refresh_from_db()
    assert report.sections["I"] == "<p>Văn bản của lãnh đạo</p>"


def test_only_aggregators_issue_and_only_keepers_open(users, tree, login):
    assert login(users["clerk_a"]).get("/bao-cao/phat-hanh/").status_code == 403
    found = _request(users, tree)
    assert login(users["aggregator"]).post(f"/bao-cao/{found.pk}/don-vi/A/").status_code == 403
    assert login(users["clerk_b"]).get(f"/bao-cao/{found.pk}/").status_code == 404
    page = login(users["aggregator"]).get(f"/bao-cao/{found.pk}/").content.decode()
    assert "Phải gửi 1; đã gửi 0" in page
