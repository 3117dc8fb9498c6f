"""An inspection of B by A (Sở Nội vụ) on 15/06/2023, and people on both sides and outside."""

import datetime

import pytest

from danvan.activities.models import Inspection
from danvan.activities.spec import INSPECTIONS
from danvan.inspections import services
from danvan.registers.services import register_record_create
from tests.conftest import make_user

D = datetime.date
TODAY = D(2023, 12, 1)
DUE = D(2023, 9, 30)


@pytest.fixture
def people(users, tree):
    return {
        "inspector": users["clerk_a"],  # keeper of A, the inspecting unit
        "inspector_head": users["head_a"],
        "clerk_b": users["clerk_b"],  # keeper of B, the inspected unit
        "head_b": make_user("lanhdao.b", "lanh_dao", tree["B"], subtree=True),
        "clerk_x": make_user("chuyenvien.x", "chuyen_vien", tree["X"]),  # a third unit
        "aggregator": users["aggregator"],
    }


@pytest.fixture
def inspection(tree) -> Inspection:
    return register_record_create(
        INSPECTIONS,
        {
            "code": "KT-A-2023",
            "unit": tree["A"],
            "held_on": D(2023, 6, 15),
            "subject": "Công tác cải cách hành chính",
            "kind": Inspection.Kind.CCHC,
            "leader": "Nguyễn Văn Kiểm",
            "members": "Trần Thị Lan — Trưởng phòng\nLê Văn Minh — Chuyên viên",
            "basis": "Kế hoạch số 25/KH-SNV ngày 20/02/2023 của Sở Nội vụ",
            "inspected_codes": "B",
            "conclusion_on": D(2023, 6, 30),
            "conclusion": "Niêm yết thủ tục chưa đầy đủ.",
        },
    )


@pytest.fixture
def make_rec(inspection, people, tree):
    def _make(code="KN-1", due=DUE, content="Niêm yết đầy đủ thủ tục hành chính"):
        return services.recommendation_create(
            user=people["inspector"],
            values={
                "code": code,
                "inspection": inspection,
                "unit": tree["B"],
                "content": content,
                "due_on": due,
            },
        )

    return _make
