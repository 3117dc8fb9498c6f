"""``danvan checker-eval DIR…``: precision and recall of the checker.

Two kinds of directory: a labelled set with one ``labels.json`` (the rules' own set,
``tests/checker/corpus``: per rule), and the real corpus (``tests/checker/real``: one
``<name>.labels.json`` per document and ``split.json``), measured on one split —
``--split heldout`` is the headline figure — per kind of relation and per rule.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from danvan.checker.evaluation import (
    LABELS_FILE,
    SPLIT_FILE,
    SPLITS,
    LabelError,
    RealEvaluation,
    evaluate,
    evaluate_real,
    load_labels,
    real_documents,
    split_make,
)
from danvan.checker.rules import KINDS

DEFAULT_SEED = 20261202


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}".replace(".", ",")


class Command(BaseCommand):
    help = (
        "Đo độ chính xác (precision) và độ bao phủ (recall) của bộ kiểm tra báo cáo: theo từng "
        "quy tắc trên thư mục có labels.json; theo từng loại quan hệ và từng quy tắc trên kho "
        "báo cáo thật (mỗi tài liệu một tệp .labels.json, chia tập trong split.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directories", nargs="+", metavar="DIR")
        parser.add_argument(
            "--labels", default="", help="tệp nhãn dùng thêm (cho thư mục không có labels.json)"
        )
        parser.add_argument(
            "--split",
            choices=SPLITS,
            default="all",
            help="kho báo cáo thật: tập tinh chỉnh (tuning), tập để riêng (heldout) hay cả hai",
        )
        parser.add_argument(
            "--format",
            dest="file_format",
            choices=("txt", "docx", "pdf"),
            default="txt",
            help="kho báo cáo thật: đọc bản .txt (mặc định) hay bản .docx/.pdf nếu có",
        )
        parser.add_argument(
            "--make-split",
            action="store_true",
            help="kho báo cáo thật: chia tập một lần (từ chối nếu đã có split.json)",
        )
        parser.add_argument(
            "--texts",
            default="",
            help="kho báo cáo thật: thư mục chứa văn bản nếu khác thư mục nhãn "
            "(nhãn các mẫu ở tests/checker/samples, văn bản ở ../shared/samples)",
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
        parser.add_argument("--verbose", action="store_true", help="liệt kê từng chỗ sai, sót")

    def handle(
        self,
        *args,
        directories,
        labels,
        split,
        file_format,
        texts,
        make_split,
        seed,
        verbose,
        **options,
    ):
        dirs = [Path(d) for d in directories]
        for directory in dirs:
            if not directory.is_dir():
                raise CommandError(f"Không tìm thấy thư mục «{directory}».")
        real = [d for d in dirs if not (d / LABELS_FILE).exists() and any(d.glob("*.labels.json"))]
        try:
            if make_split:
                for directory in real or dirs:
                    self._make_split(directory, seed)
                return
            for directory in real:
                ev = evaluate_real(
                    directory, split, f".{file_format}", Path(texts) if texts else None
                )
                self._print_real(directory, ev, verbose)
            rest = [d for d in dirs if d not in real]
            if rest:
                extra = load_labels(Path(labels)) if labels else None
                self._print_rules(evaluate(rest, extra), verbose)
        except LabelError as error:
            raise CommandError(f"Nhãn sai: {error}") from None

    def _make_split(self, directory: Path, seed: int) -> None:
        path = directory / SPLIT_FILE
        if path.exists():
            raise CommandError(
                f"«{path}» đã có: tập chỉ chia một lần. Chuyển tài liệu giữa hai tập bằng tay, "
                "mỗi lần một cặp, ghi vào mục «moves»."
            )
        data = split_make(list(real_documents(directory)), seed)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        self.stdout.write(
            f"Đã chia {len(data['tuning']) + len(data['heldout'])} tài liệu (seed {seed}): "
            f"{len(data['tuning'])} tinh chỉnh, {len(data['heldout'])} để riêng → {path}"
        )

    def _print_real(self, directory: Path, ev: RealEvaluation, verbose: bool) -> None:
        out = self.stdout.write
        names = {"tuning": "tập tinh chỉnh", "heldout": "tập để riêng", "all": "cả kho"}
        out(f"Kho báo cáo thật «{directory}», {names[ev.split]}: {len(ev.files)} tài liệu")
        out(
            f"Lỗi đã gán nhãn: {ev.defects}, tìm thấy {ev.found} — recall {_share(ev.recall)}; "
            f"quan hệ đúng đã gán nhãn: {ev.holds}, đã kiểm lại {ev.holds_checked}"
        )
        out(
            f"Phát hiện mức lỗi (error): {ev.errors}, đúng chỗ lỗi {ev.errors_true} — "
            f"precision của lỗi {_share(ev.error_precision)}; "
            f"mọi mức: precision {_share(ev.precision)}"
        )
        out(f"Báo lỗi trên quan hệ đúng: {len(ev.false_errors)}")
        if verbose or ev.split != "heldout":
            # The held-out documents are not read while tuning: their lines only on request.
            for line in ev.false_errors:
                out(f"  ! {line}")
        out(f"{'loại quan hệ':<16} {'nhãn':>5} {'thấy':>5} {'recall':>8}  ")
        for kind, score in sorted(ev.kinds.items()):
            out(
                f"{kind:<16} {score.labelled:>5} {score.found:>5} {_share(score.recall):>8}  "
                f"{KINDS.get(kind, '')}"
            )
        out(f"{'quy tắc':<22} {'đúng':>5} {'thừa':>5} {'precision':>10}")
        for rule, score in sorted(ev.rules.items()):
            out(f"{rule:<22} {score.tp:>5} {score.fp:>5} {_share(score.precision):>10}")
        if ev.duplicates:
            out(f"Phát hiện trùng trên một lỗi đã thấy: {ev.duplicates}")
        for line in ev.unreadable:
            out(f"Không đọc được: {line}")
        for line in ev.unplaced:
            out(f"Đọc thiếu: {line}")
        if verbose:
            for line in ev.misses:
                out(f"  sót:  {line}")
            for line in ev.false_alarms:
                out(f"  thừa: {line}")
            for line in ev.severity_differs:
                out(f"  mức:  {line}")

    def _print_rules(self, ev, verbose: bool) -> None:
        out = self.stdout.write
        out(f"{ev.files} tệp có nhãn ({ev.clean_files} báo cáo đúng)")
        out(f"{'quy tắc':<22} {'đúng':>5} {'thừa':>5} {'sót':>5} {'precision':>10} {'recall':>8}")
        for rule, score in sorted(ev.scores.items()):
            out(
                f"{rule:<22} {score.tp:>5} {score.fp:>5} {score.fn:>5} "
                f"{_share(score.precision):>10} {_share(score.recall):>8}"
            )
        total = ev.overall
        out(
            f"{'TỔNG':<22} {total.tp:>5} {total.fp:>5} {total.fn:>5} "
            f"{_share(total.precision):>10} {_share(total.recall):>8}"
        )
        out(f"Lỗi (mức error) trên báo cáo đúng: {len(ev.clean_errors)}")
        for line in ev.clean_errors:
            out(f"  ! {line}")
        if ev.unlabelled:
            out(f"Không có nhãn, bỏ qua: {', '.join(ev.unlabelled)}")
        for line in ev.unreadable:
            out(f"Không đọc được: {line}")
        if verbose:
            for line in ev.false_alarms:
                out(f"  thừa: {line}")
            for line in ev.misses:
                out(f"  sót:  {line}")
