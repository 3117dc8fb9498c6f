import datetime

import pytest

from danvan.core.errors import DomainError
from danvan.orgunits import services
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import (
    orgunit_lineage,
    orgunit_list_as_of,
    orgunit_name_as_of,
    orgunit_predecessors,
)

D = datetime.date


def test_create_sets_materialised_path_and_level(tree):
    assert tree["P"].path == "/P/" and tree["P"].level == 1
    assert tree["A1"].path == "/P/A/A1/" and tree["A1"].level == 3


def test_create_refuses_duplicate_and_malformed_codes(tree):
    with pytest.raises(DomainError, match="đã tồn tại"):
        services.orgunit_create(code="A", name="Trùng", kind="phong")
    with pytest.raises(DomainError, match="không hợp lệ"):
        services.orgunit_create(code="Sở 1", name="Có dấu cách", kind="phong")
    assert OrgUnit.objects.count() == 5


def test_create_refuses_end_before_start(db):
    with pytest.raises(DomainError, match="phải sau"):
        services.orgunit_create(
            code="Z", name="Z", kind="khac", valid_from=D(2025, 1, 2), valid_to=D(2025, 1, 1)
        )


def test_move_rewrites_paths_of_the_whole_subtree(tree):
    services.orgunit_move(unit=tree["A"], parent=tree["B"])
    tree["A1"].refresh_from_db()
    assert tree["A1"].path == "/P/B/A/A1/"
    assert tree["A1"].level == 4


def test_move_under_own_descendant_is_refused(tree):
    with pytest.raises(DomainError, match="nằm trong chính đơn vị này"):
        services.orgunit_move(unit=tree["A"], parent=tree["A1"])
    tree["A"].refresh_from_db()
    assert tree["A"].path == "/P/A/"


def test_rename_keeps_the_old_name_for_dates_before_it(tree):
    unit = tree["A"]
    services.orgunit_rename(unit=unit, name="Sở Nội vụ mới", effective=D(2025, 3, 1))
    assert unit.name == "Sở Nội vụ mới"
    assert orgunit_name_as_of(unit, D(2025, 2, 28)) == "Sở Nội vụ"
    assert orgunit_name_as_of(unit, D(2025, 3, 1)) == "Sở Nội vụ mới"
    assert orgunit_name_as_of(unit, D(2021, 6, 14)) == "Sở Nội vụ"


def test_two_renames_resolve_by_date_and_same_day_rename_corrects(tree):
    unit = tree["B"]
    services.orgunit_rename(unit=unit, name="Tên hai", effective=D(2023, 1, 1))
    services.orgunit_rename(unit=unit, name="Tên ba", effective=D(2025, 7, 1))
    services.orgunit_rename(unit=unit, name="Tên ba (sửa)", effective=D(2025, 7, 1))
    assert [orgunit_name_as_of(unit, d) for d in (D(2022, 1, 1), D(2024, 1, 1), D(2026, 1, 1))] == [
        "Sở Tư pháp Bí Mật",
        "Tên hai",
        "Tên ba (sửa)",
    ]
    assert unit.versions.count() == 3


def test_rename_before_the_unit_existed_is_refused(tree):
    with pytest.raises(DomainError, match="bắt đầu hoạt động"):
        services.orgunit_rename(unit=tree["X"], name="Sớm quá", effective=D(2025, 1, 1))


def test_merge_closes_sources_and_keeps_both_histories_reachable(tree):
    target = tree["A"]
    services.orgunit_merge(sources=[tree["B"]], target=target, effective=D(2025, 3, 1))
    source = OrgUnit.objects.get(code="B")
    assert source.valid_to == D(2025, 2, 28)
    assert source.merged_into == target
    assert source.path.startswith(target.path)  # whoever sees the target sees its history
    assert orgunit_predecessors(target) == [source]
    assert [u.code for u in orgunit_lineage(target)] == ["A", "B"]
    # As of a date before the merge both existed, each under its own name.
    before = {u.unit.code: u.name for u in orgunit_list_as_of(OrgUnit.objects.all(), D(2025, 1, 1))}
    assert before["B"] == "Sở Tư pháp Bí Mật" and "A" in before
    after = {u.unit.code for u in orgunit_list_as_of(OrgUnit.objects.all(), D(2025, 3, 1))}
    assert "B" not in after and "A" in after
    # The merged unit's old parent is still what the history says for 2024.
    assert source.versions.get(valid_from=None).parent == tree["P"]


def test_merge_moves_active_children_with_dated_parent_change(tree):
    services.orgunit_merge(sources=[tree["A"]], target=tree["B"], effective=D(2025, 7, 1))
    child = OrgUnit.objects.get(code="A1")
    assert child.parent == tree["B"]
    assert child.path == "/P/B/A1/"
    assert child.versions.get(valid_from=D(2025, 7, 1)).parent == tree["B"]
    assert child.versions.get(valid_from=None).parent == tree["A"]


def test_chained_merges_are_all_predecessors(tree):
    services.orgunit_merge(sources=[tree["A1"]], target=tree["B"], effective=D(2024, 1, 1))
    services.orgunit_merge(sources=[tree["B"]], target=tree["X"], effective=D(2025, 7, 1))
    assert {u.code for u in orgunit_predecessors(tree["X"])} == {"A1", "B"}


def test_merge_into_itself_or_descendant_is_refused(tree):
    with pytest.raises(DomainError, match="chính nó"):
        services.orgunit_merge(sources=[tree["A"]], target=tree["A1"], effective=D(2025, 1, 1))
    with pytest.raises(DomainError, match="ít nhất một"):
        services.orgunit_merge(sources=[], target=tree["A"], effective=D(2025, 1, 1))
