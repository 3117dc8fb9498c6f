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
