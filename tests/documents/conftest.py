import datetime

import pytest

from danvan.reporting.services import (
    consolidation_build,
    consolidation_save,
    report_open,
    report_review,
    report_save,
    report_submit,
    request_issue,
)
from tests.reporting.conftest import dossiers

D = datetime.date
SECTIONS = {
    "I": "<p>Đơn vị có <strong>06 phòng</strong> chuyên môn và <em>01 đơn vị</em> sự nghiệp.</p>",
    "II": "<ul><li>Ban hành kế hoạch</li><li>Tổ chức hội nghị</li></ul>",
    "III": "<table><tr><td>Nội dung</td><td>Kết quả</td></tr><tr><td>Hồ sơ</td><td>3</td></tr>"
    "</table>",
    "IV": "<p>Kết quả tốt.</p>",
    "V": "<ol><li>Tiếp tục</li><li>Tăng cường</li></ol>",
}


@pytest.fixture
def accepted_report(users, tree):
    request = request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="1995",
        symbol="SNV-XDCQ&CTTN",
        issued_on=D(2021, 10, 29),
        subject="Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở năm 2021",
        period="2021",
        deadline=D(2021, 11, 10),
        targets=[tree["A"], tree["B"]],
    )
    dossiers(tree["A"], "A", online=2, offline=1)
    report = report_open(user=users["clerk_a"], request=request, unit=tree["A"])
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections=SECTIONS,
        number="128/BC-SNV",
        report_date=D(2021, 11, 8),
        signer_authority="KT.",
        signer_authority_title="Giám đốc",
        signer_title="Phó Giám đốc",
        signer_name="Nguyễn Văn An",
        recipients="- Sở Nội vụ (báo cáo);\n- Lưu: VT.",
    )
    report = report_submit(user=users["head_a"], report=report)
    report = report_review(user=users["aggregator"], report=report, accept=True)
    consolidation = consolidation_build(user=users["aggregator"], request=request)
    consolidation_save(
        user=users["aggregator"],
        consolidation=consolidation,
        expected_version=consolidation.version,
        sections=consolidation.sections,
        number="310/BC-UBND",
        report_date=D(2021, 11, 20),
        signer_authority="TM.",
        signer_authority_title="Ủy ban nhân dân",
        signer_title="Chủ tịch",
        signer_name="Trần Văn Bình",
        recipients="- Bộ Nội vụ;\n- Lưu: VT.",
    )
    return report
