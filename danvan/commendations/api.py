"""API of commendations: the register's records as read here (``/api/v1/commendations/``;
writes go through the register's own API ``/api/v1/registers/commendations/``) and the
proposals' workflow (``/api/v1/commendation-proposals/``)."""

from django.db.models import Q
from ninja import Router, Schema, Status

from danvan.accounts.access import access_units
from danvan.commendations import services
from danvan.commendations.models import Commendation, Proposal
from danvan.commendations.selectors import PROPOSERS, access_proposals
from danvan.commendations.spec import COMMENDATIONS
from danvan.core.api import StrictIn, Year, body_doc, errors, parse_body
from danvan.core.errors import Invalid, NotFound, problem
from danvan.core.parsing import parse_date
from danvan.emulation.models import Movement
from danvan.emulation.selectors import movements_visible
from danvan.orgunits.models import OrgUnit
from danvan.registers.selectors import register_read_units

router = Router(tags=["Khen thưởng"])
proposals_router = Router(tags=["Đề xuất khen thưởng"])

NOT_FOUND = "Không tìm thấy đề xuất khen thưởng, hoặc bạn không được xem."
UNKNOWN_UNIT = "không có đơn vị «{code}»"
UNKNOWN_MOVEMENT = "không có phong trào thi đua «{code}»"


def _day(value) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


class CommendationOut(Schema):
    id: int
    ma_khen_thuong: str
    ma_don_vi: str
    doi_tuong: str
    ten_doi_tuong: str
    hinh_thuc: str
    cap: str
    so_quyet_dinh: str
    ngay_quyet_dinh: str
    ma_phong_trao: str
    thanh_tich: str
    de_xuat: int | None


def commendation_out(k: Commendation) -> dict:
    return {
        "id": k.pk,
        "ma_khen_thuong": k.code,
        "ma_don_vi": k.unit.code,
        "doi_tuong": k.subject_kind,
        "ten_doi_tuong": k.subject_name,
        "hinh_thuc": k.form,
        "cap": k.level,
        "so_quyet_dinh": k.decision_number,
        "ngay_quyet_dinh": _day(k.decided_on),
        "ma_phong_trao": k.movement.code if k.movement else "",
        "thanh_tich": k.achievement,
        "de_xuat": k.proposal_id,
    }


@router.get(
    "/", response={200: list[CommendationOut], **errors()}, summary="Các khen thưởng được xem"
)
def commendations_list(request, unit: str = "", nam: Year | None = None):
    records = Commendation.objects.filter(
        Q(unit__in=register_read_units(COMMENDATIONS, request.auth))
        | Q(proposal__in=access_proposals(request.auth))
    ).select_related("unit", "movement")
    if unit:
        records = records.filter(unit__code=unit)
    if nam:
        records = records.filter(decided_on__year=nam)
    return [commendation_out(k) for k in records.distinct().order_by("-decided_on", "code")]


class EntryIO(Schema):
    id: int | None = None
    doi_tuong: str
    ten_doi_tuong: str
    chuc_vu: str = ""
    hinh_thuc: str
    cap: str
    tom_tat_thanh_tich: str
    duoc_khen_thuong: bool | None = None


class TransitionOut(Schema):
    tu: str
    den: str
    boi: str
    luc: str
    y_kien: str


class ProposalOut(Schema):
    id: int
    ma_don_vi: str
    ma_co_quan_quyet_dinh: str
    so_to_trinh: str
    trich_yeu: str
    nam: int
    ma_phong_trao: str
    noi_dung: str
    trang_thai: str
    phien_ban: int
    ly_do_tra_lai: str
    so_quyet_dinh: str
    ngay_quyet_dinh: str
    hanh_dong: list[str]
    danh_sach: list[EntryIO]
    qua_trinh: list[TransitionOut]
    khen_thuong: list[CommendationOut]


class ProposalIn(StrictIn):
    ma_don_vi: str
    ma_co_quan_quyet_dinh: str
    trich_yeu: str
    nam: int
    so_to_trinh: str = ""
    ma_phong_trao: str = ""
    noi_dung: str = ""
    danh_sach: list[EntryIO] = []


class ProposalUpdateIn(StrictIn):
    phien_ban: int
    ma_co_quan_quyet_dinh: str
    trich_yeu: str
    nam: int
    so_to_trinh: str = ""
    ma_phong_trao: str = ""
    noi_dung: str = ""
    danh_sach: list[EntryIO] | None = None


class StepIn(StrictIn):
    phien_ban: int | None = None
    y_kien: str = ""


class ReturnIn(StrictIn):
    phien_ban: int | None = None
    ly_do: str


class DecideIn(StrictIn):
    phien_ban: int | None = None
    so_quyet_dinh: str
    ngay_quyet_dinh: str
    khen_thuong: list[int]


def proposal_out(p: Proposal, user) -> dict:
    return {
        "id": p.pk,
        "ma_don_vi": p.unit.code,
        "ma_co_quan_quyet_dinh": p.deciding_unit.code,
        "so_to_trinh": p.number,
        "trich_yeu": p.title,
        "nam": p.year,
        "ma_phong_trao": p.movement.code if p.movement else "",
        "noi_dung": p.body,
        "trang_thai": p.status,
        "phien_ban": p.version,
        "ly_do_tra_lai": p.return_reason,
        "so_quyet_dinh": p.decision_number,
        "ngay_quyet_dinh": _day(p.decided_on),
        "hanh_dong": sorted(services.proposal_actions(user=user, proposal=p)),
        "danh_sach": [
            {
                "id": e.pk,
                "doi_tuong": e.subject_kind,
                "ten_doi_tuong": e.subject_name,
                "chuc_vu": e.position_title,
                "hinh_thuc": e.form,
                "cap": e.level,
                "tom_tat_thanh_tich": e.achievement,
                "duoc_khen_thuong": e.granted,
            }
            for e in p.entries.all()
        ],
        "qua_trinh": [
            {
                "tu": t.from_status,
                "den": t.to_status,
                "boi": t.by.get_username() if t.by else "",
                "luc": t.at.isoformat(),
                "y_kien": t.comment,
            }
            for t in p.transitions.select_related("by")
        ],
        "khen_thuong": [commendation_out(k) for k in p.granted.select_related("unit", "movement")],
    }


def _visible(user, pk) -> Proposal:
    found = access_proposals(user).filter(pk=pk).first()
    if found is None:
        raise NotFound(NOT_FOUND)
    return found


def _unit(field: str, code: str) -> OrgUnit:
    found = OrgUnit.objects.filter(code=code).first()
    if found is None:
        reason = UNKNOWN_UNIT.format(code=code)
        raise Invalid(reason, [problem(field, reason, value=code)])
    return found


def _movement(user, code: str) -> Movement | None:
    if not code:
        return None
    # Only a movement the user may see (another unit's is "unknown", never confirmed).
    found = movements_visible(user).filter(code=code).first()
    if found is None:
        reason = UNKNOWN_MOVEMENT.format(code=code)
        raise Invalid(reason, [problem("ma_phong_trao", reason, value=code)])
    return found


def _entries(rows) -> list[dict]:
    return [
        {
            "subject_kind": r.doi_tuong,
            "subject_name": r.ten_doi_tuong,
            "position_title": r.chuc_vu,
            "form": r.hinh_thuc,
            "level": r.cap,
            "achievement": r.tom_tat_thanh_tich,
        }
        for r in rows
    ]


@proposals_router.get(
    "/", response={200: list[ProposalOut], **errors()}, summary="Các đề xuất được xem"
)
def proposals_list(request, trang_thai: str = ""):
    records = access_proposals(request.auth).order_by("-year", "-created_at")
    if trang_thai:
        records = records.filter(status=trang_thai)
    return [proposal_out(p, request.auth) for p in records]


@proposals_router.post(
    "/",
    response={201: ProposalOut, **errors(400, 403, 422)},
    summary="Lập đề xuất khen thưởng (dự thảo) với danh sách đề nghị",
    openapi_extra=body_doc(ProposalIn),
)
def proposals_create(request):
    payload = parse_body(request.body, ProposalIn)
    unit = _unit("ma_don_vi", payload.ma_don_vi)
    if not access_units(request.auth, roles=PROPOSERS).filter(pk=unit.pk).exists():
        raise NotFound(UNKNOWN_UNIT.format(code=payload.ma_don_vi))
    p = services.proposal_create(
        user=request.auth,
        unit=unit,
        deciding_unit=_unit("ma_co_quan_quyet_dinh", payload.ma_co_quan_quyet_dinh),
        title=payload.trich_yeu,
        year=payload.nam,
        movement=_movement(request.auth, payload.ma_phong_trao),
        body=payload.noi_dung,
        number=payload.so_to_trinh,
        entries=_entries(payload.danh_sach),
    )
    return Status(201, proposal_out(p, request.auth))


@proposals_router.get("/{pk}/", response={200: ProposalOut, **errors(404)}, summary="Một đề xuất")
def proposals_detail(request, pk: int):
    return proposal_out(_visible(request.auth, pk), request.auth)


@proposals_router.get(
    "/{pk}/entries/", response={200: list[EntryIO], **errors(404)}, summary="Danh sách đề nghị"
)
def proposals_entries(request, pk: int):
    return proposal_out(_visible(request.auth, pk), request.auth)["danh_sach"]


@proposals_router.put(
    "/{pk}/",
    response={200: ProposalOut, **errors(400, 403, 404, 409, 422)},
    summary="Sửa đề xuất (dự thảo hoặc bị trả lại), với phiên bản đã đọc",
    openapi_extra=body_doc(ProposalUpdateIn),
)
def proposals_update(request, pk: int):
    p = _visible(request.auth, pk)
    payload = parse_body(request.body, ProposalUpdateIn)
    p = services.proposal_update(
        user=request.auth,
        proposal=p,
        expected_version=payload.phien_ban,
        deciding_unit=_unit("ma_co_quan_quyet_dinh", payload.ma_co_quan_quyet_dinh),
        title=payload.trich_yeu,
        year=payload.nam,
        movement=_movement(request.auth, payload.ma_phong_trao),
        body=payload.noi_dung,
        number=payload.so_to_trinh,
        entries=_entries(payload.danh_sach) if payload.danh_sach is not None else None,
    )
    return proposal_out(p, request.auth)


def _step(name, summary, schema, act):
    @proposals_router.post(
        f"/{{pk}}/{name}/",
        response={200: ProposalOut, **errors(400, 403, 404, 409, 422)},
        summary=summary,
        openapi_extra=body_doc(schema),
        operation_id=f"proposals_{name.replace('-', '_')}",
    )
    def endpoint(request, pk: int):
        p = _visible(request.auth, pk)
        payload = parse_body(request.body or b"{}", schema)
        return proposal_out(act(request.auth, p, payload), request.auth)

    return endpoint


_step(
    "send-to-head",
    "Chuyên viên trình lãnh đạo",
    StepIn,
    lambda u, p, b: services.proposal_send_to_head(
        user=u, proposal=p, expected_version=b.phien_ban, comment=b.y_kien
    ),
)
_step(
    "withdraw",
    "Lãnh đạo trả về dự thảo",
    StepIn,
    lambda u, p, b: services.proposal_withdraw(
        user=u, proposal=p, expected_version=b.phien_ban, comment=b.y_kien
    ),
)
_step(
    "submit",
    "Lãnh đạo gửi đề xuất đến cơ quan quyết định",
    StepIn,
    lambda u, p, b: services.proposal_submit(user=u, proposal=p, expected_version=b.phien_ban),
)
_step(
    "return",
    "Cơ quan quyết định trả lại đề xuất, có lý do",
    ReturnIn,
    lambda u, p, b: services.proposal_return(
        user=u, proposal=p, reason=b.ly_do, expected_version=b.phien_ban
    ),
)


def _decide(user, p, b):
    try:
        day = parse_date(b.ngay_quyet_dinh) if b.ngay_quyet_dinh.strip() else None
    except ValueError as error:
        raise Invalid(
            str(error), [problem("ngay_quyet_dinh", str(error), value=b.ngay_quyet_dinh)]
        ) from None
    return services.proposal_decide(
        user=user,
        proposal=p,
        decision_number=b.so_quyet_dinh,
        decided_on=day,
        granted=b.khen_thuong,
        expected_version=b.phien_ban,
    )


_step("decide", "Cơ quan quyết định ghi quyết định, từng dòng được hay không", DecideIn, _decide)
