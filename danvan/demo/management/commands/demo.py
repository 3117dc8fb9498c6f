from django.core.management.base import BaseCommand

from danvan.demo import province
from danvan.demo.loader import demo_load, demo_logins


class Command(BaseCommand):
    help = "Tỉnh mẫu: nạp (load) dữ liệu mẫu; chạy lại nhiều lần không tạo trùng."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("load", help="Nạp tỉnh mẫu (Gia Lai sau sắp xếp 2025)")
        sub.add_parser("logins", help="In các tài khoản mẫu")

    def handle(self, *args, action, **options):
        if action == "load":
            for label, outcome in demo_load():
                self.stdout.write(f"  {label}: {outcome}")
        self.stdout.write("")
        self.stdout.write("Tài khoản mẫu (mật khẩu chung: " + province.DEMO_PASSWORD + "):")
        for username, role, scope in demo_logins():
            self.stdout.write(f"  {username:<20} {role:<12} {scope}")
