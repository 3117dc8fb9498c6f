"""The demo's administrator-defined indicators: what the seed reports tell (159/171 đảng viên
tham dự, 21 lượt công chức được cử đi đào tạo), added through the same services as the page,
put on the default appendix form, with values for some units for 2021."""

from danvan.accounts.access import SYSTEM
from danvan.indicators.catalogue_services import typed_indicator_create, typed_indicator_get
from danvan.indicators.form_services import form_version_create, form_version_text
from danvan.indicators.forms_catalogue import form_version_current
from danvan.indicators.services import typed_values_set
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period

WHOLE = {"value_type": "so_nguyen", "additive": True}
INDICATORS = [
    {
        **WHOLE,
        "code": "SO_DV_THAM_DU",
        "label": "Số đảng viên tham dự hội nghị",
        "unit": "người",
        "legal_ref": "Hướng dẫn số 21-HD/BTCTW",
    },
    {
        **WHOLE,
        "code": "TONG_DANG_VIEN",
        "label": "Tổng số đảng viên",
        "unit": "người",
    },
    {
        "code": "TL_DV_THAM_DU",
        "label": "Tỷ lệ đảng viên tham dự",
        "unit": "%",
        "ratio_numerator": "SO_DV_THAM_DU",
        "ratio_denominator": "TONG_DANG_VIEN",
    },
    {
        **WHOLE,
        "code": "SO_LUOT_CC_DAO_TAO",
        "label": "Số lượt công chức được cử đi đào tạo",
        "unit": "lượt",
        "legal_ref": "Nghị định 101/2017/NĐ-CP",
    },
]
HEADING = "# Đảng viên và đào tạo, bồi dưỡng công chức"
# The board's figures are those of its 2021 report; the Sở Nội vụ's are the demo's own.
VALUES_2021 = {
    "BQLKKT": {"SO_DV_THAM_DU": "159", "TONG_DANG_VIEN": "171", "SO_LUOT_CC_DAO_TAO": "21"},
    "GL.SNV": {"SO_DV_THAM_DU": "48", "TONG_DANG_VIEN": "52", "SO_LUOT_CC_DAO_TAO": "9"},
}


def load_admin_indicators() -> str:
    created = 0
    for data in INDICATORS:
        if typed_indicator_get(data["code"]) is None:
            typed_indicator_create(user=SYSTEM, data=data)
            created += 1
    current = form_version_current()
    codes = set(current.items.values_list("indicator_code", flat=True))
    missing = [data["code"] for data in INDICATORS if data["code"] not in codes]
    if missing:
        text = "\n".join([form_version_text(current), HEADING, *missing])
        form_version_create(
            version=current, text=text, valid_from=None, note="Thêm chỉ tiêu đảng viên, đào tạo"
        )
    for unit_code, values in VALUES_2021.items():
        unit = OrgUnit.objects.filter(code=unit_code).first()
        if unit is None:
            continue
        typed_values_set(
            unit=unit,
            period=Period.parse("2021"),
            entries={typed_indicator_get(code): text for code, text in values.items()},
        )
    return f"{created} chỉ tiêu mới"
