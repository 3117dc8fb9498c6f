"""danvan deadlines: the overview on the command line, as table or JSON (the API's items)."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from danvan.accounts.services import api_token_create


def _run(*args) -> str:
    out = io.StringIO()
    call_command("deadlines", *args, stdout=out)
    return out.getvalue()


def test_json_is_the_apis_items(users, world):
    printed = json.loads(_run("--unit", "A", "--date", "08/05/2023", "--format", "json"))
    client = Client(HTTP_AUTHORIZATION=f"Bearer {api_token_create(user=users['admin'])}")
    api = json.loads(client.get("/api/v1/deadlines/", {"unit": "A", "date": "08/05/2023"}).content)
    assert printed == api
    assert [i["kind"] for i in printed][:2] == ["dossiers.overdue", "petitions.overdue"]


def test_the_table_has_aligned_vietnamese_columns(users, world):
    lines = _run("--unit", "P", "--subtree", "--date", "08/05/2023").splitlines()
    header, rule, *rows = lines
    assert header.split()[:3] == ["Hạn", "Thời", "gian"]
    for title in ("Trạng thái", "Loại việc", "Đơn vị", "Nội dung"):
        assert title in header
    starts = [header.index(h) for h in ("Thời gian", "Trạng thái", "Loại việc", "Đơn vị")]
    for row in rows:
        for start in starts:
            assert row[start - 2 : start] == "  "  # every column starts at the same place
    assert any("Sở Nội vụ" in row and "quá hạn 9 ngày làm việc" in row for row in rows)
    assert len(rows) == 12
    assert set(rule.replace(" ", "")) == {"-"}


def test_the_cli_acts_as_an_administrator_or_as_a_user(users, world):
    everything = json.loads(_run("--date", "08/05/2023", "--format", "json"))
    assert {i["unit"] for i in everything} == {"P", "A", "B", "X"}
    as_b = json.loads(_run("--date", "08/05/2023", "--format", "json", "--user", "chuyenvien.b"))
    assert {i["unit"] for i in as_b} == {"B"}
    with pytest.raises(CommandError, match="Không tìm thấy đơn vị «A»"):
        _run("--unit", "A", "--user", "chuyenvien.b")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "31/02/2023"], "Ngày xem «31/02/2023» không hợp lệ: hãy nhập dạng dd/mm/yyyy"),
        (["--unit", "KHONG-CO"], "Không tìm thấy đơn vị «KHONG-CO»"),
        (["--kind", "khong.co"], "Không có loại việc «khong.co». Các loại: "),
        (["--status", "xong"], "Không có trạng thái «xong»"),
        (["--user", "khong.ai"], "Không có tài khoản «khong.ai»"),
    ],
)
def test_bad_input_is_refused_in_vietnamese(users, world, args, message):
    with pytest.raises(CommandError, match=message):
        _run(*args)


def test_nothing_to_show(users, world):
    assert (
        _run("--unit", "A1", "--date", "08/05/2023").strip() == "Không có việc nào theo bộ lọc này."
    )
