"""A ratio opens to the records behind its numerator, its denominator, and the difference
(«3 hồ sơ không đạt» of 521/524), in the page, its exports and the API."""

import csv
import datetime
import io
import re

import pytest

from danvan.dossiers.services import dossier_create
from danvan.indicators.engine import indicator_records
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window

D = datetime.date
WINDOW = Window(D(2021, 1, 1), D(2021, 12, 31))
SCOPE = "don_vi=A&cap_duoi=on&ky=2021-H1"


def _resolved(tree, code, finished, due, unit="A"):
    dossier_create(
        unit=tree[unit],
        code=code,
        channel="truc_tiep",
        received_on=D(2021, 3, 1),
        due_on=due,
        finished_on=finished,
        outcome="da_tra_ket_qua",
    )


@pytest.fixture
def register(tree):
    _resolved(tree, "DUNG-1", D(2021, 3, 5), D(2021, 3, 10))
    _resolved(tree, "DUNG-2", D(2021, 3, 10), D(2021, 3, 10), unit="A1")
    _resolved(tree, "TRE-1", D(2021, 3, 12), D(2021, 3, 10))
    _resolved(tree, "TRE-2", D(2021, 4, 2), D(2021, 3, 10), unit="A1")
    _resolved(tree, "HS-BI-MAT", D(2021, 3, 12), D(2021, 3, 10), unit="B")
    dossier_create(unit=tree["A"], code="DANG-1", channel="truc_tiep", received_on=D(2021, 3, 1))


def _codes(units, part):
    records = indicator_records(units, WINDOW, "TL_DUNG_HAN", part)
    return sorted(records.values_list("code", flat=True))


def test_numerator_denominator_and_shortfall(register, tree):
    units = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    assert _codes(units, "tu_so") == ["DUNG-1", "DUNG-2"]
    assert _codes(units, "mau_so") == ["DUNG-1", "DUNG-2", "TRE-1", "TRE-2"]
    assert _codes(units, "khong_dat") == ["TRE-1", "TRE-2"]


def test_an_unknown_part_is_refused(register, tree):
    with pytest.raises(LookupError):
        indicator_records(OrgUnit.objects.all(), WINDOW, "TL_DUNG_HAN", "ca_hai")


def _page_codes(html):
    return re.findall(r'<a href="/ho-so/\d+/">([^<]+)</a>', html)


def test_the_page_shows_the_three_parts_with_their_counts(register, users, login):
    client = login(users["head_a"])
    html = client.get(f"/chi-tieu/TL_DUNG_HAN/ban-ghi/?{SCOPE}").content.decode()
    assert "Tử số: 2 hồ sơ" in html and "Mẫu số: 4 hồ sơ" in html
    assert "Không đạt: 2 hồ sơ không đạt" in html
    assert sorted(_page_codes(html)) == ["DUNG-1", "DUNG-2"]  # the numerator by default
    late = client.get(f"/chi-tieu/TL_DUNG_HAN/ban-ghi/?{SCOPE}&phan=khong_dat").content.decode()
    assert sorted(_page_codes(late)) == ["TRE-1", "TRE-2"]
    assert 'aria-current="page"><strong>Không đạt' in late
    every = client.get(f"/chi-tieu/TL_DUNG_HAN/ban-ghi/?{SCOPE}&phan=mau_so").content.decode()
    assert len(_page_codes(every)) == 4
    assert "HS-BI-MAT" not in late + every


def test_a_drill_down_is_sorted_filtered_and_exported(register, users, login):
    client = login(users["head_a"])
    url = f"/chi-tieu/TL_DUNG_HAN/ban-ghi/?{SCOPE}&phan=mau_so&sap_xep=-ma_ho_so"
    html = client.get(url).content.decode()
    assert _page_codes(html) == ["TRE-2", "TRE-1", "DUNG-2", "DUNG-1"]
    # The filter form keeps the unit, the period and the part.
    assert 'type="hidden" name="phan" value="mau_so"' in html
    assert 'type="hidden" name="don_vi" value="A"' in html
    response = client.get(url + "&ma_don_vi=A1&dinh_dang=csv")
    assert response["Content-Disposition"] == 'attachment; filename="TL_DUNG_HAN-mau_so.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["Mã hồ sơ"] for r in rows] == ["TRE-2", "DUNG-2"]
    plain = client.get(f"/chi-tieu/HS_DA_GIAI_QUYET/ban-ghi/?{SCOPE}&dinh_dang=xlsx")
    assert plain["Content-Disposition"] == 'attachment; filename="HS_DA_GIAI_QUYET.xlsx"'


def test_another_unit_sees_none_of_it(register, users, login):
    client = login(users["clerk_b"])
    response = client.get(f"/chi-tieu/TL_DUNG_HAN/ban-ghi/?{SCOPE}&phan=khong_dat&dinh_dang=csv")
    assert response.status_code == 404  # unit A is not theirs: the same 404 as a missing one


def test_the_api_gives_each_part(register, users, api_client):
    client = api_client(users["head_a"])
    base = "/api/v1/units/A/indicators/TL_DUNG_HAN/records?period=2021-H1&subtree=true"
    late = client.get(base + "&part=khong_dat").json()
    assert sorted(r["values"]["ma_ho_so"] for r in late) == ["TRE-1", "TRE-2"]
    assert len(client.get(base + "&part=mau_so").json()) == 4
    assert len(client.get(base).json()) == 2
    assert client.get(base + "&part=sai").status_code == 404
