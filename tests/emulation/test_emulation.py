"""Emulation: the registers' imports, the indicators at the window's edges, assessments against
criteria (an indicator criterion from the dossiers), and who may do what."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from danvan.accounts.access import access_register_units
from danvan.core.errors import DomainError, Forbidden
from danvan.core.importing import ImportRejected
from danvan.emulation import services
from danvan.emulation.models import Criterion, Movement, Registration
from danvan.emulation.spec import MOVEMENTS, RECOGNITIONS, REGISTRATIONS
from danvan.indicators.engine import indicators_compute
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.importing import register_import

D = datetime.date
MOVEMENTS_CSV = (
    "Mã phong trào,Tên phong trào,Mã đơn vị,Từ ngày,Đến ngày,Văn bản phát động,"
    "Mã các đơn vị tham gia\n"
    "TD-1,Thi đua thực hiện văn hóa công sở,A,01/10/2019,31/12/2025,"
    "Kế hoạch số 19/KH-BQL ngày 01/10/2019,A; A1\n"
)


def _import(spec, text, user):
    units = access_register_units(user)
    return register_import(spec, text.encode("utf-8"), "tep.csv", units=units)


def _refused(spec, text, user) -> str:
    with pytest.raises(ImportRejected) as refused:
        _import(spec, text, user)
    return " ".join(p.message for p in refused.value.problems)


@pytest.fixture
def movement(db, users):
    result = _import(MOVEMENTS, MOVEMENTS_CSV, users["clerk_a"])
    assert result.created == 1, result
    return Movement.objects.get(code="TD-1")


def _registrations(users, rows):
    return _import(REGISTRATIONS, _file(rows), users["clerk_a"])


def _file(rows) -> str:
    head = "ma_dang_ky,ma_phong_trao,ma_don_vi,doi_tuong,ten_doi_tuong,ngay_dang_ky,nam,ket_qua,"
    return head + "ngay_danh_gia\n" + "".join(r + "\n" for r in rows)


def test_movements_import_with_their_units(movement):
    assert [u.code for u in movement.participants.order_by("code")] == ["A", "A1"]
    assert movement.launch_document.startswith("Kế hoạch số 19/KH-BQL")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("TD-2,X,A,01/10/2025,31/12/2019,,A", "ngày kết thúc trước ngày bắt đầu"),
        ("TD-2,X,A,01/10/2019,31/12/2025,,A; KHONG", "«KHONG»"),
        ("TD-2,X,A,31/02/2019,31/12/2025,,A", "«31/02/2019» không phải ngày hợp lệ"),
        ("TD-2,,A,01/10/2019,31/12/2025,,A", "bắt buộc"),
    ],
)
def test_a_bad_movement_row_imports_nothing(db, users, row, message):
    head = MOVEMENTS_CSV.splitlines()[0] + "\n"
    text = head + MOVEMENTS_CSV.splitlines()[1] + "\n" + row + "\n"
    assert message in _refused(MOVEMENTS, text, users["clerk_a"])
    assert not Movement.objects.exists()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("R9,TD-KHONG,A,tap_the,Văn phòng,10/03/2021,2021,,", "không có phong trào"),
        ("R9,TD-1,B,tap_the,Sở B,10/03/2021,2021,,", "bạn không được ghi sổ của đơn vị này"),
        ("R9,TD-1,A,tap_the,Văn phòng,10/03/2021,2031,,", "ngoài thời gian"),
        ("R9,TD-1,A,nhom,Văn phòng,10/03/2021,2021,,", "chọn một trong: Tập thể, Cá nhân"),
        ("R9,TD-1,A,tap_the,Văn phòng,10/03/2021,2021,dat,", "phải có ngày đánh giá"),
        ("R9,TD-1,A,tap_the,Văn phòng,10/03/2021,2021,,15/12/2021", "phải có kết quả"),
        ("R9,TD-1,A,tap_the,Văn phòng,10/03/2021,2021,dat,01/03/2021", "trước ngày đăng ký"),
    ],
)
def test_a_bad_registration_row_imports_nothing(movement, users, row, message):
    good = "R1,TD-1,A,Tập thể,Văn phòng,10/03/2021,2021,Đạt,15/12/2021"
    assert message in _refused(REGISTRATIONS, _file([good, row]), users["clerk_a"])
    assert not Registration.objects.exists()


def test_a_unit_not_taking_part_cannot_register(db, users):
    text = MOVEMENTS_CSV.replace(",A; A1\n", ",A1\n")
    assert _import(MOVEMENTS, text, users["head_a"]).created == 1
    row = "R9,TD-1,A,tap_the,Sở Nội vụ,10/03/2021,2021,,"
    assert "đơn vị «A» không tham gia phong trào «TD-1»" in _refused(
        REGISTRATIONS, _file([row]), users["head_a"]
    )


def test_figures_at_the_window_edges_and_the_ratio_from_summed_parts(movement, users):
    result = _registrations(
        users,
        [
            "R1,TD-1,A,Tập thể,Văn phòng,10/03/2021,2021,Xuất sắc,31/12/2021",
            "R2,TD-1,A,Cá nhân,Nguyễn Văn A,10/03/2021,2021,Đạt,01/01/2022",
            "R3,TD-1,A,Cá nhân,Trần Thị B,10/03/2021,2021,Không đạt,15/12/2021",
            # Registered without an assessment: counts as registered, never as đạt.
            "R4,TD-1,A,ca_nhan,Lê Văn C,10/03/2021,2021,,",
        ],
    )
    assert result.created == 4
    units = OrgUnit.objects.filter(code="A")
    figures = indicators_compute(units, Window(D(2021, 1, 1), D(2021, 12, 31)), single_unit=True)
    assert figures.value("TD_PHONG_TRAO") == 1
    assert figures.value("TD_DANG_KY_TAP_THE") == 1
    assert figures.value("TD_DANG_KY_CA_NHAN") == 3
    assert figures.value("TD_DAT_TAP_THE") == 1  # assessed on the window's last day
    assert figures.value("TD_DAT_CA_NHAN") == 0  # R2 assessed the day after; R3 không đạt
    ratio = figures.value("TL_TD_DAT")
    assert (ratio.numerator, ratio.denominator) == (1, 4)
    later = indicators_compute(units, Window(D(2022, 1, 1), D(2022, 12, 31)), single_unit=True)
    assert later.value("TD_DAT_CA_NHAN") == 1 and later.value("TD_DANG_KY_CA_NHAN") == 0


def test_culture_recognitions_count_by_decision_day(movement, users):
    text = (
        "ma,ma_don_vi,nam,so_quyet_dinh,ngay_quyet_dinh\n"
        "CQ-1,A,2020,15/QĐ-BCĐ,20/01/2021\nCQ-2,A,2021,09/QĐ-BCĐ,19/01/2022\n"
    )
    assert _import(RECOGNITIONS, text, users["clerk_a"]).created == 2
    units = OrgUnit.objects.filter(code="A")
    figures = indicators_compute(units, Window(D(2021, 1, 1), D(2021, 12, 31)), single_unit=True)
    assert figures.value("CQ_DAT_CHUAN_VAN_HOA") == 1


def _criteria(movement, user):
    yes = services.criterion_add(
        user=user,
        movement=movement,
        text="Thực hiện Quy chế văn hóa công sở",
        applies_to="ca_hai",
        method="co_khong",
    )
    score = services.criterion_add(
        user=user,
        movement=movement,
        text="Giao tiếp, ứng xử",
        applies_to="ca_nhan",
        method="diem",
        max_score=Decimal("10"),
        pass_score=Decimal("8"),
    )
    by_indicator = services.criterion_add(
        user=user,
        movement=movement,
        text="Hồ sơ đúng hạn từ 95% trở lên",
        applies_to="tap_the",
        method="chi_tieu",
        indicator_code="TL_DUNG_HAN",
        operator=">=",
        threshold=Decimal("95"),
    )
    return yes, score, by_indicator


def test_criteria_refuse_what_cannot_be_assessed(movement, users):
    with pytest.raises(Forbidden):
        services.criterion_add(
            user=users["clerk_b"], movement=movement, text="X", applies_to="ca_hai",
            method="co_khong",
        )  # fmt: skip
    with pytest.raises(DomainError, match="điểm tối đa"):
        services.criterion_add(
            user=users["clerk_a"], movement=movement, text="X", applies_to="ca_hai",
            method="diem", max_score=Decimal("5"), pass_score=Decimal("8"),
        )  # fmt: skip
    with pytest.raises(DomainError, match="Không có chỉ tiêu «KHONG_CO»"):
        services.criterion_add(
            user=users["clerk_a"], movement=movement, text="X", applies_to="ca_hai",
            method="chi_tieu", indicator_code="KHONG_CO", operator=">=", threshold=Decimal("1"),
        )  # fmt: skip
    assert not Criterion.objects.exists()


def test_an_individual_is_assessed_against_its_criteria(movement, users):
    yes, score, _ = _criteria(movement, users["clerk_a"])
    assert _registrations(users, ["R2,TD-1,A,ca_nhan,Nguyễn Văn A,10/03/2021,2021,,"]).created == 1
    registration = Registration.objects.get(code="R2")
    with pytest.raises(DomainError) as error:
        services.registration_assess(
            user=users["clerk_a"],
            registration=registration,
            result="dat",
            assessed_on=D(2021, 12, 15),
            lines={yes.pk: {"met": True}, score.pk: {"score": "7,5"}},
        )
    assert "chưa đạt tiêu chí «Giao tiếp, ứng xử»" in error.value.message
    registration.refresh_from_db()
    assert registration.result == "" and not registration.assessments.exists()
    with pytest.raises(DomainError, match="trước ngày đăng ký"):
        services.registration_assess(
            user=users["clerk_a"], registration=registration, result="khong_dat",
            assessed_on=D(2021, 1, 1), lines={yes.pk: {"met": False}, score.pk: {"score": "5"}},
        )  # fmt: skip
    with pytest.raises(Forbidden):
        services.registration_assess(
            user=users["clerk_b"], registration=registration, result="khong_dat",
            assessed_on=D(2021, 12, 15), lines={},
        )  # fmt: skip
    done = services.registration_assess(
        user=users["clerk_a"],
        registration=registration,
        result="xuat_sac",
        assessed_on=D(2021, 12, 15),
        lines={yes.pk: {"met": True, "evidence": "Biên bản bình xét"}, score.pk: {"score": "9,5"}},
    )
    assert done.result == "xuat_sac"
    assert sorted(a.score or 0 for a in done.assessments.all()) == [0, Decimal("9.5")]


def test_an_indicator_criterion_is_computed_from_the_registers(movement, users):
    _, _, by_indicator = _criteria(movement, users["clerk_a"])
    assert _registrations(users, ["R1,TD-1,A,tap_the,Văn phòng,10/03/2021,2021,,"]).created == 1
    registration = Registration.objects.get(code="R1")
    # No dossier in 2021: the criterion has no figure, and the assessment says so.
    assert services.criterion_value(by_indicator, registration) is None
    yes = movement.criteria.get(method="co_khong")
    with pytest.raises(DomainError, match="chưa có số liệu của chỉ tiêu trong năm 2021"):
        services.registration_assess(
            user=users["clerk_a"], registration=registration, result="dat",
            assessed_on=D(2021, 12, 15), lines={yes.pk: {"met": True}},
        )  # fmt: skip
    assert services.criterion_met(by_indicator, Decimal("99.4")) is True
    assert services.criterion_met(by_indicator, Decimal("94.99")) is False


def test_pages_follow_the_access_gate(movement, users, client):
    assert _registrations(users, ["R1,TD-1,A,tap_the,Văn phòng,10/03/2021,2021,,"]).created == 1
    registration = Registration.objects.get(code="R1")
    client.force_login(users["clerk_b"])
    assert client.get(reverse("emulation:movement", args=[movement.pk])).status_code == 404
    assert client.get(reverse("emulation:registration", args=[registration.pk])).status_code == 404
    assert "TD-1" not in client.get(reverse("emulation:list")).content.decode()
    client.force_login(users["clerk_a"])
    page = client.get(reverse("emulation:movement", args=[movement.pk])).content.decode()
    assert "Thi đua thực hiện văn hóa công sở" in page and "Năm 2021" in page
    typed = client.post(
        reverse("emulation:movement", args=[movement.pk]),
        {"text": "Chấm điểm", "applies_to": "ca_hai", "method": "diem", "max_score": "abc"},
    ).content.decode()
    assert "«abc» không phải số" in typed and "Chấm điểm" in typed


def test_a_second_recognition_of_a_unit_and_year_is_a_problem_not_a_500(users):
    """One recognition per unit and year: a file that repeats it, or a row with a new code for
    a unit and year already recognised, is refused row by row and writes nothing."""
    header = "ma,ma_don_vi,nam,ngay_quyet_dinh\n"
    assert _import(RECOGNITIONS, header + "CQ-1,A,2021,19/01/2022\n", users["clerk_a"]).created
    twice = _refused(
        RECOGNITIONS, header + "CQ-8,A1,2021,19/01/2022\nCQ-9,A1,2021,20/01/2022\n", users["head_a"]
    )
    assert "trùng đơn vị và năm với dòng 2" in twice
    renamed = _refused(RECOGNITIONS, header + "CQ-2,A,2021,19/01/2022\n", users["clerk_a"])
    assert "trùng đơn vị và năm với bản ghi đã có «CQ-1»" in renamed
    from danvan.emulation.models import CultureRecognition

    assert list(CultureRecognition.objects.values_list("code", flat=True)) == ["CQ-1"]
    # The same record re-imported (same code) is not a clash with itself.
    again = _import(RECOGNITIONS, header + "CQ-1,A,2021,19/01/2022\n", users["clerk_a"])
    assert (again.created, again.updated) == (0, 0)
