"""The one import pipeline: an unknown column is refused with the accepted headers unless the
user asks to ignore it (page checkbox, --ignore-columns), and the result then names it; a
re-imported file changes nothing and says so. The same for registers, org units, users and
procedures."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.accounts.importing import users_import
from danvan.core.importing import UnknownColumns
from danvan.dossiers.models import Dossier, Procedure
from danvan.dossiers.procedures import procedures_import
from danvan.orgunits.importing import orgunits_import
from danvan.orgunits.models import OrgUnit
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

REGISTER_CSV = (
    "Mã hồ sơ,Mã đơn vị,Kênh nộp,Ngày tiếp nhận,Ghi chú thêm\n"
    "HS-1,A,Trực tiếp,04/01/2021,gọi lại\n"
    "HS-2,A,truc tuyen,05/01/2021,\n"
)
ORGUNITS_CSV = "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha,Người phụ trách\nA2,Phòng Mới,phong,A,Lan\n"
USERS_CSV = (
    "Tên đăng nhập,Mật khẩu,Vai trò,Mã đơn vị,Cả cấp dưới,Số điện thoại\n"
    "nv.moi,Mat-khau-so-mot,Chuyên viên,A,đúng,0912\n"
)
PROCEDURES_CSV = "Mã thủ tục,Tên thủ tục,Thời hạn,Cơ quan\n1.001,Cấp phép,1.000,Sở\n"
IGNORED = "Đã bỏ qua các cột: «{}»."
UNCHANGED = "Tệp không có gì mới"


def _register(data, **options):
    units = access_register_units(SYSTEM)
    return register_import(registers()["dossiers"], data, "ho-so.csv", units=units, **options)


IMPORTERS = {
    "registers": (_register, REGISTER_CSV, "Ghi chú thêm", "Mã hồ sơ"),
    "orgunits": (
        lambda data, **o: orgunits_import(data, "don-vi.csv", **o),
        ORGUNITS_CSV,
        "Người phụ trách",
        "Mã đơn vị cha",
    ),
    "users": (
        lambda data, **o: users_import(data, "nguoi-dung.csv", **o),
        USERS_CSV,
        "Số điện thoại",
        "Tên đăng nhập",
    ),
    "procedures": (
        lambda data, **o: procedures_import(data, "thu-tuc.csv", **o),
        PROCEDURES_CSV,
        "Cơ quan",
        "Thời hạn giải quyết (ngày làm việc)",
    ),
}


def _counts():
    from django.contrib.auth import get_user_model

    return (
        Dossier.objects.count(),
        OrgUnit.objects.count(),
        get_user_model().objects.count(),
        Procedure.objects.count(),
    )


@pytest.mark.parametrize("kind", IMPORTERS)
def test_an_unknown_column_is_refused_with_the_accepted_headers_and_nothing_changes(tree, kind):
    run, text, extra, accepted = IMPORTERS[kind]
    before = _counts()
    with pytest.raises(UnknownColumns) as caught:
        run(text.encode())
    assert caught.value.columns == (extra,)
    message = caught.value.message
    assert f"Tệp có cột không có trong mẫu nhập: «{extra}»." in message
    assert "Các cột được nhận:" in message and accepted in message
    assert "«Bỏ qua các cột này»" in message
    assert _counts() == before


@pytest.mark.parametrize("kind", IMPORTERS)
def test_ignoring_the_columns_imports_the_rest_and_says_which_columns_were_ignored(tree, kind):
    run, text, extra, _ = IMPORTERS[kind]
    before = _counts()
    result = run(text.encode(), ignore_columns=True)
    assert result.ignored_message == IGNORED.format(extra)
    assert result.nothing_changed_message == ""
    assert _counts() != before
    again = run(text.encode(), ignore_columns=True)
    assert again.nothing_changed_message.startswith(UNCHANGED)
    assert _counts() != before


def test_the_imported_values_went_through_the_shared_parsers(tree):
    users_import(USERS_CSV.encode(), "u.csv", ignore_columns=True)
    procedures_import(PROCEDURES_CSV.encode(), "p.csv", ignore_columns=True)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="nv.moi")
    assert user.grants.get().include_subtree is True  # «đúng» is yes here too
    assert Procedure.objects.get(code="1.001").duration_working_days == 1000  # «1.000»


def test_a_file_without_unknown_columns_says_nothing_about_ignoring(tree):
    result = _register(
        "Ma ho so,Ma don vi,Kenh nop,Ngay tiep nhan\nHS-9,A,Trực tiếp,04/01/2021\n".encode()
    )
    assert result.created == 1 and result.ignored_message == ""


# --- the CLI ------------------------------------------------------------------------------------
COMMANDS = {
    "registers": (["import", "dossiers"], REGISTER_CSV, "Ghi chú thêm"),
    "orgunits": (["orgunits", "import"], ORGUNITS_CSV, "Người phụ trách"),
    "users": (["users", "import"], USERS_CSV, "Số điện thoại"),
    "procedures": (["procedures", "import"], PROCEDURES_CSV, "Cơ quan"),
}


@pytest.mark.parametrize("kind", COMMANDS)
def test_cli_refuses_unknown_columns_and_imports_with_ignore_columns(tree, kind, tmp_path, capsys):
    args, text, extra = COMMANDS[kind]
    path = tmp_path / "tep.csv"
    path.write_text(text, encoding="utf-8")
    before = _counts()
    with pytest.raises(CommandError) as caught:
        call_command(*args, str(path))
    assert f"«{extra}»" in str(caught.value) and "--ignore-columns" in str(caught.value)
    assert "Bỏ qua các cột này" not in str(caught.value)
    assert _counts() == before
    call_command(*args, str(path), "--ignore-columns")
    out = capsys.readouterr().out
    assert IGNORED.format(extra) in out and UNCHANGED not in out
    call_command(*args, str(path), "--ignore-columns")
    assert UNCHANGED in capsys.readouterr().out


# --- the page -------------------------------------------------------------------------------------
def _upload(text, name="ho-so.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_the_page_keeps_the_refused_file_and_imports_it_when_the_box_is_ticked(users, login):
    client = login(users["clerk_a"])
    url = "/so/dossiers/nhap/"
    refused = client.post(url, {"file": _upload(REGISTER_CSV)})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "«Ghi chú thêm»" in page and "Bỏ qua các cột này" in page
    assert Dossier.objects.count() == 0
    token = refused.context["unknown_columns"]["token"]
    # Without the box ticked the kept file is refused again, and kept again.
    again = client.post(url, {"tep_da_giu": token})
    assert again.status_code == 400 and Dossier.objects.count() == 0
    token = again.context["unknown_columns"]["token"]
    done = client.post(url, {"tep_da_giu": token, "bo_qua_cot": "1"})
    assert done.status_code == 200
    assert IGNORED.format("Ghi chú thêm") in done.content.decode()
    assert Dossier.objects.count() == 2
    # A kept file is used once.
    gone = client.post(url, {"tep_da_giu": token, "bo_qua_cot": "1"})
    assert "hãy chọn lại tệp" in gone.content.decode()


def test_another_users_kept_file_is_not_accepted(users, login):
    url = "/so/dossiers/nhap/"
    refused = login(users["clerk_a"]).post(url, {"file": _upload(REGISTER_CSV)})
    token = refused.context["unknown_columns"]["token"]
    other = login(users["clerk_b"]).post(url, {"tep_da_giu": token, "bo_qua_cot": "1"})
    assert "hãy chọn lại tệp" in other.content.decode()
    assert Dossier.objects.count() == 0


@pytest.mark.parametrize(
    ("url", "text", "extra"),
    [
        ("/don-vi/nhap/", ORGUNITS_CSV, "Người phụ trách"),
        ("/nguoi-dung/nhap/", USERS_CSV, "Số điện thoại"),
        ("/ho-so/thu-tuc/", PROCEDURES_CSV, "Cơ quan"),
    ],
)
def test_every_import_page_offers_to_ignore_the_columns(users, login, url, text, extra):
    client = login(users["admin"])
    refused = client.post(url, {"file": _upload(text, "tep.csv")})
    assert refused.status_code == 400, refused.content.decode()[:500]
    assert f"«{extra}»" in refused.content.decode()
    token = refused.context["unknown_columns"]["token"]
    done = client.post(url, {"tep_da_giu": token, "bo_qua_cot": "1"})
    assert done.status_code == 200
    assert IGNORED.format(extra) in done.content.decode()
