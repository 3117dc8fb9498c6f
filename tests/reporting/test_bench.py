"""The reporting benchmark measures like against like: its naive baselines compute the same
figures as the real code paths."""

from danvan.reporting import bench
from danvan.reporting.selectors import request_completeness
from danvan.reporting.services import consolidation_build


def test_baselines_agree_with_the_code_they_are_measured_against(db):
    built = bench.build(12)
    request = built["request"]
    consolidation = consolidation_build(
        user=built["aggregator"], request=request, include_submitted=True
    )
    naive = bench.naive_consolidation(request)
    assert {c: v for c, v in consolidation.figures["values"].items() if c in naive} == naive
    assert len(consolidation.figures["units"]) == 10  # 8 accepted + 2 submitted, 2 drafts
    assert bench.naive_completeness(request) == request_completeness(request)
    completeness = request_completeness(request)
    assert (completeness.on_time, completeness.late, completeness.missing) == (8, 2, 2)


def test_the_scenarios_run(db):
    results = bench.run(6, repeat=1)
    assert [r["name"] for r in results] == [
        "tổng hợp 6 báo cáo (lập + so sánh)",
        "trang tình hình gửi, 6 đơn vị",
    ]
    assert all(r["subject_ms"] > 0 and r["baseline_ms"] > 0 for r in results)
