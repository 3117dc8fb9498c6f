"""The checker's benchmark material: a 30-page report, as text and as a PDF."""

from danvan.checker import bench
from danvan.checker.reading import CHARS_PER_PAGE, read_document


def test_sample_report_is_thirty_pages_of_text():
    data = bench.sample_report(30)
    assert len(data.decode("utf-8")) == 30 * CHARS_PER_PAGE


def test_sample_pdf_has_thirty_pages_with_a_text_layer():
    document = read_document("bench.pdf", bench.sample_pdf(30))
    first_line = bench._ascii(bench.sample_report(1).decode("utf-8")).split("\n")[0][:40]
    assert document.pages == 30 and first_line and first_line in document.text


def test_run_reports_pages_per_second_and_a_ratio():
    result = bench.run(pages=2, repeat=1)
    assert result["pages_per_second"] > 0 and result["ratio"] > 0 and result["pdf_s"] > 0
