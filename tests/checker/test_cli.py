"""`danvan check`: exit codes 0/1/2, the JSON shape, text and HTML output, refusals."""

import json
import os

import pytest
from django.core.management import call_command

from danvan.checker.reading import MAX_FILE_BYTES
from tests.checker.helpers import make_docx, make_zip_bomb

CLEAN = "Tiếp nhận 285/524 hồ sơ trực tuyến, đạt 54,39%.\n"
CUT = "Tiếp nhận 285/524 hồ sơ trực tuyến, đạt 54,38%.\n"  # 54,389%: cut, not rounded
WRONG = "Tỷ lệ đúng hạn: 315/372 là 84,2%.\n"


def run(*args):
    """(exit code, stdout, stderr) of ``danvan check``."""
    from io import StringIO

    out, err = StringIO(), StringIO()
    try:
        call_command("check", *map(str, args), stdout=out, stderr=err)
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path):
    (tmp_path / "dung.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "sai.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "rong.txt").write_bytes(b"")
    (tmp_path / "bom.docx").write_bytes(make_zip_bomb(8))
    (tmp_path / "bao-cao.docx").write_bytes(make_docx([WRONG]))
    return tmp_path


def test_exit_0_when_no_error(files):
    code, out, _ = run(files / "dung.txt")
    assert code == 0
    assert "Không thấy chỗ nào sai" in out


def test_a_cut_percentage_is_a_notice_with_its_arithmetic_and_exit_0(tmp_path):
    path = tmp_path / "cat-bot.txt"
    path.write_text(CUT, encoding="utf-8")
    code, out, _ = run(path)
    assert code == 0
    assert "0 lỗi, 0 cảnh báo, 1 lưu ý" in out
    assert "LƯU Ý Tỷ lệ bị cắt bớt chữ số thay vì làm tròn" in out
    assert "Phép tính: 285/524 = 54,389% → 54,39%; văn bản ghi 54,38%: cắt bớt" in out


def test_exit_1_and_the_finding_with_its_span(files):
    code, out, _ = run(files / "dung.txt", files / "sai.txt")
    assert code == 1
    assert "Tỷ lệ không khớp với tử số, mẫu số [16–32] «315/372 là 84,2%»" in out
    assert "ratio_mismatch" not in out  # the code is for the JSON output and the tooltip
    assert "315/372 là 84,68%, không phải 84,2%." in out


@pytest.mark.parametrize("name", ["rong.txt", "bom.docx", "khong-co.txt"])
def test_exit_2_when_a_file_cannot_be_read(files, name):
    code, out, err = run(files / "sai.txt", files / name)
    assert code == 2
    assert name in err and "KHÔNG ĐỌC ĐƯỢC" in out


def test_a_200_mb_file_is_refused_by_its_size_without_reading_it(files):
    big = files / "lon.txt"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written, nothing is read
    assert os.path.getsize(big) > MAX_FILE_BYTES
    code, _, err = run(big)
    assert code == 2
    assert "quá lớn (200,0 MB)" in err


def test_json_shape(files):
    code, out, _ = run(files / "bao-cao.docx", files / "rong.txt", "--format", "json")
    assert code == 2
    first, second = json.loads(out)
    assert set(first) >= {"file", "figures", "findings"}
    assert first["kind"] == "docx"
    assert [f["kind"] for f in first["figures"]] == ["ratio", "percent"]
    assert first["figures"][0]["numerator"] == 315
    (finding,) = first["findings"]
    assert finding["rule"] == "ratio_mismatch" and finding["severity"] == "error"
    assert finding["title"] == "Tỷ lệ không khớp với tử số, mẫu số"
    assert finding["stated"] == "84,2%" and finding["expected"] == "84,68%"
    assert {"message", "excerpt", "start", "end"} <= set(finding)
    assert second["file"].endswith("rong.txt") and "rỗng" in second["error"]


def test_html_highlights_the_span(files):
    _, out, _ = run(files / "sai.txt", "--format", "html")
    assert '<mark class="loi" id="t1-loi-1"' in out
    assert ">315/372 là 84,2%</mark>" in out


def test_the_real_samples_when_present():
    from pathlib import Path

    samples = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"
    if not samples.is_dir():
        pytest.skip(f"Không có thư mục mẫu {samples}")
    code, out, _ = run(*sorted(samples.glob("*.txt")))
    assert code == 1
    assert "«Nghị định số 04/NĐ-CP ngày 04/2015/NĐ-CP»" in out


def test_without_files_it_still_runs_djangos_system_checks():
    code, out, err = run()
    assert code == 0
    assert "System check identified no issues" in out + err
