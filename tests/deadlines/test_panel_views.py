"""The panel's pages under /han/<kind>/<pk>/: found through the kind's visible(), changed
through the services, answered with the panel (htmx) or a redirect (no JavaScript)."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from danvan.deadlines.models import Evidence
from danvan.deadlines.panel import deadline_panel, panel_id
from danvan.deadlines.selectors import notes_of
from danvan.deadlines.status import State
from tests.plugin_deadline.models import KIND

D = datetime.date
HTMX = {"HTTP_HX_REQUEST": "true"}


def _url(task, action=""):
    return f"/han/{KIND}/{task.pk}/{action}"


def _field(task, action, name):
    return f"{panel_id(KIND, task.pk)}-{action}-{name}"


def _fresh(task):
    task.refresh_from_db()
    return task


def test_the_panel_shows_status_days_left_rule_notes_and_evidence(users, make_task, login):
    today = timezone.localdate()
    task = make_task(due=today + datetime.timedelta(days=30), due_rule="trước ngày 10/5 hằng năm")
    Evidence.objects.create(
        thing=task, kind="ban_ghi", label="Đơn thư số 12", url="/so/petitions/12/"
    )
    page = login(users["clerk_a"]).get(_url(task)).content.decode()
    assert "Thời hạn và tiến độ" in page and "Chưa thực hiện" in page
    assert "ngày làm việc" in page and "trước ngày 10/5 hằng năm" in page
    assert f"{task.due_on:%d/%m/%Y}" in page
    assert 'href="/so/petitions/12/"' in page and "Đơn thư số 12" in page
    assert "Ghi hoàn thành" in page and "Thêm minh chứng" in page  # the keeper's forms


def test_an_overdue_thing_says_by_how_many_working_days(users, make_task, login):
    task = make_task(due=D(2023, 5, 10))
    page = login(users["clerk_a"]).get(_url(task)).content.decode()
    assert "Quá hạn" in page and "quá hạn" in page and "ngày làm việc" in page


def test_someone_who_only_sees_it_gets_no_forms_and_is_refused_a_change(users, make_task, login):
    task = make_task()
    client = login(users["aggregator"])
    page = client.get(_url(task)).content.decode()
    assert "Thời hạn và tiến độ" in page and "Ghi hoàn thành" not in page
    response = client.post(_url(task, "huy/"), {_field(task, "cancel", "reason"): "x"})
    assert response.status_code == 403
    assert _fresh(task).state == State.CHUA_THUC_HIEN


def test_another_units_people_get_404_for_everything(users, make_task, login, media):
    task = make_task()
    evidence = Evidence.objects.create(
        thing=task, kind="tep", label="Biên bản", file=SimpleUploadedFile("b.pdf", b"%PDF")
    )
    client = login(users["clerk_b"])
    assert client.get(_url(task)).status_code == 404
    assert client.get(_url(task, f"minh-chung/{evidence.pk}/")).status_code == 404
    assert client.post(_url(task, "huy/"), {"reason": "x"}).status_code == 404
    assert client.get(f"/han/khong-co/{task.pk}/").status_code == 404
    assert _fresh(task).state == State.CHUA_THUC_HIEN


def test_complete_through_htmx_answers_the_panel_again(users, make_task, login):
    task = make_task()
    response = login(users["clerk_a"]).post(
        _url(task, "hoan-thanh/"),
        {_field(task, "complete", "done_on"): "05/05/2023", _field(task, "complete", "note"): ""},
        **HTMX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith("<link") and '<h2 id="han-' in html  # the panel's content
    assert "Đã ghi hoàn thành." in html and "Hoàn thành" in html and "05/05/2023" in html
    assert "<html" not in html
    assert (_fresh(task).state, task.done_on) == (State.HOAN_THANH, D(2023, 5, 5))


def test_without_javascript_a_change_redirects_back_to_the_page(users, make_task, login):
    task = make_task()
    response = login(users["clerk_a"]).post(
        _url(task, "tien-do/"),
        {
            _field(task, "progress", "state"): "dang_thuc_hien",
            _field(task, "progress", "note"): "Đã dự thảo",
            "next": "/ke-hoach/1/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/ke-hoach/1/"
    assert _fresh(task).state == State.DANG_THUC_HIEN
    # A «next» pointing elsewhere is not followed: back to the thing's own page.
    response = login(users["clerk_a"]).post(
        _url(task, "tien-do/"),
        {_field(task, "progress", "note"): "x", "next": "https://evil.example/"},
    )
    assert response.status_code in (302, 400)
    assert "evil" not in response.get("Location", "")


def test_a_refused_completion_keeps_what_was_typed(users, make_task, login):
    task = make_task()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    data = {
        _field(task, "complete", "done_on"): f"{tomorrow:%d/%m/%Y}",
        _field(task, "complete", "note"): "Đã gửi báo cáo số 45/BC-BQL",
    }
    client = login(users["clerk_a"])
    response = client.post(_url(task, "hoan-thanh/"), data, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and "chưa tới" in html
    assert "Đã gửi báo cáo số 45/BC-BQL" in html and f"{tomorrow:%d/%m/%Y}" in html
    assert "<details open>" in html  # the form stays open on its error
    page = client.post(_url(task, "hoan-thanh/"), data)  # no JavaScript: the page, status 400
    assert page.status_code == 400 and "Đã gửi báo cáo số 45/BC-BQL" in page.content.decode()
    assert _fresh(task).state == State.CHUA_THUC_HIEN


@pytest.mark.parametrize("typed", ["", "31/02/2023", "2023-05-05", "hôm qua"])
def test_a_bad_done_date_is_refused_in_vietnamese(users, make_task, login, typed):
    task = make_task()
    response = login(users["clerk_a"]).post(
        _url(task, "hoan-thanh/"), {_field(task, "complete", "done_on"): typed}, **HTMX
    )
    html = response.content.decode()
    assert "Hãy nhập ngày hoàn thành" in html or "hãy nhập dạng dd/mm/yyyy" in html
    assert _fresh(task).state == State.CHUA_THUC_HIEN


def test_cancel_without_a_reason_is_refused_on_the_page(users, make_task, login):
    task = make_task()
    response = login(users["clerk_a"]).post(
        _url(task, "huy/"), {_field(task, "cancel", "reason"): "  "}, **HTMX
    )
    assert "Hãy ghi lý do hủy" in response.content.decode()
    assert _fresh(task).state == State.CHUA_THUC_HIEN


def test_evidence_upload_and_download_checks_who_sees_it(users, make_task, login, media):
    task = make_task()
    client = login(users["clerk_a"])
    response = client.post(
        _url(task, "minh-chung/"),
        {
            _field(task, "evidence", "kind"): "tep",
            _field(task, "evidence", "label"): "Biên bản hội nghị",
            _field(task, "evidence", "file"): SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4"),
        },
        **HTMX,
    )
    assert "Đã thêm minh chứng." in response.content.decode()
    evidence = Evidence.objects.get()
    download = login(users["aggregator"]).get(_url(task, f"minh-chung/{evidence.pk}/"))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4"
    assert "attachment" in download["Content-Disposition"]
    # A link has no file to download.
    link = Evidence.objects.create(thing=task, kind="lien_ket", label="Cổng", url="https://a.vn")
    assert client.get(_url(task, f"minh-chung/{link.pk}/")).status_code == 404


def test_a_refused_upload_keeps_the_label_and_stores_nothing(users, make_task, login, media):
    task = make_task()
    response = login(users["clerk_a"]).post(
        _url(task, "minh-chung/"),
        {
            _field(task, "evidence", "kind"): "tep",
            _field(task, "evidence", "label"): "Bảng tính chi tiêu",
            _field(task, "evidence", "file"): SimpleUploadedFile("chi-tieu.csv", b"a,b"),
        },
        **HTMX,
    )
    html = response.content.decode()
    assert "không được nhận" in html and "Bảng tính chi tiêu" in html
    assert not Evidence.objects.exists()
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_evidence_remove(users, make_task, login):
    task = make_task()
    link = Evidence.objects.create(thing=task, kind="lien_ket", label="Cổng", url="https://a.vn")
    assert login(users["clerk_b"]).post(_url(task, f"minh-chung/{link.pk}/go/")).status_code == 404
    response = login(users["clerk_a"]).post(_url(task, f"minh-chung/{link.pk}/go/"), **HTMX)
    assert "Đã gỡ minh chứng." in response.content.decode()
    assert not Evidence.objects.exists()


def test_reopen_form_shows_on_a_closed_thing(users, make_task, login):
    task = make_task(state=State.HUY, cancel_reason="Không còn phù hợp")
    client = login(users["clerk_a"])
    page = client.get(_url(task)).content.decode()
    assert "Không còn phù hợp" in page and "Mở lại việc" in page and "Ghi hoàn thành" not in page
    client.post(_url(task, "mo-lai/"), {_field(task, "reopen", "note"): "Tỉnh yêu cầu lại"})
    assert _fresh(task).state == State.DANG_THUC_HIEN
    assert "Tỉnh yêu cầu lại" in notes_of(task).last().text


def test_a_domain_page_includes_it_in_one_line(users, make_task):
    task = make_task()
    request = RequestFactory().get("/ke-hoach/1/")
    request.user = users["clerk_a"]
    html = deadline_panel(request, task, KIND)
    assert f'id="{panel_id(KIND, task.pk)}"' in html and 'value="/ke-hoach/1/"' in html
    rendered = Template("{% load deadline_panel %}{% deadline_panel task kind %}").render(
        Context({"request": request, "task": task, "kind": KIND})
    )
    assert "Thời hạn và tiến độ" in rendered and "Ghi hoàn thành" in rendered
