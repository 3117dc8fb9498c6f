"""Each dossier indicator at its edges, and the fast path (daily counters) against counting
the records themselves, on random registers (hypothesis)."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.dossiers.models import Dossier, DossierDaily, DossierMonthly
from danvan.dossiers.rollups import dossier_rollups_rebuild
from danvan.dossiers.services import dossier_create, dossier_delete, dossier_update
from danvan.indicators.engine import (
    indicator_records,
    indicators_compute,
    indicators_compute_direct,
)
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window

D = datetime.date
WINDOW = Window(D(2021, 1, 1), D(2021, 1, 31))


def make(tree, code, received, *, unit="A", finished=None, outcome="", due=None, **extra):
    return dossier_create(
        unit=tree[unit],
        code=code,
        channel=extra.pop("channel", "truc_tiep"),
        received_on=received,
        finished_on=finished,
        outcome=outcome,
        due_on=due,
        **extra,
    )


def compute(units=None):
    return indicators_compute(units or OrgUnit.objects.all(), WINDOW)


def test_edges_of_the_window(tree):
    make(tree, "K1", D(2020, 12, 20))  # carried over, still pending
    make(tree, "K2", D(2020, 12, 20), finished=D(2020, 12, 31), outcome="da_tra_ket_qua")
    make(
        tree,
        "K3",
        D(2020, 12, 20),
        finished=D(2021, 1, 1),
        outcome="da_tra_ket_qua",
        due=D(2021, 1, 1),
    )  # carried over, finished on start, on time
    make(tree, "M1", D(2021, 1, 1), channel="truc_tuyen")  # received on start
    make(tree, "M2", D(2021, 1, 31), channel="buu_chinh")  # received on end
    make(
        tree, "M3", D(2021, 1, 5), finished=D(2021, 1, 31), outcome="tu_choi", due=D(2021, 1, 20)
    )  # finished on end, late
    make(tree, "M4", D(2021, 1, 5), finished=D(2021, 1, 10), outcome="rut_ho_so")
    make(tree, "M5", D(2021, 1, 5), due=D(2021, 1, 15))  # pending past due at end
    make(tree, "M6", D(2021, 1, 5), due=D(2021, 1, 31))  # due on end: not yet overdue
    make(
        tree,
        "M7",
        D(2021, 1, 6),
        finished=D(2021, 1, 8),
        outcome="da_tra_ket_qua",
        due=D(2021, 1, 9),
        rating="rat_hai_long",
        apology_issued=True,
    )  # early
    make(
        tree,
        "M8",
        D(2021, 1, 6),
        finished=D(2021, 1, 8),
        outcome="da_tra_ket_qua",
        rating="binh_thuong",
        paid_online=True,
        returned_by_post=True,
    )  # no due date
    make(tree, "L1", D(2021, 2, 1))  # after the window
    v = compute().values
    assert v["HS_KY_TRUOC"] == 2  # K1, K3
    assert v["HS_MOI"] == 8  # M1..M8
    assert v["HS_TIEP_NHAN"] == 10
    assert (v["HS_TRUC_TUYEN"], v["HS_BUU_CHINH"]) == (1, 1)
    assert v["HS_DA_GIAI_QUYET"] == 4  # K3, M3, M7, M8
    assert (v["HS_TRUOC_HAN"], v["HS_DUNG_HAN"], v["HS_TRE_HAN"]) == (1, 2, 1)
    assert v["HS_RUT"] == 1
    assert v["HS_DANG_GIAI_QUYET"] == 5  # K1, M1, M2, M5, M6
    assert v["HS_QUA_HAN"] == 1  # M5
    assert (v["HS_XIN_LOI"], v["HS_TT_TRUC_TUYEN"], v["HS_TRA_BUU_CHINH"]) == (1, 1, 1)
    assert (v["DG_TONG"], v["DG_RAT_HAI_LONG"], v["DG_BINH_THUONG"]) == (2, 1, 1)
    result = compute()
    assert result.ratios["TL_DUNG_HAN"] == Ratio(3, 4)
    assert str(result.ratios["TL_DUNG_HAN"]) == "3/4, đạt 75,00%"
    assert result.ratios["TL_TRUC_TUYEN"] == Ratio(1, 8)
    assert result.ratios["TL_HAI_LONG"] == Ratio(1, 2)
    assert result.violations == []
    assert v["HS_TIEP_NHAN"] == v["HS_DA_GIAI_QUYET"] + v["HS_RUT"] + v["HS_DANG_GIAI_QUYET"]


def test_drill_down_lists_the_records_behind_a_figure(tree):
    make(tree, "K1", D(2020, 12, 20))
    make(tree, "M5", D(2021, 1, 5), due=D(2021, 1, 15))
    make(tree, "M6", D(2021, 1, 5), finished=D(2021, 1, 6), outcome="da_tra_ket_qua")
    units = OrgUnit.objects.all()

    def codes(code):
        records = indicator_records(units, WINDOW, code)
        return sorted(records.values_list("code", flat=True))

    assert codes("HS_QUA_HAN") == ["M5"]
    assert codes("HS_DANG_GIAI_QUYET") == ["K1", "M5"]
    assert codes("TL_DUNG_HAN") == ["M6"]  # a ratio drills into its numerator


def test_subtree_sums_and_ratios_are_recomputed_not_averaged(tree):
    # A: 1 of 1 on time (100%); A1: 1 of 3 on time (33,3%). The average would be 66,7%.
    make(
        tree,
        "A-1",
        D(2021, 1, 4),
        finished=D(2021, 1, 5),
        outcome="da_tra_ket_qua",
        due=D(2021, 1, 5),
    )
    for i, finished in enumerate((D(2021, 1, 5), D(2021, 1, 20), D(2021, 1, 21))):
        make(
            tree,
            f"A1-{i}",
            D(2021, 1, 4),
            unit="A1",
            finished=finished,
            outcome="da_tra_ket_qua",
            due=D(2021, 1, 5),
        )
    subtree = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    ratio = compute(subtree).ratios["TL_DUNG_HAN"]
    assert ratio == Ratio(2, 4) and str(ratio) == "2/4, đạt 50,00%"
    only_a = compute(OrgUnit.objects.filter(pk=tree["A"].pk)).ratios["TL_DUNG_HAN"]
    assert only_a == Ratio(1, 1)


def test_updates_and_deletes_keep_the_counters_exact(tree):
    first = make(tree, "U1", D(2021, 1, 4), due=D(2021, 1, 10))
    second = make(tree, "U2", D(2021, 1, 4))
    dossier_update(
        dossier=first, finished_on=D(2021, 1, 12), outcome="da_tra_ket_qua", rating="hai_long"
    )
    dossier_update(dossier=second, unit=tree["B"])
    dossier_delete(dossier=second)
    fast = compute()
    assert fast.values == indicators_compute_direct(OrgUnit.objects.all(), WINDOW).values
    assert fast.values["HS_TRE_HAN"] == 1 and fast.values["HS_MOI"] == 1
    before = sorted(
        DossierDaily.objects.exclude(**{c: 0 for c in ("received",)}).values_list(
            "unit_id", "day", "received"
        )
    )
    dossier_rollups_rebuild()
    after = sorted(
        DossierDaily.objects.exclude(received=0).values_list("unit_id", "day", "received")
    )
    assert before == after


def test_a_broken_invariant_is_reported_not_hidden(tree, db):
    from danvan.indicators.models import ValidationRule

    make(tree, "V1", D(2021, 1, 4))
    ValidationRule.objects.create(
        code="THU",
        description="Quy tắc thử luôn sai",
        left="HS_MOI",
        operator=">",
        right="HS_MOI + 1",
        importance="warning",
    )
    violations = compute().violations
    assert [v.rule for v in violations] == ["THU"]
    assert (violations[0].left, violations[0].right) == (1, 2)


days = st.integers(min_value=0, max_value=90).map(lambda n: D(2020, 12, 1) + datetime.timedelta(n))


@st.composite
def dossiers(draw):
    received = draw(days)
    finished = draw(st.one_of(st.none(), st.integers(0, 40)))
    due = draw(st.one_of(st.none(), st.integers(0, 30)))
    outcome = draw(st.sampled_from(["da_tra_ket_qua", "tu_choi", "rut_ho_so"]))
    return {
        "unit": draw(st.sampled_from(["A", "A1", "B"])),
        "received_on": received,
        "finished_on": None if finished is None else received + datetime.timedelta(finished),
        "outcome": "" if finished is None else outcome,
        "due_on": None if due is None else received + datetime.timedelta(due),
        "channel": draw(st.sampled_from(["truc_tiep", "truc_tuyen", "buu_chinh"])),
        "rating": draw(
            st.sampled_from(["", "rat_hai_long", "hai_long", "binh_thuong", "khong_hai_long"])
        ),
        "apology_issued": draw(st.booleans()),
        "paid_online": draw(st.booleans()),
    }


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(records=st.lists(dossiers(), max_size=25), start=days, length=st.integers(0, 120))
def test_counters_agree_with_counting_the_records(tree, records, start, length):
    Dossier.objects.all().delete()
    DossierDaily.objects.all().delete()
    DossierMonthly.objects.all().delete()
    for i, values in enumerate(records):
        unit = values.pop("unit")
        dossier_create(unit=tree[unit], code=f"H{i}", **values)
    window = Window(start, start + datetime.timedelta(length))
    for units in (OrgUnit.objects.all(), OrgUnit.objects.filter(code__in=["A", "A1"])):
        fast = indicators_compute(units, window)
        slow = indicators_compute_direct(units, window)
        assert fast.values == slow.values
        assert fast.ratios == slow.ratios
        assert [v.rule for v in fast.violations] == []
