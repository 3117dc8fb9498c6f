"""Which outline sections of a report hold no text: the page warns before «Gửi»/«Trình»."""

import re

from danvan.reporting.outlines import report_outline
from danvan.reporting.richtext import richtext_plain


def report_empty_sections(report) -> list[str]:
    """Headings ("I. ĐẶC ĐIỂM TÌNH HÌNH") of the sections whose stored text is blank (markup
    without words counts as blank), in outline order."""
    sections = report.sections or {}
    return [
        heading.label
        for heading in report_outline(report)
        if not re.sub(r"[\s\-]", "", richtext_plain(sections.get(heading.key, "") or ""))
    ]
