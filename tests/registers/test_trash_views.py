"""The trash page and API: what a restorer sees and clicks, and what outsiders cannot do."""

import datetime

from danvan.dossiers.models import Dossier
from danvan.dossiers.services import dossier_create
from danvan.registers.models import TrashedRecord

D = datetime.date


def _dossier(tree, code="HS-TRANG-1"):
    return dossier_create(
        unit=tree["A"], code=code, channel="truc_tiep", received_on=D(2026, 11, 2)
    )


def test_deleting_on_the_page_sends_the_dossier_to_the_trash_page(users, tree, login):
    dossier = _dossier(tree)
    client = login(users["clerk_a"])
    detail = client.get(f"/ho-so/{dossier.pk}/").content.decode()
    assert 'data-confirm="Xóa hồ sơ HS-TRANG-1? Hồ sơ sẽ được chuyển vào thùng rác."' in detail
    response = client.post(f"/ho-so/{dossier.pk}/xoa/", follow=True)
    assert "Đã xóa hồ sơ «HS-TRANG-1»" in response.content.decode()
    page = client.get("/so/thung-rac/?so=dossiers").content.decode()
    assert "HS-TRANG-1" in page and "Hồ sơ thủ tục hành chính" in page
    assert "Khôi phục" in page and "chuyenvien.a" in page


def test_restoring_on_the_page_brings_it_back(users, tree, login):
    dossier = _dossier(tree)
    client = login(users["head_a"])
    client.post(f"/ho-so/{dossier.pk}/xoa/")
    entry = TrashedRecord.objects.get()
    response = client.post(
        f"/so/thung-rac/{entry.pk}/khoi-phuc/", {"tiep": "/so/thung-rac/?so=dossiers"}
    )
    assert response.status_code == 302 and response["Location"] == "/so/thung-rac/?so=dossiers"
    assert Dossier.objects.filter(code="HS-TRANG-1").exists()
    again = client.post(f"/so/thung-rac/{entry.pk}/khoi-phuc/", follow=True).content.decode()
    assert "đã được khôi phục lúc" in again
    assert Dossier.objects.filter(code="HS-TRANG-1").count() == 1


def test_restore_never_redirects_outside_the_trash(users, tree, login):
    dossier = _dossier(tree)
    client = login(users["clerk_a"])
    client.post(f"/ho-so/{dossier.pk}/xoa/")
    entry = TrashedRecord.objects.get()
    response = client.post(
        f"/so/thung-rac/{entry.pk}/khoi-phuc/", {"tiep": "https://ke-gian.example/"}
    )
    assert response["Location"] == "/so/thung-rac/"


def test_the_trash_is_for_restorers_only(users, tree, login):
    dossier = _dossier(tree)
    login(users["clerk_a"]).post(f"/ho-so/{dossier.pk}/xoa/")
    entry = TrashedRecord.objects.get()
    aggregator = login(users["aggregator"])
    assert aggregator.get("/so/thung-rac/").status_code == 403
    assert aggregator.post(f"/so/thung-rac/{entry.pk}/khoi-phuc/").status_code == 404
    assert not Dossier.objects.filter(code="HS-TRANG-1").exists()
    page = login(users["clerk_b"]).get("/so/thung-rac/").content.decode()
    assert "HS-TRANG-1" not in page and "Thùng rác trống" in page


def test_api_lists_and_restores(users, tree, api_client):
    dossier = _dossier(tree)
    client = api_client(users["clerk_a"])
    assert client.delete(f"/api/v1/dossiers/{dossier.pk}/").status_code == 204
    listing = client.get("/api/v1/trash/?slug=dossiers").json()
    assert [e["record_key"] for e in listing] == ["HS-TRANG-1"]
    assert listing[0]["values"]["ngay_tiep_nhan"] == "02/11/2026"
    assert listing[0]["deleted_by"] == "chuyenvien.a" and listing[0]["restored_at"] is None
    outsider = api_client(users["clerk_b"])
    assert outsider.get("/api/v1/trash/").json() == []
    assert outsider.post(f"/api/v1/trash/{listing[0]['id']}/restore/").status_code == 404
    done = client.post(f"/api/v1/trash/{listing[0]['id']}/restore/")
    assert done.status_code == 201
    assert Dossier.objects.get(code="HS-TRANG-1").pk == done.json()["record_id"]
    twice = client.post(f"/api/v1/trash/{listing[0]['id']}/restore/")
    assert twice.status_code == 400 and "đã được khôi phục" in twice.json()["detail"]
    assert client.get("/api/v1/trash/?state=da-khoi-phuc").json()[0]["restored_by"] == (
        "chuyenvien.a"
    )


def test_generic_register_delete_button_names_the_record(users, tree, login):
    from danvan.petitions.models import Petition

    petition = Petition.objects.create(
        code="DON-NUT-1", unit=tree["A"], kind="khieu_nai", received_on=D(2026, 3, 1)
    )
    page = login(users["clerk_a"]).get(f"/so/petitions/{petition.pk}/").content.decode()
    assert 'data-confirm="Xóa DON-NUT-1' in page and "chuyển vào thùng rác" in page
