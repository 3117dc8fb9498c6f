"""The list page of any register: filters per column, search across text columns, sorting by
any column, pagination with the total, all built from the register's spec with django-filter.

The same filtered, sorted queryset feeds the page and the CSV/Excel exports, so a file holds
exactly the rows the list shows. Everything is done by the database (``WHERE``, ``ORDER BY``,
``COUNT``, ``LIMIT``); nothing is sorted or filtered in Python.
"""

import unicodedata
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils.formats import number_format

from danvan.core.forms import DateField
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.widgets import unit_choices
from danvan.registers.columns import Column, RegisterSpec
from danvan.registers.custom import Kind, columns_for
from danvan.registers.selectors import column_header, record_cells

PAGE_SIZE = 50
SEARCH = "q"
SORT = "sap_xep"
PAGE = "trang"
ALL = "Tất cả"
FROM_SUFFIX, TO_SUFFIX = "_tu", "_den"
BOOL_CHOICES = [("true", "Có"), ("false", "Không")]


class DateFilter(django_filters.DateFilter):
    field_class = DateField


class OrderingFilter(django_filters.OrderingFilter):
    """Sort by the chosen column, then by id so that pages never overlap."""

    def filter(self, qs, value):
        qs = super().filter(qs, value)
        if value:
            return qs.order_by(*qs.query.order_by, "pk")
        return qs


def contains(field_name: str, word: str) -> Q:
    """``field_name`` contains ``word`` whatever its case. SQLite's LIKE folds only ASCII
    letters («đăng» would miss «Đăng ký»), so the usual spellings are tried too."""
    word = unicodedata.normalize("NFC", word)
    match = Q()
    for variant in {word, word.lower(), word.upper(), word.capitalize(), word.title()}:
        match |= Q(**{f"{field_name}__icontains": variant})
    return match


def _contains_filter(queryset, name, value):
    for word in value.split():
        queryset = queryset.filter(contains(name, word))
    return queryset


def _model_field(spec: RegisterSpec, column: Column) -> models.Field:
    return spec.model._meta.get_field(column.field)


def _text_fields(spec: RegisterSpec, columns) -> list[str]:
    return [
        f"custom__{c.name}" if c.is_custom else c.field
        for c in columns
        if (c.is_custom and c.kind == Kind.TEXT)
        or (
            not c.is_custom
            and c.filterable
            and c.field != "unit"
            and isinstance(_model_field(spec, c), models.CharField | models.TextField)
            and not _model_field(spec, c).choices
        )
    ]


def _sort_field(spec: RegisterSpec, column: Column) -> str:
    if column.is_custom:
        return f"custom__{column.name}"
    return "unit__path" if column.field == "unit" else column.field


def _sortable(column: Column) -> bool:
    """Custom numbers are stored as text ("9" after "10"): not sorted rather than sorted wrong."""
    return column.sortable and not (column.is_custom and column.kind == Kind.NUMBER)


def _custom_filters(column) -> dict:
    """Cheap filters of a custom column: a list or yes/no select, "contains" for text, the
    exact value of a number; dates are not filtered."""
    label, lookup = column.header, f"custom__{column.name}"
    if column.kind == Kind.CHOICE:
        return {
            column.name: django_filters.ChoiceFilter(
                field_name=lookup, label=label, choices=column.parse.choices, empty_label=ALL
            )
        }
    if column.kind == Kind.BOOL:
        return {
            column.name: django_filters.ChoiceFilter(
                field_name=lookup,
                label=label,
                choices=BOOL_CHOICES,
                empty_label=ALL,
                method=lambda qs, name, value: qs.filter(**{name: value == "true"}),
            )
        }
    if column.kind == Kind.NUMBER:
        return {
            column.name: django_filters.NumberFilter(
                field_name=lookup,
                label=label,
                method=lambda qs, name, value: qs.filter(**{name: column.to_json(value)}),
            )
        }
    if column.kind == Kind.TEXT:
        return {
            column.name: django_filters.CharFilter(
                field_name=lookup, method=_contains_filter, label=f"{label} có chứa"
            )
        }
    return {}


def _filters_for(spec: RegisterSpec, column: Column, units) -> dict:
    """The filter(s) of one column: a select for choices, a from–to range for dates, a
    "contains" box for text, an exact number for counts."""
    if column.is_custom:
        return _custom_filters(column)
    if not column.filterable:
        return {}
    label = column_header(column)
    if column.field == "unit":
        return {
            column.name: django_filters.ChoiceFilter(
                field_name="unit__code", label=label, choices=unit_choices(units), empty_label=ALL
            )
        }
    db_field = _model_field(spec, column)
    if db_field.choices:
        return {
            column.name: django_filters.ChoiceFilter(
                field_name=column.field, label=label, choices=db_field.choices, empty_label=ALL
            )
        }
    if isinstance(db_field, models.DateField):
        return {
            column.name + FROM_SUFFIX: DateFilter(
                field_name=column.field, lookup_expr="gte", label=f"{label} từ"
            ),
            column.name + TO_SUFFIX: DateFilter(
                field_name=column.field, lookup_expr="lte", label=f"{label} đến"
            ),
        }
    if isinstance(db_field, models.BooleanField):
        return {
            column.name: django_filters.ChoiceFilter(
                field_name=column.field,
                label=label,
                choices=BOOL_CHOICES,
                empty_label=ALL,
                method=lambda qs, name, value: qs.filter(**{name: value == "true"}),
            )
        }
    if isinstance(db_field, models.IntegerField):
        return {column.name: django_filters.NumberFilter(field_name=column.field, label=label)}
    return {
        column.name: django_filters.CharFilter(
            field_name=column.field, method=_contains_filter, label=f"{label} có chứa"
        )
    }


def register_filterset_class(spec: RegisterSpec, units, extra: dict | None = None, columns=None):
    """A FilterSet of ``spec``: one search box, the filters of each column (its fixed and
    custom ones), ``extra`` ones (e.g. the dossiers' «Tình trạng»), and the sort order."""
    columns = columns if columns is not None else columns_for(spec)
    text_fields = _text_fields(spec, columns)

    def search(queryset, name, value):
        for word in value.split():
            match = Q()
            for field_name in text_fields:
                match |= contains(field_name, word)
            queryset = queryset.filter(match)
        return queryset

    attrs = {
        SEARCH: django_filters.CharFilter(
            label="Tìm", method=search, widget=forms.TextInput(attrs={"type": "search"})
        )
    }
    for column in columns:
        attrs.update(_filters_for(spec, column, units))
    attrs.update(extra or {})
    attrs[SORT] = OrderingFilter(
        fields={_sort_field(spec, c): c.name for c in columns if _sortable(c)},
        widget=forms.HiddenInput,
    )
    return type(f"{spec.model.__name__}FilterSet", (django_filters.FilterSet,), attrs)


@dataclass
class Header:
    name: str
    label: str
    sort_query: str  # the query string that sorts by this column (toggling the direction)
    aria_sort: str  # "ascending", "descending" or "" (not sorted by it)


@dataclass
class Listing:
    filterset: django_filters.FilterSet
    queryset: QuerySet  # filtered and sorted: what the exports write
    page: Page
    headers: list[Header]
    rows: list
    query: str  # the filters and the sort, without the page number
    range_text: str  # «1–50 / 10.234 bản ghi»

    @property
    def form(self):
        return self.filterset.form

    @property
    def filtered_by_column(self) -> bool:
        return any(
            value
            for key, value in (self.filterset.data or {}).items()
            if key in self.filterset.filters and key not in (SEARCH, SORT)
        )

    @property
    def carried(self) -> list[tuple[str, str]]:
        """Parameters of the page that are not the list's own (e.g. a drill-down's unit and
        period): kept as hidden fields when the filters are submitted."""
        data = self.filterset.data or QueryDict()
        return [
            (key, value)
            for key in data
            if key not in self.filterset.filters and key not in (PAGE, "dinh_dang")
            for value in data.getlist(key)
        ]

    @property
    def carried_query(self) -> str:
        query = QueryDict(mutable=True)
        for key, value in self.carried:
            query.appendlist(key, value)
        return query.urlencode()


def _base_order(spec: RegisterSpec) -> list[str]:
    key_field = spec.column(spec.key).field
    return [f"-{spec.date_field}", key_field, "pk"] if spec.date_field else [key_field, "pk"]


def _count_text(page: Page, noun: str) -> str:
    total = page.paginator.count
    shown = number_format(total, force_grouping=True)
    if not total:
        return f"0 {noun}"
    first = number_format(page.start_index(), force_grouping=True)
    last = number_format(page.end_index(), force_grouping=True)
    return f"{first}–{last} / {shown} {noun}"


def register_filtered(
    spec: RegisterSpec,
    units: QuerySet[OrgUnit],
    params: QueryDict,
    *,
    extra: dict | None = None,
    base: QuerySet | None = None,
    columns=None,
):
    """The FilterSet bound to ``params`` and its queryset: records of ``units`` only (of
    ``base`` when given, e.g. the records behind a figure)."""
    base = spec.model._default_manager.all() if base is None else base
    base = base.filter(unit__in=units).select_related("unit").order_by(*_base_order(spec))
    filterset_class = register_filterset_class(spec, units, extra, columns)
    filterset = filterset_class(params or None, queryset=base)
    return filterset, filterset.qs


def register_listing(
    spec: RegisterSpec,
    units: QuerySet[OrgUnit],
    params: QueryDict,
    *,
    columns: list[str] | None = None,
    extra: dict | None = None,
    base: QuerySet | None = None,
    noun: str = "bản ghi",
    page_size: int = PAGE_SIZE,
) -> Listing:
    all_columns = columns_for(spec)
    if spec.extra_filters is not None:
        extra = {**spec.extra_filters(), **(extra or {})}
    filterset, records = register_filtered(
        spec, units, params, extra=extra, base=base, columns=all_columns
    )
    page = Paginator(records, page_size).get_page(params.get(PAGE))
    query = params.copy()
    query.pop(PAGE, None)
    current = (query.get(SORT) or "").split(",")[0]
    # ``columns`` picks fixed columns (e.g. the dossiers' list); custom ones are always shown.
    shown = [c for c in all_columns if columns is None or c.name in columns or c.is_custom]
    headers = []
    for column in shown:
        if current == column.name:
            aria, next_sort = "ascending", f"-{column.name}"
        elif current == f"-{column.name}":
            aria, next_sort = "descending", column.name
        else:
            aria, next_sort = "", column.name
        sorted_query = query.copy()
        sorted_query[SORT] = next_sort
        sort_query = sorted_query.urlencode() if _sortable(column) else ""
        headers.append(Header(column.name, column_header(column), sort_query, aria))
    indexes = [all_columns.index(c) for c in shown]
    rows = []
    for record in page:
        cells = record_cells(spec, record, all_columns)
        rows.append((record, [cells[i][1] for i in indexes]))
    return Listing(
        filterset=filterset,
        queryset=records,
        page=page,
        headers=headers,
        rows=rows,
        query=query.urlencode(),
        range_text=_count_text(page, noun),
    )
