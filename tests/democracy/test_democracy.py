"""Grassroots democracy in agencies: the dated catalogue, yearly obligations, publicity on time,
staff conference attendance, the people's inspection board, imports, the API, the deadline
engine's view of it (overview, digest), the CLI."""

import datetime
import json

import pytest
from django.core.management import call_command

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.activities.models import StaffConference
from danvan.core.errors import Forbidden, Invalid
from danvan.core.importing import ImportRejected
from danvan.deadlines.selectors import deadlines_for
from danvan.deadlines.status import State, Status
from danvan.democracy import services
from danvan.democracy.models import BoardSupervision, Obligation, ObligationType
from danvan.democracy.selectors import attendance_text
from danvan.indicators.engine import indicator_records, indicators_compute
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

D = datetime.date
Y2023 = Window(D(2023, 1, 1), D(2023, 12, 31))
TODAY = D(2026, 12, 2)


def _import(slug, text):
    return register_import(
        registers()[slug], text.encode(), f"{slug}.csv", units=access_register_units(SYSTEM)
    )


def _obligation(unit, code, year=2023):
    return Obligation.objects.get(unit=unit, year=year, type__code=code)


# -- the catalogue ------------------------------------------------------------------------


def test_the_catalogue_is_seeded_with_the_law_and_the_decree_before_it(db):
    codes = set(ObligationType.objects.values_list("code", flat=True))
    assert {
        "CK_DU_TOAN",
        "CK_QUYET_TOAN",
        "CK_CHI_TIEU_NOI_BO",
        "CK_TUYEN_DUNG",
        "CK_BO_NHIEM",
        "CK_DIEU_DONG",
        "CK_TAI_SAN",
        "CK_KE_HOACH_NAM",
        "HNCB_HANG_NAM",
        "BCD_KIEN_TOAN",
        "BTTND_BAU",
        "BTTND_BAO_CAO",
    } <= codes
    law = ObligationType.objects.get(code="HNCB_HANG_NAM", valid_from=D(2023, 7, 1))
    assert "Điều 51" in law.legal_ref and law.valid_to is None
    old = ObligationType.objects.get(code="HNCB_HANG_NAM", valid_from=D(2015, 3, 1))
    assert old.valid_to == D(2023, 6, 30) and "04/2015" in old.legal_ref


def test_a_revision_is_a_new_dated_row_and_applies_only_from_its_date(tree, users):
    services.obligation_type_revise(
        user=users["admin"], code="CK_TAI_SAN", valid_from=D(2025, 1, 1), due_rule="15/4 hằng năm"
    )
    versions = list(ObligationType.objects.filter(code="CK_TAI_SAN").order_by("valid_from"))
    assert [v.valid_to for v in versions] == [D(2023, 6, 30), D(2024, 12, 31), None]
    assert versions[-1].due_rule == "trước ngày 15/4 hằng năm"
    services.obligations_instantiate(year=2024, units=[tree["A"]])
    services.obligations_instantiate(year=2025, units=[tree["A"]])
    assert _obligation(tree["A"], "CK_TAI_SAN", 2024).due_on == D(2024, 3, 31)
    assert _obligation(tree["A"], "CK_TAI_SAN", 2025).due_on == D(2025, 4, 15)


def test_a_type_valid_from_mid_year_does_not_create_the_earlier_date_of_that_year(tree, users):
    services.obligation_type_create(
        user=users["admin"],
        code="CK_MOI",
        valid_from=D(2023, 7, 1),
        label="Công khai mới",
        category="cong_khai",
        due_rule="trước ngày 31/3 hằng năm",
        legal_ref="Luật Thực hiện dân chủ ở cơ sở 2022, Điều 41",
        unit_kinds=["so_nganh"],
        forms=["niem_yet"],
    )
    services.obligations_instantiate(year=2023, units=[tree["A"]])
    assert not Obligation.objects.filter(type__code="CK_MOI", year=2023).exists()
    services.obligations_instantiate(year=2024, units=[tree["A"]])
    assert _obligation(tree["A"], "CK_MOI", 2024).due_on == D(2024, 3, 31)


def test_only_a_province_administrator_edits_the_catalogue_and_bad_input_is_named(tree, users):
    with pytest.raises(Forbidden):
        services.obligation_type_revise(
            user=users["admin_a"], code="CK_TAI_SAN", valid_from=D(2025, 1, 1)
        )
    with pytest.raises(Invalid) as caught:
        services.obligation_type_revise(
            user=users["admin"], code="CK_TAI_SAN", valid_from=D(2020, 1, 1), due_rule="sớm"
        )
    assert {p["field"] for p in caught.value.problems} == {"valid_from"}
    with pytest.raises(Invalid) as caught:
        services.obligation_type_revise(
            user=users["admin"], code="CK_TAI_SAN", valid_from=D(2025, 1, 1), due_rule="sớm"
        )
    assert "không phải thời hạn hợp lệ" in caught.value.problems[0]["reason"]
    assert ObligationType.objects.filter(code="CK_TAI_SAN").count() == 2


# -- yearly obligations ------------------------------------------------------------------


def test_instantiate_is_idempotent_and_follows_unit_kinds(tree):
    first = services.obligations_instantiate(year=2023, units=OrgUnit.objects.all())
    assert first
    units = {o.unit.code for o in first}
    assert units == {"A", "B"}  # sở; not the province, a phòng, nor a commune opened in 2025
    done = _obligation(tree["A"], "CK_TAI_SAN")
    done.state, done.done_on = State.HOAN_THANH, D(2023, 3, 1)
    done.save()
    again = services.obligations_instantiate(year=2023, units=OrgUnit.objects.all())
    assert again == []
    assert Obligation.objects.count() == len(first)
    assert _obligation(tree["A"], "CK_TAI_SAN").state == State.HOAN_THANH
    # 31/03/2023 is under the decree's version; "after an event" ones wait for their event.
    assert _obligation(tree["A"], "CK_TAI_SAN").type.valid_from == D(2015, 3, 1)
    assert _obligation(tree["A"], "CK_DU_TOAN").due_on is None


def test_the_inspection_board_election_falls_due_only_at_the_end_of_its_term(tree, users):
    services.inspection_board_set(
        user=users["head_a"],
        unit=tree["A"],
        term_from=D(2022, 3, 10),
        term_to=D(2024, 3, 9),
        members="An; Chủ tịch Công đoàn; Trưởng ban\nBình; ; Thành viên\nChi; ; Thành viên",
    )
    services.obligations_instantiate(year=2023, units=[tree["A"], tree["B"]])
    services.obligations_instantiate(year=2024, units=[tree["A"]])
    assert not Obligation.objects.filter(unit=tree["A"], year=2023, type__code="BTTND_BAU")
    assert Obligation.objects.filter(unit=tree["A"], year=2024, type__code="BTTND_BAU").exists()
    assert Obligation.objects.filter(unit=tree["B"], year=2023, type__code="BTTND_BAU").exists()


def test_the_kind_creates_the_year_on_its_first_working_day_only(tree):
    # 01/01/2023 is a Sunday and 02/01/2023 the day off for New Year: the 3rd is the first.
    assert services.obligations_daily(D(2023, 1, 2)) == []
    lines = services.obligations_daily(D(2023, 1, 3))
    assert lines and "năm 2023" in lines[0]
    assert services.obligations_daily(D(2023, 1, 3)) == []


def test_cli_instantiates_a_unit_and_its_subtree(tree, capsys):
    call_command("obligations", "--year", "2023", "--unit", "A")
    assert "Đã tạo" in capsys.readouterr().out
    assert set(Obligation.objects.values_list("unit__code", flat=True)) == {"A"}
    call_command("obligations", "--year", "2023", "--unit", "A")
    assert "Đã tạo 0 nghĩa vụ" in capsys.readouterr().out


# -- publicity and the CK indicators -----------------------------------------------------


@pytest.fixture
def year_2023(tree):
    services.obligations_instantiate(year=2023, units=[tree["A"], tree["B"]])
    return tree


def test_an_event_date_gives_the_due_date_in_working_days_and_the_version_of_that_day(
    year_2023, users
):
    o = _obligation(year_2023["A"], "CK_DU_TOAN")
    # Friday 28/04/2023: 29/04–03/05 are off; three working days later is Monday 08/05.
    services.obligation_event_set(user=users["clerk_a"], obligation=o, event_on=D(2023, 4, 28))
    assert o.due_on == D(2023, 5, 8)
    assert o.type.valid_from == D(2015, 3, 1)  # the decree was still in force on 28/04/2023


def test_publicity_one_day_late_is_done_but_not_on_time(year_2023, users):
    clerk = users["clerk_a"]
    on_time = _obligation(year_2023["A"], "CK_TAI_SAN")  # due 31/03/2023
    services.obligation_complete(
        user=clerk, obligation=on_time, done_on=D(2023, 3, 31), form="niem_yet", today=TODAY
    )
    late = _obligation(year_2023["A"], "CK_DU_TOAN")
    services.obligation_event_set(user=clerk, obligation=late, event_on=D(2023, 1, 5))
    assert late.due_on == D(2023, 1, 10)
    services.obligation_complete(
        user=clerk, obligation=late, done_on=D(2023, 1, 11), form="van_ban", today=TODAY
    )
    assert on_time.status_on(TODAY) == Status.HOAN_THANH
    assert late.status_on(TODAY) == Status.HOAN_THANH_QUA_HAN
    b_open = _obligation(year_2023["B"], "CK_TAI_SAN")  # never published
    units = OrgUnit.objects.filter(code__in=["A", "B"])
    result = indicators_compute(units, Y2023)
    v = result.values
    assert (v["CK_PHAI_CONG_KHAI"], v["CK_DA_CONG_KHAI"], v["CK_DUNG_HAN"]) == (3, 2, 1)
    assert result.ratios["TL_CONG_KHAI_DUNG_HAN"] == Ratio(1, 3)
    shortfall = indicator_records(units, Y2023, "TL_CONG_KHAI_DUNG_HAN", "khong_dat")
    assert set(shortfall) == {late, b_open}
    # Published in the next window: not "đã công khai" by the end of this one.
    q1 = Window(D(2023, 1, 1), D(2023, 3, 30))
    assert indicators_compute(units, q1).values["CK_DA_CONG_KHAI"] == 1


def test_bad_publicity_input_changes_nothing(year_2023, users):
    o = _obligation(year_2023["A"], "CK_TAI_SAN")
    with pytest.raises(Invalid) as caught:
        services.obligation_complete(
            user=users["clerk_a"], obligation=o, done_on=D(2027, 1, 1), form="", today=TODAY
        )
    assert {p["field"] for p in caught.value.problems} == {"done_on", "form"}
    with pytest.raises(Forbidden):
        services.obligation_complete(
            user=users["clerk_b"], obligation=o, done_on=D(2023, 3, 1), form="niem_yet", today=TODAY
        )
    o.refresh_from_db()
    assert (o.state, o.done_on) == (State.CHUA_THUC_HIEN, None)


def test_a_past_due_obligation_is_on_the_overview_and_in_the_digest(year_2023, users):
    """The digest of the engine (danvan/deadlines/reminders.py) reads deadlines_for(); until
    it is on main this test reads deadlines_for() itself, as the digest will."""
    items = deadlines_for(users["clerk_a"], day=D(2023, 4, 3), kinds=["democracy.obligation"])
    late = [i for i in items if i.overdue]
    titles = {i.title for i in late}
    assert "Tổ chức hội nghị cán bộ, công chức, viên chức hằng năm năm 2023" in titles
    line = next(i for i in late if i.title.startswith("Tổ chức hội nghị"))
    assert line.status == Status.QUA_HAN and line.days_left == -1  # 31/03 (Fri) → 03/04 (Mon)
    assert line.unit == year_2023["A"] and line.url.startswith("/dan-chu-co-so/nghia-vu/")
    # Nobody of another unit sees it.
    theirs = deadlines_for(users["clerk_b"], day=D(2023, 4, 3), kinds=["democracy.obligation"])
    assert theirs and {i.unit for i in theirs} == {year_2023["B"]}
    try:
        from danvan.deadlines import reminders  # the engine's digest, once it is on main
    except ImportError:
        return
    items = reminders.digest_items(users["clerk_a"], D(2023, 4, 3))
    lines = reminders.digest_lines(items, D(2023, 4, 3))
    assert any(
        line.startswith("Nghĩa vụ thực hiện dân chủ ở cơ sở: Tổ chức hội nghị cán bộ")
        for line in lines
    )


# -- the staff conference ------------------------------------------------------------------


def test_attendance_ratio_is_summed_over_units_not_averaged(tree):
    _import(
        "staff-conferences",
        "ma,ma_don_vi,ngay,so_nguoi,tong_so,so_nghi_quyet\n"
        "C1,A,08/03/2023,150,160,01/NQ\nC2,B,10/03/2023,9,11,\n"
        "C3,A1,12/03/2023,20,,\n",
    )
    units = OrgUnit.objects.all()
    result = indicators_compute(units, Y2023)
    assert (result.values["HNCB_THAM_DU"], result.values["HNCB_TONG_SO"]) == (159, 171)
    ratio = result.ratios["TL_HNCB_THAM_DU"]
    assert ratio == Ratio(159, 171) and str(ratio.percent) == "93.0"  # not (93,75+81,8)/2
    assert attendance_text(159, 171) == "159/171 (93,0%)"
    c1 = StaffConference.objects.get(code="C1")
    assert (c1.staff_total, c1.resolution_number) == (160, "01/NQ")
    assert StaffConference.objects.get(code="C3").staff_total is None


def test_attendees_over_the_total_are_refused_and_nothing_is_imported(tree):
    with pytest.raises(ImportRejected, match="vượt tổng số người phải tham dự"):
        _import(
            "staff-conferences",
            "ma,ma_don_vi,ngay,so_nguoi,tong_so\nC1,A,08/03/2023,10,12\nC2,A,09/03/2023,13,12\n",
        )
    assert not StaffConference.objects.exists()


def test_resolution_items_are_tracked_like_recommendations(tree, users):
    conference = StaffConference.objects.create(
        code="C1", unit=tree["A"], held_on=D(2023, 3, 8), attendees=10, staff_total=12
    )
    item = services.resolution_item_add(
        user=users["clerk_a"], conference=conference, content="Sửa quy chế", due_on=D(2023, 6, 30)
    )
    items = deadlines_for(users["clerk_a"], day=D(2023, 7, 3), kinds=["democracy.resolution_item"])
    assert [(i.title, i.status) for i in items] == [("Sửa quy chế", Status.QUA_HAN)]
    services.resolution_item_done(
        user=users["clerk_a"], item=item, done_on=D(2023, 7, 3), result="Xong", today=TODAY
    )
    assert item.status_on(TODAY) == Status.HOAN_THANH_QUA_HAN
    with pytest.raises(Forbidden):
        services.resolution_item_add(
            user=users["clerk_b"], conference=conference, content="X", due_on=None
        )


# -- the boards and the BTTND register ------------------------------------------------------

SUPERVISIONS_CSV = (
    "ma,ma_don_vi,ngay,noi_dung,so_kien_nghi,so_kien_nghi_tiep_thu\n"
    "S1,A,20/04/2023,Chi tiêu nội bộ,3,3\nS2,A,15/08/2023,Tuyển dụng,2,1\n"
    "S3,B,01/09/2023,Công khai tài chính,4,2\n"
)


def test_bttnd_supervisions_import_and_indicators(tree, users):
    board = services.inspection_board_set(
        user=users["head_a"],
        unit=tree["A"],
        term_from=D(2022, 3, 10),
        term_to=D(2024, 3, 9),
        members="An; Công đoàn; Trưởng ban\nBình; ; Phó Trưởng ban\nChi; ; Thành viên",
    )
    result = _import("people-inspection-supervisions", SUPERVISIONS_CSV)
    assert result.created == 3
    assert BoardSupervision.objects.get(code="S1").board == board
    assert BoardSupervision.objects.get(code="S3").board is None
    v = indicators_compute(OrgUnit.objects.all(), Y2023).values
    assert (v["BTTND_CUOC_GIAM_SAT"], v["BTTND_KIEN_NGHI"], v["BTTND_KIEN_NGHI_TIEP_THU"]) == (
        3,
        9,
        6,
    )
    again = _import("people-inspection-supervisions", SUPERVISIONS_CSV)
    assert (again.created, again.unchanged) == (0, 3)


def test_a_bad_supervision_row_rejects_the_whole_file(tree):
    bad = SUPERVISIONS_CSV + "S4,A,31/02/2023,X,1,0\nS5,A,01/10/2023,Y,1,2\n"
    with pytest.raises(ImportRejected) as caught:
        _import("people-inspection-supervisions", bad)
    assert {p.code for p in caught.value.problems} == {"ngay", "so_kien_nghi_tiep_thu"}
    assert not BoardSupervision.objects.exists()


def test_cli_import_of_supervisions(tree, tmp_path, capsys):
    path = tmp_path / "bttnd.csv"
    path.write_text(SUPERVISIONS_CSV, encoding="utf-8")
    call_command("import", "people-inspection-supervisions", str(path))
    assert BoardSupervision.objects.count() == 3


def test_board_members_are_checked(tree, users):
    with pytest.raises(Invalid, match="từ 03 đến 09"):
        services.inspection_board_set(
            user=users["head_a"],
            unit=tree["A"],
            term_from=D(2022, 3, 10),
            term_to=D(2024, 3, 9),
            members="An; Công đoàn; Trưởng ban",
        )
    with pytest.raises(Invalid, match="Họ và tên; chức vụ; vai trò"):
        services.steering_board_set(
            user=users["head_a"],
            unit=tree["A"],
            decision_number="1/QĐ",
            decided_on=D(2023, 2, 1),
            members="An; Công đoàn; Chủ tịch",
        )
    board = services.steering_board_set(
        user=users["head_a"],
        unit=tree["A"],
        decision_number="1/QĐ",
        decided_on=D(2023, 2, 1),
        members="An; Phó Giám đốc; Trưởng ban\nBình; Chánh Văn phòng; Phó Trưởng ban",
    )
    assert [m.role for m in board.members.all()] == ["truong_ban", "pho_truong_ban"]


# -- the API ---------------------------------------------------------------------------------


def test_api_lists_and_completes_an_obligation(year_2023, users, api_client):
    client = api_client(users["clerk_a"])
    listed = client.get("/api/v1/democracy/obligations/?unit=A&year=2023").json()
    tai_san = next(o for o in listed if o["type"] == "CK_TAI_SAN")
    assert tai_san["due"] == "2023-03-31" and tai_san["status"] == "qua_han"
    url = f"/api/v1/democracy/obligations/{tai_san['id']}/complete"
    bad = client.post(url, json.dumps({"done_on": "2023-03-30"}), content_type="application/json")
    assert bad.status_code == 422 and bad.json()["problems"][0]["field"] == "form"
    ok = client.post(
        url,
        json.dumps({"done_on": "2023-03-30", "form": "niem_yet", "evidence_label": "Biên bản"}),
        content_type="application/json",
    )
    assert ok.status_code == 200 and ok.json()["status"] == "hoan_thanh"
    other = api_client(users["clerk_b"])
    assert other.get(f"/api/v1/democracy/obligations/{tai_san['id']}").status_code == 404
    assert other.get("/api/v1/democracy/obligations/?unit=A").status_code == 404
    forbidden = other.post(
        url, json.dumps({"done_on": "2023-03-30", "form": "niem_yet"}), "application/json"
    )
    assert forbidden.status_code == 404


def test_api_boards(tree, users, api_client):
    services.steering_board_set(
        user=users["head_a"],
        unit=tree["A"],
        decision_number="1/QĐ",
        decided_on=D(2023, 2, 1),
        members="An; Phó Giám đốc; Trưởng ban",
    )
    body = api_client(users["clerk_a"]).get("/api/v1/democracy/boards/?unit=A").json()
    assert body["steering_boards"][0]["members"][0]["role"] == "truong_ban"
    assert api_client(users["clerk_b"]).get("/api/v1/democracy/boards/?unit=A").status_code == 404


# -- pages -------------------------------------------------------------------------------------


def test_the_overview_shows_the_late_obligation_and_a_stranger_sees_nothing(
    year_2023, users, login
):
    page = login(users["clerk_a"]).get("/dan-chu-co-so/?don_vi=A&nam=2023").content.decode()
    assert "nghĩa vụ đã quá hạn" in page and "Tổ chức hội nghị cán bộ" in page
    # A year is a year, not a number with a thousands dot.
    assert "năm 2023" in page and 'value="2023"' in page and "2.023" not in page
    stranger = login(users["clerk_b"]).get("/dan-chu-co-so/?don_vi=A&nam=2023").content.decode()
    assert "Sở Nội vụ" not in stranger
    o = _obligation(year_2023["A"], "CK_TAI_SAN")
    assert login(users["clerk_b"]).get(f"/dan-chu-co-so/nghia-vu/{o.pk}/").status_code == 404


def test_the_catalogue_page_keeps_history(tree, users, login):
    client = login(users["admin"])
    page = client.get("/dan-chu-co-so/danh-muc/CK_TAI_SAN/").content.decode()
    assert "01/03/2015" in page and "30/06/2023" in page and "Phiên bản mới" in page
    assert (
        "Phiên bản mới"
        not in login(users["clerk_a"]).get("/dan-chu-co-so/danh-muc/CK_TAI_SAN/").content.decode()
    )


def test_instantiation_is_audited(tree):
    from danvan.audit.models import AuditEvent

    before = AuditEvent.objects.count()
    created = services.obligations_instantiate(year=2023, units=[tree["A"]])
    assert AuditEvent.objects.count() == before + len(created)


def test_an_administrator_saves_a_new_version_from_the_page(tree, users, login):
    client = login(users["admin"])
    form = {
        "sua-label": "Công khai bản kê khai tài sản, thu nhập",
        "sua-category": "cong_khai",
        "sua-publicity_forms": ["niem_yet"],
        "sua-due_rule": "trước ngày 15/4 hằng năm",
        "sua-occurs": "hang_nam",
        "sua-legal_ref": "Luật Phòng, chống tham nhũng 2018, Điều 39",
        "sua-unit_kinds": ["so_nganh"],
        "sua-valid_from": "01/01/2027",
    }
    response = client.post("/dan-chu-co-so/danh-muc/CK_TAI_SAN/", form)
    assert response.status_code == 302
    assert ObligationType.objects.filter(code="CK_TAI_SAN").count() == 3
    bad = client.post(
        "/dan-chu-co-so/danh-muc/CK_TAI_SAN/", {**form, "sua-valid_from": "31/02/2028"}
    )
    assert "Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy" in bad.content.decode()
    assert ObligationType.objects.filter(code="CK_TAI_SAN").count() == 3
    refused = login(users["admin_a"]).post("/dan-chu-co-so/danh-muc/CK_TAI_SAN/", form)
    assert refused.status_code == 403


def test_the_obligation_page_refuses_a_future_date_in_vietnamese(year_2023, users, login):
    o = _obligation(year_2023["A"], "CK_TAI_SAN")
    client = login(users["clerk_a"])
    page = client.post(
        f"/dan-chu-co-so/nghia-vu/{o.pk}/",
        {"action": "cong_khai", "done_on": "01/01/2999", "form": "niem_yet"},
    ).content.decode()
    assert "Ngày công khai 01/01/2999 chưa đến." in page
    o.refresh_from_db()
    assert o.state == State.CHUA_THUC_HIEN
    done = client.post(
        f"/dan-chu-co-so/nghia-vu/{o.pk}/",
        {"action": "cong_khai", "done_on": "30/03/2023", "form": "niem_yet"},
    )
    assert done.status_code == 302
    o.refresh_from_db()
    assert (o.state, o.done_on) == (State.HOAN_THANH, D(2023, 3, 30))
    stranger = login(users["clerk_b"]).post(
        f"/dan-chu-co-so/nghia-vu/{o.pk}/", {"action": "huy", "reason": "x"}
    )
    assert stranger.status_code == 404


def test_a_reader_who_keeps_no_register_cannot_record(year_2023, users, login):
    o = _obligation(year_2023["A"], "CK_TAI_SAN")
    aggregator = login(users["aggregator"])
    assert aggregator.get(f"/dan-chu-co-so/nghia-vu/{o.pk}/").status_code == 200
    refused = aggregator.post(
        f"/dan-chu-co-so/nghia-vu/{o.pk}/",
        {"action": "cong_khai", "done_on": "30/03/2023", "form": "niem_yet"},
    )
    assert refused.status_code == 403
