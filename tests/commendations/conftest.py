"""A proposal of A (Sở Nội vụ) to P (UBND tỉnh), with its clerk, its head and P's aggregator."""

import datetime

import pytest

from danvan.commendations import services
from danvan.emulation.models import Movement
from tests.conftest import make_user

D = datetime.date

ENTRIES = [
    {
        "subject_kind": "tap_the",
        "subject_name": "Phòng Xây dựng chính quyền",
        "position_title": "Sở Nội vụ",
        "form": "tap_the_lao_dong_xuat_sac",
        "level": "ubnd_tinh",
        "achievement": "Hoàn thành xuất sắc nhiệm vụ năm 2022",
    },
    {
        "subject_kind": "ca_nhan",
        "subject_name": "Nguyễn Thị Hoa",
        "position_title": "Chuyên viên, Văn phòng Sở",
        "form": "chien_si_thi_dua",
        "level": "ubnd_tinh",
        "achievement": "Sáng kiến số hóa hồ sơ",
    },
]


@pytest.fixture
def movement(tree):
    return Movement.objects.create(
        code="PT-VHCS",
        name="Xây dựng văn hóa công sở",
        unit=tree["P"],
        starts_on=D(2019, 1, 1),
        ends_on=D(2025, 12, 31),
    )


@pytest.fixture
def people(users, tree):
    return {
        "clerk": users["clerk_a"],
        "head": users["head_a"],
        "decider": users["aggregator"],  # tổng hợp of P (subtree)
        "clerk_b": users["clerk_b"],
        "head_p": make_user("lanhdao.p", "lanh_dao", tree["P"]),
    }


@pytest.fixture
def draft(people, tree, movement):
    return services.proposal_create(
        user=people["clerk"],
        unit=tree["A"],
        deciding_unit=tree["P"],
        title="Đề nghị tặng Bằng khen năm 2022",
        year=2022,
        movement=movement,
        body="Căn cứ kết quả phong trào…",
        entries=ENTRIES,
    )


@pytest.fixture
def submitted(draft, people):
    p = services.proposal_send_to_head(user=people["clerk"], proposal=draft)
    return services.proposal_submit(user=people["head"], proposal=p)
