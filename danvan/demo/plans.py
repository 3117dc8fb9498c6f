"""Demo plan: the Economic Zone Board's 2023 plan for citizen-oriented government work (the
sample ke-hoach-dan-van-2023), shortened, with its tasks and deadlines."""

import datetime

from django.contrib.auth import get_user_model

from danvan.orgunits.models import OrgUnit
from danvan.plans import services
from danvan.plans.models import Plan

D = datetime.date
SUBJECT = "Triển khai thực hiện công tác dân vận chính quyền năm 2023"
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
    "hoạch này; thực hiện nghiêm chế độ thông tin, báo cáo định kỳ.</p><p>2. Các phòng và đơn vị "
    "trực thuộc: căn cứ Kế hoạch này tuyên truyền, phổ biến đến công chức, người lao động tại đơn "
    "vị mình.</p>",
}
ITEMS = [
    (
        "Tuyên truyền Luật Thực hiện dân chủ ở cơ sở đến công chức, người lao động",
        "Văn phòng",
        D(2023, 3, 31),
    ),
    ("Đăng ký xây dựng mô hình “Dân vận khéo” năm 2023", "Văn phòng", D(2023, 4, 15)),
    ("Báo cáo công tác dân vận chính quyền 06 tháng", "Văn phòng", D(2023, 5, 10)),
    (
        "Tổ chức đối thoại với doanh nghiệp trong Khu kinh tế",
        "Phòng Quản lý doanh nghiệp",
        D(2023, 9, 30),
    ),
    ("Báo cáo công tác dân vận chính quyền năm 2023", "Văn phòng", D(2023, 10, 30)),
]


def load_plans() -> str:
    if Plan.objects.filter(subject=SUBJECT).exists():
        return "đã có"
    clerk = get_user_model().objects.get(username="bqlkkt.chuyenvien")
    plan = services.plan_create(
        user=clerk,
        unit=OrgUnit.objects.get(code="BQLKKT"),
        subject=SUBJECT,
        number="05",
        symbol="KH-BQL",
        issued_on=D(2023, 1, 16),
        basis="Thực hiện Kế hoạch số 79/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh về "
        "triển khai công tác dân vận chính quyền năm 2023; Ban Quản lý Khu kinh tế xây dựng Kế "
        "hoạch cụ thể như sau:",
        sections=SECTIONS,
        signer_authority="KT.",
        signer_authority_title="TRƯỞNG BAN",
        signer_title="PHÓ TRƯỞNG BAN",
        signer_name="Phan Viết Hùng",
        recipients="- Ban Dân vận Tỉnh ủy (b/c);\n- Sở Nội vụ;\n- Các phòng, đơn vị trực thuộc;\n"
        "- Lưu: VT, VP (02).",
    )
    for content, lead, deadline in ITEMS:
        services.plan_item_add(user=clerk, plan=plan, content=content, lead=lead, deadline=deadline)
    for item in plan.items.filter(deadline__lte=D(2023, 5, 10)):
        services.plan_item_done(user=clerk, item=item, done_on=item.deadline)
    return f"1 kế hoạch, {len(ITEMS)} nhiệm vụ"
