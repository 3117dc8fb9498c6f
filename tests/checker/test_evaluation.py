"""The labelled set meets the bar: precision and recall ≥ 0,95 overall and no error on a
correct report. Matching itself is checked on a tiny set whose answer is known."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from danvan.checker.evaluation import evaluate

CORPUS = Path(__file__).resolve().parent / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"


def test_matching_counts_true_false_and_missed(tmp_path):
    (tmp_path / "a.txt").write_text("Đạt 315/372 là 84,2%. Họp ngày 31/4/2024.", encoding="utf-8")
    labels = {
        "a.txt": {
            "clean": False,
            "findings": [
                {"rule": "ratio_mismatch", "excerpt": "84,2%"},
                {"rule": "numbering", "excerpt": "Họp"},  # not there: a miss
            ],
        }
    }
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    ev = evaluate([tmp_path])
    assert (ev.scores["ratio_mismatch"].tp, ev.scores["invalid_date"].fp) == (1, 1)
    assert ev.scores["numbering"].fn == 1
    assert ev.overall.precision == 0.5 and ev.overall.recall == 0.5


def test_the_corpus_meets_the_bar():
    ev = evaluate([CORPUS])
    assert ev.files >= 60 and ev.clean_files >= 14
    assert ev.overall.precision >= 0.95, ev.false_alarms
    assert ev.overall.recall >= 0.95, ev.misses
    assert ev.clean_errors == []
    assert ev.unreadable == [] and ev.unlabelled == []


def test_checker_eval_command_prints_the_figures():
    out = StringIO()
    call_command("checker-eval", str(CORPUS), stdout=out)
    text = out.getvalue()
    assert "precision" in text and "recall" in text
    assert "ratio_mismatch" in text and "TỔNG" in text
    assert "Lỗi (mức error) trên báo cáo đúng: 0" in text


def test_the_real_samples_with_planted_defects(tmp_path):
    """Realistic context around each defect: the samples with one change each
    (``corpus/mutations.json``)."""
    if not SAMPLES.is_dir():
        pytest.skip(f"Không có thư mục mẫu {SAMPLES}")
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate", CORPUS / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    count = generate.mutate(SAMPLES, tmp_path)
    ev = evaluate([tmp_path])
    assert ev.files == count >= 15
    assert ev.overall.precision >= 0.95, ev.false_alarms
    assert ev.overall.recall >= 0.95, ev.misses
