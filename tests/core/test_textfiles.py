"""Decoding uploaded text files: UTF-8, Windows-1258 and TCVN3, and refusing everything else."""

import codecs
import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.core.textfiles import (
    BINARY_FILE_MESSAGE,
    TCVN3_DECODING_TABLE,
    UNKNOWN_ENCODING_MESSAGE,
    DecodedText,
    TextDecodeError,
    decode_text,
    is_vietnamese_syllable,
)

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"

SENTENCES = [
    "Việt Nam",
    "Sở Nội vụ tỉnh Quảng Nam",
    "Ủy ban nhân dân phường Bến Nghé, Quận 1, thành phố Hồ Chí Minh",
    "Mã đơn vị;Tên đơn vị;Ngày thành lập\nDV01;Hội Liên hiệp Phụ nữ xã Đắk Lắk;07/06/2021\n",
    "Báo cáo công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở năm 2024",
    "Nguyễn Thị Hường, trưởng thôn Khuổi Nặm, xã Mường Khương",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
]

# Real words to build random but realistic Vietnamese text from.
WORD_TEXT = (
    "và của đơn vị sở nội vụ ủy ban nhân dân xã phường huyện tỉnh thành phố người công tác "
    "dân vận chính quyền hội nghị tiếp xúc cử tri đối thoại khiếu nại tố cáo giải quyết kiến "
    "nghị phản ánh tổ chức đoàn thể mặt trận tổ quốc việt nam thôn bản ấp khu phố năm tháng "
    "ngày số lượng kết quả thực hiện dân chủ cơ sở Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng "
    "Bùi Đỗ Hồ Ngô Dương Lý Hường Thủy Tuấn Dũng Nghĩa Khương Quảng Bắc Giang Lạng Sơn Điện Biên"
)
WORDS = WORD_TEXT.split()
SYLLABLES = "Việt Nguyễn khuỷu quyết chuyện giêng gì thuở ngoẹo Đắk Ủy UỶ phường Khương nghiêng"
NOT_SYLLABLES = "ViÖt Viờũt chƯnh café élève für tot mèt Nguyễnn qa ß Vâ"


def to_cp1258(text: str) -> bytes:
    """Encode as Windows writes Vietnamese in cp1258: base letters precomposed, tones combining.

    cp1258 has no code for most precomposed toned letters ("ệ"), nor for a combining circumflex,
    so neither NFC nor NFD text encodes; only letters with the tone split off do.
    """
    parts = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        parts.append(base + tones)
    return "".join(parts).encode("cp1258")


# The inverse of the module's table; precomposed letters, never the combining tone bytes.
TCVN3_ENCODING = {
    char: byte for byte, char in enumerate(TCVN3_DECODING_TABLE) if not unicodedata.combining(char)
}


def to_tcvn3(text: str) -> bytes:
    return bytes(TCVN3_ENCODING[char] for char in unicodedata.normalize("NFC", text))


def vietnamese_letters() -> set[str]:
    """All 134 Vietnamese letters outside ASCII: 67 lower-case and their capitals."""
    bases = "aăâeêioôơuưy"
    toned = {
        unicodedata.normalize("NFC", unicodedata.normalize("NFD", base) + tone)
        for base in bases
        for tone in TONE_MARKS
    }
    lower = toned | set("ăâêôơưđ")
    return lower | {char.upper() for char in lower}


# --- UTF-8 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", SENTENCES)
def test_utf8_without_bom(text):
    assert decode_text(text.encode("utf-8")) == DecodedText(text, "utf-8")


@pytest.mark.parametrize("text", SENTENCES)
def test_utf8_with_bom_drops_the_bom(text):
    assert decode_text(codecs.BOM_UTF8 + text.encode("utf-8")) == DecodedText(text, "utf-8-sig")


def test_utf8_decomposed_text_comes_back_nfc():
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân xã")
    assert decode_text(nfd.encode("utf-8")).text == "Ủy ban nhân dân xã"


def test_ascii_and_empty_input_are_utf8():
    assert decode_text(b"ma_don_vi,ten\r\nDV01,abc\r\n") == DecodedText(
        "ma_don_vi,ten\r\nDV01,abc\r\n", "utf-8"
    )
    assert decode_text(b"") == DecodedText("", "utf-8")


# --- Windows-1258 -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", SENTENCES)
def test_cp1258_decodes_to_nfc(text):
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # otherwise this test would not reach the legacy path
    assert decode_text(data) == DecodedText(text, "cp1258")


def test_cp1258_precomposed_and_combining_spellings_both_decode():
    # Windows-1258 has a few toned letters precomposed ("à" is 0xE0); the rest need combining
    # marks. Both spellings, even mixed in one file, give the same NFC text.
    precomposed = "Hà Tây và Bà Đen".encode("cp1258")
    assert b"\xe0" in precomposed
    assert decode_text(precomposed) == DecodedText("Hà Tây và Bà Đen", "cp1258")
    mixed = precomposed + b", " + to_cp1258("Hà Nội và Bà Rịa")
    assert decode_text(mixed).text == "Hà Tây và Bà Đen, Hà Nội và Bà Rịa"


# --- TCVN3 ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "text"),
    [
        # Hand-checked against libiconv's tcvn.h: 0xD6 = U+1EC7 ệ; 0xEB = U+1EDF ở,
        # 0xE9 = U+1ED9 ộ, 0xF4 = U+1EE5 ụ; 0xD7 = U+00EC ì; 0xAD = U+01B0 ư, 0xEA = U+1EDD ờ,
        # 0xAC = U+01A1 ơ; 0xA7 = U+0110 Đ, 0xAB = U+00F4 ô; 0x9E = U+1EE6 Ủ; 0xF1 = U+1EE7 ủ.
        (b"Vi\xd6t Nam", "Việt Nam"),
        (b"S\xeb N\xe9i v\xf4", "Sở Nội vụ"),
        (b"Ninh B\xd7nh", "Ninh Bình"),
        (b"M\xad\xeang Kh\xad\xacng", "Mường Khương"),
        (b"\xa7\xabng Anh", "Đông Anh"),
        (b"\x9ey ban nh\xa9n d\xa9n", "Ủy ban nhân dân"),
        (b"\xf1y ban nh\xa9n d\xa9n", "ủy ban nhân dân"),  # .VnTimeH capitals are these codes
        # 0xB4 is a combining dot below (U+0323): "ê" + dot composes to "ệ".
        (b"Vi\xaa\xb4t Nam", "Việt Nam"),
    ],
)
def test_tcvn3_known_bytes(data, text):
    assert decode_text(data) == DecodedText(text, "tcvn3")


@pytest.mark.parametrize("text", SENTENCES)
def test_tcvn3_round_trip(text):
    assert decode_text(to_tcvn3(text)) == DecodedText(text, "tcvn3")


def test_tcvn3_table_has_every_vietnamese_letter_once():
    assert len(TCVN3_DECODING_TABLE) == 256
    letters = vietnamese_letters()
    assert len(letters) == 134
    table_letters = [char for char in TCVN3_DECODING_TABLE if char in letters]
    assert sorted(table_letters) == sorted(letters)
    # ASCII is untouched, apart from VN1's capitals on control codes other than \t \n \r.
    assert TCVN3_DECODING_TABLE[0x20:0x80] == "".join(map(chr, range(0x20, 0x80)))
    assert TCVN3_DECODING_TABLE[0x09:0x0E] == "\t\n\x0b\x0c\r"
    # Every letter is precomposed (NFC); only 0xB0-0xB4 are combining tone marks.
    assert all(unicodedata.normalize("NFC", c) == c for c in TCVN3_DECODING_TABLE)
    assert TCVN3_DECODING_TABLE[0xB0:0xB5] == "\u0300\u0309\u0303\u0301\u0323"
    assert [unicodedata.combining(c) > 0 for c in TCVN3_DECODING_TABLE].count(True) == 5


# --- refusals ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(100),
        random.Random(7).randbytes(4096),
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10" * 20,
    ],
    ids=["all-bytes", "png", "zip", "random", "controls"],
)
def test_binary_content_is_not_a_text_file(data):
    with pytest.raises(TextDecodeError) as caught:
        decode_text(data)
    assert caught.value.message == BINARY_FILE_MESSAGE


@pytest.mark.parametrize(
    "data",
    [
        "Mã đơn vị,Tên đơn vị\nDV01,Sở Nội vụ\n".encode("utf-16"),  # with BOM, as Excel saves
        "Mã đơn vị,Tên đơn vị\nDV01,Sở Nội vụ\n".encode("utf-16-le"),
        "Mã đơn vị,Tên đơn vị\nDV01,Sở Nội vụ\n".encode("utf-16-be"),
        "Le café où l'élève a étudié à Noël, déjà très fâché".encode("latin-1"),
        "Die Größe der Übung für Schüler, äußerst schön".encode("cp1252"),
        bytes(random.Random(3).randrange(0x80, 0x100) for _ in range(300)),
        "Việt Nam".encode()[:-3] + b"\xe1\xbb",  # UTF-8 cut in the middle of a letter
    ],
    ids=["utf-16", "utf-16-le", "utf-16-be", "french", "german", "high-bytes", "truncated"],
)
def test_unknown_encoding_is_refused(data):
    with pytest.raises(TextDecodeError) as caught:
        decode_text(data)
    assert caught.value.message == UNKNOWN_ENCODING_MESSAGE


def test_messages_are_vietnamese_nfc():
    for message in (UNKNOWN_ENCODING_MESSAGE, BINARY_FILE_MESSAGE):
        assert unicodedata.normalize("NFC", message) == message
    assert "CSV UTF-8" in UNKNOWN_ENCODING_MESSAGE
    assert "bảng mã" in UNKNOWN_ENCODING_MESSAGE


# --- syllables --------------------------------------------------------------------------------
@pytest.mark.parametrize("word", SYLLABLES.split())
def test_vietnamese_syllables(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", NOT_SYLLABLES.split())
def test_not_vietnamese_syllables(word):
    assert not is_vietnamese_syllable(word)


# --- properties -------------------------------------------------------------------------------
# Texts with at least one letter outside ASCII: "nam nam nam" is the same bytes in every
# encoding, so no decoder can (or needs to) tell which one wrote it.
vietnamese_texts = (
    st.lists(st.sampled_from(WORDS), min_size=6, max_size=40)
    .map(" ".join)
    .filter(lambda text: not text.isascii())
)


@given(vietnamese_texts)
def test_any_vietnamese_text_survives_cp1258(text):
    assert decode_text(to_cp1258(text)) == DecodedText(text, "cp1258")


@given(vietnamese_texts)
def test_any_vietnamese_text_survives_tcvn3(text):
    assert decode_text(to_tcvn3(text)) == DecodedText(text, "tcvn3")


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decode_to_nfc_or_refuse_in_vietnamese(data):
    try:
        decoded = decode_text(data)
    except TextDecodeError as error:
        assert error.message in (UNKNOWN_ENCODING_MESSAGE, BINARY_FILE_MESSAGE)
    else:
        assert unicodedata.normalize("NFC", decoded.text) == decoded.text
        assert not decoded.text.startswith("\ufeff")
