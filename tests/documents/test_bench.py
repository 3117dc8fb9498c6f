import io

import docx

from danvan.documents import bench


def test_the_long_document_is_long_and_the_scenario_runs():
    long = docx.Document(io.BytesIO(bench.render_docx(bench.document(40))))
    short = docx.Document(io.BytesIO(bench.render_docx(bench.document(2))))
    assert len(long.paragraphs) > 300 > 30 > len(short.paragraphs)
    (row,) = bench.run(repeat=1)
    assert row["name"] == "báo cáo 40 trang ra .docx" and row["subject_ms"] > 0
