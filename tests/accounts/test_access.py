import datetime

import pytest
from django.http import Http404

from danvan.accounts.access import (
    SYSTEM,
    access_has_role,
    access_is_province_admin,
    access_unit,
    access_units,
    access_user_accounts,
)
from danvan.accounts.services import grant_add
from danvan.orgunits.services import orgunit_merge
from tests.conftest import make_user


def codes(queryset):
    return sorted(queryset.values_list("code", flat=True))


def test_unit_grant_sees_only_that_unit(users):
    assert codes(access_units(users["clerk_a"])) == ["A"]


def test_subtree_grant_sees_everything_below(users):
    assert codes(access_units(users["head_a"])) == ["A", "A1"]
    assert codes(access_units(users["aggregator"])) == ["A", "A1", "B", "P", "X"]


def test_several_grants_add_up(users, tree):
    grant_add(user=users["clerk_a"], role="chuyen_vien", unit=tree["X"])
    assert codes(access_units(users["clerk_a"])) == ["A", "X"]


def test_roles_filter_narrows_to_those_grants(users, tree):
    grant_add(user=users["clerk_a"], role="quan_tri", unit=tree["X"])
    assert codes(access_units(users["clerk_a"], roles=["quan_tri"])) == ["X"]
    assert codes(access_units(users["clerk_a"], roles=["tong_hop"])) == []


def test_a_unit_grant_carries_the_history_of_units_merged_into_it(users, tree):
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=datetime.date(2025, 3, 1))
    assert codes(access_units(users["clerk_a"])) == ["A", "B"]
    # ... and B's clerk, whose unit no longer exists, still sees B's own history.
    assert codes(access_units(users["clerk_b"])) == ["B"]


def test_anonymous_inactive_and_grantless_users_see_nothing(users, db):
    from django.contrib.auth.models import AnonymousUser

    assert codes(access_units(AnonymousUser())) == []
    assert codes(access_units(None)) == []
    users["clerk_a"].is_active = False
    assert codes(access_units(users["clerk_a"])) == []
    assert codes(access_units(make_user("khongquyen", None, None))) == []


def test_superuser_and_system_see_all(users, tree):
    assert len(codes(access_units(SYSTEM))) == 5


def test_access_unit_answers_404_alike_for_foreign_and_missing(users):
    assert access_unit(users["clerk_a"], "A").code == "A"
    with pytest.raises(Http404) as foreign:
        access_unit(users["clerk_a"], "B")
    with pytest.raises(Http404) as missing:
        access_unit(users["clerk_a"], "KHONGCO")
    assert "B" in str(foreign.value) and "KHONGCO" in str(missing.value)
    assert str(foreign.value).replace("B", "?") == str(missing.value).replace("KHONGCO", "?")


def test_roles_and_province_admin(users):
    assert access_has_role(users["admin"], ["quan_tri"])
    assert not access_has_role(users["clerk_a"], ["quan_tri"])
    assert access_is_province_admin(users["admin"])
    assert not access_is_province_admin(users["admin_a"])


def test_subtree_admin_manages_only_accounts_wholly_inside_it(users, tree):
    manageable = set(access_user_accounts(users["admin_a"]).values_list("username", flat=True))
    assert manageable == {"chuyenvien.a", "lanhdao.a", "quantri.a"}
    # Someone who also holds a grant outside A is out of reach for A's administrator.
    grant_add(user=users["clerk_a"], role="chuyen_vien", unit=tree["B"])
    manageable = set(access_user_accounts(users["admin_a"]).values_list("username", flat=True))
    assert "chuyenvien.a" not in manageable
    assert "chuyenvien.a" in set(
        access_user_accounts(users["admin"]).values_list("username", flat=True)
    )
