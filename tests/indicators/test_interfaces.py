import datetime
import json
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from danvan.dossiers.services import dossier_create

D = datetime.date


@pytest.fixture
def register(tree):
    dossier_create(
        unit=tree["A"],
        code="R1",
        channel="truc_tuyen",
        received_on=D(2021, 3, 1),
        finished_on=D(2021, 3, 2),
        outcome="da_tra_ket_qua",
        due_on=D(2021, 3, 5),
    )
    dossier_create(
        unit=tree["A1"],
        code="R2",
        channel="truc_tiep",
        received_on=D(2021, 3, 1),
        finished_on=D(2021, 3, 9),
        outcome="da_tra_ket_qua",
        due_on=D(2021, 3, 5),
    )
    dossier_create(unit=tree["B"], code="R3", channel="truc_tiep", received_on=D(2021, 3, 1))


def test_cli_json_shape_and_subtree(register, capsys):
    call_command("indicators", "--unit", "A", "--period", "2021", "--subtree", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert data["unit"] == "A" and data["period"]["code"] == "2021"
    assert (data["period"]["start"], data["period"]["end"]) == ("2020-12-15", "2021-12-14")
    assert data["values"]["HS_MOI"] == 2
    assert data["ratios"]["TL_DUNG_HAN"] == {"numerator": 1, "denominator": 2, "percent": 50.0}
    assert data["violations"] == []


def test_cli_own_dates_and_table(register, capsys):
    call_command(
        "indicators",
        "--unit",
        "A",
        "--period",
        "2021-Q1",
        "--from",
        "01/03/2021",
        "--to",
        "01/03/2021",
    )
    out = capsys.readouterr().out
    assert "01/03/2021 – 01/03/2021" in out
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "1/1, đạt 100,00%" in lines["TL_TRUC_TUYEN"]  # R1, online, received that day
    assert " 0/0 " in lines["TL_DUNG_HAN"]  # nothing resolved on 01/03: no base, no percent


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--unit", "ZZ", "--period", "2021"], "Không tìm thấy đơn vị"),
        (["--unit", "A", "--period", "2021-Q5"], "Mã kỳ báo cáo không hợp lệ"),
        (["--unit", "A", "--period", "2021", "--from", "01/01/2021"], "Cần cả ngày"),
        (
            ["--unit", "A", "--period", "2021", "--from", "31/02/2021", "--to", "01/03/2021"],
            "không phải ngày hợp lệ",
        ),
    ],
)
def test_cli_bad_input(register, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("indicators", *args)


def test_api_indicators_and_drill_down(users, register, api_client):
    client = api_client(users["head_a"])
    data = client.get("/api/v1/units/A/indicators?period=2021&subtree=true").json()
    assert data["values"]["HS_DA_GIAI_QUYET"] == 2
    assert data["ratios"]["TL_TRUC_TUYEN"]["percent"] == 50.0
    late = client.get("/api/v1/units/A/indicators/HS_TRE_HAN/records?period=2021&subtree=true")
    assert [r["values"]["ma_ho_so"] for r in late.json()] == ["R2"]
    assert client.get("/api/v1/units/B/indicators?period=2021").status_code == 404
    assert client.get("/api/v1/units/A/indicators?period=2021-Q9").status_code == 400
    assert client.get("/api/v1/units/A/indicators/KHONG/records?period=2021").status_code == 404


def test_clerk_sees_only_their_unit_not_the_subtree_records(users, register, api_client):
    data = (
        api_client(users["clerk_a"])
        .get("/api/v1/units/A/indicators?period=2021&subtree=true")
        .json()
    )
    assert data["values"]["HS_MOI"] == 1  # A1 is not the clerk's


CSRF_INPUT = re.compile(r'<input[^>]*name="csrfmiddlewaretoken"[^>]*>')


def test_appendix_page_links_every_figure_to_its_records(users, register, login):
    client = login(users["head_a"])
    page = client.get("/chi-tieu/?don_vi=A&cap_duoi=on&ky=2021&tat_ca=1").content.decode()
    assert "Số hồ sơ tiếp nhận mới trong kỳ" in page
    assert "1/2, đạt 50,00%" in page
    assert "/chi-tieu/HS_TRE_HAN/ban-ghi/?don_vi=A" in page
    records = _without_csrf(
        client.get("/chi-tieu/HS_TRE_HAN/ban-ghi/?don_vi=A&cap_duoi=on&ky=2021")
    )
    assert "R2" in records and "R1" not in records
    refused = _without_csrf(client.get("/chi-tieu/?don_vi=B&ky=2021&tat_ca=1"))
    assert "R3" not in refused and "Số hồ sơ tiếp nhận mới" not in refused


def _without_csrf(response) -> str:
    """The page without its random CSRF tokens (one may contain "R3" by chance)."""
    return CSRF_INPUT.sub("", response.content.decode())
