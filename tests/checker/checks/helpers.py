"""Run the checker on a text and pick the findings of one rule."""

from danvan.checker.engine import check_text
from danvan.checker.rules import RULES


def findings(text, rule):
    assert rule in RULES
    return [f for f in check_text(text).findings if f.rule == rule]


def one(text, rule):
    found = findings(text, rule)
    assert len(found) == 1, [(f.rule, f.excerpt) for f in check_text(text).findings]
    finding = found[0]
    assert text[finding.start : finding.end] == finding.excerpt
    return finding


def verified(text):
    """The arithmetic of the relations the checker found right («Các phép tính khớp»)."""
    return [v.arithmetic for v in check_text(text).verified]
