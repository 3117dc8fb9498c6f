"""The whole register: its columns and its one indicator."""

from django.db.models import Q

from danvan.indicators.definitions import Indicator
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec
from tests.plugin_register.models import TreePlanting

TREE_PLANTINGS = RegisterSpec(
    slug="tree-plantings",
    label="Sổ trồng cây",
    model=TreePlanting,
    key="ma",
    columns=(
        Column("ma", ("Mã đợt trồng", "Mã"), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column("ngay", ("Ngày trồng", "Ngày"), "planted_on", c.date, required=True),
        Column("so_cay", ("Số cây",), "trees", c.count),
    ),
    date_field="planted_on",
)

TREE_INDICATORS = [
    Indicator(
        code="TC_SO_CAY",
        label="Số cây xanh được trồng",
        unit="cây",
        register="tree-plantings",
        records=lambda w: Q(planted_on__gte=w.start, planted_on__lte=w.end),
        measure="trees",
    ),
]
