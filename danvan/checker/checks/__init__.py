"""The logic of each rule of :mod:`danvan.checker.rules`, one module per family of rules,
over an :class:`~danvan.checker.figures.Extraction`.

Every check prefers silence to a guess: approximate figures ("hơn", "khoảng" …) never enter
an exact check, a sum is checked only when its parts are known to be exhaustive, a repeated
figure only when its wording identifies the quantity.
"""

from danvan.checker.checks.arithmetic import (
    check_headlines,
    check_outcome_rates,
    check_outcomes,
    check_parenthesised_ratios,
    check_part_changes,
    check_percent_lists,
    check_percent_over_100,
    check_raised_totals,
    check_ratio_partitions,
    check_ratios,
    check_recommendations,
    check_shares,
    check_sibling_shares,
    check_structures,
    check_subject_rates,
    check_trailing_totals,
    structures,
)
from danvan.checker.checks.balance import (
    check_balance,
    check_count_remainders,
    check_kind_balances,
    check_remainders,
    figure_roles,
)
from danvan.checker.checks.base import Finding, num, percent_ok
from danvan.checker.checks.bases import check_base_conflicts, check_complement_shares
from danvan.checker.checks.change import check_changes
from danvan.checker.checks.citations import check_citations, citations
from danvan.checker.checks.compounds import check_compound_totals
from danvan.checker.checks.dates import (
    Header,
    check_date_order,
    check_invalid_dates,
    read_header,
)
from danvan.checker.checks.flows import check_poverty_flows, check_poverty_stocks
from danvan.checker.checks.levels import check_level_balances
from danvan.checker.checks.numbering import check_numbering
from danvan.checker.checks.repeats import (
    check_back_references,
    check_repeats,
    check_restated_wholes,
    check_title_repeats,
    document_year,
)
from danvan.checker.checks.shares import (
    check_household_rates,
    check_named_bases,
    check_whole_shares,
)
from danvan.checker.checks.tables import check_tables

__all__ = [
    "Finding",
    "Header",
    "check_balance",
    "check_base_conflicts",
    "check_complement_shares",
    "check_changes",
    "check_count_remainders",
    "check_remainders",
    "check_kind_balances",
    "check_citations",
    "check_compound_totals",
    "check_date_order",
    "check_level_balances",
    "check_invalid_dates",
    "check_headlines",
    "check_household_rates",
    "check_named_bases",
    "check_outcome_rates",
    "check_subject_rates",
    "check_outcomes",
    "check_numbering",
    "check_parenthesised_ratios",
    "check_part_changes",
    "check_percent_lists",
    "check_percent_over_100",
    "check_poverty_flows",
    "check_poverty_stocks",
    "check_ratio_partitions",
    "check_ratios",
    "check_recommendations",
    "check_back_references",
    "check_repeats",
    "check_restated_wholes",
    "check_title_repeats",
    "check_shares",
    "check_sibling_shares",
    "check_tables",
    "check_structures",
    "check_raised_totals",
    "check_trailing_totals",
    "check_whole_shares",
    "citations",
    "document_year",
    "figure_roles",
    "num",
    "percent_ok",
    "read_header",
    "structures",
]
