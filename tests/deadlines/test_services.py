"""The engine's writes on any kind's record: who may, which dates, reasons, evidence files."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.audit.models import AuditEvent
from danvan.core.errors import DomainError, Forbidden, Invalid
from danvan.deadlines import services
from danvan.deadlines.models import Evidence, ProgressNote
from danvan.deadlines.selectors import evidence_of, notes_of
from danvan.deadlines.status import State, Status

D = datetime.date
TODAY = D(2023, 5, 8)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(services, "_today", lambda: TODAY)


def _fresh(task):
    task.refresh_from_db()
    return task


# -- who may ------------------------------------------------------------------------------


def test_a_keeper_of_another_unit_is_refused_and_nothing_changes(users, make_task):
    task = make_task()
    for write in (
        lambda: services.deadline_progress(users["clerk_b"], task, State.DANG_THUC_HIEN, "x"),
        lambda: services.deadline_complete(users["clerk_b"], task, D(2023, 5, 5)),
        lambda: services.deadline_cancel(users["clerk_b"], task, "Không cần nữa"),
        lambda: services.evidence_add(users["clerk_b"], task, "lien_ket", "Cổng", "https://a.vn"),
    ):
        with pytest.raises(Forbidden, match="không có quyền cập nhật"):
            write()
    assert _fresh(task).state == State.CHUA_THUC_HIEN
    assert not notes_of(task).exists() and not evidence_of(task).exists()


def test_an_aggregator_who_only_sees_the_unit_may_not_change_it(users, make_task):
    task = make_task()
    with pytest.raises(Forbidden):
        services.deadline_complete(users["aggregator"], task, D(2023, 5, 5))
    assert not services.can_change_deadline(users["aggregator"], task)
    assert services.can_change_deadline(users["clerk_a"], task)
    assert services.can_change_deadline(users["head_a"], task)


def test_a_record_of_no_kind_is_refused(users, tree):
    with pytest.raises(DomainError, match="không phải việc có thời hạn"):
        services.deadline_cancel(users["clerk_a"], tree["A"], "lý do")


# -- progress -----------------------------------------------------------------------------


def test_progress_sets_the_state_and_keeps_a_dated_note(users, make_task):
    task = make_task()
    note = services.deadline_progress(
        users["clerk_a"], task, State.DANG_THUC_HIEN, " Đã dự thảo, chờ lãnh đạo ", D(2023, 5, 4)
    )
    assert _fresh(task).state == State.DANG_THUC_HIEN
    assert (note.day, note.text, note.created_by) == (
        D(2023, 5, 4),
        "Đã dự thảo, chờ lãnh đạo",
        users["clerk_a"],
    )
    # A note alone (same state) is fine; the day defaults to today.
    again = services.deadline_progress(users["clerk_a"], task, State.DANG_THUC_HIEN, "Đã trình")
    assert again.day == TODAY
    assert [n.text for n in notes_of(task)] == ["Đã dự thảo, chờ lãnh đạo", "Đã trình"]


@pytest.mark.parametrize(
    ("state", "note", "day", "message"),
    [
        ("hoan_thanh", "x", None, "chỉ có thể là «Chưa thực hiện» hoặc «Đang thực hiện»"),
        ("qua_han", "x", None, "chỉ có thể là"),
        ("chua_thuc_hien", "  ", None, "Chưa có gì để lưu"),
        ("dang_thuc_hien", "x", D(2023, 5, 9), "Ngày ghi tiến độ 09/05/2023 chưa tới"),
    ],
)
def test_bad_progress_is_refused_and_nothing_changes(users, make_task, state, note, day, message):
    task = make_task()
    with pytest.raises(DomainError, match=message):
        services.deadline_progress(users["clerk_a"], task, state, note, day)
    assert _fresh(task).state == State.CHUA_THUC_HIEN and not notes_of(task).exists()


def test_progress_on_a_closed_thing_asks_to_reopen_first(users, make_task):
    task = make_task(state=State.HOAN_THANH, done_on=D(2023, 5, 5))
    with pytest.raises(DomainError, match="đã hoàn thành; hãy mở lại"):
        services.deadline_progress(users["clerk_a"], task, State.DANG_THUC_HIEN, "x")


# -- completion ---------------------------------------------------------------------------


def test_complete_stores_the_date_the_user_gives_not_today(users, make_task):
    task = make_task()
    services.deadline_complete(users["clerk_a"], task, D(2023, 5, 5), "Đã gửi báo cáo")
    task = _fresh(task)
    assert (task.state, task.done_on) == (State.HOAN_THANH, D(2023, 5, 5))
    assert task.status_on(TODAY) == Status.HOAN_THANH
    assert [n.text for n in notes_of(task)] == ["Hoàn thành. Đã gửi báo cáo"]
    assert notes_of(task).get().day == D(2023, 5, 5)


def test_done_after_the_due_date_reads_as_done_late(users, make_task):
    task = make_task(due=D(2023, 5, 4))
    services.deadline_complete(users["head_a"], task, D(2023, 5, 5))
    assert _fresh(task).status_on(TODAY) == Status.HOAN_THANH_QUA_HAN


def test_done_today_is_allowed_a_future_day_is_refused(users, make_task):
    task = make_task()
    with pytest.raises(Invalid, match="Ngày hoàn thành 09/05/2023 chưa tới") as refused:
        services.deadline_complete(users["clerk_a"], task, D(2023, 5, 9))
    assert refused.value.problems[0]["field"] == "done_on"
    assert _fresh(task).state == State.CHUA_THUC_HIEN and _fresh(task).done_on is None
    services.deadline_complete(users["clerk_a"], task, TODAY)
    assert _fresh(task).done_on == TODAY


def test_done_before_the_start_of_the_record_is_refused(users, make_task):
    task = make_task(started_on=D(2023, 3, 1))
    with pytest.raises(Invalid, match="28/02/2023 trước ngày bắt đầu của việc \\(01/03/2023\\)"):
        services.deadline_complete(users["clerk_a"], task, D(2023, 2, 28))
    services.deadline_complete(users["clerk_a"], task, D(2023, 3, 1))  # the start day itself
    assert _fresh(task).state == State.HOAN_THANH


def test_done_without_a_date_is_refused(users, make_task):
    with pytest.raises(Invalid, match="Hãy nhập ngày hoàn thành"):
        services.deadline_complete(users["clerk_a"], make_task(), None)


def test_reopen_clears_the_done_date_and_keeps_the_history(users, make_task):
    task = make_task()
    services.deadline_complete(users["clerk_a"], task, D(2023, 5, 5))
    with pytest.raises(DomainError, match="đã hoàn thành; hãy mở lại"):
        services.deadline_complete(users["clerk_a"], task, D(2023, 5, 6))
    services.deadline_reopen(users["clerk_a"], task, "Thiếu phụ lục")
    task = _fresh(task)
    assert (task.state, task.done_on) == (State.DANG_THUC_HIEN, None)
    assert notes_of(task).last().text == "Mở lại (đã hoàn thành ngày 05/05/2023). Thiếu phụ lục"
    with pytest.raises(DomainError, match="đang mở"):
        services.deadline_reopen(users["clerk_a"], task)


# -- cancellation -------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_cancel_without_a_reason_is_refused(users, make_task, reason):
    task = make_task()
    with pytest.raises(Invalid, match="Hãy ghi lý do hủy"):
        services.deadline_cancel(users["clerk_a"], task, reason)
    assert _fresh(task).state == State.CHUA_THUC_HIEN


def test_cancel_keeps_the_reason_and_shows_cancelled(users, make_task):
    task = make_task()
    services.deadline_cancel(users["clerk_a"], task, "  Tỉnh điều chỉnh kế hoạch ")
    task = _fresh(task)
    assert (task.state, task.cancel_reason) == (State.HUY, "Tỉnh điều chỉnh kế hoạch")
    assert task.status_on(D(2024, 1, 1)) == Status.HUY
    with pytest.raises(DomainError, match="đã hủy"):
        services.deadline_cancel(users["clerk_a"], task, "lần nữa")
    services.deadline_reopen(users["clerk_a"], task)
    assert _fresh(task).cancel_reason == ""
    assert "đã hủy, lý do: Tỉnh điều chỉnh kế hoạch" in notes_of(task).last().text


def test_a_done_thing_is_not_cancelled(users, make_task):
    task = make_task(state=State.HOAN_THANH, done_on=D(2023, 5, 5))
    with pytest.raises(DomainError, match="đã hoàn thành; muốn hủy"):
        services.deadline_cancel(users["clerk_a"], task, "nhầm")


# -- evidence -----------------------------------------------------------------------------


def _upload(name, content=b"%PDF-1.4 bien ban"):
    return SimpleUploadedFile(name, content)


def test_a_file_is_stored_under_media_root(users, make_task, media):
    task = make_task()
    evidence = services.evidence_add(
        users["clerk_a"], task, "tep", "", file=_upload("Biên bản họp.PDF")
    )
    assert evidence.label == "Biên bản họp.PDF"  # no label: the file's name
    assert evidence.file.name.startswith("evidence/")
    stored = media / evidence.file.name
    assert stored.read_bytes() == b"%PDF-1.4 bien ban"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ket-luan.exe", b"MZ", "Tệp «ket-luan.exe» không được nhận: chỉ nhận tệp .pdf, .doc"),
        ("bien-ban", b"x", "không được nhận"),
        ("bien-ban.pdf.html", b"x", "không được nhận"),
        ("rong.pdf", b"", "Tệp «rong.pdf» rỗng"),
        ("lon.pdf", b"x" * 2049, r"Tệp «lon.pdf» quá lớn \(2 KB\); giới hạn là 2 KB"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_stored(
    users, make_task, media, settings, name, content, message
):
    settings.DANVAN_EVIDENCE_MAX_BYTES = 2048
    task = make_task()
    with pytest.raises(Invalid, match=message):
        services.evidence_add(
            users["clerk_a"], task, "tep", "Biên bản", file=_upload(name, content)
        )
    assert not evidence_of(task).exists()
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_the_size_limit_defaults_to_the_upload_limit(settings):
    assert settings.DANVAN_EVIDENCE_MAX_BYTES == settings.DANVAN_MAX_UPLOAD_BYTES


@pytest.mark.parametrize(
    ("kind", "url", "ok"),
    [
        ("ban_ghi", "/so/petitions/12/", True),
        ("bao_cao", "/bao-cao/bao-cao/3/", True),
        ("van_ban", "/van-ban/ke-hoach/1.docx", True),
        ("ban_ghi", "https://danvan.gialai.gov.vn/so/petitions/12/", False),
        ("bao_cao", "//evil.example/x", False),
        ("van_ban", "bao-cao/3/", False),
        ("lien_ket", "https://dichvucong.gov.vn/p/home.html", True),
        ("lien_ket", "javascript:alert(1)", False),
        ("lien_ket", "/so/petitions/12/", False),
        ("lien_ket", "ftp://example.com/a.pdf", False),
    ],
)
def test_links_local_for_danvan_things_web_for_outside(users, make_task, kind, url, ok):
    task = make_task()
    if ok:
        evidence = services.evidence_add(users["clerk_a"], task, kind, "Minh chứng", url)
        assert (evidence.kind, evidence.url) == (kind, url)
    else:
        with pytest.raises(Invalid, match="bắt đầu bằng «/»|không phải địa chỉ web hợp lệ"):
            services.evidence_add(users["clerk_a"], task, kind, "Minh chứng", url)
        assert not evidence_of(task).exists()


@pytest.mark.parametrize(
    ("kind", "label", "url", "file", "message"),
    [
        ("anh", "x", "/so/", None, "Loại minh chứng «anh» không có"),
        ("ban_ghi", "  ", "/so/petitions/1/", None, "Hãy ghi mô tả"),
        ("ban_ghi", "Đơn", "", None, "Hãy nhập đường dẫn"),
        ("tep", "Biên bản", "", None, "Hãy chọn tệp"),
        ("tep", "Biên bản", "/so/", "a.pdf", "không nhập đường dẫn"),
        ("lien_ket", "Cổng", "https://a.vn", "a.pdf", "là một đường dẫn, không kèm tệp"),
    ],
)
def test_evidence_that_does_not_fit_its_kind_is_refused(
    users, make_task, media, kind, label, url, file, message
):
    task = make_task()
    upload = _upload(file) if file else None
    with pytest.raises(Invalid, match=message):
        services.evidence_add(users["clerk_a"], task, kind, label, url, upload)
    assert not evidence_of(task).exists()


def test_evidence_remove_deletes_the_row_and_its_file(
    users, make_task, media, django_capture_on_commit_callbacks
):
    task = make_task()
    evidence = services.evidence_add(
        users["clerk_a"], task, "tep", "Biên bản", file=_upload("a.pdf")
    )
    stored = media / evidence.file.name
    with pytest.raises(Forbidden):
        services.evidence_remove(users["clerk_b"], task, evidence)
    with django_capture_on_commit_callbacks(execute=True):
        services.evidence_remove(users["clerk_a"], task, evidence)
    assert not Evidence.objects.exists() and not stored.exists()


def test_evidence_of_another_thing_is_not_removed_through_this_one(users, make_task):
    first, second = make_task(), make_task(title="Việc khác")
    evidence = services.evidence_add(users["clerk_a"], second, "lien_ket", "Cổng", "https://a.vn")
    with pytest.raises(DomainError, match="không thuộc việc đang xem"):
        services.evidence_remove(users["clerk_a"], first, evidence)
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_every_write_is_audited_with_the_unit_of_the_thing(users, make_task):
    task = make_task()
    services.deadline_progress(users["clerk_a"], task, State.DANG_THUC_HIEN, "Đang làm")
    services.evidence_add(users["clerk_a"], task, "ban_ghi", "Đơn số 12", "/so/petitions/12/")
    services.deadline_complete(users["clerk_a"], task, D(2023, 5, 5))
    events = AuditEvent.objects.filter(unit_path=task.unit.path)
    models = [e.model for e in events.order_by("pk")]
    assert models.count("deadlines.progressnote") == 2
    assert "deadlines.evidence" in models
    update = events.filter(model="plugin_deadline.task", action="update").order_by("pk").last()
    assert update.after["state"] == "hoan_thanh" and update.after["done_on"] == "2023-05-05"
    assert ProgressNote.objects.count() == 2


def test_a_deleted_record_takes_its_notes_and_evidence_with_it_audited(users, make_task):
    task = make_task()
    services.deadline_progress(users["clerk_a"], task, State.DANG_THUC_HIEN, "Đang làm")
    services.evidence_add(users["clerk_a"], task, "lien_ket", "Cổng", "https://a.vn")
    assert (task.evidence.count(), task.progress_notes.count()) == (1, 1)
    other = make_task(title="Việc khác")
    services.evidence_add(users["clerk_a"], other, "lien_ket", "Cổng", "https://b.vn")
    task.delete()
    assert list(Evidence.objects.values_list("url", flat=True)) == ["https://b.vn"]
    assert not ProgressNote.objects.exists()
    deleted = AuditEvent.objects.filter(action="delete").values_list("model", flat=True)
    assert {"deadlines.evidence", "deadlines.progressnote"} <= set(deleted)
