"""The API's edge middleware (decision 0040): every error answer under /api/ leaves in the one
shape, whatever produced it, and control characters in a path or query never reach a view."""

import json

import pytest
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.test import RequestFactory

from danvan.core.middleware import ApiErrorBodyMiddleware, StrictInputMiddleware

SHAPE = {"detail", "code", "problems"}


def _through(response, path="/api/v1/x/", method="get"):
    request = getattr(RequestFactory(), method)(path)
    return ApiErrorBodyMiddleware(lambda request: response)(request)


def test_a_lock_out_keeps_its_vietnamese_detail_and_gets_a_code():
    locked = JsonResponse({"detail": "Tạm khóa đăng nhập 15 phút."}, status=429)
    locked["Retry-After"] = "900"
    shaped = _through(locked)
    body = json.loads(shaped.content)
    assert shaped.status_code == 429 and shaped["Retry-After"] == "900"
    assert body == {
        "detail": "Tạm khóa đăng nhập 15 phút.",
        "code": "qua_nhieu_lan_thu",
        "problems": [],
    }


@pytest.mark.parametrize(
    ("response", "status", "code", "words"),
    [
        (HttpResponse("<h1>Not Found</h1>", status=404), 404, "khong_tim_thay", "/api/v1/x/"),
        (HttpResponseNotAllowed(["GET", "POST"]), 405, "phuong_thuc_khong_duoc_nhan", "GET, POST"),
        (HttpResponse("<h1>Server Error (500)</h1>", status=500), 500, "loi_may_chu", "Máy chủ"),
        (HttpResponse("Bad Request", status=400), 400, "noi_dung_khong_doc_duoc", "Yêu cầu"),
        (JsonResponse({"detail": "Service down"}, status=502), 502, "loi_may_chu", "Máy chủ"),
    ],
)
def test_answers_from_outside_the_api_handler_are_reshaped(response, status, code, words):
    shaped = _through(response)
    body = json.loads(shaped.content)
    assert shaped.status_code == status and set(body) == SHAPE
    assert body["code"] == code and words in body["detail"]
    assert "Not Found" not in body["detail"] and "Server Error" not in body["detail"]


def test_answers_already_in_shape_and_pages_are_left_alone():
    shaped = JsonResponse({"detail": "Lý do.", "code": "bi_tu_choi", "problems": []}, status=400)
    assert _through(shaped) is shaped
    page = HttpResponse("<h1>Không tìm thấy</h1>", status=404)
    request = RequestFactory().get("/ho-so/1/")
    assert ApiErrorBodyMiddleware(lambda request: page)(request) is page
    fine = JsonResponse({"ok": True})
    assert _through(fine) is fine


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/units/?q=a%07b", "q"),
        ("/api/v1/units/A%00/", "path"),
        ("/api/v1/?x%1b=1", "x«U+001B»"),
    ],
)
def test_control_characters_in_path_or_query_are_refused_before_the_view(path, field):
    def view(request):  # pragma: no cover - must not be reached
        raise AssertionError("reached the view")

    response = StrictInputMiddleware(view)(RequestFactory().get(path))
    body = json.loads(response.content)
    assert response.status_code == 422 and set(body) == SHAPE
    assert [p["field"] for p in body["problems"]] == [field]
    assert "ký tự điều khiển" in body["problems"][0]["reason"]


def test_a_page_address_with_a_control_character_is_a_400_page(db):
    def view(request):  # pragma: no cover - must not be reached
        raise AssertionError("reached the view")

    response = StrictInputMiddleware(view)(RequestFactory().get("/ho-so/?q=a%00"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "ký tự không hợp lệ" in html and "U+0000" in html


def test_clean_requests_pass_through():
    reached = HttpResponse("ok")
    page = RequestFactory().get("/ho-so/?q=Hòa")
    assert StrictInputMiddleware(lambda r: reached)(page) is reached
    clean = RequestFactory().get("/api/v1/units/?q=Hòa Bình&as_of=01/03/2025")
    assert StrictInputMiddleware(lambda r: reached)(clean) is reached
