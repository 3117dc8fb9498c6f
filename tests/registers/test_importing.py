"""Import errors of every register cite the Vietnamese header and the accepted labels."""

import pytest

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.importing import ImportRejected
from danvan.registers.importing import register_import
from danvan.registers.registry import registers


def test_a_bad_list_value_names_the_header_and_the_labels(tree):
    data = "Mã hồ sơ,Mã đơn vị,Kênh nộp,Ngày tiếp nhận\nHS-1,A,truc_tiep,04/01/2021\n"
    data += "HS-2,A,qua mạng,04/01/2021\n"
    with pytest.raises(ImportRejected) as caught:
        register_import(
            registers()["dossiers"], data.encode(), "x.csv", units=access_register_units(SYSTEM)
        )
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.code) == (3, "Kênh nộp", "kenh_nop")
    assert str(problem) == (
        'Dòng 3, cột "Kênh nộp": «qua mạng» không hợp lệ; chọn một trong: '
        "Trực tiếp, Trực tuyến, Bưu chính công ích."
    )
    assert "truc_tiep" not in caught.value.message


def test_a_cross_field_check_names_the_header_and_the_label(tree):
    data = (
        "Mã đơn,Mã đơn vị,Ngày nhận,Loại đơn,Hình thức xử lý,Ngày thụ lý\n"
        "D-1,A,04/01/2021,Khiếu nại,Chuyển cơ quan có thẩm quyền,05/01/2021\n"
    )
    with pytest.raises(ImportRejected) as caught:
        register_import(
            registers()["petitions"], data.encode(), "x.csv", units=access_register_units(SYSTEM)
        )
    (problem,) = caught.value.problems
    assert problem.column == "Ngày thụ lý"
    assert "«Thụ lý giải quyết»" in problem.message and "thu_ly" not in problem.message


def test_labels_that_contain_commas_are_listed_with_semicolons(tree):
    data = "Mã đơn,Mã đơn vị,Ngày nhận,Loại đơn\nD-1,A,04/01/2021,thư nặc danh\n"
    with pytest.raises(ImportRejected) as caught:
        register_import(
            registers()["petitions"], data.encode(), "x.csv", units=access_register_units(SYSTEM)
        )
    message = caught.value.problems[0].message
    assert "chọn một trong:" in message and "khieu_nai" not in message


def test_the_api_keeps_the_technical_name_beside_the_header(users, api_client):
    client = api_client(users["clerk_a"])
    response = client.post(
        "/api/v1/registers/dossiers/",
        {"ma_ho_so": "HS-1", "ma_don_vi": "A", "kenh_nop": "fax", "ngay_tiep_nhan": "04/01/2021"},
        content_type="application/json",
    )
    assert response.status_code == 422 and response.json()["code"] == "du_lieu_khong_hop_le"
    (problem,) = response.json()["problems"]
    assert problem["field"] == "kenh_nop" and problem["label"] == "Kênh nộp"
    assert problem["value"] == "fax"
    assert "Trực tiếp, Trực tuyến" in problem["reason"]
