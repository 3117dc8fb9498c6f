"""Demo plan: the Economic Zone Board's 2023 plan for citizen-oriented government work (the
sample ke-hoach-dan-van-2023) entered as a real plan — the documents it implements, its items
with their lead units (the Office, «các phòng, đơn vị trực thuộc»), outputs and targets, in
every status — and its 2026 copy as a draft, so the current year has live items.

The 6-month report item (due 10/05/2023, form PL_DANVAN, period 2023-H1, 5 working days ahead)
has no request yet: ``danvan reminders --date 28/04/2023`` creates it (29/04–03/05/2023 and the
weekends are days off), ``--date 27/04/2023`` does not."""

import datetime

from django.contrib.auth import get_user_model

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.deadlines.models import ProgressNote
from danvan.indicators.forms_catalogue import form_version_current
from danvan.orgunits.models import OrgUnit
from danvan.plans import services
from danvan.plans.models import Plan
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

D = datetime.date
NUMBER, SYMBOL = "12", "KH-BQLKKT"
SUBJECT = "Triển khai thực hiện công tác dân vận chính quyền năm 2023"
IMPLEMENTS = [
    {
        "number": "79",
        "symbol": "KH-UBND",
        "date": "10/01/2023",
        "issuer": "Ủy ban nhân dân tỉnh",
        "subject": "về triển khai công tác dân vận chính quyền năm 2023",
    },
    {
        "number": "03",
        "symbol": "CTr/BDVTUBCSĐ",
        "date": "24/01/2022",
        "issuer": "Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "subject": "Chương trình phối hợp về công tác dân vận chính quyền giai đoạn 2022-2026",
    },
    {
        "number": "03",
        "symbol": "KH/BDVTU-BCSĐ",
        "date": "12/12/2022",
        "issuer": "Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "subject": "Kế hoạch phối hợp về công tác dân vận chính quyền năm 2023",
    },
]
SECTIONS = {
    "I": "<p>1. Tiếp tục thực hiện hiệu quả Chương trình phối hợp số 03-CTr/BDVTUBCSĐ ngày "
    "24/01/2022 của Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh về công tác dân "
    "vận chính quyền giai đoạn 2022-2026.</p><p>2. Thực hiện tốt Quy chế công tác dân vận tại Ban "
    "Quản lý Khu kinh tế; nâng cao nhận thức, trách nhiệm và hành động của cán bộ, công chức, "
    "người lao động về công tác dân vận chính quyền.</p>",
    "II": "<p>1. Tuyên truyền, quán triệt đầy đủ, kịp thời, hiệu quả nội dung trọng tâm của công "
    "tác dân vận chính quyền năm 2023, nhất là <em>Luật Thực hiện dân chủ ở cơ sở</em>.</p>"
    "<p>2. Tiếp tục triển khai hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai "
    "đoạn 2021-2025; phấn đấu giảm tỷ lệ trễ hẹn trong giải quyết hồ sơ.</p><p>3. Xây dựng và "
    "phát huy hiệu quả ít nhất 01 mô hình “Dân vận khéo” tại Ban Quản lý.</p>",
    "III": "<p>1. Văn phòng và Tổ chức đoàn thể: kiểm tra, đôn đốc việc triển khai thực hiện Kế "
    "hoạch này; thực hiện nghiêm chế độ thông tin, báo cáo định kỳ 06 tháng (trước ngày "
    "10/5/2023), 01 năm (trước ngày 30/10/2023).</p><p>2. Các phòng và đơn vị trực thuộc: căn cứ "
    "Kế hoạch này tuyên truyền, phổ biến đến công chức, người lao động tại đơn vị mình.</p>",
}
OFFICE = "BQLKKT.VP"
# (number, content, lead, co-operating (codes or "children"), due rule, output, target, extra)
ITEMS = [
    (
        "1",
        "Tuyên truyền, quán triệt Luật Thực hiện dân chủ ở cơ sở và các văn bản về công tác dân "
        "vận đến công chức, người lao động",
        OFFICE,
        "children",
        "trước ngày 31/3/2023",
        "hoi_nghi",
        "01 hội nghị",
        {"done": D(2023, 3, 28)},
    ),
    (
        "2",
        "Xây dựng và phát huy hiệu quả mô hình “Dân vận khéo” tại Ban Quản lý",
        OFFICE,
        "children",
        "trước ngày 30/11/2023",
        "mo_hinh",
        "ít nhất 01 mô hình",
        {"done": D(2023, 12, 5)},
    ),
    (
        "3",
        "Báo cáo công tác dân vận chính quyền 06 tháng đầu năm 2023",
        OFFICE,
        "children",
        "trước ngày 10/5/2023",
        "bao_cao",
        "",
        {"period": "2023-H1", "lead_days": 5},
    ),
    (
        "4",
        "Tổ chức tiếp xúc, đối thoại trực tiếp với doanh nghiệp trong Khu kinh tế",
        "BQLKKT.DNLD",
        ["BQLKKT.TTDV"],
        "",
        "hoi_nghi",
        "",
        {"state": "dang_thuc_hien", "note": "Đã đối thoại với 12 doanh nghiệp Khu công nghiệp"},
    ),
    (
        "5",
        "Báo cáo công tác dân vận chính quyền năm 2023",
        OFFICE,
        "children",
        "trước ngày 30/10/2023",
        "bao_cao",
        "",
        {"period": "2023"},
    ),
    (
        "6",
        "Công khai kết quả Hội nghị cán bộ, công chức năm 2023 đến toàn thể công chức",
        OFFICE,
        [],
        "05 ngày làm việc sau hội nghị cán bộ, công chức",
        "van_ban",
        "",
        {},
    ),
    (
        "7",
        "Kiểm tra việc thực hiện Quy chế dân chủ tại Trung tâm Dịch vụ và Hỗ trợ đầu tư",
        OFFICE,
        ["BQLKKT.TTDV"],
        "trước ngày 30/9/2023",
        "kiem_tra",
        "",
        {"cancel": "Lồng ghép vào đợt kiểm tra công vụ của Sở Nội vụ tháng 9/2023"},
    ),
]


def load_plans() -> str:
    board = OrgUnit.objects.get(code="BQLKKT")
    if Plan.objects.filter(unit=board, number=NUMBER, symbol=SYMBOL).exists():
        return "đã có"
    clerk = get_user_model().objects.get(username="bqlkkt.chuyenvien")
    plan = services.plan_create(
        user=clerk,
        unit=board,
        subject=SUBJECT,
        number=NUMBER,
        symbol=SYMBOL,
        issued_on=D(2023, 1, 16),
        year=2023,
        implements=IMPLEMENTS,
        basis="Thực hiện Kế hoạch số 79/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh về "
        "triển khai công tác dân vận chính quyền năm 2023; Ban Quản lý Khu kinh tế xây dựng Kế "
        "hoạch cụ thể như sau:",
        sections=SECTIONS,
        signer_title="TRƯỞNG BAN",
        signer_name="Nguyễn Như Trình",
        recipients="- Ban Dân vận Tỉnh ủy (b/c);\n- Sở Nội vụ;\n- Các phòng, đơn vị trực thuộc;\n"
        "- Trang thông tin điện tử BQLKKT;\n- Lưu: VT, VP (02).",
    )
    units = {u.code: u for u in OrgUnit.objects.filter(path__startswith=board.path)}
    form = form_version_current()
    for number, content, lead, co, rule, output, target, extra in ITEMS:
        item = services.plan_item_add(
            user=clerk,
            plan=plan,
            number=number,
            content=content,
            unit=units[lead],
            co_children=co == "children",
            co_units=[] if co == "children" else [units[c] for c in co],
            due_rule=rule,
            output=output,
            target=target,
            period=extra.get("period", ""),
            form_version=form if output == "bao_cao" else None,
            lead_days=extra.get("lead_days"),
        )
        if "done" in extra:
            services.deadline_complete(clerk, item, extra["done"], "Đã hoàn thành")
        if "state" in extra:
            services.deadline_progress(clerk, item, extra["state"], extra["note"], D(2023, 6, 20))
        if "cancel" in extra:
            services.plan_item_cancel(user=clerk, item=item, reason=extra["cancel"])
    models = _skilful_models()
    copy = services.plan_copy(user=clerk, plan=plan, year=2026)
    notes = ProgressNote.objects.filter(object_id__in=plan.items.values("pk")).count()
    return (
        f"kế hoạch số {NUMBER}/{SYMBOL} ({plan.items.count()} nhiệm vụ, {notes} ghi nhận tiến "
        f"độ), {models} mô hình “Dân vận khéo” năm 2023 và bản dự thảo năm 2026 "
        f"({copy.items.count()} nhiệm vụ)"
    )


# Item 2 gives «ít nhất 01 mô hình» to every department: the Office registered (and had
# recognised) one, the service centre has only identified one — /mo-hinh-dan-van-kheo/chi-tieu/
# ?nam=2023 shows «Đạt» for the first, «Chưa đạt» for the second and the others.
SKILFUL_MODELS_2023 = (
    "ma,ma_don_vi,ngay_xac_dinh,ngay,linh_vuc,ngay_cong_nhan,cap_cong_nhan,ten_mo_hinh,ket_qua\n"
    "BQLKKT-DVK-2023-01,BQLKKT.VP,20/02/2023,15/03/2023,Cải cách hành chính,05/12/2023,co_so,"
    "Văn phòng thân thiện vì doanh nghiệp,Giải quyết 100% hồ sơ đúng hạn\n"
    "BQLKKT-DVK-2023-02,BQLKKT.TTDV,10/04/2023,,Hỗ trợ doanh nghiệp,,,"
    "Một điểm hỗ trợ nhà đầu tư,\n"
)


def _skilful_models() -> int:
    result = register_import(
        registers()["skilful-models"],
        SKILFUL_MODELS_2023.encode(),
        "mo-hinh-2023.csv",
        units=access_register_units(SYSTEM),
    )
    return result.created + result.unchanged
