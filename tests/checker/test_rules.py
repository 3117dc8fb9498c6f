"""Every rule of the checker has a Vietnamese name, distinct from the others' and from its code."""

import unicodedata

from danvan.checker.engine import check_text
from danvan.checker.render import html_page
from danvan.checker.rules import RULES


def test_every_rule_has_a_distinct_vietnamese_name():
    titles = [rule.title for rule in RULES.values()]
    assert len(set(titles)) == len(titles)
    for name, rule in RULES.items():
        assert rule.title and rule.title != name and "_" not in rule.title
        assert unicodedata.is_normalized("NFC", rule.title)
        assert any(ord(ch) > 127 for ch in rule.title), rule.title  # Vietnamese, with diacritics


def test_a_finding_carries_its_name_and_its_code_separately():
    (finding,) = check_text("Tỷ lệ đúng hạn: 315/372 là 84,2%.").findings
    assert finding.title == "Tỷ lệ không khớp với tử số, mẫu số"
    data = finding.as_json()
    assert data["rule"] == "ratio_mismatch" and data["title"] == finding.title


def test_the_standalone_html_names_the_rule():
    page = html_page([("sai.txt", check_text("Tỷ lệ đúng hạn: 315/372 là 84,2%."))])
    assert ">Tỷ lệ không khớp với tử số, mẫu số</strong>" in page
    assert 'title="ratio_mismatch"' in page
