from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.accounts.models import RoleGrant
from tests.conftest import PASSWORD

User = get_user_model()


def test_admin_creates_a_user_with_a_grant(users, login):
    client = login(users["admin_a"])
    response = client.post(
        "/nguoi-dung/them/",
        {
            "username": "cv.moi",
            "full_name": "Nguyễn Thị Mới",
            "password": "Mot-mat-khau-dai",
            "role": "chuyen_vien",
            "unit": "A1",
        },
    )
    assert response.status_code == 302
    grant = RoleGrant.objects.get(user__username="cv.moi")
    assert (grant.role, grant.unit.code) == ("chuyen_vien", "A1")


def test_a_failed_create_keeps_what_was_typed(users, login):
    response = login(users["admin_a"]).post(
        "/nguoi-dung/them/",
        {
            "username": "cv.yeu",
            "full_name": "Trần Văn Yếu",
            "password": "123",
            "role": "chuyen_vien",
            "unit": "A",
        },
    )
    page = response.content.decode()
    assert "Mật khẩu chưa đạt" in page
    assert 'value="Trần Văn Yếu"' in page and 'value="cv.yeu"' in page
    assert not User.objects.filter(username="cv.yeu").exists()


def test_user_list_is_scoped_to_the_admins_units(users, login):
    page = login(users["admin_a"]).get("/nguoi-dung/").content.decode()
    assert "chuyenvien.a" in page and "chuyenvien.b" not in page and "tonghop" not in page


def test_non_admins_get_403_in_vietnamese(users, login):
    response = login(users["clerk_a"]).get("/nguoi-dung/")
    assert response.status_code == 403
    assert "Quản trị" in response.content.decode()


def test_grant_add_remove_password_and_lock(users, tree, login):
    client = login(users["admin_a"])
    clerk = users["clerk_a"]
    client.post(f"/nguoi-dung/{clerk.pk}/quyen/", {"role": "lanh_dao", "unit": "A1"})
    grant = RoleGrant.objects.get(user=clerk, role="lanh_dao")
    assert grant.unit == tree["A1"]
    client.post(f"/nguoi-dung/{clerk.pk}/quyen/{grant.pk}/xoa/")
    assert not RoleGrant.objects.filter(pk=grant.pk).exists()
    client.post(f"/nguoi-dung/{clerk.pk}/mat-khau/", {"password": "Mat-khau-moi-2026"})
    clerk.refresh_from_db()
    assert clerk.check_password("Mat-khau-moi-2026")
    client.post(f"/nguoi-dung/{clerk.pk}/trang-thai/", {"active": "0"})
    clerk.refresh_from_db()
    assert not clerk.is_active


def test_admin_cannot_lock_themselves(users, login):
    admin = users["admin_a"]
    response = login(admin).post(
        f"/nguoi-dung/{admin.pk}/trang-thai/", {"active": "0"}, follow=True
    )
    assert "Không thể tự khóa" in response.content.decode()
    admin.refresh_from_db()
    assert admin.is_active


def test_bulk_import_page(users, login):
    data = (
        "ten_dang_nhap,mat_khau,ho_ten,vai_tro,ma_don_vi\n"
        "cv.nhap,Mat-khau-nhap-1,Lê Văn Nhập,chuyen_vien,A1\n"
    ).encode()
    response = login(users["admin_a"]).post(
        "/nguoi-dung/nhap/", {"file": SimpleUploadedFile("nd.csv", data)}
    )
    assert "Tạo 1 tài khoản" in response.content.decode()
    assert User.objects.get(username="cv.nhap").check_password("Mat-khau-nhap-1")


def test_locked_user_cannot_log_in(users):
    from django.test import Client

    users["clerk_b"].is_active = False
    users["clerk_b"].save()
    response = Client().post("/dang-nhap/", {"username": "chuyenvien.b", "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in response.client.session


def test_import_template_round_trip_and_errors_in_vietnamese(users, login):
    import io as _io

    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import load_workbook as _load

    client = login(users["admin_a"])
    page = client.get("/nguoi-dung/nhap/").content.decode()
    assert "/nguoi-dung/tep-mau/" in page and "chuyen_vien" not in page
    template = client.get("/nguoi-dung/tep-mau/")
    sheet = _load(_io.BytesIO(template.content))["Dữ liệu"]
    assert [c.value for c in sheet[1]][:2] == ["Tên đăng nhập", "Mật khẩu"]
    done = client.post(
        "/nguoi-dung/nhap/", {"file": SimpleUploadedFile("m.xlsx", template.content)}
    )
    assert "Tạo 1 tài khoản" in done.content.decode()
    grant = get_user_model().objects.get(username="nguyen.van.mau").grants.get()
    assert (grant.role, grant.unit.code) == ("chuyen_vien", "A")
    bad = "Tên đăng nhập,Vai trò,Mã đơn vị\nnguyen.van.mau,thư ký,A\n".encode()
    refused = client.post("/nguoi-dung/nhap/", {"file": SimpleUploadedFile("b.csv", bad)})
    html = refused.content.decode()
    assert refused.status_code == 400 and "<td>Vai trò</td>" in html
    assert "Chuyên viên, Lãnh đạo, Tổng hợp, Quản trị" in html and "lanh_dao" not in html
