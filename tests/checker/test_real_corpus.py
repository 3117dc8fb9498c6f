"""The real corpus (``tests/checker/real``): real public reports, retold with every figure and
relation kept, labelled by hand relation by relation before the checker was run on them; one
random split with its seed; the held-out figures; the users' own samples."""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from danvan.checker.evaluation import (
    SPLIT_FILE,
    evaluate_real,
    labels_problems,
    real_documents,
    split_make,
)

REAL = Path(__file__).resolve().parent / "real"
SAMPLE_LABELS = Path(__file__).resolve().parent / "samples"
SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"


def test_every_document_has_its_source_and_sound_labels():
    assert labels_problems(REAL) == []
    documents = real_documents(REAL)
    assert len(documents) >= 60
    urls = [labels["source"]["url"] for labels in documents.values()]
    assert all(url.startswith("http") for url in urls)
    assert len(set(urls)) == len(urls)  # one document per page
    assert sum(len(labels["holds"]) for labels in documents.values()) >= 5 * len(documents)
    office = [s for s in documents if (REAL / f"{s}.docx").exists() or (REAL / f"{s}.pdf").exists()]
    assert len(office) >= 10


def test_the_split_is_the_recorded_draw_with_its_recorded_moves():
    split = json.loads((REAL / SPLIT_FILE).read_text(encoding="utf-8"))
    documents = real_documents(REAL)
    tuning, heldout = set(split["tuning"]), set(split["heldout"])
    assert tuning | heldout == set(documents) and not tuning & heldout
    # Undo the moves (each a pair, one document each way), the last first (a document moved
    # to the held-out set may later move back; a move may be of a batch's documents).
    for move in reversed(split["moves"]):
        assert move["to_tuning"] in tuning and move["to_heldout"] in heldout and move["reason"]
        tuning = tuning - {move["to_tuning"]} | {move["to_heldout"]}
        heldout = heldout - {move["to_heldout"]} | {move["to_tuning"]}
    # A batch labelled after the draw was drawn on its own, with its own seed.
    for batch in split.get("additions", []):
        again = split_make(batch["documents"], batch["seed"])
        assert (again["tuning"], again["heldout"]) == (batch["tuning"], batch["heldout"])
        assert set(batch["tuning"]) <= tuning and set(batch["heldout"]) <= heldout
        tuning -= set(batch["tuning"])
        heldout -= set(batch["heldout"])
        documents = {k: v for k, v in documents.items() if k not in batch["documents"]}
    # Then draw the first split again with its seed.
    # Documents removed after the draw (a second retelling of one page) were drawn too.
    for gone in split.get("removed", []):
        assert gone["document"] not in documents and gone["reason"]
        (tuning if gone["was"] == "tuning" else heldout).add(gone["document"])
    drawn = split_make(
        sorted(documents) + [g["document"] for g in split.get("removed", [])], split["seed"]
    )
    assert (set(drawn["tuning"]), set(drawn["heldout"])) == (tuning, heldout)


def test_the_office_files_read_to_the_same_labels():
    for suffix in (".docx", ".pdf"):
        ev = evaluate_real(REAL, "all", suffix)
        assert ev.files and ev.unreadable == []


def test_checker_eval_prints_the_heldout_figures():
    out = StringIO()
    call_command("checker-eval", str(REAL), "--split", "heldout", stdout=out)
    text = out.getvalue()
    assert "tập để riêng" in text and "recall" in text and "precision của lỗi" in text
    assert "Báo lỗi trên quan hệ đúng:" in text
    # How many labelled correct relations the checker recomputed, not only the slips.
    assert re.search(r"quan hệ đúng đã gán nhãn: \d+, đã kiểm lại \d+", text)


def test_checker_eval_refuses_a_second_split(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="chỉ chia một lần"):
        call_command("checker-eval", str(REAL), "--make-split")


def test_the_users_samples_their_slips_found_no_error_on_what_holds():
    if not SAMPLES.is_dir():
        pytest.skip(f"Không có thư mục mẫu {SAMPLES}")
    assert labels_problems(SAMPLE_LABELS, SAMPLES, min_holds=3) == []
    ev = evaluate_real(SAMPLE_LABELS, "all", texts=SAMPLES)
    assert len(ev.files) == 3
    assert ev.misses == [] and ev.false_errors == []
    assert ev.errors == ev.errors_true  # every error points at a labelled slip
    assert ev.severity_differs == []
