"""`danvan bench`: every app's benchmark scenarios (the harness is danvan.core.bench); here,
in the assembly layer, because it runs the scenarios of every layer."""

import importlib.util
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import setup_test_environment, teardown_test_environment
from django.utils import timezone

from danvan.checker import bench as checker_bench
from danvan.core.numbers import format_number
from danvan.documents import bench as documents_bench
from danvan.dossiers import bench as register_bench
from danvan.orgunits import bench
from danvan.reporting import bench as reporting_bench

REPORT = Path(settings.BASE_DIR) / "docs" / "benchmarks.md"


NO_DUCKDB = (
    "Kịch bản sổ theo dõi so với DuckDB, một công cụ đo không thuộc sản phẩm: "
    "hãy chạy «make bench» (cài requirements-dev.txt) hoặc chọn --only khác."
)


def _ratio(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


class Command(BaseCommand):
    help = (
        "Đo tốc độ: mỗi kịch bản so với một mốc chạy trong cùng tiến trình (tỉ lệ). "
        "Chạy trên một CSDL thử tạm, không đụng dữ liệu thật."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            choices=["foundation", "registers", "reporting", "documents", "checker"],
            default=None,
        )
        parser.add_argument("--reports", type=int, default=1000, help="số báo cáo đơn vị")
        parser.add_argument("--communes", type=int, default=100)
        parser.add_argument("--departments", type=int, default=5)
        parser.add_argument("--repeat", type=int, default=15)
        parser.add_argument("--units", type=int, default=1000)
        parser.add_argument("--dossiers", type=int, default=10_000_000)
        parser.add_argument(
            "--report", default=str(REPORT), help="tệp Markdown ghi kết quả kịch bản sổ theo dõi"
        )

    def handle(
        self,
        *args,
        only,
        communes,
        departments,
        repeat,
        units,
        dossiers,
        report,
        reports,
        **options,
    ):
        if only in (None, "registers") and importlib.util.find_spec("duckdb") is None:
            raise CommandError(NO_DUCKDB)
        setup_test_environment()
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            if only in (None, "foundation"):
                self._foundation(communes, departments, repeat)
            if only in (None, "reporting"):
                self._reporting(reports)
            if only in (None, "documents"):
                self._documents(repeat)
            if only in (None, "checker"):
                self._checker(repeat)
            if only in (None, "registers"):
                self._registers(units, dossiers, Path(report))
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            teardown_test_environment()

    def _foundation(self, communes, departments, repeat):
        results, count = bench.run(communes, departments, repeat)
        self.stdout.write(
            f"Tỉnh thử: {count} đơn vị; CSDL: {connection.vendor}; trung vị của {repeat} lần.\n"
        )
        self._table(results)

    def _reporting(self, reports):
        self.stdout.write(
            f"\nBáo cáo định kỳ: {format_number(reports)} đơn vị ({connection.vendor}); "
            "mục tiêu ≤ 1.000 ms"
        )
        self._table(reporting_bench.run(reports))

    def _documents(self, repeat):
        self.stdout.write("\nVăn bản .docx (python-docx)")
        self._table(documents_bench.run(repeat))

    def _table(self, results):
        self.stdout.write(f"{'kịch bản':<44} {'mốc (ms)':>10} {'đo (ms)':>10} {'tỉ lệ':>7}")
        for row in results:
            self.stdout.write(
                f"{row['name']:<44} {row['baseline_ms']:>10.2f} {row['subject_ms']:>10.2f} "
                f"{_ratio(row['ratio']):>7}  ({row['note']})"
            )

    def _checker(self, repeat):
        r = checker_bench.run(pages=30, repeat=max(3, repeat // 2))
        self.stdout.write(
            f"\nKiểm tra báo cáo {r['pages']} trang: {r['subject_s'] * 1000:.1f} ms "
            f"({r['pages_per_second']:,.0f} trang/s; mục tiêu < 1 s); mốc (giải mã, tách câu, "
            f"tìm số bằng một biểu thức): {r['baseline_s'] * 1000:.1f} ms → tỉ lệ "
            f"{_ratio(r['ratio'])}; cùng báo cáo dạng PDF: {r['pdf_s'] * 1000:.1f} ms"
        )

    def _registers(self, units, dossiers, report: Path):
        self.stdout.write(f"\nSổ hồ sơ: {units:,} đơn vị, {dossiers:,} hồ sơ ({connection.vendor})")
        figures = register_bench.run(units, dossiers, log=self.stdout.write)
        t = figures.timings
        lines = [
            f"(a) động cơ chỉ tiêu, mọi đơn vị, 2025-H1: {t['a_engine']:.3f} s",
            f"(b) đếm từng đơn vị, từng chỉ tiêu:        {t['b_naive']:.3f} s "
            f"→ (a) nhanh hơn {_ratio(t['b_naive'] / t['a_engine'])} lần (mục tiêu ≥ 50)",
            f"(c) DuckDB quét toàn bộ:                  {t['c_duckdb']:.3f} s "
            f"→ (a)/(c) = {_ratio(t['a_engine'] / t['c_duckdb'])} (mục tiêu ≤ 1)",
            f"(d) nhập qua sổ: {dossiers / t['d_import']:,.0f} hồ sơ/s; chèn thô: "
            f"{dossiers / t['d_raw_insert']:,.0f} dòng/s → tỉ lệ "
            f"{_ratio(t['d_raw_insert'] / t['d_import'])} (mục tiêu ≥ 0,20)",
            "(a), (b), (c) khớp từng số liệu: "
            + ("có" if figures.agree else f"KHÔNG ({len(figures.mismatches)} chỗ lệch)"),
        ]
        for line in lines:
            self.stdout.write("  " + line)
        for mismatch in figures.mismatches[:10]:
            self.stdout.write("    lệch: " + mismatch)
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(
            "# Benchmarks\n\nWritten by `danvan bench --only registers` "
            f"on {timezone.localdate():%d/%m/%Y}, {connection.vendor}, {units:,} units, "
            f"{dossiers:,} dossiers (2024–2025, skewed volumes).\n\n"
            + "\n".join(f"- {line}" for line in lines)
            + "\n",
            encoding="utf-8",
        )
        self.stdout.write(f"  đã ghi {report}")
