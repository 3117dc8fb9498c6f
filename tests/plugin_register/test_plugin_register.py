"""A new register is one app only: this folder's app (model, migration, spec, one indicator,
AppConfig.ready()) is imported, listed, exported, read over the API and counted by the engine
with no line of DanVan naming it."""

import dataclasses
import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from danvan.indicators.engine import (
    indicator_records,
    indicators_compute,
    indicators_compute_direct,
)
from danvan.indicators.registry import catalogue, indicators_register
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.registry import register_add, registers
from tests.plugin_register.models import TreePlanting
from tests.plugin_register.spec import TREE_INDICATORS, TREE_PLANTINGS

D = datetime.date
FILE = "Mã đợt trồng,Mã đơn vị,Ngày trồng,Số cây\nTC-1,A,05/03/2021,30\nTC-2,A1,12/03/2021,15\n"


@pytest.fixture
def planted(tree, tmp_path, capsys):
    source = tmp_path / "trong-cay.csv"
    source.write_text(FILE, encoding="utf-8")
    call_command("import", "tree-plantings", str(source))
    assert "thêm mới 2" in capsys.readouterr().out
    return source


def test_the_import_command_fills_the_plugged_in_register(planted):
    assert sorted(TreePlanting.objects.values_list("code", "trees")) == [
        ("TC-1", 30),
        ("TC-2", 15),
    ]


def test_a_bad_row_is_refused_in_vietnamese_and_changes_nothing(planted):
    planted.write_text(FILE + "TC-3,A,31/02/2021,7\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r'Dòng 4, cột "Ngày trồng"'):
        call_command("import", "tree-plantings", str(planted))
    assert TreePlanting.objects.count() == 2


def test_its_pages_list_and_export_it(planted, users, login):
    client = login(users["head_a"])
    index = client.get("/so/").content.decode()
    assert "Sổ trồng cây" in index
    page = client.get("/so/tree-plantings/").content.decode()
    assert "Sổ trồng cây" in page and "TC-1" in page and "TC-2" in page
    exported = client.get("/so/tree-plantings/xuat/").content.decode("utf-8-sig")
    header, *rows = exported.strip().splitlines()
    assert header.startswith("Mã đợt trồng,Mã đơn vị,Ngày trồng,Số cây")
    assert sorted(rows) == ["TC-1,A,05/03/2021,30", "TC-2,A1,12/03/2021,15"]


def test_the_api_reads_it(planted, users, api_client):
    response = api_client(users["head_a"]).get("/api/v1/registers/tree-plantings/")
    assert response.status_code == 200
    values = sorted((r["values"]["ma"], r["values"]["so_cay"]) for r in response.json())
    assert values == [("TC-1", "30"), ("TC-2", "15")]
    # Access still narrows it: the clerk of B sees none of A's plantings.
    assert api_client(users["clerk_b"]).get("/api/v1/registers/tree-plantings/").json() == []


def test_the_engine_counts_its_indicator(planted, tree, users, login):
    units = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    march = Window(D(2021, 3, 1), D(2021, 3, 31))
    assert indicators_compute(units, march).values["TC_SO_CAY"] == 45
    assert indicators_compute_direct(units, march).values["TC_SO_CAY"] == 45
    first_week = Window(D(2021, 3, 1), D(2021, 3, 7))
    assert indicators_compute(units, first_week).values["TC_SO_CAY"] == 30
    assert [r.code for r in indicator_records(units, first_week, "TC_SO_CAY")] == ["TC-1"]
    page = login(users["admin"]).get("/chi-tieu/bieu-mau/").content.decode()
    assert "TC_SO_CAY" in page and "Số cây xanh được trồng" in page


def test_a_slug_or_a_code_registered_twice_is_refused(db):  # the catalogue reads the database
    before = registers()
    with pytest.raises(ImproperlyConfigured, match="Sổ «tree-plantings» đã được đăng ký"):
        register_add(dataclasses.replace(TREE_PLANTINGS, label="Sổ khác"))
    assert registers() == before and registers()["tree-plantings"].label == "Sổ trồng cây"
    with pytest.raises(ImproperlyConfigured, match="Mã chỉ tiêu «TC_SO_CAY» được khai báo hai"):
        indicators_register([dataclasses.replace(TREE_INDICATORS[0], label="Khác")])
    assert catalogue().get("TC_SO_CAY").label == "Số cây xanh được trồng"
