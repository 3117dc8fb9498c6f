"""The report types DanVan ships (decision 0033), seeded by migration reporting 0010 and again by
the demo's defaults step (a database that lost them gets them back)."""

STANDARD = [
    {"key": "I", "title": "ĐẶC ĐIỂM TÌNH HÌNH"},
    {"key": "II", "title": "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI"},
    {"key": "III", "title": "KẾT QUẢ THỰC HIỆN"},
    {"key": "IV", "title": "ĐÁNH GIÁ CHUNG"},
    {"key": "V", "title": "NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"},
]
REVIEW = [
    {"key": "I", "title": "Đặc điểm tình hình"},
    {"key": "II", "title": "Công tác triển khai thực hiện"},
    {"key": "III", "title": "Kết quả đạt được"},
    {
        "key": "IV",
        "title": "Đánh giá chung",
        "children": [
            {"key": "IV.1", "title": "Ưu điểm"},
            {"key": "IV.2", "title": "Hạn chế"},
            {"key": "IV.3", "title": "Nguyên nhân"},
        ],
    },
    {"key": "V", "title": "Phương hướng, nhiệm vụ"},
    {"key": "VI", "title": "Kiến nghị, đề xuất"},
]
THEMATIC = [
    {"key": "I", "title": "Tình hình chung"},
    {"key": "II", "title": "Kết quả thực hiện"},
    {"key": "III", "title": "Khó khăn, vướng mắc và nguyên nhân"},
    {"key": "IV", "title": "Kiến nghị, đề xuất"},
]
TYPES = [
    (
        "BC_DINH_KY",
        "Báo cáo định kỳ công tác dân vận và thực hiện dân chủ ở cơ sở",
        1,
        STANDARD,
        "III",
    ),
    ("BC_SO_KET", "Báo cáo sơ kết", 2, REVIEW, "III"),
    ("BC_TONG_KET", "Báo cáo tổng kết", 3, REVIEW, "III"),
    ("BC_CHUYEN_DE", "Báo cáo chuyên đề", 4, THEMATIC, "II"),
]


def seed_report_types(get_model) -> None:
    """The shipped types, once (idempotent); requests naming no type point to the first."""
    ReportType = get_model("reporting", "ReportType")
    ReportTypeVersion = get_model("reporting", "ReportTypeVersion")
    ReportRequest = get_model("reporting", "ReportRequest")
    for code, name, position, outline, figures in TYPES:
        kind, created = ReportType.objects.get_or_create(
            code=code, defaults={"name": name, "position": position, "document_kind": "BÁO CÁO"}
        )
        if created:
            ReportTypeVersion.objects.create(
                report_type=kind,
                number=1,
                outline=outline,
                figures_section=figures,
                note="Loại báo cáo có sẵn",
            )
    standard = ReportTypeVersion.objects.get(report_type__code="BC_DINH_KY", number=1)
    ReportRequest.objects.filter(report_type__isnull=True).update(report_type=standard)
