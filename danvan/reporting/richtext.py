"""The report's rich text: a safe subset of HTML, and the figures linked inside it.

Sections are stored as HTML limited to what a Vietnamese administrative report uses:
paragraphs, bold, italic, underline, line breaks, bulleted and numbered lists and simple tables.
``richtext_clean`` reduces anything (the editor's output, a paste from Word, plain text typed
into a bare textarea, or text saved by the old editor with its markup escaped) to one canonical
form, so every reader (page, diff, checker, consolidation, Word/PDF) sees the same structure:

- blocks: ``<p>``, ``<ul>``/``<ol>`` of ``<li>``, ``<table><tbody><tr><td|th>``; a list item or
  a cell holds inline content directly (the editor's ``<li><p>…</p></li>`` is unwrapped, two
  paragraphs in one item are joined by ``<br>``); ``<div>`` lines and headings become
  paragraphs (a heading in bold); empty paragraphs are dropped;
- inline: ``<strong>``, ``<em>``, ``<u>``, ``<br>`` (``<b>``/``<i>`` are written as
  ``<strong>``/``<em>``), whitespace and ``&nbsp;`` collapsed to one space, every other tag
  (Word's ``<o:p>``, styled ``<span>``, ``<font>``, links …) removed with its attributes but
  its words kept;
- a figure inserted from the registers is
  ``<span class="so-lieu" data-chi-tieu="CODE" data-gia-tri="524">524</span>``: the code links
  it to its indicator, the value is what was inserted, so a later change in the registers is
  detected.

Markup never ends up as visible text: text with a known tag anywhere is read as HTML (plain
text, with no tag, becomes paragraphs and a lone "<" stays a character), and visible tag text
or entities inside the words (``&lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;`` — what the old editor
saved) are read again as the markup they were.
"""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

# What the sanitiser lets through before the structure is reduced to the subset.
PARSE_TAGS = {
    "p",
    "br",
    "div",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "span",
}
PARSE_ATTRIBUTES = {
    "span": {"data-chi-tieu", "data-gia-tri", "class"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
DROPPED_WITH_CONTENT = {"script", "style", "title", "template", "noscript", "textarea", "select"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
MARKS = {"strong": "strong", "b": "strong", "em": "em", "i": "em", "u": "u"}
LEAF_BLOCKS = {"p"} | HEADINGS

# Every element name of HTML (WHATWG), plus the namespaced tags Word writes (o:p, v:shape …).
_TAG_NAMES = (
    r"(?:blockquote|figcaption|colgroup|datalist|fieldset|noscript|optgroup|progress|template|"
    r"textarea|address|article|caption|details|picture|section|summary|button|canvas|center|"
    r"dialog|figure|footer|header|hgroup|iframe|legend|object|option|output|script|search|"
    r"select|source|strike|strong|aside|audio|embed|input|label|meter|param|small|style|table|"
    r"tbody|tfoot|thead|title|track|video|abbr|area|base|body|cite|code|data|font|form|head|"
    r"html|link|main|mark|math|menu|meta|ruby|samp|slot|span|time|bdi|bdo|big|col|del|dfn|div|"
    r"img|ins|kbd|map|nav|pre|sub|sup|svg|var|wbr|xml|br|dd|dl|dt|em|h1|h2|h3|h4|h5|h6|hr|li|"
    r"ol|rp|rt|td|th|tr|tt|ul|a|b|i|p|q|s|u|[ovwxm]:[a-z]+)"
)
# A whole tag of HTML (or a comment): text holding one anywhere is HTML, not plain text.
MARKUP = re.compile(rf"<\s*/?\s*{_TAG_NAMES}(?:\s[^<>]*)?/?\s*>|<!--|<!\[", re.I)
# In the visible words: a tag, or an entity ("&nbsp;" shown as such), is markup left as text.
VISIBLE_MARKUP = re.compile(
    MARKUP.pattern + r"|&(?:nbsp|amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);", re.I
)
CODE = re.compile(r"[A-Z0-9_]+")
FIGURE = re.compile(
    r'<span class="so-lieu" data-chi-tieu="(?P<code>[A-Z0-9_]+)" '
    r'data-gia-tri="(?P<value>[^"]*)">(?P<text>[^<]*)</span>'
)
_REREAD_ROUNDS = 3


@dataclass
class _El:
    tag: str
    attrs: dict = field(default_factory=dict)
    children: list = field(default_factory=list)


class _Tree(HTMLParser):
    """The sanitiser's (well-formed) output as a small tree of ``_El`` and ``str``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _El("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = _El(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag != "br":
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_El(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _parse(text: str) -> list:
    cleaned = nh3.clean(
        text,
        tags=PARSE_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=PARSE_ATTRIBUTES,
        link_rel=None,
    )
    tree = _Tree()
    tree.feed(cleaned)
    tree.close()
    return tree.root.children


def _is_inline(node) -> bool:
    return isinstance(node, str) or node.tag in MARKS or node.tag in ("span", "br")


def _is_figure(node) -> bool:
    return (
        isinstance(node, _El)
        and node.tag == "span"
        and CODE.fullmatch(node.attrs.get("data-chi-tieu", "")) is not None
    )


def _text_of(node) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text_of(child) for child in node.children)


def _marks_in(node) -> list[str]:
    found = []
    if isinstance(node, _El):
        for child in node.children:
            if isinstance(child, _El) and child.tag in MARKS and MARKS[child.tag] not in found:
                found.append(MARKS[child.tag])
            found += [m for m in _marks_in(child) if m not in found]
    return found


def _inline(nodes, marks=frozenset()) -> list:
    """Inline content reduced to text, strong/em/u, br and figure spans."""
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(re.sub(r"\s+", " ", node))
        elif node.tag == "br":
            out.append(_El("br"))
        elif node.tag in MARKS:
            tag = MARKS[node.tag]
            if tag in marks:
                out += _inline(node.children, marks)
            else:
                inner = _inline(node.children, marks | {tag})
                if inner:
                    out.append(_El(tag, {}, inner))
        elif _is_figure(node):
            figure = _El(
                "span",
                {"code": node.attrs["data-chi-tieu"], "value": node.attrs.get("data-gia-tri", "")},
                [re.sub(r"\s+", " ", _text_of(node)).strip()],
            )
            for mark in reversed([m for m in _marks_in(node) if m not in marks]):
                figure = _El(mark, {}, [figure])
            out.append(figure)
        else:  # other spans: their words only; a block met inside a line: a line of its own
            inner = _inline(node.children, marks)
            if not _is_inline(node) and out and inner:
                out.append(_El("br"))
            out += inner
    return _merged(out)


def _merged(nodes: list) -> list:
    out = []
    for node in nodes:
        if isinstance(node, str) and out and isinstance(out[-1], str):
            # Each part's spaces are already collapsed; only the seam can hold two.
            out[-1] += node[1:] if out[-1].endswith(" ") and node.startswith(" ") else node
        elif node != "":
            out.append(node)
    return out


def _strip(nodes: list, *, end: bool) -> None:
    """Remove the spaces and line breaks at one end of a line (in place, through marks)."""
    index = -1 if end else 0
    while nodes:
        node = nodes[index]
        if isinstance(node, str):
            node = node.rstrip(" ") if end else node.lstrip(" ")
            if node:
                nodes[index] = node
                return
        elif node.tag == "span":
            return
        elif node.tag != "br":
            _strip(node.children, end=end)
            if node.children:
                return
        nodes.pop(index)


def _tidy(nodes: list) -> list:
    """A line's inline content without spaces at its ends nor around its line breaks."""
    nodes = _merged(nodes)
    _strip(nodes, end=False)
    _strip(nodes, end=True)
    for n, node in enumerate(nodes):
        if isinstance(node, _El) and node.tag == "br":
            if n > 0 and isinstance(nodes[n - 1], str):
                nodes[n - 1] = nodes[n - 1].rstrip(" ")
            if n + 1 < len(nodes) and isinstance(nodes[n + 1], str):
                nodes[n + 1] = nodes[n + 1].lstrip(" ")
    return _merged([node for node in nodes if node != ""])


def _has_words(nodes: list) -> bool:
    for node in nodes:
        if isinstance(node, str):
            if node.strip():
                return True
        elif node.tag == "span" or _has_words(node.children):
            return True
    return False


def _blocks(nodes) -> list:
    """Top-level content as paragraphs, lists and tables."""
    out, run = [], []

    def flush():
        line = _tidy(_inline(run))
        run.clear()
        if _has_words(line):
            out.append(_El("p", {}, line))

    for node in nodes:
        if _is_inline(node):
            run.append(node)
            continue
        flush()
        if node.tag in HEADINGS:
            out += _blocks([_El("strong", {}, node.children)])
        elif node.tag in ("ul", "ol"):
            items = _list(node)
            out += [items] if items.children else []
        elif node.tag == "table":
            table = _table(node)
            out += [table] if table.children[0].children else []
        else:  # p, div, blockquote, a stray li or cell: its content, as blocks
            out += _blocks(node.children)
    flush()
    return out


def _flow(nodes, *, lists: bool) -> list:
    """The content of a list item (lists: True, nested lists kept) or of a table cell:
    inline lines, one ``<br>`` between what were separate blocks."""
    out, run = [], []

    def add(line):
        line = _tidy(line)
        if not _has_words(line):
            return
        if out and not (isinstance(out[-1], _El) and out[-1].tag in ("ul", "ol")):
            out.append(_El("br"))
        out.extend(line)

    def flush():
        add(_inline(run))
        run.clear()

    for node in nodes:
        if _is_inline(node):
            run.append(node)
            continue
        flush()
        if node.tag in HEADINGS:
            add(_inline([_El("strong", {}, node.children)]))
        elif node.tag in ("ul", "ol") and lists:
            nested = _list(node)
            if nested.children:
                out.append(nested)
        elif node.tag in ("ul", "ol"):  # a list in a table cell: its items as lines
            for item in _list(node).children:
                inner = _flow(item.children, lists=False)  # a nested list: lines too
                if inner:
                    if out:
                        out.append(_El("br"))
                    out.extend(inner)
        elif node.tag == "table":
            for row in _table(node).children[0].children:
                for cell in row.children:
                    add(list(cell.children))
        else:
            inner = _flow(node.children, lists=lists)
            if inner:
                if out and not (isinstance(out[-1], _El) and out[-1].tag in ("ul", "ol")):
                    out.append(_El("br"))
                out.extend(inner)
    flush()
    return out


def _list(node: _El) -> _El:
    items = []
    for child in node.children:
        if isinstance(child, str) and not child.strip():
            continue
        if isinstance(child, _El) and child.tag in ("ul", "ol") and items:
            nested = _list(child)  # a list directly inside a list: it belongs to the item above
            if nested.children:
                items[-1].children.append(nested)
            continue
        content = child.children if isinstance(child, _El) and child.tag == "li" else [child]
        item = _flow(content, lists=True)
        if item:
            items.append(_El("li", {}, item))
    return _El(node.tag, {}, items)


def _span(value: str) -> str | None:
    return value if value.isdigit() and 1 < int(value) <= 50 else None


def _table(node: _El) -> _El:
    rows = []
    for child in node.children:
        if not isinstance(child, _El):
            continue
        for row in child.children if child.tag in ("thead", "tbody", "tfoot") else [child]:
            if not isinstance(row, _El) or row.tag != "tr":
                continue
            cells = []
            for cell in row.children:
                if isinstance(cell, _El) and cell.tag in ("td", "th"):
                    attrs = {
                        name: _span(cell.attrs.get(name, ""))
                        for name in ("colspan", "rowspan")
                        if _span(cell.attrs.get(name, ""))
                    }
                    cells.append(_El(cell.tag, attrs, _flow(cell.children, lists=False)))
            if cells:
                rows.append(_El("tr", {}, cells))
    return _El("table", {}, [_El("tbody", {}, rows)])


def _html(nodes, *, raw_markup: bool = False) -> str:
    parts = []
    for node in nodes:
        if isinstance(node, str):
            if raw_markup and VISIBLE_MARKUP.search(node):
                parts.append(node)  # markup shown as words: read it again as markup
            else:
                parts.append(html.escape(node, quote=False))
        elif node.tag == "br":
            parts.append("<br>")
        elif node.tag == "span":
            parts.append(figure_span(node.attrs["code"], node.attrs["value"], node.children[0]))
        else:
            attrs = "".join(f' {k}="{v}"' for k, v in node.attrs.items())
            inner = _html(node.children, raw_markup=raw_markup)
            parts.append(f"<{node.tag}{attrs}>{inner}</{node.tag}>")
    return "".join(parts)


def _words(nodes):
    for node in nodes:
        if isinstance(node, str):
            yield node
        else:
            yield from _words(node.children)


def _defuse(nodes) -> None:
    """Last resort for text that stays markup however often it is read: its brackets and
    ampersands become look-alike characters, so no tag or entity can be shown as words."""
    for n, node in enumerate(nodes):
        if isinstance(node, str):
            nodes[n] = node.replace("<", "‹").replace(">", "›").replace("&", "＆")
        else:
            _defuse(node.children)


def _canonical(text: str) -> list:
    text = unicodedata.normalize("NFC", text or "").strip()
    if not text:
        return []
    if not MARKUP.search(text):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        text = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
    blocks = _blocks(_parse(text))
    for _ in range(_REREAD_ROUNDS):
        if not any(VISIBLE_MARKUP.search(words) for words in _words(blocks)):
            return blocks
        blocks = _blocks(_parse(_html(blocks, raw_markup=True)))
    if any(VISIBLE_MARKUP.search(words) for words in _words(blocks)):
        _defuse(blocks)
        blocks = _blocks(_parse(_html(blocks)))
    return blocks


def richtext_clean(text: str) -> str:
    """The canonical safe subset of ``text`` (see the module's docstring); plain text (no
    tags) becomes paragraphs, one per line."""
    return unicodedata.normalize("NFC", _html(_canonical(text)))


def figure_span(code: str, value: str, text: str | None = None) -> str:
    shown = html.escape(value if text is None else text, quote=False)
    return (
        f'<span class="so-lieu" data-chi-tieu="{html.escape(code)}" '
        f'data-gia-tri="{html.escape(value)}">{shown}</span>'
    )


def figures_in(text: str) -> list[tuple[str, str]]:
    """(indicator code, value inserted) of every linked figure, in order."""
    return [(m["code"], html.unescape(m["value"])) for m in FIGURE.finditer(text or "")]


def figures_refresh(text: str, current: dict[str, str]) -> str:
    """``text`` with every linked figure set to its current value (unknown codes kept)."""

    def refreshed(match: re.Match) -> str:
        value = current.get(match["code"])
        return match.group(0) if value is None else figure_span(match["code"], value)

    return FIGURE.sub(refreshed, text or "")


def _plain_lines(nodes, lines: list[str]) -> None:
    for node in nodes:
        if node.tag == "p":
            lines += _plain_inline(node.children).split("\n")
        elif node.tag in ("ul", "ol"):
            for number, item in enumerate(node.children, start=1):
                prefix = f"{number}. " if node.tag == "ol" else "- "
                words = [
                    c for c in item.children if not (isinstance(c, _El) and c.tag in ("ul", "ol"))
                ]
                lines += (prefix + _plain_inline(words)).split("\n")
                _plain_lines([c for c in item.children if c not in words], lines)
        elif node.tag == "table":
            for row in node.children[0].children:
                lines.append("\t".join(_plain_inline(c.children) for c in row.children))


def _plain_inline(nodes) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif node.tag == "br":
            out.append("\n")
        else:
            out.append(_plain_inline(node.children))
    return "".join(out)


def richtext_plain(text: str) -> str:
    """Readable plain text: paragraphs, list items ("- " or "1. ", as the Word file numbers
    them) and table rows (cells separated by tabs) on their own lines: for diffs and the
    checker."""
    lines: list[str] = []
    _plain_lines(_canonical(text), lines)
    return "\n".join(line.strip() for line in lines if line.strip())


FIGURE_ITEM = re.compile(r"<li>[^<]*" + FIGURE.pattern + r"[^<]*</li>")
HEADING = r"<p><strong>[^<]*</strong></p>"


def richtext_without_figure_lists(text: str) -> str:
    """``text`` without the figure sentences inserted from the registers (list items that
    hold nothing but one linked figure), nor the headings left empty: when reports are
    gathered, each unit's own words, not its copy of the figures the consolidation sums."""
    text = FIGURE_ITEM.sub("", text or "")
    text = re.sub(f"(?:{HEADING})?<ul></ul>", "", text)
    return text


def richtext_clean_sections(sections: dict) -> dict:
    """Every text of a ``sections`` mapping (key → HTML) cleaned; other values kept."""
    return {
        key: richtext_clean(value) if isinstance(value, str) else value
        for key, value in sections.items()
    }
