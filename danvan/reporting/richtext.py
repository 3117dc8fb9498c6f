"""The report's rich text: a safe subset of HTML, and the figures linked inside it.

Sections are stored as HTML limited to paragraphs, bold, italic, lists and tables (what a
Vietnamese administrative report uses). Everything else is removed on the way in, so stored
text is always safe to show. A figure inserted from the registers is a
``<span data-chi-tieu="CODE" data-gia-tri="524">524</span>``: the code links it to its
indicator, the value is what was inserted, so a later change in the registers is detected.
"""

import html
import re
import unicodedata

import nh3

TAGS = {
    "p",
    "br",
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
    "tr",
    "th",
    "td",
    "span",
}
ATTRIBUTES = {
    "span": {"data-chi-tieu", "data-gia-tri", "class"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# Text that starts with one of these tags is HTML (from the editor); anything else is plain
# text typed or pasted by a person, where "<" is just a character.
MARKUP = re.compile(r"\s*<(p|br|strong|b|em|i|u|ul|ol|li|table|span|div|h[1-6])\b", re.I)
FIGURE = re.compile(
    r'<span class="so-lieu" data-chi-tieu="(?P<code>[A-Z0-9_]+)" '
    r'data-gia-tri="(?P<value>[^"]*)">(?P<text>[^<]*)</span>'
)


def richtext_clean(text: str) -> str:
    """The safe subset of ``text``; plain text (no tags) becomes paragraphs."""
    text = unicodedata.normalize("NFC", text or "").strip()
    if not text:
        return ""
    if not MARKUP.match(text):
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        text = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in paragraphs)
    cleaned = nh3.clean(text, tags=TAGS, attributes=ATTRIBUTES, link_rel=None)
    return _canonical_figures(cleaned)


def _canonical_figures(text: str) -> str:
    """nh3 may reorder attributes; write figure spans back in the one form FIGURE reads."""

    def canonical(match: re.Match) -> str:
        attrs = dict(re.findall(r'([a-z-]+)="([^"]*)"', match.group("attrs")))
        if "data-chi-tieu" not in attrs:
            return match.group(0)
        return figure_span(attrs["data-chi-tieu"], attrs.get("data-gia-tri", ""), match["text"])

    return re.sub(r"<span(?P<attrs>[^>]*)>(?P<text>[^<]*)</span>", canonical, text)


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


def richtext_plain(text: str) -> str:
    """Readable plain text (paragraphs and list items on their own lines): for diffs."""
    text = re.sub(r"</(p|li|tr|h\d)>|<br\s*/?>", "\n", text or "")
    text = re.sub(r"</t[dh]>", "\t", text)
    text = re.sub(r"<li>", "- ", text)
    text = re.sub(r"<[^>]+>", "", text)
    lines = [html.unescape(line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


FIGURE_ITEM = re.compile(r"<li>[^<]*" + FIGURE.pattern + r"[^<]*</li>")
HEADING = r"<p><strong>[^<]*</strong></p>"


def richtext_without_figure_lists(text: str) -> str:
    """``text`` without the figure sentences inserted from the registers (list items that
    hold nothing but one linked figure), nor the headings left empty: when reports are
    gathered, each unit's own words, not its copy of the figures the consolidation sums."""
    text = FIGURE_ITEM.sub("", text or "")
    text = re.sub(f"(?:{HEADING})?<ul></ul>", "", text)
    return text
