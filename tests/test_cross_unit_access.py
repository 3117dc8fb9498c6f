"""Walks every URL pattern and API endpoint with GET, POST, PUT, PATCH and DELETE as users of
other units and asserts that nothing of unit A leaks and nothing changes. New endpoints are
picked up automatically; one whose URL takes a parameter this test does not know fails until a
sample value is added here. The methods each route answers are read from its view, so a 405 on
one of them is a failure, not a refusal."""

import datetime
import functools
import inspect
import json
import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from ninja.operation import PathView

from danvan.accounts.models import RoleGrant
from danvan.accounts.services import api_token_create
from danvan.activities.models import Inspection
from danvan.audit.models import AuditEvent
from danvan.calendars.models import CalendarDay
from danvan.deadlines.models import Evidence
from danvan.dossiers.models import Dossier
from danvan.inspections.models import Recommendation
from danvan.notifications.models import Notification
from danvan.petitions.models import Petition
from danvan.plans.models import Plan, PlanItem
from danvan.registers.models import CustomField, TrashedRecord
from danvan.reporting.models import (
    Consolidation,
    ReportRequest,
    ReportVersion,
    RequestTarget,
    UnitReport,
)
from tests.conftest import make_user
from tests.plugin_deadline.models import KIND as TASK_KIND
from tests.plugin_deadline.models import Task

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
    # emulation (issue 13)
    "registration_id",
    "movement_id",
    # inspections (danvan.inspections)
    "inspection_id",
    "evidence_id",
    "rec_id",
    # democracy (issue 12, part 3)
    "obligation_id",
    "conference_id",
}
REFUSED = {403, 404, 405}
# An API write with an empty body fails ninja's payload validation before the view runs: the
# same 422 for any object, existing or not, so it tells nothing about unit A.
REFUSED_EMPTY_BODY = REFUSED | {422}
# Routes whose answer to their owner is a redirect to the object they stand for (opening a
# notification marks it read and goes to its target).
REDIRECT_TO_TARGET = {"notifications:open"}
PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(view) -> frozenset[str]:
    """The methods a route's view answers, read from the view itself: a django-ninja path's
    operations, a class-based view's handlers, Django's ``require_http_methods`` family
    (``require_POST``, ``require_GET``) anywhere in the decorator chain. A plain function view
    answers every method (it tells GET from POST itself)."""
    while view is not None:
        if isinstance(view, functools.partial):
            view = view.func
            continue
        view_class = getattr(view, "view_class", None)
        if view_class is not None:
            names = view_class.http_method_names
            return frozenset(
                m for m in METHODS if m.lower() in names and hasattr(view_class, m.lower())
            )
        if getattr(view, "__closure__", None):
            nonlocals = inspect.getclosurevars(view).nonlocals
            if isinstance(nonlocals.get("self"), PathView):  # ninja's per-path view
                return frozenset(m for op in nonlocals["self"].operations for m in op.methods)
            if "request_method_list" in nonlocals:  # django.views.decorators.http
                return frozenset(nonlocals["request_method_list"])
        view = getattr(view, "__wrapped__", None)
    return frozenset(METHODS)


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            yield (
                prefix + str(entry.pattern),
                f"{namespace}{entry.name}",
                allowed_methods(entry.callback),
            )


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
    # This year's plan (the «Dân vận khéo» targets page shows this year): its item expects
    # at least one model of A.
    plan = Plan.objects.create(
        unit=tree["A"],
        subject="Kế hoạch bí mật của Sở Nội vụ",
        sections={"I": "Nội dung"},
        year=datetime.date.today().year,
    )
    plan_item = PlanItem.objects.create(
        plan=plan,
        code=f"{plan.pk}:1",
        number="1",
        position=1,
        unit=tree["A"],
        content="Việc của Sở Nội vụ",
        output="mo_hinh",
        target_value=1,
    )
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
    # A province-wide custom field (no unit owns it): shown on every petition, changed by none.
    field = CustomField.objects.create(
        register_slug="petitions", code="ghi_chu_them", label="Ghi chú thêm", kind="text"
    )
    # --- deadline engine (/han/<kind>/<pk>/…): a task of the test kind, with a file ---
    task = Task.objects.create(
        unit=tree["A"], title="Việc bí mật của Sở Nội vụ", due_on=datetime.date(2021, 5, 10)
    )
    task_file = Evidence.objects.create(
        thing=task,
        kind=Evidence.Kind.FILE,
        label="Biên bản của Sở Nội vụ",
        file=ContentFile(b"%PDF-1.4 A-BI-MAT", name="bien-ban.pdf"),
    )
    deadline_samples = {
        ("han", "kind"): TASK_KIND,
        ("han", "pk"): task.pk,
        ("han", "evidence_id"): task_file.pk,
    }
    # --- end of the deadline engine's samples ---
    # --- inspections: A inspects its own department A1; one recommendation with every file.
    inspection = Inspection.objects.create(
        code="KT-BI-MAT",
        unit=tree["A"],
        held_on=datetime.date(2023, 6, 15),
        subject="Kiểm tra của Sở Nội vụ",
        inspected_codes="A1",
    )
    inspection.inspected_units.set([tree["A1"]])
    inspection.conclusion_file.save("ket-luan.pdf", ContentFile(b"%PDF-1.4"), save=True)
    recommendation = Recommendation.objects.create(
        code="KN-BI-MAT",
        inspection=inspection,
        unit=tree["A1"],
        content="Kiến nghị của Sở Nội vụ",
        due_on=datetime.date(2023, 9, 30),
        result="dang_khac_phuc",
        state="dang_thuc_hien",
        report_text="Báo cáo của Phòng Xây dựng chính quyền",
        reported_on=datetime.date(2023, 9, 1),
    )
    recommendation.report_file.save("bao-cao.pdf", ContentFile(b"%PDF-1.4"), save=True)
    evidence = Evidence(
        content_type=ContentType.objects.get_for_model(Recommendation),
        object_id=recommendation.pk,
        kind="tep",
        label="Minh chứng của Sở Nội vụ",
    )
    evidence.file.save("minh-chung.pdf", ContentFile(b"%PDF-1.4"), save=True)
    inspection_samples = {
        ("inspections", "pk"): inspection.pk,
        ("recommendations", "pk"): recommendation.pk,
        ("*", "inspection_id"): inspection.pk,
        ("*", "evidence_id"): evidence.pk,
        ("*", "rec_id"): recommendation.pk,
    }
    # --- end of inspections
    # --- democracy (issue 12, part 3): A's obligation and staff conference ---
    from danvan.activities.models import StaffConference
    from danvan.democracy.models import Obligation, ObligationType

    conference = StaffConference.objects.create(
        code="A-BI-MAT-HNCB",
        unit=tree["A"],
        held_on=datetime.date(2023, 3, 8),
        attendees=10,
        staff_total=12,
        subject="Hội nghị của Sở Nội vụ",
    )
    obligation = Obligation.objects.create(
        code="A-BI-MAT-CK",
        unit=tree["A"],
        type=ObligationType.objects.get(code="CK_TAI_SAN", valid_from=datetime.date(2023, 7, 1)),
        year=2024,
        due_on=datetime.date(2024, 3, 31),
        published_content="Công khai của Sở Nội vụ",
    )
    democracy_samples = {
        ("*", "obligation_id"): obligation.pk,
        ("*", "conference_id"): conference.pk,
        ("democracy", "board"): "ban-thanh-tra-nhan-dan",
        ("*", "type_code"): "CK_TAI_SAN",
    }
    # --- end democracy ---
    # --- commendations: A's proposal to P (sent) and a commendation of A ---
    from danvan.commendations.models import Commendation, Proposal, ProposalEntry

    proposal = Proposal.objects.create(
        unit=tree["A"],
        deciding_unit=tree["P"],
        title="Đề xuất A-BI-MAT",
        year=2022,
        status="draft",
    )
    ProposalEntry.objects.create(
        proposal=proposal,
        subject_kind="ca_nhan",
        subject_name="Cá nhân A-BI-MAT",
        form="bang_khen",
        level="ubnd_tinh",
        achievement="Thành tích A-BI-MAT",
    )
    Commendation.objects.create(
        code="KT-A-BI-MAT",
        unit=tree["A"],
        subject_kind="ca_nhan",
        subject_name="Cá nhân A-BI-MAT",
        form="bang_khen",
        level="ubnd_tinh",
        decision_number="1/QĐ",
        decided_on=datetime.date(2022, 5, 1),
        proposal=proposal,
    )
    commendation_samples = {
        ("commendations", "pk"): proposal.pk,
        ("commendations", "action"): "decide",
        ("api-v1", "pk"): proposal.pk,
        ("*", "proposal_id"): proposal.pk,
    }
    # --- end commendations ---
    # --- emulation ---
    from danvan.emulation.models import Criterion, Movement, Registration

    movement = Movement.objects.create(
        code="TD-A-BI-MAT",
        name="Phong trào A-BI-MAT",
        unit=tree["A"],
        starts_on=datetime.date(2021, 1, 1),
        ends_on=datetime.date(2025, 12, 31),
    )
    Criterion.objects.create(
        movement=movement, position=1, text="Tiêu chí A-BI-MAT", applies_to="ca_hai",
        method="co_khong",
    )  # fmt: skip
    registration = Registration.objects.create(
        code="DK-A-BI-MAT",
        movement=movement,
        unit=tree["A"],
        subject_kind="tap_the",
        subject_name="Tập thể A-BI-MAT",
        registered_on=datetime.date(2021, 3, 1),
        year=2021,
    )
    emulation_samples = {
        ("emulation", "pk"): movement.pk,
        ("*", "movement_id"): movement.pk,
        ("*", "registration_id"): registration.pk,
        ("*", "report_type"): "BC_DINH_KY",  # the province's, readable by everyone
    }
    # --- end emulation ---
    # --- background jobs (danvan.jobs): A's import, its result lines naming A's dossiers ---
    from danvan.jobs.files import result_write
    from danvan.jobs.models import Job

    job = Job.objects.create(
        kind="registers.import",
        unit=tree["A"],
        user=clerk_a,
        state=Job.State.DONE,
        params={"register": "dossiers"},
        input_name="HS-BI-MAT.csv",
        message="Đã xong.",
        result_lines=["Hồ sơ HS-BI-MAT"],
        result_name="loi-nhap-dossiers.csv",
    )
    result_write(job.pk, "Mã hồ sơ\nHS-BI-MAT\n".encode())
    job_samples = {("jobs", "pk"): job.pk, ("*", "job_id"): job.pk}
    # --- end background jobs ---
    return {
        **job_samples,
        **emulation_samples,
        **commendation_samples,
        **deadline_samples,
        **inspection_samples,
        **democracy_samples,
        ("*", "field_id"): field.pk,
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
    "democracy:overview": "don_vi=A&nam=2023",
    "api-v1:obligations_list": "unit=A&year=2024",
    "api-v1:boards": "unit=A",
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


def _text(response) -> str:
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        # Read JSON as data, so \\u-escaped Vietnamese is caught too.
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return text


def test_every_route_is_walked(db):
    names = {name for _, name, _ in ALL_ROUTES}
    assert {"orgunits:detail", "accounts:detail", "api-v1:units_detail", "audit:list"} <= names


def test_allowed_methods_are_read_from_the_views(db):
    methods = {name: allowed for _, name, allowed in ALL_ROUTES}
    assert methods["orgunits:rename"] == {"POST"}  # require_POST under role_required
    assert methods["notifications:open"] == {"GET"}  # require_GET
    assert methods["orgunits:tree"] == set(METHODS)  # a page that reads the method itself
    assert methods["api-v1:units_letterhead_set"] == {"PUT"}  # ninja's operations
    assert methods["api-v1:dossiers_list"] == {"GET", "POST"}


def test_outsiders_see_nothing_of_another_unit_and_change_nothing(users, tree, outsiders):
    samples = sample_values(tree, users)
    checked = 0
    for route, name, allowed in ALL_ROUTES:
        path = fill(route, name, samples)
        names = {m.group("name") for m in PARAM.finditer(route)}
        refused = bool(names & OBJECT_PARAMS)
        for who, user in outsiders.items():
            client = _client(user, path)
            before = AuditEvent.objects.count()
            for method in METHODS:
                response = getattr(client, method.lower())(path)
                where = f"{method} {path} as {who}"
                expected = ALLOWED_STATUS
                if refused:
                    writes_api = path.startswith("/api/") and method != "GET"
                    expected = REFUSED_EMPTY_BODY if writes_api else REFUSED
                assert response.status_code in expected, f"{where}: {response.status_code}"
                if method in allowed:  # the view answers it: a refusal comes from the gate
                    assert response.status_code != 405, f"{where}: 405"
                text = _text(response)
                for secret in SECRETS:
                    assert secret not in text, f"{where} leaks «{secret}»"
                checked += 1
            assert AuditEvent.objects.count() == before, f"{path} as {who} changed data"
    assert checked == len(ALL_ROUTES) * len(outsiders) * len(METHODS)


def test_owners_open_the_samples_and_reach_every_method_the_route_answers(users, tree):
    """Guards against a vacuous pass, two ways. Someone entitled to unit A (its province
    administrator, or the head who keeps its registers) gets each parameterised page, so the
    outsiders' refusals come from the access gate, not from a bad sample. And an owner's 405 is
    a failure, not a success: every method the view answers (read from the view, see
    allowed_methods) is reached, whatever the answer (a form error, a refusal, a redirect);
    one it does not answer is a 405 or a gate in front of the view (the login page sends a
    signed-in user home). Writes are rolled back, so every route sees the same samples."""
    samples = sample_values(tree, users)
    admin, head = users["admin"], users["head_a"]
    for route, name, allowed in ALL_ROUTES:
        path = fill(route, name, samples)
        statuses = {}
        for method in METHODS:
            client = _client(admin, path)  # fresh: a POST to «đăng xuất» ends the session
            with transaction.atomic():
                statuses[method] = getattr(client, method.lower())(path).status_code
                transaction.set_rollback(True)
            where = f"{method} {path} as the province admin (view answers {sorted(allowed)})"
            if method in allowed:
                assert statuses[method] != 405, f"{where}: 405"
            else:
                assert statuses[method] in {302, 403, 405}, f"{where}: {statuses[method]}"
        if "<" not in route or "GET" not in allowed:
            continue
        owners = [statuses["GET"], _client(head, path).get(path).status_code]
        if name in REDIRECT_TO_TARGET:
            owners = [200 if s == 302 else s for s in owners]
        assert 200 in owners, f"GET {path} as A's owners: {owners}"
