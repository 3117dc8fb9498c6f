"""The default validation rules: the one-stop identities of DOMAIN.md §4."""

from django.db import migrations

RULES = [
    ("HS_CAN_DOI", "Tổng tiếp nhận = đã giải quyết + rút + đang giải quyết",
     "HS_TIEP_NHAN", "==", "HS_DA_GIAI_QUYET + HS_RUT + HS_DANG_GIAI_QUYET", "error"),
    ("HS_TIEP_NHAN_TONG", "Tổng tiếp nhận = kỳ trước chuyển qua + tiếp nhận mới",
     "HS_TIEP_NHAN", "==", "HS_KY_TRUOC + HS_MOI", "error"),
    ("HS_THEO_HAN", "Trước hạn + đúng hạn + trễ hạn = đã giải quyết",
     "HS_TRUOC_HAN + HS_DUNG_HAN + HS_TRE_HAN", "==", "HS_DA_GIAI_QUYET", "error"),
    ("HS_QUA_HAN_TRONG_DANG_GQ", "Quá hạn không vượt số đang giải quyết",
     "HS_QUA_HAN", "<=", "HS_DANG_GIAI_QUYET", "error"),
    ("HS_KENH_TRONG_MOI", "Trực tuyến + bưu chính không vượt số tiếp nhận mới",
     "HS_TRUC_TUYEN + HS_BUU_CHINH", "<=", "HS_MOI", "error"),
    ("DG_CAN_DOI", "Các mức đánh giá cộng lại bằng tổng số đánh giá",
     "DG_RAT_HAI_LONG + DG_HAI_LONG + DG_BINH_THUONG + DG_KHONG_HAI_LONG", "==", "DG_TONG",
     "error"),
    ("DG_TRONG_DA_GQ", "Số đánh giá không vượt số hồ sơ đã giải quyết",
     "DG_TONG", "<=", "HS_DA_GIAI_QUYET", "warning"),
]


def seed(apps, schema_editor):
    ValidationRule = apps.get_model("indicators", "ValidationRule")
    for code, description, left, operator, right, importance in RULES:
        ValidationRule.objects.get_or_create(
            code=code,
            defaults={"description": description, "left": left, "operator": operator,
                      "right": right, "importance": importance},
        )


def unseed(apps, schema_editor):
    apps.get_model("indicators", "ValidationRule").objects.filter(
        code__in=[rule[0] for rule in RULES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
