"""Reports of earlier periods stay readable, under the names of their time, after units are
renamed or merged."""

import datetime

from danvan.orgunits.services import orgunit_merge, orgunit_rename
from danvan.reporting.services import (
    consolidation_build,
    report_open,
    report_review,
    report_save,
    report_submit,
)
from tests.conftest import make_user

D = datetime.date


def test_a_2021_report_keeps_its_2021_names_after_a_rename_and_a_merge(
    users, tree, login, request_2021
):
    head_b = make_user("lanhdao.b", "lanh_dao", tree["B"])
    reports = {}
    for code, clerk, head in (
        ("A", users["clerk_a"], users["head_a"]),
        ("B", users["clerk_b"], head_b),
    ):
        report = report_open(user=clerk, request=request_2021, unit=tree[code])
        report = report_save(
            user=clerk,
            report=report,
            expected_version=report.version,
            sections={**report.sections, "I": f"Tình hình năm 2021 của {code}"},
        )
        report = report_submit(user=head, report=report)
        reports[code] = report_review(user=users["aggregator"], report=report, accept=True)
    consolidation_build(user=users["aggregator"], request=request_2021)

    orgunit_rename(unit=tree["A"], name="Sở Nội vụ và Lao động", effective=D(2025, 3, 1))
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2025, 3, 1))

    clerk = login(users["clerk_a"])
    # B's report, merged into A: readable by A's people, under B's 2021 name.
    page = clerk.get(f"/bao-cao/bao-cao/{reports['B'].pk}/").content.decode()
    assert "Báo cáo của Sở Tư pháp Bí Mật" in page and "Tình hình năm 2021 của B" in page
    page = clerk.get(f"/bao-cao/bao-cao/{reports['A'].pk}/").content.decode()
    assert "Báo cáo của Sở Nội vụ</h1>" in page
    page = login(users["aggregator"]).get(f"/bao-cao/{request_2021.pk}/").content.decode()
    assert "Sở Nội vụ và Lao động" not in page and "Sở Tư pháp Bí Mật" in page
    page = login(users["aggregator"]).get(f"/bao-cao/{request_2021.pk}/tong-hop/").content
    page = page.decode()
    assert "Sở Tư pháp Bí Mật" in page and "Sở Nội vụ và Lao động" not in page
