"""How a register's file columns map to model fields, and how each cell is read.

Parsers take the cell text and return a Python value or raise ``ValueError`` with a
Vietnamese reason; the import reports it with the line, column and value.
"""

import datetime
import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.urls import reverse

from danvan.core.dates import format_date, parse_date

TRUE_WORDS = {"1", "x", "co", "có", "c", "true", "yes", "đúng", "dung"}
FALSE_WORDS = {"", "0", "khong", "không", "k", "false", "no", "sai"}

REQUIRED = "bắt buộc, không được để trống"
TOO_LONG = "dài quá {max_length} ký tự"
NOT_BOOL = "«{value}» không phải có/không (dùng có, không, x, 1, 0)"
NOT_CHOICE = "«{value}» không hợp lệ; chọn một trong: {choices}"
NOT_INT = "«{value}» không phải số nguyên không âm"


@functools.lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d")
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def text(max_length: int) -> Callable[[str], str]:
    def parse(value: str) -> str:
        value = unicodedata.normalize("NFC", value.strip())
        if len(value) > max_length:
            raise ValueError(TOO_LONG.format(max_length=max_length))
        return value

    parse.max_length = max_length
    return parse


@functools.lru_cache(maxsize=8192)
def date(value: str) -> datetime.date | None:
    """Cached: an import repeats the same few hundred dates thousands of times."""
    return parse_date(value)


def boolean(value: str) -> bool:
    folded = value.strip().lower()
    if folded in TRUE_WORDS or _fold(folded) in TRUE_WORDS:
        return True
    if folded in FALSE_WORDS or _fold(folded) in FALSE_WORDS:
        return False
    raise ValueError(NOT_BOOL.format(value=value))


def labels_list(labels) -> str:
    """Accepted labels as a message lists them: "A, B, C", or "A; B" when a label has a comma."""
    labels = list(labels)
    return ("; " if any("," in label for label in labels) else ", ").join(labels)


class Choice:
    """Parser of a value from a list: the slug, or the Vietnamese label with or without
    diacritics. An empty cell is "" with ``blank``, or ``default`` when one is given. Errors
    and templates name the labels, never the slugs."""

    def __init__(
        self, choices: Sequence[tuple[str, str]], *, blank: bool = False, default: str | None = None
    ):
        self.choices = tuple((str(slug), str(label)) for slug, label in choices)
        self.blank = blank
        self.default = default
        self.labels = dict(self.choices)
        self._lookup = {}
        for slug, label in self.choices:
            self._lookup[_fold(slug)] = slug
            self._lookup[_fold(label)] = slug

    def __call__(self, value: str) -> str:
        if not value.strip() and self.default is not None:
            return self.default
        if not value.strip() and self.blank:
            return ""
        found = self._lookup.get(_fold(value))
        if found is None:
            raise ValueError(NOT_CHOICE.format(value=value, choices=self.accepted()))
        return found

    def label(self, slug: str) -> str:
        return self.labels.get(slug, slug)

    def accepted(self) -> str:
        return labels_list(label for _, label in self.choices)


def choice(
    choices: Sequence[tuple[str, str]], *, blank: bool = False, default: str | None = None
) -> Choice:
    return Choice(choices, blank=blank, default=default)


def count(value: str) -> int:
    text_value = value.strip().replace(".", "")
    if not text_value:
        return 0
    if not text_value.isdigit():
        raise ValueError(NOT_INT.format(value=value))
    return int(text_value)


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

    @property
    def header(self) -> str:
        return self.headers[0]

    @property
    def is_custom(self) -> bool:
        return False

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

    def list_url(self) -> str:
        if self.pages:
            return reverse(f"{self.pages}:list")
        return reverse("registers:list", args=[self.slug])

    def detail_url(self, pk: int) -> str:
        if self.pages:
            return reverse(f"{self.pages}:detail", args=[pk])
        return reverse("registers:detail", args=[self.slug, pk])

    @property
    def table_columns(self) -> dict[str, list[str]]:
        return {c.name: list(c.headers) for c in self.columns}

    @property
    def required(self) -> set[str]:
        return {c.name for c in self.columns if c.required}

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)
