"""Walks every URL pattern and API endpoint as users of other units and asserts that nothing
of unit A leaks and nothing changes. New endpoints are picked up automatically; one whose
URL takes a parameter this test does not know fails until a sample value is added here."""

import datetime
import json
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from danvan.accounts.models import RoleGrant
from danvan.accounts.services import api_token_create
from danvan.audit.models import AuditEvent
from danvan.calendars.models import CalendarDay
from danvan.dossiers.models import Dossier
from danvan.notifications.models import Notification
from danvan.petitions.models import Petition
from danvan.plans.models import Plan, PlanItem
from danvan.registers.models import TrashedRecord
from danvan.reporting.models import (
    Consolidation,
    ReportRequest,
    ReportVersion,
    RequestTarget,
    UnitReport,
)
from tests.conftest import make_user

# Text that belongs to unit A and its people only.
SECRETS = [
    "Sở Nội vụ",
    "Phòng Xây dựng chính quyền",
    "/P/A/",
    "HS-BI-MAT",
    "DON-BI-MAT",
    "A-BI-MAT",
    "chuyenvien.a",
    "lanhdao.a",
    "quantri.a",
]
ALLOWED_STATUS = {200, 204, 302, 400, 401, 403, 404, 405, 413, 422, 429}
# A URL carrying one of these names points at an object of unit A: refused outright.
OBJECT_PARAMS = {
    "code",
    "pk",
    "grant_pk",
    "dossier_id",
    "record_id",
    "request_id",
    "plan_id",
    "item_id",
    "report_id",
    "unit_code",
    "entry_id",
}
REFUSED = {403, 404, 405}
# Routes whose answer to their owner is a redirect to the object they stand for (opening a
# notification marks it read and goes to its target).
REDIRECT_TO_TARGET = {"notifications:open"}
PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), f"{namespace}{entry.name}"


ALL_ROUTES = list(walk(get_resolver().url_patterns))


def sample_values(tree, users):
    """Values of A's objects for each URL parameter: (url name, param) first, then param."""
    clerk_a = users["clerk_a"]
    day = CalendarDay.objects.create(day=datetime.date(2025, 2, 15), kind="lam_viec")
    dossier = Dossier.objects.create(
        code="HS-BI-MAT",
        unit=tree["A"],
        channel="truc_tiep",
        procedure_name="Thủ tục Sở Nội vụ",
        received_on=datetime.date(2021, 1, 4),
    )
    petition = Petition.objects.create(
        code="DON-BI-MAT", unit=tree["A"], kind="khieu_nai", received_on=datetime.date(2021, 3, 1)
    )
    report_request = ReportRequest.objects.create(
        number="7",
        symbol="A-BI-MAT",
        issued_on=datetime.date(2021, 10, 1),
        issuer=tree["A"],
        subject="Yêu cầu nội bộ của Sở Nội vụ",
        period="2021",
        deadline=datetime.date(2021, 11, 1),
    )
    RequestTarget.objects.create(request=report_request, unit=tree["A"])
    unit_report = UnitReport.objects.create(
        request=report_request, unit=tree["A"], sections={"I": "Nội dung của Sở Nội vụ"}
    )
    Consolidation.objects.create(
        request=report_request,
        sections={"I": "Tổng hợp của Sở Nội vụ"},
        figures={"values": {"HS_MOI": 1}, "units": {"A": {"HS_MOI": 1}}, "reports": []},
    )
    plan = Plan.objects.create(
        unit=tree["A"], subject="Kế hoạch bí mật của Sở Nội vụ", sections={"I": "Nội dung"}
    )
    plan_item = PlanItem.objects.create(plan=plan, position=1, content="Việc của Sở Nội vụ")
    ReportVersion.objects.create(
        report=unit_report, number=1, status="draft", sections=unit_report.sections
    )
    # The notification of A's head about A's report (its own URL marks it read and redirects).
    notification = Notification.objects.create(
        user=users["head_a"],
        subject="Báo cáo của Sở Nội vụ chờ lãnh đạo duyệt",
        link=f"/bao-cao/bao-cao/{unit_report.pk}/",
        about="Văn bản số 7/A-BI-MAT — Yêu cầu nội bộ của Sở Nội vụ",
    )
    trashed = TrashedRecord.objects.create(
        register_slug="dossiers",
        unit=tree["A"],
        record_key="HS-BI-MAT-XOA",
        label="Hồ sơ HS-BI-MAT-XOA",
        values={"ma_ho_so": "HS-BI-MAT-XOA", "ma_don_vi": "A", "kenh_nop": "truc_tiep"},
        deleted_at=datetime.datetime(2021, 2, 1, tzinfo=datetime.UTC),
        deleted_by_name="chuyenvien.a",
    )
    return {
        ("*", "entry_id"): trashed.pk,
        ("notifications", "pk"): notification.pk,
        ("*", "request_id"): report_request.pk,
        ("*", "plan_id"): plan.pk,
        ("*", "item_id"): plan_item.pk,
        ("*", "fmt"): "docx",
        ("*", "report_id"): unit_report.pk,
        ("reporting", "pk"): report_request.pk,
        ("reporting", "action"): "gui",
        ("*", "unit_code"): tree["A"].code,
        ("accounts", "pk"): clerk_a.pk,
        ("accounts", "grant_pk"): RoleGrant.objects.get(user=clerk_a).pk,
        ("calendars", "pk"): day.pk,
        ("dossiers", "pk"): dossier.pk,
        ("*", "dossier_id"): dossier.pk,
        ("*", "code"): tree["A"].code,
        ("*", "period"): "2021-H1",
        ("*", "indicator"): "HS_MOI",
        # The province's catalogue, not a unit's object: a typed-in item seeded by migration.
        ("*", "definition"): "DVC_TONG",
        ("registers", "register"): "petitions",
        ("registers", "pk"): petition.pk,
        ("api-v1", "slug"): "petitions",
        ("*", "record_id"): petition.pk,
    }


# Required query parameters of some routes, so the walk reaches the access check.
QUERY = {
    "api-v1:units_indicators": "period=2021-H1",
    "api-v1:reports_diff": "a=1&b=1",
    "api-v1:document_appendix": "unit=A&period=2021&subtree=true",
    "documents:appendix": "don_vi=A&ky=2021&cap_duoi=on",
    "api-v1:units_indicator_records": "period=2021-H1",
    "indicators:appendix": "don_vi=A&cap_duoi=on&ky=2021-H1",
    "indicators:records": "don_vi=A&cap_duoi=on&ky=2021-H1&dinh_dang=csv",
    # List filters, search and sort: a foreign unit's code filters nothing of it in.
    "dossiers:list": "ma_don_vi=A&q=BI-MAT&sap_xep=-ngay_tiep_nhan&tinh_trang=dang_giai_quyet",
    "dossiers:export": "ma_don_vi=A&q=BI-MAT&sap_xep=ma_ho_so",
    "registers:list": "ma_don_vi=A&q=BI-MAT&sap_xep=-ma_don_vi&trang=2",
    "registers:export": "ma_don_vi=A&q=BI-MAT&sap_xep=ma_don_vi",
}


def fill(route, name, samples):
    app = name.split(":")[0] if ":" in name else "*"

    def value(match):
        param = match.group("name")
        for key in ((app, param), ("*", param)):
            if key in samples:
                return str(samples[key])
        raise AssertionError(
            f"URL «{route}» ({name}) có tham số «{param}» chưa có giá trị mẫu trong "
            "tests/test_cross_unit_access.py: thêm vào sample_values()."
        )

    path = "/" + PARAM.sub(value, route)
    return f"{path}?{QUERY[name]}" if name in QUERY else path


@pytest.fixture
def outsiders(users, tree):
    return {
        "clerk_b": users["clerk_b"],
        "admin_x": make_user("quantri.x", "quan_tri", tree["X"], subtree=True),
        "aggregator_x": make_user("tonghop.x", "tong_hop", tree["X"], subtree=True),
    }


def _client(user, path):
    if path.startswith("/api/"):
        return Client(HTTP_AUTHORIZATION=f"Bearer {api_token_create(user=user)}")
    client = Client()
    client.force_login(user)
    return client


def test_every_route_is_walked(db):
    names = {name for _, name in ALL_ROUTES}
    assert {"orgunits:detail", "accounts:detail", "api-v1:units_detail", "audit:list"} <= names


def test_outsiders_see_nothing_of_another_unit_and_change_nothing(users, tree, outsiders):
    samples = sample_values(tree, users)
    checked = 0
    for route, name in ALL_ROUTES:
        path = fill(route, name, samples)
        names = {m.group("name") for m in PARAM.finditer(route)}
        expected = REFUSED if names & OBJECT_PARAMS else ALLOWED_STATUS
        for who, user in outsiders.items():
            client = _client(user, path)
            before = AuditEvent.objects.count()
            for method in ("get", "post"):
                response = getattr(client, method)(path)
                where = f"{method.upper()} {path} as {who}"
                assert response.status_code in expected, f"{where}: {response.status_code}"
                body = b"".join(response) if response.streaming else response.content
                text = body.decode("utf-8", errors="replace")
                if response.get("Content-Type", "").startswith("application/json"):
                    # Read JSON as data, so \\u-escaped Vietnamese is caught too.
                    text = json.dumps(json.loads(text), ensure_ascii=False)
                for secret in SECRETS:
                    assert secret not in text, f"{where} leaks «{secret}»"
                checked += 1
            assert AuditEvent.objects.count() == before, f"{path} as {who} changed data"
    assert checked == len(ALL_ROUTES) * len(outsiders) * 2


def test_the_samples_are_real_objects_the_owner_can_open(users, tree):
    """Guards against a vacuous pass: someone entitled to unit A (its province administrator,
    or the head who keeps its registers) gets each parameterised page, so the outsiders'
    refusals come from the access gate, not from a bad sample."""
    samples = sample_values(tree, users)
    owners = [users["admin"], users["head_a"]]
    for route, name in ALL_ROUTES:
        if "<" not in route:
            continue
        path = fill(route, name, samples)
        statuses = [_client(owner, path).get(path).status_code for owner in owners]
        if name in REDIRECT_TO_TARGET:
            statuses = [200 if s == 302 else s for s in statuses]
        assert {200, 405} & set(statuses), f"GET {path} as A's owners: {statuses}"
