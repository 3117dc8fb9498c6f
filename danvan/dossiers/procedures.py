"""The procedure catalogue (mã thủ tục → name, field, duration in working days), from which a
dossier's due date is computed when its file gives none. Imported whole like everything else."""

from django.db import transaction

from danvan.core.errors import DomainError
from danvan.core.import_templates import TemplateColumn
from danvan.core.importing import ImportRejected, Problem
from danvan.core.tabular import read_table
from danvan.dossiers.models import Procedure
from danvan.registers import columns as c

COLUMNS = {
    "ma_thu_tuc": ["Mã thủ tục", "Mã TTHC"],
    "ten_thu_tuc": ["Tên thủ tục", "Tên TTHC"],
    "linh_vuc": ["Lĩnh vực"],
    "thoi_han": ["Thời hạn giải quyết (ngày làm việc)", "Thời hạn giải quyết", "Thời hạn"],
}
NO_ROWS = "Tệp không có dòng dữ liệu nào."
DUPLICATE = "mã thủ tục «{code}» lặp lại (đã có ở dòng {first})"


def procedures_template_columns() -> list[TemplateColumn]:
    h = {name: headers[0] for name, headers in COLUMNS.items()}
    return [
        TemplateColumn(
            h["ma_thu_tuc"],
            "Mã thủ tục như trên Cổng dịch vụ công; mã đã có thì thủ tục đó được cập nhật",
            required=True,
            sample="1.000000.000.00.00.MAU",
        ),
        TemplateColumn(h["ten_thu_tuc"], "Tên thủ tục", required=True, sample="Thủ tục mẫu"),
        TemplateColumn(h["linh_vuc"], "Lĩnh vực của thủ tục", sample="Đầu tư"),
        TemplateColumn(
            h["thoi_han"],
            "Số ngày làm việc để giải quyết; dùng tính ngày hẹn trả khi hồ sơ không ghi",
            sample="10",
        ),
    ]


def procedures_import(data: bytes, filename: str) -> tuple[int, int]:
    """(created, updated). Any bad row: nothing changes, every problem is reported."""
    table = read_table(data, filename, COLUMNS, required={"ma_thu_tuc", "ten_thu_tuc"})
    if not table.rows:
        raise DomainError(NO_ROWS)
    problems, parsed, first = [], {}, {}
    for row in table.rows:
        code = row.values.get("ma_thu_tuc", "").strip()
        name = row.values.get("ten_thu_tuc", "").strip()
        for column, value in (("ma_thu_tuc", code), ("ten_thu_tuc", name)):
            if not value:
                problems.append(Problem(row.line, column, "", c.REQUIRED))
        try:
            days = c.count(row.values.get("thoi_han", "")) or None
        except ValueError as error:
            problems.append(
                Problem(row.line, "thoi_han", row.values.get("thoi_han", ""), str(error))
            )
            continue
        if code in first:
            problems.append(
                Problem(
                    row.line, "ma_thu_tuc", code, DUPLICATE.format(code=code, first=first[code])
                )
            )
        elif code:
            first[code] = row.line
            parsed[code] = {
                "name": name,
                "field": row.values.get("linh_vuc", "").strip(),
                "duration_working_days": days,
            }
    if problems:
        raise ImportRejected(problems, COLUMNS)
    created = updated = 0
    with transaction.atomic():
        for code, values in parsed.items():
            procedure = Procedure.objects.filter(code=code).first()
            if procedure is None:
                Procedure.objects.create(code=code, **values)
                created += 1
            elif any(getattr(procedure, k) != v for k, v in values.items()):
                for key, value in values.items():
                    setattr(procedure, key, value)
                procedure.save()
                updated += 1
    return created, updated
