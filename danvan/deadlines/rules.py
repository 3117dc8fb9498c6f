"""Due dates as rules, the way plans and laws write them (immutable values, no Django).

A rule is one of:

- a date: "10/05/2023", "trước ngày 10/5/2023", "ngày 10/5/2023";
- every year: "trước ngày 10/5 hằng năm", "hằng năm, trước ngày 30/10";
- every quarter: "hằng quý, trước ngày 15 tháng cuối quý" (or "tháng đầu quý", "tháng thứ
  hai của quý");
- every month: "hằng tháng, trước ngày 20";
- working days after an event: "05 ngày làm việc sau hội nghị", "trong 10 ngày làm việc kể
  từ ngày ban hành".

``DueRule.parse(text)`` reads one (or raises ``ValueError`` with a Vietnamese reason);
``rule.text`` writes it back in one canonical form; ``rule.dates_between(a, b)`` lists its due
dates in a window; ``rule.after(event, calendar)`` is the date N working days after an event.
"Trước ngày D" is read as due on D (the day itself still counts as on time), as offices do.

>>> DueRule.parse("trước ngày 10/5/2023").first_on_or_after(datetime.date(2023, 1, 1))
datetime.date(2023, 5, 10)
>>> DueRule.parse("Hằng quý, trước ngày 15 tháng cuối quý").dates_between(
...     datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
[datetime.date(2023, 3, 15), datetime.date(2023, 6, 15)]
>>> DueRule.parse("trước ngày 10/5 hằng năm").text
'trước ngày 10/5 hằng năm'
"""

from __future__ import annotations

import calendar as _calendar
import datetime
import re
from dataclasses import dataclass
from enum import StrEnum

from danvan.core.parsing import fold

BAD_RULE = (
    "«{value}» không phải thời hạn hợp lệ (ví dụ: 10/05/2023; trước ngày 10/5 hằng năm; "
    "hằng quý, trước ngày 15 tháng cuối quý; 05 ngày làm việc sau sự kiện)"
)
BAD_DAY = "«{value}»: ngày {day}/{month} không có thật"
NO_EVENT_DATE = "thời hạn «{rule}» tính từ một sự kiện nên cần ngày của sự kiện"


class Every(StrEnum):
    ONCE = "once"
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    AFTER = "after"  # N working days after an event


_QUARTER_MONTHS = {1: "tháng đầu quý", 2: "tháng thứ hai của quý", 3: "tháng cuối quý"}


@dataclass(frozen=True)
class DueRule:
    every: Every
    day: int = 0  # day of the month (ONCE, YEAR, QUARTER, MONTH)
    month: int = 0  # month (ONCE, YEAR); month within the quarter, 1–3 (QUARTER)
    year: int = 0  # ONCE
    working_days: int = 0  # AFTER
    event: str = ""  # AFTER: what the days are counted from, as written

    # -- reading -------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> DueRule:
        raw = " ".join((text or "").split())
        t = fold(raw).rstrip(".;")
        m = re.fullmatch(r"(?:trong (?:vong )?)?(\d{1,3}) ngay lam viec (?:sau|ke tu) (.+)", t)
        if m:
            event = raw[raw.lower().find(" ", raw.lower().find("việc")) + 1 :].strip(" .;")
            for word in ("sau ", "kể từ ", "Sau ", "Kể từ "):
                if event.startswith(word):
                    event = event[len(word) :]
            return cls(Every.AFTER, working_days=int(m.group(1)), event=event or m.group(2))
        t = re.sub(r"^(truoc|cham nhat|han|den|truoc hoac trong) ", "", t)
        t = re.sub(r"^(ngay) ", "", t)
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", t)
        if m:
            return cls._checked(raw, Every.ONCE, int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(
            r"(?:hang nam,? (?:truoc |cham nhat )?(?:ngay )?(\d{1,2})/(\d{1,2}))"
            r"|(?:(\d{1,2})/(\d{1,2}) hang nam)",
            t,
        )
        if m:
            day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            return cls._checked(raw, Every.YEAR, int(day), int(month))
        m = re.fullmatch(
            r"hang quy,? (?:truoc |cham nhat )?(?:ngay )?(\d{1,2}) "
            r"(thang dau quy|thang thu (?:hai|2) (?:cua )?quy|thang giua quy|thang cuoi quy)",
            t,
        )
        if m:
            which = m.group(2)
            month = 1 if "dau" in which else 3 if "cuoi" in which else 2
            return cls._checked(raw, Every.QUARTER, int(m.group(1)), month)
        m = re.fullmatch(r"hang thang,? (?:truoc |cham nhat )?(?:ngay )?(\d{1,2})", t)
        if m:
            return cls._checked(raw, Every.MONTH, int(m.group(1)), 1)
        raise ValueError(BAD_RULE.format(value=raw))

    @classmethod
    def on(cls, day: datetime.date) -> DueRule:
        return cls(Every.ONCE, day=day.day, month=day.month, year=day.year)

    @classmethod
    def _checked(cls, raw, every, day, month, year=0) -> DueRule:
        probe_year = year or 2024  # a leap year: 29/02 hằng năm is allowed
        probe_month = month if every in (Every.ONCE, Every.YEAR) else 12 if day > 30 else 1
        if not 1 <= month <= (12 if every in (Every.ONCE, Every.YEAR) else 3):
            raise ValueError(BAD_DAY.format(value=raw, day=day, month=month))
        try:
            datetime.date(probe_year, probe_month, day)
        except ValueError:
            raise ValueError(BAD_DAY.format(value=raw, day=day, month=month)) from None
        return cls(every, day=day, month=month, year=year)

    # -- writing -------------------------------------------------------------------------

    @property
    def text(self) -> str:
        if self.every == Every.ONCE:
            return f"{self.day:02d}/{self.month:02d}/{self.year}"
        if self.every == Every.YEAR:
            return f"trước ngày {self.day}/{self.month} hằng năm"
        if self.every == Every.QUARTER:
            return f"hằng quý, trước ngày {self.day} {_QUARTER_MONTHS[self.month]}"
        if self.every == Every.MONTH:
            return f"hằng tháng, trước ngày {self.day}"
        return f"{self.working_days:02d} ngày làm việc sau {self.event}"

    def __str__(self) -> str:
        return self.text

    # -- dates ---------------------------------------------------------------------------

    def _in_month(self, year: int, month: int) -> datetime.date:
        last = _calendar.monthrange(year, month)[1]
        return datetime.date(year, month, min(self.day, last))  # 31 in a short month: its end

    def dates_between(self, start: datetime.date, end: datetime.date) -> list[datetime.date]:
        """The rule's due dates from ``start`` to ``end`` (both included)."""
        if self.every == Every.AFTER:
            raise ValueError(NO_EVENT_DATE.format(rule=self.text))
        if self.every == Every.ONCE:
            d = datetime.date(self.year, self.month, self.day)
            return [d] if start <= d <= end else []
        out = []
        for year in range(start.year, end.year + 1):
            if self.every == Every.YEAR:
                months = [self.month]
            elif self.every == Every.QUARTER:
                months = [q * 3 + self.month for q in range(4)]
            else:
                months = list(range(1, 13))
            for month in months:
                d = self._in_month(year, month)
                if start <= d <= end:
                    out.append(d)
        return out

    def in_year(self, year: int) -> list[datetime.date]:
        return self.dates_between(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    def first_on_or_after(self, day: datetime.date) -> datetime.date | None:
        if self.every == Every.ONCE:
            d = datetime.date(self.year, self.month, self.day)
            return d if d >= day else None
        found = self.dates_between(day, datetime.date(day.year + 1, 12, 31))
        return found[0] if found else None

    def after(self, event_on: datetime.date, calendar) -> datetime.date:
        """The due date of an AFTER rule: ``working_days`` working days after ``event_on``
        (``calendar`` is a :class:`~danvan.calendars.workdays.WorkingDayCalendar`)."""
        if self.every != Every.AFTER:
            raise ValueError(self.text)
        return calendar.add_working_days(event_on, self.working_days)

    def moved_years(self, years: int) -> DueRule:
        """The same rule a number of years later (copying last year's plan)."""
        if self.every != Every.ONCE:
            return self
        month, day = self.month, self.day
        if (month, day) == (2, 29) and not _calendar.isleap(self.year + years):
            day = 28
        return DueRule(Every.ONCE, day=day, month=month, year=self.year + years)
