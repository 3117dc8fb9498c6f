"""Highlighting escapes every piece of the user's text and anchors each finding once."""

from danvan.checker.engine import check_text
from danvan.checker.render import highlighted


def test_user_text_is_escaped_inside_and_outside_marks():
    text = '<script>alert(1)</script> Tỷ lệ "đạt" <b>315/372</b> là 84,2%.'
    result = check_text(text)
    assert [f.rule for f in result.findings] == ["ratio_mismatch"]
    html = str(highlighted(text, result.findings))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html and "&lt;/b&gt; là 84,2%</mark>" in html
    assert html.count("<mark") == 1 and 'id="loi-1"' in html


def test_overlapping_findings_are_cut_into_segments_with_one_anchor_each():
    class F:
        def __init__(self, start, end, severity):
            self.start, self.end, self.severity, self.message = start, end, severity, "x"

    text = "abcdefghij"
    html = str(highlighted(text, [F(0, 6, "warning"), F(3, 9, "error")]))
    assert html.count('id="loi-1"') == 1 and html.count('id="loi-2"') == 1
    assert '<mark class="canh-bao" id="loi-1" title="x">abc</mark>' in html
    assert '<mark class="loi" id="loi-2" title="x · x">def</mark>' in html
    assert html.endswith('<mark class="loi" title="x">ghi</mark>j')
