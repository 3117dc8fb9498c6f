"""``danvan checker-eval DIR…``: precision and recall of the checker per rule."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from danvan.checker.evaluation import LabelError, evaluate, load_labels


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}".replace(".", ",")


class Command(BaseCommand):
    help = (
        "Đo độ chính xác (precision) và độ bao phủ (recall) của bộ kiểm tra báo cáo theo từng "
        "quy tắc, trên các thư mục có tệp nhãn labels.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("directories", nargs="+", metavar="DIR")
        parser.add_argument(
            "--labels", default="", help="tệp nhãn dùng thêm (cho thư mục không có labels.json)"
        )
        parser.add_argument("--verbose", action="store_true", help="liệt kê từng chỗ sai, sót")

    def handle(self, *args, directories, labels, verbose, **options):
        dirs = [Path(d) for d in directories]
        for directory in dirs:
            if not directory.is_dir():
                raise CommandError(f"Không tìm thấy thư mục «{directory}».")
        extra = load_labels(Path(labels)) if labels else None
        try:
            ev = evaluate(dirs, extra)
        except LabelError as error:
            raise CommandError(f"Nhãn sai: {error}")
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
