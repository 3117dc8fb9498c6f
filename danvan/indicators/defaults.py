"""The catalogue's defaults: validation rules, typed-in indicators and the default form.

The validation rules are those the apps register (``danvan.indicators.registry``): the dossier
identities live with the dossiers.

Seeded by migrations and again by ``danvan demo load`` (idempotent), so a database emptied by
a test flush or restored from an old dump gets them back. ``get_model`` is a migration's
``apps.get_model`` or Django's ``apps.get_model``.
"""

from danvan.indicators.registry import default_rules

TYPED = [
    # code, label, unit, value type, additive, legal reference
    (
        "DVC_MUC_DO_3",
        "Số dịch vụ công trực tuyến mức độ 3",
        "dịch vụ",
        "so_nguyen",
        True,
        "Nghị định 61/2018/NĐ-CP",
    ),
    (
        "DVC_MUC_DO_4",
        "Số dịch vụ công trực tuyến mức độ 4",
        "dịch vụ",
        "so_nguyen",
        True,
        "Nghị định 61/2018/NĐ-CP",
    ),
    (
        "DVC_TOAN_TRINH",
        "Số dịch vụ công trực tuyến toàn trình",
        "dịch vụ",
        "so_nguyen",
        True,
        "Nghị định 42/2022/NĐ-CP",
    ),
    (
        "DVC_MOT_PHAN",
        "Số dịch vụ công trực tuyến một phần",
        "dịch vụ",
        "so_nguyen",
        True,
        "Nghị định 42/2022/NĐ-CP",
    ),
    (
        "DVC_TONG",
        "Tổng số dịch vụ công cung cấp",
        "dịch vụ",
        "so_nguyen",
        True,
        "Nghị định 42/2022/NĐ-CP",
    ),
    (
        "TTHC_CAT_GIAM",
        "Số thủ tục hành chính được cắt giảm, đơn giản hóa",
        "thủ tục",
        "so_nguyen",
        True,
        "Nghị quyết 68/NQ-CP",
    ),
    (
        "CO_TTPVHCC",
        "Có Trung tâm phục vụ hành chính công",
        "",
        "co_khong",
        False,
        "Nghị định 118/2025/NĐ-CP",
    ),
    ("GRDP_TANG_TRUONG", "Tốc độ tăng trưởng GRDP (ước tính)", "%", "so_thap_phan", False, ""),
    ("THU_NHAP_BQ", "Thu nhập bình quân đầu người/năm (ước tính)", "đồng", "so_nguyen", False, ""),
]

# The default form as first published (version 1): kept as it was, since submitted reports
# name the version they were drafted on.
ITEMS_V1 = [
    (
        "1. Văn bản ban hành",
        ["VB_TONG", "VB_DANG", "VB_CHINH_QUYEN", "VB_KE_HOACH", "VB_QUYET_DINH"],
    ),
    ("2. Tuyên truyền, tập huấn", ["HN_TONG", "HN_RIENG", "HN_LONG_GHEP"]),
    ("3. Kiểm tra", ["KT_DOAN", "KT_DON_VI"]),
    (
        "4. Cải cách hành chính",
        [
            "DVC_MUC_DO_3",
            "DVC_MUC_DO_4",
            "DVC_TOAN_TRINH",
            "DVC_MOT_PHAN",
            "DVC_TONG",
            "TL_DVC_TRUC_TUYEN",
            "TTHC_CAT_GIAM",
            "CO_TTPVHCC",
            "HS_TIEP_NHAN",
            "HS_TRUC_TUYEN",
            "TL_TRUC_TUYEN",
            "HS_DA_GIAI_QUYET",
            "TL_DUNG_HAN",
            "HS_DANG_GIAI_QUYET",
            "HS_QUA_HAN",
            "TL_HAI_LONG",
        ],
    ),
    ("5. Phát triển kinh tế - xã hội (ước tính)", ["GRDP_TANG_TRUONG", "THU_NHAP_BQ"]),
    (
        "6. Hội nghị cán bộ, công chức, viên chức",
        ["HNCB_DON_VI_TO_CHUC", "HNCB_TONG_DON_VI", "TL_HNCB"],
    ),
    ("7. Đối thoại với người dân, doanh nghiệp", ["DT_CAP_UY", "DT_CHINH_QUYEN"]),
    (
        "8. Tiếp công dân",
        [
            "TCD_LANH_DAO_DINH_KY",
            "TCD_LANH_DAO_DOT_XUAT",
            "TCD_THUONG_XUYEN",
            "TCD_LUOT",
            "TCD_NGUOI",
            "TCD_DOAN_DONG_NGUOI",
        ],
    ),
    (
        "9. Giải quyết khiếu nại, tố cáo, kiến nghị",
        ["DON_TONG", "TL_KN_GIAI_QUYET", "TL_TC_GIAI_QUYET", "TL_KNPA_GIAI_QUYET", "DON_QUA_HAN"],
    ),
    (
        "10. Giám sát, phản biện xã hội của MTTQ",
        ["GS_CUOC", "PB_CUOC", "GS_Y_KIEN", "GS_Y_KIEN_TIEP_THU", "TL_Y_KIEN_TIEP_THU"],
    ),
    ("11. Mô hình \u201cDân vận khéo\u201d", ["DVK_DANG_KY", "DVK_CONG_NHAN"]),
]

# The current default form (a new version whenever it differs from the last one seeded): the
# first version's sections, then the year's cycle (plans, recommendations after inspections,
# grassroots democracy in agencies).
ITEMS = [
    *ITEMS_V1,
    # Plans (issue 12, part 1): danvan/plans/indicators.py.
    ("12. Thực hiện kế hoạch", ["KH_NHIEM_VU", "KH_HOAN_THANH", "KH_QUA_HAN", "TL_KH_HOAN_THANH"]),
    # Inspections' recommendations (danvan.inspections).
    (
        "13. Kiến nghị sau kiểm tra",
        ["KT_KIEN_NGHI", "KT_KIEN_NGHI_DA_KHAC_PHUC", "TL_KIEN_NGHI_KHAC_PHUC"],
    ),
    # Grassroots democracy in agencies (danvan.democracy, activities' staff conferences).
    (
        "14. Thực hiện dân chủ ở cơ sở trong cơ quan, đơn vị",
        [
            "CK_PHAI_CONG_KHAI",
            "CK_DA_CONG_KHAI",
            "CK_DUNG_HAN",
            "TL_CONG_KHAI_DUNG_HAN",
            "HNCB_THAM_DU",
            "HNCB_TONG_SO",
            "TL_HNCB_THAM_DU",
            "BTTND_CUOC_GIAM_SAT",
            "BTTND_KIEN_NGHI",
            "BTTND_KIEN_NGHI_TIEP_THU",
        ],
    ),
]


def seed_rules(get_model) -> None:
    ValidationRule = get_model("indicators", "ValidationRule")
    for rule in default_rules():
        ValidationRule.objects.get_or_create(
            code=rule.code,
            defaults={
                "description": rule.description,
                "left": rule.left,
                "operator": rule.operator,
                "right": rule.right,
                "importance": rule.importance,
            },
        )


CURRENT_NOTE = "Bổ sung chỉ tiêu thực hiện kế hoạch, kiến nghị sau kiểm tra, dân chủ ở cơ sở"


def seed_form(get_model, *, current: bool = True) -> None:
    """Version 1 of the default form, and (``current``) the current ITEMS as the next version
    once, marked by its note, whatever versions an administrator added in between."""
    TypedIndicator = get_model("indicators", "TypedIndicator")
    Form = get_model("indicators", "Form")
    FormVersion = get_model("indicators", "FormVersion")
    FormItem = get_model("indicators", "FormItem")
    for code, label, unit, value_type, additive, ref in TYPED:
        TypedIndicator.objects.get_or_create(
            code=code,
            defaults={
                "label": label,
                "unit": unit,
                "value_type": value_type,
                "additive": additive,
                "legal_ref": ref,
            },
        )
    form, _ = Form.objects.get_or_create(
        code="PL_DANVAN",
        defaults={
            "name": "Phụ lục số liệu công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở"
        },
    )
    if not form.versions.exists():
        _seed_version(FormVersion, FormItem, form, 1, ITEMS_V1, "")
    if current and ITEMS != ITEMS_V1 and not form.versions.filter(note=CURRENT_NOTE).exists():
        last = form.versions.order_by("-number").first()
        _seed_version(FormVersion, FormItem, form, last.number + 1, ITEMS, CURRENT_NOTE)


def _seed_version(FormVersion, FormItem, form, number: int, sections, note: str) -> None:
    version = FormVersion.objects.create(form=form, number=number, note=note)
    position = 0
    for heading, codes in sections:
        position += 1
        FormItem.objects.create(version=version, position=position, heading=heading)
        for code in codes:
            position += 1
            FormItem.objects.create(version=version, position=position, indicator_code=code)


def seed_defaults(get_model) -> None:
    seed_rules(get_model)
    seed_form(get_model)
