from django.core.management.base import BaseCommand

from danvan.core.backup import backup_restore
from danvan.core.commands import fail
from danvan.core.errors import DomainError
from danvan.core.numbers import format_number


class Command(BaseCommand):
    help = (
        "Phục hồi từ một tệp sao lưu của «danvan backup»: kiểm tra mã SHA-256 và phiên bản "
        "lược đồ, nạp tất cả hoặc không gì cả. Dừng máy chủ web và tiến trình nền trước."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp .zip do «danvan backup» tạo")
        parser.add_argument(
            "--force",
            action="store_true",
            help="CSDL đang có dữ liệu: xóa hết rồi phục hồi (không hỏi lại)",
        )

    def handle(self, *args, file, force=False, **options):
        try:
            summary = backup_restore(path=file, force=force)
        except DomainError as error:
            raise fail(error)
        self.stdout.write(
            f"Đã phục hồi bản sao lưu lúc {summary.created_at} ({summary.engine}, DanVan "
            f"{summary.version}): {format_number(summary.rows)} dòng của {summary.models} bảng, "
            f"{format_number(summary.files)} tệp đã tải lên."
        )
