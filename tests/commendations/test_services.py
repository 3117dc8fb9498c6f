"""The proposals' workflow: every move, every refusal, the commendations a decision makes."""

import datetime

import pytest

from danvan.commendations import services
from danvan.commendations.models import Commendation, ProposalStatus, ProposalTransition
from danvan.commendations.selectors import access_proposals, proposals_waiting
from danvan.core.errors import Conflict, DomainError, Forbidden, Invalid
from tests.commendations.conftest import ENTRIES

D = datetime.date
S = ProposalStatus


def test_draft_keeps_entries_in_order(draft):
    names = list(draft.entries.values_list("position", "subject_name"))
    assert names == [(1, "Phòng Xây dựng chính quyền"), (2, "Nguyễn Thị Hoa")]
    assert draft.status == S.DRAFT


def test_bad_entries_change_nothing(people, tree):
    bad = [{**ENTRIES[1], "form": "tap_the_lao_dong_xuat_sac"}, {**ENTRIES[0], "level": "x"}]
    with pytest.raises(Invalid) as caught:
        services.proposal_create(
            user=people["clerk"],
            unit=tree["A"],
            deciding_unit=tree["P"],
            title="Đề nghị",
            year=2022,
            entries=bad,
        )
    reasons = " ".join(p["reason"] for p in caught.value.problems)
    assert "chỉ dành cho tập thể" in reasons and "«x»" in reasons
    assert not services.Proposal.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"year": "abc"}, "year"),
        ({"deciding_unit": None}, "deciding_unit"),
    ],
)
def test_bad_head_refused(people, tree, changes, field):
    values = {"deciding_unit": tree["P"], "title": "Đề nghị", "year": 2022, **changes}
    with pytest.raises(Invalid) as caught:
        services.proposal_create(user=people["clerk"], unit=tree["A"], entries=ENTRIES, **values)
    assert caught.value.problems[0]["field"] == field


def test_own_unit_cannot_be_the_deciding_unit(people, tree):
    with pytest.raises(Invalid):
        services.proposal_create(
            user=people["clerk"], unit=tree["A"], deciding_unit=tree["A"], title="T", year=2022
        )


def test_another_units_clerk_cannot_draft(people, tree):
    with pytest.raises(Forbidden):
        services.proposal_create(
            user=people["clerk_b"], unit=tree["A"], deciding_unit=tree["P"], title="T", year=2022
        )


def test_a_clerk_cannot_send(draft, people):
    p = services.proposal_send_to_head(user=people["clerk"], proposal=draft)
    with pytest.raises(Forbidden):
        services.proposal_submit(user=people["clerk"], proposal=p)
    assert "submit" not in services.proposal_actions(user=people["clerk"], proposal=p)
    assert "submit" in services.proposal_actions(user=people["head"], proposal=p)


def test_cannot_send_a_draft_straight(draft, people):
    with pytest.raises(DomainError):
        services.proposal_submit(user=people["head"], proposal=draft)


def test_empty_proposal_cannot_go_to_head(people, tree):
    p = services.proposal_create(
        user=people["clerk"], unit=tree["A"], deciding_unit=tree["P"], title="T", year=2022
    )
    with pytest.raises(DomainError, match="chưa có"):
        services.proposal_send_to_head(user=people["clerk"], proposal=p)


def test_stale_version_is_a_conflict(draft, people, tree):
    old = draft.version
    services.proposal_update(
        user=people["clerk"],
        proposal=draft,
        expected_version=old,
        deciding_unit=tree["P"],
        title="Sửa",
        year=2022,
    )
    with pytest.raises(Conflict):
        services.proposal_update(
            user=people["head"],
            proposal=draft,
            expected_version=old,
            deciding_unit=tree["P"],
            title="Sửa lần hai",
            year=2022,
        )


def test_submitted_is_locked(submitted, people, tree):
    with pytest.raises(DomainError, match="Đã gửi"):
        services.proposal_update(
            user=people["clerk"],
            proposal=submitted,
            expected_version=None,
            deciding_unit=tree["P"],
            title="Sửa",
            year=2022,
        )


def test_proposing_unit_cannot_decide_its_own(submitted, people):
    with pytest.raises(Forbidden, match="tự quyết định"):
        services.proposal_decide(
            user=people["head"],
            proposal=submitted,
            decision_number="1/QĐ",
            decided_on=D(2023, 1, 5),
            granted=[],
        )
    assert "decide" not in services.proposal_actions(user=people["head"], proposal=submitted)


def test_someone_else_cannot_decide(submitted, people):
    with pytest.raises(Forbidden):
        services.proposal_return(user=people["clerk_b"], proposal=submitted, reason="x")


@pytest.mark.parametrize(
    ("number", "day", "field"),
    [
        ("", D(2023, 1, 5), "decision_number"),
        ("1/QĐ", None, "decided_on"),
        ("1/QĐ", D(2099, 1, 1), "decided_on"),
    ],
)
def test_deciding_needs_number_and_date(submitted, people, number, day, field):
    with pytest.raises(Invalid) as caught:
        services.proposal_decide(
            user=people["decider"],
            proposal=submitted,
            decision_number=number,
            decided_on=day,
            granted=[],
        )
    assert caught.value.problems[0]["field"] == field
    submitted.refresh_from_db()
    assert submitted.status == S.SUBMITTED


def test_return_needs_a_reason_then_edit_and_resend(submitted, people, tree):
    with pytest.raises(Invalid):
        services.proposal_return(user=people["decider"], proposal=submitted, reason="  ")
    p = services.proposal_return(
        user=people["decider"], proposal=submitted, reason="Thiếu báo cáo thành tích"
    )
    assert (p.status, p.return_reason) == (S.RETURNED, "Thiếu báo cáo thành tích")
    assert "edit" in services.proposal_actions(user=people["clerk"], proposal=p)
    p = services.proposal_update(
        user=people["clerk"],
        proposal=p,
        expected_version=p.version,
        deciding_unit=tree["P"],
        title=p.title,
        year=2022,
        entries=ENTRIES[:1],
    )
    p = services.proposal_send_to_head(user=people["clerk"], proposal=p)
    p = services.proposal_submit(user=people["head"], proposal=p)
    assert p.status == S.SUBMITTED and p.return_reason == ""
    assert p.entries.count() == 1


def test_decide_grants_one_of_two(submitted, people, movement):
    first, second = submitted.entries.all()
    p = services.proposal_decide(
        user=people["decider"],
        proposal=submitted,
        decision_number="25/QĐ-UBND",
        decided_on=D(2023, 1, 5),
        granted=[first.pk],
    )
    assert p.status == S.DECIDED
    made = Commendation.objects.get()
    assert (made.subject_name, made.proposal, made.movement, made.decision_number) == (
        "Phòng Xây dựng chính quyền",
        p,
        movement,
        "25/QĐ-UBND",
    )
    assert made.code == "KT-2023-001" and made.unit == p.unit
    second.refresh_from_db()
    assert second.granted is False
    moves = list(ProposalTransition.objects.filter(proposal=p).values_list("to_status", flat=True))
    assert moves == [S.PENDING_HEAD, S.SUBMITTED, S.DECIDED]
    with pytest.raises(DomainError):
        services.proposal_return(user=people["decider"], proposal=p, reason="muộn")


def test_grant_of_another_proposals_entry_refused(submitted, people):
    with pytest.raises(Invalid):
        services.proposal_decide(
            user=people["decider"],
            proposal=submitted,
            decision_number="1/QĐ",
            decided_on=D(2023, 1, 5),
            granted=[999999],
        )


def test_who_sees_what(draft, people, tree):
    assert draft in access_proposals(people["clerk"])
    # The deciding unit does not see drafts; another unit never sees it.
    assert draft not in access_proposals(people["decider"])
    assert draft not in access_proposals(people["clerk_b"])
    p = services.proposal_send_to_head(user=people["clerk"], proposal=draft)
    p = services.proposal_submit(user=people["head"], proposal=p)
    assert p in access_proposals(people["decider"])
    assert p in proposals_waiting(people["decider"])
    assert p not in access_proposals(people["clerk_b"])
    assert p not in proposals_waiting(people["head"])


def test_head_can_send_back_to_draft(draft, people):
    p = services.proposal_send_to_head(user=people["clerk"], proposal=draft)
    with pytest.raises(Forbidden):
        services.proposal_withdraw(user=people["clerk"], proposal=p)
    p = services.proposal_withdraw(user=people["head"], proposal=p, comment="Bổ sung")
    assert p.status == S.DRAFT


def test_worklist_lines(submitted, people, draft):
    from danvan.worklist.selectors import worklist_for

    items = [
        i
        for i in worklist_for(people["decider"], D(2023, 1, 5))
        if i.source == "commendations.proposals"
    ]
    assert [i.kind for i in items] == ["Đề xuất khen thưởng chờ quyết định"]
    assert not [
        i
        for i in worklist_for(people["clerk_b"], D(2023, 1, 5))
        if i.source == "commendations.proposals"
    ]
    services.proposal_return(user=people["decider"], proposal=submitted, reason="Thiếu")
    mine = [
        i
        for i in worklist_for(people["clerk"], D(2023, 1, 5))
        if i.source == "commendations.proposals"
    ]
    assert [(i.kind, i.extra) for i in mine] == [("Đề xuất khen thưởng bị trả lại", "Thiếu")]


ENTRY_FILE = (
    "Đối tượng,Tên tập thể,Chức vụ,Hình thức,Cấp,Thành tích\n"
    "Tập thể,Văn phòng Sở,Sở Nội vụ,Bằng khen,UBND tỉnh,Xuất sắc\n"
    "Cá nhân,Nguyễn Thị Hoa,Chuyên viên,Chiến sĩ thi đua,UBND tỉnh,Sáng kiến\n"
).replace("Tên tập thể,", "Họ và tên,")


def test_entries_read_from_a_file(db):
    rows = services.proposal_entries_read(ENTRY_FILE.encode(), "ds.csv")
    assert [(r["subject_kind"], r["form"]) for r in rows] == [
        ("tap_the", "bang_khen"),
        ("ca_nhan", "chien_si_thi_dua"),
    ]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("Cá nhân,Lê Văn Minh,,Tập thể lao động xuất sắc,UBND tỉnh,X", "chỉ dành cho tập thể"),
        ("Cá nhân,Lê Văn Minh,,Huân chương,UBND tỉnh,X", "Huân chương"),
        ("Cá nhân,,,Bằng khen,UBND tỉnh,X", "không được để trống"),
    ],
)
def test_a_bad_entry_row_rejects_the_file(db, bad, reason):
    from danvan.core.importing import ImportRejected

    with pytest.raises(ImportRejected) as caught:
        services.proposal_entries_read((ENTRY_FILE + bad + "\n").encode(), "ds.csv")
    assert reason in str([vars(p) for p in caught.value.problems])
