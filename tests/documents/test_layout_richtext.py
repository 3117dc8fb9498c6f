"""The Word file renders the canonical rich text as the clerk formatted it: bold, italic and
underlined runs, one paragraph per paragraph, numbered and bulleted list items, table cells
— and never a tag as text, even for a text saved by the old editor."""

import io

import docx

from danvan.documents.layout import render_docx
from danvan.documents.model import Document
from danvan.reporting.richtext import richtext_clean

TYPED = (
    "<p>Trong năm, <strong>Năm 2022</strong> tiếp tục <em>phát huy</em> và <u>nhân rộng</u>.</p>"
    "<p>Đoạn thứ hai.</p>"
    "<ol><li>Mục một</li><li>Mục hai<ul><li>Ý con</li></ul></li></ol>"
    "<ul><li>Ý một</li></ul>"
    "<table><tbody><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>"
    "<tr><td>Hồ sơ</td><td>524</td></tr></tbody></table>"
)


def _word(section_html: str) -> docx.Document:
    document = Document(
        kind="BÁO CÁO",
        parent_body="UBND TỈNH GIA LAI",
        issuing_body="BAN QUẢN LÝ KHU KINH TẾ",
        number="45",
        symbol="BC-BQL",
        place="Gia Lai",
        date=None,
        summary="Kết quả năm 2022",
        sections=[("I. ĐẶC ĐIỂM TÌNH HÌNH", section_html)],
    )
    return docx.Document(io.BytesIO(render_docx(document)))


def test_runs_paragraphs_lists_and_cells():
    word = _word(richtext_clean(TYPED))
    by_text = {p.text: p for p in word.paragraphs}
    first = by_text["Trong năm, Năm 2022 tiếp tục phát huy và nhân rộng."]
    assert [r.text for r in first.runs if r.bold] == ["Năm 2022"]
    assert [r.text for r in first.runs if r.italic] == ["phát huy"]
    assert [r.text for r in first.runs if r.underline] == ["nhân rộng"]
    texts = [p.text for p in word.paragraphs]
    start = texts.index("Đoạn thứ hai.")
    assert texts[start : start + 5] == [
        "Đoạn thứ hai.",
        "1. Mục một",
        "2. Mục hai",
        "- Ý con",
        "- Ý một",
    ]
    cells = [[c.text for c in row.cells] for t in word.tables for row in t.rows]
    assert ["Chỉ tiêu", "Kết quả"] in cells and ["Hồ sơ", "524"] in cells


def test_text_saved_by_the_old_editor_shows_no_markup():
    bugged = "<p>Trong năm, &lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;tiếp tục</p>"
    word = _word(richtext_clean(bugged))
    paragraph = next(p for p in word.paragraphs if p.text.startswith("Trong năm"))
    assert paragraph.text == "Trong năm, Năm 2022 tiếp tục"
    assert [r.text for r in paragraph.runs if r.bold] == ["Năm 2022"]
