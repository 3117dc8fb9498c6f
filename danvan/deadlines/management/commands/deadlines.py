"""``danvan deadlines``: the deadline overview on the command line (the same lines as
``/viec-can-lam/`` and ``GET /api/v1/deadlines/``)."""

import json
import unicodedata

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.access import SYSTEM
from danvan.core.commands import fail
from danvan.core.errors import DomainError, Invalid
from danvan.deadlines.overview import (
    deadline_overview,
    kind_labels,
    overview_filters_parse,
    overview_item_dict,
)

NO_USER = "Không có tài khoản «{username}» (hoặc tài khoản đã bị khóa)."
NOTHING = "Không có việc nào theo bộ lọc này."
HEADERS = ("Hạn", "Thời gian", "Trạng thái", "Loại việc", "Đơn vị", "Nội dung")


def _width(text: str) -> int:
    return len(unicodedata.normalize("NFC", text))


def table(rows: list[dict]) -> str:
    """Aligned columns, the title last (it may be long)."""
    lines = [
        (
            row["due"] or "—",
            row["days_text"],
            row["status_label"],
            row["kind_label"],
            row["unit_name"],
            row["title"],
        )
        for row in rows
    ]
    widths = [max(_width(cell) for cell in column) for column in zip(HEADERS, *lines, strict=False)]

    def line(cells) -> str:
        padded = [
            cell + " " * (widths[i] - _width(cell)) if i < len(cells) - 1 else cell
            for i, cell in enumerate(cells)
        ]
        return "  ".join(padded).rstrip()

    out = [line(HEADERS), "  ".join("-" * w for w in widths)]
    out += [line(cells) for cells in lines]
    return "\n".join(out)


class Command(BaseCommand):
    help = (
        "Liệt kê việc cần làm và thời hạn (như trang /viec-can-lam/): "
        "danvan deadlines --unit MÃ [--subtree] [--date dd/mm/yyyy] [--format json|table]"
    )

    def add_arguments(self, parser):
        parser.add_argument("--unit", default="", help="mã đơn vị (để trống: mọi đơn vị)")
        parser.add_argument("--subtree", action="store_true", help="gồm cả các đơn vị cấp dưới")
        parser.add_argument("--date", default="", help="ngày xem, dd/mm/yyyy (mặc định hôm nay)")
        parser.add_argument("--kind", default="", help="chỉ một loại việc (tên loại)")
        parser.add_argument(
            "--status", default="", help="dang_mo (mặc định), tat_ca hoặc một trạng thái"
        )
        parser.add_argument("--format", default="table", choices=["table", "json"])
        parser.add_argument(
            "--user",
            default="",
            metavar="TÊN_ĐĂNG_NHẬP",
            help="xem như người dùng này (mặc định: quản trị toàn hệ thống, như các lệnh khác)",
        )

    def handle(self, *args, unit, subtree, date, kind, status, format, user, **options):
        principal = SYSTEM
        if user:
            principal = get_user_model().objects.filter(username=user, is_active=True).first()
            if principal is None:
                raise CommandError(NO_USER.format(username=user))
        try:
            filters = overview_filters_parse(
                principal, unit=unit, subtree=subtree, date=date, kind=kind, status=status
            )
        except Invalid as error:
            raise CommandError("\n".join(p["reason"] for p in error.problems) or error.message)
        except DomainError as error:
            raise fail(error)
        labels = kind_labels()
        rows = [
            overview_item_dict(item, labels) for item in deadline_overview(principal, filters).items
        ]
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
        elif rows:
            self.stdout.write(table(rows))
        else:
            self.stdout.write(NOTHING)
