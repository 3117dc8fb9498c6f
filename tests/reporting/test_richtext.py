import re
from html.parser import HTMLParser

from hypothesis import example, given, settings
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
    assert "<strong>tốt</strong>" in clean and "<em>hơn</em>" in clean
    assert "<li>một</li>" in clean
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


# --- What a person types in the editor, pastes from Word, or saved with the old editor ----

# What a person would see as markup: a tag of an HTML element (WHATWG's list), a namespaced
# Word tag, or an entity. "<C>" or "x < y > z" typed by a person are characters, not markup.
HTML_ELEMENTS = """
a abbr address area article aside audio b base bdi bdo big blockquote body br button
canvas caption center cite code col colgroup data datalist dd del details dfn dialog div
dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header
hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu
meta meter nav noscript object ol optgroup option output p param picture pre progress q rp
rt ruby s samp script search section select slot small source span strike strong style sub
summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u
ul var video wbr xml
""".split()  # noqa: SIM905 (a list of words reads better as words)
TAG_TEXT = re.compile(
    r"<\s*/?\s*(?:"
    + "|".join(sorted(HTML_ELEMENTS, key=len, reverse=True))
    + r"|[a-z]+:[a-z]+)(?:[\s/][^<>]*)?>|&(?:nbsp|amp|lt|gt|quot|apos);|&#x?[0-9a-f]+;",
    re.I,
)


class _Words(HTMLParser):
    """The text nodes of a cleaned text, as the page shows them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.words = []

    def handle_data(self, data):
        self.words.append(data)


def words_of(clean: str) -> list[str]:
    parser = _Words()
    parser.feed(clean)
    parser.close()
    return parser.words


def test_markup_in_the_middle_of_a_line_is_read_as_markup():
    typed = "Trong năm, <b>Năm 2022</b>&nbsp;tiếp tục <i>phát huy</i><br>"
    assert richtext_clean(typed) == (
        "<p>Trong năm, <strong>Năm 2022</strong> tiếp tục <em>phát huy</em></p>"
    )


def test_text_saved_by_the_old_editor_with_escaped_markup_is_repaired():
    saved = "<p>Trong năm, &lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;tiếp tục &amp;amp; phát huy</p>"
    assert richtext_clean(saved) == (
        "<p>Trong năm, <strong>Năm 2022</strong> tiếp tục &amp; phát huy</p>"
    )


def test_div_lines_become_paragraphs():
    assert richtext_clean("Dòng một<div>Dòng hai</div><div><br></div><div>Dòng ba</div>") == (
        "<p>Dòng một</p><p>Dòng hai</p><p>Dòng ba</p>"
    )


def test_word_paste_is_reduced_to_the_subset():
    word = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><title>Word</title>"
        "<style>p.MsoNormal{margin:0}</style></head><body lang=VI>"
        "<!--StartFragment--><p class=MsoNormal style='text-align:justify;mso-line-height-alt:"
        "12pt'><span style='font-size:14.0pt;font-family:\"Times New Roman\"'>Kết quả "
        "<b><span style='mso-bidi-font-weight:normal'>nổi bật</span></b><o:p></o:p></span></p>"
        "<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr>"
        "<td width=100 valign=top style='width:75pt'><p class=MsoNormal>Ô <i>một</i></p></td>"
        "<td><p class=MsoNormal>Ô hai<o:p>&nbsp;</o:p></p></td></tr></table>"
        "<!--EndFragment--></body></html>"
    )
    assert richtext_clean(word) == (
        "<p>Kết quả <strong>nổi bật</strong></p>"
        "<table><tbody><tr><td>Ô <em>một</em></td><td>Ô hai</td></tr></tbody></table>"
    )


def test_the_editors_list_and_cell_paragraphs_are_unwrapped():
    editor = (
        "<ol><li><p>Một</p></li><li><p>Hai</p><p>tiếp</p><ul><li><p>con</p></li></ul></li></ol>"
        "<table><tbody><tr><th><p>A</p></th></tr><tr><td><p></p></td></tr></tbody></table><p></p>"
    )
    assert richtext_clean(editor) == (
        "<ol><li>Một</li><li>Hai<br>tiếp<ul><li>con</li></ul></li></ol>"
        "<table><tbody><tr><th>A</th></tr><tr><td></td></tr></tbody></table>"
    )


def test_a_lone_angle_bracket_typed_by_a_person_stays_a_character():
    assert richtext_clean("Tỷ lệ < 5% và > 2%") == "<p>Tỷ lệ &lt; 5% và &gt; 2%</p>"
    assert richtext_clean("<p>Tỷ lệ &lt; 5%</p>") == "<p>Tỷ lệ &lt; 5%</p>"
    assert "<" not in richtext_plain(richtext_clean("a <b> c"))


def test_a_figure_keeps_its_link_whatever_the_order_of_its_attributes_or_marks():
    edited = (
        '<p>Có <span data-gia-tri="524" data-chi-tieu="HS_MOI" class="so-lieu">'
        "<strong>524</strong></span> hồ sơ</p>"
    )
    clean = richtext_clean(edited)
    assert clean == f"<p>Có <strong>{figure_span('HS_MOI', '524')}</strong> hồ sơ</p>"
    assert figures_in(clean) == [("HS_MOI", "524")]


def test_plain_text_numbers_ordered_lists_as_the_word_file_does():
    text = "<p>Mở đầu</p><ol><li>Một</li><li>Hai</li></ol><ul><li>Ý</li></ul>"
    assert richtext_plain(text) == "Mở đầu\n1. Một\n2. Hai\n- Ý"
    table = "<table><tbody><tr><td>A</td><td>B</td></tr></tbody></table>"
    assert richtext_plain(table) == "A\tB"


FRAGMENTS = st.sampled_from(
    [
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<u>",
        "</u>",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<ul>",
        "<ol>",
        "<li>",
        "</li>",
        "</ul>",
        "<table>",
        "<tr>",
        "<td>",
        "</td>",
        "<o:p>",
        "&nbsp;",
        "&amp;",
        "&lt;",
        "&gt;",
        "&lt;b&gt;",
        "&lt;/b&gt;",
        "&amp;nbsp;",
        "&amp;lt;",
        "<",
        ">",
        "&",
        ";",
        "/",
        " ",
        "\n",
        "Năm",
        "2022",
        "tiếp tục",
        "b",
        "p",
        "nbsp",
        '<span class="so-lieu" data-chi-tieu="HS" data-gia-tri="5">',
        "</span>",
        "<span style='color:red'>",
        "<!--",
        "-->",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(FRAGMENTS, max_size=25).map("".join))


@settings(max_examples=400)
@given(TEXTS)
@example("<B>0 <B> 0")  # a mark inside the same mark: one space at the seam, not two
@example("<TABLE><TD><UL><UL>0")  # a nested list in a cell: lines, not a list
def test_cleaning_is_idempotent(text):
    once = richtext_clean(text)
    assert richtext_clean(once) == once


@settings(max_examples=400)
@given(TEXTS)
def test_cleaning_never_leaves_markup_as_visible_words(text):
    for words in words_of(richtext_clean(text)):
        assert not TAG_TEXT.search(words), words


def test_the_page_filter_shows_formatting_not_markup():
    from django.template import Context, Template

    bugged = "<p>Trong năm, &lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;tiếp tục</p>"
    shown = Template("{% load reporting %}{{ text|richtext }}").render(Context({"text": bugged}))
    assert shown == "<p>Trong năm, <strong>Năm 2022</strong> tiếp tục</p>"


def test_the_diff_and_the_checker_read_words_not_markup():
    # Both read sections through richtext_plain (diff.py, checker.selectors.sections_text).
    from danvan.checker.selectors import sections_text

    bugged = "<p>Trong năm, &lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;tiếp tục</p><div>Dòng hai</div>"
    assert richtext_plain(bugged) == "Trong năm, Năm 2022 tiếp tục\nDòng hai"
    assert sections_text({"I": bugged}) == (
        "I. ĐẶC ĐIỂM TÌNH HÌNH\nTrong năm, Năm 2022 tiếp tục\nDòng hai"
    )
