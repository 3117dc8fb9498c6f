"""``danvan obligations --year 2023 [--unit CODE]``: create the year's grassroots-democracy
obligations of every unit (or of one unit and its subtree) from the catalogue (idempotent)."""

from django.core.management.base import BaseCommand, CommandError

from danvan.democracy.services import obligations_instantiate
from danvan.orgunits.models import OrgUnit

UNKNOWN_UNIT = "Không có đơn vị «{code}»."


class Command(BaseCommand):
    help = (
        "Tạo nghĩa vụ thực hiện dân chủ ở cơ sở của một năm theo danh mục "
        "(chạy lại không tạo trùng)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, required=True, help="năm, ví dụ 2023")
        parser.add_argument("--unit", default="", help="mã đơn vị (cùng các đơn vị cấp dưới)")

    def handle(self, *args, year, unit, **options):
        units = OrgUnit.objects.all()
        if unit:
            root = OrgUnit.objects.filter(code=unit).first()
            if root is None:
                raise CommandError(UNKNOWN_UNIT.format(code=unit))
            units = units.filter(path__startswith=root.path)
        created = obligations_instantiate(year=year, units=units)
        units_touched = len({o.unit_id for o in created})
        self.stdout.write(
            f"Đã tạo {len(created)} nghĩa vụ năm {year} cho {units_touched} đơn vị "
            "(các nghĩa vụ đã có giữ nguyên)."
        )
