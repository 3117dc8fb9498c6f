"""The one parser of typed input (danvan.core.parsing), and that every caller reads alike."""

import datetime
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.accounts import importing as users_importing
from danvan.checker import figures as checker_figures
from danvan.checker.services import parse_value
from danvan.core.errors import DomainError
from danvan.core.numbers import format_number
from danvan.core.parsing import (
    FALSE_WORDS,
    TRUE_WORDS,
    Choice,
    fold,
    int_check,
    parse_bool,
    parse_count,
    parse_date,
    parse_int,
    parse_key,
    parse_number,
    parse_record_date,
    parse_text,
    printable,
    record_date_range,
)
from danvan.indicators.models import TypedIndicator
from danvan.indicators.services import typed_parse
from danvan.orgunits import importing as orgunits_importing
from danvan.registers.registry import registers
from danvan.reporting.figures import _number as override_number


def _column(spec, name):
    return next(c for c in spec.columns if c.name == name).parse


def _yes_no_readers():
    """Every place a yes/no cell or field is read, as (place, text → True/False or ValueError)."""
    typed = TypedIndicator(code="t", label="Có ban chỉ đạo", value_type="co_khong")

    def typed_reader(text):
        if not text.strip():
            return False  # an empty typed value is "not entered", tested below
        try:
            return typed_parse(typed, text) == 1
        except DomainError as error:
            raise ValueError(error.message) from None

    return {
        "sổ (cột có/không)": _column(registers()["dossiers"], "thanh_toan_truc_tuyen"),
        "nhập cây đơn vị": _column(orgunits_importing.SPEC, "ky_hieu_kem_cap_tren"),
        "nhập người dùng": _column(users_importing.SPEC, "ca_cap_duoi"),
        "chỉ tiêu nhập tay": typed_reader,
    }


def _number_readers():
    typed = TypedIndicator(code="t", label="Kinh phí", value_type="so_thap_phan")

    def typed_reader(text):
        try:
            return typed_parse(typed, text)
        except DomainError as error:
            raise ValueError(error.message) from None

    return {
        "chỉ tiêu nhập tay": typed_reader,
        "sửa số liệu báo cáo": lambda text: Decimal(str(override_number(text))),
        "số liệu lịch sử": parse_value,
        "số trong văn bản (kiểm tra)": checker_figures.parse_number,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("word", sorted(TRUE_WORDS | FALSE_WORDS - {""}))
def test_every_yes_no_word_means_the_same_everywhere(word):
    expected = word in TRUE_WORDS
    for spelling in {word, word.upper(), fold(word), f"  {word.capitalize()} "}:
        for place, read in _yes_no_readers().items():
            assert read(spelling) is expected or read(spelling) == expected, (place, spelling)


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["có thể", "2", "yes please", "ừ"])
def test_a_word_that_is_not_yes_or_no_is_refused_everywhere_in_vietnamese(text):
    for place, read in _yes_no_readers().items():
        with pytest.raises(ValueError) as caught:
            read(text)
        assert "có" in str(caught.value) and "không" in str(caught.value), place


def test_dung_and_sai_are_yes_and_no():
    assert parse_bool("Đúng") is True and parse_bool("dung") is True
    assert parse_bool("Sai") is False and parse_bool("") is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50.003", Decimal(50003)),
        ("84,2", Decimal("84.2")),
        ("-3", Decimal(-3)),
        ("1.234,5", Decimal("1234.5")),
        ("1.234.567", Decimal(1234567)),
        (" 50 003 ", Decimal(50003)),
        ("02", Decimal(2)),
        ("−7", Decimal(-7)),
    ],
)
def test_numbers_in_vietnamese_notation(text, value):
    assert parse_number(text) == value
    for place, read in _number_readers().items():
        assert read(text) == value, place


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["84.2", "1,234.5", "12a", "1.2.3", "50.0030", "--3", "abc"])
def test_ambiguous_or_foreign_numbers_are_refused_with_the_vietnamese_way_to_write_them(text):
    with pytest.raises(ValueError) as caught:
        parse_number(text)
    assert str(caught.value) == f"«{text}» không phải số (viết 50.003 hoặc 84,2)"
    for place, read in _number_readers().items():
        with pytest.raises(ValueError):
            read(text)
            pytest.fail(f"{place} read «{text}»")


@pytest.mark.parametrize(("text", "value"), [("1.234", 1234), ("0", 0), ("", 0), ("17", 17)])
def test_counts(text, value):
    assert parse_int(text) == value
    assert _column(registers()["receptions"], "so_nguoi")(text) == value


@pytest.mark.parametrize("text", ["-1", "1,5", "2,0", "một", "1.23"])
def test_a_bad_count_says_it_must_be_a_non_negative_whole_number(text):
    with pytest.raises(ValueError, match="không phải số nguyên không âm"):
        parse_int(text)


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=3),
    st.integers(min_value=0, max_value=3),
)
def test_a_formatted_number_reads_back_as_itself(value, decimals):
    text = format_number(value, decimals)
    expected = value.quantize(Decimal(1).scaleb(-decimals), rounding="ROUND_HALF_UP")
    assert parse_number(text) == expected


@given(st.integers(min_value=0, max_value=10**15))
def test_a_formatted_count_reads_back_as_itself(value):
    assert parse_int(format_number(value)) == value


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2200, 12, 31)))
def test_a_date_reads_back_in_both_notations(day):
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.isoformat()) == day


def test_dates():
    assert parse_date("7/6/2021") == datetime.date(2021, 6, 7)
    assert parse_date("  ") is None
    with pytest.raises(ValueError, match="không phải ngày hợp lệ"):
        parse_date("31/04/2021")


def test_a_choice_reads_the_label_with_or_without_diacritics_and_names_the_labels():
    kinds = Choice([("truc_tiep", "Trực tiếp"), ("truc_tuyen", "Trực tuyến")])
    assert kinds("TRUC TUYEN") == kinds("Trực  tuyến") == kinds("truc_tuyen") == "truc_tuyen"
    with pytest.raises(ValueError) as caught:
        kinds("qua mạng")
    assert str(caught.value) == ("«qua mạng» không hợp lệ; chọn một trong: Trực tiếp, Trực tuyến")


# --- strict input (issue 15, part 3; decision 0040) ------------------------------------------


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x9f", "\ud800"]
)
def test_text_refuses_control_characters_and_names_them(char):
    with pytest.raises(ValueError, match=f"U\\+{ord(char):04X}, vị trí 3"):
        parse_text(f"ab{char}c", multiline=True)


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\udfff"])
def test_text_refuses_non_characters_and_lone_surrogates(char):
    with pytest.raises(ValueError, match="ký tự điều khiển"):
        parse_text(f"x{char}")


def test_tab_and_line_breaks_only_in_multi_line_text():
    assert parse_text("dòng 1\r\ndòng 2\rdòng 3\tcột", multiline=True) == (
        "dòng 1\ndòng 2\ndòng 3\tcột"
    )
    for text in ("dòng 1\ndòng 2", "a\tb", "a\r\nb"):
        with pytest.raises(ValueError, match="chỉ được một dòng"):
            parse_text(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=40))
def test_printable_text_is_kept_nfc_and_only_trimmed(text):
    if "\ufffe" in text or "\uffff" in text:
        return
    assert parse_text(text, multiline=True) == unicodedata.normalize("NFC", text.strip())


def test_text_is_nfc_and_keeps_its_length_limit():
    assert parse_text("Ho\u0300a") == "Hòa" and len(parse_text("Ho\u0300a")) == 3
    with pytest.raises(ValueError, match="dài quá 3 ký tự"):
        parse_text("Hoàng", max_length=3)


def test_a_key_is_not_empty():
    assert parse_key("  HS-1 ") == "HS-1"
    for empty in ("", "   ", "\u00a0"):
        with pytest.raises(ValueError, match="mã không được để trống"):
            parse_key(empty)
    with pytest.raises(ValueError, match="chỉ được một dòng"):
        parse_key("HS\n1")


def test_record_dates_lie_between_1990_and_the_end_of_next_year(settings):
    next_year = datetime.date.today().year + 1
    assert parse_record_date("01/01/1990") == datetime.date(1990, 1, 1)
    assert parse_record_date(f"31/12/{next_year}") == datetime.date(next_year, 12, 31)
    assert parse_record_date("") is None
    for text in ("31/12/1989", "04/01/0090", "04/01/6155", f"01/01/{next_year + 1}"):
        with pytest.raises(ValueError, match="nằm ngoài khoảng cho phép \\(01/01/1990 – 31/12/"):
            parse_record_date(text)
    with pytest.raises(ValueError, match="U\\+0007"):
        parse_record_date("04/01/2021\x07")
    settings.DANVAN_EARLIEST_DATE = datetime.date(2000, 1, 1)
    settings.DANVAN_YEARS_AHEAD = 5
    assert record_date_range(datetime.date(2026, 6, 1)) == (
        datetime.date(2000, 1, 1),
        datetime.date(2031, 12, 31),
    )
    with pytest.raises(ValueError, match="01/01/2000 – "):
        parse_record_date("31/12/1999")


def test_integers_fit_a_database_integer_column():
    assert int_check(2**31 - 1) == 2**31 - 1 and int_check(-(2**31)) == -(2**31)
    with pytest.raises(ValueError, match="số 2.147.483.648 vượt giới hạn lưu trữ"):
        int_check(2**31)
    with pytest.raises(ValueError, match="vượt giới hạn"):
        int_check(-(2**31) - 1)
    assert parse_count("2.147.483.647") == 2**31 - 1
    with pytest.raises(ValueError, match="vượt giới hạn"):
        parse_count("99.999.999.999")


def test_refused_characters_are_quoted_printably():
    assert printable("a\x07b\ud800") == "a«U+0007»b«U+D800»"
    assert printable("Hòa\tBình") == "Hòa\tBình"


def test_register_columns_read_with_the_strict_parsers():
    dossiers = registers()["dossiers"]
    with pytest.raises(ValueError, match="U\\+0007"):
        _column(dossiers, "ten_thu_tuc")("Cấp\x07phép")
    with pytest.raises(ValueError, match="nằm ngoài khoảng cho phép"):
        _column(dossiers, "ngay_tiep_nhan")("04/01/0090")
