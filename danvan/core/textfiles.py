"""Turn the bytes of an uploaded text file (CSV) into Unicode, whatever Vietnamese encoding it has.

Offices still keep files from the pre-Unicode era: Excel on a Vietnamese Windows saves "CSV" in
the ANSI code page Windows-1258, and documents typed with the ABC keyboard and .VnTime fonts are
in TCVN3. Neither is labelled inside the file, so we try UTF-8 first (strictly: it almost never
decodes anything else by accident), then decode with both legacy encodings and keep the one whose
words look like Vietnamese syllables. Anything else is refused with a message that tells the user
how to re-save the file, rather than importing mojibake into the registers.
"""

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from danvan.core.errors import DomainError

Encoding = Literal["utf-8", "utf-8-sig", "cp1258", "tcvn3"]

UNKNOWN_ENCODING_MESSAGE = (
    "Không nhận ra bảng mã của tệp. Hãy lưu tệp dưới dạng CSV UTF-8 "
    "(trong Excel: Lưu thành → CSV UTF-8) rồi nhập lại."
)
BINARY_FILE_MESSAGE = (
    "Tệp không phải tệp văn bản CSV (nội dung là dữ liệu nhị phân). "
    "Hãy chọn đúng tệp CSV rồi nhập lại."
)


class TextDecodeError(DomainError):
    """The bytes are not text in an encoding we can read; ``message`` says what to do."""


@dataclass(frozen=True)
class DecodedText:
    """Decoded file content: ``text`` is NFC without a byte order mark."""

    text: str
    encoding: Encoding


# --- TCVN3 ------------------------------------------------------------------------------------
# Python has no codec for TCVN3, so here is its table. Source: TCVN 5712:1993 as implemented by
# GNU libiconv (lib/tcvn.h, "TCVN-5712", the same table as glibc's TCVN5712-1 charmap); the
# X-TrueType TCVNtoUCS2.c table in XFree86 agrees for bytes 0x80-0xFF. TCVN3 ("ABC", the .VnTime
# fonts) is the VN3 subset of that standard: lower-case letters and Ă Â Ê Ô Ơ Ư Đ in 0xA1-0xFF.
# The other bytes are VN1's upper-case letters with tone marks; VN3 users type those with the
# all-capitals .VnTimeH fonts, which draw the lower-case codes as capitals, so such files decode
# to lower case (the font, not the byte, carried the case). Bytes 0xB0-0xB4 are combining tone
# marks; NFC folds them into the letter before.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80-0x8F
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90-0x9F
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0-0xAF
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0-0xBF
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0-0xCF
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0-0xDF
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0-0xEF
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0-0xFF
)
# VN1 also puts the upper-case U and Y with tone marks on C0 control codes (not in VN3).
_TCVN3_CONTROL_LETTERS = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}


def _build_tcvn3_table() -> str:
    low = [_TCVN3_CONTROL_LETTERS.get(byte, chr(byte)) for byte in range(0x80)]
    # Not normalised as one string: NFC would fold the tone-mark bytes into the letter at 0xAF.
    table = "".join(low) + _TCVN3_HIGH
    assert len(table) == 256, "the TCVN3 table must map every byte"
    return table


#: Byte → character for TCVN3, as a 256-character string indexed by byte value.
TCVN3_DECODING_TABLE = _build_tcvn3_table()


def decode_tcvn3(data: bytes) -> str:
    """Decode TCVN3 bytes (every byte has a character, so this never fails) to NFC text."""
    text, _ = codecs.charmap_decode(data, "strict", TCVN3_DECODING_TABLE)
    return unicodedata.normalize("NFC", text)


# --- Vietnamese syllables ---------------------------------------------------------------------
# A legacy file decoded with the wrong table gives words such as "ViÖt" or "Viờũt": letters that
# no Vietnamese syllable can hold. Checking each word against the syllable structure
# (initial consonant + vowel cluster + final consonant, with at most one tone mark) separates the
# right decoding from the wrong one, and both from French, German or random bytes.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
_STOP_TONES = {"\u0301", "\u0323"}  # only sắc and nặng can stand before -c, -ch, -p, -t


def _words(text: str) -> list[str]:
    """Space-separated lists read better than a wall of quoted strings."""
    return text.split()


_INITIALS = _words("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x")
# Vowel clusters that can end a syllable or take a final consonant.
_NUCLEI = _words("oa oe uê uy uơ a e ê i o ô ơ u ư y")
# Vowel clusters that need a final consonant: open, "iê" is spelled "ia", "uô" is "ua"...
_CLOSED_NUCLEI = _words("uyê iê yê uô ươ oă uâ oo ôô ă â")
# Vowel clusters that already end in a semivowel, so they cannot take a final consonant.
_OPEN_RHYMES = _words(
    "iêu yêu oai oay oao oeo uôi ươi ươu uây uya uyu "
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu"
)
# "k" is not Vietnamese but appears in Central Highlands place names (Đắk Lắk).
_FINALS = _words("ch ng nh c k m n p t")
_STOP_FINALS = {"c", "ch", "p", "t"}


def _alternation(options: list[str]) -> str:
    return "|".join(sorted(options, key=len, reverse=True))


_SYLLABLE_RE = re.compile(
    f"(?:{_alternation(_INITIALS)})?"
    f"(?:(?:{_alternation(_NUCLEI)})(?P<final>{_alternation(_FINALS)})?"
    f"|(?:{_alternation(_CLOSED_NUCLEI)})(?P<closing>{_alternation(_FINALS)})"
    f"|(?:{_alternation(_OPEN_RHYMES)}))"
)


@functools.lru_cache(maxsize=16384)
def is_vietnamese_syllable(word: str) -> bool:
    """True if ``word`` is spelled like one Vietnamese syllable, in lower, Title or UPPER case.

    A wrong legacy decoding often turns a letter into a capital mid-word ("chƯnh" for
    "chính"), so mixed case counts against a word.
    """
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [char for char in decomposed if char in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    match = _SYLLABLE_RE.fullmatch(base)
    if match is None:
        return False
    if (match.group("final") or match.group("closing")) in _STOP_FINALS:
        return bool(tones) and tones[0] in _STOP_TONES
    return True


# Frequent words in the files DanVan imports; they break ties between two plausible decodings.
_COMMON_WORDS = frozenset(
    _words(
        "và của đơn vị sở ủy uỷ ban xã phường huyện quận tỉnh thành phố thị trấn nhân dân người "
        "công tác vận động năm tháng ngày số tổ thôn ấp bản khu việt nam nội vụ hội đồng chủ tịch "
        "trưởng phó các cho với trong được có là không những một đã đến từ về theo tại"
    )
)
# Punctuation a Windows-1258 file may legitimately contain; it separates words like a space.
_TYPOGRAPHIC = "\u00a0“”‘’–—…•€₫°"
_WORD_RE = re.compile(
    "[^\\s0-9" + re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") + _TYPOGRAPHIC + "]+"
)


@dataclass(frozen=True)
class _Score:
    valid: int
    invalid: int
    common: int

    @property
    def plausible(self) -> bool:
        # Real text has the odd foreign name or typo; a wrong decoding has mostly invalid words.
        return self.valid > 0 and self.valid >= 3 * self.invalid

    @property
    def rank(self) -> int:
        return self.valid + self.common - 2 * self.invalid


def _score(text: str) -> _Score:
    """Count the words with non-ASCII letters that are (not) Vietnamese syllables."""
    valid = invalid = common = 0
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue  # identical in every candidate encoding: no evidence either way
        if is_vietnamese_syllable(word):
            valid += 1
            common += word.lower() in _COMMON_WORDS
        else:
            invalid += 1
    return _Score(valid, invalid, common)


# --- detection --------------------------------------------------------------------------------
_SAMPLE_SIZE = 65536
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1a")  # \x1a: DOS end-of-file marker


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 (Excel's "Unicode Text") has a BOM, or a NUL in every other byte for ASCII text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = data[:_SAMPLE_SIZE]
    half = len(sample) // 2
    if half < 2:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) >= 0.3 * half and min(even, odd) <= 0.02 * half


def _looks_binary(data: bytes) -> bool:
    """Text files never hold NUL and rarely control codes; images, PDFs and ZIPs do."""
    sample = data[:_SAMPLE_SIZE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if (byte < 0x20 or byte == 0x7F))
    controls -= sum(sample.count(byte) for byte in _TEXT_CONTROLS)
    return controls > 0.1 * len(sample)


def _decode_legacy(data: bytes) -> DecodedText | None:
    """Pick between Windows-1258 and TCVN3 by which one reads as Vietnamese, if either does."""
    candidates: list[tuple[_Score, DecodedText]] = []
    try:
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass  # Windows-1258 leaves a few bytes undefined: then it is not cp1258.
    else:
        candidates.append((_score(cp1258), DecodedText(cp1258, "cp1258")))
    tcvn3 = decode_tcvn3(data)
    candidates.append((_score(tcvn3), DecodedText(tcvn3, "tcvn3")))
    plausible = [(score, decoded) for score, decoded in candidates if score.plausible]
    if not plausible:
        return None
    # max() keeps the first of equals: Windows-1258, which Excel writes on Vietnamese Windows.
    return max(plausible, key=lambda item: item[0].rank)[1]


def decode_text(data: bytes) -> DecodedText:
    """Decode an uploaded text file; raise TextDecodeError with a Vietnamese message if we can't.

    Order: UTF-16 and binary content are refused first (they are valid UTF-8 byte-wise when
    they hold ASCII); then strict UTF-8 with or without BOM; then Windows-1258 versus TCVN3.
    """
    if _looks_like_utf16(data):
        raise TextDecodeError(UNKNOWN_ENCODING_MESSAGE)
    if _looks_binary(data):
        raise TextDecodeError(BINARY_FILE_MESSAGE)
    if data.startswith(codecs.BOM_UTF8):
        encoding: Encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        legacy = _decode_legacy(data)
        if legacy is None:
            raise TextDecodeError(UNKNOWN_ENCODING_MESSAGE) from None
        return legacy
    return DecodedText(unicodedata.normalize("NFC", text), encoding)
