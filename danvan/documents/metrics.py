"""How wide a line of text is in Times New Roman, measured with Liberation Serif (its
metric-compatible twin, Debian's ``fonts-liberation``), so the layout can break header names
where a person would and never let Word or LibreOffice break them in the middle of a phrase.

Without the fonts (a Windows server), a conservative estimate per character is used: lines
then break a little earlier than they must, never later.
"""

import functools
from pathlib import Path

from django.conf import settings

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/liberation"),
]
FILES = {False: "LiberationSerif-Regular.ttf", True: "LiberationSerif-Bold.ttf"}
POINTS_PER_MM = 72 / 25.4
_UNITS = 1000  # measure at 1000 pt, scale linearly


@functools.cache
def _font(bold: bool):
    from PIL import ImageFont

    extra = getattr(settings, "DANVAN_FONT_DIR", "")
    for folder in ([Path(extra)] if extra else []) + FONT_DIRS:
        path = folder / FILES[bold]
        if path.exists():
            return ImageFont.truetype(str(path), _UNITS)
    return None


def _estimate(text: str, bold: bool) -> float:
    """Em widths on the wide side of Times New Roman's (capitals ≈ 0,72 em, bold + 6 %)."""
    total = 0.0
    for ch in text:
        if ch == " ":
            total += 0.25
        elif ch.isupper():
            total += 0.74
        elif ch.isalnum():
            total += 0.5
        else:
            total += 0.35
    return total * _UNITS * (1.06 if bold else 1.0)


def text_width_mm(text: str, size_pt: float, *, bold: bool = False) -> float:
    font = _font(bold)
    units = font.getlength(text) if font is not None else _estimate(text, bold)
    return units / _UNITS * size_pt / POINTS_PER_MM
