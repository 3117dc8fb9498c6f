import datetime

import pytest

from danvan.plans.services import plan_create, plan_item_add

D = datetime.date


@pytest.fixture
def plan(users, tree):
    """Sở Nội vụ (A)'s 2023 plan, issued 16/01/2023; A's child is A1."""
    return plan_create(
        user=users["clerk_a"],
        unit=tree["A"],
        subject="Kế hoạch công tác dân vận chính quyền năm 2023",
        number="12",
        symbol="KH-SNV",
        issued_on=D(2023, 1, 16),
        implements=[
            {
                "number": "79",
                "symbol": "KH-UBND",
                "date": "10/1/2023",
                "issuer": "UBND tỉnh",
                "subject": "về công tác dân vận chính quyền năm 2023",
            }
        ],
    )


@pytest.fixture
def report_item(users, tree, plan):
    """The 6-month report item: due 10/05/2023, 5 working days ahead, every child of A."""
    return plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        number="3",
        content="Báo cáo công tác dân vận chính quyền 06 tháng",
        unit=tree["A"],
        co_children=True,
        due_rule="trước ngày 10/5/2023",
        output="bao_cao",
        period="2023-H1",
        lead_days=5,
    )
