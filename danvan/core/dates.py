"""Dates as Vietnamese users write them: 07/6/2021, 07-06-2021, 2021-06-07.

The parser lives in danvan.core.parsing with the other readers of typed input; it is
re-exported here because many commands and views read dates from this module."""

import datetime

from danvan.core.parsing import BAD_DATE, parse_date

__all__ = ["BAD_DATE", "format_date", "parse_date"]


def format_date(day: datetime.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
