"""Unit pickers: the tree of checkboxes (order, nesting, «Chọn cả cấp dưới» on the server)
and the indented single-unit select."""

import re

from django import forms
from django.http import QueryDict

from danvan.orgunits.models import OrgUnit
from danvan.orgunits.services import orgunit_create
from danvan.orgunits.widgets import INDENT, UnitTreeField, unit_choices, unit_tree_flat


class _Form(forms.Form):
    units = UnitTreeField(label="Đơn vị", required=False)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["units"].set_units(units)


def _post(**lists) -> QueryDict:
    data = QueryDict(mutable=True)
    for key, values in lists.items():
        data.setlist(key, values)
    return data


def test_tree_order_parents_before_children(tree):
    nodes = unit_tree_flat(OrgUnit.objects.all())
    assert [(n.code, n.depth) for n in nodes] == [
        ("P", 0),
        ("A", 1),
        ("A1", 2),
        ("B", 1),
        ("X", 1),
    ]


def test_a_unit_whose_parent_is_out_of_scope_is_a_root(tree):
    nodes = unit_tree_flat(OrgUnit.objects.filter(code__in=["A1", "B"]))
    assert [(n.code, n.depth) for n in nodes] == [("A1", 0), ("B", 0)]


def test_rendered_as_nested_lists_in_tree_order(tree):
    html = str(_Form(units=OrgUnit.objects.all())["units"])
    codes = re.findall(r'name="units" value="([^"]+)"', html)
    assert codes == ["P", "A", "A1", "B", "X"]
    # A1's checkbox is inside A's item, which is inside P's.
    a_item = html[html.index('data-code="A"') : html.index('data-code="B"')]
    assert 'value="A1"' in a_item
    # «Chọn cả cấp dưới» only where there are units below.
    tops = re.findall(r'name="units__cap_duoi" value="([^"]+)"', html)
    assert tops == ["P", "A"]
    assert "Đã chọn 0 đơn vị" in html


def test_the_subtree_box_selects_the_unit_and_everything_below_it_on_the_server(tree):
    form = _Form(_post(units=["B"], units__cap_duoi=["A"]), units=OrgUnit.objects.all())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["units"] == ["B", "A", "A1"]
    whole = _Form(_post(units__cap_duoi=["P"]), units=OrgUnit.objects.all())
    assert whole.is_valid()
    assert sorted(whole.cleaned_data["units"]) == ["A", "A1", "B", "P", "X"]


def test_only_the_units_given_can_be_chosen(tree):
    scope = OrgUnit.objects.filter(code__in=["A", "A1"])
    foreign = _Form(_post(units=["B"]), units=scope)
    assert not foreign.is_valid()
    # A subtree box of a unit outside the scope adds nothing.
    outside = _Form(_post(units__cap_duoi=["P"]), units=scope)
    assert outside.is_valid() and outside.cleaned_data["units"] == []


def test_after_an_error_the_ticks_come_back(tree):
    form = _Form(_post(units__cap_duoi=["A"]), units=OrgUnit.objects.all())
    html = str(form["units"])
    assert re.search(r'value="A"[^>]*checked', html)
    assert re.search(r'value="A1"[^>]*checked', html)
    assert re.search(r'name="units__cap_duoi" value="A"[^>]*checked', html)
    assert not re.search(r'name="units" value="B"[^>]*checked', html)
    assert "Đã chọn 2 đơn vị" in html


def test_a_single_unit_select_is_indented_in_tree_order(tree):
    choices = unit_choices(OrgUnit.objects.all())
    assert choices[:3] == [
        ("P", "Ủy ban nhân dân tỉnh Thử (P)"),
        ("A", INDENT + "Sở Nội vụ (A)"),
        ("A1", INDENT * 2 + "Phòng Xây dựng chính quyền (A1)"),
    ]


def test_many_units_render_quickly_enough_to_count(db):
    root = orgunit_create(code="R", name="Tỉnh", kind="tinh")
    for i in range(40):
        orgunit_create(code=f"R.{i:02d}", name=f"Xã {i:02d}", kind="ubnd_xa", parent=root)
    html = str(_Form(units=OrgUnit.objects.all())["units"])
    assert html.count('name="units" ') == 41
