"""The obligations the law gives an agency, as the catalogue's first rows (decision 0032).

Seeded by migration democracy 0002 and again by ``danvan demo load`` (idempotent: a row is
identified by its code and its ``valid_from``). Texts are our own summaries of the articles
named in ``legal_ref``; every number (days, dates, term) is data an administrator can change
by adding a dated version at /dan-chu-co-so/danh-muc/.

Two generations: Nghị định 04/2015/NĐ-CP governed democracy inside agencies until Luật Thực
hiện dân chủ ở cơ sở 10/2022/QH15 came into force on 01/07/2023; where the old decree had the
same obligation its row is closed on 30/06/2023 and the law's row starts the next day.
"""

import datetime

D = datetime.date
LAW = "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"
OLD = "Nghị định 04/2015/NĐ-CP"
ND59 = "Nghị định 59/2023/NĐ-CP"
LAW_FROM = D(2023, 7, 1)
OLD_FROM = D(2015, 3, 1)
OLD_TO = D(2023, 6, 30)
AGENCIES = ["van_phong", "so_nganh", "ubnd_xa", "don_vi_su_nghiep"]
PUBLIC_FORMS = ["niem_yet", "cuoc_hop", "van_ban", "cong_thong_tin"]

# code, label, category, content, forms, due rule, legal ref (old, new), occurs, position
_ROWS = [
    (
        "CK_DU_TOAN",
        "Công khai dự toán ngân sách được giao",
        "cong_khai",
        "Dự toán thu, chi ngân sách của cơ quan, đơn vị được cấp có thẩm quyền giao.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày dự toán được giao",
        ("Điều 5, Điều 8", "Điều 41 khoản 1, Điều 42, Điều 43"),
        10,
    ),
    (
        "CK_QUYET_TOAN",
        "Công khai quyết toán ngân sách",
        "cong_khai",
        "Quyết toán thu, chi ngân sách năm trước được phê duyệt.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày quyết toán được phê duyệt",
        ("Điều 5, Điều 8", "Điều 41 khoản 1, Điều 42, Điều 43"),
        20,
    ),
    (
        "CK_CHI_TIEU_NOI_BO",
        "Công khai quy chế chi tiêu nội bộ",
        "cong_khai",
        "Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công của cơ quan, đơn vị.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày ban hành quy chế",
        ("Điều 5, Điều 8", "Điều 41 khoản 2, Điều 42, Điều 43"),
        30,
    ),
    (
        "CK_TUYEN_DUNG",
        "Công khai kế hoạch, kết quả tuyển dụng",
        "cong_khai",
        "Kế hoạch tuyển dụng, tiêu chuẩn, điều kiện và kết quả tuyển dụng công chức, viên chức.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày ban hành kế hoạch tuyển dụng",
        ("Điều 5, Điều 8", "Điều 41 khoản 4, Điều 42, Điều 43"),
        40,
    ),
    (
        "CK_BO_NHIEM",
        "Công khai việc bổ nhiệm",
        "cong_khai",
        "Quy trình, tiêu chuẩn và quyết định bổ nhiệm cán bộ lãnh đạo, quản lý.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày quyết định bổ nhiệm",
        ("Điều 5, Điều 8", "Điều 41 khoản 4, Điều 42, Điều 43"),
        50,
    ),
    (
        "CK_DIEU_DONG",
        "Công khai việc điều động, luân chuyển",
        "cong_khai",
        "Quyết định điều động, luân chuyển, chuyển đổi vị trí công tác.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày quyết định điều động, luân chuyển",
        ("Điều 5, Điều 8", "Điều 41 khoản 4, Điều 42, Điều 43"),
        60,
    ),
    (
        "CK_TAI_SAN",
        "Công khai bản kê khai tài sản, thu nhập",
        "cong_khai",
        "Bản kê khai tài sản, thu nhập hằng năm của người có nghĩa vụ kê khai.",
        ["niem_yet", "cuoc_hop"],
        "trước ngày 31/3 hằng năm",
        (
            "Điều 5; Luật Phòng, chống tham nhũng 2018, Điều 39",
            "Điều 41 khoản 6; Luật Phòng, chống tham nhũng 2018, Điều 39",
        ),
        70,
    ),
    (
        "CK_KE_HOACH_NAM",
        "Công khai kế hoạch công tác năm",
        "cong_khai",
        "Chủ trương, kế hoạch công tác năm của cơ quan, đơn vị.",
        PUBLIC_FORMS,
        "03 ngày làm việc sau ngày ban hành kế hoạch",
        ("Điều 5, Điều 8", "Điều 41 khoản 1, Điều 42, Điều 43"),
        80,
    ),
    (
        "LYK_KE_HOACH_NAM",
        "Lấy ý kiến cán bộ, công chức, viên chức về kế hoạch công tác năm",
        "lay_y_kien",
        "Dự thảo kế hoạch công tác năm, quy chế làm việc, quy chế chi tiêu nội bộ đưa ra lấy ý "
        "kiến trước khi người đứng đầu quyết định.",
        ["cuoc_hop", "van_ban", "he_thong"],
        "trước ngày 31/3 hằng năm",
        ("Điều 6", "Điều 44, Điều 45"),
        90,
    ),
    (
        "HNCB_HANG_NAM",
        "Tổ chức hội nghị cán bộ, công chức, viên chức hằng năm",
        "hoi_nghi_can_bo",
        "Hội nghị tổng kết năm công tác trước, bàn kế hoạch năm, ban hành nghị quyết; chậm nhất "
        "3 tháng sau khi kết thúc năm công tác.",
        ["cuoc_hop"],
        "trước ngày 31/3 hằng năm",
        ("Chương II; Thông tư 01/2016/TT-BNV", "Điều 50, Điều 51"),
        100,
    ),
    (
        "BCD_KIEN_TOAN",
        "Kiện toàn Ban chỉ đạo thực hiện dân chủ ở cơ sở",
        "ban_chi_dao",
        "Rà soát, kiện toàn thành viên Ban chỉ đạo khi có thay đổi nhân sự; ban hành quy chế, "
        "kế hoạch hoạt động năm (thời hạn theo hướng dẫn của tỉnh).",
        ["van_ban"],
        "trước ngày 31/3 hằng năm",
        ("Hướng dẫn của cấp ủy, UBND tỉnh", "Hướng dẫn của cấp ủy, UBND tỉnh; Điều 8"),
        110,
    ),
    (
        "BTTND_BAU",
        "Bầu Ban thanh tra nhân dân theo nhiệm kỳ",
        "ban_thanh_tra_nhan_dan",
        "Hội nghị cán bộ, công chức, viên chức bầu Ban thanh tra nhân dân (03–09 thành viên, "
        "nhiệm kỳ 02 năm) khi nhiệm kỳ trước kết thúc; Công đoàn công nhận kết quả bầu.",
        ["cuoc_hop", "van_ban"],
        "trước ngày 31/3 hằng năm",
        ("Luật Thanh tra 2010, Chương VIII; Nghị định 159/2016/NĐ-CP", f"Điều 59, Điều 60; {ND59}"),
        120,
    ),
    (
        "BTTND_BAO_CAO",
        "Báo cáo hoạt động Ban thanh tra nhân dân",
        "ban_thanh_tra_nhan_dan",
        "Ban thanh tra nhân dân báo cáo kết quả giám sát và kiến nghị tại hội nghị cán bộ, công "
        "chức, viên chức hằng năm.",
        ["cuoc_hop", "van_ban"],
        "trước ngày 31/3 hằng năm",
        ("Luật Thanh tra 2010, Chương VIII; Nghị định 159/2016/NĐ-CP", f"Điều 60, Điều 61; {ND59}"),
        130,
    ),
]
# Obligations that fall due only in the year the board's term ends (or when there is none).
AT_TERM_END = {"BTTND_BAU"}


def seed_rows() -> list[dict]:
    rows = []
    for code, label, category, content, forms, rule, (old_ref, new_ref), position in _ROWS:
        common = {
            "code": code,
            "label": label,
            "category": category,
            "content": content,
            "forms": forms,
            "due_rule": rule,
            "unit_kinds": AGENCIES,
            "position": position,
            "occurs": "het_nhiem_ky_bttnd" if code in AT_TERM_END else "hang_nam",
        }
        old = old_ref if old_ref.startswith(("Luật", "Hướng dẫn")) else f"{OLD}, {old_ref}"
        rows.append({**common, "legal_ref": old, "valid_from": OLD_FROM, "valid_to": OLD_TO})
        new = new_ref if new_ref.startswith("Hướng dẫn") else f"{LAW}, {new_ref}"
        rows.append(
            {
                **common,
                "legal_ref": new,
                "valid_from": LAW_FROM,
                "valid_to": None,
                "note": "Luật Thực hiện dân chủ ở cơ sở có hiệu lực",
            }
        )
    return rows


def seed_catalogue(get_model) -> int:
    """Create the missing rows (a migration's ``apps.get_model`` or Django's)."""
    ObligationType = get_model("democracy", "ObligationType")
    created = 0
    for row in seed_rows():
        row = dict(row)
        _, new = ObligationType.objects.get_or_create(
            code=row.pop("code"), valid_from=row.pop("valid_from"), defaults=row
        )
        created += new
    return created
