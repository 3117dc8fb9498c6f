"""A unit's letterhead: ký hiệu, địa danh and header lines, declared or derived, as of a date."""

import datetime

import pytest

from danvan.core.errors import DomainError
from danvan.orgunits.letterhead import (
    BAD_SYMBOL,
    orgunit_letterhead_as_of,
    place_from_name,
    symbol_clean,
    symbol_from_name,
)
from danvan.orgunits.services import (
    orgunit_create,
    orgunit_letterhead_set,
    orgunit_rename,
)

D = datetime.date


@pytest.mark.parametrize("value", ["BQL", "SNV", "UBND", "VP-UBND", "SGDĐT", "XDCQ&CTTN", "TTr2"])
def test_official_abbreviations_are_accepted(value):
    if value == "TTr2":  # lower case is not an abbreviation
        with pytest.raises(DomainError):
            symbol_clean(value)
    else:
        assert symbol_clean(f" {value} ") == value


@pytest.mark.parametrize("value", ["VP UBND tỉnh", "UBNDphường", "BQL-", "-BQL", "B/QL", "Ủ"])
def test_a_name_with_diacritics_or_spaces_is_not_an_abbreviation(value):
    with pytest.raises(DomainError) as caught:
        symbol_clean(value)
    assert caught.value.message == BAD_SYMBOL.format(value=value)
    assert "chữ in hoa không dấu" in caught.value.message


@pytest.mark.parametrize(
    ("name", "short", "expected"),
    [
        ("Ban Quản lý Khu kinh tế tỉnh Gia Lai", "BQL KKT", "BQLKKT"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "VPUBND"),
        ("Ủy ban nhân dân phường Quy Nhơn", "UBND phường Quy Nhơn", "UBND"),
        ("Sở Giáo dục và Đào tạo", "", "SGDĐT"),
        ("Sở Lao động - Thương binh và Xã hội", "", "SLĐTBXH"),
        ("Phòng Văn hóa - Xã hội", "", "PVHXH"),
        ("Sở Nội vụ", "SNV", "SNV"),  # a short name that already is an abbreviation
    ],
)
def test_the_last_resort_abbreviation_is_ascii_initials_without_the_place(name, short, expected):
    assert symbol_from_name(name, short) == expected


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Ủy ban nhân dân tỉnh Gia Lai", "Gia Lai"),
        ("Ủy ban nhân dân phường Quy Nhơn", "Quy Nhơn"),
        ("Ủy ban nhân dân xã Chư Sê", "Chư Sê"),
        ("Ủy ban nhân dân phường 1", "Phường 1"),  # named by a number: the full name
        ("Ủy ban nhân dân đặc khu Phú Quý", "Phú Quý"),
    ],
)
def test_place_names_of_administrative_units(name, place):
    assert place_from_name(name) == place


def test_a_provincial_agency_names_the_province_and_a_ward_names_itself(tree):
    ward_office = orgunit_create(
        code="X.VP",
        name="Văn phòng HĐND và UBND xã",
        kind="phong",
        parent=tree["X"],
        valid_from=D(2025, 7, 1),
    )
    day = D(2026, 12, 5)
    assert orgunit_letterhead_as_of(tree["A"], day).place == "Thử"
    assert orgunit_letterhead_as_of(tree["A1"], day).place == "Thử"
    assert orgunit_letterhead_as_of(tree["X"], day).place == "Hòa Bình"
    assert orgunit_letterhead_as_of(ward_office, day).place == "Hòa Bình"


def test_derived_header_lines_and_the_flagged_abbreviation(tree):
    day = D(2026, 12, 5)
    agency = orgunit_letterhead_as_of(tree["A"], day)
    assert agency.parent_lines == ("UBND TỈNH THỬ",) and not agency.parent_declared
    assert agency.issuer_lines == ("SỞ NỘI VỤ",) and not agency.issuer_declared
    assert agency.symbol == "SNV" and agency.symbol_guessed and not agency.symbol_declared
    commune = orgunit_letterhead_as_of(tree["X"], day)
    assert commune.parent_lines == ()  # an UBND heads its own documents
    assert commune.symbol == "UBND"


def test_declared_letterhead_wins_and_can_ask_for_the_parents_symbol(tree):
    orgunit_letterhead_set(unit=tree["X"], symbol="UBND")
    office = orgunit_create(
        code="X.VP", name="Văn phòng", kind="phong", parent=tree["X"], valid_from=D(2025, 7, 1)
    )
    orgunit_letterhead_set(
        unit=office,
        symbol="VP",
        symbol_with_parent=True,
        place_name="Hòa Bình",
        parent_header="UBND xã Hòa Bình",
        issuer_header="Văn phòng HĐND\nvà UBND xã",
    )
    head = orgunit_letterhead_as_of(office, D(2026, 12, 5))
    assert head.document_symbol == "VP-UBND" and head.symbol_declared
    assert head.parent_lines == ("UBND XÃ HÒA BÌNH",) and head.parent_declared
    assert head.issuer_lines == ("VĂN PHÒNG HĐND", "VÀ UBND XÃ") and head.issuer_declared


def test_bad_input_changes_nothing(tree):
    orgunit_letterhead_set(unit=tree["A"], symbol="SNV", issuer_header="SỞ NỘI VỤ")
    with pytest.raises(DomainError):
        orgunit_letterhead_set(unit=tree["A"], symbol="Sở NV", issuer_header="KHÁC")
    with pytest.raises(DomainError) as caught:
        orgunit_letterhead_set(
            unit=tree["A"], symbol="SNV", issuer_header="SỞ NỘI VỤ VÀ CÁC PHÒNG CHUYÊN MÔN TRỰC"
        )
    assert "không vừa một dòng" in caught.value.message
    with pytest.raises(DomainError):
        orgunit_letterhead_set(unit=tree["A"], place_name="Thử, ngày 05")
    head = orgunit_letterhead_as_of(tree["A"], D(2026, 12, 5))
    assert head.symbol == "SNV" and head.issuer_lines == ("SỞ NỘI VỤ",)


def test_a_renamed_units_old_documents_keep_the_old_header(tree):
    board = orgunit_create(code="BQL", name="Ban Quản lý Khu kinh tế", kind="so_nganh")
    orgunit_letterhead_set(
        unit=board,
        symbol="BQL",
        parent_header="UBND TỈNH BÌNH ĐỊNH",
        issuer_header="BAN QUẢN LÝ\nKHU KINH TẾ",
        day=D(2021, 1, 1),
    )
    orgunit_rename(
        unit=board,
        name="Ban Quản lý Khu kinh tế tỉnh Thử",
        effective=D(2025, 7, 1),
        issuer_header="BAN QUẢN LÝ KHU KINH TẾ\nTỈNH THỬ",
    )
    old = orgunit_letterhead_as_of(board, D(2021, 11, 8))
    new = orgunit_letterhead_as_of(board, D(2026, 1, 5))
    assert old.issuer_lines == ("BAN QUẢN LÝ", "KHU KINH TẾ")
    assert new.issuer_lines == ("BAN QUẢN LÝ KHU KINH TẾ", "TỈNH THỬ")
    assert old.symbol == new.symbol == "BQL"  # carried over by the rename
    assert new.parent_lines == ("UBND TỈNH BÌNH ĐỊNH",)  # same parent: same parent line


def test_a_move_starts_the_parent_line_afresh(tree):
    from danvan.orgunits.services import orgunit_move

    other = orgunit_create(code="Q", name="Ủy ban nhân dân tỉnh Cũ", kind="tinh")
    board = orgunit_create(
        code="BQL", name="Ban Quản lý Khu kinh tế", kind="so_nganh", parent=other
    )
    orgunit_letterhead_set(
        unit=board, symbol="BQL", parent_header="UBND TỈNH CŨ", day=D(2021, 1, 1)
    )
    orgunit_move(unit=board, parent=tree["P"], effective=D(2025, 7, 1))
    assert orgunit_letterhead_as_of(board, D(2021, 5, 1)).parent_lines == ("UBND TỈNH CŨ",)
    moved = orgunit_letterhead_as_of(board, D(2026, 1, 5))
    assert moved.parent_lines == ("UBND TỈNH THỬ",) and moved.symbol == "BQL"
    assert moved.place == "Thử"
