"""The overview page /viec-can-lam/: filters as typed, columns, counts, scope, links."""

import re

from tests.visible_text import visible_text


def _page(client, **query):
    response = client.get("/viec-can-lam/", query)
    return response, response.content.decode()


def test_the_page_lists_every_kind_with_days_and_counts(users, world, login):
    response, html = _page(login(users["head_a"]), ngay="08/05/2023")
    assert response.status_code == 200
    text = visible_text(html)
    assert "Ngày 08/05/2023: 5 việc" in text
    assert "Hồ sơ TTHC quá hạn: 2" in text and "Quá hạn: 3" in text
    assert "Chưa thực hiện: 2" in text
    rows = re.findall(r"<tr class=\"[^\"]*\">(.*?)</tr>", html, re.S)
    assert len(rows) == 4
    first = visible_text(rows[0])
    assert "Hồ sơ TTHC quá hạn" in first and "20/04/2023" in first
    assert "quá hạn 9 ngày làm việc" in first
    assert 'href="/ho-so/?tinh_trang=qua_han&amp;ma_don_vi=A"' in rows[0]
    request_row = visible_text(rows[2])
    assert "còn 2 ngày làm việc" in request_row and "10/05/2023" in request_row
    assert "Chưa thực hiện" in request_row
    assert f'href="/bao-cao/{world["request"].pk}/"' in rows[2]


def test_the_filters_are_kept_as_typed_and_limited_to_the_scope(users, world, login):
    _, html = _page(login(users["clerk_b"]), ngay="08/05/2023")
    assert 'value="08/05/2023"' in html
    assert "Sở Nội vụ" not in html and "DON-BI-MAT" not in html
    assert '<option value="B"' in html and '<option value="A"' not in html
    response, _ = _page(login(users["clerk_b"]), don_vi="A")
    assert response.status_code == 404


def test_default_date_is_today(users, world, login):
    from django.utils import timezone

    _, html = _page(login(users["clerk_a"]))
    assert f'value="{timezone.localdate():%d/%m/%Y}"' in html
    assert "Hôm nay:" in visible_text(html)


def test_a_bad_date_says_so_and_lists_nothing(users, world, login):
    response, html = _page(login(users["clerk_a"]), ngay="32/05/2023")
    assert response.status_code == 200
    text = visible_text(html)
    assert "Ngày xem: Ngày xem «32/05/2023» không hợp lệ: hãy nhập dạng dd/mm/yyyy" in text
    assert 'value="32/05/2023"' in html
    assert "Danh sách việc cần làm" not in html


def test_subtree_kind_and_status(users, world, login):
    client = login(users["aggregator"])
    _, only_p = _page(client, ngay="08/05/2023", don_vi="P")
    assert "Sở Nội vụ" not in visible_text(only_p).split("Nội dung", 1)[1]
    _, subtree = _page(client, ngay="08/05/2023", don_vi="P", cap_duoi="on")
    assert "Đơn DON-B-1 — Khiếu nại" in subtree and "Đơn DON-BI-MAT — Khiếu nại" in subtree
    _, kind = _page(client, ngay="08/05/2023", loai="petitions.overdue")
    assert "Đơn DON-B-1" in kind and "hồ sơ quá hạn" not in kind
    _, done = _page(client, ngay="08/05/2023", trang_thai="hoan_thanh")
    text = visible_text(done)
    assert "Lãnh đạo đã tiếp công dân định kỳ đủ số ngày trong tháng 04/2023" in text
    assert "ngày 14/04/2023" in text


def test_linked_from_the_home_page_and_the_menu(users, login):
    html = login(users["clerk_a"]).get("/").content.decode()
    assert '<a href="/viec-can-lam/">Xem tất cả việc cần làm</a>' in html
    assert '<a href="/viec-can-lam/">Việc cần làm</a>' in html


def test_anonymous_is_sent_to_log_in(db, client):
    response = client.get("/viec-can-lam/")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]


def test_long_lists_are_paged_and_counted_over_every_page(users, world, login, monkeypatch):
    from danvan.deadlines import views

    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    client = login(users["aggregator"])
    _, first = _page(client, ngay="08/05/2023")
    text = visible_text(first)
    assert "Dòng 1–3 / " in text and "Sau ›" in text
    total = int(re.search(r"Dòng 1–3 / (\d+)", text).group(1))
    _, last = _page(client, ngay="08/05/2023", trang=str((total + 2) // 3))
    assert "‹ Trước" in visible_text(last)
    assert 'value="08/05/2023"' in last
