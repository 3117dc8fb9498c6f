"""Tasks of the test kind (tests/plugin_deadline) for the engine's tests, and a small world of
due things around the 2023 30/4–1/5 holiday (29/04–03/05/2023 off), seen
on Monday 08/05/2023:

- a report request of P to A, B and X, due Wednesday 10/05/2023;
- unit A (Sở): petition DON-BI-MAT past its deadline 02/05 (quá hạn 3 ngày làm việc), one
  resolved; two dossiers past due 20/04; its head received citizens on 14/04 (April met),
  not yet in May;
- unit B (Sở): petition DON-B-1 past due; one dossier past due; no reception (April behind);
- P (tỉnh): no reception; X (xã) exists only from 01/07/2025.
"""

import datetime

import pytest

from danvan.deadlines import registry
from danvan.dossiers.services import dossier_create
from danvan.petitions.models import Petition, Reception
from danvan.reporting.services import request_issue
from tests.plugin_deadline.models import KIND, Task

D = datetime.date
DAY = D(2023, 5, 8)
DUE = D(2023, 5, 10)
RECEIVED = D(2023, 4, 1)


def petition(unit, code, deadline, resolved=None, received=RECEIVED):
    return Petition.objects.create(
        code=code,
        unit=unit,
        kind="khieu_nai",
        received_on=received,
        handling="thu_ly",
        accepted_on=received,
        deadline=deadline,
        resolved_on=resolved,
    )


def reception(unit, code, day, receiver="lanh_dao_dinh_ky"):
    return Reception.objects.create(code=code, unit=unit, held_on=day, receiver=receiver)


@pytest.fixture
def world(users, tree):
    request = request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="12",
        symbol="SNV-XDCQ",
        issued_on=D(2023, 4, 20),
        subject="Báo cáo công tác dân vận 6 tháng đầu năm 2023",
        period="2023-H1",
        deadline=D(2023, 5, 10),
        targets=[tree["A"], tree["B"], tree["X"]],
    )
    petition(tree["A"], "DON-BI-MAT", D(2023, 5, 2))
    petition(tree["A"], "DON-A-XONG", D(2023, 5, 2), resolved=D(2023, 4, 28))
    petition(tree["B"], "DON-B-1", D(2023, 5, 4))
    for i in range(2):
        dossier_create(
            unit=tree["A"],
            code=f"HS-BI-MAT-{i}",
            channel="truc_tiep",
            received_on=D(2023, 4, 3),
            due_on=D(2023, 4, 20),
        )
    dossier_create(
        unit=tree["B"],
        code="HS-B-1",
        channel="truc_tiep",
        received_on=D(2023, 4, 3),
        due_on=D(2023, 4, 21),
    )
    reception(tree["A"], "TCD-A-04", D(2023, 4, 14))
    reception(tree["A"], "TCD-A-TX", D(2023, 5, 4), receiver="thuong_xuyen")
    return {"request": request, **tree}


@pytest.fixture
def make_task(tree):
    def _make(unit="A", title="Báo cáo sơ kết 6 tháng", due=DUE, **fields):
        return Task.objects.create(unit=tree[unit], title=title, due_on=due, **fields)

    return _make


@pytest.fixture
def media(settings, tmp_path):
    """Uploaded files go to a throw-away folder."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT


@pytest.fixture
def only_the_test_kind(monkeypatch):
    """The engine's own behaviour, with the test kind alone: the apps' kinds (report requests,
    reception quotas …) would add their lines to the digests and the home page of these
    small worlds."""
    monkeypatch.setattr(registry, "_KINDS", {KIND: registry.deadline_kind(KIND)})
