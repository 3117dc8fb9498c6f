"""Demo inspection: Sở Nội vụ's 2023 administrative-reform (CCHC) inspection of the Economic
Zone Board, with its team, basis, conclusion and six recommendations — three closed, one whose
remediation report was not accepted, one overdue without a report, one reported and waiting for
the Sở's review."""

import datetime

from django.contrib.auth import get_user_model

from danvan.activities.models import Inspection
from danvan.activities.spec import INSPECTIONS
from danvan.inspections import services
from danvan.inspections.models import Result
from danvan.orgunits.models import OrgUnit
from danvan.registers.services import register_record_create

D = datetime.date
CODE = "KT-SNV-2023-CCHC-01"
BASIS = (
    "Kế hoạch số 25/KH-SNV ngày 20/02/2023 của Sở Nội vụ về kiểm tra công tác cải cách hành "
    "chính năm 2023"
)
CONCLUSION = (
    "Ban Quản lý Khu kinh tế đã ban hành kế hoạch cải cách hành chính năm 2023 và tổ chức "
    "thực hiện cơ bản đầy đủ các nhiệm vụ được giao; Bộ phận Một cửa hoạt động nền nếp.\n"
    "Tuy nhiên, việc niêm yết công khai thủ tục hành chính chưa đầy đủ; còn hồ sơ giải quyết "
    "trễ hẹn nhưng chưa thực hiện xin lỗi; việc cập nhật hồ sơ lên Hệ thống thông tin giải "
    "quyết thủ tục hành chính của tỉnh chưa kịp thời."
)
# code, content, due, what happens: ("close", reported, done) | ("reject", reported, result)
# | ("report", reported, result) | None (overdue, nothing reported)
RECOMMENDATIONS = [
    (
        "KN-SNV-2023-01",
        "Niêm yết công khai đầy đủ, đúng quy định các thủ tục hành chính tại Bộ phận Một cửa "
        "và trên Trang thông tin điện tử của Ban.",
        D(2023, 8, 31),
        ("close", D(2023, 8, 18), D(2023, 8, 21)),
    ),
    (
        "KN-SNV-2023-02",
        "Thực hiện việc xin lỗi người dân, doanh nghiệp đối với hồ sơ giải quyết trễ hẹn theo "
        "quy định.",
        D(2023, 8, 31),
        ("close", D(2023, 8, 25), D(2023, 8, 28)),
    ),
    (
        "KN-SNV-2023-03",
        "Cập nhật đầy đủ, kịp thời hồ sơ thủ tục hành chính lên Hệ thống thông tin giải quyết "
        "thủ tục hành chính của tỉnh.",
        D(2023, 9, 29),
        ("close", D(2023, 9, 20), D(2023, 9, 26)),
    ),
    (
        "KN-SNV-2023-04",
        "Ban hành Quy chế phối hợp giữa các phòng trong giải quyết thủ tục hành chính liên thông.",
        D(2023, 9, 29),
        ("reject", D(2023, 9, 22), Result.DANG_KHAC_PHUC),
    ),
    (
        "KN-SNV-2023-05",
        "Rà soát, đề xuất cắt giảm, đơn giản hóa thành phần hồ sơ của các thủ tục đầu tư trong "
        "Khu kinh tế.",
        D(2023, 10, 31),
        None,
    ),
    (
        "KN-SNV-2023-06",
        "Bố trí công chức có chuyên môn phù hợp làm việc tại Bộ phận Một cửa.",
        D(2023, 11, 30),
        ("report", D(2023, 11, 24), Result.DANG_KHAC_PHUC),
    ),
]
REPORTS = {
    "KN-SNV-2023-01": "Đã niêm yết lại 45 thủ tục hành chính tại Bộ phận Một cửa và đăng tải "
    "trên Trang thông tin điện tử của Ban.",
    "KN-SNV-2023-02": "Đã ban hành quy trình và gửi 3 thư xin lỗi đối với 3 hồ sơ trễ hẹn.",
    "KN-SNV-2023-03": "Đã cập nhật toàn bộ hồ sơ tồn đọng lên Hệ thống; giao Văn phòng kiểm tra "
    "hằng tuần.",
    "KN-SNV-2023-04": "Đang dự thảo Quy chế phối hợp, dự kiến ban hành trong tháng 10/2023.",
    "KN-SNV-2023-06": "Đã điều động 01 công chức Phòng Quản lý doanh nghiệp về Bộ phận Một cửa; "
    "đang đào tạo nghiệp vụ.",
}
EVIDENCE = {
    "KN-SNV-2023-01": "Biên bản kiểm tra lại ngày 21/08/2023 của Sở Nội vụ",
    "KN-SNV-2023-02": "Công văn số 412/BQL-VP ngày 25/08/2023 kèm 3 thư xin lỗi",
    "KN-SNV-2023-03": "Kết xuất Hệ thống thông tin giải quyết TTHC ngày 26/09/2023",
}
REJECTED = "Chưa ban hành Quy chế; báo cáo chỉ nêu đang dự thảo, đề nghị báo cáo khi đã ban hành."


def load_inspections() -> str:
    if Inspection.objects.filter(code=CODE).exists():
        return "đã có"
    users = get_user_model().objects
    inspector, clerk = users.get(username="snv.chuyenvien"), users.get(username="bqlkkt.chuyenvien")
    inspection = register_record_create(
        INSPECTIONS,
        {
            "code": CODE,
            "unit": OrgUnit.objects.get(code="GL.SNV"),
            "held_on": D(2023, 6, 15),
            "subject": "Công tác cải cách hành chính năm 2023",
            "kind": Inspection.Kind.CCHC,
            "leader": "Nguyễn Văn Kiểm — Phó Giám đốc Sở Nội vụ",
            "members": "Trần Thị Lan — Trưởng phòng Cải cách hành chính\n"
            "Lê Văn Minh — Chuyên viên Phòng Cải cách hành chính\n"
            "Phạm Thị Hoa — Chuyên viên Văn phòng UBND tỉnh",
            "basis": BASIS,
            "inspected_codes": "BQLKKT",
            "conclusion_on": D(2023, 6, 30),
            "conclusion": CONCLUSION,
        },
    )
    unit = OrgUnit.objects.get(code="BQLKKT")
    for code, content, due, outcome in RECOMMENDATIONS:
        rec = services.recommendation_create(
            user=inspector,
            values={
                "code": code,
                "inspection": inspection,
                "unit": unit,
                "content": content,
                "due_on": due,
            },
        )
        if outcome is None:
            continue
        action, reported, detail = outcome
        result = Result.DA_KHAC_PHUC if action == "close" else detail
        rec = services.recommendation_report(
            user=clerk, recommendation=rec, result=result, text=REPORTS[code], reported_on=reported
        )
        if action == "close":
            services.recommendation_close(
                user=inspector, recommendation=rec, done_on=detail, evidence=EVIDENCE[code]
            )
        elif action == "reject":
            services.recommendation_reject(
                user=inspector, recommendation=rec, reason=REJECTED, today=D(2023, 9, 27)
            )
    return f"1 cuộc kiểm tra, {len(RECOMMENDATIONS)} kiến nghị (3 đã khắc phục)"
