from hypothesis import given
from hypothesis import strategies as st

from danvan.reporting.richtext import (
    figure_span,
    figures_in,
    figures_refresh,
    richtext_clean,
    richtext_plain,
)


def test_only_the_safe_subset_is_kept():
    dirty = (
        '<p onclick="steal()">Kết quả <b>tốt</b> <i>hơn</i><script>alert(1)</script>'
        '<a href="http://x">liên kết</a><img src=x onerror=alert(1)></p>'
        '<ul><li>một</li></ul><table><tr><td colspan="2">ô</td></tr></table>'
    )
    clean = richtext_clean(dirty)
    assert "script" not in clean and "onclick" not in clean and "onerror" not in clean
    assert "<a" not in clean and "<img" not in clean
    assert "<b>tốt</b>" in clean and "<i>hơn</i>" in clean and "<li>một</li>" in clean
    assert '<td colspan="2">ô</td>' in clean


def test_plain_text_becomes_paragraphs_and_angle_brackets_stay_text():
    assert richtext_clean("Dòng một\n\n<Dòng hai> & ba") == (
        "<p>Dòng một</p><p>&lt;Dòng hai&gt; &amp; ba</p>"
    )


def test_text_is_stored_in_nfc():
    decomposed = "Quy che\u0302\u0301"  # ế typed as e + two combining marks
    assert richtext_clean(decomposed) == "<p>Quy chế</p>"


def test_linked_figures_survive_cleaning_and_refresh():
    text = richtext_clean(f"<p>Tiếp nhận {figure_span('HS_MOI', '524')} hồ sơ.</p>")
    assert figures_in(text) == [("HS_MOI", "524")]
    refreshed = figures_refresh(text, {"HS_MOI": "530"})
    assert figures_in(refreshed) == [("HS_MOI", "530")]
    assert richtext_plain(refreshed) == "Tiếp nhận 530 hồ sơ."


@given(st.text())
def test_cleaning_is_idempotent(text):
    once = richtext_clean(text)
    assert richtext_clean(once) == once


def test_gathering_drops_the_inserted_figure_lists_but_keeps_the_units_words():
    from danvan.reporting.richtext import richtext_without_figure_lists

    text = (
        "<p><strong>4. Cải cách hành chính</strong></p>"
        f"<ul><li>Tổng số hồ sơ tiếp nhận: {figure_span('HS_TIEP_NHAN', '524')} hồ sơ.</li></ul>"
        "<p><strong>8. Tiếp công dân</strong></p>"
        f"<ul><li>Số lượt: {figure_span('TCD_LUOT', '42')} lượt.</li></ul>"
        "<p>Đơn vị đã tiếp nhận 524 hồ sơ, tăng so với năm trước.</p>"
    )
    assert richtext_without_figure_lists(text) == (
        "<p>Đơn vị đã tiếp nhận 524 hồ sơ, tăng so với năm trước.</p>"
    )
