"""The checked text as HTML with each finding's span in a <mark>, built piece by piece with
every piece of the user's text escaped (never ``mark_safe`` on raw text)."""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from danvan.checker.rules import RULES

SEVERITY_LABELS = {"error": "Lỗi", "warning": "Cảnh báo", "notice": "Lưu ý"}
SEVERITY_CLASSES = {"error": "loi", "warning": "canh-bao", "notice": "luu-y"}
_ORDER = ("error", "warning", "notice")


def mark_class(findings) -> str:
    """The CSS class of the most serious of ``findings``."""
    return SEVERITY_CLASSES[min((f.severity for f in findings), key=_ORDER.index)]


KIND_LABELS = {
    "count": "số lượng",
    "percent": "tỷ lệ phần trăm",
    "ratio": "tử số/mẫu số",
    "money": "số tiền",
    "date": "ngày tháng",
}


def finding_anchor(index: int, prefix: str = "") -> str:
    return f"{prefix}loi-{index + 1}"


def highlighted(text: str, findings, prefix: str = "") -> SafeString:
    """``text`` with findings marked; overlapping spans are cut into segments, each marked
    with the most serious finding covering it. The first segment of each finding carries its
    anchor, so the list of findings links to the exact place."""
    cuts = {0, len(text)}
    for finding in findings:
        cuts.update((finding.start, finding.end))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    anchored: set[int] = set()
    out = []
    for start, end in zip(points, points[1:], strict=False):
        covering = [(i, f) for i, f in enumerate(findings) if f.start <= start and end <= f.end]
        piece = escape(text[start:end])
        if not covering:
            out.append(piece)
            continue
        severity = mark_class([f for _, f in covering])
        title = " · ".join(f.message for _, f in covering)
        first = next((i for i, f in covering if i not in anchored and f.start == start), None)
        if first is not None:
            anchored.add(first)
            out.append(
                format_html(
                    '<mark class="{}" id="{}" title="{}">{}</mark>',
                    severity,
                    finding_anchor(first, prefix),
                    title,
                    piece,
                )
            )
        else:
            out.append(format_html('<mark class="{}" title="{}">{}</mark>', severity, title, piece))
    return mark_safe("".join(str(p) for p in out))  # noqa: S308 — every piece escaped above


def rule_title(name: str) -> str:
    return RULES[name].title


def html_page(results: list[tuple[str, object]]) -> str:
    """A standalone HTML page for ``danvan check --format html`` (styles inline in <head>,
    which is fine for a file opened locally)."""
    parts = [
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        "<title>Kết quả kiểm tra báo cáo</title><style>"
        "body{font-family:serif;max-width:60rem;margin:2rem auto;line-height:1.5}"
        ".van-ban{white-space:pre-wrap;border:1px solid #ccc;padding:1rem}"
        "mark.loi{background:#f8c4c4}mark.canh-bao{background:#fbe7a1}"
        "mark.luu-y{background:#dbe9f8}.phep-tinh{color:#444;font-size:90%}"
        "</style></head><body><h1>Kết quả kiểm tra báo cáo</h1>"
    ]
    for index, (name, result) in enumerate(results):
        prefix = f"t{index + 1}-"
        parts.append(str(format_html("<h2>{}</h2>", name)))
        if isinstance(result, str):
            parts.append(str(format_html("<p>{}</p>", result)))
            continue
        parts.append("<ol>")
        for i, f in enumerate(result.findings):
            parts.append(
                str(
                    format_html(
                        '<li>{} — <strong title="{}">{}</strong> — <a href="#{}">{}</a>: {}'
                        '<br><span class="phep-tinh">{}</span></li>',
                        SEVERITY_LABELS[f.severity],
                        f.rule,
                        f.title,
                        finding_anchor(i, prefix),
                        f.excerpt,
                        f.message,
                        f"Phép tính: {f.arithmetic}" if f.arithmetic else "",
                    )
                )
            )
        if not result.findings:
            parts.append("<li>Không thấy chỗ nào sai.</li>")
        parts.append("</ol>")
        parts.append(
            f"<div class='van-ban'>{highlighted(result.text, result.findings, prefix)}</div>"
        )
    parts.append("</body></html>")
    return "".join(parts)
