"""A report's figures: inserted as linked sentences, flagged when the registers move,
overridden only with a reason, frozen at submission."""

import pytest

from danvan.core.errors import DomainError
from danvan.reporting.figures import figures_moved, report_form_rows, report_result
from danvan.reporting.richtext import figures_in
from danvan.reporting.services import (
    report_open,
    report_refresh_figures,
    report_save,
    report_submit,
)
from tests.reporting.conftest import dossiers


@pytest.fixture
def opened(users, tree, request_2021):
    dossiers(tree["A"], "A", online=2, offline=1)
    return report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])


def _moved(report):
    return figures_moved(report, report_form_rows(report, report_result(report)))


def test_a_draft_opens_with_the_registers_figures_linked_in_section_iii(opened):
    linked = dict(figures_in(opened.sections["III"]))
    assert linked["HS_TIEP_NHAN"] == "3"
    assert linked["HS_TRUC_TUYEN"] == "2"
    assert linked["TL_TRUC_TUYEN"] == "2/3, đạt 66,67%"
    assert "Tổng số hồ sơ tiếp nhận" in opened.sections["III"]
    assert _moved(opened) == []


def test_figures_that_moved_in_the_registers_are_shown_and_refreshed(users, tree, opened):
    dossiers(tree["A"], "A-MOI", online=1, offline=0)
    moved = {m.code: (m.inserted, m.current) for m in _moved(opened)}
    assert moved["HS_TIEP_NHAN"] == ("3", "4")
    assert moved["TL_TRUC_TUYEN"] == ("2/3, đạt 66,67%", "3/4, đạt 75,00%")
    refreshed = report_refresh_figures(
        user=users["clerk_a"], report=opened, expected_version=opened.version
    )
    assert dict(figures_in(refreshed.sections["III"]))["HS_TIEP_NHAN"] == "4"
    assert refreshed.version == opened.version + 1
    assert _moved(refreshed) == []


def test_the_clerks_own_words_around_figures_survive_a_refresh(users, tree, opened):
    text = opened.sections["III"] + "<p>Đơn vị <em>đã cố gắng</em> rất nhiều.</p>"
    saved = report_save(
        user=users["clerk_a"],
        report=opened,
        expected_version=opened.version,
        sections={**opened.sections, "III": text},
    )
    dossiers(tree["A"], "A-MOI", online=0, offline=1)
    refreshed = report_refresh_figures(
        user=users["clerk_a"], report=saved, expected_version=saved.version
    )
    assert "<em>đã cố gắng</em>" in refreshed.sections["III"]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"HS_TRUC_TUYEN": {"value": "3", "reason": ""}}, "ghi rõ lý do"),
        ({"HS_TRUC_TUYEN": {"value": "ba", "reason": "Sổ thiếu"}}, "không phải số"),
        ({"TL_TRUC_TUYEN": {"value": "90", "reason": "Ước"}}, "là tỷ lệ"),
        ({"KHONG_CO": {"value": "1", "reason": "Thử"}}, "không có trong biểu mẫu"),
    ],
)
def test_bad_overrides_are_refused_and_change_nothing(users, opened, overrides, message):
    with pytest.raises(DomainError, match=message):
        report_save(
            user=users["clerk_a"],
            report=opened,
            expected_version=opened.version,
            overrides=overrides,
        )
    opened.refresh_from_db()
    assert opened.overrides == {} and opened.version == 1


def test_an_override_with_a_reason_feeds_the_ratio_and_is_kept_for_the_aggregator(users, opened):
    saved = report_save(
        user=users["clerk_a"],
        report=opened,
        expected_version=opened.version,
        overrides={"HS_TRUC_TUYEN": {"value": "3", "reason": "01 hồ sơ nhập nhầm kênh"}},
    )
    result = report_result(saved)
    assert result.value("HS_TRUC_TUYEN") == 3
    assert str(result.value("TL_TRUC_TUYEN")) == "3/3, đạt 100,00%"
    submitted = report_submit(user=users["head_a"], report=saved)
    assert submitted.figures["overridden"]["HS_TRUC_TUYEN"] == {
        "computed": "2",
        "value": "3",
        "reason": "01 hồ sơ nhập nhầm kênh",
    }


def test_submission_freezes_the_figures(users, tree, opened):
    submitted = report_submit(user=users["head_a"], report=opened)
    assert submitted.figures["values"]["HS_MOI"] == 3
    dossiers(tree["A"], "A-SAU", online=0, offline=5)
    submitted.refresh_from_db()
    assert report_result(submitted).value("HS_MOI") == 3


def test_signature_block_and_recipients_are_saved(users, opened):
    import datetime

    saved = report_save(
        user=users["clerk_a"],
        report=opened,
        expected_version=opened.version,
        number="128/BC-SNV",
        report_date=datetime.date(2021, 11, 8),
        signer_authority="KT.",
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Văn A",
        recipients="- Sở Nội vụ;\n- Lưu: VT.",
    )
    assert (saved.number, saved.signer_authority, saved.signer_name) == (
        "128/BC-SNV",
        "KT.",
        "Nguyễn Văn A",
    )
    with pytest.raises(TypeError):
        report_save(
            user=users["clerk_a"], report=saved, expected_version=saved.version, status="accepted"
        )


def test_generated_headings_are_numbered_after_empty_groups_are_left_out(db):
    # db: the catalogue includes indicators kept in the database (custom fields, administrators').
    from danvan.indicators.forms_catalogue import FormRow
    from danvan.reporting.figures import figure_sentences

    rows = [
        FormRow(heading="1. Văn bản ban hành"),
        FormRow(code="VB_TONG", label="Tổng số văn bản", unit="văn bản", shown="12"),
        FormRow(heading="2. Tuyên truyền, tập huấn"),
        FormRow(code="HN_TONG", label="Số hội nghị", unit="cuộc", shown="0"),  # nothing
        FormRow(heading="4. Cải cách hành chính"),
        FormRow(code="HS_TIEP_NHAN", label="Tổng số hồ sơ tiếp nhận", unit="hồ sơ", shown="589"),
        FormRow(heading="5. Phát triển kinh tế - xã hội"),
        FormRow(heading="6. Hội nghị cán bộ, công chức, viên chức"),
        FormRow(code="TL_HNCB", label="Tỷ lệ", unit="%", shown="3/4, đạt 75,0%"),
    ]
    html = figure_sentences(rows)
    assert "<strong>1. Văn bản ban hành</strong>" in html
    assert "<strong>2. Cải cách hành chính</strong>" in html
    assert "<strong>3. Hội nghị cán bộ, công chức, viên chức</strong>" in html
    assert "Tuyên truyền" not in html and "Phát triển" not in html


def test_a_ratio_sentence_says_what_it_divides(users, opened):
    """285/588 is read against the 588 new dossiers, not the 589 received in total."""
    html = opened.sections["III"]
    assert (
        "(số hồ sơ tiếp nhận trực tuyến trên số hồ sơ tiếp nhận mới trong kỳ)" in html
        or "TL_TRUC_TUYEN" not in html
    )
