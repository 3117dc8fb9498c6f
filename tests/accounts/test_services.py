import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from danvan.accounts.importing import users_import
from danvan.accounts.models import RoleGrant
from danvan.accounts.services import api_token_create, api_token_user, user_create
from danvan.core.errors import DomainError
from danvan.core.importing import ImportRejected

User = get_user_model()


def test_create_user_with_grant_through_cli(tree, capsys):
    call_command(
        "users",
        "create",
        "--username",
        "cv.moi",
        "--password",
        "Mot-mat-khau-dai",
        "--role",
        "chuyen_vien",
        "--unit",
        "A",
        "--subtree",
    )
    assert "cv.moi" in capsys.readouterr().out
    grant = RoleGrant.objects.get(user__username="cv.moi")
    assert (grant.role, grant.unit.code, grant.include_subtree) == ("chuyen_vien", "A", True)
    assert User.objects.get(username="cv.moi").check_password("Mot-mat-khau-dai")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--role", "giam_doc", "--unit", "A"], "Vai trò «giam_doc» không có"),
        (["--role", "lanh_dao", "--unit", "KHONGCO"], "Không có đơn vị mã «KHONGCO»"),
    ],
)
def test_cli_bad_role_or_unit_creates_nothing(tree, args, message):
    with pytest.raises(CommandError, match=message):
        call_command(
            "users", "create", "--username", "x.y", "--password", "Mot-mat-khau-dai", *args
        )
    assert not User.objects.filter(username="x.y").exists()


def test_weak_password_is_refused_in_vietnamese(tree):
    with pytest.raises(DomainError, match="Mật khẩu chưa đạt") as caught:
        user_create(username="yeu", password="12345678")
    message = caught.value.message
    assert "cần ít nhất 10 ký tự" in message and "hoàn toàn là số" in message
    assert "password" not in message.lower()  # no English left from Django's catalogue
    assert not User.objects.filter(username="yeu").exists()


@pytest.mark.parametrize("username", ["nguyễn.a", "có dấu cách", ""])
def test_usernames_are_plain_ascii_without_spaces(db, username):
    with pytest.raises(DomainError, match="không hợp lệ"):
        user_create(username=username, password="Mot-mat-khau-dai")


def test_duplicate_username_is_refused_case_insensitively(users):
    with pytest.raises(DomainError, match="đã có người dùng"):
        user_create(username="ChuyenVien.A", password="Mot-mat-khau-dai")


USERS_CSV = (
    "ten_dang_nhap,mat_khau,ho_ten,email,vai_tro,ma_don_vi,ca_cap_duoi\n"
    "nv.mot,Mat-khau-so-mot,Nguyễn Văn Một,,chuyen_vien,A,\n"
    "nv.mot,,,,lanh_dao,A1,có\n"
    "nv.hai,Mat-khau-so-hai,Trần Thị Hai,hai@example.vn,tong_hop,P,x\n"
)


def test_bulk_import_creates_accounts_and_all_their_grants(tree):
    result = users_import(USERS_CSV.encode(), "nguoi-dung.csv")
    assert sorted(result.created) == ["nv.hai", "nv.mot"]
    assert result.grants_added == 3
    mot = User.objects.get(username="nv.mot")
    assert mot.first_name == "Nguyễn Văn Một"
    assert set(mot.grants.values_list("role", "unit__code", "include_subtree")) == {
        ("chuyen_vien", "A", False),
        ("lanh_dao", "A1", True),
    }


def test_bulk_import_with_bad_rows_creates_no_one(tree):
    bad = USERS_CSV + "nv.ba,ngan,,,chuyen_vien,A,\nnv.bon,Mat-khau-so-bon,,,vua,KHONGCO,hmm\n"
    with pytest.raises(ImportRejected) as caught:
        users_import(bad.encode(), "nguoi-dung.csv")
    lines = [(p.line, p.code) for p in caught.value.problems]
    assert lines == [(5, "mat_khau"), (6, "ca_cap_duoi"), (6, "ma_don_vi"), (6, "vai_tro")]
    assert not User.objects.filter(username__startswith="nv.").exists()


def test_bulk_import_respects_the_admins_scope(tree):
    with pytest.raises(ImportRejected, match="ngoài phạm vi"):
        users_import(USERS_CSV.encode(), "x.csv", allowed_codes={"A", "A1"})


def test_api_tokens_are_stored_hashed_and_expire_on_revocation(users):
    token = api_token_create(user=users["clerk_a"])
    stored = users["clerk_a"].api_tokens.get()
    assert token not in stored.key_hash and stored.prefix == token[:8]
    assert api_token_user(token) == users["clerk_a"]
    stored.revoked = True
    stored.save()
    assert api_token_user(token) is None
    assert api_token_user("") is None and api_token_user("sai") is None


def test_bulk_import_matches_existing_accounts_whatever_the_case(users, tree):
    data = "ten_dang_nhap,vai_tro,ma_don_vi\nChuyenVien.A,lanh_dao,A1\n"
    result = users_import(data.encode(), "x.csv")
    assert result.created == []
    assert users["clerk_a"].grants.filter(role="lanh_dao", unit=tree["A1"]).exists()


def test_bulk_import_reports_malformed_usernames_by_line(tree):
    data = "ten_dang_nhap,mat_khau,vai_tro,ma_don_vi\nnguyễn văn a,Mat-khau-dai-1,chuyen_vien,A\n"
    with pytest.raises(ImportRejected) as caught:
        users_import(data.encode(), "x.csv")
    assert [(p.line, p.code) for p in caught.value.problems] == [(2, "ten_dang_nhap")]
    assert "không hợp lệ" in caught.value.problems[0].message
