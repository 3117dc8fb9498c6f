"""What a person reads on a page: the text outside tags, scripts and hidden elements (not the
``title`` tooltips, attribute values or elements marked ``hidden`` / ``class="ma"``, where the
codes are kept for experts)."""

from html.parser import HTMLParser

_BLOCKS = {
    "td",
    "th",
    "tr",
    "div",
    "li",
    "p",
    "ul",
    "ol",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "table",
    "nav",
    "header",
    "footer",
    "main",
    "form",
    "label",
    "option",
    "dt",
    "dd",
    "dl",
    "br",
    "caption",
}
_VOID = {"br", "img", "input", "meta", "link", "hr", "col", "area", "base", "source", "wbr"}


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # hidden?

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append(" ")
        if tag in _VOID:
            return
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        hidden = (
            tag in {"script", "style", "template", "head"}
            or "hidden" in attrs
            or "ma" in classes
            or (self.stack and self.stack[-1])
        )
        self.stack.append(bool(hidden))

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self.parts.append(" ")
        if tag in _VOID:
            return
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible_text(html: str) -> str:
    reader = _Reader()
    reader.feed(html)
    return " ".join("".join(reader.parts).split())
