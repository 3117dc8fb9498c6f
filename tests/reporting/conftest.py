import datetime

import pytest

from danvan.dossiers.services import dossier_create
from danvan.reporting.services import request_issue

D = datetime.date


@pytest.fixture
def request_2021(users, tree):
    return request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="1995",
        symbol="SNV-XDCQ&CTTN",
        issued_on=D(2021, 10, 29),
        subject="Báo cáo kết quả thực hiện quy chế dân chủ năm 2021",
        period="2021",
        deadline=D(2021, 11, 10),
        targets=[tree["A"], tree["B"], tree["X"]],
    )


def dossiers(unit, prefix: str, *, online: int, offline: int, year: int = 2021) -> None:
    """``online`` + ``offline`` dossiers received in March of ``year``, all still pending."""
    for i in range(online + offline):
        dossier_create(
            unit=unit,
            code=f"{prefix}-{year}-{i}",
            channel="truc_tuyen" if i < online else "truc_tiep",
            received_on=D(year, 3, 1 + i % 28),
        )
