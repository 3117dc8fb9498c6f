"""Legal deadlines as data, seeded by a migration and by `danvan demo load`
(DOMAIN.md §4; check the articles before relying on them):
- Luật Khiếu nại 2011, điều 28: first-instance complaint ≤ 30 days from acceptance, ≤ 45 if
  complex; in remote areas ≤ 45, ≤ 60 if complex.
- Luật Tố cáo 2018, điều 30: ≤ 30 days; complex: one extension of ≤ 30 days; especially
  complex: two extensions of ≤ 30 days each.
Days are counted as calendar days here; an administrator can change ``day_kind`` or add a
newer dated rule without code.
"""

KN = "Luật Khiếu nại 2011, điều 28"
TC = "Luật Tố cáo 2018, điều 30"
RULES = [
    # kind, complexity, remote, days, legal reference
    ("khieu_nai", "khong", False, 30, KN),
    ("khieu_nai", "phuc_tap", False, 45, KN),
    ("khieu_nai", "dac_biet_phuc_tap", False, 45, KN),
    ("khieu_nai", "khong", True, 45, KN),
    ("khieu_nai", "phuc_tap", True, 60, KN),
    ("khieu_nai", "dac_biet_phuc_tap", True, 60, KN),
    ("to_cao", "khong", False, 30, TC),
    ("to_cao", "phuc_tap", False, 60, TC),
    ("to_cao", "dac_biet_phuc_tap", False, 90, TC),
    ("to_cao", "khong", True, 30, TC),
    ("to_cao", "phuc_tap", True, 60, TC),
    ("to_cao", "dac_biet_phuc_tap", True, 90, TC),
]


def seed_deadline_rules(get_model) -> None:
    DeadlineRule = get_model("petitions", "DeadlineRule")
    for kind, complexity, remote, days, ref in RULES:
        DeadlineRule.objects.get_or_create(
            kind=kind,
            complexity=complexity,
            remote_area=remote,
            valid_from=None,
            defaults={"days": days, "day_kind": "ngay_lich", "legal_ref": ref},
        )


# Tiếp công dân định kỳ của người đứng đầu (Luật Tiếp công dân 2013; check before relying on
# them). No row for the district level: districts ceased on 01/7/2025 and the tree has no kind
# for them (Điều 13 khoản 5: Chủ tịch UBND cấp huyện ít nhất 02 ngày mỗi tháng).
TCD = "Luật Tiếp công dân 2013"
HEAD_OF_AGENCY = (
    f"{TCD}, Điều 18 khoản 2; Nghị định 64/2014/NĐ-CP, Điều 4 khoản 2 "
    "(thủ trưởng cơ quan hành chính nhà nước)"
)
RECEPTION_QUOTAS = [
    # unit kind, who must receive, days, per, legal reference
    ("tinh", "Chủ tịch UBND cấp tỉnh", 1, "thang", f"{TCD}, Điều 12 khoản 5"),
    ("so_nganh", "Thủ trưởng cơ quan", 1, "thang", HEAD_OF_AGENCY),
    ("van_phong", "Thủ trưởng cơ quan", 1, "thang", HEAD_OF_AGENCY),
    ("ubnd_xa", "Chủ tịch UBND cấp xã", 1, "tuan", f"{TCD}, Điều 15 khoản 2 điểm d"),
]


def seed_reception_quotas(get_model) -> None:
    ReceptionQuota = get_model("petitions", "ReceptionQuota")
    for unit_kind, holder, days, per, ref in RECEPTION_QUOTAS:
        ReceptionQuota.objects.get_or_create(
            unit_kind=unit_kind,
            valid_from=None,
            defaults={"holder": holder, "days": days, "per": per, "legal_ref": ref},
        )
