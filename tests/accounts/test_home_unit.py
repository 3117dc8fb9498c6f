"""A clerk of one unit gets that unit preselected wherever a form asks for a unit."""

import re

from danvan.accounts.access import access_home_unit, access_register_units, access_units
from danvan.accounts.models import Role
from danvan.accounts.services import grant_add
from danvan.orgunits.models import OrgUnit


def _selected(html: str, name: str) -> str:
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    found = re.findall(r'<option value="([^"]*)"[^>]*selected', select)
    return found[0] if found else ""


def test_the_one_unit_of_a_clerk(users, tree):
    clerk = users["clerk_a"]
    assert access_home_unit(clerk) == tree["A"]
    assert access_home_unit(clerk, access_register_units(clerk)) == tree["A"]
    # A head of A with its subtree still works in A (A1 is below, not a second grant).
    assert access_home_unit(users["head_a"], access_units(users["head_a"])) == tree["A"]


def test_no_preselection_for_people_of_several_units(users, tree):
    head = users["head_a"]
    grant_add(user=head, role=Role.LANH_DAO, unit=tree["B"], include_subtree=False)
    assert access_home_unit(head, access_units(head)) is None


def test_the_only_candidate_is_chosen_even_without_a_single_grant(users, tree):
    scope = OrgUnit.objects.filter(code="X")
    assert access_home_unit(users["admin"], scope) == tree["X"]
    assert access_home_unit(None) is None


def test_forms_open_with_the_clerks_unit_chosen(users, tree, login):
    clerk = login(users["clerk_a"])
    dossier = clerk.get("/ho-so/them/").content.decode()
    assert _selected(dossier, "unit") == str(tree["A"].pk)
    petition = clerk.get("/so/petitions/them/").content.decode()
    assert _selected(petition, "unit") == str(tree["A"].pk)
    plan = clerk.get("/ke-hoach/moi/").content.decode()
    assert _selected(plan, "unit") == "A"


def test_the_request_form_names_the_aggregators_unit(users, tree, login):
    html = login(users["aggregator"]).get("/bao-cao/phat-hanh/").content.decode()
    assert _selected(html, "issuer") == "P"
