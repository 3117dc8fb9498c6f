"""Before «Gửi» the page (and the API) name the report's sections that hold no text."""

from danvan.reporting.empty_sections import report_empty_sections
from danvan.reporting.services import report_open, report_save


def _opened(users, tree, request_2021):
    return report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])


def test_empty_sections_are_listed_by_heading_in_outline_order(users, tree, request_2021):
    report = _opened(users, tree, request_2021)
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={
            **report.sections,
            "I": "<p>Sở có 45 công chức.</p>",
            "II": "<p>&nbsp;</p><p><strong> </strong></p>",  # markup without words
            "IV": "<ul><li></li></ul>",
            "V": "",
        },
    )
    assert report_empty_sections(report) == [
        "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI",
        "IV. ĐÁNH GIÁ CHUNG",
        "V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
    ]


def test_the_submit_button_warns_with_the_empty_headings(users, tree, request_2021, login):
    report = _opened(users, tree, request_2021)
    page = login(users["head_a"]).get(f"/bao-cao/bao-cao/{report.pk}/").content.decode()
    assert 'data-confirm-details="muc-trong"' in page
    warning = page[page.index('<template id="muc-trong">') :]
    warning = warning[: warning.index("</template>")]
    assert "Các mục chưa có nội dung" in warning
    assert "<li>I. ĐẶC ĐIỂM TÌNH HÌNH</li>" in warning
    assert "III. KẾT QUẢ THỰC HIỆN" not in warning  # drafted with the registers' figures
    assert "Gửi báo cáo của Sở Nội vụ tới Ủy ban nhân dân tỉnh Thử?" in page


def test_a_full_report_submits_without_the_list(users, tree, request_2021, login):
    report = _opened(users, tree, request_2021)
    report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={
            key: report.sections.get(key) or f"<p>Mục {key}.</p>"
            for key in ["I", "II", "III", "IV", "V"]
        },
    )
    page = login(users["head_a"]).get(f"/bao-cao/bao-cao/{report.pk}/").content.decode()
    assert "muc-trong" not in page
    assert 'data-confirm="Gửi báo cáo của Sở Nội vụ' in page


def test_the_api_returns_the_empty_sections(users, tree, request_2021, api_client):
    report = _opened(users, tree, request_2021)
    data = api_client(users["head_a"]).get(f"/api/v1/reporting/reports/{report.pk}/").json()
    assert data["empty_sections"] == [
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI",
        "IV. ĐÁNH GIÁ CHUNG",
        "V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
    ]
