import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from danvan.core.dates import format_date, parse_date
from danvan.core.middleware import human_size
from danvan.core.numbers import format_number, format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (50003, 0, "50.003"),
        (5316, 0, "5.316"),
        (999, 0, "999"),
        (0, 0, "0"),
        (1234567.891, 2, "1.234.567,89"),
        (-2584, 0, "-2.584"),
        (84.25, 1, "84,3"),
    ],
)
def test_numbers_as_vietnamese_documents_write_them(value, decimals, expected):
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [(285, 524, "54,4%"), (45, 67, "67,2%"), (15, 15, "100,0%"), (0, 7, "0,0%"), (3, 0, "")],
)
def test_percent_from_parts(num, den, expected):
    assert format_percent(num, den) == expected


def test_template_filters_and_django_formats_use_vietnamese_separators():
    with translation.override("vi"):
        rendered = Template("{% load vi %}{{ n|so }} {% ty_le 144 153 %}").render(
            Context({"n": 50003})
        )
        assert rendered == "50.003 94,1%"
        assert formats.date_format(datetime.date(2021, 6, 7), "SHORT_DATE_FORMAT") == "07/06/2021"
        assert formats.number_format(50003, use_l10n=True, force_grouping=True) == "50.003"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07/6/2021", datetime.date(2021, 6, 7)),
        ("07-06-2021", datetime.date(2021, 6, 7)),
        ("2021-06-07", datetime.date(2021, 6, 7)),
        ("29/02/2024", datetime.date(2024, 2, 29)),
        ("", None),
        ("  ", None),
    ],
)
def test_dates_as_users_type_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/04/2021", "29/02/2023", "7/6/21", "ngày 7", "2021/13/01"])
def test_impossible_dates_are_refused_in_vietnamese(text):
    with pytest.raises(ValueError, match="không phải ngày hợp lệ"):
        parse_date(text)


def test_format_date_and_sizes():
    assert format_date(datetime.date(2025, 7, 1)) == "01/07/2025"
    assert format_date(None) == ""
    assert human_size(10 * 1024 * 1024) == "10,0 MB"
    assert human_size(2048) == "2 KB"
