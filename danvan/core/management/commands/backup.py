from django.core.management.base import BaseCommand

from danvan.core.backup import backup_create
from danvan.core.commands import fail
from danvan.core.errors import DomainError
from danvan.core.numbers import format_number


class Command(BaseCommand):
    help = (
        "Sao lưu toàn bộ CSDL và tệp đã tải lên vào một tệp .zip (một thời điểm nhất quán, "
        "có mã kiểm tra SHA-256 và phiên bản lược đồ): danvan backup FILE"
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp .zip sẽ ghi (ghi đè nếu đã có)")

    def handle(self, *args, file, **options):
        try:
            summary = backup_create(path=file)
        except DomainError as error:
            raise fail(error)
        self.stdout.write(
            f"Đã sao lưu vào «{summary.path}»: {format_number(summary.rows)} dòng của "
            f"{summary.models} bảng, {format_number(summary.files)} tệp đã tải lên, "
            f"{format_number(summary.bytes)} byte."
        )
