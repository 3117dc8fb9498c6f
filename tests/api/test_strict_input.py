"""Strict input at the edge (issue 15, part 3; decision 0040): what the API, an import file
and a page form used to store — an empty code, dates in the years 0090 and 6155, control
characters — is refused with a Vietnamese reason per field, and nothing is written."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from danvan.core.errors import Invalid
from danvan.dossiers.models import Dossier
from danvan.dossiers.services import dossier_create
from tests.dossiers.test_importing import HEADER, ROWS

GOOD = {"code": "HS-API", "unit": "A", "channel": "buu_chinh", "received_on": "2021-01-04"}
SHAPE = {"detail", "code", "problems"}


def _post(client, body, url="/api/v1/dossiers/"):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(url, data, content_type="application/json")


def _refused(response, status=422) -> list[dict]:
    assert response.status_code == status, response.content.decode()
    body = response.json()
    assert set(body) >= SHAPE
    assert body["problems"], body
    for problem in body["problems"]:
        assert problem["reason"] and problem["reason"].isascii() is False  # Vietnamese
    assert "Cannot" not in body["detail"] and "Value error" not in body["detail"]
    return body["problems"]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"code": ""}, "code", "không được để trống"),
        ({"code": "   "}, "code", "không được để trống"),
        ({"received_on": "0090-01-04"}, "received_on", "04/01/0090 nằm ngoài khoảng cho phép"),
        ({"received_on": "6155-01-04"}, "received_on", "04/01/6155 nằm ngoài khoảng cho phép"),
        ({"due_on": "6155-12-31"}, "due_on", "nằm ngoài khoảng cho phép (01/01/1990 – 31/12/"),
        ({"received_on": 1609718400}, "received_on", "không phải một số"),
        ({"procedure_name": "Cấp\x07 phép"}, "procedure_name", "U+0007, vị trí 4"),
        ({"procedure_name": "Cấp\x00 phép"}, "procedure_name", "U+0000"),
        ({"procedure_name": "Cấp\x85"}, "procedure_name", "U+0085"),
        ({"procedure_name": "x\ufffe"}, "procedure_name", "U+FFFE"),
        ({"code": "HS\t1"}, "code", "Chỉ được một dòng"),
    ],
)
def test_bad_dossier_bodies_are_refused_and_nothing_is_stored(
    users, tree, api_client, change, field, words
):
    response = _post(api_client(users["clerk_a"]), {**GOOD, **change})
    problems = _refused(response)
    assert [p["field"] for p in problems] == [field]
    assert words in problems[0]["reason"]
    assert not Dossier.objects.exists()


def test_a_lone_surrogate_in_json_is_refused(users, tree, api_client):
    raw = json.dumps({**GOOD, "procedure_name": "PLACEHOLDER"}).replace("PLACEHOLDER", "\\ud800")
    problems = _refused(_post(api_client(users["clerk_a"]), raw))
    assert "U+D800" in problems[0]["reason"] and problems[0]["value"] == "«U+D800»"
    assert not Dossier.objects.exists()


def test_text_is_stored_nfc_and_a_good_body_still_passes(users, tree, api_client):
    decomposed = "Ho\u0300a Bi\u0300nh"  # «Hòa Bình» typed with combining accents
    response = _post(api_client(users["clerk_a"]), {**GOOD, "procedure_name": decomposed})
    assert response.status_code == 201, response.content
    assert Dossier.objects.get().procedure_name == "Hòa Bình"


def test_a_body_that_is_not_json_is_refused_in_vietnamese_with_a_problem(users, tree, api_client):
    client = api_client(users["clerk_a"])
    problems = _refused(_post(client, "{code: 1"), status=400)
    assert problems[0]["field"] == "body"
    assert problems[0]["reason"].startswith("Không đọc được JSON ở dòng 1, cột 2")
    not_utf8 = _refused(_post(client, b"\xff\xfe{}"), status=400)
    assert not_utf8[0]["field"] == "body"
    anonymous = Client().post("/api/v1/auth/token", "{", content_type="application/json")
    assert _refused(anonymous, status=400)[0]["field"] == "body"
    assert not Dossier.objects.exists()


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/v1/units/?as_of=-9.46e-181", "as_of"),
        ("/api/v1/units/?as_of=0090-01-01", "as_of"),
        ("/api/v1/units/A/?as_of=6155-01-01", "as_of"),
        ("/api/v1/dossiers/?received_from=1e3", "received_from"),
        ("/api/v1/dossiers/?offset=-1", "offset"),
        ("/api/v1/dossiers/?offset=99999999999999999999", "offset"),
        ("/api/v1/dossiers/?limit=0", "limit"),
        ("/api/v1/dossiers/?q=a%00b", "q"),
        ("/api/v1/units/A%00/", "path"),
        ("/api/v1/plans/?year=0090", "year"),
        ("/api/v1/emulation/registrations/?movement=99999999999999999999", "movement"),
    ],
)
def test_query_and_path_parameters_are_typed(users, tree, api_client, url, field):
    problems = _refused(api_client(users["clerk_a"]).get(url))
    assert field in [p["field"] for p in problems]


def test_a_vietnamese_date_in_a_query_is_read(users, tree, api_client):
    client = api_client(users["clerk_a"])
    assert client.get("/api/v1/units/?as_of=01/03/2025").status_code == 200
    assert client.get("/api/v1/units/?as_of=2025-03-01").status_code == 200


def test_every_error_outside_the_api_handler_has_the_one_shape(users, tree, api_client):
    client = api_client(users["clerk_a"])
    unknown = client.get("/api/v1/khong-co-dia-chi/")
    method = client.delete("/api/v1/units/")
    huge = Client().post(
        "/api/v1/auth/token",
        "{}",
        content_type="application/json",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
    )
    for response, status, code in (
        (unknown, 404, "khong_tim_thay"),
        (method, 405, "phuong_thuc_khong_duoc_nhan"),
        (huge, 413, "du_lieu_qua_lon"),
    ):
        assert response.status_code == status
        body = response.json()
        assert set(body) >= SHAPE and body["code"] == code, body
        assert not body["detail"].isascii()
    assert "DELETE" in method.json()["detail"] and method["Allow"] == "GET"


def test_a_fault_of_ours_is_a_500_in_the_one_shape(users, tree, api_client, monkeypatch):
    from danvan.orgunits import api as orgunits_api

    def broken(*args, **kwargs):
        raise RuntimeError("hỏng")

    monkeypatch.setattr(orgunits_api, "access_units", broken)
    response = api_client(users["clerk_a"]).get("/api/v1/units/")
    assert response.status_code == 500
    assert response.json()["code"] == "loi_may_chu" and set(response.json()) >= SHAPE
    assert "hỏng" not in response.json()["detail"]  # no internals leak


def test_register_api_refuses_the_same_inputs(users, tree, api_client):
    client = api_client(users["clerk_a"])
    body = {"ma_ho_so": "HS-R", "ma_don_vi": "A", "kenh_nop": "truc_tiep"}
    for change, column in (
        ({"ngay_tiep_nhan": "04/01/0090"}, "ngay_tiep_nhan"),
        ({"ngay_tiep_nhan": "04/01/6155"}, "ngay_tiep_nhan"),
        ({"ngay_tiep_nhan": "04/01/2021", "ten_thu_tuc": "a\x1bb"}, "ten_thu_tuc"),
        ({"ngay_tiep_nhan": "04/01/2021", "ma_ho_so": ""}, "ma_ho_so"),
    ):
        problems = _refused(_post(client, {**body, **change}, url="/api/v1/registers/dossiers/"))
        assert [p["field"] for p in problems] == [column]
    assert not Dossier.objects.exists()


def test_register_services_refuse_what_bypasses_the_parsers(users, tree):
    """A write that does not come through a parser (a page, the API, a restore) meets the same
    rule in the service: a record with a control character cannot be stored."""
    import datetime

    with pytest.raises(Invalid) as refused:
        dossier_create(
            unit=tree["A"],
            code="HS-1",
            channel="truc_tiep",
            received_on=datetime.date(2021, 1, 4),
            procedure_name="Cấp\x0bphép",
        )
    assert [p["field"] for p in refused.value.problems] == ["ten_thu_tuc"]
    with pytest.raises(Invalid, match="mã không được để trống"):
        dossier_create(
            unit=tree["A"], code=" ", channel="truc_tiep", received_on=datetime.date(2021, 1, 4)
        )
    with pytest.raises(Invalid, match="nằm ngoài khoảng cho phép"):
        dossier_create(
            unit=tree["A"], code="HS-2", channel="truc_tiep", received_on=datetime.date(90, 1, 4)
        )
    assert not Dossier.objects.exists()


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("HS-9,A,,,,truc_tiep,,04/01/0090,,,,,,,\n", "04/01/0090 nằm ngoài khoảng cho phép"),
        ("HS-9,A,,,,truc_tiep,,04/01/6155,,,,,,,\n", "04/01/6155 nằm ngoài khoảng cho phép"),
        (",A,,,,truc_tiep,,04/01/2021,,,,,,,\n", "Mã hồ sơ"),
        ("HS-9,A,,Cấp\x07phép,,truc_tiep,,04/01/2021,,,,,,,\n", "U+0007"),
    ],
)
def test_an_import_file_with_one_bad_row_writes_nothing(users, tree, login, row, words):
    response = login(users["head_a"]).post(
        "/ho-so/nhap/", {"file": SimpleUploadedFile("hs.csv", (HEADER + ROWS + row).encode())}
    )
    assert response.status_code == 400
    assert words in response.content.decode()
    assert not Dossier.objects.exists()


def test_the_page_form_refuses_the_same_inputs(users, tree, login):
    client = login(users["clerk_a"])
    form = {
        "code": "HS-F",
        "unit": tree["A"].pk,
        "channel": "truc_tiep",
        "received_on": "04/01/0090",
        "procedure_name": "Cấp\x07phép",
    }
    response = client.post("/ho-so/them/", form)
    html = response.content.decode()
    assert response.status_code == 200
    assert "nằm ngoài khoảng cho phép" in html and "U+0007" in html
    assert not Dossier.objects.exists()


def test_the_unit_export_answers_after_refused_control_characters(users, tree, api_client, login):
    """The XLSX export used to answer 500 once a control character was stored; it can no
    longer be stored, so the export of what was stored answers."""
    _post(api_client(users["clerk_a"]), {**GOOD, "procedure_name": "Cấp\x01phép"})
    created = _post(api_client(users["clerk_a"]), {**GOOD, "procedure_name": "Cấp\tphép"})
    assert created.status_code == 201  # a tab is text, kept in multi-line text
    response = login(users["clerk_a"]).get("/ho-so/xuat/?dinh_dang=xlsx")
    assert response.status_code == 200
    assert Dossier.objects.count() == 1
