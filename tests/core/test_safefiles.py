"""Bounded reading: every reader refuses before it expands (decision 0039).

The two .xlsx bombs of issue 15 (~3,6 MB → 2 GiB, ~357 KB → ~200 MiB) are built here, sent
through ``read_table`` and through a register's real import page as a clerk. What is asserted
is memory (tracemalloc in the process, ru_maxrss in a fresh subprocess), the Vietnamese
message and that nothing was written — never a timing."""

import io
import os
import subprocess
import sys
import textwrap
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.audit.models import AuditEvent
from danvan.core import safefiles
from danvan.core.hostile_files import billion_laughs_sheet, xlsx_bomb, xlsx_of_sheet
from danvan.core.safefiles import UnsafeFile, bounded_rows, size_text, zip_guard
from danvan.core.tabular import TableError, read_table
from danvan.dossiers.models import Dossier

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BOUND = 50 * 1024 * 1024  # above the baseline, while refusing a bomb
HEADERS = ["Mã hồ sơ", "Mã đơn vị", "Kênh nộp", "Ngày tiếp nhận"]
COLUMNS = {"ma_ho_so": ["Mã hồ sơ"], "ma_don_vi": ["Mã đơn vị"]}
SMALL_CSV = "Mã hồ sơ,Mã đơn vị,Kênh nộp,Ngày tiếp nhận,Kết quả\nHS-1,A,truc_tuyen,04/01/2021,\n"


@pytest.fixture(scope="module")
def big_bomb():
    data = xlsx_bomb(HEADERS, mebibytes=2048)
    assert 3_400_000 < len(data) < 4_000_000  # ~3,6 MB on disk
    return data


@pytest.fixture(scope="module")
def small_bomb():
    data = xlsx_bomb(HEADERS, mebibytes=194)
    assert 330_000 < len(data) < 380_000  # ~357 KB on disk
    return data


def test_the_bombs_are_real_zip_files_that_would_inflate(big_bomb, small_bomb):
    """Not a fake: the directory declares the sizes, and the small one inflates to them with a
    right CRC (zipfile checks it), so an unguarded reader would really expand it."""
    big = zipfile.ZipFile(io.BytesIO(big_bomb)).getinfo("xl/worksheets/sheet1.xml")
    assert big.file_size > 2 * 1024**3 - 1024**2  # ~2 GiB
    small = zipfile.ZipFile(io.BytesIO(small_bomb))
    assert small.testzip() is None
    assert small.getinfo("xl/worksheets/sheet1.xml").file_size > 190 * 1024**2


def _peak_while(call) -> int:
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base


def _refusal(data: bytes, name: str = "bom.xlsx") -> str:
    with pytest.raises(TableError) as error:
        read_table(data, name, COLUMNS)
    return error.value.message


def test_the_2_gib_bomb_is_refused_by_read_table_with_bounded_memory(big_bomb):
    messages = []
    peak = _peak_while(lambda: messages.append(_refusal(big_bomb)))
    assert peak < MEMORY_BOUND
    assert messages == [
        safefiles.ZIP_TOO_LARGE.format(name="bom.xlsx", size="2.047,7 MB", limit="200 MB")
    ]


def test_the_357_kb_bomb_is_refused_by_its_compression_ratio(small_bomb):
    messages = []
    peak = _peak_while(lambda: messages.append(_refusal(small_bomb, "nho.xlsx")))
    assert peak < MEMORY_BOUND
    (message,) = messages
    assert message.startswith("Tệp «nho.xlsx» nén bất thường: phần «xl/worksheets/sheet1.xml»")
    assert "(giới hạn 200 lần)" in message and "bom nén" in message


def test_a_fresh_process_keeps_its_resident_memory_while_refusing_the_2_gib_bomb():
    """ru_maxrss is the process's peak resident memory, C allocations (zlib, lxml) included,
    which tracemalloc does not see: measured before and after, in a process of its own."""
    script = textwrap.dedent(
        """
        import resource, django
        django.setup()
        from danvan.core.tabular import TableError, read_table
        from danvan.core.hostile_files import xlsx_bomb
        data = xlsx_bomb(["Mã hồ sơ"], mebibytes=2048)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            read_table(data, "bom.xlsx", {"ma_ho_so": ["Mã hồ sơ"]})
        except TableError:
            pass
        else:
            raise SystemExit("not refused")
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(after - before)
        """
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-2000:]
    grown_kib = int(done.stdout.split()[-1])
    assert grown_kib * 1024 < MEMORY_BOUND


@pytest.mark.parametrize("bomb", ["big_bomb", "small_bomb"])
def test_the_import_page_refuses_a_bomb_and_writes_nothing(bomb, request, users, login):
    data = request.getfixturevalue(bomb)
    client = login(users["clerk_a"])
    done = client.post("/so/dossiers/nhap/", {"file": _csv(SMALL_CSV)})
    assert done.status_code == 200 and Dossier.objects.count() == 1
    dossiers, events = Dossier.objects.count(), AuditEvent.objects.count()
    upload = SimpleUploadedFile("ho-so.xlsx", data, content_type="application/octet-stream")
    responses = []
    peak = _peak_while(
        lambda: responses.append(client.post("/so/dossiers/nhap/", {"file": upload}))
    )
    (response,) = responses
    assert response.status_code == 400
    assert peak < MEMORY_BOUND
    page = response.content.decode()
    assert "Tệp «ho-so.xlsx»" in page and "DanVan từ chối để bảo vệ máy chủ." in page
    assert (Dossier.objects.count(), AuditEvent.objects.count()) == (dossiers, events)


def _csv(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("ho-so.csv", text.encode(), content_type="text/csv")


# --- XML entities ---------------------------------------------------------------------------------
def test_billion_laughs_in_the_sheet_xml_is_refused_before_parsing():
    data = xlsx_of_sheet(billion_laughs_sheet(["Mã hồ sơ", "Mã đơn vị"]))
    assert _refusal(data, "cuoi.xlsx") == safefiles.XML_ENTITIES.format(
        name="cuoi.xlsx", member="xl/worksheets/sheet1.xml"
    )


def test_openpyxl_parses_through_defusedxml_which_forbids_entities_too():
    """The second wall: even without the prolog check, openpyxl (which uses defusedxml once it
    is installed) refuses the entity bomb instead of expanding it."""
    from defusedxml import EntitiesForbidden

    assert openpyxl.DEFUSEDXML is True
    data = xlsx_of_sheet(billion_laughs_sheet(["Mã hồ sơ"]))
    with pytest.raises(ValueError) as error:  # openpyxl wraps what its parser raised
        openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert isinstance(error.value.__cause__, EntitiesForbidden)


def test_a_doctype_after_a_long_comment_is_still_found():
    padding = "<!--" + " " * 10_000 + "-->"
    sheet = billion_laughs_sheet(["Mã hồ sơ"]).replace("?>", "?>" + padding, 1)
    assert "DOCTYPE/ENTITY" in _refusal(xlsx_of_sheet(sheet))


# --- rows, columns, cells -------------------------------------------------------------------------
def _rows_csv(rows: int, columns: int = 2) -> bytes:
    lines = [",".join(["Mã hồ sơ", "Mã đơn vị", *[f"Cột {i}" for i in range(columns - 2)]])]
    lines += [",".join([f"HS-{n}", "A", *["x"] * (columns - 2)]) for n in range(rows)]
    return "\n".join(lines).encode()


def test_a_csv_with_more_rows_than_the_limit_is_refused(settings):
    settings.DANVAN_MAX_ROWS = 10
    read_table(_rows_csv(9), "ok.csv", COLUMNS)  # 10 lines with the header: allowed
    assert _refusal(_rows_csv(10), "dai.csv") == safefiles.TOO_MANY_ROWS.format(
        name="dai.csv", limit="10"
    )


def test_the_default_row_limit_is_written_the_vietnamese_way():
    message = safefiles.TOO_MANY_ROWS.format(name="x.csv", limit=safefiles.count_text(300_000))
    assert "hơn 300.000 dòng" in message


def test_a_row_wider_than_the_column_limit_is_refused_but_trailing_blanks_are_not(settings):
    settings.DANVAN_MAX_COLUMNS = 5
    blanks = "Mã hồ sơ,Mã đơn vị,,,,,,,\nHS-1,A,,,,,,,\n".encode()  # 9 cells, 2 of them filled
    assert read_table(blanks, "ok.csv", COLUMNS).rows[0].values == {
        "ma_ho_so": "HS-1",
        "ma_don_vi": "A",
    }
    assert _refusal(_rows_csv(1, columns=6), "rong.csv") == safefiles.TOO_MANY_COLUMNS.format(
        name="rong.csv", line="1", count="6", limit="5"
    )


def test_a_file_with_more_cells_than_the_limit_is_refused(settings):
    settings.DANVAN_MAX_CELLS = 100
    assert "hơn 100 ô dữ liệu (đến dòng 26)" in _refusal(_rows_csv(30, columns=4))


def test_an_xlsx_cell_in_the_last_column_is_refused_at_its_row():
    """openpyxl pads a row up to its last cell: XFD1 would be 16.384 cells in one row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã hồ sơ", "Mã đơn vị"])
    sheet.append(["HS-1", "A"])
    sheet["XFD2"] = "x"
    buffer = io.BytesIO()
    workbook.save(buffer)
    message = _refusal(buffer.getvalue(), "rong.xlsx")
    assert message == safefiles.TOO_MANY_COLUMNS.format(
        name="rong.xlsx", line="2", count="16.384", limit="200"
    )


def test_bounded_rows_stops_reading_at_the_limit(settings):
    """The records are a stream: past the limit nothing more is pulled from it."""
    settings.DANVAN_MAX_ROWS = 5
    pulled = []

    def endless():
        line = 0
        while True:
            line += 1
            pulled.append(line)
            yield line, ["x"]

    with pytest.raises(UnsafeFile):
        list(bounded_rows("x.csv", endless()))
    assert pulled == [1, 2, 3, 4, 5, 6]


def test_a_csv_larger_than_the_expanded_limit_is_refused_before_decoding(settings):
    settings.DANVAN_MAX_EXPANDED_BYTES = 1024
    assert _refusal(_rows_csv(300), "to.csv") == safefiles.FILE_TOO_LARGE.format(
        name="to.csv", size=size_text(len(_rows_csv(300))), limit="1 KB"
    )


# --- the ZIP directory ----------------------------------------------------------------------------
def _zip(members: dict[str, bytes]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def test_too_many_entries_are_refused(settings):
    settings.DANVAN_MAX_ZIP_ENTRIES = 3
    archive = _zip({f"x{i}.txt": b"x" for i in range(4)})
    with pytest.raises(UnsafeFile) as error:
        zip_guard("nhieu.xlsx", archive)
    assert "chứa 4 thành phần nén, vượt giới hạn 3" in error.value.message


def test_a_part_parsed_whole_has_its_own_limit_but_a_streamed_sheet_does_not(settings):
    settings.DANVAN_MAX_XML_PART_BYTES = 1000
    archive = _zip({"xl/worksheets/sheet1.xml": os.urandom(2000)})  # ratio ~1: no bomb
    zip_guard("x.xlsx", archive, streamed=lambda name: name.startswith("xl/worksheets/"))
    with pytest.raises(UnsafeFile) as error:
        zip_guard("x.docx", archive)
    assert "phần «xl/worksheets/sheet1.xml» khi giải nén chiếm 2 KB" in error.value.message


def test_sizes_in_messages_use_vietnamese_numbers():
    assert size_text(2 * 1024**3) == "2.048 MB"
    assert size_text(int(1.5 * 1024**2)) == "1,5 MB"
    assert size_text(357 * 1024) == "357 KB"


def test_a_damaged_or_encrypted_xml_part_is_a_message_not_a_crash():
    """Deflate garbage (zlib.error) or an encrypted entry (RuntimeError) inside the ZIP."""
    from danvan.core.hostile_files import _Member, _zip

    garbage = _Member("xl/worksheets/sheet1.xml", [b"\xff" * 64], 0, 1000)
    data = _zip([_Member.of("xl/workbook.xml", "<workbook/>"), garbage])
    assert "không giải nén được hoặc không phải XML" in _refusal(data, "hong.xlsx")
    encrypted = bytearray(data)
    index = 0
    while (index := encrypted.find(b"PK\x03\x04", index)) != -1:
        encrypted[index + 6] |= 1  # "encrypted" in every local header
        index += 4
    index = 0
    while (index := encrypted.find(b"PK\x01\x02", index)) != -1:
        encrypted[index + 8] |= 1  # and in the central directory
        index += 4
    assert "không giải nén được hoặc không phải XML" in _refusal(bytes(encrypted), "khoa.xlsx")
