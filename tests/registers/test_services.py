"""The register services check what does not come through a parser (decision 0040): a page
form, an API body or a restore meets the rules of the import's parsers."""

import datetime

import pytest

from danvan.core.errors import Invalid
from danvan.dossiers.models import Dossier
from danvan.dossiers.spec import DOSSIERS
from danvan.registers.columns import value_problem
from danvan.registers.services import register_record_create, register_record_update

D = datetime.date


def _column(name):
    return DOSSIERS.column(name)


def test_value_problem_applies_the_parsers_rules_to_model_values():
    assert value_problem(_column("ten_thu_tuc"), " Ho\u0300a ") == ("Hòa", None)
    assert value_problem(_column("ten_thu_tuc"), "a\x07")[1].startswith("có ký tự điều khiển")
    assert value_problem(_column("ma_ho_so"), "", is_key=True)[1] == "mã không được để trống"
    assert value_problem(_column("ma_ho_so"), "HS\n1", is_key=True)[1].startswith("chỉ được")
    assert value_problem(_column("ngay_tiep_nhan"), D(2021, 1, 4)) == (D(2021, 1, 4), None)
    assert "nằm ngoài khoảng" in value_problem(_column("ngay_tiep_nhan"), D(6155, 1, 4))[1]
    assert value_problem(_column("kenh_nop"), "truc_tiep") == ("truc_tiep", None)
    assert value_problem(_column("thanh_toan_truc_tuyen"), True) == (True, None)


def test_an_update_with_a_control_character_changes_nothing(tree):
    record = register_record_create(
        DOSSIERS,
        {"unit": tree["A"], "code": "HS-1", "channel": "truc_tiep", "received_on": D(2021, 1, 4)},
    )
    with pytest.raises(Invalid) as refused:
        register_record_update(DOSSIERS, record, {"procedure_name": "Cấp\x1bphép"})
    (problem,) = refused.value.problems
    assert problem["field"] == "ten_thu_tuc" and problem["label"] == "Tên thủ tục"
    assert problem["value"] == "Cấp«U+001B»phép"
    assert Dossier.objects.get().procedure_name == ""


def test_the_cross_field_checks_come_as_problems_too(tree):
    with pytest.raises(Invalid) as refused:
        register_record_create(
            DOSSIERS,
            {
                "unit": tree["A"],
                "code": "HS-2",
                "channel": "truc_tiep",
                "received_on": D(2021, 1, 4),
                "finished_on": D(2021, 1, 2),
                "outcome": "tu_choi",
            },
        )
    assert [p["field"] for p in refused.value.problems] == ["ngay_ket_thuc"]
    assert refused.value.problems[0]["value"] == "02/01/2021"
    assert not Dossier.objects.exists()
