"""Unit pickers: a searchable tree of checkboxes for many units, an indented select for one.

Both take the units the access gate returned (``access_units(…)``) and show them in tree
order. A unit whose parent is not among them is shown as a root of its own.
"""

from dataclasses import dataclass, field

from django import forms

SUBTREE_SUFFIX = "__cap_duoi"
INDENT = "\u00a0\u00a0\u00a0"  # three no-break spaces per level (a select cannot be styled)


@dataclass
class UnitNode:
    code: str
    name: str
    depth: int
    children: list["UnitNode"] = field(default_factory=list)

    def codes(self) -> list[str]:
        """This unit and every unit below it, in tree order."""
        found = [self.code]
        for child in self.children:
            found.extend(child.codes())
        return found


def unit_tree(units) -> list[UnitNode]:
    """The roots of ``units`` (anything with code, name, path), children in tree order."""
    units = sorted(units, key=lambda u: u.path)
    by_path: dict[str, UnitNode] = {}
    roots: list[UnitNode] = []
    for unit in units:
        parent_path = unit.path.rstrip("/").rsplit("/", 1)[0] + "/"
        parent = by_path.get(parent_path)
        node = UnitNode(unit.code, unit.name, parent.depth + 1 if parent else 0)
        (parent.children if parent else roots).append(node)
        by_path[unit.path] = node
    return roots


def unit_tree_flat(units) -> list[UnitNode]:
    """Every node of the tree, parents before their children."""
    flat: list[UnitNode] = []

    def walk(nodes):
        for node in nodes:
            flat.append(node)
            walk(node.children)

    walk(unit_tree(units))
    return flat


def unit_choices(units, label=lambda node: f"{node.name} ({node.code})") -> list[tuple]:
    """(code, indented label) pairs of a single-unit select, in tree order."""
    return [(node.code, INDENT * node.depth + label(node)) for node in unit_tree_flat(units)]


class UnitTreeWidget(forms.CheckboxSelectMultiple):
    """A nested list of checkboxes in tree order. Each unit with units below it also has a
    «Chọn cả cấp dưới» box (posted as ``<name>__cap_duoi``) that the server expands to the
    unit and its whole subtree, so the choice holds without script too; the script
    (core/forms-lists.js) adds the search box, folding, «Chọn tất cả» and the count."""

    template_name = "orgunits/widgets/unit_tree.html"

    def __init__(self, attrs=None, subtree=True):
        super().__init__(attrs)
        self.subtree = subtree
        self.roots: list[UnitNode] = []

    def set_units(self, units) -> None:
        self.roots = unit_tree(units)
        self.choices = [(n.code, n.name) for n in unit_tree_flat_nodes(self.roots)]

    def value_from_datadict(self, data, files, name):
        chosen = list(super().value_from_datadict(data, files, name) or [])
        if self.subtree and hasattr(data, "getlist"):
            tops = set(data.getlist(name + SUBTREE_SUFFIX))
            for node in unit_tree_flat_nodes(self.roots):
                if node.code in tops:
                    chosen.extend(node.codes())
        return list(dict.fromkeys(chosen))  # no repeats, order kept

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = {str(v) for v in (value or [])}
        tops = {
            node.code
            for node in unit_tree_flat_nodes(self.roots)
            if node.children and chosen.issuperset(node.codes())
        }
        context["widget"].update(
            roots=self.roots,
            chosen=chosen,
            chosen_tops=tops,
            subtree=self.subtree,
            subtree_name=name + SUBTREE_SUFFIX,
            total=len(self.choices),
            chosen_count=len(chosen),
        )
        return context

    def id_for_label(self, id_, index=None):
        return f"{id_}_tim" if id_ else id_


def unit_tree_flat_nodes(roots: list[UnitNode]) -> list[UnitNode]:
    flat: list[UnitNode] = []
    for root in roots:
        stack = [root]
        while stack:
            node = stack.pop()
            flat.append(node)
            stack.extend(reversed(node.children))
    return flat


class UnitTreeField(forms.MultipleChoiceField):
    """Many units, picked in a tree; cleaned to a list of unit codes in tree order."""

    widget = UnitTreeWidget

    def __init__(self, *, units=(), subtree=True, **kwargs):
        kwargs.setdefault("widget", UnitTreeWidget(subtree=subtree))
        super().__init__(**kwargs)
        self.set_units(units)

    def set_units(self, units) -> None:
        self.widget.set_units(list(units))
        self.choices = self.widget.choices

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.widget.roots = self.widget.roots
        return result


def unit_select(field: forms.ModelChoiceField, units) -> None:
    """A single-unit ModelChoiceField over ``units``: tree order, indented by level."""
    units = units.order_by("path")
    depths = {node.code: node.depth for node in unit_tree_flat(units)}
    field.queryset = units
    field.label_from_instance = lambda u: f"{INDENT * depths.get(u.code, 0)}{u.name} ({u.code})"
