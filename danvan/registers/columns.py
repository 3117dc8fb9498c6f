"""How a register's file columns map to model fields, and how each cell is read.

Parsers take the cell text and return a Python value or raise ``ValueError`` with a
Vietnamese reason; the import reports it with the line, column and value. They are the ones of
danvan.core.parsing, so a register, a form and the API read "có" or "1.234" alike.
"""

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.urls import reverse

from danvan.core.dates import format_date
from danvan.core.importing import REQUIRED_VALUE
from danvan.core.parsing import (
    Choice,
    date_check,
    int_check,
    parse_bool,
    parse_count,
    parse_key,
    parse_record_date,
    parse_text,
)

REQUIRED = REQUIRED_VALUE
TOO_LONG = "dài quá {max_length} ký tự"

# The cell parsers are the shared readers of typed input (danvan.core.parsing), under the
# names the register specs use: c.boolean, c.count, c.date, c.choice (a Choice). A count is
# held by a database integer column, a date lies in the record range (1990 – next year).
boolean = parse_bool
count = parse_count
date = parse_record_date

# Text columns this long or longer are notes (a textarea on the page): they keep tab and line
# breaks; shorter ones (codes, names, numbers of documents) are one line.
MULTILINE_FROM = 500


def text(max_length: int, *, multiline: bool | None = None) -> Callable[[str], str]:
    """The parser of a text column: :func:`parse_text` with the column's length."""
    lines = max_length >= MULTILINE_FROM if multiline is None else multiline

    def parse(value: str) -> str:
        return parse_text(value, max_length=max_length, multiline=lines)

    parse.max_length = max_length  # type: ignore[attr-defined]
    parse.multiline = lines  # type: ignore[attr-defined]
    return parse


def value_problem(column: "Column", value: Any, *, is_key: bool = False) -> tuple[Any, str | None]:
    """A model value that did not come through the column's parser (an API body, a form, a
    restore), checked with the same rules: (the value as stored, why it is refused or None).
    Text is NFC-normalised and refused with control characters, a key must not be empty,
    dates lie in the record range, integers fit a database integer column."""
    try:
        if isinstance(value, str):
            if isinstance(column.parse, Choice):
                return value, None  # the choice list decides (the model's choices)
            max_length = getattr(column.parse, "max_length", None)
            multiline = getattr(column.parse, "multiline", True)
            if is_key:
                return parse_key(value, max_length=max_length), None
            return parse_text(value, max_length=max_length, multiline=multiline), None
        if isinstance(value, bool):
            return value, None
        if isinstance(value, datetime.datetime):
            return value, None
        if isinstance(value, datetime.date):
            return date_check(value), None
        if isinstance(value, int):
            return int_check(value), None
    except ValueError as error:
        return value, str(error)
    return value, None


def choice(
    choices: Sequence[tuple[str, str]], *, blank: bool = False, default: str | None = None
) -> Choice:
    return Choice(choices, blank=blank, default=default)


def export_value(value: Any) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, datetime.date):
        return format_date(value)
    if value is None:
        return ""
    return str(value)


@dataclass(frozen=True)
class Column:
    name: str  # technical column name in files, the API and the CLI
    headers: tuple[str, ...]  # Vietnamese display headers, the first shown in messages
    field: str  # model field (``unit`` columns resolve a unit code)
    parse: Callable[[str], Any]
    required: bool = False
    help: str = ""  # what the column holds, for the template's «Hướng dẫn» sheet
    sample: str | None = None  # the template's sample value (None: derived from the parser)
    # A column over a relation other than the unit (a plan, co-operating units) or a value
    # worked out from several fields: no list filter or sort of its own.
    filterable: bool = True
    sortable: bool = True

    @property
    def header(self) -> str:
        return self.headers[0]

    @property
    def is_custom(self) -> bool:
        return False

    def cell(self, record) -> str | None:
        """The text pages show for this column, when it is not the field's own (None)."""
        return None

    def value_of(self, record) -> Any:
        """The record's value of this column (a custom column reads the ``custom`` JSON)."""
        return getattr(record, self.field)

    def export(self, value: Any) -> str:
        """The cell as a file shows it: a list value by its Vietnamese label."""
        if isinstance(self.parse, Choice):
            return self.parse.label(value) if value else ""
        return export_value(value)


@dataclass(frozen=True)
class Counters:
    """Counters a register keeps per unit and day (and per month) so that the indicator engine
    sums O(units × days) rows instead of counting records (the dossiers' rollups)."""

    daily: type  # model with ``unit``, ``day`` and one integer field per column
    monthly: type  # the same per ``month`` (its first day)
    columns: tuple[str, ...]
    # The columns summed "before" a window too (state carried across windows: pending ones).
    carried: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegisterSpec:
    """What a register is, for imports, exports and generic pages."""

    slug: str  # used in `danvan import <slug> FILE` and URLs
    label: str  # Vietnamese name of the register
    model: type[models.Model]  # a model with a `unit` foreign key and the columns' fields
    key: str  # technical name of the column that identifies a record (e.g. ma_ho_so)
    columns: tuple[Column, ...]
    # Cross-field checks: (values by field) -> [(column name, reason)]
    check: Callable[[dict], list[tuple[str, str]]] = field(default=lambda values: [])
    # Called once per import; returns the function that fills derived values of a row (e.g. a
    # due date from the procedure's duration) so look-ups are loaded once, not per row.
    completer: Callable[[], Callable[[dict], dict]] = field(default=lambda: lambda values: values)
    # Called inside the import's transaction with the created records and (old, new) pairs of
    # the updated ones, to keep derived data (rollups) in step.
    on_write: Callable[[list, list[tuple]], None] = field(default=lambda created, updated: None)
    on_delete: Callable[[list], None] = field(default=lambda deleted: None)
    # The date a record is filed under (lists are sorted and filtered by it).
    date_field: str = ""
    # Daily and monthly counters the indicator engine reads instead of the records.
    counters: Counters | None = None
    # Where the register comes in lists of registers (then by slug).
    position: int = 1000
    # The URL namespace of the register's own pages (``list``, ``detail`` by pk), when its app
    # has some (the dossiers); empty: the generic register pages.
    pages: str = ""
    # Who writes the register's records, when it is not the keepers of each record's unit
    # (``access_register_units``): user -> QuerySet[OrgUnit] of the units whose records they
    # may write. The recommendations: the inspecting unit's keepers write them for the units
    # they inspected. Whoever writes a unit's records also reads them
    # (``selectors.register_read_units``).
    writable_units: Callable[[Any], Any] | None = None
    # A fuller page of one record in its own app, linked from the generic record page
    # (record -> (URL, link text)): the inspection page with its recommendations.
    record_page: Callable[[Any], tuple[str, str]] | None = None
    # A register whose records are written by its own app's services (the plan items, through
    # the plan page): its own import (same arguments and result as ``register_import``), the
    # generic pages and API read, list, filter and export it but do not write it.
    importer: Callable[..., Any] | None = None
    generic_writes: bool = True
    # More list filters, by name (a FilterSet's filters), e.g. a status worked out on the day.
    extra_filters: Callable[[], dict] | None = None

    def list_url(self) -> str:
        if self.pages:
            return reverse(f"{self.pages}:list")
        return reverse("registers:list", args=[self.slug])

    def detail_url(self, pk: int) -> str:
        if self.pages:
            return reverse(f"{self.pages}:detail", args=[pk])
        return reverse("registers:detail", args=[self.slug, pk])

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)
