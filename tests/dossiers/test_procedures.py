import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from danvan.dossiers.models import Procedure

GOOD = (
    "Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\n"
    "1.001,Cấp giấy chứng nhận đăng ký đầu tư,Đầu tư,15\n"
    "1.002,Xác nhận lao động,Lao động,\n"
)


def test_cli_import_and_reimport(db, tmp_path, capsys):
    path = tmp_path / "tt.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("procedures", "import", str(path))
    assert "thêm mới 2" in capsys.readouterr().out
    assert Procedure.objects.get(code="1.001").duration_working_days == 15
    assert Procedure.objects.get(code="1.002").duration_working_days is None
    call_command("procedures", "import", str(path))
    assert "thêm mới 0, cập nhật 0" in capsys.readouterr().out


def test_bad_rows_change_nothing(db, tmp_path):
    path = tmp_path / "tt.csv"
    path.write_text(GOOD + "1.003,,Hộ tịch,mười\n1.001,Trùng,Đầu tư,5\n", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("procedures", "import", str(path))
    assert "Dòng 4" in str(caught.value) and "Dòng 5" in str(caught.value)
    assert not Procedure.objects.exists()


def test_page_import_is_for_province_admins(users, login):
    upload = SimpleUploadedFile("tt.csv", GOOD.encode())
    assert login(users["clerk_a"]).post("/ho-so/thu-tuc/", {"file": upload}).status_code == 403
    upload = SimpleUploadedFile("tt.csv", GOOD.encode())
    page = login(users["admin"]).post("/ho-so/thu-tuc/", {"file": upload}).content.decode()
    assert "thêm mới 2" in page and "Cấp giấy chứng nhận đăng ký đầu tư" in page


def test_procedure_template_round_trip(users, login):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = login(users["admin"])
    assert "/ho-so/thu-tuc/tep-mau/" in client.get("/ho-so/thu-tuc/").content.decode()
    template = client.get("/ho-so/thu-tuc/tep-mau/").content
    done = client.post("/ho-so/thu-tuc/", {"file": SimpleUploadedFile("m.xlsx", template)})
    assert "thêm mới 1" in done.content.decode()
    assert Procedure.objects.get(code="1.000000.000.00.00.MAU").duration_working_days == 10
