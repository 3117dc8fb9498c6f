"""`danvan bench --only documents`: a 40-page report renders about as fast as a 2-page one
(goal: under 1 s). The baseline is the 2-page report rendered in the same process."""

import datetime

from danvan.core.bench import Scenario, measure
from danvan.documents.layout import render_docx
from danvan.documents.model import Appendix, AppendixRow, Document, Signer

PARAGRAPH = (
    "Ban Quản lý Khu kinh tế đã tập trung triển khai thực hiện các nhiệm vụ đảm bảo mục tiêu, "
    "kế hoạch đề ra: chỉ đạo quyết liệt thực hiện các giải pháp khắc phục, nâng cao mức độ hoàn "
    "thành các nhiệm vụ cải cách hành chính; triển khai kế hoạch ứng dụng công nghệ thông tin, "
    "phát triển chính quyền số và các dịch vụ đô thị thông minh. "
)


def document(pages: int) -> Document:
    """A report of about ``pages`` A4 pages (eight paragraphs of body text fill one page)."""
    paragraphs = max(1, pages * 8 - 12)
    per_section = paragraphs // 5 + 1
    text = "".join(f"<p>{PARAGRAPH}<strong>{n}</strong></p>" for n in range(per_section))
    rows = [AppendixRow(heading="4. Cải cách hành chính")] + [
        AppendixRow(number=str(n), label="Số hồ sơ tiếp nhận", unit="hồ sơ", value="524")
        for n in range(1, 31)
    ]
    return Document(
        kind="BÁO CÁO",
        parent_body="Ủy ban nhân dân tỉnh Bình Định",
        issuing_body="Ban Quản lý Khu kinh tế",
        number="128",
        symbol="BC-BQL",
        place="Bình Định",
        date=datetime.date(2021, 11, 8),
        summary="Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2021",
        sections=[(f"{key}. MỤC", text) for key in ("I", "II", "III", "IV", "V")],
        signer=Signer("KT.", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Phan Viết Hùng"),
        recipients=["- Sở Nội vụ;", "- Lưu: VT."],
        appendix=Appendix("Phụ lục", "(Kèm theo Báo cáo số 128/BC-BQL)", rows),
    )


def run(repeat: int = 5) -> list[dict]:
    long, short = document(40), document(2)
    return measure(
        [
            Scenario(
                "báo cáo 40 trang ra .docx",
                lambda: render_docx(long),
                lambda: render_docx(short),
                "mốc: báo cáo 2 trang; mục tiêu < 1 giây",
            )
        ],
        repeat,
    )
