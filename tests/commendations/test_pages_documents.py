"""The proposal pages (create with entries, act, who sees what) and the Word file read back."""

import datetime
import io

import docx
import pytest
from django.urls import reverse

from danvan.commendations import services
from danvan.commendations.models import Commendation, Proposal, ProposalStatus
from danvan.documents import render as documents

D = datetime.date
S = ProposalStatus


def _post_data(tree, rows, **extra):
    data = {
        "unit": "A",
        "deciding_unit": "P",
        "title": "Đề nghị tặng Bằng khen năm 2022",
        "year": "2022",
        "movement": "PT-VHCS",
        "body": "Căn cứ…",
        "entries-TOTAL_FORMS": str(len(rows)),
        "entries-INITIAL_FORMS": "0",
        "entries-MIN_NUM_FORMS": "0",
        "entries-MAX_NUM_FORMS": "1000",
        **extra,
    }
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"entries-{i}-{key}"] = value
    return data


ROW_A = {
    "position": "2",
    "subject_kind": "tap_the",
    "subject_name": "Phòng Xây dựng chính quyền",
    "form": "bang_khen",
    "level": "ubnd_tinh",
    "achievement": "Xuất sắc",
}
ROW_B = {
    "position": "1",
    "subject_kind": "ca_nhan",
    "subject_name": "Nguyễn Thị Hoa",
    "position_title": "Chuyên viên",
    "form": "chien_si_thi_dua",
    "level": "ubnd_tinh",
    "achievement": "Sáng kiến",
}


def test_create_with_entries_reordered_and_one_removed(login, people, tree, movement):
    client = login(people["clerk"])
    removed = {**ROW_A, "subject_name": "Bỏ đi", "DELETE": "on"}
    response = client.post(
        reverse("commendations:proposal_new"), _post_data(tree, [ROW_A, ROW_B, removed])
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    p = Proposal.objects.get()
    assert list(p.entries.values_list("subject_name", flat=True)) == [
        "Nguyễn Thị Hoa",
        "Phòng Xây dựng chính quyền",
    ]
    page = client.get(reverse("commendations:proposal_detail", args=[p.pk])).content.decode()
    assert "Trình lãnh đạo" in page and "Gửi đề xuất" not in page


def test_failed_save_keeps_what_was_typed(login, people, tree, movement):
    client = login(people["clerk"])
    bad = {**ROW_B, "form": "tap_the_lao_dong_xuat_sac"}
    response = client.post(reverse("commendations:proposal_new"), _post_data(tree, [bad]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "chỉ dành cho tập thể" in page and "Nguyễn Thị Hoa" in page
    assert not Proposal.objects.exists()


def test_add_row_saves_nothing(login, people, tree, movement):
    client = login(people["clerk"])
    response = client.post(
        reverse("commendations:proposal_new"), _post_data(tree, [ROW_B], add_row="1")
    )
    assert response.content.decode().count('name="entries-1-subject_name"') == 1
    assert not Proposal.objects.exists()


def test_the_workflow_through_pages(login, people, draft):
    act = lambda user, action, data=None: login(user).post(  # noqa: E731
        reverse("commendations:proposal_act", args=[draft.pk, action]), data or {}
    )
    assert act(people["clerk"], "submit").status_code == 400  # a clerk cannot send
    assert act(people["clerk"], "send_to_head").status_code == 302
    assert act(people["head"], "submit").status_code == 302
    assert act(people["head"], "decide").status_code == 400  # not its own
    page = login(people["decider"]).get(reverse("commendations:proposal_detail", args=[draft.pk]))
    assert "Ghi quyết định" in page.content.decode()
    first = draft.entries.first()
    response = act(
        people["decider"],
        "decide",
        {"decision_number": "", "decided_on": "05/01/2023", "granted": [first.pk]},
    )
    assert response.status_code == 400 and "số quyết định" in response.content.decode()
    response = act(
        people["decider"],
        "decide",
        {"decision_number": "25/QĐ-UBND", "decided_on": "05/01/2023", "granted": [first.pk]},
    )
    assert response.status_code == 302
    assert Commendation.objects.count() == 1
    page = login(people["clerk"]).get(reverse("commendations:proposal_detail", args=[draft.pk]))
    text = page.content.decode()
    assert "Đã quyết định" in text and "KT-2023-001" in text


def test_another_unit_cannot_open_it(login, people, submitted):
    for name in ("clerk_b",):
        client = login(people[name])
        url = reverse("commendations:proposal_detail", args=[submitted.pk])
        assert client.get(url).status_code == 404
        assert (
            client.get(reverse("documents:proposal", args=[submitted.pk, "docx"])).status_code
            == 404
        )
        assert (
            submitted.title
            not in client.get(reverse("commendations:proposal_list")).content.decode()
        )


def test_deciding_unit_does_not_see_a_draft(login, people, draft):
    url = reverse("commendations:proposal_detail", args=[draft.pk])
    assert login(people["decider"]).get(url).status_code == 404


def test_word_file_has_the_appendix(submitted):
    rendered = documents.render_proposal(submitted, "docx")
    doc = docx.Document(io.BytesIO(rendered.content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "TỜ TRÌNH" in text and "Danh sách đề nghị khen thưởng" in text
    assert "Đề nghị tặng Bằng khen năm 2022" in text
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    cells = next(t for t in tables if t[0][0] == "STT")
    assert cells[0][:2] == ["STT", "Tên tập thể, cá nhân"]
    assert [row[1] for row in cells[1:]] == ["Phòng Xây dựng chính quyền", "Nguyễn Thị Hoa"]
    assert cells[2][3] == "Chiến sĩ thi đua" and cells[2][4] == "UBND tỉnh"


def test_word_download_for_the_proposer(login, people, draft):
    response = login(people["clerk"]).get(reverse("documents:proposal", args=[draft.pk, "docx"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')


@pytest.mark.parametrize("fmt", ["xls"])
def test_bad_format(login, people, draft, fmt):
    response = login(people["clerk"]).get(reverse("documents:proposal", args=[draft.pk, fmt]))
    assert response.status_code in (400, 404)


def test_services_unused_import_guard():
    assert services.proposal_actions


def test_entries_imported_from_a_file_then_saved(login, people, tree, movement):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.commendations.test_services import ENTRY_FILE

    client = login(people["clerk"])
    data = _post_data(tree, [], import_rows="1")
    data["tep_danh_sach"] = SimpleUploadedFile("ds.csv", ENTRY_FILE.encode())
    page = client.post(reverse("commendations:proposal_new"), data).content.decode()
    assert "Đã đọc 2 dòng" in page and 'value="Nguyễn Thị Hoa"' in page
    assert not Proposal.objects.exists()
    bad = _post_data(tree, [], import_rows="1")
    bad["tep_danh_sach"] = SimpleUploadedFile(
        "ds.csv", (ENTRY_FILE + "Cá nhân,Lê,,Huân chương,UBND tỉnh,X\n").encode()
    )
    page = client.post(reverse("commendations:proposal_new"), bad).content.decode()
    assert "Dòng 4" in page and "Huân chương" in page
