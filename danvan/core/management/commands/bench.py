from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import setup_test_environment, teardown_test_environment

from danvan.core import bench


class Command(BaseCommand):
    help = (
        "Đo tốc độ: mỗi kịch bản so với một mốc chạy trong cùng tiến trình (tỉ lệ). "
        "Chạy trên một CSDL thử tạm, không đụng dữ liệu thật."
    )

    def add_arguments(self, parser):
        parser.add_argument("--communes", type=int, default=100)
        parser.add_argument("--departments", type=int, default=5)
        parser.add_argument("--repeat", type=int, default=15)

    def handle(self, *args, communes, departments, repeat, **options):
        setup_test_environment()
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            results, units = bench.run(communes, departments, repeat)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            teardown_test_environment()
        self.stdout.write(
            f"Tỉnh thử: {units} đơn vị; CSDL: {connection.vendor}; trung vị của {repeat} lần.\n"
        )
        self.stdout.write(f"{'kịch bản':<44} {'mốc (ms)':>10} {'đo (ms)':>10} {'tỉ lệ':>7}")
        for row in results:
            ratio = f"{row['ratio']:.2f}".replace(".", ",")
            self.stdout.write(
                f"{row['name']:<44} {row['baseline_ms']:>10.2f} {row['subject_ms']:>10.2f} "
                f"{ratio:>7}  ({row['note']})"
            )
