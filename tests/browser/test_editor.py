"""The report editor in Chromium, used as a clerk uses it: click into a section and type with
the keyboard (Ctrl+B, Enter, a numbered list by typing "1. ", a bulleted list and a table from
the toolbar), paste a fragment copied from Word, save, reload, and read the Word file back."""

import re

import docx
import pytest
from django.urls import reverse
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.reporting.models import UnitReport
from tests.browser.test_login_tree import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What Word puts on the clipboard for two paragraphs (one with a bold word) and a table.
WORD_HTML = (
    "<html xmlns:o='urn:schemas-microsoft-com:office:office' "
    "xmlns:w='urn:schemas-microsoft-com:office:word'><head><meta charset=utf-8>"
    "<style>p.MsoNormal{margin:0cm;font-size:14.0pt}</style></head><body lang=VI>"
    "<!--StartFragment--><p class=MsoNormal style='text-align:justify;text-indent:1.0cm;"
    "mso-line-height-alt:12pt'><span style='font-size:14.0pt;font-family:\"Times New Roman\";"
    "mso-fareast-font-family:\"Times New Roman\"'>Kết quả <b><span style='mso-bidi-font-weight:"
    "normal'>nổi bật</span></b> của đơn vị<o:p></o:p></span></p>"
    "<p class=MsoNormal><span style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>"
    "<p class=MsoNormal style='text-align:justify'><i><span style='font-size:14.0pt'>"
    "Đã dán từ Word</span></i><span style='font-size:14.0pt'>&nbsp;xong.<o:p></o:p></span></p>"
    "<!--EndFragment--></body></html>"
)


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _section(page, title):
    return page.get_by_role("textbox", name=title)


def _paste_html(page, html: str, plain: str) -> None:
    """A real paste event, as the browser fires it for Ctrl+V, carrying Word's HTML."""
    page.evaluate(
        """([html, plain]) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", plain);
            document.activeElement.dispatchEvent(new ClipboardEvent("paste", {
                clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        [html, plain],
    )


def test_a_clerk_types_formats_pastes_and_gets_it_back_in_word(page, live_server, demo, step):
    report = UnitReport.objects.get(unit__code="XA.PLEIKU", request__number="1995")
    log_in(page, live_server.url, "pleiku.chuyenvien")
    page.goto(live_server.url + reverse("reporting:report", args=[report.pk]))
    page.wait_for_selector("html[data-richtext-ready]")
    toolbar = page.get_by_role("toolbar", name="Định dạng IV. ĐÁNH GIÁ CHUNG")

    assessment = _section(page, "IV. ĐÁNH GIÁ CHUNG")
    assessment.click()
    page.keyboard.press("Control+End")
    keys = page.keyboard
    keys.type("Trong năm, ")
    keys.press("Control+B")
    keys.type("Năm 2022")
    keys.press("Control+B")
    keys.type(" tiếp tục phát huy.")
    keys.press("Enter")
    keys.type("Đoạn thứ hai, ")
    toolbar.get_by_role("button", name="Nghiêng").click()
    keys.type("nghiêng")
    toolbar.get_by_role("button", name="Nghiêng").click()
    keys.type(" và ")
    keys.press("Control+U")
    keys.type("gạch chân")
    keys.press("Control+U")
    keys.type(".")
    keys.press("Enter")
    keys.type("1. Mục một")  # "1. " at the start of a line starts a numbered list
    keys.press("Enter")
    keys.type("Mục hai")
    keys.press("Enter")
    keys.press("Enter")  # an empty item ends the list
    toolbar.get_by_role("button", name="Danh sách", exact=True).click()
    keys.type("Ý một")
    keys.press("Enter")
    keys.type("Ý hai")
    keys.press("Enter")
    keys.press("Enter")
    toolbar.get_by_role("button", name="Bảng", exact=True).click()
    for n, cell in enumerate(["Chỉ tiêu", "Kết quả", "Ghi chú", "Hồ sơ", "524", "đúng hạn"]):
        if n:
            keys.press("Tab")
        keys.type(cell)
    expect(toolbar.get_by_role("button", name="Thêm dòng")).to_be_visible()
    step("go-phim")

    tasks = _section(page, "V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI")
    tasks.click()
    page.keyboard.press("Control+End")
    _paste_html(page, WORD_HTML, "Kết quả nổi bật của đơn vị\n\nĐã dán từ Word xong.")
    expect(tasks.locator("strong")).to_have_text("nổi bật")
    step("dan-tu-word")

    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()
    page.reload()
    page.wait_for_selector("html[data-richtext-ready]")
    assessment = _section(page, "IV. ĐÁNH GIÁ CHUNG")
    expect(assessment.locator("p strong")).to_have_text("Năm 2022")
    expect(assessment.locator("em")).to_have_text("nghiêng")
    expect(assessment.locator("u")).to_have_text("gạch chân")
    expect(assessment.locator("ol > li")).to_have_text(["Mục một", "Mục hai"])
    expect(assessment.locator("ul > li")).to_have_text(["Ý một", "Ý hai"])
    expect(assessment.locator("td")).to_have_text(
        ["Chỉ tiêu", "Kết quả", "Ghi chú", "Hồ sơ", "524", "đúng hạn"]
    )
    main = page.locator("main")
    for literal in ("<b>", "<strong>", "</", "&nbsp;", "mso-", "o:p"):
        expect(main).not_to_contain_text(literal, use_inner_text=True)
    step("sau-khi-luu")

    stored = UnitReport.objects.get(pk=report.pk).sections
    assert "&lt;" not in stored["IV"] and "&lt;" not in stored["V"]
    assert "style" not in stored["V"] and "Mso" not in stored["V"]

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải Word (.docx)").click()
    word = docx.Document(str(download.value.path()))
    paragraphs = {p.text: p for p in word.paragraphs}
    first = paragraphs["Trong năm, Năm 2022 tiếp tục phát huy."]
    assert [(r.text, bool(r.bold)) for r in first.runs] == [
        ("Trong năm, ", False),
        ("Năm 2022", True),
        (" tiếp tục phát huy.", False),
    ]
    second = paragraphs["Đoạn thứ hai, nghiêng và gạch chân."]
    assert [r.text for r in second.runs if r.italic] == ["nghiêng"]
    assert [r.text for r in second.runs if r.underline] == ["gạch chân"]
    texts = [p.text for p in word.paragraphs]
    start = texts.index("1. Mục một")
    assert texts[start : start + 4] == ["1. Mục một", "2. Mục hai", "- Ý một", "- Ý hai"]
    cells = [[c.text for c in row.cells] for t in word.tables for row in t.rows]
    assert ["Chỉ tiêu", "Kết quả", "Ghi chú"] in cells and ["Hồ sơ", "524", "đúng hạn"] in cells
    pasted = paragraphs["Kết quả nổi bật của đơn vị"]
    assert [r.text for r in pasted.runs if r.bold] == ["nổi bật"]
    assert "Đã dán từ Word xong." in texts
    everything = "\n".join(texts + [c for row in cells for c in row])
    assert not re.search(r"<[a-z/]|&[a-z]+;|mso-", everything)
    assert page.console_errors == []
