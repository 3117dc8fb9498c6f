"""Speed of the checker for ``danvan bench``: a 30-page report, checked whole, against a
baseline doing the irreducible part in the same process (decode the bytes, split sentences
and find every number with one regular expression)."""

import statistics
import time
from pathlib import Path

from danvan.checker.engine import check_file
from danvan.checker.figures import COUNT_RE, split_sentences
from danvan.checker.reading import CHARS_PER_PAGE, normalise

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "checker" / "corpus"
FALLBACK = (
    "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 150 hồ sơ, tiếp nhận mới 1.100 "
    "hồ sơ); đã giải quyết 1.180 hồ sơ, đang giải quyết 70 hồ sơ. Tỷ lệ trước và đúng hạn là "
    "1.160/1.180, đạt 98,3%. Thực hiện Nghị định số 04/2015/NĐ-CP ngày 09/01/2015.\n\n"
)


def sample_report(pages: int = 30) -> bytes:
    """A report of ``pages`` A4 pages made of the labelled corpus (or a fixed paragraph)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] or [FALLBACK]
    out, size, index = [], 0, 0
    while size < pages * CHARS_PER_PAGE:
        text = texts[index % len(texts)]
        out.append(text)
        size += len(text)
        index += 1
    return "\n\n".join(out)[: pages * CHARS_PER_PAGE].encode("utf-8")


def _baseline(data: bytes) -> int:
    text = normalise(data.decode("utf-8"))
    return len(split_sentences(text)) + sum(1 for _ in COUNT_RE.finditer(text))


def _median(fn, repeat: int) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def run(pages: int = 30, repeat: int = 7) -> dict:
    data = sample_report(pages)
    subject = _median(lambda: check_file("bench.txt", data), repeat)
    baseline = _median(lambda: _baseline(data), repeat)
    return {
        "pages": pages,
        "subject_s": subject,
        "baseline_s": baseline,
        "pages_per_second": pages / subject,
        "ratio": subject / baseline,
    }
