"""Tables in a report's text, with their row and column labels.

Every reader hands the checker one text: a .docx table comes as one line per row with its
cells separated by tabs (a merged cell once, then empty cells for the columns it spans), a PDF
table the same way from PDFium's character boxes, and a typed .txt table has tabs or runs of
spaces between its columns. :func:`find_tables` finds those runs of lines, splits the cells,
reads the header rows into one label per column (a spanned group label above its
sub-columns) and each body row's label (its first text cell), keeping every cell's place in
the text so a finding points at the cell. Pure Python.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from danvan.core.parsing import parse_number

_CELL_NUMBER = re.compile(r"^\(?\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%?)\s*\)?$")
_ROMAN = re.compile(r"^(?:[IVX]+|[a-zđ]|\d{1,2}(?:\.\d{1,2})*)\.?$")
_SPACES = re.compile(r" {2,}")
MAX_COLUMNS = 40


@dataclass
class Cell:
    text: str
    start: int
    end: int
    value: Decimal | None = None
    percent: bool = False

    @property
    def number(self) -> bool:
        return self.value is not None


@dataclass
class Row:
    cells: list[Cell]
    start: int
    end: int
    label: str = ""  # the first text cell ("Cấp huyện", "Tổng cộng")
    order: str = ""  # a row number before the label ("1", "II", "a")

    def cell(self, column: int) -> Cell | None:
        return self.cells[column] if column < len(self.cells) else None


@dataclass
class Table:
    start: int
    end: int
    columns: list[str]  # one label per column, header rows joined ("Đã giải quyết / Trước hạn")
    leaf: list[str]  # the lowest header row's own text per column ("Trước hạn")
    group: list[str]  # the highest header row's text per column ("Đã giải quyết")
    rows: list[Row] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.columns)


def _split(line: str, offset: int, header: bool = False) -> list[Cell] | None:
    """The cells of a line, or None when it is not a table line (a ``header`` line of a table
    typed with spaces may have no figure)."""
    if "\t" in line:
        pieces = re.split(r"(\t)", line)
    elif len(_SPACES.findall(line.strip())) >= 2:
        pieces = re.split(r"( {2,})", line)
    else:
        return None
    cells, position = [], offset
    for piece in pieces:
        if piece == "\t" or (piece.startswith("  ") and not piece.strip()):
            position += len(piece)
            continue
        lead = len(piece) - len(piece.lstrip())
        text = piece.strip()
        cell = Cell(text, position + lead, position + lead + len(text))
        match = _CELL_NUMBER.match(text)
        if match:
            try:
                cell.value = parse_number(match.group(1))
                cell.percent = bool(match.group(2))
            except ValueError:
                cell.value = None
        cells.append(cell)
        position += len(piece)
    if len(cells) < 3 or len(cells) > MAX_COLUMNS:
        return None
    if "\t" not in line and not header and sum(c.number for c in cells) < 2:
        return None  # spaces alone make a table line only with figures in it
    return cells


def _is_body(cells: list[Cell]) -> bool:
    numbers = [c for c in cells[1:] if c.number]
    return len(numbers) >= 2


def _header(lines: list[list[Cell]], width: int) -> tuple[list[str], list[str], list[str]]:
    grid = []
    for cells in lines:
        texts = [c.text for c in cells] + [""] * (width - len(cells))
        grid.append(texts[:width])
    # A label spans the empty cells to its right when the row below names sub-columns there.
    for r in range(len(grid) - 1):
        for c in range(1, width):
            if not grid[r][c] and grid[r][c - 1] and grid[r + 1][c]:
                grid[r][c] = grid[r][c - 1]
    columns, leaf, group = [], [], []
    for c in range(width):
        texts = [grid[r][c] for r in range(len(grid)) if grid[r][c]]
        unique = [t for i, t in enumerate(texts) if t not in texts[:i]]
        columns.append(" / ".join(unique))
        leaf.append(grid[-1][c] if grid and grid[-1][c] else (unique[-1] if unique else ""))
        group.append(unique[0] if unique else "")
    return columns, leaf, group


def _row(cells: list[Cell], start: int, end: int) -> Row:
    row = Row(cells, start, end)
    for index, cell in enumerate(cells):
        if not cell.text:
            continue
        if index == 0 and (_ROMAN.match(cell.text) or cell.number) and len(cells) > 1:
            row.order = cell.text
            continue
        if not cell.number:
            row.label = cell.text
        break
    return row


def find_tables(text: str) -> list[Table]:
    """Every run of at least two table lines with figures in the body."""
    tables = []
    run: list[tuple[int, int, list[Cell]]] = []
    position = 0
    previous: tuple[int, str] | None = None
    for line in text.split("\n") + [""]:
        cells = _split(line, position) if line.strip() else None
        if cells is not None:
            if not run and previous is not None:
                # The header of a table typed with spaces: the line just above, same columns.
                head = _split(previous[1], previous[0], header=True)
                if head is not None and len(head) == len(cells) and not _is_body(head):
                    run.append((previous[0], previous[0] + len(previous[1]), head))
            run.append((position, position + len(line), cells))
        else:
            if run:
                table = _table(run)
                if table is not None:
                    tables.append(table)
            run = []
        previous = (position, line)
        position += len(line) + 1
    return tables


def _table(run) -> Table | None:
    first_body = next((i for i, (_, _, cells) in enumerate(run) if _is_body(cells)), None)
    if first_body is None or len(run) - first_body < 2 and first_body == 0:
        return None
    body = run[first_body:]
    width = max(len(cells) for _, _, cells in body)
    columns, leaf, group = _header([cells for _, _, cells in run[:first_body]], width)
    table = Table(run[0][0], run[-1][1], columns, leaf, group)
    for start, end, cells in body:
        if len(cells) < width:
            # Runs of spaces lose empty cells: the label stays first, the figures on the right.
            pad = [Cell("", cells[0].end, cells[0].end) for _ in range(width - len(cells))]
            cells = [cells[0], *pad, *cells[1:]]
        table.rows.append(_row(cells, start, end))
    return table
