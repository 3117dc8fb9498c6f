"""How wide a line of text is in Times New Roman, measured with Liberation Serif (its
metric-compatible twin, Debian's ``fonts-liberation``), so the layout can break header names
where a person would and never let Word or LibreOffice break them in the middle of a phrase.

Debian's ``fonts-liberation`` 1.07 has no Vietnamese letters with two diacritics (Ộ, Ệ, Ủ …):
LibreOffice then draws them in DejaVu Serif, which is wider, and so is the measure here (each
letter the primary font lacks is measured in the fallback). Word on Windows, with Times New
Roman, is narrower still: a line measured to fit here fits there.

Without any of these fonts (a Windows server), a conservative estimate per character is used:
lines then break a little earlier than they must, never later.
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
FALLBACK_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FALLBACK_FILES = {False: "DejaVuSerif.ttf", True: "DejaVuSerif-Bold.ttf"}
POINTS_PER_MM = 72 / 25.4
_UNITS = 1000  # measure at 1000 pt, scale linearly


def _load(folders, name):
    from PIL import ImageFont

    for folder in folders:
        path = folder / name
        if path.exists():
            return ImageFont.truetype(str(path), _UNITS)
    return None


@functools.cache
def _font(bold: bool):
    extra = getattr(settings, "DANVAN_FONT_DIR", "")
    return _load(([Path(extra)] if extra else []) + FONT_DIRS, FILES[bold])


@functools.cache
def _fallback(bold: bool):
    return _load(FALLBACK_DIRS, FALLBACK_FILES[bold])


@functools.cache
def _missing(bold: bool, ch: str) -> bool:
    """Whether the primary font lacks ``ch`` (it would draw its "no glyph" box)."""
    font = _font(bold)
    notdef = "\uffff"
    return font.getlength(ch) == font.getlength(notdef) and font.getbbox(ch) == font.getbbox(notdef)


def _units(text: str, bold: bool) -> float:
    font, fallback = _font(bold), _fallback(bold)
    if font is None:
        return _estimate(text, bold)
    total, run = 0.0, ""
    for ch in text:
        if fallback is not None and not ch.isspace() and _missing(bold, ch):
            total += fallback.getlength(ch)
        else:
            run += ch
    # Kerning inside runs is kept; a fallback letter is measured alone.
    return total + (font.getlength(run) if run else 0.0)


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
    return _units(text, bold) / _UNITS * size_pt / POINTS_PER_MM
