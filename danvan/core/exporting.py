"""Cells of exported files that cannot execute (decision 0039): the one rule every CSV and XLSX
writer of DanVan applies to what people typed.

A spreadsheet reads a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a formula, and a
formula can open a link or start a program (``=HYPERLINK(…)``, ``+cmd|' /C calc'!A0``). So:

- **CSV** (:func:`csv_value`, :func:`csv_row`): such a text gets a leading apostrophe, the OWASP
  rule, which Excel and LibreOffice show as text and do not keep; a leading tab or CR counts
  too, as does a dangerous character after leading spaces. The import reads the apostrophe back
  off (:func:`csv_value_read`), so an export still round-trips.
- **XLSX** (:func:`xlsx_value`, :func:`xlsx_row`): every text is a string cell (``t="inlineStr"``,
  never ``f``, never an error code such as ``#N/A``), and a text that would be a formula also
  carries Excel's *quote prefix* so it stays text when someone edits the cell. Formulas that
  DanVan writes itself (totals, ratios) are assigned directly and stay formulas.
- **Control characters** (C0 but tab and line feed, DEL, C1, U+FFFE/U+FFFF, lone surrogates)
  never reach a file: a CR becomes a line break, the others are dropped (:func:`clean_text`).
  The neutralising is decided *after* that cleaning, so ``"\\r=CR"`` or ``"\\x01=1"`` are caught.

Numbers stay numbers: only text is touched, and a text that is just a number as DanVan writes
it (``-5``, ``-50.003``, ``-84,2%``) is left alone, since a spreadsheet reads it as that number
and nothing else.
"""

import re
from collections.abc import Iterable

from openpyxl.cell.cell import Cell

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_AFTER_SPACES = ("=", "+", "-", "@")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_NUMBER = re.compile(r"-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?|-?\d+(?:\.\d+)?")


def clean_text(text: str) -> str:
    """``text`` without control characters: CR LF and a lone CR become LF, the rest go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def would_execute(text: str) -> bool:
    """True if a spreadsheet could read ``text`` (already cleaned or not) as a formula."""
    if not text or _NUMBER.fullmatch(text):
        return False
    return text.startswith(TRIGGERS) or text.lstrip().startswith(_AFTER_SPACES)


# --- CSV --------------------------------------------------------------------------------------
def csv_value(value: object) -> object:
    """A value for ``csv.writer``: numbers as they are, text cleaned and made inert."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return "'" + text if would_execute(text) else text


def csv_row(values: Iterable[object]) -> list[object]:
    return [csv_value(value) for value in values]


def csv_value_read(text: str) -> str:
    """The inverse on import: ``'=x`` written by :func:`csv_value` reads back as ``=x``.

    Only an apostrophe before something that would execute is taken off, so a name such as
    ``'Hòa'`` keeps its quotes."""
    if text.startswith("'") and would_execute(text[1:]):
        return text[1:]
    return text


# --- XLSX -------------------------------------------------------------------------------------
def xlsx_value(cell: Cell, value: object) -> Cell:
    """Put ``value`` into ``cell``: text always as a string cell, never a formula."""
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        if text:
            cell.data_type = "s"  # openpyxl would make "=…" a formula and "#N/A" an error
        if would_execute(text):
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
    else:
        cell.value = value
    return cell


def xlsx_row(sheet, values: Iterable[object]) -> list[Cell]:
    """Cells for ``sheet.append`` (a normal or a write-only sheet) holding ``values`` inertly."""
    return [xlsx_value(Cell(sheet, row=1, column=1), value) for value in values]
