"""“Today” is the Vietnamese date: at 23:30 UTC on 31/12/2026 it is already 06:30 on 01/01/2027
in Asia/Ho_Chi_Minh, so every page that defaults to “this year” shows 2027, and no product code
asks the server's clock for the date (``date.today()`` is the machine's zone, not Việt Nam's)."""

import datetime
import re
from pathlib import Path
from unittest import mock

import pytest
from django.utils import timezone

ROOT = Path(__file__).resolve().parents[2] / "danvan"
EVE_UTC = datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)


@pytest.fixture
def new_years_morning_in_vietnam():
    with mock.patch("django.utils.timezone.now", return_value=EVE_UTC):
        yield


def test_today_is_the_vietnamese_date(new_years_morning_in_vietnam):
    assert timezone.localdate() == datetime.date(2027, 1, 1)


def test_indicator_page_defaults_to_the_vietnamese_year(users, login, new_years_morning_in_vietnam):
    page = login(users["clerk_a"]).get("/chi-tieu/").content.decode()
    assert re.search(r'name="ky"[^>]*value="2027"|value="2027"[^>]*name="ky"', page), page[:2000]


def test_calendar_defaults_to_the_vietnamese_year(users, login, new_years_morning_in_vietnam):
    client = login(users["admin"])
    assert "Lịch ngày làm việc năm 2027" in client.get("/lich/").content.decode()
    assert "Lịch ngày làm việc năm 2027" in client.get("/lich/?nam=abc").content.decode()


def test_no_product_code_reads_the_server_clock_for_today():
    pattern = re.compile(r"\bdate\.today\(\)|\bdatetime\.now\(\)|\bdatetime\.today\(\)")
    offenders = [
        f"{path.relative_to(ROOT.parent)}:{number}: {line.strip()}"
        for path in ROOT.rglob("*.py")
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
