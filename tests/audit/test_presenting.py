"""The trail as people read it: Vietnamese statuses, kinds of record and field names, foreign
keys by name, dd/mm/yyyy, figures dictionaries as labelled lines — without rewriting events."""

import csv
import io

from danvan.audit.models import AuditEvent
from danvan.audit.presenting import References, event_changes, model_name, source_label
from tests.visible_text import visible_text


def _event(model, before, after, action="update", **extra):
    return AuditEvent.objects.create(
        username="quantri",
        source=extra.get("source", "web"),
        action=action,
        model=model,
        object_id=str(extra.get("object_id", 1)),
        object_repr=extra.get("repr", "bản ghi"),
        before=before,
        after=after,
        unit_path=extra.get("unit_path", "/P/"),
    )


def _lines(event):
    return {c.label: c for c in event_changes(event)}


def test_a_status_change_reads_in_vietnamese(tree):
    event = _event(
        "reporting.unitreport",
        {"status": "submitted", "submitted_at": "2024-11-02T03:04:05+00:00"},
        {"status": "accepted", "submitted_at": "2024-11-02T03:04:05+00:00"},
    )
    (change,) = event_changes(event)
    assert (change.label, change.before, change.after) == ("Tình trạng", "Đã gửi", "Đã tiếp nhận")
    assert model_name(event.model) == "Báo cáo của đơn vị"


def test_a_foreign_key_reads_as_the_referenced_name(tree):
    event = _event(
        "orgunits.orgunitversion",
        {"parent_id": tree["A"].pk, "valid_from": "2025-07-01"},
        {"parent_id": tree["B"].pk, "valid_from": "2025-08-15"},
    )
    changes = _lines(event)
    assert (changes["Đơn vị cấp trên"].before, changes["Đơn vị cấp trên"].after) == (
        "Sở Nội vụ",
        "Sở Tư pháp Bí Mật",
    )
    dates = next(c for c in changes.values() if c.before == "01/07/2025")
    assert dates.after == "15/08/2025"


def test_a_deleted_reference_says_so(tree):
    event = _event("reporting.requesttarget", {"unit_id": 99999}, {"unit_id": tree["A"].pk})
    (change,) = event_changes(event)
    assert change.label == "Đơn vị" and change.before == "#99999 (đã xóa)"
    assert model_name("reporting.requesttarget") == "Đơn vị được yêu cầu báo cáo"
    assert model_name("plans.planitem") == "Nhiệm vụ của kế hoạch"


def test_figures_read_as_labelled_lines(tree):
    event = _event(
        "reporting.unitreport",
        {"figures": {"values": {"HS_MOI": 12, "HS_KY_TRUOC": 3}}},
        {"figures": {"values": {"HS_MOI": 15, "HS_KY_TRUOC": 3}}},
    )
    (change,) = event_changes(event)
    assert change.label == "Số liệu khi gửi"
    assert change.lines == (("số liệu › HS_MOI (Số hồ sơ tiếp nhận mới trong kỳ)", "12", "15"),)


def test_overrides_and_sections_read_without_markup(tree):
    event = _event(
        "reporting.unitreport",
        {"overrides": {}, "sections": {"I": "<p>Cũ</p>"}},
        {
            "overrides": {"HS_MOI": {"value": "530", "reason": "Sổ thiếu 6 hồ sơ"}},
            "sections": {"I": "<p><strong>Năm 2022</strong>&nbsp;tiếp tục</p>"},
        },
    )
    changes = _lines(event)
    overrides = dict((k, new) for k, _, new in changes["Số liệu sửa tay"].lines)
    assert overrides["HS_MOI (Số hồ sơ tiếp nhận mới trong kỳ) › giá trị"] == "530"
    assert overrides["HS_MOI (Số hồ sơ tiếp nhận mới trong kỳ) › lý do"] == "Sổ thiếu 6 hồ sơ"
    ((key, old, new),) = changes["Nội dung"].lines
    assert (key, old, new) == ("I", "Cũ", "Năm 2022 tiếp tục")


def test_booleans_numbers_and_channels(tree):
    event = _event("dossiers.dossier", {"paid_online": False}, {"paid_online": True}, source="cli")
    (change,) = event_changes(event)
    assert (change.label, change.before, change.after) == ("Thanh toán trực tuyến", "Không", "Có")
    assert source_label("cli") == "Dòng lệnh" and source_label("api") == "API"


def test_references_are_read_once_per_page(tree, django_assert_max_num_queries):
    events = [
        _event("reporting.requesttarget", {"unit_id": tree["A"].pk}, {"unit_id": tree["B"].pk})
        for _ in range(20)
    ]
    with django_assert_max_num_queries(2):
        references = References(events)
        for event in events:
            event_changes(event, references)


def test_the_stored_event_is_not_rewritten(tree):
    event = _event("reporting.unitreport", {"status": "draft"}, {"status": "submitted"})
    event_changes(event)
    event.refresh_from_db()
    assert event.before == {"status": "draft"} and event.after == {"status": "submitted"}


def test_the_page_and_the_export_speak_vietnamese(users, tree, login):
    _event(
        "reporting.unitreport",
        {"status": "submitted", "unit_id": tree["A"].pk},
        {"status": "accepted", "unit_id": tree["A"].pk},
        repr="A — 7/SNV",
    )
    _event(
        "orgunits.orgunitversion",
        {"parent_id": tree["A"].pk},
        {"parent_id": tree["B"].pk},
        repr="Phòng",
    )
    _event(
        "reporting.unitreport",
        {"figures": {"values": {"HS_MOI": 12}}},
        {"figures": {"values": {"HS_MOI": 15}}},
    )
    client = login(users["admin"])
    text = visible_text(client.get("/nhat-ky/").content.decode())
    assert "Tình trạng: Đã gửi → Đã tiếp nhận" in text
    assert "Đơn vị cấp trên: Sở Nội vụ → Sở Tư pháp Bí Mật" in text
    assert "số liệu › HS_MOI (Số hồ sơ tiếp nhận mới trong kỳ): 12 → 15" in text
    assert "Báo cáo của đơn vị" in text and "Trang web" in text
    for code in ("submitted", "accepted", "parent_id", "unit_id", "reporting.unitreport", "{"):
        assert code not in text, code
    rows = list(
        csv.reader(
            io.StringIO(client.get("/nhat-ky/xuat/").content.decode("utf-8-sig")),
        )
    )
    by_change = "\n".join(row[8] for row in rows[1:])
    assert "Tình trạng: Đã gửi → Đã tiếp nhận" in by_change
    assert (
        "Số liệu khi gửi › số liệu › HS_MOI (Số hồ sơ tiếp nhận mới trong kỳ): 12 → 15" in by_change
    )
    assert {row[5] for row in rows[1:]} >= {"Báo cáo của đơn vị", "Tên đơn vị theo thời gian"}
