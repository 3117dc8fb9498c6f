from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.access import SYSTEM
from danvan.core.commands import fail
from danvan.core.dates import format_date
from danvan.core.errors import DomainError
from danvan.indicators.catalogue_services import (
    FIELDS,
    typed_indicator_create,
    typed_indicator_get,
    typed_indicator_retire,
    typed_indicator_update,
)
from danvan.indicators.models import TypedIndicator

NOT_DEFINED = "Không có chỉ tiêu «{code}» trong danh mục do quản trị định nghĩa."
OPTIONS = {
    "label": "--label",
    "unit": "--unit",
    "value_type": "--value-type",
    "additive": "--additive",
    "ratio_numerator": "--numerator",
    "ratio_denominator": "--denominator",
    "valid_from": "--from",
    "valid_to": "--to",
    "legal_ref": "--legal-ref",
}


class Command(BaseCommand):
    help = (
        "Danh mục chỉ tiêu do quản trị định nghĩa: "
        "danvan indicator_catalogue list | add MA --label … [--value-type so_nguyen] "
        "[--numerator MA1 --denominator MA2] | edit MA [--label …] | retire MA [--to dd/mm/yyyy]"
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["list", "add", "edit", "retire"])
        parser.add_argument("code", nargs="?", default="")
        for name, option in OPTIONS.items():
            parser.add_argument(option, dest=name, default=None)

    def handle(self, *args, action, code, **options):
        if action == "list":
            for item in TypedIndicator.objects.all():
                kind = (
                    f"tỷ lệ {item.ratio_numerator}/{item.ratio_denominator}"
                    if item.is_ratio
                    else item.get_value_type_display().lower()
                )
                until = f", đến {format_date(item.valid_to)}" if item.valid_to else ""
                self.stdout.write(f"  {item.code:<20} {item.label} ({kind}{until})")
            return
        data = {name: options[name] for name in FIELDS if options.get(name) is not None}
        try:
            if action == "add":
                item = typed_indicator_create(user=SYSTEM, data={**data, "code": code})
                self.stdout.write(f"Đã thêm chỉ tiêu {item.code}: {item.label}.")
                return
            item = typed_indicator_get(code)
            if item is None:
                raise CommandError(NOT_DEFINED.format(code=code))
            if action == "edit":
                typed_indicator_update(user=SYSTEM, indicator=item, data=data)
                self.stdout.write(f"Đã lưu chỉ tiêu {item.code}: {item.label}.")
            else:
                typed_indicator_retire(user=SYSTEM, indicator=item, valid_to=data.get("valid_to"))
                self.stdout.write(
                    f"Đã ngừng dùng chỉ tiêu {item.code} sau ngày {format_date(item.valid_to)}."
                )
        except DomainError as error:
            raise fail(error)
