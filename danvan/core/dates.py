"""Dates as Vietnamese users write them: 07/6/2021, 07-06-2021, 2021-06-07."""

import datetime
import re

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")

BAD_DATE = "«{value}» không phải ngày hợp lệ (dạng dd/mm/yyyy, ví dụ 07/06/2021)."


def parse_date(value: str) -> datetime.date | None:
    """Parse a date or return None for an empty cell; raise ValueError (Vietnamese) if bad."""
    text = (value or "").strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError(BAD_DATE.format(value=text))
        year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise ValueError(BAD_DATE.format(value=text)) from None


def format_date(day: datetime.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
