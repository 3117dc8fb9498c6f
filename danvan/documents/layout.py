"""Every layout rule of Nghị định 30/2020/NĐ-CP (Phụ lục I) that DanVan's Word files follow,
in one place. Nothing else in the code decides a font, a size, a margin or an alignment.

A4; margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman throughout; the
two-column header (parent body over the bold issuing body with a short rule, "Số: …/BC-…";
the national title in bold capitals over the bold motto with its rule, and the italic place
and date); the type of document and its summary centred in bold; a 14 pt body, justified, with
a first-line indent; the signature block and "Nơi nhận:" side by side; page numbers centred in
the header from page 2; the appendix as a bordered table on a page of its own.
"""

import io
from html.parser import HTMLParser

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from danvan.documents.metrics import text_width_mm
from danvan.documents.model import Appendix, Document

FONT = "Times New Roman"
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm

SIZE_BODY = Pt(14)
SIZE_HEADER_LEFT = Pt(13)
SIZE_HEADER_LEFT_SMALL = Pt(12)  # the decree allows 12–13: used when a line needs it to fit
SIZE_NATIONAL = Pt(12)
SIZE_MOTTO = Pt(13)
SIZE_NUMBER = Pt(13)
SIZE_PLACE_DATE = Pt(14)
SIZE_TYPE = Pt(14)
SIZE_SUMMARY = Pt(14)
SIZE_SIGNATURE = Pt(14)
SIZE_RECIPIENTS_TITLE = Pt(12)
SIZE_RECIPIENTS = Pt(11)
SIZE_PAGE_NUMBER = Pt(13)
SIZE_TABLE = Pt(12)
FIRST_LINE_INDENT = Mm(12.7)
PARAGRAPH_SPACING = Pt(6)
# The decree's diagram (Phụ lục I, Phần I, Mục IV) puts the issuer (ô 2, 3) on the left and
# the national title (ô 1, 4) on the right without fixing widths: the right column is what
# the national title needs (81 mm in Times New Roman 12 pt bold; 89,5 mm where LibreOffice
# draws Ộ, Ệ, Ĩ in DejaVu Serif), the left one the rest of the 165 mm.
HEADER_LEFT_MM = 72
HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH = Mm(HEADER_LEFT_MM), Mm(165 - HEADER_LEFT_MM)
HEADER_CELL_MARGIN = Mm(1)
HEADER_LINE_ROOM_MM = HEADER_LEFT_MM - 2 * 1 - 1  # usable width of a left line, less 1 mm
HEADER_RULE_SHARE = 0.4  # the rule under the issuer: 1/3 to 1/2 of its line
# Where a derived name breaks first: before a place ("… / TỈNH GIA LAI") or before "ỦY BAN
# NHÂN DÂN", never inside these phrases.
HEADER_BREAK_BEFORE = ("TỈNH", "THÀNH PHỐ", "PHƯỜNG", "XÃ", "ĐẶC KHU", "ỦY BAN NHÂN DÂN")
HEADER_UNBREAKABLE = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ", "ĐẶC KHU", "KHU KINH TẾ")
HEADER_MAX_LINES = 4
SIGN_LEFT_WIDTH, SIGN_RIGHT_WIDTH = Mm(80), TEXT_WIDTH - Mm(80)

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def place_and_date(place: str, day) -> str:
    """ "Bình Định, ngày 08 tháng 11 năm 2021" (day and month below 10 with a leading zero,
    as the decree's samples write them); blanks for the clerk when there is no date yet."""
    if day is None:
        return f"{place}, ngày      tháng      năm        "
    return f"{place}, ngày {day:%d} tháng {day:%m} năm {day:%Y}"


LINE_TOO_WIDE = (
    "dòng «{line}» không vừa một dòng của tiêu đề văn bản (rộng {width:.0f} mm, tối đa "
    "{room:.0f} mm ở cỡ chữ 12); hãy xuống dòng ở chỗ khác."
)


def header_line_problem(line: str, bold: bool) -> str:
    """For the unit pages: a header line the administrator types must fit on one line of the
    left header cell at the smallest size the decree allows (12 pt), or it would break again."""
    width = text_width_mm(line.upper(), SIZE_HEADER_LEFT_SMALL.pt, bold=bold)
    if width > HEADER_LINE_ROOM_MM:
        return LINE_TOO_WIDE.format(line=line, width=width, room=HEADER_LINE_ROOM_MM)
    return ""


def _tokens(text: str) -> list[str]:
    """Words, with the phrases that must not break kept together."""
    words = text.split()
    out, i = [], 0
    while i < len(words):
        for phrase in HEADER_UNBREAKABLE:
            size = len(phrase.split())
            if " ".join(words[i : i + size]) == phrase:
                out.append(phrase)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _fits(lines, size, bold) -> bool:
    return all(text_width_mm(line, size.pt, bold=bold) <= HEADER_LINE_ROOM_MM for line in lines)


def break_name(text: str, *, size, bold: bool) -> list[str]:
    """A name the administrator did not break, broken here: as few lines as fit; among those,
    breaks before a place name ("BAN QUẢN LÝ KHU KINH TẾ / TỈNH GIA LAI", "ỦY BAN NHÂN DÂN /
    PHƯỜNG QUY NHƠN") first, then the most even lines — never "KHU KINH / TẾ"."""
    from itertools import combinations

    text = " ".join(text.split())
    if _fits([text], size, bold):
        return [text] if text else []
    tokens = _tokens(text)
    best = None
    for count in range(2, min(HEADER_MAX_LINES, len(tokens)) + 1):
        for cuts in combinations(range(1, len(tokens)), count - 1):
            bounds = (0, *cuts, len(tokens))
            lines = [" ".join(tokens[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
            if not _fits(lines, size, bold):
                continue
            # A break counts as "before a place" only if a name follows the level word.
            good = sum(1 for c in cuts if tokens[c] in HEADER_BREAK_BEFORE and c + 1 < len(tokens))
            widest = max(text_width_mm(line, size.pt, bold=bold) for line in lines)
            key = (-good, widest)
            if best is None or key < best[0]:
                best = (key, lines)
        if best is not None:
            return best[1]
    return [text]  # a single word wider than the cell: nothing better to do


def _header_lines(text: str, fixed: bool, *, size, bold: bool) -> list[str]:
    text = text.upper()
    if fixed:
        return [line.strip() for line in text.split("\n") if line.strip()]
    lines = []
    for part in text.split("\n"):
        lines += break_name(part, size=size, bold=bold)
    return lines


def header_left_lines(doc: Document):
    """(size, parent lines, issuer lines) of the left header: 13 pt if every line fits, else
    12 pt (both within the decree's 12–13)."""
    for size in (SIZE_HEADER_LEFT, SIZE_HEADER_LEFT_SMALL):
        parent = _header_lines(doc.parent_body, doc.parent_fixed, size=size, bold=False)
        issuer = _header_lines(doc.issuing_body, doc.issuing_fixed, size=size, bold=True)
        if _fits(parent, size, False) and _fits(issuer, size, True):
            return size, parent, issuer
    return SIZE_HEADER_LEFT_SMALL, parent, issuer


# --- low-level helpers ----------------------------------------------------------------------


def _font(run, size, *, bold=False, italic=False, underline=False) -> None:
    run.font.name = FONT
    run.font.size = size
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _paragraph(container, text="", *, size=SIZE_BODY, align=None, bold=False, italic=False):
    paragraph = container.add_paragraph()
    _spacing(paragraph, before=Pt(0), after=Pt(0))
    if align is not None:
        paragraph.alignment = align
    if text:
        _font(paragraph.add_run(text), size, bold=bold, italic=italic)
    return paragraph


def _spacing(paragraph, *, before, after) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = before
    fmt.space_after = after
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _rule_under(container, *, indent) -> None:
    """A short rule right under the previous paragraph: an empty 2 pt paragraph whose bottom
    border is narrowed by indents (the text above keeps the full width)."""
    paragraph = container.add_paragraph()
    _spacing(paragraph, before=Pt(0), after=Pt(0))
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    _font(paragraph.add_run(""), Pt(2))
    properties = paragraph._p.get_or_add_pPr()
    marker = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "4")
    marker.append(size)
    properties.append(marker)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(name), value)
    borders.append(bottom)
    properties.append(borders)


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _widths(table, widths) -> None:
    """Fixed column widths, written both where Word and where LibreOffice read them."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _first_cell_paragraph(cell):
    """A cell's first paragraph (python-docx always gives one), ready for our spacing."""
    paragraph = cell.paragraphs[0]
    _spacing(paragraph, before=Pt(0), after=Pt(0))
    return paragraph


# --- parts of the document ------------------------------------------------------------------


def _page(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = Mm(10)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = SIZE_BODY
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.widow_control = True  # no single line left alone at a page edge
    # Page numbers: centred in the header, none on the first page.
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    _font(run, SIZE_PAGE_NUMBER)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        if kind is None:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _cell_margins(table, margin) -> None:
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(int(margin.twips)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _header(document, doc: Document) -> None:
    """The two-column header: each name line a paragraph of its own, so names break only at
    the administrator's lines (or at the breaks :func:`break_name` chose)."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _cell_margins(table, HEADER_CELL_MARGIN)
    _widths(table, [HEADER_LEFT_WIDTH, HEADER_RIGHT_WIDTH])
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER

    size, parent_lines, issuer_lines = header_left_lines(doc)
    first = _first_cell_paragraph(left)
    first.alignment = center
    lines = [(line, False) for line in parent_lines] + [(line, True) for line in issuer_lines]
    for n, (line, bold) in enumerate(lines):
        paragraph = first if n == 0 else _paragraph(left, align=center)
        _font(paragraph.add_run(line), size, bold=bold)
    widest = max((text_width_mm(line, size.pt, bold=True) for line in issuer_lines), default=40)
    room = HEADER_LEFT_WIDTH.mm - 2 * HEADER_CELL_MARGIN.mm
    _rule_under(left, indent=Mm(max(room - widest * HEADER_RULE_SHARE, 0) / 2))
    if doc.symbol:
        number = _paragraph(left, doc.number_line, size=SIZE_NUMBER, align=center)
        number.paragraph_format.space_before = Pt(6)

    national = _first_cell_paragraph(right)
    national.alignment = center
    _font(national.add_run(NATIONAL_TITLE), SIZE_NATIONAL, bold=True)
    _paragraph(right, MOTTO, size=SIZE_MOTTO, align=center, bold=True)
    motto = text_width_mm(MOTTO, SIZE_MOTTO.pt, bold=True)
    right_room = HEADER_RIGHT_WIDTH.mm - 2 * HEADER_CELL_MARGIN.mm
    _rule_under(right, indent=Mm(max(right_room - motto, 0) / 2))  # as long as the motto
    dated = _paragraph(
        right, place_and_date(doc.place, doc.date), size=SIZE_PLACE_DATE, align=center, italic=True
    )
    dated.paragraph_format.space_before = Pt(6)


def _title(document, doc: Document) -> None:
    kind = _paragraph(document, doc.kind.upper(), size=SIZE_TYPE, bold=True)
    kind.alignment = WD_ALIGN_PARAGRAPH.CENTER
    kind.paragraph_format.space_before = Pt(18)
    _paragraph(document, doc.summary, size=SIZE_SUMMARY, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _rule_under(document, indent=Mm(62))


def body_paragraph(container):
    """A paragraph of the body: 14 pt, justified, first-line indent, 6 pt between."""
    paragraph = container.add_paragraph()
    _spacing(paragraph, before=PARAGRAPH_SPACING, after=Pt(0))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = FIRST_LINE_INDENT
    return paragraph


def _body_text(container, text: str, *, bold=False):
    paragraph = body_paragraph(container)
    _font(paragraph.add_run(text), SIZE_BODY, bold=bold)
    return paragraph


def _heading(container, text: str):
    """A heading of the body ("I. ĐẶC ĐIỂM TÌNH HÌNH"): bold, and never the last line of a
    page — it stays with what follows it."""
    paragraph = _body_text(container, text, bold=True)
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


HEADING_MAX_CHARS = 200


def _keep_headings_with_next(document) -> None:
    """Headings inside the sections' text (a paragraph wholly in bold, such as section III's
    generated "1. Văn bản ban hành") stay with the paragraph that follows them."""
    for paragraph in document.paragraphs:
        runs = [run for run in paragraph.runs if run.text.strip()]
        text = paragraph.text.strip()
        if runs and len(text) <= HEADING_MAX_CHARS and all(run.bold for run in runs):
            paragraph.paragraph_format.keep_with_next = True


class _HtmlToDocx(HTMLParser):
    """The report's safe HTML subset as Word paragraphs, lists and tables."""

    def __init__(self, document):
        super().__init__(convert_charrefs=True)
        self.document = document
        self.paragraph = None
        self.bold = self.italic = self.underline = 0
        self.lists: list[list] = []  # [kind, counter]
        self.table_rows: list[list[list[str]]] | None = None
        self.cell: list[str] | None = None

    def _ensure_paragraph(self):
        if self.paragraph is None:
            self.paragraph = body_paragraph(self.document)
        return self.paragraph

    def handle_starttag(self, tag, attrs):
        if self.table_rows is not None:
            if tag == "tr":
                self.table_rows.append([])
            elif tag in ("td", "th"):
                self.cell = []
            return
        if tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "u":
            self.underline += 1
        elif tag == "p":
            self.paragraph = body_paragraph(self.document)
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        elif tag == "li":
            self.paragraph = body_paragraph(self.document)
            prefix = "- "
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                prefix = f"{self.lists[-1][1]}. "
            _font(self.paragraph.add_run(prefix), SIZE_BODY)
        elif tag == "br":
            self._ensure_paragraph().add_run().add_break()
        elif tag == "table":
            self.paragraph = None
            self.table_rows = []

    def handle_endtag(self, tag):
        if self.table_rows is not None:
            if tag in ("td", "th") and self.cell is not None and self.table_rows:
                self.table_rows[-1].append(self.cell)
                self.cell = None
            elif tag == "table":
                _plain_table(
                    self.document, [[" ".join(c).strip() for c in r] for r in self.table_rows]
                )
                self.table_rows = None
            return
        if tag in ("strong", "b"):
            self.bold -= 1
        elif tag in ("em", "i"):
            self.italic -= 1
        elif tag == "u":
            self.underline -= 1
        elif tag in ("p", "li"):
            self.paragraph = None
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()

    def handle_data(self, data):
        if self.table_rows is not None:
            if self.cell is not None:
                self.cell.append(data)
            return
        if not data.strip() and self.paragraph is None:
            return
        run = self._ensure_paragraph().add_run(data)
        _font(
            run,
            SIZE_BODY,
            bold=self.bold > 0,
            italic=self.italic > 0,
            underline=self.underline > 0,
        )


def _bordered(table) -> None:
    table.style = None
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for name, value in (("w:val", "single"), ("w:sz", "4"), ("w:color", "000000")):
            element.set(qn(name), value)
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _plain_table(document, rows: list[list[str]], *, header: bool = False, widths=None) -> None:
    columns = max((len(r) for r in rows), default=0)
    if not columns:
        return
    table = document.add_table(rows=len(rows), cols=columns)
    _bordered(table)
    if widths is None:
        widths = [TEXT_WIDTH // columns] * columns
    _widths(table, widths)
    for n, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        for cell, value in zip(row.cells, values + [""] * (columns - len(values)), strict=True):
            _font(_first_cell_paragraph(cell).add_run(value), SIZE_TABLE, bold=header and n == 0)


def _sections(document, doc: Document) -> None:
    if doc.opening:
        _body_text(document, doc.opening)
    for heading, text in doc.sections:
        if heading:
            _heading(document, heading)
        parser = _HtmlToDocx(document)
        parser.feed(text or "")
        parser.close()
    if doc.items:
        _heading(document, "Phân công nhiệm vụ và thời hạn:")
        _plain_table(
            document,
            [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]]
            + [[str(n), *item] for n, item in enumerate(doc.items, start=1)],
            header=True,
            widths=[Mm(12), Mm(90), Mm(38), Mm(25)],
        )
    if doc.closing:
        # The closing sentence leads into the signature block: they share a page.
        _body_text(document, doc.closing).paragraph_format.keep_with_next = True


def _signature(document, doc: Document) -> None:
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [SIGN_LEFT_WIDTH, SIGN_RIGHT_WIDTH])
    # The signature block and "Nơi nhận" stay together on one page.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = table.rows[0].cells
    title = _first_cell_paragraph(left)
    title.paragraph_format.space_before = Pt(12)
    _font(title.add_run("Nơi nhận:"), SIZE_RECIPIENTS_TITLE, bold=True, italic=True)
    for line in doc.recipients:
        _paragraph(left, line, size=SIZE_RECIPIENTS)

    center = WD_ALIGN_PARAGRAPH.CENTER
    signer = doc.signer
    lines = []
    if signer.authority:
        lines.append(f"{signer.authority} {signer.authority_title}".strip().upper())
    if signer.title:
        lines.append(signer.title.upper())
    first = _first_cell_paragraph(right)
    first.alignment = center
    first.paragraph_format.space_before = Pt(12)
    if lines:
        _font(first.add_run(lines[0]), SIZE_SIGNATURE, bold=True)
        for line in lines[1:]:
            _paragraph(right, line, size=SIZE_SIGNATURE, align=center, bold=True)
    for _ in range(4):  # room for the signature and the seal
        _paragraph(right)
    if signer.name:
        _paragraph(right, signer.name, size=SIZE_SIGNATURE, align=center, bold=True)


def _roman(number: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")[number - 1]


def _listing(document, title: str, rows: list[list[str]]) -> None:
    """A register's records listed after the appendix, on a page of their own."""
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading = _paragraph(document, title.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    heading.paragraph_format.keep_with_next = True
    if len(rows) <= 1:
        _body_text(document, "Không có bản ghi trong thời gian báo cáo.")
        return
    _plain_table(document, rows, header=True)


def _appendix(document, appendix: Appendix, *, new_page: bool) -> None:
    if new_page:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    title = _paragraph(document, appendix.title.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_before = Pt(6)
    lead = [title]
    if appendix.caption:
        lead.append(
            _paragraph(document, appendix.caption, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        )
    if appendix.unit_name:
        lead.append(_paragraph(document, appendix.unit_name, align=WD_ALIGN_PARAGRAPH.CENTER))
    lead.append(_paragraph(document))
    for paragraph in lead:  # the title and its caption stay with the table
        paragraph.paragraph_format.keep_with_next = True
    headers = ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]
    widths = [Mm(12), Mm(85), Mm(22), Mm(26), Mm(20)]
    table = document.add_table(rows=1, cols=len(headers))
    _bordered(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        paragraph = _first_cell_paragraph(cell)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(paragraph.add_run(text), SIZE_TABLE, bold=True)
    # Mark the header row to repeat on every page of a long appendix.
    header_props = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    for row in appendix.rows:
        cells = table.add_row().cells
        if row.heading:
            merged = cells[0].merge(cells[-1])
            _font(_first_cell_paragraph(merged).add_run(row.heading), SIZE_TABLE, bold=True)
            continue
        values = [row.number, row.label, row.unit, row.value, row.note]
        aligns = [WD_ALIGN_PARAGRAPH.CENTER, None, WD_ALIGN_PARAGRAPH.CENTER]
        aligns += [WD_ALIGN_PARAGRAPH.RIGHT, None]
        for cell, value, align in zip(cells, values, aligns, strict=True):
            paragraph = _first_cell_paragraph(cell)
            if align is not None:
                paragraph.alignment = align
            _font(paragraph.add_run(value), SIZE_TABLE)
    _widths(table, widths)


def render_docx(doc: Document) -> bytes:
    """The document as a .docx file, laid out as the decree prescribes."""
    document = new_docx()
    _page(document)
    _header(document, doc)
    if doc.kind:
        _title(document, doc)
    _sections(document, doc)
    if doc.kind:
        _signature(document, doc)
    if doc.appendix is not None:
        _appendix(document, doc.appendix, new_page=bool(doc.kind))
    for number, (title, rows) in enumerate(doc.listings, start=2):
        _listing(document, f"Phụ lục {_roman(number)}. {title}", rows)
    _keep_headings_with_next(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
