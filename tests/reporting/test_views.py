import datetime

from danvan.indicators.models import FormVersion
from danvan.reporting.models import ReportRequest
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
    assert "Quá hạn (10/11/2021) mà chưa gửi:</strong> Sở Nội vụ." in page


def _post_report(client, report, **fields):
    data = {"version": report.version, **fields}
    return client.post(f"/bao-cao/bao-cao/{report.pk}/", data)


def test_a_locked_report_cannot_be_changed_through_the_page_and_says_why(users, tree, login):
    from danvan.reporting.services import report_submit

    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    report = report_submit(user=users["head_a"], report=report)
    page = login(users["clerk_a"]).get(f"/bao-cao/bao-cao/{report.pk}/").content.decode()
    assert "Báo cáo đã gửi nên bị khóa" in page and 'type="submit" class="primary">Lưu' not in page
    response = _post_report(login(users["clerk_a"]), report, section_I="Sửa lén")
    assert "không sửa được" in response.content.decode()
    report.refresh_from_db()
    assert report.sections["I"] == ""


def test_an_aggregator_cannot_write_a_units_text_through_the_page(users, tree, login):
    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    page = _post_report(login(users["aggregator"]), report, section_I="Chữ của tổng hợp")
    assert "chỉ được xem" in page.content.decode()
    report.refresh_from_db()
    assert report.sections["I"] == "" and report.version == 1


def test_an_override_without_reason_is_refused_and_the_text_kept(users, tree, login):
    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    response = _post_report(
        login(users["clerk_a"]),
        report,
        section_I="Đoạn văn tôi vừa viết",
        override_value_HS_TIEP_NHAN="530",
        override_reason_HS_TIEP_NHAN="",
    )
    page = response.content.decode()
    assert "phải ghi rõ lý do" in page
    assert "Đoạn văn tôi vừa viết" in page and 'value="530"' in page
    report.refresh_from_db()
    assert report.overrides == {} and report.version == 1
    _post_report(
        login(users["clerk_a"]),
        report,
        override_value_HS_TIEP_NHAN="530",
        override_reason_HS_TIEP_NHAN="Hồ sơ giấy chưa nhập",
        signer_authority="KT.",
        signer_name="Nguyễn Văn A",
        report_date="08/11/2021",
    )
    report.refresh_from_db()
    assert report.overrides == {"HS_TIEP_NHAN": {"value": "530", "reason": "Hồ sơ giấy chưa nhập"}}
    assert (report.signer_authority, report.report_date) == ("KT.", D(2021, 11, 8))
    page = login(users["aggregator"]).get(f"/bao-cao/bao-cao/{report.pk}/").content.decode()
    assert "Hồ sơ giấy chưa nhập" in page  # the aggregator sees the reason


def test_last_periods_text_is_at_hand(users, tree, login):
    from danvan.reporting.services import report_review, report_submit

    last = request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="9",
        symbol="SNV",
        issued_on=D(2020, 10, 20),
        subject="Báo cáo năm 2020",
        period="2020",
        deadline=D(2020, 11, 10),
        targets=[tree["A"]],
    )
    old = report_open(user=users["clerk_a"], request=last, unit=tree["A"])
    old = report_save(
        user=users["clerk_a"],
        report=old,
        expected_version=old.version,
        sections={**old.sections, "V": "Nhiệm vụ năm 2020 đã viết"},
    )
    report_review(
        user=users["aggregator"],
        report=report_submit(user=users["head_a"], report=old),
        accept=True,
    )
    report = report_open(user=users["clerk_a"], request=_request(users, tree), unit=tree["A"])
    page = login(users["clerk_a"]).get(f"/bao-cao/bao-cao/{report.pk}/").content.decode()
    assert "Nội dung kỳ trước (2020)" in page and "Nhiệm vụ năm 2020 đã viết" in page
    assert 'data-reuse="id_section_V"' in page


def test_the_version_diff_shows_text_and_figures(users, tree, login):
    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={**report.sections, "I": "Dòng cũ"},
    )
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={**report.sections, "I": "Dòng mới"},
        overrides={"HS_TIEP_NHAN": {"value": "7", "reason": "Bổ sung hồ sơ giấy"}},
    )
    page = (
        login(users["aggregator"])
        .get(f"/bao-cao/bao-cao/{report.pk}/so-sanh/?tu=2&den=3")
        .content.decode()
    )
    assert '<div class="diff-del">− Dòng cũ</div>' in page
    assert '<div class="diff-add">+ Dòng mới</div>' in page
    assert "Tổng số hồ sơ tiếp nhận" in page and "Bổ sung hồ sơ giấy" in page
    assert (
        login(users["aggregator"])
        .get(f"/bao-cao/bao-cao/{report.pk}/so-sanh/?tu=2&den=99")
        .status_code
        == 404
    )


def test_issuing_to_a_subtree_with_its_own_window_and_reminders(users, tree, login):
    response = login(users["aggregator"]).post(
        "/bao-cao/phat-hanh/",
        {
            "issuer": "P",
            "number": "30",
            "symbol": "SNV-XDCQ",
            "issued_on": "01/06/2021",
            "subject": "Báo cáo 6 tháng",
            "period": "2021-H1",
            "window_start": "01/01/2021",
            "window_end": "31/05/2021",
            "deadline": "15/06/2021",
            "remind_days_before": "2",
            "remind_days_after": "0",
            "form_version": str(FormVersion.objects.order_by("-number").first().pk),
            "targets__cap_duoi": ["A"],  # «Chọn cả cấp dưới» of A
            "targets": ["X"],
        },
    )
    assert response.status_code == 302, response.content.decode()
    created = ReportRequest.objects.get(number="30")
    assert sorted(t.unit.code for t in created.targets.all()) == ["A", "A1", "X"]
    assert (created.window_start, created.window_end) == (D(2021, 1, 1), D(2021, 5, 31))
    assert created.form_version == FormVersion.objects.order_by("-number").first()
    assert (created.remind_days_before, created.remind_on_day, created.remind_days_after) == (
        2,
        False,
        0,
    )
    page = login(users["aggregator"]).get(f"/bao-cao/{created.pk}/").content.decode()
    assert "Theo khối, cụm đơn vị" in page  # A with A1 below it
    form = login(users["aggregator"]).get("/bao-cao/phat-hanh/").content.decode()
    # The targets are one tree: A1 is a checkbox nested in A's list (tests/orgunits/test_widgets).
    assert 'data-code="A1"' in form and 'name="targets__cap_duoi" value="A"' in form


def test_half_a_window_and_no_target_are_refused(users, tree, login):
    response = login(users["aggregator"]).post(
        "/bao-cao/phat-hanh/",
        {
            "issuer": "P",
            "number": "31",
            "symbol": "SNV",
            "issued_on": "01/06/2021",
            "subject": "Báo cáo",
            "period": "2021-H1",
            "window_start": "01/01/2021",
            "deadline": "15/06/2021",
            "remind_days_before": "3",
            "remind_days_after": "1",
        },
    )
    page = response.content.decode()
    assert "Cần cả ngày bắt đầu và ngày kết thúc" in page
    assert "Chọn ít nhất một đơn vị" in page
    assert not ReportRequest.objects.filter(number="31").exists()


def test_amending_and_reminding_from_the_request_page(users, tree, login):
    from danvan.notifications.models import Notification

    found = _request(users, tree)
    client = login(users["aggregator"])
    client.post(f"/bao-cao/{found.pk}/doi-han/", {"deadline": "20/11/2021", "reason": "Lùi"})
    found.refresh_from_db()
    assert found.deadline == D(2021, 11, 20)
    client.post(f"/bao-cao/{found.pk}/doi-han/", {"deadline": "31/02/2021", "reason": ""})
    found.refresh_from_db()
    assert found.deadline == D(2021, 11, 20)
    before = Notification.objects.count()
    page = client.post(f"/bao-cao/{found.pk}/nhac-nho/", follow=True).content.decode()
    assert "Đã nhắc 1 đơn vị" in page
    assert Notification.objects.count() == before + 2  # A's clerk and head
    assert login(users["clerk_a"]).post(f"/bao-cao/{found.pk}/nhac-nho/").status_code == 403


def test_consolidating_from_the_pages(users, tree, login):
    from danvan.reporting.services import report_review, report_submit

    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={**report.sections, "II": "Chỉ đạo của Sở"},
    )
    report_review(
        user=users["aggregator"],
        report=report_submit(user=users["head_a"], report=report),
        accept=True,
    )
    client = login(users["aggregator"])
    assert "Chưa tổng hợp" in client.get(f"/bao-cao/{found.pk}/tong-hop/").content.decode()
    page = client.post(f"/bao-cao/{found.pk}/tong-hop/lap/", follow=True).content.decode()
    assert "Phụ lục tổng hợp" in page and "So sánh giữa các đơn vị" in page
    assert "Chỉ đạo của Sở" in page
    consolidation = found.consolidation
    client.post(
        f"/bao-cao/{found.pk}/tong-hop/",
        {
            "version": consolidation.version,
            "section_II": "Văn bản tổng hợp đã biên tập",
            "signer_authority": "KT.",
            "signer_authority_title": "GIÁM ĐỐC",
            "signer_name": "Lê Thị Tổng",
            "report_date": "20/11/2021",
        },
    )
    consolidation.refresh_from_db()
    assert consolidation.sections["II"] == "<p>Văn bản tổng hợp đã biên tập</p>"
    assert (consolidation.signer_name, consolidation.report_date) == (
        "Lê Thị Tổng",
        D(2021, 11, 20),
    )
    assert login(users["clerk_a"]).get(f"/bao-cao/{found.pk}/tong-hop/").status_code == 403
    page = client.post(f"/bao-cao/{found.pk}/tong-hop/gui-len/", follow=True).content.decode()
    assert "không theo yêu cầu nào của cấp trên" in page
