"""API of recommendations' workflow (``/api/v1/recommendations/``): the two sides' lists and
the actions — the inspected unit reports, the inspecting unit closes or rejects. Creating and
editing records is the register's own API (``/api/v1/registers/recommendations/``)."""

from django.utils import timezone
from ninja import Router, Schema

from danvan.core.api import StrictIn, body_doc, errors, parse_body
from danvan.core.errors import Invalid, problem
from danvan.core.parsing import parse_date
from danvan.inspections import services
from danvan.inspections.models import Recommendation, Result
from danvan.inspections.selectors import Side, recommendation_visible, recommendations_visible

router = Router(tags=["Kiến nghị sau kiểm tra"])
BAD_SIDE = "vai_tro phải là «kiem_tra» (đơn vị kiểm tra) hoặc «khac_phuc» (đơn vị phải khắc phục)."
BAD_RESULT = "ket_qua phải là một trong: {values}."


class RecommendationOut(Schema):
    id: int
    ma_kien_nghi: str
    ma_cuoc_kiem_tra: str
    don_vi_kiem_tra: str
    ma_don_vi: str
    noi_dung: str
    han_khac_phuc: str
    ket_qua: str
    trang_thai: str
    ngay_khac_phuc: str
    ngay_bao_cao: str
    bao_cao_khac_phuc: str
    ly_do_khong_chap_nhan: str


def _day(value) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def recommendation_out(rec: Recommendation) -> dict:
    return {
        "id": rec.pk,
        "ma_kien_nghi": rec.code,
        "ma_cuoc_kiem_tra": rec.inspection.code,
        "don_vi_kiem_tra": rec.inspection.unit.code,
        "ma_don_vi": rec.unit.code,
        "noi_dung": rec.content,
        "han_khac_phuc": _day(rec.due_on),
        "ket_qua": rec.result,
        "trang_thai": rec.status_on(timezone.localdate()).value,
        "ngay_khac_phuc": _day(rec.done_on),
        "ngay_bao_cao": _day(rec.reported_on),
        "bao_cao_khac_phuc": rec.report_text,
        "ly_do_khong_chap_nhan": rec.rejected_reason,
    }


def _date(field: str, text: str):
    try:
        return parse_date(text)
    except ValueError as error:
        raise Invalid(str(error), [problem(field, str(error), value=text)]) from None


class RecommendationReportIn(StrictIn):
    ket_qua: str
    noi_dung: str
    ngay_bao_cao: str


class RecommendationCloseIn(StrictIn):
    ngay_khac_phuc: str
    minh_chung: str


class RecommendationRejectIn(StrictIn):
    ly_do: str


@router.get("/", response={200: list[RecommendationOut], **errors(400)}, summary="Các kiến nghị")
def recommendations_list(request, vai_tro: str = "", unit: str = ""):
    if vai_tro and vai_tro not in Side.LABELS:
        raise Invalid(BAD_SIDE, [problem("vai_tro", BAD_SIDE, value=vai_tro)])
    records = recommendations_visible(request.auth, side=vai_tro).order_by("due_on", "code")
    if unit:
        records = records.filter(unit__code=unit)
    return [recommendation_out(rec) for rec in records]


@router.get("/{rec_id}/", response={200: RecommendationOut, **errors(404)}, summary="Một kiến nghị")
def recommendations_detail(request, rec_id: int):
    return recommendation_out(recommendation_visible(request.auth, rec_id))


@router.post(
    "/{rec_id}/report/",
    response={200: RecommendationOut, **errors(400, 403, 404)},
    summary="Đơn vị phải khắc phục báo cáo kết quả khắc phục",
    openapi_extra=body_doc(RecommendationReportIn),
)
def recommendations_report(request, rec_id: int):
    rec = recommendation_visible(request.auth, rec_id)
    payload = parse_body(request.body, RecommendationReportIn)
    if payload.ket_qua not in Result.values:
        reason = BAD_RESULT.format(values=", ".join(Result.values))
        raise Invalid(reason, [problem("ket_qua", reason, value=payload.ket_qua)])
    rec = services.recommendation_report(
        user=request.auth,
        recommendation=rec,
        result=payload.ket_qua,
        text=payload.noi_dung,
        reported_on=_date("ngay_bao_cao", payload.ngay_bao_cao),
    )
    return recommendation_out(rec)


@router.post(
    "/{rec_id}/close/",
    response={200: RecommendationOut, **errors(400, 403, 404)},
    summary="Đơn vị kiểm tra đóng kiến nghị (đã khắc phục) với minh chứng",
    openapi_extra=body_doc(RecommendationCloseIn),
)
def recommendations_close(request, rec_id: int):
    rec = recommendation_visible(request.auth, rec_id)
    payload = parse_body(request.body, RecommendationCloseIn)
    rec = services.recommendation_close(
        user=request.auth,
        recommendation=rec,
        done_on=_date("ngay_khac_phuc", payload.ngay_khac_phuc),
        evidence=payload.minh_chung,
    )
    return recommendation_out(rec)


@router.post(
    "/{rec_id}/reject/",
    response={200: RecommendationOut, **errors(400, 403, 404)},
    summary="Đơn vị kiểm tra không chấp nhận báo cáo khắc phục",
    openapi_extra=body_doc(RecommendationRejectIn),
)
def recommendations_reject(request, rec_id: int):
    rec = recommendation_visible(request.auth, rec_id)
    payload = parse_body(request.body, RecommendationRejectIn)
    rec = services.recommendation_reject(
        user=request.auth, recommendation=rec, reason=payload.ly_do
    )
    return recommendation_out(rec)
